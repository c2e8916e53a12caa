// List page filters: tick options to narrow the list without a reload. Options within a facet
// add up (any of them), facets narrow each other (all of them), and each option shows how many
// items it would leave. The choice is kept in the URL so a filtered list can be shared.
{
  const panel = document.querySelector("[data-list-filters]");
  if (panel) startFilters(panel);

  function startFilters(form) {
    const items = [...document.querySelectorAll("[data-facets]")].map((el) => ({ el, facets: JSON.parse(el.dataset.facets) }));
    const groups = [...document.querySelectorAll("[data-list-group]")];
    const boxes = [...form.querySelectorAll("input[type=checkbox]")];
    const facets = [...new Set(boxes.map((b) => b.name))];
    const status = form.querySelector(".filter-status");

    const params = new URLSearchParams(location.search);
    for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);

    const selected = () => Object.fromEntries(facets.map((f) => [f, boxes.filter((b) => b.name === f && b.checked).map((b) => b.value)]));
    const has = (item, facet, value) => (item.facets[facet] || []).includes(value);
    const matches = (item, choice, except) =>
      facets.every((f) => f === except || choice[f].length === 0 || choice[f].some((v) => has(item, f, v)));

    function update() {
      const choice = selected();
      let visible = 0;
      for (const item of items) {
        item.el.hidden = !matches(item, choice, null);
        if (!item.el.hidden) visible++;
      }
      for (const group of groups) group.hidden = !group.querySelector("[data-facets]:not([hidden])");
      for (const box of boxes) {
        const count = items.filter((i) => matches(i, choice, box.name) && has(i, box.name, box.value)).length;
        box.parentElement.querySelector(".count").textContent = `(${count})`;
        box.parentElement.classList.toggle("leaves-none", count === 0 && !box.checked);
      }
      const filtered = facets.some((f) => choice[f].length > 0);
      status.textContent = filtered ? `Showing ${visible} of ${items.length}.` : `Showing all ${items.length}.`;

      const next = new URLSearchParams();
      for (const f of facets) for (const v of choice[f]) next.append(f, v);
      history.replaceState(null, "", next.toString() ? `?${next}` : location.pathname);
    }

    form.addEventListener("change", update);
    form.querySelector("[data-clear-filters]").addEventListener("click", () => {
      for (const box of boxes) box.checked = false;
      update();
    });
    form.hidden = false;
    update();
  }
}

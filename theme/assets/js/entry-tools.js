// On an entry page: "Add to workshop" and the favourite star. Both are hidden in the page as served and
// shown here, since without JavaScript there is nowhere to keep them.
{
  const tools = document.querySelector("[data-entry-tools]");
  if (tools) startEntryTools(tools);

  function startEntryTools(tools) {
    const id = tools.dataset.id;
    const toggle = tools.querySelector("[data-workshop-toggle]");
    const star = tools.querySelector("[data-favourite]");
    const status = tools.querySelector("[role=status]");

    function render() {
      const inWorkshop = loadWorkshop().blocks.some((b) => b.id === id);
      toggle.textContent = inWorkshop ? "Remove from workshop" : "Add to workshop";
      const favourite = loadFavourites().includes(id);
      star.setAttribute("aria-pressed", String(favourite));
      star.querySelector("[data-star]").textContent = favourite ? "★" : "☆";
    }

    toggle.addEventListener("click", () => {
      const workshop = loadWorkshop();
      const before = workshop.blocks.length;
      workshop.blocks = workshop.blocks.filter((b) => b.id !== id);
      const added = workshop.blocks.length === before;
      if (added) workshop.blocks.push({ id, minutes: null });
      saveWorkshop(workshop);
      const count = workshop.blocks.length;
      status.replaceChildren(
        `${added ? "Added to" : "Removed from"} your workshop, which has ${count} ${count === 1 ? "block" : "blocks"}. `,
        link(tools.dataset.workshop, "Open the workshop"));
      render();
    });

    star.addEventListener("click", () => {
      const favourites = loadFavourites().filter((f) => f !== id);
      if (star.getAttribute("aria-pressed") !== "true") favourites.push(id);
      saveFavourites(favourites);
      render();
    });

    render();
    tools.hidden = false;
  }
}

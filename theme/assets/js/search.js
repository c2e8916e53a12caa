// The search page: Pagefind's JavaScript API behind our own results list and facet filters.
// Filters combine as people expect: any of the ticked options within a facet, all facets together.
{
  const root = document.querySelector("[data-search]");
  if (root) startSearch(root);

  async function startSearch(root) {
    const input = root.querySelector("#search-input");
    const status = root.querySelector("#search-status");
    const list = root.querySelector(".search-results");
    const filterBox = root.querySelector(".search-filters");
    const facets = [...root.querySelectorAll("fieldset[data-facet]")].map((f) => f.dataset.facet);
    const selected = Object.fromEntries(facets.map((f) => [f, new Set()]));

    const params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    for (const facet of facets) for (const v of params.getAll(facet)) selected[facet].add(v);

    const pagefind = await loadPagefind();
    if (!pagefind) {
      status.textContent = "Search is not available on this copy of the site. Browse the catalogue from the links above.";
      return;
    }
    const vocabulary = await loadVocabulary();
    filterBox.hidden = false;

    let generation = 0;
    async function run() {
      const mine = ++generation;
      const query = input.value.trim();
      writeUrl(query);
      const active = filtersFor(null);
      if (!query && Object.keys(active).length === 0) {
        list.replaceChildren();
        status.textContent = "Type to search, or choose filters.";
        await renderFacets(query);
        return;
      }
      const { ranked, corrected } = await searchWithCorrection(pagefind, vocabulary, query, active);
      const results = await Promise.all(ranked.slice(0, 30).map((r) => r.data()));
      if (mine !== generation) return; // a newer keystroke has taken over
      renderResults(results, ranked.length, query, corrected);
      await renderFacets(corrected || query);
    }

    function filtersFor(except) {
      const filters = {};
      for (const facet of facets)
        if (facet !== except && selected[facet].size > 0) filters[facet] = { any: [...selected[facet]] };
      return filters;
    }

    function writeUrl(query) {
      const next = new URLSearchParams();
      if (query) next.set("q", query);
      for (const facet of facets) for (const v of selected[facet]) next.append(facet, v);
      const url = next.toString() ? `?${next}` : location.pathname;
      history.replaceState(null, "", url);
    }

    function renderResults(results, total, query, corrected) {
      list.replaceChildren(...results.map(resultItem));
      list.dataset.query = query; // which query the list shows, for tests and latency measurements
      if (total === 0) {
        status.replaceChildren(`Nothing matched “${query}”. `, link(root.dataset.browse, "Browse the practices"), " or try fewer words.");
      } else {
        const prefix = corrected ? `Showing results for “${corrected}” first, then for “${query}”. ` : "";
        status.textContent = `${prefix}${total} ${total === 1 ? "result" : "results"}.`;
      }
    }

    function resultItem(data) {
      const li = element("li", "search-result");
      const heading = element("h2");
      heading.append(link(data.url, data.meta.title || data.url));
      const excerpt = element("p", "result-excerpt");
      excerpt.append(...highlighted(data.excerpt || ""));
      li.append(element("p", "kind-badge", data.meta.kind || ""), heading, element("p", "result-summary", data.meta.summary || ""), excerpt);
      return li;
    }

    // Counts per option: the results of every other facet's filters, so options in one facet add up (OR).
    async function renderFacets(query) {
      for (const fieldset of root.querySelectorAll("fieldset[data-facet]")) {
        const facet = fieldset.dataset.facet;
        const search = await pagefind.search(query || null, { filters: filtersFor(facet) });
        const counts = (query || Object.keys(filtersFor(facet)).length ? search.filters : await pagefind.filters())[facet] || {};
        const options = Object.keys(counts).sort((a, b) => a.localeCompare(b));
        const legend = fieldset.querySelector("legend");
        fieldset.replaceChildren(legend, ...options.map((value) => option(facet, value, counts[value])));
      }
    }

    function option(facet, value, count) {
      const label = element("label");
      const box = element("input");
      box.type = "checkbox";
      box.value = value;
      box.checked = selected[facet].has(value);
      box.addEventListener("change", () => {
        box.checked ? selected[facet].add(value) : selected[facet].delete(value);
        run();
      });
      label.append(box, ` ${value} `, element("span", "count", `(${count})`));
      return label;
    }

    root.querySelector(".search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", run);
    run();
  }
}

// The search page: Pagefind's JavaScript API behind our own results list and facet filters.
// Filters combine as people expect: any of the ticked options within a facet, all facets together.
// Ranking on top of Pagefind's: an entry named by the query (title or "also called") comes first, then
// one with the query's words in one of its names, then pages whose text has the query as a phrase, then the same for a spelling correction, then the rest in
// Pagefind's order. When no result has the query words at all, or (for several words) none has them
// together or in its names, the page says that nothing in the catalogue matches and offers suggestions.
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
    const entries = new Map((await loadEntries()).map((e) => [pathOf(e.url), e]));
    const suggestions = root.querySelector("#search-suggestions");
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
      const loaded = await Promise.all(ranked.slice(0, 60).map((r) => r.data()));
      if (mine !== generation) return; // a newer keystroke has taken over
      const tiered = query ? rank(loaded, query, corrected) : loaded.map((data) => ({ data, tier: Tier.Loose }));
      const good = tiered.filter((r) => r.tier < Tier.Loose);
      if (query && good.length === 0) {
        await renderNothing(query, tiered.map((r) => r.data), ranked.length, Object.keys(active).length > 0, mine);
      } else {
        renderResults(tiered.slice(0, 30), ranked.length, query, corrected);
      }
      await renderFacets(corrected || query);
    }

    // How well a result fits; lower is better. Pagefind's order is kept within a tier.
    const Tier = { Named: 0, InName: 1, InText: 2, CorrectedNamed: 3, CorrectedInName: 4, CorrectedInText: 5, Loose: 6 };

    function rank(loaded, query, corrected) {
      const tiered = loaded.map((data) => {
        const tier = fit(data, query, 0) ?? (corrected ? fit(data, corrected, 3) : null) ?? Tier.Loose;
        return { data, tier };
      });
      return tiered.map((r, i) => ({ ...r, i })).sort((a, b) => a.tier - b.tier || a.i - b.i);
    }

    function fit(data, query, offset) {
      const entry = entries.get(pathOf(data.url));
      const names = entry ? [entry.title, ...(entry.aka || [])] : [data.meta.title || ""];
      const wanted = normal(query);
      if (!wanted.trim()) return null;
      if (names.some((n) => normal(n) === wanted)) return Tier.Named + offset;
      const phrase = phraseOf(query);
      // The words must share one name: "site tour" and "reference visit" do not make a "site visit".
      const words = wordsOf(query);
      if (names.some((n) => phrase.test(normal(n)) || words.every((w) => w.test(normal(n))))) return Tier.InName + offset;
      if (phrase.test(normal(`${data.meta.title || ""} ${data.content || ""}`))) return Tier.InText + offset;
      return null;
    }

    function renderNothing(query, loose, total, filtered, mine) {
      list.replaceChildren();
      list.dataset.query = query;
      const within = filtered ? " with the chosen filters" : "";
      status.replaceChildren(`Nothing matched: nothing in the catalogue matches “${query}”${within}. `, link(root.dataset.browse, "Browse the practices"), " or try a suggestion below.");
      return renderSuggestions(query, loose, total, mine);
    }

    // Places to go when nothing matches: the lists of methods and practices, entries whose names share
    // a word with the query, each word on its own, and whatever Pagefind matched only loosely.
    async function renderSuggestions(query, loose, total, mine) {
      const items = [];
      const browse = element("li");
      browse.append("Browse ", link(root.dataset.methods, "all methods"), " (techniques you can run) or ", link(root.dataset.browse, "all practices"), ".");
      items.push(browse);

      const words = wordsOf(query, 4);
      const similar = [...entries.values()]
        .map((e) => ({ e, name: [e.title, ...(e.aka || [])].find((n) => words.some((w) => w.test(normal(n)))) }))
        .filter((s) => s.name)
        .sort((a, b) => (b.e.kind === "method") - (a.e.kind === "method"))
        .slice(0, 5);
      if (similar.length) {
        const li = element("li", "", "Entries whose names share a word with your search: ");
        similar.forEach((s, i) => {
          if (i) li.append(", ");
          li.append(link(s.e.url, s.e.title), s.name === s.e.title ? ` (${s.e.kind})` : ` (${s.e.kind}, also called “${s.name}”)`);
        });
        li.append(".");
        items.push(li);
      }

      const parts = query.split(/\s+/).filter((w) => w.length > 2);
      if (parts.length > 1) {
        const found = [];
        for (const part of parts) if ((await pagefind.search(part)).results.length) found.push(part);
        if (mine !== generation) return;
        if (found.length) {
          const li = element("li", "", "Search for one word at a time: ");
          found.forEach((part, i) => {
            if (i) li.append(", ");
            li.append(link(`?${new URLSearchParams({ q: part })}`, part));
          });
          li.append(".");
          items.push(li);
        }
      }

      if (loose.length) {
        const li = element("li", "", `Search also found ${total === 1 ? "1 page that matches" : `${total} pages that match`} only loosely (the words apart, or similar words): `);
        loose.slice(0, 5).forEach((data, i) => {
          if (i) li.append(", ");
          li.append(link(data.url, data.meta.title || data.url));
        });
        li.append(".");
        items.push(li);
      }

      const heading = element("h2", "", "Suggestions");
      const ul = element("ul");
      ul.append(...items);
      suggestions.replaceChildren(heading, ul);
      suggestions.hidden = false;
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

    function renderResults(tiered, total, query, corrected) {
      suggestions.hidden = true;
      suggestions.replaceChildren();
      list.replaceChildren(...tiered.map((r) => resultItem(r.data)));
      list.dataset.query = query; // which query the list shows, for tests and latency measurements
      if (total === 0) {
        status.replaceChildren(`Nothing matched “${query}”. `, link(root.dataset.browse, "Browse the practices"), " or try fewer words.");
        return;
      }
      const best = tiered.length ? tiered[0].tier : Tier.Loose;
      const usesCorrection = corrected && tiered.some((r) => r.tier >= Tier.CorrectedNamed && r.tier < Tier.Loose);
      let prefix = "";
      if (usesCorrection && best >= Tier.CorrectedNamed) prefix = `Showing results for “${corrected}” first, then for “${query}”. `;
      else if (query && best === Tier.InText) prefix = `No entry is called “${query}”; the first results mention it. `;
      const suffix = usesCorrection && best < Tier.CorrectedNamed ? ` Also showing results for “${corrected}”.` : "";
      status.textContent = `${prefix}${total} ${total === 1 ? "result" : "results"}.${suffix}`;
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

    function pathOf(url) {
      return new URL(url, location.href).pathname;
    }

    // Lower case letters and digits, words separated by single spaces, with a space at each end.
    function normal(text) {
      return ` ${text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim()} `;
    }

    // A rough stem, so that "steering" finds "steers" and "brainstorming" finds "brainstorm".
    function stems(query) {
      return normal(query).trim().split(" ").filter(Boolean)
        .map((w) => (w.length > 5 ? w.replace(/(ings?|ers?|ed|es|s)$/, "") : w))
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    }

    // The query's words in order, each starting a word, nothing between them.
    function phraseOf(query) {
      return new RegExp(" " + stems(query).map((w) => `${w}[a-z0-9]*`).join(" "));
    }

    // Each of the query's words, starting a word anywhere.
    function wordsOf(query, shortest = 1) {
      return stems(query).filter((w) => w.length >= shortest).map((w) => new RegExp(` ${w}`));
    }

    root.querySelector(".search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", run);
    run();
  }
}

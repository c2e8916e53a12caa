// The search page: Pagefind's JavaScript API behind our own results list and facet filters.
// Filters combine as people expect: any of the ticked options within a facet, all facets together.
// Everything from the index is inserted as text; only Pagefind's <mark> highlights become elements.
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

    let pagefind;
    try {
      pagefind = await import(root.dataset.pagefind);
      await pagefind.options({ excerptLength: 24 });
      pagefind.init();
    } catch {
      status.textContent = "Search is not available on this copy of the site. Browse the catalogue from the links above.";
      return;
    }
    const vocabulary = await loadVocabulary(root.dataset.searchData);
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
      const search = await pagefind.search(query || null, { filters: active });
      // A word that names nothing in the catalogue is probably misspelt: its correction's results come first.
      const corrected = query ? correct(query, vocabulary) : null;
      const better = corrected ? await pagefind.search(corrected, { filters: active }) : { results: [] };
      const seen = new Set();
      const ranked = [...better.results, ...search.results].filter((r) => !seen.has(r.id) && seen.add(r.id));
      const results = await Promise.all(ranked.slice(0, 30).map((r) => r.data()));
      if (mine !== generation) return; // a newer keystroke has taken over
      renderResults(results, ranked.length, query, better.results.length ? corrected : null);
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
      if (total === 0) {
        status.replaceChildren(`Nothing matched “${query}”. `, link(root.dataset.browse, "Browse the practices"), " or try fewer words.");
      } else {
        const prefix = corrected ? `Showing results for “${corrected}” first, then for “${query}”. ` : "";
        status.textContent = `${prefix}${total} ${total === 1 ? "result" : "results"}.`;
      }
    }

    function resultItem(data) {
      const li = document.createElement("li");
      li.className = "search-result";
      const heading = document.createElement("h2");
      heading.append(link(data.url, data.meta.title || data.url));
      const kind = document.createElement("p");
      kind.className = "kind-badge";
      kind.textContent = data.meta.kind || "";
      const summary = document.createElement("p");
      summary.className = "result-summary";
      summary.textContent = data.meta.summary || "";
      const excerpt = document.createElement("p");
      excerpt.className = "result-excerpt";
      excerpt.append(...highlighted(data.excerpt || ""));
      li.append(kind, heading, summary, excerpt);
      return li;
    }

    // Pagefind's excerpt is HTML with <mark>; parse it inertly and keep only text and marks.
    function highlighted(html) {
      const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
      return [...doc.body.firstChild.childNodes].map((node) => {
        if (node.nodeName === "MARK") {
          const mark = document.createElement("mark");
          mark.textContent = node.textContent;
          return mark;
        }
        return document.createTextNode(node.textContent);
      });
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
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = value;
      box.checked = selected[facet].has(value);
      box.addEventListener("change", () => {
        box.checked ? selected[facet].add(value) : selected[facet].delete(value);
        run();
      });
      const count_ = document.createElement("span");
      count_.className = "count";
      count_.textContent = `(${count})`;
      label.append(box, ` ${value} `, count_);
      return label;
    }

    function link(href, text) {
      const a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      return a;
    }

    root.querySelector(".search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", run);
    run();
  }

  // Words of every title and alternative name, for "did you mean" when a query finds nothing.
  async function loadVocabulary(url) {
    try {
      const entries = await (await fetch(url)).json();
      const words = new Set();
      for (const e of entries)
        for (const text of [e.title, ...(e.aka || [])])
          for (const w of text.toLowerCase().split(/[^a-z0-9-]+/)) if (w.length > 2) words.add(w);
      return [...words];
    } catch {
      return [];
    }
  }

  function correct(query, vocabulary) {
    let changed = false;
    const words = query.toLowerCase().split(/\s+/).map((word) => {
      if (vocabulary.includes(word)) return word;
      let best = null, bestDistance = Math.max(1, Math.floor(word.length / 3));
      for (const candidate of vocabulary) {
        const d = distance(word, candidate);
        if (d <= bestDistance && (best === null || d < bestDistance)) { best = candidate; bestDistance = d; }
      }
      if (best) { changed = true; return best; }
      return word;
    });
    return changed ? words.join(" ") : null;
  }

  // Optimal string alignment distance: edits, plus two neighbours swapped ("desgin" → "design").
  function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[a.length][b.length];
  }
}

// The header search box: results as you type in a list under the box (the ARIA combobox pattern),
// driven from the keyboard with the arrow keys, Enter and Escape. Without JavaScript, or when this
// copy of the site has no search index, the form simply submits to the search page.
{
  const form = document.querySelector("[data-quick-search]");
  // The search page shows its own full results list, so there the header box only submits.
  if (form && !document.querySelector("[data-search]")) startQuickSearch(form);

  function startQuickSearch(form) {
    const input = form.querySelector("input[type=search]");
    // The results list exists only where this script runs, so the page's HTML never holds a listbox
    // that nothing drives.
    const popup = element("div", "quick-results");
    popup.hidden = true;
    const message = element("p", "quick-message");
    message.hidden = true;
    const list = element("ul");
    list.id = "site-search-results";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Search results");
    popup.append(message, list);
    input.after(popup);
    const announce = form.querySelector(".quick-announce");
    const shown = 6;
    let options = [];
    let active = -1;
    let generation = 0;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    async function run() {
      const mine = ++generation;
      const query = input.value.trim();
      if (!query) return close();
      const pagefind = await loadPagefind();
      if (!pagefind) return;
      const { ranked, corrected } = await searchWithCorrection(pagefind, await loadVocabulary(), query, {});
      const results = await Promise.all(ranked.slice(0, shown).map((r) => r.data()));
      if (mine !== generation) return; // a newer keystroke has taken over
      render(results, ranked.length, query, corrected);
    }

    function render(results, total, query, corrected) {
      const searchPage = `${form.action}?${new URLSearchParams({ q: query })}`;
      const all = optionFor(total > shown ? `See all ${total} results` : "Open on the search page", searchPage, results.length);
      all.classList.add("quick-all");
      options = [...results.map((data, i) => resultOption(data, i)), all];
      list.replaceChildren(...options);
      list.dataset.query = query; // which query the list shows, for tests and latency measurements
      if (total === 0) {
        message.replaceChildren(`Nothing matched “${query}”. `, link(form.dataset.browse, "Browse the practices"), " or try other words.");
      } else if (corrected) {
        message.textContent = `Showing results for “${corrected}”.`;
      }
      message.hidden = total > 0 && !corrected;
      announce.textContent = total === 0 ? `Nothing matched ${query}.` : `${total} ${total === 1 ? "result" : "results"}; use the arrow keys to choose.`;
      popup.hidden = false;
      input.setAttribute("aria-expanded", "true");
      select(-1);
    }

    function resultOption(data, i) {
      const li = optionFor("", data.url, i);
      const excerpt = element("span", "quick-excerpt");
      excerpt.append(...highlighted(data.excerpt || ""));
      li.append(
        element("span", "kind-badge", data.meta.kind || ""),
        element("span", "quick-title", data.meta.title || data.url),
        element("span", "quick-summary", data.meta.summary || ""),
        excerpt);
      return li;
    }

    function optionFor(text, url, i) {
      const li = element("li", "quick-option", text);
      li.id = `quick-option-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.url = url;
      // Keep focus in the box while the mouse picks an option.
      li.addEventListener("mousedown", (event) => event.preventDefault());
      li.addEventListener("click", () => location.assign(url));
      return li;
    }

    function select(index) {
      active = index;
      options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      generation++;
      popup.hidden = true;
      input.setAttribute("aria-expanded", "false");
      select(-1);
    }

    input.addEventListener("input", run);
    input.addEventListener("keydown", (event) => {
      const open = !popup.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!open) return run();
        // Past either end the selection returns to the box itself, as in the browser's address bar.
        if (event.key === "ArrowDown") select(active + 1 < options.length ? active + 1 : -1);
        else select(active === -1 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        location.assign(options[active].dataset.url);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    form.addEventListener("focusout", (event) => {
      if (!form.contains(event.relatedTarget)) close();
    });
  }
}

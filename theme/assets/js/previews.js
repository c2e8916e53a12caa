// Link previews: hovering or focusing a link to an entry shows its title, type and summary. The
// summaries come from one small JSON file, fetched the first time a preview is needed, so hovering
// costs no request. Links that already show their summary (cards) get no preview. A citation shows its
// source's full reference, from search/sources.json, the same way.
{
  const card = element("div", "link-preview");
  card.id = "link-preview";
  card.setAttribute("role", "tooltip");
  card.hidden = true;
  let byPath;
  let current = null;
  let timer;

  function previewable(node) {
    const a = node instanceof Element ? node.closest("main a[href]") : null;
    if (!a || a.closest(".link-cards, .link-preview") || a.origin !== location.origin) return null;
    if (a.closest("cite.citation") && a.hash) return a;
    return a.pathname === location.pathname ? null : a;
  }

  // What the card says of a link: an entry's type, title and summary, or a cited source's reference.
  async function describe(a) {
    if (a.closest("cite.citation")) {
      const source = (await loadSources())[decodeURIComponent(a.hash.slice(1))];
      return source && { kind: "Source", title: source.label, summary: source.reference };
    }
    byPath ??= new Map((await loadEntries()).map((e) => [new URL(e.url, location.href).pathname, e]));
    return byPath.get(a.pathname);
  }

  async function show(a) {
    const entry = await describe(a);
    if (!entry || (a !== document.activeElement && !a.matches(":hover"))) return;
    card.replaceChildren(
      element("span", "kind-badge", entry.kind),
      element("strong", "link-preview-title", entry.title),
      element("span", "link-preview-summary", entry.summary));
    if (!card.isConnected) document.body.append(card);
    card.hidden = false;
    place(a);
    a.setAttribute("aria-describedby", card.id);
    current = a;
  }

  // Below the link, or above it when there is no room below; never past the sides of the window.
  function place(a) {
    const box = a.getBoundingClientRect();
    const width = card.offsetWidth, height = card.offsetHeight, gap = 6;
    const left = Math.max(8, Math.min(box.left, innerWidth - width - 8));
    const top = box.bottom + gap + height > innerHeight && box.top > height + gap ? box.top - gap - height : box.bottom + gap;
    card.style.left = `${left + scrollX}px`;
    card.style.top = `${top + scrollY}px`;
  }

  function hide() {
    clearTimeout(timer);
    if (!current) return;
    card.hidden = true;
    current.removeAttribute("aria-describedby");
    current = null;
  }

  function schedule(a, delay) {
    clearTimeout(timer);
    timer = setTimeout(() => show(a), delay);
  }

  document.addEventListener("mouseover", (event) => {
    const a = previewable(event.target);
    if (a && a !== current) schedule(a, 300);
  });
  document.addEventListener("mouseout", (event) => {
    const a = previewable(event.target);
    if (a && !a.contains(event.relatedTarget) && a !== document.activeElement) hide();
  });
  document.addEventListener("focusin", (event) => {
    const a = previewable(event.target);
    if (a) schedule(a, 0);
  });
  document.addEventListener("focusout", (event) => {
    if (previewable(event.target)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
}

// The workshop's clock and the group-size advice, shared by the builder (js/workshop.js) and the slides
// (deck/deck.js), so the agenda on the page and on the slides say the same. The site's script is a module,
// so the deck script, loaded later as a classic script, finds it on globalThis.
var CatalogueAgenda = globalThis.CatalogueAgenda = (() => {
  const clock = (minutes) => {
    const m = ((minutes % 1440) + 1440) % 1440;
    return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  };
  const minutesOf = (time) => {
    const [h, m] = time.split(":").map(Number);
    return h * 60 + m;
  };

  // Says when a workshop's size is outside an entry's advice, or null when it fits.
  function groupWarning(entry, size) {
    if (!entry.workshop) return null;
    const [min, max] = entry.workshop.group_size;
    if (size >= min && size <= max) return null;
    return `Works best with ${min === max ? min : `${min}–${max}`} people (the catalogue's advice); this workshop has ${size}.`;
  }

  // The blocks in agenda order with their minutes (an entry's default, or 15) and clock times from a start
  // in minutes, and the group-size warning of each entry when the workshop has a size.
  function rowsOf(blocks, byId, start, size) {
    let at = start;
    return blocks.map((block) => {
      const entry = block.type === "entry" ? byId.get(block.id) : null;
      const minutes = block.minutes || (entry ? entry.minutes : 15);
      const row = { block, entry, minutes, from: at, to: at + minutes, warning: entry && size ? groupWarning(entry, size) : null };
      at = row.to;
      return row;
    });
  }

  // What to have in the room: the entries' materials, each once whatever its case.
  function materialsOf(rows) {
    const list = [];
    for (const m of rows.flatMap((r) => (r.entry ? r.entry.materials : [])))
      if (!list.some((known) => known.toLowerCase() === m.toLowerCase())) list.push(m);
    return list;
  }

  return { clock, minutesOf, groupWarning, rowsOf, materialsOf };
})();

// The visitor's workshop and favourites, kept in this browser's localStorage (no account). Entry pages add
// to them and the workshop builder edits them. A workshop also travels in its address, so it can be
// shared and bookmarked: ?title=…&start=09:00&size=12&blocks=co-ideation_60.*break_15.co-design_120.*custom_30&t3=Lunch&n0=…
// (ids never hold "_", "." or "*", so they separate an id from its minutes and one block from the next;
// "*break" and "*custom" are the trainer's own blocks, t<i> and n<i> the title and notes of block i).

const workshopKey = "catalogue.workshop";
const favouritesKey = "catalogue.favourites";

// size null means "as many as the blocks suit", which the builder works out; a number is the trainer's.
function newWorkshop() {
  return { title: "", start: "09:00", size: null, blocks: [] };
}

function readStored(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(key)) ?? fallback;
  } catch {
    return fallback; // storage switched off, or something else wrote the key
  }
}

function writeStored(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage is switched off: the workshop still lives in the address.
  }
}

// A block is { type: "entry", id, minutes, notes }, { type: "break", minutes, notes } or
// { type: "custom", title, minutes, notes }; an entry's minutes null means "its default", which the builder
// fills in. Workshops stored before breaks existed have blocks { id, minutes }: entries.
function blockOf(block) {
  const type = block.type === "break" || block.type === "custom" ? block.type : "entry";
  const minutes = parseInt(block.minutes, 10) > 0 ? Math.min(parseInt(block.minutes, 10), 600) : null;
  const notes = typeof block.notes === "string" ? block.notes.slice(0, 2000) : "";
  if (type === "entry") return { type, id: String(block.id), minutes, notes };
  if (type === "break") return { type, minutes: minutes || 15, notes };
  return { type, title: typeof block.title === "string" && block.title.trim() ? block.title.slice(0, 120) : "Own block", minutes: minutes || 15, notes };
}

function loadWorkshop() {
  const stored = readStored(workshopKey, null);
  if (!stored || !Array.isArray(stored.blocks)) return newWorkshop();
  return { ...newWorkshop(), ...stored, blocks: stored.blocks.filter((b) => b && typeof b === "object").map(blockOf) };
}

function saveWorkshop(workshop) {
  writeStored(workshopKey, workshop);
}

function loadFavourites() {
  const ids = readStored(favouritesKey, []);
  return Array.isArray(ids) ? ids.filter((id) => typeof id === "string") : [];
}

function saveFavourites(ids) {
  writeStored(favouritesKey, ids);
}

function workshopParams(workshop) {
  const params = new URLSearchParams();
  if (workshop.title) params.set("title", workshop.title);
  params.set("start", workshop.start);
  if (workshop.size) params.set("size", String(workshop.size));
  params.set("blocks", workshop.blocks.map((b) => {
    const name = b.type === "entry" ? b.id : `*${b.type}`;
    return b.minutes ? `${name}_${b.minutes}` : name;
  }).join("."));
  workshop.blocks.forEach((b, i) => {
    if (b.type === "custom") params.set(`t${i}`, b.title);
    if (b.notes) params.set(`n${i}`, b.notes);
  });
  return params;
}

// The workshop an address describes, or null when it describes none.
function workshopFromParams(params) {
  if (!params.has("blocks")) return null;
  const workshop = newWorkshop();
  workshop.title = (params.get("title") || "").slice(0, 120);
  if (/^\d\d:\d\d$/.test(params.get("start") || "")) workshop.start = params.get("start");
  const size = parseInt(params.get("size"), 10);
  if (size > 0) workshop.size = size;
  workshop.blocks = (params.get("blocks") || "").split(".").filter(Boolean).map((part, i) => {
    const [name, minutes] = part.split("_");
    const type = name === "*break" ? "break" : name === "*custom" ? "custom" : "entry";
    return blockOf({ type, id: name, minutes, title: params.get(`t${i}`) || "", notes: params.get(`n${i}`) || "" });
  });
  return workshop;
}

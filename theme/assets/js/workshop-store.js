// The visitor's workshop and favourites, kept in this browser's localStorage (no account). Entry pages add
// to them and the workshop builder edits them. A workshop also travels in its address, so it can be
// shared and bookmarked: ?title=…&start=09:00&size=12&blocks=co-ideation_60.co-design_120
// (ids never hold "_" or ".", so they separate an id from its minutes and one block from the next).

const workshopKey = "catalogue.workshop";
const favouritesKey = "catalogue.favourites";

function newWorkshop() {
  return { title: "", start: "09:00", size: 12, blocks: [] };
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

// A block is { id, minutes }; minutes null means "the entry's default", which the builder fills in.
function loadWorkshop() {
  const stored = readStored(workshopKey, null);
  return stored && Array.isArray(stored.blocks) ? { ...newWorkshop(), ...stored } : newWorkshop();
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
  params.set("size", String(workshop.size));
  params.set("blocks", workshop.blocks.map((b) => (b.minutes ? `${b.id}_${b.minutes}` : b.id)).join("."));
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
  workshop.blocks = (params.get("blocks") || "").split(".").filter(Boolean).map((part) => {
    const [id, minutes] = part.split("_");
    const n = parseInt(minutes, 10);
    return { id, minutes: n > 0 ? n : null };
  });
  return workshop;
}

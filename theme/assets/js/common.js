// Helpers the page scripts share. The theme's scripts are joined into one module, so these
// top-level declarations are visible to the files after this one and to nothing outside the bundle.
// Everything that comes from the index or the entries is inserted as text, never as HTML.

const site = {
  pagefindUrl: document.body.dataset.pagefind,
  entriesUrl: document.body.dataset.entries,
  sourcesUrl: document.body.dataset.sources,
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href, text) {
  const a = element("a", "", text);
  a.href = href;
  return a;
}

// Pagefind's excerpt is the page's text with "<" and ">" escaped and each match wrapped in <mark>, so
// the marks are its only markup. Split on them and undo the two escapes: text goes in as text, and no
// HTML is parsed at all.
function highlighted(excerpt) {
  const text = (part) => part.replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  return excerpt.split(/<mark>(.*?)<\/mark>/s).map((part, i) => (i % 2 ? element("mark", "", text(part)) : document.createTextNode(text(part))));
}

// One Pagefind instance per page, loaded on first use; null when this copy of the site has no index.
let pagefindPromise;
function loadPagefind() {
  pagefindPromise ??= (async () => {
    try {
      const pagefind = await import(site.pagefindUrl);
      await pagefind.options({ excerptLength: 24 });
      pagefind.init();
      return pagefind;
    } catch {
      return null;
    }
  })();
  return pagefindPromise;
}

// The title, type, summary and other names of every entry, fetched once per page and shared by
// link previews and spelling help.
let entriesPromise;
let sourcesPromise;

// Every source's reference by id (search/sources.json), for citations.
function loadSources() {
  sourcesPromise ??= fetch(site.sourcesUrl).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  return sourcesPromise;
}

function loadEntries() {
  entriesPromise ??= fetch(site.entriesUrl).then((r) => (r.ok ? r.json() : [])).catch(() => []);
  return entriesPromise;
}

// Words of every title and alternative name, for "did you mean" when a word names nothing.
async function loadVocabulary() {
  const words = new Set();
  for (const e of await loadEntries())
    for (const text of [e.title, ...(e.aka || [])])
      for (const w of text.toLowerCase().split(/[^a-z0-9-]+/)) if (w.length > 2) words.add(w);
  return [...words];
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

// Results for a query, best first: when a word is probably misspelt, the corrected query's results lead.
async function searchWithCorrection(pagefind, vocabulary, query, filters) {
  const search = await pagefind.search(query || null, { filters });
  const corrected = query ? correct(query, vocabulary) : null;
  const better = corrected ? await pagefind.search(corrected, { filters }) : { results: [] };
  const seen = new Set();
  const ranked = [...better.results, ...search.results].filter((r) => !seen.has(r.id) && seen.add(r.id));
  return { ranked, corrected: better.results.length ? corrected : null };
}

// Saves a Blob as a file the visitor downloads, under the given name.
function saveFile(blob, name) {
  const anchor = document.createElement("a");
  anchor.href = URL.createObjectURL(blob);
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
}

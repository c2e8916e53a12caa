// "Download slides": the deck script (PptxGenJS and deck.js, about 140 KB compressed) and the builder's data
// are fetched the first time a visitor asks; the slides are then made here, in the browser, and saved as a
// .pptx file. `catalogue export deck` runs the same deck script, so both give the same slides.
let deckLoading = null;

function loadDeck() {
  deckLoading ??= Promise.all([
    new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = document.body.dataset.deck;
      script.onload = resolve;
      script.onerror = () => reject(new Error("the slide maker did not load"));
      document.head.append(script);
    }),
    fetch(document.body.dataset.blocks).then((r) => (r.ok ? r.json() : Promise.reject(new Error("the entries did not load")))),
  ]).then(([, data]) => data);
  deckLoading.catch(() => { deckLoading = null; }); // a later click tries again
  return deckLoading;
}

// Makes and saves the slides of a workshop ({ title, start, size, blocks }); reports through status(text).
async function downloadSlides(workshop, status) {
  status("Making the slides…");
  try {
    const data = await loadDeck();
    const { slides, pptx } = CatalogueDeck.build(PptxGenJS, workshop, data);
    const fileName = CatalogueDeck.fileName(workshop.title);
    saveFile(await CatalogueDeck.output(pptx, "blob"), fileName);
    status(`Saved ${fileName}: ${slides.length} slides.`);
  } catch (error) {
    status(`The slides could not be made (${error.message}); reload the page and try again.`);
  }
}

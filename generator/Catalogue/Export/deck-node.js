// `catalogue export deck` runs this under Node.js: the site's deck script (PptxGenJS and deck.js, inserted
// by the generator where the marker is) on the workshop and data read from standard input, written to the
// .pptx file named by the argument. It prints the number of slides as JSON.
const fs = require("fs");
const vm = require("vm");

// Without `process` in scope PptxGenJS takes the browser's path and never imports node:fs itself.
const source = /*DECK-SCRIPT*/;
const { PptxGenJS, CatalogueDeck } = vm.runInThisContext(`(function (process) {\n${source}\nreturn { PptxGenJS, CatalogueDeck };\n})`, { filename: "deck.js" })(undefined);

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const { slides, pptx } = CatalogueDeck.build(PptxGenJS, input.workshop, input.data);
CatalogueDeck.output(pptx, "nodebuffer")
  .then((buffer) => {
    fs.writeFileSync(process.argv[2], buffer);
    process.stdout.write(JSON.stringify({ slides: slides.length, continued: slides.filter((s) => s.title.endsWith(" (cont.)")).length }));
  })
  .catch((error) => {
    process.stderr.write(`${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });

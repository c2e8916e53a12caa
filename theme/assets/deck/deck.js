// Slides for a workshop, a list of entries or one entry. The generator defines what each entry's slides
// say (workshop/blocks.json); this file adds the cover, agenda, breaks, custom blocks, materials and
// references, fits the text to the slides and writes the file with PptxGenJS. It is served with PptxGenJS,
// fetched only when a visitor asks for slides, and runs the same under Node for `catalogue export deck`,
// so the two decks cannot differ. The clock and the group-size advice come from js/agenda.js.
var CatalogueDeck = (() => {
  const { clock, minutesOf, rowsOf, materialsOf } = CatalogueAgenda;
  // A 16:9 slide in points, where the title and the body go, and the size and spacing of each paragraph
  // style. Line spacing is exact, so the height estimated here is the height PowerPoint and LibreOffice draw.
  const Layout = {
    width: 960, height: 540,
    band: { x: 0, y: 0, w: 960, h: 10 },
    title: { x: 44, y: 30, w: 872, h: 62 },
    body: { x: 44, y: 110, w: 872, h: 400 },
    coverTitle: { x: 60, y: 150, w: 840, h: 150 },
    coverSubtitle: { x: 60, y: 310, w: 840, h: 160 },
    titleSize: 36, coverTitleSize: 44, coverSubtitleSize: 20,
    lineHeight: 1.2, indent: 30, font: "Arial", text: "1B1F24", muted: "4A5360", neutral: "0F766E",
    // A slide people look at holds about this many words; the rest goes to a continuation slide or the notes.
    maxWords: 40,
  };

  const Styles = {
    // Large enough to read from the back of a room; a slide holds few words, the notes the rest.
    lead: { size: 26, before: 0 },
    facts: { size: 18, before: 10, muted: true },
    heading: { size: 22, before: 16, bold: true },
    bullet: { size: 22, before: 8, hang: "bullet" },
    step: { size: 22, before: 8, hang: "number" },
    reference: { size: 14, before: 4, hang: "dash", muted: true },
  };

  // Advance widths of Arial's printable ASCII characters (space to tilde) in thousandths of the font size;
  // Helvetica and Liberation Sans share them, so PowerPoint and LibreOffice wrap alike.
  const Ascii = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ];
  const Other = { "–": 556, "€": 556, "—": 1000, "…": 1000, "‘": 222, "’": 222, "“": 333, "”": 333, "·": 278, "⚠": 1000 };

  function charWidth(c) {
    const code = c.charCodeAt(0);
    if (code >= 32 && code <= 126) return Ascii[code - 32];
    return Other[c] ?? 667; // other letters: as wide as the wide capitals, so the estimate errs long
  }

  function width(text, size, bold) {
    let sum = 0;
    for (const c of text) sum += charWidth(c);
    return (sum * size) / 1000 * (bold ? 1.1 : 1);
  }

  // Lines a paragraph wraps into, greedily by words as both apps do; a word wider than the line is broken.
  function lineCount(text, size, boxWidth, bold) {
    let lines = 0;
    let line = "";
    const close = () => { lines += Math.max(1, Math.ceil(width(line, size, bold) / boxWidth)); };
    for (const word of text.split(" ").filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && width(candidate, size, bold) > boxWidth) {
        close();
        line = word;
      } else line = candidate;
    }
    if (line || lines === 0) close();
    return lines;
  }

  function paragraphHeight(p, first) {
    const style = Styles[p.style];
    const boxWidth = Layout.body.w - (style.hang ? Layout.indent : 0);
    return (first ? 0 : style.before) + lineCount(p.text, style.size, boxWidth, style.bold) * style.size * Layout.lineHeight;
  }

  const bodyHeight = (body) => body.reduce((sum, p, i) => sum + paragraphHeight(p, i === 0), 0);
  // Words as a reader counts them: "·" and "–" are not words.
  const words = (text) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const bodyWords = (body) => body.reduce((sum, p) => sum + words(p.text), 0);

  // The largest size, from the layout's down to two thirds of it, at which a title fits its box.
  function titleSize(title, box, largest) {
    let size = largest;
    while (size > (largest * 2) / 3 && lineCount(title, size, box.w, true) * size * Layout.lineHeight > box.h) size -= 1;
    return size;
  }


  const text = (t, style, number) => (number ? { text: t, style, number } : { text: t, style });

  // What the workshop's slides say, before they are fitted: an array of { title, body, notes, colour, subtitle? }.
  // A workshop is { title, start ("HH:MM" or null), size (or null), blocks }, a block { type: "entry", id, minutes },
  // { type: "break", minutes, notes } or { type: "custom", title, minutes, notes }.
  function compose(workshop, data) {
    const byId = new Map(data.entries.map((e) => [e.id, e]));
    const blocks = workshop.blocks.filter((b) => b.type !== "entry" || byId.has(b.id));
    const timed = Boolean(workshop.start);
    const rows = rowsOf(blocks, byId, timed ? minutesOf(workshop.start) : 0, workshop.size);
    return [
      cover(workshop, data),
      ...(timed || rows.length > 1 ? [agenda(rows, timed)] : []),
      ...materials(rows),
      ...rows.flatMap((row) => blockSlides(row, timed)),
      references(rows, data),
    ];
  }

  function cover(workshop, data) {
    const lines = [data.site.title];
    if (workshop.start) lines.push(`Starts at ${workshop.start}` + (workshop.size ? ` · ${workshop.size} ${workshop.size === 1 ? "participant" : "participants"}` : ""));
    lines.push(data.site.url);
    return { title: workshop.title || "Co-creation workshop", subtitle: lines.join("\n"), body: [], notes: "", colour: Layout.neutral };
  }

  function rowLabel(row) {
    if (row.block.type === "break") return "Break";
    if (row.block.type === "custom") return row.block.title || "Own block";
    return `${row.entry.title} (${row.entry.kind})`;
  }

  function agenda(rows, timed) {
    const body = rows.map((row) => text(timed ? `${clock(row.from)}–${clock(row.to)}  ${rowLabel(row)}, ${row.minutes} min` : rowLabel(row), "bullet"));
    const warnings = rows.filter((r) => r.warning).map((r) => `${r.entry.title}: ${r.warning}`);
    const total = rows.reduce((sum, r) => sum + r.minutes, 0);
    const notes = [timed ? `In all ${total} minutes, breaks included.` : "", ...warnings].filter(Boolean).join("\n");
    return { title: "Agenda", body, notes, colour: Layout.neutral };
  }

  // What to have in the room, from the entries' advice; no paper gives these.
  function materials(rows) {
    const list = materialsOf(rows);
    if (!list.length) return [];
    return [{
      title: "Materials for the day",
      body: list.map((m) => text(m, "bullet")),
      notes: "The list is the catalogue's advice, gathered from the guides of the blocks in this workshop; no paper gives it.",
      colour: Layout.neutral,
    }];
  }

  function blockSlides(row, timed) {
    const when = timed ? `${clock(row.from)}–${clock(row.to)}, ${row.minutes} min` : `${row.minutes} min`;
    const own = row.block.notes ? `Your notes: ${row.block.notes}` : "";
    if (row.block.type === "break") {
      return [{ title: "Break", body: [text(timed ? `Back at ${clock(row.to)}` : `${row.minutes} minutes`, "lead")], notes: own, colour: Layout.neutral }];
    }
    if (row.block.type === "custom") {
      return [{ title: row.block.title || "Own block", body: [text(when, "facts")], notes: own, colour: Layout.neutral }];
    }
    const extra = [row.warning ? `⚠ ${row.warning}` : "", own].filter(Boolean).join("\n");
    return row.entry.slides.map((slide, i) => ({ ...slide, notes: i === 0 && extra ? [extra, slide.notes].filter(Boolean).join("\n\n") : slide.notes }));
  }

  function references(rows, data) {
    const ids = [...new Set(rows.flatMap((r) => (r.entry ? r.entry.sources : [])))];
    const refs = ids.map((id) => data.sources[id]).filter(Boolean).sort((a, b) => a.localeCompare(b, "en"));
    return {
      title: "References",
      body: [...refs.map((r) => text(r, "reference")), text(`Slides made from the ${data.site.title} (${data.site.url}), ${data.site.license}.`, "facts")],
      notes: "",
      colour: Layout.neutral,
      references: true,
    };
  }

  // Slides as they are drawn: each holds what fits its body box and, but for the references, at most
  // maxWords words (or the slide's own maxWords: an exercise's steps stay on one slide, since the room
  // follows them one at a time); the rest goes on continuation slides "(cont.)". A heading never ends a slide.
  function fit(slides) {
    return slides.flatMap((slide) => {
      if (slide.subtitle !== undefined) return [{ ...slide, titleSize: titleSize(slide.title, Layout.coverTitle, Layout.coverTitleSize) }];
      const budget = slide.maxWords ?? Layout.maxWords;
      const fits = (body) => bodyHeight(body) <= Layout.body.h && (slide.references || bodyWords(body) <= budget);
      const pages = [[]];
      for (const p of slide.body) {
        const page = pages[pages.length - 1];
        if (page.length && !fits([...page, p])) {
          const next = page[page.length - 1].style === "heading" ? [page.pop()] : [];
          pages.push(next);
        }
        pages[pages.length - 1].push(p);
      }
      return pages.map((body, i) => {
        const title = i === 0 ? slide.title : `${slide.title} (cont.)`;
        return { ...slide, title, body, notes: i === 0 ? slide.notes : "", titleSize: titleSize(title, Layout.title, Layout.titleSize) };
      });
    });
  }

  const inches = (points) => points / 72;
  const box = (b) => ({ x: inches(b.x), y: inches(b.y), w: inches(b.w), h: inches(b.h) });

  // Writes fitted slides with PptxGenJS. Titles go in the layout's title placeholder, so every slide has a
  // real title (screen readers and PowerPoint's accessibility checker look for it); text never autofits.
  function write(PptxGenJS, slides, meta) {
    const pptx = new PptxGenJS();
    pptx.layout = "LAYOUT_WIDE";
    pptx.title = meta.title;
    pptx.author = meta.author;
    pptx.company = meta.author;
    pptx.theme = { headFontFace: Layout.font, bodyFontFace: Layout.font };
    const titleOptions = { margin: 0, fontFace: Layout.font, bold: true, color: Layout.text, align: "left" };
    pptx.defineSlideMaster({ title: "Content", background: { color: "FFFFFF" }, objects: [{ placeholder: { options: { name: "title", type: "title", ...box(Layout.title), ...titleOptions, valign: "top" }, text: "" } }] });
    pptx.defineSlideMaster({ title: "Cover", background: { color: "FFFFFF" }, objects: [{ placeholder: { options: { name: "title", type: "title", ...box(Layout.coverTitle), ...titleOptions, valign: "bottom" }, text: "" } }] });
    for (const slide of slides) {
      const cover = slide.subtitle !== undefined;
      const s = pptx.addSlide({ masterName: cover ? "Cover" : "Content" });
      s.addShape("rect", { ...box(Layout.band), fill: { color: slide.colour }, line: { type: "none" } });
      s.addText(slide.title, { placeholder: "title", fontSize: slide.titleSize, lineSpacing: slide.titleSize * Layout.lineHeight, align: "left" });
      if (cover) {
        s.addText(slide.subtitle.split("\n").map((line) => run(line, { size: Layout.coverSubtitleSize, before: 0, muted: true }, 0)),
          { ...box(Layout.coverSubtitle), margin: 0, valign: "top", fontFace: Layout.font });
      } else if (slide.body.length) {
        s.addText(slide.body.map((p, i) => run(p.text, Styles[p.style], i === 0 ? 0 : Styles[p.style].before, p.number)),
          { ...box(Layout.body), margin: 0, valign: "top", fontFace: Layout.font });
      }
      if (slide.notes) s.addNotes(slide.notes);
    }
    return pptx;
  }

  function run(t, style, before, number) {
    const bullet = style.hang === "number" ? { type: "number", numberStartAt: number || 1, indent: Layout.indent }
      : style.hang === "bullet" ? { characterCode: "2022", indent: Layout.indent }
        : style.hang === "dash" ? { characterCode: "2013", indent: Layout.indent }
          : false;
    return {
      text: t,
      options: {
        breakLine: true, bullet, fontSize: style.size, bold: Boolean(style.bold), color: style.muted ? Layout.muted : Layout.text,
        lineSpacing: style.size * Layout.lineHeight, paraSpaceBefore: before, lang: "en-GB",
      },
    };
  }

  // The deck for a workshop: its fitted slides, and the presentation to pass to output().
  function build(PptxGenJS, workshop, data) {
    const slides = fit(compose(workshop, data));
    return { slides, pptx: write(PptxGenJS, slides, { title: workshop.title || "Co-creation workshop", author: data.site.title }) };
  }

  const pptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

  // The file's bytes, as a "blob" (browser) or "nodebuffer" (Node). PptxGenJS 4.0.1 lists the notes master
  // after the slides, where the schema wants it before them (PowerPoint repairs it without a word, the
  // Open XML SDK's validator reports it), so it is moved into place. JSZip comes with PptxGenJS's bundle.
  async function output(pptx, type) {
    const zip = await JSZip.loadAsync(await pptx.write({ outputType: "arraybuffer" }));
    const path = "ppt/presentation.xml";
    const xml = await zip.file(path).async("string");
    const notes = xml.match(/<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/);
    if (notes) zip.file(path, xml.replace(notes[0], "").replace("</p:sldMasterIdLst>", `</p:sldMasterIdLst>${notes[0]}`));
    return zip.generateAsync({ type, compression: "DEFLATE", mimeType: pptxType });
  }

  // A file name from a title: lower case, words joined by hyphens.
  function fileName(title) {
    const stem = (title || "workshop").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
    return `${stem || "workshop"}.pptx`;
  }

  return { compose, fit, build, output, fileName, Layout };
})();

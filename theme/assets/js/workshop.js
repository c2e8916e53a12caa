// The workshop builder (/workshop/): the agenda with clock times, breaks, the trainer's own blocks and notes,
// a total, favourites, the link to share, the facilitator's and the participants' handouts, the slides, and
// the Markdown and workshop file to download. The entries come from one JSON file fetched once; the
// workshop itself from the address, else from this browser.
{
  const { clock, minutesOf, rowsOf, materialsOf } = CatalogueAgenda;
  const root = document.querySelector("[data-workshop-builder]");
  if (root) startBuilder(root);

  async function startBuilder(root) {
    const data = await fetch(root.dataset.blocks).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    const notice = root.querySelector("[data-workshop-notice]");
    document.querySelector("[data-needs-js]").hidden = true;
    root.hidden = false;
    if (!data) {
      notice.textContent = "The list of entries could not be loaded; reload the page to try again.";
      return;
    }
    const byId = new Map(data.entries.map((e) => [e.id, e]));
    const settings = root.querySelector("[data-workshop-settings]");
    const agenda = root.querySelector("[data-agenda]");
    const total = root.querySelector("[data-agenda-total]");
    const addForm = root.querySelector("[data-agenda-add]");
    const ownForm = root.querySelector("[data-agenda-own]");
    const favouritesList = root.querySelector("[data-favourites]");
    const shareLink = root.querySelector("[data-workshop-link]");
    const handout = root.querySelector("[data-handout]");
    const handoutChoice = root.querySelector("[data-handout-choice]");
    const slidesStatus = root.querySelector("[data-slides-status]");

    let workshop = workshopFromParams(new URLSearchParams(location.search)) || loadWorkshop();
    const unknown = workshop.blocks.filter((b) => b.type === "entry" && !byId.has(b.id)).length;
    if (unknown) notice.textContent = `${unknown === 1 ? "One block is" : `${unknown} blocks are`} no longer in the catalogue and ${unknown === 1 ? "was" : "were"} left out.`;
    workshop.blocks = workshop.blocks.filter((b) => b.type !== "entry" || byId.has(b.id))
      .map((b) => (b.type === "entry" ? { ...b, minutes: b.minutes || byId.get(b.id).minutes } : b));

    fillAddChoices(addForm.querySelector("select"), data.entries);

    // Every change goes through here: kept in this browser and in the address, then drawn again with the
    // focus where it was (a moved block's button follows the block).
    function commit(focusId) {
      saveWorkshop(workshop);
      history.replaceState(null, "", `${location.pathname}?${workshopParams(workshop)}`);
      render();
      const target = focusId && document.getElementById(focusId);
      if (target) target.focus();
    }

    // The workshop as the slides and files see it: the group size the trainer set, or the one the blocks suit.
    const current = () => ({ ...workshop, size: sizeOf(workshop, byId) });

    function render() {
      const plan = planOf(current(), byId, data.sources);
      settings.elements.title.value = workshop.title;
      settings.elements.start.value = workshop.start;
      settings.elements.size.value = plan.size;
      root.querySelector("[data-size-hint]").textContent = workshop.size ? "" : "Set to suit the blocks chosen; change it to your group's size.";
      agenda.replaceChildren(...plan.rows.map((row, i) => agendaItem(row, i, plan.rows.length)));
      root.querySelector("[data-agenda-empty]").hidden = plan.rows.length > 0;
      total.replaceChildren("Total: ", minutesData(plan.total), `, ${clock(plan.start)}–${clock(plan.start + plan.total)}`);
      renderFavourites();
      shareLink.value = location.href;
      root.querySelector("[data-deck-command]").textContent = deckCommand("--workshop workshop.json");
      root.querySelector("[data-download-slides]").disabled = plan.rows.length === 0;
      handout.replaceChildren(...(handoutChoice.querySelector(":checked").value === "participants" ? participantHandout(plan) : facilitatorHandout(plan)));
    }

    function agendaItem(row, i, count) {
      const li = element("li", `agenda-block agenda-${row.block.type}`);
      li.draggable = true;
      li.dataset.index = String(i);
      const time = element("p", "agenda-time");
      time.append(timeElement(row.from), "–", timeElement(row.to));
      const main = element("div", "agenda-main");
      const title = element("p", "agenda-title");
      if (row.entry) title.append(element("span", "kind-badge", row.entry.kind), " ", link(row.entry.url, row.entry.title));
      else title.append(element("span", "kind-badge", row.block.type === "break" ? "break" : "own block"), " ", row.label);
      main.append(title);
      if (row.warning) main.append(element("p", "agenda-warning", `⚠ ${row.warning}`));
      if (row.block.type === "custom") main.append(textField("Title", `agenda-title-${i}`, row.block.title, 120, (value) => { workshop.blocks[i].title = value || "Own block"; }));
      main.append(textField("Notes", `agenda-notes-${i}`, row.block.notes, 2000, (value) => { workshop.blocks[i].notes = value; }, true));
      const minutes = element("p", "agenda-minutes");
      const input = element("input");
      Object.assign(input, { type: "number", id: `agenda-minutes-${i}`, min: "5", max: "600", step: "5", value: String(row.minutes) });
      const label = element("label", "", "Minutes");
      label.htmlFor = input.id;
      input.addEventListener("change", () => {
        const value = parseInt(input.value, 10);
        if (value > 0) workshop.blocks[i].minutes = Math.min(value, 600);
        commit(input.id);
      });
      minutes.append(label, " ", input);
      const actions = element("p", "agenda-actions");
      actions.append(
        actionButton("Move up", row.label, `agenda-up-${i}`, i === 0, () => move(i, i - 1, "up")),
        actionButton("Move down", row.label, `agenda-down-${i}`, i === count - 1, () => move(i, i + 1, "down")),
        actionButton("Remove", row.label, `agenda-remove-${i}`, false, () => {
          workshop.blocks.splice(i, 1);
          commit(workshop.blocks.length ? `agenda-remove-${Math.min(i, workshop.blocks.length - 1)}` : "agenda-add-entry");
        }));
      li.append(time, main, minutes, actions);
      return li;
    }

    // A text box that changes the workshop when the trainer leaves it, without drawing the agenda again while they type.
    function textField(text, id, value, max, apply, multiline) {
      const field = element("p", multiline ? "agenda-notes" : "agenda-own-title");
      const input = element(multiline ? "textarea" : "input");
      Object.assign(input, { id, value, maxLength: max });
      if (multiline) input.rows = 2;
      else input.type = "text";
      const label = element("label", "", text);
      label.htmlFor = id;
      input.addEventListener("change", () => {
        apply(input.value.trim());
        commit(id);
      });
      field.append(label, " ", input);
      return field;
    }

    function move(from, to, direction) {
      const [block] = workshop.blocks.splice(from, 1);
      workshop.blocks.splice(to, 0, block);
      // At either end the button in the same direction is disabled, so focus goes to the other one.
      const last = workshop.blocks.length - 1;
      const focus = !direction ? null : (direction === "up" && to === 0) || (direction === "down" && to === last) ? (direction === "up" ? "down" : "up") : direction;
      commit(focus ? `agenda-${focus}-${to}` : `agenda-minutes-${to}`);
      notice.textContent = `Moved ${labelOf(block)} to place ${to + 1} of ${workshop.blocks.length}.`;
    }

    // Drag and drop moves a block too; the buttons do the same for keyboards and screen readers.
    let dragged = null;
    agenda.addEventListener("dragstart", (event) => {
      const li = event.target.closest?.(".agenda-block");
      if (!li) return;
      dragged = Number(li.dataset.index);
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", li.dataset.index);
      li.classList.add("dragging");
    });
    agenda.addEventListener("dragover", (event) => {
      if (dragged === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
    });
    agenda.addEventListener("drop", (event) => {
      const li = event.target.closest?.(".agenda-block");
      if (dragged === null || !li) return;
      event.preventDefault();
      const to = Number(li.dataset.index);
      const from = dragged;
      dragged = null;
      if (to !== from) move(from, to, null);
    });
    agenda.addEventListener("dragend", () => {
      dragged = null;
      for (const li of agenda.querySelectorAll(".dragging")) li.classList.remove("dragging");
    });

    function labelOf(block) {
      return block.type === "entry" ? byId.get(block.id).title : block.type === "break" ? "Break" : block.title;
    }

    function renderFavourites() {
      const favourites = loadFavourites().filter((id) => byId.has(id));
      root.querySelector("[data-favourites-empty]").hidden = favourites.length > 0;
      favouritesList.replaceChildren(...favourites.map((id) => {
        const entry = byId.get(id);
        const li = element("li");
        const inWorkshop = workshop.blocks.some((b) => b.id === id);
        li.append(link(entry.url, entry.title), " ", element("span", "kind-badge", entry.kind), " ",
          actionButton(inWorkshop ? "In the workshop" : "Add to workshop", entry.title, `favourite-add-${id}`, inWorkshop, () => {
            workshop.blocks.push(blockOf({ type: "entry", id, minutes: entry.minutes }));
            commit(`favourite-remove-${id}`);
          }),
          " ",
          actionButton("Remove from favourites", entry.title, `favourite-remove-${id}`, false, () => {
            saveFavourites(loadFavourites().filter((f) => f !== id));
            commit("favourites-heading");
          }));
        return li;
      }));
    }

    settings.addEventListener("change", (event) => {
      const f = settings.elements;
      workshop.title = f.title.value.trim();
      if (/^\d\d:\d\d$/.test(f.start.value)) workshop.start = f.start.value;
      const size = parseInt(f.size.value, 10);
      if (event.target === f.size && size > 0) workshop.size = Math.min(size, 999);
      commit(document.activeElement?.id);
    });
    addForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const entry = byId.get(addForm.elements.entry.value);
      if (!entry) return;
      workshop.blocks.push(blockOf({ type: "entry", id: entry.id, minutes: entry.minutes }));
      addForm.reset();
      commit("agenda-add-entry");
    });
    root.querySelector("[data-add-break]").addEventListener("click", () => {
      workshop.blocks.push(blockOf({ type: "break", minutes: 15 }));
      commit("agenda-add-break");
    });
    ownForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const title = ownForm.elements.title.value.trim();
      if (!title) return;
      workshop.blocks.push(blockOf({ type: "custom", title, minutes: ownForm.elements.minutes.value }));
      ownForm.reset();
      commit("agenda-own-title");
    });
    handoutChoice.addEventListener("change", () => render());
    root.querySelector("[data-copy-link]").addEventListener("click", async () => {
      shareLink.select();
      try {
        await navigator.clipboard.writeText(shareLink.value);
        notice.textContent = "Link copied.";
      } catch {
        notice.textContent = "Select the link and copy it.";
      }
    });
    root.querySelector("[data-print]").addEventListener("click", () => print());
    root.querySelector("[data-download-slides]").addEventListener("click", () => downloadSlides(current(), (text) => { slidesStatus.textContent = text; }));
    offerDownload(root.querySelector("[data-download-markdown]"), "workshop.md", "text/markdown", () => markdownOf(planOf(current(), byId, data.sources)));
    offerDownload(root.querySelector("[data-download-workshop]"), "workshop.json", "application/json", () => workshopFileOf(current(), byId));
    commit(null);
  }

  function fillAddChoices(select, entries) {
    const kinds = [...new Set(entries.map((e) => e.kind))];
    for (const kind of kinds) {
      const group = element("optgroup");
      group.label = `${kind[0].toUpperCase()}${kind.slice(1)}`;
      for (const entry of entries.filter((e) => e.kind === kind)) {
        const option = element("option", "", entry.title);
        option.value = entry.id;
        group.append(option);
      }
      select.append(group);
    }
  }

  // The file is made when asked for, so it always holds the workshop as it is now.
  function offerDownload(button, name, type, content) {
    button.addEventListener("click", () => saveFile(new Blob([content()], { type }), name));
  }

  function actionButton(text, title, id, disabled, action) {
    const button = element("button", "", text);
    button.type = "button";
    button.id = id;
    button.disabled = disabled;
    button.setAttribute("aria-label", `${text}: ${title}`);
    button.addEventListener("click", action);
    return button;
  }

  // The group size: the trainer's, or else the largest that every block's advice allows (the smallest of
  // their upper limits, when their ranges do not overlap); 12 when no block gives one.
  function sizeOf(workshop, byId) {
    if (workshop.size) return workshop.size;
    const ranges = workshop.blocks.filter((b) => b.type === "entry").map((b) => byId.get(b.id).workshop?.group_size).filter(Boolean);
    if (!ranges.length) return 12;
    return Math.min(...ranges.map(([, max]) => max));
  }

  // Everything the agenda, the handouts and the Markdown show, computed once per change.
  function planOf(workshop, byId, sources) {
    const start = minutesOf(workshop.start);
    const rows = rowsOf(workshop.blocks, byId, start, workshop.size)
      .map((row) => ({ ...row, label: row.entry ? row.entry.title : row.block.type === "break" ? "Break" : row.block.title }));
    const entryRows = rows.filter((r) => r.entry);
    const materials = materialsOf(rows);
    const caseIds = [...new Set(entryRows.flatMap((r) => (r.entry.kind === "case" ? [r.entry.id] : r.entry.cases)))];
    const sourceIds = [...new Set(entryRows.flatMap((r) => r.entry.sources))];
    return {
      title: workshop.title || "Workshop",
      size: workshop.size,
      start,
      total: rows.reduce((sum, r) => sum + r.minutes, 0),
      rows,
      materials,
      cases: caseIds.map((id) => byId.get(id)).filter(Boolean),
      references: sourceIds.map((id) => sources[id]).filter(Boolean).sort((a, b) => a.localeCompare(b)),
    };
  }

  const adviceLabel = "Steps (the catalogue's advice, not the sources')";

  // For the one who runs the day: timings, the guide of each block, warnings and notes, materials, evidence.
  function facilitatorHandout(plan) {
    const nodes = [element("h3", "handout-title", plan.title), element("p", "handout-facts", `Facilitator's handout · ${factsLine(plan)}`)];
    if (!plan.rows.length) return nodes;
    nodes.push(agendaTable(plan));
    for (const row of plan.rows) {
      const section = element("section", "handout-block");
      section.append(element("h4", "", `${clock(row.from)} ${row.label} (${row.minutes} min)`));
      if (row.entry) section.append(element("p", "", row.entry.summary), element("p", "handout-url", absolute(row.entry.url)));
      if (row.warning) section.append(element("p", "handout-warning", `⚠ ${row.warning}`));
      if (row.entry && row.entry.steps.length) section.append(element("p", "handout-label", adviceLabel), orderedList(row.entry.steps));
      if (row.entry && row.entry.materials.length) section.append(element("p", "", `Materials: ${row.entry.materials.join(", ")}.`));
      if (row.block.notes) section.append(element("p", "handout-notes", `Your notes: ${row.block.notes}`));
      nodes.push(section);
    }
    nodes.push(...listSection("Materials for the day", plan.materials));
    nodes.push(...listSection("Cases", plan.cases.map((c) => `${c.title}: ${c.summary} ${absolute(c.url)}`)));
    nodes.push(...listSection("References", plan.references));
    return nodes;
  }

  // For the people in the room: the agenda, and the exercises they will do, without the facilitator's notes.
  function participantHandout(plan) {
    const nodes = [element("h3", "handout-title", plan.title), element("p", "handout-facts", `Starts at ${clock(plan.start)} · ${duration(plan.total)}`)];
    if (!plan.rows.length) return nodes;
    nodes.push(agendaTable(plan));
    for (const row of plan.rows.filter((r) => r.entry && r.entry.steps.length)) {
      const section = element("section", "handout-block");
      section.append(element("h4", "", `${clock(row.from)} ${row.label}`), element("p", "", row.entry.summary),
        element("p", "handout-label", adviceLabel), orderedList(row.entry.steps));
      nodes.push(section);
    }
    return nodes;
  }

  function agendaTable(plan) {
    const table = element("table", "handout-agenda");
    const head = element("tr");
    head.append(...["Time", "Block", "Minutes"].map((t) => headerCell(t)));
    table.append(element("caption", "", "Agenda"), element("thead"), element("tbody"));
    table.tHead.append(head);
    for (const row of plan.rows) {
      const tr = element("tr", row.block.type === "break" ? "handout-break" : "");
      tr.append(element("td", "", `${clock(row.from)}–${clock(row.to)}`), element("td", "", row.entry ? `${row.label} (${row.entry.kind})` : row.label), element("td", "", String(row.minutes)));
      table.tBodies[0].append(tr);
    }
    return table;
  }

  function orderedList(items) {
    const list = element("ol");
    list.append(...items.map((s) => element("li", "", s)));
    return list;
  }

  function listSection(heading, items) {
    if (!items.length) return [];
    const list = element("ul");
    list.append(...items.map((item) => element("li", "", item)));
    return [element("h4", "", heading), list];
  }

  function headerCell(text) {
    const th = element("th", "", text);
    th.scope = "col";
    return th;
  }

  function markdownOf(plan) {
    const lines = [`# ${plan.title}`, "", factsLine(plan), ""];
    if (plan.rows.length) {
      lines.push("## Agenda", "", "| Time | Block | Minutes |", "| --- | --- | --- |");
      for (const row of plan.rows)
        lines.push(`| ${clock(row.from)}–${clock(row.to)} | ${row.entry ? `[${cell(row.label)}](${absolute(row.entry.url)}) (${row.entry.kind})` : cell(row.label)} | ${row.minutes} |`);
      lines.push("");
    }
    for (const row of plan.rows) {
      lines.push(`## ${clock(row.from)} ${row.label}`, "");
      if (row.entry) lines.push(row.entry.summary, "", absolute(row.entry.url), "");
      if (row.warning) lines.push(`⚠ ${row.warning}`, "");
      if (row.entry && row.entry.steps.length) lines.push(`${adviceLabel}:`, "", ...row.entry.steps.map((s, i) => `${i + 1}. ${s}`), "");
      if (row.entry && row.entry.materials.length) lines.push(`Materials: ${row.entry.materials.join(", ")}.`, "");
      if (row.block.notes) lines.push(`Notes: ${row.block.notes}`, "");
    }
    const list = (heading, items) => (items.length ? [`## ${heading}`, "", ...items.map((i) => `- ${i}`), ""] : []);
    lines.push(...list("Materials for the day", plan.materials));
    lines.push(...list("Cases", plan.cases.map((c) => `[${c.title}](${absolute(c.url)}): ${c.summary}`)));
    lines.push(...list("References", plan.references));
    return lines.join("\n");
  }

  // The file `catalogue export deck --workshop` reads.
  function workshopFileOf(workshop, byId) {
    return JSON.stringify({
      format: "co-creation-workshop",
      version: 2,
      title: workshop.title,
      start: workshop.start,
      group_size: workshop.size,
      blocks: workshop.blocks.map((b) => (b.type === "entry"
        ? { type: b.type, id: b.id, kind: byId.get(b.id).kind, minutes: b.minutes, notes: b.notes }
        : { type: b.type, title: b.type === "custom" ? b.title : undefined, minutes: b.minutes, notes: b.notes })),
    }, null, 2) + "\n";
  }

  function deckCommand(options) {
    return `dotnet run --project generator/Catalogue -- export deck ${options} --out workshop.pptx`;
  }

  function factsLine(plan) {
    return `Starts at ${clock(plan.start)} · ${plan.size} ${plan.size === 1 ? "participant" : "participants"} · ${duration(plan.total)}`;
  }

  function cell(text) {
    return text.replaceAll("|", "\\|");
  }

  function absolute(url) {
    return new URL(url, location.href).href;
  }

  function duration(minutes) {
    if (minutes < 60) return `${minutes} min`;
    return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
  }

  function timeElement(minutes) {
    const time = element("time", "", clock(minutes));
    time.dateTime = clock(minutes);
    return time;
  }

  // The total as a reader reads it, with the number of minutes for machines (and tests) in its value.
  function minutesData(minutes) {
    const data = element("data", "", duration(minutes));
    data.value = String(minutes);
    return data;
  }
}

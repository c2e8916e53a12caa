// The workshop builder (/workshop/): the agenda with clock times and a total, favourites, the link to
// share, the handout to print, and the Markdown and workshop file to download. The entries come from
// one JSON file fetched once; the workshop itself from the address, else from this browser.
{
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
    const favouritesList = root.querySelector("[data-favourites]");
    const shareLink = root.querySelector("[data-workshop-link]");
    const handout = root.querySelector("[data-handout]");

    let workshop = workshopFromParams(new URLSearchParams(location.search)) || loadWorkshop();
    const unknown = workshop.blocks.filter((b) => !byId.has(b.id)).length;
    if (unknown) notice.textContent = `${unknown === 1 ? "One block is" : `${unknown} blocks are`} no longer in the catalogue and ${unknown === 1 ? "was" : "were"} left out.`;
    workshop.blocks = workshop.blocks.filter((b) => byId.has(b.id)).map((b) => ({ id: b.id, minutes: b.minutes || byId.get(b.id).minutes }));

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

    function render() {
      settings.elements.title.value = workshop.title;
      settings.elements.start.value = workshop.start;
      settings.elements.size.value = workshop.size;
      const plan = planOf(workshop, byId, data.sources);
      agenda.replaceChildren(...plan.rows.map((row, i) => agendaItem(row, i, plan.rows.length)));
      root.querySelector("[data-agenda-empty]").hidden = plan.rows.length > 0;
      total.replaceChildren("Total: ", minutesData(plan.total), `, ${clock(plan.start)}–${clock(plan.start + plan.total)}`);
      renderFavourites();
      shareLink.value = location.href;
      root.querySelector("[data-deck-command]").textContent = deckCommand("--workshop workshop.json");
      root.querySelector("[data-deck-options]").textContent = deckCommand(deckOptions(workshop, byId, data.deck_options));
      handout.replaceChildren(...handoutNodes(plan));
    }

    function agendaItem(row, i, count) {
      const li = element("li", "agenda-block");
      const time = element("p", "agenda-time");
      time.append(timeElement(row.from), "–", timeElement(row.to));
      const main = element("div", "agenda-main");
      const title = element("p", "agenda-title");
      title.append(element("span", "kind-badge", row.entry.kind), " ", link(row.entry.url, row.entry.title));
      main.append(title);
      if (row.warning) main.append(element("p", "agenda-warning", row.warning));
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
        actionButton("Move up", row.entry.title, `agenda-up-${i}`, i === 0, () => move(i, -1, "up")),
        actionButton("Move down", row.entry.title, `agenda-down-${i}`, i === count - 1, () => move(i, 1, "down")),
        actionButton("Remove", row.entry.title, `agenda-remove-${i}`, false, () => {
          workshop.blocks.splice(i, 1);
          commit(workshop.blocks.length ? `agenda-remove-${Math.min(i, workshop.blocks.length - 1)}` : "agenda-add-entry");
        }));
      li.append(time, main, minutes, actions);
      return li;
    }

    function move(i, by, direction) {
      const [block] = workshop.blocks.splice(i, 1);
      workshop.blocks.splice(i + by, 0, block);
      const to = i + by;
      // At either end the button in the same direction is disabled, so focus goes to the other one.
      const last = workshop.blocks.length - 1;
      const focus = (direction === "up" && to === 0) || (direction === "down" && to === last) ? (direction === "up" ? "down" : "up") : direction;
      commit(`agenda-${focus}-${to}`);
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
            workshop.blocks.push({ id, minutes: entry.minutes });
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

    settings.addEventListener("change", () => {
      const f = settings.elements;
      workshop.title = f.title.value.trim();
      if (/^\d\d:\d\d$/.test(f.start.value)) workshop.start = f.start.value;
      const size = parseInt(f.size.value, 10);
      if (size > 0) workshop.size = size;
      commit(document.activeElement?.id);
    });
    addForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const entry = byId.get(addForm.elements.entry.value);
      if (!entry) return;
      workshop.blocks.push({ id: entry.id, minutes: entry.minutes });
      addForm.reset();
      commit("agenda-add-entry");
    });
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
    offerDownload(root.querySelector("[data-download-markdown]"), "workshop.md", "text/markdown", () => markdownOf(planOf(workshop, byId, data.sources)));
    offerDownload(root.querySelector("[data-download-workshop]"), "workshop.json", "application/json", () => workshopFileOf(workshop, byId));
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

  // The download is made when it is clicked, so it always holds the workshop as it is now.
  // The file is made when asked for, so it always holds the workshop as it is now.
  function offerDownload(button, name, type, content) {
    button.addEventListener("click", () => {
      const anchor = element("a");
      anchor.href = URL.createObjectURL(new Blob([content()], { type }));
      anchor.download = name;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
    });
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

  // Everything the agenda, the handout and the Markdown show, computed once per change.
  function planOf(workshop, byId, sources) {
    const start = minutesOf(workshop.start);
    let at = start;
    const rows = workshop.blocks.map((block) => {
      const entry = byId.get(block.id);
      const row = { entry, minutes: block.minutes, from: at, to: at + block.minutes, warning: groupWarning(entry, workshop.size) };
      at = row.to;
      return row;
    });
    const materials = [];
    for (const m of rows.flatMap((r) => r.entry.materials))
      if (!materials.some((known) => known.toLowerCase() === m.toLowerCase())) materials.push(m);
    const caseIds = [...new Set(rows.flatMap((r) => (r.entry.kind === "case" ? [r.entry.id] : r.entry.cases)))];
    const sourceIds = [...new Set(rows.flatMap((r) => r.entry.sources))];
    return {
      title: workshop.title || "Workshop",
      size: workshop.size,
      start,
      total: at - start,
      rows,
      materials,
      cases: caseIds.map((id) => byId.get(id)).filter(Boolean),
      references: sourceIds.map((id) => sources[id]).filter(Boolean).sort((a, b) => a.localeCompare(b)),
    };
  }

  function groupWarning(entry, size) {
    if (!entry.workshop) return null;
    const [min, max] = entry.workshop.group_size;
    if (size >= min && size <= max) return null;
    return `⚠ Works best with ${min === max ? min : `${min}–${max}`} people; this workshop has ${size}.`;
  }

  function handoutNodes(plan) {
    const nodes = [element("h3", "handout-title", plan.title), element("p", "handout-facts", factsLine(plan))];
    if (!plan.rows.length) return nodes;
    const table = element("table", "handout-agenda");
    const head = element("tr");
    head.append(...["Time", "Block", "Minutes"].map((t) => headerCell(t)));
    table.append(element("caption", "", "Agenda"), element("thead"), element("tbody"));
    table.tHead.append(head);
    for (const row of plan.rows) {
      const tr = element("tr");
      tr.append(element("td", "", `${clock(row.from)}–${clock(row.to)}`), element("td", "", `${row.entry.title} (${row.entry.kind})`), element("td", "", String(row.minutes)));
      table.tBodies[0].append(tr);
    }
    nodes.push(table);
    for (const row of plan.rows) {
      const section = element("section", "handout-block");
      section.append(element("h4", "", `${clock(row.from)} ${row.entry.title}`), element("p", "", row.entry.summary), element("p", "handout-url", absolute(row.entry.url)));
      if (row.entry.steps.length) {
        const steps = element("ol");
        steps.append(...row.entry.steps.map((s) => element("li", "", s)));
        section.append(element("p", "handout-label", "Steps (the catalogue's advice, not the sources')"), steps);
      }
      if (row.entry.materials.length) section.append(element("p", "", `Materials: ${row.entry.materials.join(", ")}.`));
      nodes.push(section);
    }
    nodes.push(...listSection("Materials for the day", plan.materials));
    nodes.push(...listSection("Cases", plan.cases.map((c) => `${c.title}: ${c.summary} ${absolute(c.url)}`)));
    nodes.push(...listSection("References", plan.references));
    return nodes;
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
        lines.push(`| ${clock(row.from)}–${clock(row.to)} | [${cell(row.entry.title)}](${absolute(row.entry.url)}) (${row.entry.kind}) | ${row.minutes} |`);
      lines.push("");
    }
    for (const row of plan.rows) {
      lines.push(`## ${clock(row.from)} ${row.entry.title}`, "", row.entry.summary, "", absolute(row.entry.url), "");
      if (row.entry.steps.length) lines.push("Steps (the catalogue's advice, not the sources'):", "", ...row.entry.steps.map((s, i) => `${i + 1}. ${s}`), "");
      if (row.entry.materials.length) lines.push(`Materials: ${row.entry.materials.join(", ")}.`, "");
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
      version: 1,
      title: workshop.title,
      start: workshop.start,
      group_size: workshop.size,
      blocks: workshop.blocks.map((b) => ({ id: b.id, kind: byId.get(b.id).kind, minutes: b.minutes })),
    }, null, 2) + "\n";
  }

  // deckOptions names the command line's option for each kind of block, as the generator declares them.
  function deckOptions(workshop, byId, deckOptionNames) {
    const ids = (kind) => workshop.blocks.filter((b) => byId.get(b.id).kind === kind).map((b) => b.id);
    const options = Object.entries(deckOptionNames).map(([kind, name]) => [name, ids(kind)])
      .filter(([, list]) => list.length).map(([name, list]) => `${name} ${[...new Set(list)].join(",")}`);
    if (workshop.title) options.push(`--title '${workshop.title.replaceAll("'", "'\\''")}'`);
    return options.join(" ");
  }

  function deckCommand(options) {
    return `dotnet run --project generator/Catalogue -- export deck ${options ? `${options} ` : ""}--out workshop.pptx`;
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

  function minutesOf(time) {
    const [h, m] = time.split(":").map(Number);
    return h * 60 + m;
  }

  function clock(minutes) {
    const m = ((minutes % 1440) + 1440) % 1440;
    return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
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

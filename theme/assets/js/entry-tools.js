// On an entry page: "Add to workshop", the favourite star and "Download slides". They are hidden in the
// page as served and shown here, since without JavaScript none of them can work.
{
  const tools = document.querySelector("[data-entry-tools]");
  if (tools) startEntryTools(tools);

  function startEntryTools(tools) {
    const id = tools.dataset.id;
    const toggle = tools.querySelector("[data-workshop-toggle]");
    const star = tools.querySelector("[data-favourite]");
    const slides = tools.querySelector("[data-download-slides]");
    const status = tools.querySelector("[role=status]");

    function render() {
      const inWorkshop = loadWorkshop().blocks.some((b) => b.id === id);
      toggle.textContent = inWorkshop ? "Remove from workshop" : "Add to workshop";
      const favourite = loadFavourites().includes(id);
      star.setAttribute("aria-pressed", String(favourite));
      star.querySelector("[data-star]").textContent = favourite ? "★" : "☆";
    }

    toggle.addEventListener("click", () => {
      const workshop = loadWorkshop();
      const before = workshop.blocks.length;
      workshop.blocks = workshop.blocks.filter((b) => b.id !== id);
      const added = workshop.blocks.length === before;
      if (added) workshop.blocks.push(blockOf({ type: "entry", id }));
      saveWorkshop(workshop);
      const count = workshop.blocks.length;
      status.replaceChildren(
        `${added ? "Added to" : "Removed from"} your workshop, which has ${count} ${count === 1 ? "block" : "blocks"}. `,
        link(tools.dataset.workshop, "Open the workshop"));
      render();
    });

    star.addEventListener("click", () => {
      const favourites = loadFavourites().filter((f) => f !== id);
      if (star.getAttribute("aria-pressed") !== "true") favourites.push(id);
      saveFavourites(favourites);
      render();
    });

    // An entry's own slides: no agenda or clock times, just its slides, materials and references.
    slides.addEventListener("click", () => downloadSlides(
      { title: tools.dataset.title, start: null, size: null, blocks: [blockOf({ type: "entry", id })] },
      (text) => status.replaceChildren(text)));

    render();
    tools.hidden = false;
  }
}

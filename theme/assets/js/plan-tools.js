// On a workshop plan's page: "Download slides" for the plan as it stands, without opening the builder.
// The page holds the plan as the builder's workshop object; hidden as served, since it needs JavaScript.
{
  const tools = document.querySelector("[data-plan-tools]");
  if (tools) {
    const status = tools.querySelector("[role=status]");
    const workshop = JSON.parse(tools.dataset.workshop);
    workshop.blocks = workshop.blocks.map(blockOf);
    tools.querySelector("[data-download-slides]").addEventListener("click",
      () => downloadSlides(workshop, (text) => status.replaceChildren(text)));
    tools.hidden = false;
  }
}

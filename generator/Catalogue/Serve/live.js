// Preview only (catalogue serve): reloads the page when the site has been rebuilt, and shows content
// errors over the page, with file, line and message, while the last good page stays readable beneath.
const events = new EventSource("/_catalogue/events");
// A rebuild names the pages it wrote when it wrote only some; the others have nothing new to show.
events.addEventListener("reload", (event) => {
  const { pages } = JSON.parse(event.data);
  if (!pages || pages.includes(location.pathname)) location.reload();
});
events.addEventListener("errors", (event) => show(JSON.parse(event.data)));

function show(errors) {
  document.getElementById("catalogue-errors")?.remove();
  const panel = document.createElement("section");
  panel.id = "catalogue-errors";
  panel.setAttribute("role", "alert");
  panel.setAttribute("aria-labelledby", "catalogue-errors-heading");
  Object.assign(panel.style, {
    position: "fixed", inset: "auto 0 0 0", maxHeight: "60vh", overflow: "auto", zIndex: "1000",
    background: "#2b0b0b", color: "#fff", font: "14px/1.5 ui-monospace, monospace", padding: "1rem 1.25rem",
    borderTop: "4px solid #ef4444", boxShadow: "0 -8px 24px rgb(0 0 0 / 0.3)",
  });
  const heading = document.createElement("h2");
  heading.id = "catalogue-errors-heading";
  heading.textContent = `The content has ${errors.length === 1 ? "an error" : `${errors.length} errors`}; this is the last good build.`;
  Object.assign(heading.style, { font: "bold 16px system-ui, sans-serif", margin: "0 0 0.5rem" });
  const list = document.createElement("ul");
  Object.assign(list.style, { margin: "0", paddingLeft: "1.25rem" });
  for (const e of errors) {
    const item = document.createElement("li");
    item.textContent = `${e.file}:${e.line}:${e.column}: ${e.code}: ${e.message}${e.hint ? ` (${e.hint})` : ""}`;
    list.append(item);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Hide";
  Object.assign(close.style, { float: "right", font: "inherit", cursor: "pointer" });
  close.addEventListener("click", () => panel.remove());
  panel.append(close, heading, list);
  document.body.append(panel);
}

// Keyboard shortcuts on every page: "/" or Ctrl+K (Cmd+K) moves focus to the search box.
{
  const isTyping = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  document.addEventListener("keydown", (event) => {
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(document.activeElement);
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k";
    if (!slash && !commandK) return;
    const box = document.getElementById("search-input") || document.getElementById("site-search-input");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

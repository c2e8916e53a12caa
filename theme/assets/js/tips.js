// The "Our reading" mark explains itself on hover and focus with CSS alone (assets/css/entry.css). Escape hides the
// explanation until the pointer or focus comes back, so it never has to be moved away from to read what is under it.
{
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") for (const mark of document.querySelectorAll(".interpretation:hover, .interpretation:focus")) mark.classList.add("tip-closed");
  });
  const reopen = (mark, from) => mark && !mark.contains(from) && mark.classList.remove("tip-closed");
  document.addEventListener("mouseover", (event) => event.target instanceof Element && reopen(event.target.closest(".interpretation"), event.relatedTarget));
  document.addEventListener("focusin", (event) => event.target instanceof Element && reopen(event.target.closest(".interpretation"), null));
}

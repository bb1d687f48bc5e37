// The main menu on a narrow screen: folded behind its "Menu" button, a disclosure whose
// aria-expanded says whether the menu is open; Escape closes it and returns to the button.
// Loaded right after the menu (not deferred) so that a phone never shows it unfolded first.
// Without this script the button stays hidden and the whole menu shows.
(() => {
  const nav = document.querySelector(".main-nav");
  const button = nav && nav.querySelector(".main-nav__toggle");
  if (!button) return;
  const narrow = window.matchMedia("(max-width: 47.99rem)");
  const show = (open) => {
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("main-nav--folded", !open);
  };
  const fit = () => {
    button.hidden = !narrow.matches;
    show(!narrow.matches);
  };
  button.addEventListener("click", () => show(button.getAttribute("aria-expanded") !== "true"));
  nav.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && narrow.matches && button.getAttribute("aria-expanded") === "true") {
      show(false);
      button.focus();
    }
  });
  narrow.addEventListener("change", fit);
  fit();
})();

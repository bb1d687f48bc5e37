// wagtail-localize's translation editor writes two of its texts in English whatever the
// admin's language, outside gettext: the heading "<French> to <English> translation" and
// the "More actions" label of its menu button, read by screen readers. Once the editor has
// drawn them, they are replaced by the admin catalogue's wording (locale/*/djangojs.po).
(() => {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor || typeof window.gettext !== "function") return;
  const props = JSON.parse(editor.dataset.props);
  const wording = new Map([
    [
      `${props.sourceLocale.displayName} to ${props.locale.displayName} translation`,
      window.interpolate(
        window.gettext("%(source)s to %(target)s translation"),
        { source: props.sourceLocale.displayName, target: props.locale.displayName },
        true,
      ),
    ],
    ["More actions", window.gettext("More actions")],
  ]);
  let pending = false;
  const reword = () => {
    pending = false;
    const texts = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const replacement = wording.get(node.data.trim());
      if (replacement && replacement !== node.data) node.data = replacement;
    }
  };
  reword();
  // Once per frame at most, however many changes the editor makes as the translator types.
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(reword);
    }
  }).observe(editor, { childList: true, subtree: true });
})();

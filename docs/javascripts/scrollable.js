// Material makes a code block that scrolls sideways focusable (tabindex="0"),
// so that a keyboard can scroll it. The notebook page's code cells
// (mkdocs-jupyter) and wide tables scroll too, but nothing made them
// focusable; axe-core reports that as scrollable-region-focusable. This does
// for them what Material does for its code blocks, again when the width
// changes. Material looks at its own blocks once, on load, when those in a
// tab not shown have no width: they are watched here too, for the version
// tabs.
(() => {
  const SCROLLERS = ".jupyter-wrapper .highlight-ipynb, .md-typeset__scrollwrap, .md-code__content, .picture__scroll";
  const update = (region) => {
    if (region.scrollWidth > region.clientWidth) region.setAttribute("tabindex", "0");
    else region.removeAttribute("tabindex");
  };
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target)));
  const mount = () => document.querySelectorAll(SCROLLERS).forEach((region) => observer.observe(region));
  if (typeof document$ !== "undefined") document$.subscribe(mount);
  else document.addEventListener("DOMContentLoaded", mount);
})();

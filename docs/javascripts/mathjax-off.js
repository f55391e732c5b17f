// mkdocs-jupyter fetches MathJax from a CDN for every notebook page. This site
// shows no mathematics and loads nothing from other hosts, so mkdocs.yml points
// mkdocs-jupyter's `custom_mathjax_url` here instead: this file answers the
// calls mkdocs-jupyter makes and typesets nothing. A notebook that needs TeX
// rendered needs MathJax served from this site, not this file.
window.MathJax = Object.assign(window.MathJax || {}, {
  startup: { promise: Promise.resolve() },
  typesetPromise: () => Promise.resolve(),
  typesetClear: () => {},
  texReset: () => {},
});

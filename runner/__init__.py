"""The in-page runner: "Run it here" under every example.

- page.mjs: the controls under each marked code block (loaded by the page);
- worker.mjs: the Web Worker that runs CPython 3.14 (Pyodide);
- unpack.mjs: the Web Worker that downloads and unpacks the snapshot for it;
- run_snippet.py: the runner's Python half, run inside that interpreter;
- make_snapshot.mjs: the start-up memory snapshot, made with Node.js;
- build.py: what the build writes into the site's runner/ folder
  (hooks/run_controls.py calls it).
"""

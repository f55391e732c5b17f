// Build-time memory snapshot of Pyodide with the runner's modules imported.
//
//   node runner/make_snapshot.mjs <pyodide dir> <run_snippet.py> <snapshot out>
//
// A worker started from it (loadPyodide({_loadSnapshot})) skips the
// interpreter's start-up and these imports. `_makeSnapshot`, `_loadSnapshot`
// and `makeMemorySnapshot` are private Pyodide API: the version is pinned in
// package.json, and tests/test_runner.py loads a snapshot in Chromium.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, runner, out] = process.argv.slice(2).map((arg) => resolve(arg));
const { loadPyodide } = await import(pathToFileURL(`${dir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${dir}/`, _makeSnapshot: true });
pyodide.FS.mkdirTree("/runner");
pyodide.FS.writeFile("/runner/run_snippet.py", readFileSync(runner));
// Modules every snippet or the runner itself needs; nothing with state a
// program could change and the next run see (random is imported afresh).
pyodide.runPython(`
import sys
sys.path.insert(0, "/runner")
import run_snippet, dataclasses, inspect, string, operator, copy
`);
writeFileSync(out, pyodide.makeMemorySnapshot());

// Bundles runner/editor.mjs and the CodeMirror packages it imports (npm,
// pinned in package.json) into one minified ES module, for runner/build.py:
//   node runner/bundle_editor.mjs ENTRY OUT
import { build } from "esbuild";

const [entry, outfile] = process.argv.slice(2);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: "esm",
  minify: true,
  target: ["es2020"],
  legalComments: "none",
  banner: { js: "/* CodeMirror 6 and Lezer, MIT License, (c) Marijn Haverbeke and others; bundled by runner/build.py */" },
  logLevel: "error",
});

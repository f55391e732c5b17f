// The runner's Web Worker: CPython 3.14 (Pyodide) off the page's main thread,
// so a runaway program never freezes the page and Stop can end it with
// worker.terminate(). Started by runner.mjs on the first Run click.
//
// In:  {program, filename, check}
// Out: {type: "ready", ms}                  the interpreter is up
//      {type: "output", stream, text}       as the program writes it
//      {type: "done", verdict}              run_snippet.run()'s answer
//      {type: "failed", message}            the runtime could not start

const runner = new URL("../runner/", import.meta.url);
const streams = {};
let started;
let pymplerInstalled = false;

// Keep output byte-exact: a decoder per stream, flushed after each run
// (setStdout's `batched` mode would drop a last line with no newline).
function stream(name) {
  const decoder = new TextDecoder();
  streams[name] = () => send(name, decoder.decode());
  return {
    write(bytes) {
      send(name, decoder.decode(bytes, { stream: true }));
      return bytes.length;
    },
  };
}

function send(name, text) {
  if (text) postMessage({ type: "output", stream: name, text });
}

async function fetched(name) {
  const response = await fetch(new URL(name, runner));
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

// The snapshot is stored gzipped; a host that sent it with Content-Encoding
// has already unpacked it.
async function snapshot() {
  const bytes = await fetched("snapshot.bin.gz");
  const head = new Uint8Array(bytes, 0, 2);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes;
  const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(unpacked).arrayBuffer();
}

async function start() {
  const began = performance.now();
  const image = snapshot(); // fetched while pyodide.mjs loads
  const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", runner).href);
  const pyodide = await loadPyodide({
    indexURL: new URL("pyodide/", runner).href,
    _loadSnapshot: image, // private API: the version is pinned (package.json)
  });
  pyodide.setStdout(stream("stdout"));
  pyodide.setStderr(stream("stderr"));
  pyodide.setStdin({ error: true }); // input() raises instead of waiting forever
  postMessage({ type: "ready", ms: performance.now() - began });
  return { pyodide, run: pyodide.pyimport("run_snippet").run };
}

async function installPympler(pyodide) {
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  pyodide.unpackArchive(await fetched("pympler.zip"), "zip", { extractDir: sitePackages });
  pymplerInstalled = true;
}

// Start at once: the page creates the worker on the first click, before it
// has the program to send.
started = start();
started.catch(() => {}); // reported to the page by the run that awaits it

onmessage = async ({ data: { program, filename, check } }) => {
  let verdict;
  try {
    const { pyodide, run } = await started;
    if (!pymplerInstalled && /\bpympler\b/.test(program)) await installPympler(pyodide);
    pyodide.FS.mkdirTree(filename.slice(0, filename.lastIndexOf("/")));
    const result = run(program, filename, check);
    verdict = result.toJs({ dict_converter: Object.fromEntries });
    result.destroy();
  } catch (error) {
    postMessage({ type: "failed", message: String(error && error.message ? error.message : error) });
    return;
  } finally {
    for (const flush of Object.values(streams)) flush();
  }
  postMessage({ type: "done", verdict });
};

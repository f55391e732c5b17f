// The runner's Web Worker: CPython 3.14 (Pyodide) off the page's main thread,
// so a runaway program never freezes the page and Stop can end it with
// worker.terminate(). Started by runner.mjs on the first Run click.
//
// In:  {snapshot}                         first: the port unpack.mjs sends the snapshot on
//      {unpackerFailed}                   instead, if unpack.mjs could not load
//      {program, filename, check}
// Out: {type: "ready", ms}                  the interpreter is up
//      {type: "output", base, from, pieces, dropped}
//                                           what the page shows (below), a few times a second
//      {type: "done", verdict}              run_snippet.run()'s answer
//      {type: "failed", message}            the runtime could not start
//
// Output that floods must not hurt the page (Jupyter's output limits are the
// model): the page shows the last LINES lines, at most SHOWN characters of
// them, and the first CUT characters of a line, and says how much it left out.
// This worker keeps that tail and sends the page only what changed. A piece
// is one stream's part of a line, with the line's newline if it has one:
// {n, stream, text, bytes, cut, ended}, `bytes` its size in UTF-8, `cut` the
// bytes of it not shown. `pieces` are those numbered `from` onwards (each
// replaces the page's piece of that number), the page drops the pieces
// numbered below `base`, and `dropped` counts the lines (and their bytes) no
// longer shown. The verdict does not depend on any of this: run_snippet.py
// compares the prints it records itself.

const runner = new URL("../runner/", import.meta.url);
const streams = {};
let started;
let pymplerInstalled = false;

const LINES = 2000;
// The page lays out the whole tail at once when a program ends: 200,000
// characters took Chromium 30 to 40 ms here, a million 100 to 450.
const SHOWN = 200_000;
const CUT = 10_000; // the harness's line length (LINE_LENGTH in run_snippet.py)
// A message at most every EVERY ms, and at most RATE characters a ms: in a
// flood the page gets a new tail a few times a second.
const EVERY = 30;
const RATE = 2000;

let tail; // the pieces shown, from tail[first] on
let first, count, sent, lines, shown, lineShown, dropped, changed, next;

function clear() {
  tail = [];
  first = count = sent = lines = shown = lineShown = 0;
  dropped = { lines: 0, bytes: 0 };
  changed = false;
  next = 0; // the first output goes at once
}
clear();

// Keep output byte-exact: a decoder per stream, flushed after each run
// (setStdout's `batched` mode would drop a last line with no newline).
function stream(name) {
  const decoder = new TextDecoder();
  streams[name] = () => add(name, decoder.decode());
  return {
    write(bytes) {
      add(name, decoder.decode(bytes, { stream: true }));
      soon();
      return bytes.length;
    },
  };
}

// Sends what changed if the time has come. Called after each write and,
// through the interrupt buffer's getter, from Python's eval loop while a
// program runs without writing, so no output waits for the end of the run.
function soon() {
  if (changed && performance.now() >= next) post();
}

function post() {
  const base = first < tail.length ? tail[first].n : count;
  const from = Math.max(sent, base);
  const pieces = tail.slice(first + from - base);
  postMessage({ type: "output", base, from, pieces, dropped });
  sent = count;
  changed = false;
  next = performance.now() + Math.max(EVERY, pieces.reduce((sum, piece) => sum + piece.text.length, 0) / RATE);
}

function utf8(text, start = 0, end = text.length) {
  let n = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

function add(name, text) {
  if (!text) return;
  changed = true;
  // Of a write of many lines only the last LINES can show: count the rest at once.
  let at = text.endsWith("\n") ? text.length - 1 : text.length;
  let m = 0;
  while (m < LINES && at > 0 && (at = text.lastIndexOf("\n", at - 1)) >= 0) m++;
  if (m === LINES) {
    for (let i = first; i < tail.length; i++) {
      dropped.bytes += tail[i].bytes;
      dropped.lines += tail[i].ended;
    }
    tail = [];
    first = lines = shown = lineShown = 0;
    for (let i = -1; (i = text.indexOf("\n", i + 1)) >= 0 && i <= at; ) dropped.lines++;
    dropped.bytes += utf8(text, 0, at + 1);
    text = text.slice(at + 1);
  }
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start) + 1 || text.length;
    piece(name, text, start, end);
    start = end;
  }
  while (lines > 1 && (lines > LINES || shown > SHOWN)) {
    let gone;
    do {
      gone = tail[first++];
      shown -= gone.text.length;
      dropped.bytes += gone.bytes;
    } while (!gone.ended);
    lines--;
    dropped.lines++;
  }
  if (first > 1000 && first * 2 > tail.length) {
    tail = tail.slice(first);
    first = 0;
  }
}

// text[start:end]: one line, or its start, of one stream. A line shows its
// first CUT characters; `cut` counts the bytes left out.
function piece(name, text, start, end) {
  const ended = text.charCodeAt(end - 1) === 10;
  const stop = end - ended;
  let keep = Math.min(stop - start, Math.max(0, CUT - lineShown));
  if (keep < stop - start && keep > 0 && (text.charCodeAt(start + keep - 1) & 0xfc00) === 0xd800) keep--;
  const shows = text.slice(start, start + keep) + (ended ? "\n" : "");
  const bytes = utf8(text, start, end);
  const cut = keep < stop - start ? utf8(text, start + keep, stop) : 0;
  const last = first < tail.length ? tail[tail.length - 1] : null;
  if (last && !last.ended && (last.stream === name || !keep)) {
    last.text += shows;
    last.bytes += bytes;
    last.cut += cut;
    last.ended = ended;
    sent = Math.min(sent, last.n); // the page has an older copy
  } else {
    if (!last || last.ended) lines++;
    tail.push({ n: count++, stream: name, text: shows, bytes, cut, ended });
  }
  shown += shows.length;
  lineShown = ended ? 0 : cut ? CUT : lineShown + keep;
}

async function fetched(name) {
  const response = await fetch(new URL(name, runner));
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return response;
}

// The start-up snapshot's size in bytes, unpacked: the build writes it here
// (worker_script() in runner/build.py), so that the interpreter can be made
// while the snapshot still downloads.
const SNAPSHOT_BYTES = 0;

// The page's first message: the port on which unpack.mjs, a worker beside
// this one, sends the snapshot it downloads and unpacks on a thread of its
// own. If that worker cannot load, the page says so instead.
let gotPort, noPort;
const snapshotPort = new Promise((resolve, reject) => ((gotPort = resolve), (noPort = reject)));

// Fills `image` with that snapshot (the image is zero where it sends nothing).
async function snapshot(image) {
  const port = await snapshotPort;
  return new Promise((resolve, reject) => {
    noPort = reject;
    port.onmessage = ({ data }) => {
      if (data.chunk && data.at + data.chunk.byteLength <= image.length) {
        image.set(new Uint8Array(data.chunk), data.at);
        return;
      }
      port.close();
      if (data.error) reject(new Error(data.error));
      else if (data.done === image.length) resolve();
      else reject(new Error(`runner/snapshot.bin.gz is not the image of ${image.length} bytes the build recorded`));
    };
  });
}

// Pyodide asks for the WebAssembly and the standard library with the global
// fetch() once pyodide.mjs has loaded and read its settings, and compiles the
// WebAssembly only once it holds the snapshot. It has no option for either:
// this worker asks for them at once, gives Pyodide those responses when it
// asks, and compiles the WebAssembly as it arrives, in place of Pyodide's
// (one) WebAssembly.instantiateStreaming. Returns the compiled module and the
// standard library's response, and a check that Pyodide asked for each file
// exactly once.
function startEarly(indexURL) {
  const wasm = fetched("pyodide/pyodide.asm.wasm");
  const stdlib = fetched("pyodide/python_stdlib.zip");
  const early = new Map([
    [indexURL + "pyodide.asm.wasm", wasm],
    [indexURL + "python_stdlib.zip", stdlib],
  ]);
  const asked = new Map([...early.keys()].map((url) => [url, 0]));
  const fetchNow = globalThis.fetch;
  globalThis.fetch = (resource, options) => {
    const url = String(resource);
    if (asked.has(url)) asked.set(url, asked.get(url) + 1);
    const response = early.get(url);
    if (!response) return fetchNow(resource, options);
    early.delete(url);
    return response;
  };
  const compiled = WebAssembly.compileStreaming(wasm);
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  let instantiated = 0;
  WebAssembly.instantiateStreaming = async (_response, imports) => {
    instantiated++;
    WebAssembly.instantiateStreaming = instantiateStreaming; // for any later caller
    const module = await compiled;
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  function check() {
    if (instantiated !== 1 || [...asked.values()].some((n) => n !== 1)) {
      throw new Error("Pyodide no longer starts as runner/worker.mjs expects (startEarly): see its comments");
    }
  }
  return { compiled, stdlib, check };
}

async function start() {
  const began = performance.now();
  // Pyodide makes the interpreter only once it holds the snapshot, whose size
  // sets the memory's. Given at once an image of the right size, it builds
  // the interpreter while the snapshot downloads into that image;
  // createPyodideModule waits for the last byte before Pyodide copies the
  // image into the interpreter's memory.
  const image = new Uint8Array(SNAPSHOT_BYTES);
  const filled = snapshot(image);
  filled.catch(() => {}); // reported by the await below
  const indexURL = new URL("pyodide/", runner).href;
  const early = startEarly(indexURL);
  const lockFile = fetched("pyodide/pyodide-lock.json").then((response) => response.json());
  const asm = import(indexURL + "pyodide.asm.mjs");
  for (const promise of [early.compiled, early.stdlib, lockFile, asm]) promise.catch(() => {}); // awaited below
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  // _loadSnapshot and createPyodideModule are private or experimental Pyodide
  // API: the version is pinned (package.json), and the browser tests start
  // from the snapshot in every engine.
  const pyodide = await loadPyodide({
    indexURL,
    lockFileContents: lockFile,
    packageBaseUrl: indexURL,
    _loadSnapshot: image,
    // Pyodide only logs a WebAssembly or standard library that failed to
    // load (and then never finishes): each failure is awaited here too, so
    // that it ends the start and the page says which file.
    async createPyodideModule(settings) {
      const [module] = await Promise.all([(await asm).default(settings), early.compiled, early.stdlib, filled]);
      return module;
    },
  });
  early.check();
  pyodide.setStdout(stream("stdout"));
  pyodide.setStderr(stream("stderr"));
  pyodide.setStdin({ error: true }); // input() raises instead of waiting forever
  // Python's eval loop reads this "interrupt buffer" every 50 ticks or so
  // (Pyodide reads [0] and sets it to 0; there is no SharedArrayBuffer to
  // interrupt it with anyway): a chance to send output that waits while a
  // program computes without writing.
  pyodide.setInterruptBuffer({ get 0() { soon(); return 0; }, set 0(_) {} });
  postMessage({ type: "ready", ms: performance.now() - began });
  return { pyodide, run: pyodide.pyimport("run_snippet").run };
}

async function installPympler(pyodide) {
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  const archive = await (await fetched("pympler.zip")).arrayBuffer();
  pyodide.unpackArchive(archive, "zip", { extractDir: sitePackages });
  pymplerInstalled = true;
}

// Start at once: the page creates the worker on the first click, before it
// has the program to send.
started = start();
started.catch(() => {}); // reported to the page by the run that awaits it

onmessage = async ({ data }) => {
  if (data.snapshot) return gotPort(data.snapshot);
  if (data.unpackerFailed) return noPort(new Error(data.unpackerFailed));
  const { program, filename, check } = data;
  clear();
  let verdict, failed;
  try {
    const { pyodide, run } = await started;
    if (!pymplerInstalled && /\bpympler\b/.test(program)) await installPympler(pyodide);
    pyodide.FS.mkdirTree(filename.slice(0, filename.lastIndexOf("/")));
    const result = run(program, filename, check);
    verdict = result.toJs({ dict_converter: Object.fromEntries });
    result.destroy();
  } catch (error) {
    failed = String(error && error.message ? error.message : error);
  }
  for (const flush of Object.values(streams)) flush();
  if (changed) post();
  postMessage(failed === undefined ? { type: "done", verdict } : { type: "failed", message: failed });
};

// "Run it here": Run, Edit, Stop and Reset under every code block that shows
// a snippet (extensions/run_targets.py marks them with data-run). Nothing of the
// runtime loads before the first Run: then runner-worker.mjs starts CPython
// 3.14 in a Web Worker, one per page, and runs the WHOLE snippet program, even
// when the block shows one section. An unedited run is compared with the
// output recorded for 3.14, by the test harness's rule.
//
// The editor (runner-editor.mjs, CodeMirror) is imported when a reader first
// focuses a block's code, and opens on a click in it, on Enter, or on Edit. A
// reader's edit is kept in localStorage, per page, block and shown code, so
// it comes back after a reload until Reset.

const site = new URL("../", import.meta.url);
const VERSION = "3.14";
// A render of output lays out at most BUDGET new characters, fewer where the
// last one took more than FRAME_MS (see render below).
const BUDGET = 20000;
const FRAME_MS = 40;
let snippets; // promise of runner/snippets.json, fetched on the first Run
let worker;
let queue = Promise.resolve();
let editorModule; // promise of runner-editor.mjs, imported on first focus or edit
const loadEditor = () => (editorModule ??= import(new URL("runner-editor.mjs", import.meta.url).href));

const STYLE = `
.runner{margin:-.6em 0 1em}
.runner__bar{display:flex;flex-wrap:wrap;gap:.4em;align-items:center}
.runner__bar button{font:inherit;font-size:.7rem;padding:.25em .8em;border:1px solid currentColor;border-radius:.2em;background:transparent;color:var(--md-default-fg-color);cursor:pointer;min-height:2.2em}
.runner__bar button:hover,.runner__bar button:focus-visible{background:var(--md-default-fg-color--lightest)}
.runner__mark{font-size:.7rem;font-style:italic;padding:.1em .5em;border:1px dashed currentColor;border-radius:.2em}
.runner__mark:empty{display:none}
.runner__output{margin:.4em 0;padding:.4em .8em;border-left:.2em solid var(--md-default-fg-color--lighter);background:var(--md-code-bg-color);font-size:.75rem}
.runner__output pre{margin:.2em 0;white-space:pre-wrap;overflow-wrap:anywhere;font-family:var(--md-code-font-family,monospace);color:var(--md-code-fg-color)}
.runner__stderr{font-weight:bold}
.runner__dropped,.runner__cut{font-style:italic}
.runner__lines{display:inline-block;width:100%;vertical-align:top}
.runner__status{margin:.2em 0}
.runner__code{position:relative}
.runner__verdict--same{border-left-color:#2e7d32}
.runner__verdict--differs{border-left-color:#c62828}
`;

function element(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function button(label, action, hidden = false) {
  const node = element("button", { type: "button", textContent: label, hidden });
  node.addEventListener("click", action);
  return node;
}

const count = (n, noun) => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
const size = (bytes) => {
  const [unit, scale] = [["GB", 1e9], ["MB", 1e6], ["KB", 1e3]].find(([, scale]) => bytes >= scale) || ["", 1];
  return unit ? `${(bytes / scale).toFixed(bytes < 10 * scale ? 1 : 0)} ${unit}` : count(bytes, "byte");
};

// A reader's edit in localStorage, where the browser allows it (not in some
// private modes, nor when full): false when it could not be kept.
function recall(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function keep(key, text) {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

// FNV-1a of the code a block shows: a stored edit belongs to that code, so a
// new version of the site that shows other code does not bring it back.
function digest(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
const keys = new Map(); // a snippet shown twice on a page gets a key per block

function storageKey(path, section, original) {
  const key = `runner-edit:${location.pathname}:${path}${section ? `:${section}` : ""}:${digest(original)}`;
  const n = (keys.get(key) || 0) + 1;
  keys.set(key, n);
  return n > 1 ? `${key}:${n}` : key;
}

// The worker, and beside it the worker that downloads and unpacks its
// start-up snapshot on a thread of its own (runner-unpack.mjs), which sends
// the snapshot to it over a channel of their own. The page makes both: a
// worker that made the second itself hung now and then in Firefox 153 (the
// nested Worker never loaded).
function newWorker() {
  worker = new Worker(new URL("runner-worker.mjs", import.meta.url), { type: "module" });
  const unpacker = new Worker(new URL("runner-unpack.mjs", import.meta.url), { type: "module" });
  const channel = new MessageChannel();
  unpacker.postMessage(channel.port1, [channel.port1]);
  worker.postMessage({ snapshot: channel.port2 }, [channel.port2]);
  worker.unpacker = unpacker;
  const ticket = worker;
  unpacker.onerror = (event) => {
    event.preventDefault();
    ticket.postMessage({ unpackerFailed: `runner-unpack.mjs: ${event.message || "could not load"}` });
  };
  // Python is up (whether or not a run listens yet): the snapshot is in, so
  // the unpacker's work is done.
  worker.addEventListener("message", ({ data }) => {
    if (data.type !== "ready") return;
    ticket.ready = true;
    unpacker.terminate();
  });
  return worker;
}

// Ends a worker (and its unpacker, if still at work) at once: the only way to
// stop a program without cross-origin isolation.
function end(ticket) {
  ticket.onmessage = null;
  ticket.terminate();
  ticket.unpacker.terminate();
  if (worker === ticket) worker = null;
}

// The program to run: the recorded one, or it with the reader's text in
// place of the section the block shows.
function program(entry, section, edited) {
  if (edited === null) return entry.program;
  if (!section) return edited.endsWith("\n") ? edited : `${edited}\n`;
  const [first, end, indent] = entry.sections[section];
  const lines = entry.program.split("\n");
  const pad = " ".repeat(indent);
  const body = edited.replace(/\n$/, "").split("\n").map((line) => (line ? pad + line : line));
  return [...lines.slice(0, first), ...body, ...lines.slice(end)].join("\n");
}

function setUp(block) {
  const path = block.dataset.run;
  const section = block.dataset.runSection || null;
  const pre = block.querySelector("pre");
  const original = block.querySelector("code").textContent.replace(/\n$/, "");
  const key = storageKey(path, section, original);
  const label = `Code of snippets/${path}${section ? `, section ${section}` : ""}, editable. Ctrl+Enter runs it; Escape then Tab leaves the editor.`;
  let view = null; // the editor, once open
  let holder = null;
  let copy = null; // the open editor's copy button
  let edit = null; // the reader's code, where it differs from the page's
  // Says that the block is edited, and whether the edit is kept; a status
  // region, so a screen reader announces it.
  const mark = element("span", { className: "runner__mark" });
  mark.setAttribute("role", "status");
  const status = element("p", { className: "runner__status" });
  // Above the output, when the worker has left lines out: how many.
  const dropped = element("p", { className: "runner__dropped", hidden: true });
  const text = element("pre", { className: "runner__text" });
  const verdict = element("div", { className: "runner__verdict" });
  const output = element("div", { className: "runner__output", hidden: true }, status, dropped, text, verdict);
  output.setAttribute("role", "status");
  output.setAttribute("aria-live", "polite");
  output.setAttribute("aria-label", `Output of snippets/${path}`);
  const run = button("Run", () => start());
  const editButton = button("Edit", () => open());
  const stop = button("Stop", () => stopRun(), true);
  const reset = button("Reset", () => close(), true);
  run.setAttribute("aria-label", `Run snippets/${path} in Python ${VERSION}`);
  const bar = element("div", { className: "runner__bar" }, run, editButton, stop, reset, mark);
  const container = element("div", { className: "runner" }, bar, output);
  block.after(container);
  let current = null;

  function changed(text) {
    edit = text === original ? null : text;
    if (copy) copy.dataset.clipboardText = text || "\n";
    const kept = keep(key, edit);
    const note = edit === null ? "" : kept ? "Edited: kept in this browser until Reset" : "Edited: not kept (this browser does not let the page store it)";
    if (mark.textContent !== note) mark.textContent = note;
  }

  // The editor in place of the block's code, with the reader's edit if any;
  // `at`, a click's coordinates, puts the cursor there.
  async function open({ focus = true, at = null } = {}) {
    if (!view) {
      let module;
      try {
        module = await loadEditor();
      } catch (error) {
        editorModule = undefined;
        mark.textContent = `The editor could not load: ${error.message || error}`;
        return;
      }
      if (!view) {
        holder = element("div", { className: "runner__code" });
        pre.after(holder);
        pre.style.display = "none";
        view = module.mountEditor({ parent: holder, doc: edit ?? original, label, onRun: start, onChange: changed });
        // The block's copy button is in the hidden code; the editor gets one
        // like it, after the code in the tab order, copying what it holds.
        // Material's clipboard handler (which reads data-clipboard-text at
        // the click) copies it and says so.
        copy = element("button", { type: "button", className: "md-code__button", title: "Copy to clipboard" });
        copy.dataset.mdType = "copy";
        copy.dataset.clipboardText = edit ?? original;
        holder.append(element("nav", { className: "md-code__nav" }, copy));
        editButton.hidden = true;
        reset.hidden = false;
      }
    }
    if (!focus) return;
    view.focus();
    const pos = at && view.posAtCoords(at);
    if (pos != null && at) view.dispatch({ selection: { anchor: pos } });
  }

  // Reset: the page's program again, and the stored edit forgotten.
  function close() {
    view?.destroy();
    holder?.remove();
    view = holder = copy = null;
    pre.style.display = "";
    changed(original);
    editButton.hidden = false;
    reset.hidden = true;
    run.focus();
  }

  // The code itself focused (Material makes a block that scrolls focusable),
  // not its copy button: a reader who copies does not need the editor.
  pre.addEventListener("focusin", (event) => {
    if (!event.target.closest("button, a")) loadEditor().catch(() => (editorModule = undefined));
  });
  pre.addEventListener("click", (event) => {
    if (event.target.closest("button, a") || !getSelection().isCollapsed) return; // copying, not editing
    open({ at: { x: event.clientX, y: event.clientY } });
  });
  pre.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.target.closest("button, a")) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) start();
    else open();
  });

  const stored = recall(key);
  if (stored !== null && stored !== original) {
    changed(stored);
    open({ focus: false });
  }

  // The output: the worker's pieces numbered base onwards (see worker.mjs).
  // On the page they are blocks of whole lines, each an inline-block, so that
  // a change lays out its own block only; pieces lo to hi of them are shown.
  let pieces = [];
  let base = 0;
  let lost = { lines: 0, bytes: 0 };
  let blocks = [];
  let dirty = Infinity; // the first piece that changed since the last render
  let frame = 0;
  let ready = 0; // no render before: most of the main thread's time is the reader's
  let budget = BUDGET; // the characters a render may lay out

  function show(message) {
    pieces = pieces.slice(Math.max(0, message.base - base), Math.max(0, message.from - base)).concat(message.pieces);
    base = message.base;
    lost = message.dropped;
    dirty = Math.min(dirty, message.from);
    frame ||= requestAnimationFrame(paced);
  }

  // Renders at most a quarter of the time: not before three times what the
  // last render took (from its start to the next frame) has passed.
  function paced(now) {
    if (now < ready) frame = requestAnimationFrame(paced);
    else render();
  }

  const at = (n) => pieces[n - base];

  function linesBlock(lo, hi) {
    const nodes = [];
    let stream;
    let chunk = "";
    const flush = (next) => {
      if (chunk) {
        const span = element("span", { textContent: chunk });
        span.dataset.stream = stream;
        if (stream === "stderr") span.className = "runner__stderr";
        nodes.push(span);
      }
      chunk = "";
      stream = next;
    };
    for (let n = lo; n < hi; n++) {
      const piece = at(n);
      if (piece.stream !== stream) flush(piece.stream);
      if (!piece.cut) {
        chunk += piece.text;
        continue;
      }
      chunk += piece.ended ? piece.text.slice(0, -1) : piece.text;
      flush(stream);
      nodes.push(element("span", { className: "runner__cut", textContent: ` … ${size(piece.cut)} more of this line not shown` }));
      if (piece.ended) chunk = "\n";
    }
    flush();
    return { node: element("span", { className: "runner__lines" }, ...nodes), lo, hi };
  }

  // Lays out at most `budget` new characters: in a flood, the newest lines
  // first, then earlier ones in the next frames. 20,000 take Chromium about
  // 4 ms; a slower engine (WebKitGTK on a busy machine took over 200 ms) gets
  // a budget that its last render would have laid out in FRAME_MS.
  function render() {
    cancelAnimationFrame(frame);
    frame = 0;
    const began = performance.now();
    let spent = 0;
    requestAnimationFrame((now) => {
      const took = now - began;
      ready = now + 3 * took;
      if (spent >= 1000 && took > 0) budget = Math.max(1000, Math.min(BUDGET, Math.round((spent * FRAME_MS) / took)));
    });
    const end = base + pieces.length;
    let last;
    while ((last = blocks.at(-1)) && (last.hi > dirty || (last.hi < end && !at(last.hi - 1)?.ended))) {
      blocks.pop().node.remove(); // changed, or its last line goes on
    }
    while (blocks[0]?.lo < base) blocks.shift().node.remove();
    dirty = Infinity;
    let hi = blocks.at(-1)?.hi ?? end;
    for (let n = hi; n < end; n++) spent += at(n).text.length;
    if (spent > budget) {
      blocks.forEach((b) => b.node.remove());
      blocks = [];
      spent = 0;
      hi = end;
    } else if (hi < end) {
      blocks.push(linesBlock(hi, end));
      text.append(blocks.at(-1).node);
    }
    const lo = blocks[0]?.lo ?? hi;
    let start = lo;
    while (start > base) {
      let m = start - 1;
      while (m > base && !at(m - 1).ended) m--;
      let chars = 0;
      for (let n = m; n < start; n++) chars += at(n).text.length;
      if (spent && spent + chars > budget) break;
      spent += chars;
      start = m;
    }
    if (start < lo) {
      blocks.unshift(linesBlock(start, lo));
      text.prepend(blocks[0].node);
    }
    let { lines, bytes } = lost;
    for (let n = base; n < start; n++) {
      lines += at(n).ended;
      bytes += at(n).bytes;
    }
    dropped.hidden = !lines;
    if (lines) dropped.textContent = `… ${count(lines, "earlier line")} (${size(bytes)}) not shown`;
    if (start > base) frame = requestAnimationFrame(paced); // more to show
  }

  function stopRun() {
    if (!current) return;
    end(worker);
    frame ||= requestAnimationFrame(paced);
    current.finish();
    output.dataset.state = "stopped";
    status.textContent = "Stopped. The next run starts a new Python.";
  }

  function start() {
    const edited = edit;
    output.hidden = false;
    output.className = "runner__output";
    pieces = [];
    base = 0;
    lost = { lines: 0, bytes: 0 };
    blocks = [];
    text.replaceChildren();
    render();
    verdict.textContent = "";
    delete output.dataset.verdict;
    output.dataset.state = "queued";
    status.textContent = "Waiting for the run before it…";
    queue = queue.then(() => execute(edited));
  }

  async function execute(edited) {
    const clicked = performance.now();
    delete output.dataset.firstOutputMs;
    run.disabled = true;
    stop.hidden = false;
    output.dataset.state = "running";
    const ticket = worker || newWorker(); // starts Python while the data loads
    status.textContent = ticket.ready ? "Running…" : `Starting Python ${VERSION}…`;
    let entry;
    try {
      entry = (await (snippets ??= fetch(new URL("runner/snippets.json", site)).then((r) => r.json()))).snippets[path];
    } catch (error) {
      snippets = undefined;
      status.textContent = `Could not load the snippet data: ${error}`;
      output.dataset.state = "failed";
      run.disabled = false;
      stop.hidden = true;
      return;
    }
    const filename = `/snippets/${path}`;
    const slow = setTimeout(() => {
      status.textContent +=
        " Still starting. If this never ends, the server may not send .wasm files as application/wasm.";
    }, 20000);
    await new Promise((resolve) => {
      current = {
        finish() {
          clearTimeout(slow);
          current = null;
          run.disabled = false;
          stop.hidden = true;
          resolve();
        },
      };
      const firstOutput = () => {
        if (!output.dataset.firstOutputMs) output.dataset.firstOutputMs = String(performance.now() - clicked);
      };
      ticket.onmessage = ({ data }) => {
        if (data.type === "ready") {
          output.dataset.startMs = String(data.ms); // for bench/runner_start.py
          status.textContent = "Running…";
        }
        else if (data.type === "output") {
          firstOutput();
          show(data);
        } else if (data.type === "failed") {
          render(Infinity);
          status.textContent = `Python could not run: ${data.message}`;
          output.dataset.state = "failed";
          end(ticket);
          current.finish();
        } else if (data.type === "done") {
          firstOutput();
          render(Infinity);
          status.textContent = "Finished.";
          report(data.verdict, entry.native);
          output.dataset.state = "done";
          current.finish();
        }
      };
      ticket.onerror = (event) => {
        event.preventDefault();
        status.textContent = `Python could not start: ${event.message || "the worker failed to load"}`;
        output.dataset.state = "failed";
        end(ticket);
        current.finish();
      };
      ticket.postMessage({ program: program(entry, section, edited), filename, check: edited === null });
    });
  }

  // native: one line saying what native 64-bit CPython 3.14 prints instead
  // of this browser's 32-bit 3.14.2, and why (written at build time).
  function report(result, native) {
    verdict.replaceChildren();
    const note = () => native && verdict.append(element("p", { className: "runner__native", textContent: native }));
    if (!result.checked) {
      verdict.textContent = "Edited code: not compared with the recorded output. Reset restores the original.";
      return;
    }
    if (result.same) {
      output.classList.add("runner__verdict--same");
      verdict.textContent = `✓ Same as the output recorded for Python ${VERSION} in the browser.`;
      output.dataset.verdict = "same";
      note();
      return;
    }
    output.classList.add("runner__verdict--differs");
    output.dataset.verdict = "differs";
    verdict.append(
      element("p", { textContent: `✗ Differs from the output recorded for Python ${VERSION} in the browser:` }),
      ...result.problems.map((problem) => element("p", { textContent: problem })),
    );
    if (result.diff.length) {
      verdict.append(element("pre", { textContent: result.diff.join("\n") }));
    }
    note();
  }
}

const blocks = document.querySelectorAll("[data-run]");
if (blocks.length) {
  document.head.append(element("style", { textContent: STYLE }));
  blocks.forEach(setUp);
}

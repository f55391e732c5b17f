// Run snippets under CPython in WebAssembly (Pyodide, from npm), each in a
// fresh interpreter, as tests/test_snippets_pyodide.py asks.
//
//   node harness/pyodide_runner.mjs < request.json
//
// The request (JSON on stdin):
//   pyodide     folder of the npm package (node_modules/pyodide-314/)
//   files       [{from, to}]: files copied into the interpreter's
//               site-packages (`to` is relative to it): pympler and
//               pytest-examples with their pure-Python dependencies, taken
//               from the Python environment that runs the tests
//   harness     path of harness/run.py, which runs one snippet
//   jobs        [{id, path, source, mode, time_limit}]: mode "check" or
//               "update", time_limit in seconds
//   workers     how many snippets run at once (each in its own thread)
//   env         environment variables for the interpreter (PYTHONHASHSEED)
//
// The answer (JSON lines on stdout): first {interpreter: {implementation,
// version, system, machine}}, then one {id, result} per job, in the order
// they finish. result is what snippet_run.run_snippet returns (harness/run.py, imported as snippet_run inside Pyodide), plus
// `output` (what the snippet wrote to stdout and stderr, byte for byte) and,
// when it ran past its limit, an `error` of type TimeLimitReached naming the
// line that was running. A line {fatal} reports a failure of the runner.
//
// Fresh state for every snippet: one interpreter imports the harness, then
// its memory is saved (a Pyodide memory snapshot); every snippet starts from
// that image in a new interpreter, so no module, global or random state of one
// snippet reaches the next. The snapshot API is private (`_makeSnapshot`,
// `_loadSnapshot`): package.json pins the exact Pyodide versions, and every
// run of the tests loads it again.
//
// Time limit: each worker thread shares an interrupt buffer with this thread.
// When a snippet runs past its limit this thread sets SIGINT in it; the
// harness's SIGINT handler raises TimeLimitReached inside the snippet, whose
// traceback names the line. A snippet stuck where Python never checks for
// signals is stopped by ending its thread, after a grace period, and reported
// without a line.

import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const GRACE_SECONDS = 10;
const SIGINT = 2;

// A snapshot holds the whole WebAssembly memory, which by then has grown past
// the size a new interpreter starts with, and Pyodide 314 copies it back
// without growing the memory first. Growing it as the module is instantiated
// lets the copy fit. Only this process's own interpreters pass through here.
function growMemoryOnInstantiate(bytes) {
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function (...args) {
    const result = await instantiate.apply(this, args);
    const memory = result.instance?.exports?.memory;
    if (memory instanceof WebAssembly.Memory && memory.buffer.byteLength < bytes) {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
    }
    return result;
  };
}

async function pyodideModule(folder) {
  return import(pathToFileURL(path.join(folder, "pyodide.mjs")).href);
}

// Put the files into the interpreter's site-packages, in its own memory file
// system (a fresh interpreter starts without them).
function install(py, files) {
  const sitePackages = py.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  for (const { to, data } of files) {
    const target = `${sitePackages}/${to}`;
    py.FS.mkdirTree(path.posix.dirname(target));
    py.FS.writeFile(target, data);
  }
}

const HARNESS_DIR = "/harness";

const PRELUDE = `
import importlib, platform, sys
importlib.invalidate_caches()
sys.path.insert(0, ${JSON.stringify(HARNESS_DIR)})
import snippet_run
import pytest, pytest_examples.config, pytest_examples.find_examples, pytest_examples.run_code
platform.python_implementation(), platform.python_version(), platform.system(), platform.machine()
`;

const RUN_JOB = `
import json, random, signal, tempfile
import snippet_run

# A fresh interpreter seeds random from the system; the snapshot's state is
# the same for every snippet, so reseed as a new process would.
random.seed()


def _time_limit(signum, frame):
    raise snippet_run.TimeLimitReached()


signal.signal(signal.SIGINT, _time_limit)
_job = json.loads(_job_json)
json.dumps(snippet_run.run_snippet(_job["path"], _job["source"], _job["mode"], tempfile.mkdtemp()))
`;

async function main() {
  const request = JSON.parse(readFileSync(0, "utf8"));
  const emit = (value) => process.stdout.write(JSON.stringify(value) + "\n");
  const files = request.files.map(({ from, to }) => ({ to, data: readFileSync(from) }));
  const harness = readFileSync(request.harness);

  const { loadPyodide } = await pyodideModule(request.pyodide);
  const py = await loadPyodide({ _makeSnapshot: true, env: request.env ?? {} });
  install(py, files);
  py.FS.mkdirTree(HARNESS_DIR);
  py.FS.writeFile(`${HARNESS_DIR}/snippet_run.py`, harness);
  const [implementation, version, system, machine] = py.runPython(PRELUDE).toJs();
  emit({ interpreter: { implementation, version, system, machine } });
  const snapshot = py.makeMemorySnapshot();

  const pending = [...request.jobs];
  const workers = Math.max(1, Math.min(request.workers ?? availableParallelism(), pending.length));
  await Promise.all(Array.from({ length: workers }, () => drain(pending, { ...request, files, harness, snapshot }, emit)));
}

// Run jobs from `pending` one after another in a worker thread, replacing the
// thread when one has to be ended.
async function drain(pending, shared, emit) {
  while (pending.length) {
    await new Promise((resolve) => {
      const interrupt = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { pyodide: shared.pyodide, files: shared.files, snapshot: shared.snapshot, interrupt },
      });
      let job = null;
      let timers = [];
      const stopTimers = () => { timers.forEach(clearTimeout); timers = []; };
      const next = () => {
        job = pending.shift();
        if (job) worker.postMessage(job);
        else worker.terminate().then(resolve);
      };
      worker.on("message", (message) => {
        if (message.started) {
          const limit = job.time_limit * 1000;
          // Again every second after the limit, as the native harness does: an
          // interrupt that lands before the harness has set up its handler, or
          // that the snippet catches, must not leave the snippet running.
          timers.push(setTimeout(() => {
            Atomics.store(interrupt, 0, SIGINT);
            timers.push(setInterval(() => Atomics.store(interrupt, 0, SIGINT), 1000));
          }, limit));
          timers.push(setTimeout(() => {
            emit({ id: job.id, result: { error: {
              type: "TimeLimitReached",
              message: `still running ${GRACE_SECONDS} s after the interrupt, where Python checks for no signal`,
              where: [],
            }, multiline: [], output: "" } });
            job = null;
            worker.terminate().then(resolve);
          }, limit + GRACE_SECONDS * 1000));
        } else if (message.result && job) {
          stopTimers();
          emit({ id: job.id, result: message.result });
          next();
        } else if (message.fatal) {
          stopTimers();
          emit({ fatal: `${job ? job.path + ": " : ""}${message.fatal}` });
          process.exit(1);
        }
      });
      worker.on("error", (error) => {
        emit({ fatal: `${job ? job.path + ": " : ""}${error.stack ?? error}` });
        process.exit(1);
      });
      next();
    });
  }
}

async function workerMain() {
  const { pyodide, files, snapshot, interrupt } = workerData;
  growMemoryOnInstantiate(snapshot.length);
  const { loadPyodide } = await pyodideModule(pyodide);
  parentPort.on("message", async (job) => {
    try {
      const py = await loadPyodide({ _loadSnapshot: snapshot });
      install(py, files);
      // Whatever the snippet writes itself (not through print), byte for byte.
      const chunks = [];
      const capture = { write: (buffer) => { chunks.push(Buffer.from(buffer)); return buffer.length; } };
      py.setStdout(capture);
      py.setStderr(capture);
      Atomics.store(interrupt, 0, 0);
      py.setInterruptBuffer(interrupt);
      py.globals.set("_job_json", JSON.stringify(job));
      parentPort.postMessage({ started: true });
      const result = JSON.parse(py.runPython(RUN_JOB));
      result.output = Buffer.concat(chunks).toString("utf8");
      parentPort.postMessage({ result });
    } catch (error) {
      if (String(error).includes("TimeLimitReached")) {
        // The limit struck just as the snippet ended, outside the harness.
        const message = "the time limit was reached as the snippet finished";
        parentPort.postMessage({ result: { error: { type: "TimeLimitReached", message, where: [] }, multiline: [], output: "" } });
      } else {
        parentPort.postMessage({ fatal: String(error.stack ?? error).slice(0, 4000) });
      }
    }
  });
}

if (isMainThread) {
  main().catch((error) => {
    process.stdout.write(JSON.stringify({ fatal: String(error.stack ?? error).slice(0, 4000) }) + "\n");
    process.exit(1);
  });
} else {
  workerMain();
}

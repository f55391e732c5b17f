// The snapshot's Web Worker: downloads runner/snapshot.bin.gz and unpacks it
// as it arrives, on a thread of its own, while the runner's worker
// (worker.mjs, started beside this one by page.mjs) compiles the WebAssembly
// and builds the interpreter. Unpacking takes 0.05 to 0.2 s of a core; on the
// runner's own thread it would hold up that work.
//
// The file is gzipped. Inside, the image is stored without its pages of zeros
// (sparse() in runner/build.py): "SPARSE01", the image's size and the number
// of runs (uint32, little-endian), each run's offset and length in the image,
// then the runs' bytes in order.
//
// In:  the port to send on (from the page, once).
// Out, on that port:
//      {at, chunk}  bytes of the image that start at offset `at` (an
//                   ArrayBuffer, transferred), at most BATCH of them
//      {done: size}  every run sent; the image is `size` bytes, zero elsewhere
//      {error}       why the snapshot could not be had

const url = new URL("../runner/snapshot.bin.gz", import.meta.url);
const MAGIC = "SPARSE01";
const BATCH = 1 << 20; // about 30 messages (a run at least one) instead of 230 of 64 KB

async function body() {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const reader = response.body.getReader();
  // A host that sent the file with Content-Encoding has already unpacked it:
  // tell which from the first two bytes (gzip's are 1f 8b).
  const head = [];
  while (head.reduce((sum, chunk) => sum + chunk.length, 0) < 2) {
    const { value, done } = await reader.read();
    if (done) break;
    head.push(value);
  }
  const [b0, b1] = head.flatMap((chunk) => [...chunk.subarray(0, 2)]);
  const stream = new ReadableStream({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
    },
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
  return b0 === 0x1f && b1 === 0x8b ? stream.pipeThrough(new DecompressionStream("gzip")) : stream;
}

// read(n): exactly the next n bytes of a stream of chunks; atEnd(): whether
// nothing is left.
function byteReader(reader) {
  let chunk = new Uint8Array(0);
  async function atEnd() {
    while (!chunk.length) {
      const { value, done } = await reader.read();
      if (done) return true;
      chunk = value;
    }
    return false;
  }
  async function read(n) {
    const into = new Uint8Array(n);
    for (let filled = 0; filled < n; ) {
      if (!chunk.length) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`ends ${n - filled} bytes early`);
        chunk = value;
      }
      const take = Math.min(n - filled, chunk.length);
      into.set(chunk.subarray(0, take), filled);
      chunk = chunk.subarray(take);
      filled += take;
    }
    return into;
  }
  return { read, atEnd };
}

async function unpack() {
  const { read, atEnd } = byteReader((await body()).getReader());
  const head = await read(MAGIC.length + 8);
  if (new TextDecoder().decode(head.subarray(0, MAGIC.length)) !== MAGIC) throw new Error("not a sparse snapshot");
  const view = new DataView(head.buffer, MAGIC.length);
  const size = view.getUint32(0, true);
  const count = view.getUint32(4, true);
  const table = new DataView((await read(8 * count)).buffer);
  for (let i = 0; i < count; i++) {
    const start = table.getUint32(8 * i, true);
    const length = table.getUint32(8 * i + 4, true);
    if (start + length > size) throw new Error("a run lies outside the image");
    for (let at = start; at < start + length; at += BATCH) {
      const chunk = await read(Math.min(BATCH, start + length - at));
      (await port).postMessage({ at, chunk: chunk.buffer }, [chunk.buffer]);
    }
  }
  if (!(await atEnd())) throw new Error("has bytes after its last run");
  return { done: size };
}

// Downloading starts at once; the port comes in the page's first message.
// The page ends this worker once Python is up, or with the run.
const port = new Promise((resolve) => (onmessage = ({ data }) => resolve(data)));
unpack()
  .catch((error) => ({ error: `runner/snapshot.bin.gz: ${error && error.message ? error.message : error}` }))
  .then(async (last) => (await port).postMessage(last));

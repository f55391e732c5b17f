"""What the build writes into the site for the in-page runner.

- the runner's scripts, page.mjs, worker.mjs and unpack.mjs from this folder,
  served as javascripts/runner.mjs, runner-worker.mjs and runner-unpack.mjs
  (the page loads the first; its first Run click starts the other two;
  nothing under runner/ is fetched before that click);
- javascripts/runner-editor.mjs: editor.mjs with the CodeMirror packages it
  imports, bundled by esbuild (bundle_editor.mjs, Node.js) into one module,
  cached in .cache/runner/; the page imports it when a reader first focuses
  or edits a block;
- in runner/: the Pyodide runtime (`pyodide/`), copied from node_modules,
  never committed;
- `snapshot.bin.gz`: a memory image of the interpreter with the runner's
  modules imported, made with Node.js on the first build and cached in
  .cache/runner/, stored without its pages of zeros (`sparse()`);
- `pympler.zip`: pympler from the Python that builds the site;
- `snippets.json`: each snippet's program with the `#>` lines recorded for
  3.14, and where its sections lie, fetched on the first click.

hooks/run_controls.py adds these files to the build.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import re
import shutil
import struct
import subprocess
import time
import zipfile
from importlib.util import find_spec
from pathlib import Path

from harness.outputs import (
    BROWSER,
    ROOT,
    SECTION_MARKER,
    SNIPPETS,
    expected_text,
    load_runs,
    snippet_files,
)

RUNNER_VERSION = BROWSER  # the browser record: CPython 3.14.2, wasm32
HERE = Path(__file__).resolve().parent
PYODIDE = ROOT / "node_modules" / "pyodide-314"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# What bundling the editor needs from node_modules (package.json pins them).
EDITOR_PACKAGES = ("esbuild", "@codemirror/view", "@codemirror/lang-python")
EDITOR = "javascripts/runner-editor.mjs"
# The scripts: where the site serves each, and its source here.
SCRIPTS = {
    "javascripts/runner.mjs": "page.mjs",
    "javascripts/runner-worker.mjs": "worker.mjs",
    "javascripts/runner-unpack.mjs": "unpack.mjs",
}
WORKER = "javascripts/runner-worker.mjs"
# The line of worker.mjs that the build fills in with the snapshot's size.
SNAPSHOT_SIZE_LINE = "const SNAPSHOT_BYTES = 0;"
# Snapshots are made once per (Pyodide, runner) pair and reused by later builds
# and by every `mkdocs serve` rebuild; .cache/ is ignored by git.
CACHE = ROOT / ".cache" / "runner"

log = logging.getLogger("mkdocs.hooks.runner")


class RunnerBuildError(Exception):
    """The runner's files could not be made (a stale record, a failed snapshot)."""


def runtime_missing() -> str | None:
    """Why the runner cannot be built here, or None."""
    missing = [name for name in RUNTIME_FILES if not (PYODIDE / name).is_file()]
    if missing:
        return f"node_modules/{PYODIDE.name} lacks {', '.join(missing)} (run `npm ci`)"
    missing = [name for name in EDITOR_PACKAGES if not (ROOT / "node_modules" / name / "package.json").is_file()]
    if missing:
        return f"node_modules lacks {', '.join(missing)}, for the runner's editor (run `npm ci`)"
    if shutil.which("node") is None:
        return "Node.js is not on PATH (it makes the start-up snapshot)"
    return None


def site_files() -> dict[str, Path | bytes | str]:
    """Every file the runner adds to the site: its path in the site, and a
    source file to copy or the content to write."""
    files: dict[str, Path | bytes | str] = {uri: HERE / name for uri, name in SCRIPTS.items()}
    files[EDITOR] = editor_bundle()
    files.update({f"runner/pyodide/{name}": PYODIDE / name for name in RUNTIME_FILES})
    image = snapshot()
    files["runner/snapshot.bin.gz"] = image
    files[WORKER] = worker_script(image)
    files["runner/pympler.zip"] = package_zip("pympler")
    files["runner/snippets.json"] = snippets_json()
    return files


def snippets_json() -> str:
    """Each snippet's whole program as 3.14 must print it, and its sections.

    A section is [first line, end line, indent]: the 0-based lines of the
    program between its markers and the indentation the page removed.
    """
    data = {}
    for snippet in snippet_files():
        try:
            program = expected_text(snippet, RUNNER_VERSION)
        except Exception as error:  # e.g. a stale record: say which, without a traceback
            raise RunnerBuildError(str(error)) from error
        lines = program.splitlines()
        sections, starts = {}, {}
        for n, line in enumerate(lines):
            marker = SECTION_MARKER.match(line)
            if marker and marker["kind"] == "start":
                starts[marker["name"]] = n + 1
            elif marker and marker["name"] in starts:
                body = [text for text in lines[starts[marker["name"]] : n] if text.strip()]
                indent = min((len(text) - len(text.lstrip()) for text in body), default=0)
                sections[marker["name"]] = [starts[marker["name"]], n, indent]
        entry = {"program": program, "sections": sections}
        note = native_note(snippet, program)
        if note:
            entry["native"] = note
        data[snippet.relative_to(SNIPPETS).as_posix()] = entry
    return json.dumps({"version": RUNNER_VERSION, "snippets": data}, separators=(",", ":"), sort_keys=True)


NATIVE = "3.14"
DIGITS = re.compile(r"\d+")
# The patch release that made native 3.14 print otherwise than the browser's
# 3.14.2, where it is known: from CPython's NEWS ("What's New in Python
# 3.14.5 release candidate 1": gh-105936). A difference not listed here is
# put down to the patches between the two in general.
PATCH_CHANGES = {"inheritance_slots/frozen_slots_setattr.py": "3.14.5 changed it (gh-105936)"}


def native_note(snippet: Path, browser_program: str) -> str | None:
    """One line for a run whose recorded output differs from native 3.14's:
    what the native build prints, and why (the browser's 32-bit sizes, or the
    patch releases between the two)."""
    native_program = expected_text(snippet, NATIVE)
    if native_program == browser_program:
        return None
    runs = load_runs()
    browser, native = runs.get(BROWSER, {}).get("version", "3.14"), runs.get(NATIVE, {}).get("version", NATIVE)
    pairs = [
        (mine, theirs)
        for mine, theirs in zip(browser_program.splitlines(), native_program.splitlines(), strict=False)
        if mine != theirs
    ]
    lines = len(pairs) or 1
    sizes_only = pairs and all(DIGITS.sub("0", mine) == DIGITS.sub("0", theirs) for mine, theirs in pairs)
    changed = PATCH_CHANGES.get(snippet.relative_to(SNIPPETS).as_posix())
    if sizes_only:
        why = f"this browser's CPython {browser} is a 32-bit build, so sizes are smaller"
    elif changed:
        why = f"this browser runs CPython {browser}, and {changed}"
    else:
        why = f"this browser runs CPython {browser}, and the patch releases since changed it"
    first = pairs[0][1].strip() if pairs else ""
    return (
        f"Native 64-bit CPython {native} prints {lines} line{'s' if lines > 1 else ''} otherwise"
        + (f" (first: {first})" if first else "")
        + f": {why}."
    )


def package_zip(name: str) -> bytes:
    """A package of the Python building the site, as a zip to unpack into site-packages."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RunnerBuildError(f"the runner needs {name} installed where mkdocs runs (requirements-snippets.txt)")
    root = Path(next(iter(spec.submodule_search_locations)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                info = zipfile.ZipInfo(f"{name}/{path.relative_to(root).as_posix()}", (1980, 1, 1, 0, 0, 0))
                archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


# The snapshot as stored: SPARSE_MAGIC, the image's size and the number of
# runs (uint32, little-endian), each run's offset and length in the image,
# then the runs' bytes one after another. The image is zero elsewhere: about
# half its 4 KB pages are, and a browser unpacks the stored file about twice
# as fast without them (unpack.mjs reads it).
SPARSE_MAGIC = b"SPARSE01"
SPARSE_PAGE = 4096


def sparse(image: bytes) -> bytes:
    """`image` in the stored form above: its runs of pages that are not all zero."""
    runs: list[list[int]] = []
    zero = bytes(SPARSE_PAGE)
    for start in range(0, len(image), SPARSE_PAGE):
        page = image[start : start + SPARSE_PAGE]
        if page == zero[: len(page)]:
            continue
        if runs and runs[-1][0] + runs[-1][1] == start:
            runs[-1][1] += len(page)
        else:
            runs.append([start, len(page)])
    header = SPARSE_MAGIC + struct.pack(f"<II{2 * len(runs)}I", len(image), len(runs), *(n for run in runs for n in run))
    return header + b"".join(image[start : start + length] for start, length in runs)


def sparse_size(stored: Path) -> int:
    """The size of the image in the stored (gzipped) snapshot `stored`."""
    with gzip.open(stored) as file:
        head = file.read(len(SPARSE_MAGIC) + 4)
    if head[: len(SPARSE_MAGIC)] != SPARSE_MAGIC:
        raise RunnerBuildError(f"{stored} is not a snapshot in the stored form (delete it to make it again)")
    return struct.unpack("<I", head[len(SPARSE_MAGIC) :])[0]


def snapshot() -> Path:
    """The gzipped start-up snapshot, made with Node.js on the first build."""
    key = hashlib.sha256()
    key.update(SPARSE_MAGIC)
    key.update((PYODIDE / "package.json").read_bytes())
    for source in ("make_snapshot.mjs", "run_snippet.py"):
        key.update((HERE / source).read_bytes())
    path = CACHE / f"snapshot-{key.hexdigest()[:16]}.bin.gz"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    raw = CACHE / "snapshot.tmp"
    started = time.monotonic()
    result = subprocess.run(
        ["node", str(HERE / "make_snapshot.mjs"), str(PYODIDE), str(HERE / "run_snippet.py"), str(raw)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise RunnerBuildError(f"runner/make_snapshot.mjs failed:\n{result.stdout}{result.stderr}")
    path.write_bytes(gzip.compress(sparse(raw.read_bytes()), 6, mtime=0))
    raw.unlink()
    for old in CACHE.glob("snapshot-*.bin.gz"):
        if old != path:
            old.unlink()
    log.info("Made the runner's start-up snapshot in %.1f s (cached in %s).", time.monotonic() - started, CACHE.relative_to(ROOT))
    return path


def worker_script(stored: Path) -> str:
    """worker.mjs with the image size of the snapshot `stored` written in."""
    source = (HERE / "worker.mjs").read_text(encoding="utf-8")
    if source.count(SNAPSHOT_SIZE_LINE) != 1:
        raise RunnerBuildError(f"runner/worker.mjs must have the line `{SNAPSHOT_SIZE_LINE}` once, for the build to fill in")
    return source.replace(SNAPSHOT_SIZE_LINE, f"const SNAPSHOT_BYTES = {sparse_size(stored)};")


def editor_bundle() -> Path:
    """javascripts/runner-editor.mjs: the editor and CodeMirror in one module,
    bundled with esbuild on the first build and cached, keyed on the editor's
    sources and the npm lock file."""
    key = hashlib.sha256()
    for source in (HERE / "editor.mjs", HERE / "bundle_editor.mjs", ROOT / "package-lock.json"):
        key.update(source.read_bytes())
    path = CACHE / f"editor-{key.hexdigest()[:16]}.mjs"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = CACHE / "editor.tmp.mjs"
    result = subprocess.run(
        ["node", str(HERE / "bundle_editor.mjs"), str(HERE / "editor.mjs"), str(partial)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        raise RunnerBuildError(f"runner/bundle_editor.mjs (esbuild) failed:\n{result.stdout}{result.stderr}")
    partial.replace(path)
    for old in CACHE.glob("editor-*.mjs"):
        if old != path:
            old.unlink()
    return path

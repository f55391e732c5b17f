"""MkDocs hook: the in-page runner, "Run it here" on every example.

docs/javascripts/runner.mjs adds Run, Edit, Stop and Reset controls under each
code block that includes a snippet; docs/javascripts/runner-worker.mjs runs the
whole snippet program in CPython 3.14 (Pyodide, pinned in package.json as
`pyodide-314`) in a Web Worker. This hook

- copies the Pyodide runtime from node_modules into the site (`runner/pyodide/`),
  never into the repository, with a memory snapshot made at build time and a zip
  of pympler, so the site needs no other host;
- writes `runner/snippets.json`: each snippet's program with the `#>` lines
  recorded for 3.14, and where its sections lie, fetched on the first click;
- marks each block with the snippet (and section) it shows (`data-run`), and
  adds the runner's script to the pages that have such blocks.

Without node_modules/pyodide-314 (npm not run) or Node.js, the site is built
without Run controls, and the build log says so once.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import os
import re
import shutil
import subprocess
import time
import zipfile
from importlib.util import find_spec
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from snippet_outputs import (
    INCLUDE,
    ROOT,
    SECTION_MARKER,
    SNIPPETS,
    expected_text,
    snippet_files,
)

RUNNER_VERSION = "3.14"
PYODIDE = ROOT / "node_modules" / "pyodide-314"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
RUNNER_DIR = ROOT / "tools" / "runner"
SCRIPTS = ("javascripts/runner.mjs", "javascripts/runner-worker.mjs")
# Snapshots are made once per (Pyodide, runner) pair and reused by later builds
# and by every `mkdocs serve` rebuild; .cache/ is ignored by git.
CACHE = ROOT / ".cache" / "runner"

log = logging.getLogger("mkdocs.hooks.runner")
_state: dict = {"told": False, "includes": {}}
TITLED_FENCE = re.compile(
    r'^[ \t]*(?:```+|~~~+)[ \t]*python\b[^\n]*\btitle="snippets/(?P<file>[^"]+\.py)"[^\n]*\n(?P<next>[^\n]*)',
    re.MULTILINE,
)
BLOCK = re.compile(r'<div class="language-(?P<lang>\w+) highlight"><span class="filename">(?P<title>[^<]*)</span>')


def runtime_missing() -> str | None:
    """Why the runner cannot be built here, or None."""
    missing = [name for name in RUNTIME_FILES if not (PYODIDE / name).is_file()]
    if missing:
        return f"node_modules/{PYODIDE.name} lacks {', '.join(missing)} (run `npm ci`)"
    if shutil.which("node") is None:
        return "Node.js is not on PATH (it makes the start-up snapshot)"
    return None


def on_config(config):
    reason = runtime_missing()
    _state["enabled"] = reason is None
    if reason and os.environ.get("CI"):
        # CI builds what GitHub Pages publishes: it must have the runner.
        raise PluginError(f"CI is set and the site would have no Run controls: {reason}")
    if reason and not _state["told"]:
        log.info("Building without Run controls: %s.", reason)
        _state["told"] = True
    return config


def on_files(files, config):
    if not _state["enabled"]:
        for uri in SCRIPTS:
            if (file := files.get_file_from_path(uri)) is not None:
                files.remove(file)
        return files
    for name in RUNTIME_FILES:
        files.append(File.generated(config, f"runner/pyodide/{name}", abs_src_path=str(PYODIDE / name)))
    files.append(File.generated(config, "runner/snapshot.bin.gz", abs_src_path=str(snapshot())))
    files.append(File.generated(config, "runner/pympler.zip", content=package_zip("pympler")))
    files.append(File.generated(config, "runner/snippets.json", content=snippets_json()))
    return files


def on_page_markdown(markdown, page, config, files):
    """Note, in order, which snippet and section each titled fence shows.

    This hook runs after tools/mkdocs_hooks.py, which titles every snippet's
    fence `snippets/<file>` and writes a version tab other than the
    reference's as the program's text rather than an include; such a tab
    follows the reference tab that includes the same snippet and section.
    """
    includes, last_section = [], {}
    for match in TITLED_FENCE.finditer(markdown):
        snippet = match["file"]
        include = INCLUDE.match(match["next"])
        if include and include["file"] == snippet:
            last_section[snippet] = include["section"] or ""
        includes.append((snippet, last_section.get(snippet, "")))
    _state["includes"][page.file.src_uri] = includes
    return markdown


def on_page_content(html, page, config, files):
    includes = _state["includes"].pop(page.file.src_uri, [])
    if not _state["enabled"] or not includes:
        return html
    blocks = iter(includes)

    def mark(match: re.Match) -> str:
        if match["lang"] != "python" or not match["title"].startswith("snippets/"):
            return match.group(0)
        snippet, section = next(blocks, (None, None))
        if match["title"] != f"snippets/{snippet}":
            raise PluginError(
                f"docs/{page.file.src_uri}: the runner expected a block of snippets/{snippet}, "
                f"found one titled {match['title']!r}"
            )
        attrs = f' data-run="{snippet}"' + (f' data-run-section="{section}"' if section else "")
        return match.group(0).replace(" highlight\"", f' highlight"{attrs}', 1)

    html = BLOCK.sub(mark, html)
    if next(blocks, None) is not None:
        raise PluginError(f"docs/{page.file.src_uri}: the runner found fewer titled code blocks than includes")
    # Only pages with examples load the runner's script (3 KB compressed).
    script = get_relative_url(SCRIPTS[0], page.url)
    return html + f'\n<script type="module" src="{script}"></script>'


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
            raise PluginError(str(error)) from error
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
        data[snippet.relative_to(SNIPPETS).as_posix()] = {"program": program, "sections": sections}
    return json.dumps({"version": RUNNER_VERSION, "snippets": data}, separators=(",", ":"), sort_keys=True)


def package_zip(name: str) -> bytes:
    """A package of the Python building the site, as a zip to unpack into site-packages."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise PluginError(f"the runner needs {name} installed where mkdocs runs (requirements-snippets.txt)")
    root = Path(next(iter(spec.submodule_search_locations)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                info = zipfile.ZipInfo(f"{name}/{path.relative_to(root).as_posix()}", (1980, 1, 1, 0, 0, 0))
                archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def snapshot() -> Path:
    """The gzipped start-up snapshot, made with Node.js on the first build."""
    key = hashlib.sha256()
    key.update((PYODIDE / "package.json").read_bytes())
    for source in ("make_snapshot.mjs", "run_snippet.py"):
        key.update((RUNNER_DIR / source).read_bytes())
    path = CACHE / f"snapshot-{key.hexdigest()[:16]}.bin.gz"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    raw = CACHE / "snapshot.tmp"
    started = time.monotonic()
    result = subprocess.run(
        ["node", str(RUNNER_DIR / "make_snapshot.mjs"), str(PYODIDE), str(RUNNER_DIR / "run_snippet.py"), str(raw)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise PluginError(f"tools/runner/make_snapshot.mjs failed:\n{result.stdout}{result.stderr}")
    path.write_bytes(gzip.compress(raw.read_bytes(), 6, mtime=0))
    raw.unlink()
    for old in CACHE.glob("snapshot-*.bin.gz"):
        if old != path:
            old.unlink()
    log.info("Made the runner's start-up snapshot in %.1f s (cached in %s).", time.monotonic() - started, CACHE.relative_to(ROOT))
    return path

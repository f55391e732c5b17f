"""Where each Python version's expected snippet output is recorded.

A snippet's own file carries the output of the reference version as `#>` lines.
Where another version prints something else, a full copy of the snippet with
that version's `#>` lines is kept under `snippets/_outputs/<X.Y>/`, at the same
relative path. The tests check each version against its record, and the MkDocs
hook shows the records as content tabs next to the reference.

Both the tests and the MkDocs hook import this module, so the layout is defined
once.
"""

from __future__ import annotations

import json
import platform
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
RECORDS = SNIPPETS / "_outputs"
RUNS_FILE = RECORDS / "pythons.json"

SUPPORTED = ("3.10", "3.11", "3.12", "3.13")
REFERENCE = "3.13"

OUTPUT_LINE = re.compile(r"^\s*#>( |$)")

# How a page includes a snippet, and how a snippet marks a section, as
# pymdownx.snippets reads them: `--8<-- "file.py"` or `--8<-- "file.py:name"`.
INCLUDE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"(?P<file>[^":\n]+)(?::(?P<section>[^"\n]+))?"[ \t]*$', re.M)
SECTION_MARKER = re.compile(r"^\s*#\s*-{1,}8<-{1,}\s+\[(?P<kind>start|end):(?P<name>[\w-]+)\]\s*$")

# Every snippet run, native or WebAssembly, stops after this many seconds
# unless the snippet's own file asks for more with a line such as
# `# time limit: 30 s`, which readers see too.
DEFAULT_TIME_LIMIT = 10
TIME_LIMIT_LINE = re.compile(r"^# time limit: (?P<seconds>\d+) s\b", re.M)


def running_version() -> str:
    return "{}.{}".format(*sys.version_info[:2])


def snippet_files() -> list[Path]:
    """Every snippet program, records excluded, in a stable order."""
    return sorted(p for p in SNIPPETS.rglob("*.py") if RECORDS not in p.parents)


def record_path(snippet: Path, version: str) -> Path:
    return RECORDS / version / snippet.relative_to(SNIPPETS)


def expected_file(snippet: Path, version: str) -> Path:
    """The file whose `#>` lines hold what `version` must print."""
    record = record_path(snippet, version)
    if version != REFERENCE and record.exists():
        return record
    return snippet


def expected_text(snippet: Path, version: str) -> str:
    """The whole program with the `#>` lines that `version` must print."""
    return expected_file(snippet, version).read_text(encoding="utf-8")


def time_limit(text: str) -> int:
    """Seconds a run of this snippet may take before it counts as hung."""
    match = TIME_LIMIT_LINE.search(text)
    return int(match["seconds"]) if match else DEFAULT_TIME_LIMIT


def code_only(text: str) -> str:
    """The program without its recorded output."""
    return "".join(
        line for line in text.splitlines(keepends=True) if not OUTPUT_LINE.match(line)
    )


def section_names(text: str) -> set[str]:
    return {m["name"] for m in map(SECTION_MARKER.match, text.splitlines()) if m}


def shown_code(text: str, section: str | None = None) -> str:
    """What a page shows of a snippet: the file or one section, marker lines
    removed and the section dedented (`dedent_subsections`)."""
    lines = text.splitlines()
    if section:
        inside, kept = False, []
        for line in lines:
            marker = SECTION_MARKER.match(line)
            if marker and marker["name"] == section:
                inside = marker["kind"] == "start"
            elif inside:
                kept.append(line)
        lines = kept
    return textwrap.dedent("\n".join(line for line in lines if not SECTION_MARKER.match(line))).strip("\n")


def version_groups(snippet: Path) -> list[tuple[list[str], Path]]:
    """Supported versions grouped by the file that holds their output.

    The reference group comes first; versions with no record print what the
    reference prints.
    """
    groups: dict[str, tuple[list[str], Path]] = {}
    for version in SUPPORTED:
        path = expected_file(snippet, version)
        text = path.read_text(encoding="utf-8")
        groups.setdefault(text, ([], path))[0].append(version)
    return sorted(groups.values(), key=lambda group: REFERENCE not in group[0])


def load_runs() -> dict[str, dict[str, str]]:
    if not RUNS_FILE.exists():
        return {}
    return json.loads(RUNS_FILE.read_text(encoding="utf-8"))


def record_this_run() -> None:
    """Note which interpreter and platform produced this version's outputs."""
    runs = load_runs()
    runs[running_version()] = {
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "system": platform.system(),
        "machine": platform.machine(),
    }
    RUNS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RUNS_FILE.write_text(json.dumps(runs, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# Supported versions that get no more fixes, with the date they stopped, as
# the devguide's table of versions gives it (3.10's schedule is PEP 619).
END_OF_LIFE = {"3.10": "2026-10-31"}
VERSIONS_PAGE = "https://devguide.python.org/versions/"


def pointer_bits(machine: str) -> int | None:
    """32 or 64 for a `platform.machine()` name, None for one not listed."""
    if re.fullmatch(r"x86_64|amd64|aarch64|arm64|ppc64(le)?|s390x|riscv64|wasm64", machine, re.I):
        return 64
    if re.fullmatch(r"i[3-6]86|x86|armv\d+\w*|arm|riscv32|wasm32", machine, re.I):
        return 32
    return None


def platform_note(run: dict[str, str] | None, plain_64: bool = True) -> str:
    """What a label says of the platform a version ran on: "WebAssembly,
    32-bit" for Pyodide, "32-bit" for a native 32-bit build, and for a
    native 64-bit one "64-bit", or nothing when `plain_64`. Nothing when no
    run is recorded."""
    if not run:
        return ""
    bits = pointer_bits(run["machine"])
    width = f"{bits}-bit" if bits else run["machine"]
    if is_webassembly(run):
        return f"WebAssembly, {width}"
    return "" if bits == 64 and plain_64 else width


def is_webassembly(run: dict[str, str]) -> bool:
    return run["system"].lower() in ("emscripten", "wasi")


def platform_description(run: dict[str, str]) -> str:
    """The platform in full, for the table of runs: "Linux x86_64, 64-bit",
    "WebAssembly (Emscripten wasm32, 32-bit)"."""
    bits = pointer_bits(run["machine"])
    described = f"{run['system']} {run['machine']}" + (f", {bits}-bit" if bits else "")
    return f"WebAssembly ({described})" if is_webassembly(run) else described


def versions_label(versions: list[str], runs: dict[str, dict[str, str]]) -> str:
    """The label of a tab that shows what `versions` print, saying what ran.

    "Python 3.12"; "Python 3.11, 3.12, 3.13"; "Python 3.14 (WebAssembly,
    32-bit)". A tab whose versions ran on different platforms names each
    platform: "Python 3.12, 3.13 (64-bit); 3.14 (WebAssembly, 32-bit)".
    """
    notes = {version: platform_note(runs.get(version), plain_64=False) for version in versions}
    if len(set(notes.values())) == 1:
        notes = {version: platform_note(runs.get(version)) for version in versions}
    groups: dict[str, list[str]] = {}
    for version, note in notes.items():
        groups.setdefault(note, []).append(version)
    return "Python " + "; ".join(
        ", ".join(group) + (f" ({note})" if note else "") for note, group in groups.items()
    )

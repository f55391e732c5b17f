"""Where each Python version's expected snippet output is recorded.

A snippet's own file carries the output of the reference version as `#>` lines.
Where another version prints something else, a record at
`snippets/_outputs/<X.Y>/<page>/<name>.txt` holds only the `#>` blocks that
differ, each under an `@ <line> <code>` line naming the line of the snippet it
follows, and a hash of the snippet's code, so a record the code has moved on
from fails the tests:

    # snippets/slots/sizes.py on Python 3.14: the `#>` lines that differ, after the line named.
    # Written by `make update-outputs`. Code sha256: 5d41402abc4b2a76
    @ 12 print(sys.getsizeof(Point(1, 2)))
    #> 24

`expected_text(snippet, version)` puts the two together: the whole program with
that version's `#>` lines. The tests check each version against it, and the
MkDocs hook shows it in content tabs next to the reference.

Both the tests and the MkDocs hook import this module, so the layout is defined
once.
"""

from __future__ import annotations

import ast
import hashlib
import json
import platform
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
RECORDS = SNIPPETS / "_outputs"
RUNS_FILE = RECORDS / "pythons.json"

SUPPORTED = ("3.10", "3.11", "3.12", "3.13", "3.14", "3.15")
# The newest stable release, run natively: the snippet files hold its output,
# and the pages show it first (python.org and uv install it by default).
REFERENCE = "3.15"
# The browser's own Python: the in-page runner's CPython 3.14, compiled to
# 32-bit WebAssembly (Pyodide, from npm). Its outputs have a record of their
# own, checked in Node, for the runner's "Same as recorded"; the pages' tabs
# show only native versions.
BROWSER = "pyodide-3.14"
PYODIDE = {BROWSER: "pyodide-314"}
RECORDED = (*SUPPORTED, BROWSER)
# What a snippet may import in the browser besides the standard library: the
# runner unpacks pympler when a program imports it (runner/build.py), and the
# Pyodide tests install it (harness/pyodide_runs.py). A snippet that imports
# anything else runs natively only: its block says so where the Run control
# would be (extensions/run_targets.py), and the Pyodide tests skip it, saying
# why (tests/test_snippets_pyodide.py). Both ask `browser_cannot_run()`.
BROWSER_PACKAGES = frozenset({"pympler"})
# Standard-library modules newer than some Python that reads these imports
# (the site builds on 3.11 or newer, whose `sys.stdlib_module_names` lack
# them); the browser's 3.14 has them. tests/test_native_only.py checks this
# against the browser's own standard library.
NEWER_STANDARD_LIBRARY = frozenset({"annotationlib", "compression"})
# Why the browser lacks other packages: the runner has Pyodide's core
# runtime from npm (the `pyodide` package), which holds none of the
# packages Pyodide builds for WebAssembly, and ships pympler's wheel itself.
WHY_NOT_IN_BROWSER = "the browser's Python here has Pyodide's core runtime and pympler, and no other package"
RECORD_SUFFIX = ".txt"

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

# A snippet that needs a newer Python than the oldest supported one says so in
# a line readers see too, such as `# requires: Python 3.12` (new syntax, or a
# name the standard library gained). Older versions do not check its output:
# the tests check instead that it fails there, so the line stays true; the
# pages' version tabs name only the versions that run it.
REQUIRES_LINE = re.compile(r"^# requires: Python (?P<version>3\.\d+)[ \t]*$", re.M)


def running_version() -> str:
    return "{}.{}".format(*sys.version_info[:2])


def run_title(version: str) -> str:
    """How messages and records name a recorded version: "Python 3.14", or
    "Python 3.14 in the browser (Pyodide, WebAssembly)"."""
    if version == BROWSER:
        return f"Python {version.removeprefix('pyodide-')} in the browser (Pyodide, WebAssembly)"
    return f"Python {version}"


def imported_modules(text: str) -> set[str]:
    """The modules a program imports by absolute name, anywhere in it. A
    program that does not parse (newer syntax than this Python's, say)
    imports nothing here: its run reports the syntax error, naming the line."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def imported_packages(text: str) -> set[str]:
    """The top-level packages a program imports, anywhere in it, the standard
    library left out."""
    names = {name.partition(".")[0] for name in imported_modules(text)}
    return names - set(sys.stdlib_module_names) - NEWER_STANDARD_LIBRARY


def browser_cannot_run(text: str) -> str | None:
    """Why the browser's Python cannot run this program, in one sentence, or
    None when it can: a package it imports is not in BROWSER_PACKAGES, or it
    requires a newer Python (`# requires: Python 3.15`)."""
    if not runs_on(text, BROWSER):
        return (
            f"This example runs only outside the browser: it requires Python {required_version(text)}, "
            f"and the browser's Python (Pyodide) here is {BROWSER.removeprefix('pyodide-')}."
        )
    lacking = sorted(imported_packages(text) - BROWSER_PACKAGES)
    if not lacking:
        return None
    names = lacking[0] if len(lacking) == 1 else ", ".join(lacking[:-1]) + " and " + lacking[-1]
    return f"This example runs only outside the browser: it imports {names}, and {WHY_NOT_IN_BROWSER}."


def snippet_files() -> list[Path]:
    """Every snippet program, records excluded, in a stable order."""
    return sorted(p for p in SNIPPETS.rglob("*.py") if RECORDS not in p.parents)


def browser_snippets() -> list[Path]:
    """The snippets the browser's Python runs: those `browser_cannot_run()`
    finds nothing against, which get a Run control."""
    return [p for p in snippet_files() if not browser_cannot_run(p.read_text(encoding="utf-8"))]


def record_path(snippet: Path, version: str) -> Path:
    return (RECORDS / version / snippet.relative_to(SNIPPETS)).with_suffix(RECORD_SUFFIX)


def relative(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


class RecordError(ValueError):
    """A record that cannot be read against its snippet; the message names file and line."""


RECORD_ANCHOR = re.compile(r"^@ (?P<line>\d+)(?: (?P<code>.*))?$")
RECORD_HASH = re.compile(r"^# .*Code sha256: (?P<hash>[0-9a-f]+)$")
RECORD_HEADER = (
    "# {snippet} on {version} ({interpreter}): the `#>` lines that differ, after the line named.\n"
    "# Written by `make update-outputs`. Code sha256: {hash}\n"
)


def code_hash(text: str) -> str:
    return hashlib.sha256(code_only(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Record:
    path: Path
    code_hash: str | None = None
    hash_line: int = 1
    # anchor (line of the snippet, 0 for the top) -> its `#>` lines, each with
    # its own line number in the record
    blocks: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    # anchor -> (line of the record that names it, the code it names)
    anchors: dict[int, tuple[int, str]] = field(default_factory=dict)


def read_record(path: Path) -> Record:
    record = Record(path)
    where = relative(path)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        anchor = RECORD_ANCHOR.match(line)
        if anchor:
            at = int(anchor["line"])
            if record.blocks and at <= max(record.blocks):
                raise RecordError(f"{where}:{n}: line {at} comes after line {max(record.blocks)}; anchors go in order")
            record.blocks[at] = []
            record.anchors[at] = (n, anchor["code"] or "")
        elif record.blocks and OUTPUT_LINE.match(line):
            record.blocks[max(record.blocks)].append((n, line))
        elif not record.blocks and line.startswith("# "):
            found = RECORD_HASH.match(line)
            if found:
                record.code_hash, record.hash_line = found["hash"], n
        else:
            raise RecordError(f"{where}:{n}: expected a `# ` header line, `@ <line> <code>` or a `#>` line: {line!r}")
    if record.code_hash is None:
        raise RecordError(f"{where}:1: no `Code sha256: ...` header line; run `make update-outputs`")
    return record


@dataclass
class Expected:
    """A version's whole program, and where each of its lines comes from."""

    text: str
    origins: list[tuple[Path, int]]

    def where(self, line: int) -> str:
        if 1 <= line <= len(self.origins):
            path, n = self.origins[line - 1]
            return f"{relative(path)}:{n}"
        return f"{relative(self.origins[0][0])}:{line}"

    def relocate(self, message: str, as_run: Path) -> str:
        """Point `<as_run>:<line>` in a message (lines of this text) at the
        snippet or record line it came from."""
        pattern = re.compile(re.escape(relative(as_run)) + r":(\d+)")
        return pattern.sub(lambda m: self.where(int(m[1])), message)


def expected(snippet: Path, version: str) -> Expected:
    """The program with the `#>` lines that `version` must print."""
    reference = snippet.read_text(encoding="utf-8").splitlines(keepends=True)
    path = record_path(snippet, version)
    if version == REFERENCE or not path.exists():
        return Expected("".join(reference), [(snippet, n) for n in range(1, len(reference) + 1)])
    record = read_record(path)
    for at, (n, code) in record.anchors.items():
        line = reference[at - 1].rstrip("\r\n") if 0 < at <= len(reference) else None
        if at and (line is None or line != code or OUTPUT_LINE.match(line)):
            raise RecordError(
                f"{relative(path)}:{n}: line {at} of {relative(snippet)} is no longer `{code}`: "
                "the record is stale; run `make update-outputs`"
            )
    lines: list[str] = []
    origins: list[tuple[Path, int]] = []

    def add(text: str, origin: tuple[Path, int]) -> None:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.append(text)
        origins.append(origin)

    replaced = 0 in record.blocks
    for n, text in record.blocks.get(0, []):
        add(text + "\n", (path, n))
    for number, line in enumerate(reference, 1):
        if OUTPUT_LINE.match(line):
            if not replaced:
                add(line, (snippet, number))
            continue
        add(line, (snippet, number))
        replaced = number in record.blocks
        for n, text in record.blocks.get(number, []):
            add(text + "\n", (path, n))
    return Expected("".join(lines), origins)


def expected_text(snippet: Path, version: str) -> str:
    """The whole program with the `#>` lines that `version` must print."""
    return expected(snippet, version).text


def output_blocks(text: str) -> tuple[list[int], dict[int, list[str]]]:
    """The code lines of a program, and the `#>` lines under each (0: the top)."""
    code, blocks, anchor = [], {}, 0
    for n, line in enumerate(text.splitlines(), 1):
        if OUTPUT_LINE.match(line):
            blocks.setdefault(anchor, []).append(line)
        else:
            anchor = n
            code.append(n)
    return code, blocks


def record_text(snippet: Path, version: str, text: str) -> str | None:
    """The record of `text` (the program with `version`'s output) against
    the snippet, or None when it prints the same."""
    reference = snippet.read_text(encoding="utf-8")
    if code_only(text) != code_only(reference):
        raise RecordError(f"{relative(snippet)}: the run's program is not the snippet's code")
    reference_code, reference_blocks = output_blocks(reference)
    code, blocks = output_blocks(text)
    reference_lines = reference.splitlines()
    body = []
    for mine, theirs in zip([0, *code], [0, *reference_code], strict=True):
        if blocks.get(mine, []) != reference_blocks.get(theirs, []):
            code_line = reference_lines[theirs - 1] if theirs else ""
            body.append(f"@ {theirs} {code_line}" if code_line else f"@ {theirs}")
            body += blocks.get(mine, [])
    if not body:
        return None
    run = load_runs().get(version)
    header = RECORD_HEADER.format(
        snippet=relative(snippet),
        version=run_title(version),
        interpreter=interpreter_description(run) if run else "interpreter not recorded",
        hash=code_hash(reference),
    )
    return header + "".join(line + "\n" for line in body)


def save_output(snippet: Path, version: str, text: str) -> None:
    """Keep what `version` printed: in the snippet itself for the reference,
    in a record of the differences for the others (none when there are none).
    A record's header names the interpreter that pythons.json holds for
    `version`: the update notes it before it saves any output."""
    if version == REFERENCE:
        if snippet.read_text(encoding="utf-8") != text:
            snippet.write_text(text, encoding="utf-8")
        return
    path = record_path(snippet, version)
    record = record_text(snippet, version, text)
    if record is None:
        path.unlink(missing_ok=True)
    elif not path.exists() or path.read_text(encoding="utf-8") != record:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(record, encoding="utf-8")


def record_problems(version: str) -> list[str]:
    """What is wrong with `version`'s records: unreadable, stale (the code
    changed since), redundant (prints what the reference prints) or orphaned
    (no such snippet), each naming the file and, where there is one, the line."""
    problems = []
    folder = RECORDS / version
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        where = relative(path)
        snippet = (SNIPPETS / path.relative_to(folder)).with_suffix(".py")
        if path.suffix != RECORD_SUFFIX:
            problems.append(f"{where}: not a record (records are `<name>{RECORD_SUFFIX}`, written by `make update-outputs`)")
            continue
        if not snippet.is_file():
            problems.append(f"{where}: its snippet {relative(snippet)} no longer exists")
            continue
        if not runs_on(snippet.read_text(encoding="utf-8"), version):
            required = required_version(snippet.read_text(encoding="utf-8"))
            problems.append(f"{where}: {relative(snippet)} requires Python {required}; {version} records nothing for it")
            continue
        try:
            record = read_record(path)
            expected(snippet, version)
        except RecordError as error:
            problems.append(str(error))
            continue
        if record.code_hash != code_hash(snippet.read_text(encoding="utf-8")):
            problems.append(f"{where}:{record.hash_line}: stale, the code of {relative(snippet)} changed since")
            continue
        _, reference_blocks = output_blocks(snippet.read_text(encoding="utf-8"))
        for at, block in record.blocks.items():
            if [text for _, text in block] == reference_blocks.get(at, []):
                n = record.anchors[at][0]
                problems.append(f"{where}:{n}: prints the same as the reference after line {at}")
        if not record.blocks:
            problems.append(f"{where}: records no difference from the reference")
    return problems


def required_version(text: str) -> str | None:
    """The Python a snippet says it needs (`# requires: Python 3.12`), or None."""
    match = REQUIRES_LINE.search(text)
    return match["version"] if match else None


def version_key(version: str) -> tuple[int, ...]:
    """3.9 < 3.10: "3.12" or "pyodide-3.14" as a tuple of numbers."""
    return tuple(int(part) for part in version.removeprefix("pyodide-").split("."))


def runs_on(text: str, version: str) -> bool:
    """Whether `version` (a supported version, or the browser's) is new
    enough for this snippet's `# requires:` line."""
    required = required_version(text)
    return required is None or version_key(version) >= version_key(required)


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


def version_groups(snippet: Path) -> list[tuple[list[str], str]]:
    """Supported versions grouped by the program (with output) they print.

    The reference group comes first; versions with no record print what the
    reference prints. Versions older than a `# requires:` line are left out.
    """
    groups: dict[str, list[str]] = {}
    text = snippet.read_text(encoding="utf-8")
    for version in (v for v in SUPPORTED if runs_on(text, v)):
        groups.setdefault(expected_text(snippet, version), []).append(version)
    ordered = sorted(groups.items(), key=lambda group: REFERENCE not in group[1])
    return [(versions, text) for text, versions in ordered]


def load_runs() -> dict[str, dict[str, str]]:
    if not RUNS_FILE.exists():
        return {}
    return json.loads(RUNS_FILE.read_text(encoding="utf-8"))


def this_interpreter() -> dict[str, str]:
    """The running interpreter and its platform, as pythons.json holds them."""
    return {
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "system": platform.system(),
        "machine": platform.machine(),
    }


def record_this_run() -> None:
    """Note which interpreter and platform produced this version's outputs."""
    record_run(running_version(), this_interpreter())


def record_run(version: str, interpreter: dict[str, str]) -> None:
    """Note the interpreter (implementation, version) and the platform (system,
    machine) that produced `version`'s outputs, e.g. CPython 3.14.2 on
    Emscripten wasm32."""
    runs = load_runs()
    runs[version] = {key: interpreter[key] for key in ("implementation", "version", "system", "machine")}
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


def interpreter_description(run: dict[str, str]) -> str:
    """The interpreter and its platform: "CPython 3.14.10, Linux x86_64,
    64-bit"; "CPython 3.14.2, WebAssembly (Emscripten wasm32, 32-bit)"."""
    return f"{run['implementation']} {run['version']}, {platform_description(run)}"


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

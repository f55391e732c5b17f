"""What the type checker reports on a snippet, kept beside it and checked like output.

A snippet opts in with a line readers see too:

    # type checker: mypy

(not `# mypy: ...`, which mypy reads as inline configuration). Under the
reference Python, the snippet tests run the mypy that requirements-snippets.txt
pins on it, with the fixed options in `MYPY_OPTIONS`, and compare what it
reports with `snippets/<page>/<name>.mypy.txt`; `--update-examples` rewrites
that file. extensions/type_reports.py shows it under the snippet's block,
labelled with the mypy version its header names, which the tests hold to the
pin. The file starts with two header lines:

    # mypy 2.4.1 on snippets/typing/box.py, --python-version 3.15, run by CPython 3.15.2.
    # Written by `make update-outputs`. File sha256: 5d41402abc4b2a76
    box.py:14: error: Argument 1 to "Box" has incompatible type "str"; expected "int"  [arg-type]
    ...

The hash is of the whole snippet, `#>` lines included (mypy's line numbers
count them), so the build refuses a report the snippet has moved on from.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from harness.outputs import REFERENCE, ROOT, SNIPPETS, relative, snippet_files

CHECKED_LINE = re.compile(r"^# type checker: mypy[ \t]*$", re.M)
REPORT_SUFFIX = ".mypy.txt"
PINS = ROOT / "requirements-snippets.txt"

# One configuration for every report, whatever config file or environment the
# machine has: mypy's defaults (what `mypy file.py` reports), each error with
# the line it is on and a caret under the part concerned (--pretty), the
# summary line kept as mypy writes it. No cache: a report never depends on an
# earlier run. The target is the reference version (`--python-version`); an
# update checks that every other version the snippet runs on gets the same
# report, since the page shows one.
MYPY_OPTIONS = (
    "--config-file=",
    "--pretty",
    "--no-color-output",
    "--no-incremental",
    "--cache-dir=/dev/null",
)
# --pretty wraps messages at the terminal's width; the page wraps them itself.
MYPY_ENVIRONMENT = {"MYPY_FORCE_TERMINAL_WIDTH": "10000", "MYPY_FORCE_COLOR": "0"}

REPORT_HEADER = re.compile(
    r"^# mypy (?P<mypy>\S+) on (?P<snippet>\S+), --python-version (?P<target>\S+), run by (?P<python>.+)\.\n"
    r"# Written by `make update-outputs`\. File sha256: (?P<hash>[0-9a-f]+)\n"
)


class ReportError(ValueError):
    """A report that cannot be used; the message names file and line."""


def is_checked(snippet: Path) -> bool:
    return bool(CHECKED_LINE.search(snippet.read_text(encoding="utf-8")))


def checked_snippets() -> list[Path]:
    return [snippet for snippet in snippet_files() if is_checked(snippet)]


def report_path(snippet: Path) -> Path:
    return snippet.with_name(snippet.stem + REPORT_SUFFIX)


def file_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def pinned_mypy() -> str:
    """The mypy version requirements-snippets.txt pins."""
    found = re.search(r"^mypy==(?P<version>\S+)", PINS.read_text(encoding="utf-8"), re.M)
    if not found:
        raise ReportError(f"{relative(PINS)}: no `mypy==...` line; the type checker's version must be pinned")
    return found["version"]


def installed_mypy() -> str:
    from mypy.version import __version__

    return __version__


def run_mypy(snippet: Path, target: str = REFERENCE) -> str:
    """What mypy reports on the snippet for Python `target`, as it prints it,
    run from the snippet's folder so that each line names the file as the
    block's title ends."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *MYPY_OPTIONS, f"--python-version={target}", snippet.name],
        cwd=snippet.parent,
        env={**os.environ, **MYPY_ENVIRONMENT},
        capture_output=True,
        text=True,
    )
    # 0: no error, 1: errors reported; anything else is mypy failing to run.
    if result.returncode not in (0, 1) or result.stderr.strip():
        raise ReportError(f"{relative(snippet)}:1: mypy did not run (exit code {result.returncode}):\n{result.stderr}")
    return result.stdout


def report_text(snippet: Path, body: str) -> str:
    return (
        f"# mypy {installed_mypy()} on {relative(snippet)}, --python-version {REFERENCE}, "
        f"run by {platform.python_implementation()} {platform.python_version()}.\n"
        f"# Written by `make update-outputs`. File sha256: {file_hash(snippet.read_text(encoding='utf-8'))}\n"
        + body
    )


@dataclass
class Report:
    path: Path
    mypy: str
    target: str
    file_hash: str
    body: str


def read_report(snippet: Path) -> Report:
    """The snippet's report, checked against the snippet and the pin."""
    path = report_path(snippet)
    where = relative(path)
    if not path.is_file():
        raise ReportError(f"{relative(snippet)}:1: says `# type checker: mypy` but has no {where}; run `make update-outputs`")
    text = path.read_text(encoding="utf-8")
    header = REPORT_HEADER.match(text)
    if not header:
        raise ReportError(f"{where}:1: not a report's two header lines; run `make update-outputs`")
    report = Report(path, header["mypy"], header["target"], header["hash"], text[header.end():])
    if header["snippet"] != relative(snippet):
        raise ReportError(f"{where}:1: names {header['snippet']}, not {relative(snippet)}")
    if report.file_hash != file_hash(snippet.read_text(encoding="utf-8")):
        raise ReportError(f"{where}:2: stale, {relative(snippet)} changed since; run `make update-outputs`")
    if report.mypy != pinned_mypy():
        raise ReportError(
            f"{where}:1: written by mypy {report.mypy}, but {relative(PINS)} pins {pinned_mypy()}; run `make update-outputs`"
        )
    if report.target != REFERENCE:
        raise ReportError(f"{where}:1: checked for Python {report.target}, not the reference {REFERENCE}; run `make update-outputs`")
    return report


def first_difference(recorded: str, reported: str) -> int:
    """1-based line of the report file (headers counted) where the two bodies part."""
    old, new = recorded.splitlines(), reported.splitlines()
    for n, (a, b) in enumerate(zip(old, new, strict=False), 1):
        if a != b:
            return n + 2
    return min(len(old), len(new)) + 3


def orphan_reports() -> list[str]:
    """Reports with no snippet, or whose snippet no longer opts in."""
    problems = []
    for path in sorted(SNIPPETS.rglob("*" + REPORT_SUFFIX)):
        snippet = path.with_name(path.name.removesuffix(REPORT_SUFFIX) + ".py")
        if not snippet.is_file():
            problems.append(f"{relative(path)}: its snippet {relative(snippet)} no longer exists")
        elif not is_checked(snippet):
            problems.append(f"{relative(path)}: {relative(snippet)} has no `# type checker: mypy` line")
    return problems

"""Every snippet prints, on the Python running the tests, what the site shows.

pytest-examples runs each snippet in a fresh module with `print` mocked and
compares the output with the `#>` lines under each `print`. This module adds
what the library leaves out: `#>` lines that no `print` produced, a clean
failure naming file and line when a snippet raises, and one expected output
per Python version (see tools/snippet_outputs.py).

`pytest --update-examples` rewrites the expected output for the running
version: the snippet itself under the reference version, its record under the
others.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample
from ruff.__main__ import find_ruff_bin
from snippet_outputs import (
    OUTPUT_LINE,
    REFERENCE,
    ROOT,
    SNIPPETS,
    SUPPORTED,
    code_only,
    expected_file,
    record_path,
    record_this_run,
    running_version,
    snippet_files,
)

VERSION = running_version()

# Wide enough that pytest-examples never wraps a one-line output into a block.
NO_WRAPPING = 10_000


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.fixture(scope="module", autouse=True)
def _note_the_interpreter_after_an_update(request):
    yield
    if request.config.getoption("update_examples"):
        record_this_run()


@pytest.mark.parametrize("snippet", snippet_files(), ids=lambda p: relative(p))
def test_every_snippet_prints_what_its_page_shows(snippet: Path, eval_example: EvalExample):
    eval_example.set_config(line_length=NO_WRAPPING)
    prints = PrintRecorder()
    eval_example.include_print = prints

    if eval_example.update_examples:
        # Always run the current code, so a stale record is replaced, not patched.
        example = load(snippet)
        before = example.source
        problems = run(eval_example.run_print_update, example)
        # We write the file ourselves: a record may have to be created or removed.
        eval_example.to_update.clear()
        if not problems:
            printed = moved_lines(before, example.source, prints.lines)
            save_output(snippet, without_orphans(example, printed))
    else:
        example = load(expected_file(snippet, VERSION))
        problems = run(eval_example.run_print_check, example)
        problems += [
            f"{relative(example.path)}:{n}: `#>` line with no print above it"
            for n in orphan_lines(example, prints.lines)
        ]
    problems += [
        f"{relative(example.path)}:{n}: this print writes several lines; "
        "print one line at a time so each gets its own `#>` line"
        for n in sorted(prints.multiline)
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_snippets_pass_ruff():
    # Lints only; the formatter is kept off snippets (pyproject.toml) because
    # it would turn every `#>` into `# >`.
    result = subprocess.run(
        [find_ruff_bin(), "check", "--no-cache", "--output-format=concise", relative(SNIPPETS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("version", [v for v in SUPPORTED if v != REFERENCE])
def test_version_records_match_their_snippet(version: str):
    """A record holds the snippet's current code and output that really differs."""
    problems = []
    for snippet in snippet_files():
        record = record_path(snippet, version)
        if not record.exists():
            continue
        reference_text = snippet.read_text(encoding="utf-8")
        record_text = record.read_text(encoding="utf-8")
        if code_only(record_text) != code_only(reference_text):
            problems.append(f"{relative(record)}: stale, the snippet's code changed since")
        elif record_text == reference_text:
            problems.append(f"{relative(record)}: prints the same as the reference")
    orphaned = {
        p
        for p in (SNIPPETS / "_outputs" / version).rglob("*.py")
        if not (SNIPPETS / p.relative_to(SNIPPETS / "_outputs" / version)).exists()
    }
    problems += [f"{relative(p)}: its snippet no longer exists" for p in sorted(orphaned)]
    assert not problems, (
        f"refresh with `make update-outputs` (or pytest --update-examples under Python {version}):\n"
        + "\n".join(problems)
    )


def load(path: Path) -> CodeExample:
    return CodeExample.create(path.read_text(encoding="utf-8"), path=path)


def run(check, example: CodeExample) -> list[str]:
    """Run a pytest-examples check; return what went wrong, naming file and line.

    Nothing is raised from inside the `except` blocks: the snippet's exception
    carries a traceback that pytest-examples rebuilt with made-up code objects,
    and on CPython 3.11 pytest crashes with an INTERNALERROR when it formats one.
    """
    try:
        check(example)
    except pytest.fail.Exception as failure:
        return [output_mismatch(failure.msg, example)]
    except Exception as exc:  # any error in a snippet is a failure
        return [describe_error(exc, example)]
    return []


def output_mismatch(diff: str, example: CodeExample) -> str:
    line = first_changed_line(diff)
    return (
        f"{relative(example.path)}:{line}: Python {VERSION} printed something else "
        f"('-' lines are the file, '+' lines what was printed)\n{diff}"
    )


def first_changed_line(diff: str) -> int:
    """Line number, in the file, of the first line a unified diff removes or adds."""
    line = 1
    for text in textwrap.dedent(diff.split("\n", 1)[-1]).splitlines():
        if text.startswith(("---", "+++")):
            continue
        if text.startswith("@@"):
            line = int(re.match(r"@@ -(\d+)", text).group(1))
        elif text.startswith(("-", "+")):
            return line
        else:
            line += 1
    return line


def describe_error(exc: BaseException, example: CodeExample) -> str:
    where = [
        (tb.tb_lineno, tb.tb_frame.f_code.co_name)
        for tb in walk_tb(exc.__traceback__)
        if tb.tb_frame.f_code.co_filename == str(example.path)
    ]
    line = where[-1][0] if where else 1
    lines = [f"{relative(example.path)}:{line}: the snippet raised {type(exc).__name__}: {exc}"]
    lines += [f"  {relative(example.path)}:{n} in {name}" for n, name in where]
    return "\n".join(lines)


def walk_tb(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


class PrintRecorder:
    """`include_print` hook for pytest-examples that notes where prints ran.

    It keeps pytest-examples' own rule: only prints made by the snippet's file
    are captured, not those of modules it imports.
    """

    def __init__(self):
        self.lines: set[int] = set()
        self.multiline: set[int] = set()

    def __call__(self, path: Path, frame, args) -> bool:
        if not path.samefile(frame.filename):
            return False
        self.lines.add(frame.lineno)
        if any("\n" in str(arg) for arg in args):
            self.multiline.add(frame.lineno)
        return True


def owned_output_lines(example: CodeExample, printed: set[int]) -> set[int]:
    """Line numbers of the `#>` lines right under a print that ran."""
    lines = example.source.splitlines()
    owned = set()
    for node in ast.walk(ast.parse(example.source)):
        is_print = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
        if not is_print or not any(node.lineno <= n <= node.end_lineno for n in printed):
            continue
        n = node.end_lineno + 1
        while n <= len(lines) and OUTPUT_LINE.match(lines[n - 1]):
            owned.add(n)
            n += 1
    return owned


def orphan_lines(example: CodeExample, printed: set[int]) -> list[int]:
    owned = owned_output_lines(example, printed)
    return [
        n
        for n, text in enumerate(example.source.splitlines(), 1)
        if OUTPUT_LINE.match(text) and n not in owned
    ]


def without_orphans(example: CodeExample, printed: set[int]) -> str:
    orphans = set(orphan_lines(example, printed))
    return "".join(
        line
        for n, line in enumerate(example.source.splitlines(keepends=True), 1)
        if n not in orphans
    )


def moved_lines(before: str, after: str, numbers: set[int]) -> set[int]:
    """Where the code lines at `numbers` in `before` are in `after`.

    An update changes only `#>` lines, so the code lines keep their order.
    """

    def code_lines(text: str) -> list[int]:
        return [n for n, line in enumerate(text.splitlines(), 1) if not OUTPUT_LINE.match(line)]

    new_place = dict(zip(code_lines(before), code_lines(after), strict=True))
    return {new_place[n] for n in numbers}


def save_output(snippet: Path, text: str) -> None:
    if VERSION == REFERENCE:
        if snippet.read_text(encoding="utf-8") != text:
            snippet.write_text(text, encoding="utf-8")
        return
    record = record_path(snippet, VERSION)
    if text == snippet.read_text(encoding="utf-8"):
        record.unlink(missing_ok=True)
    else:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(text, encoding="utf-8")


if VERSION not in SUPPORTED:
    sys.exit(f"Python {VERSION} is not one of the supported versions {', '.join(SUPPORTED)}")

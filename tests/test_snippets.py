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

import subprocess
import sys
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample
from ruff.__main__ import find_ruff_bin
from snippet_outputs import (
    RECORDS,
    REFERENCE,
    ROOT,
    SNIPPETS,
    SUPPORTED,
    RecordError,
    expected,
    record_problems,
    record_this_run,
    running_version,
    save_output,
    snippet_files,
)
from snippet_run import (
    NO_WRAPPING,
    PrintRecorder,
    complete_the_print_search,
    first_changed_line,
    moved_lines,
    orphan_lines,
    without_orphans,
)

VERSION = running_version()
complete_the_print_search()


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
            save_output(snippet, VERSION, without_orphans(example.source, printed))
        program = None
    else:
        try:
            program = expected(snippet, VERSION)
        except RecordError as error:
            pytest.fail(str(error), pytrace=False)
        # The snippet's code with this version's `#>` lines; every line named
        # below is then pointed at the snippet or record it came from.
        example = CodeExample.create(program.text, path=snippet)
        problems = run(eval_example.run_print_check, example)
        problems += [
            f"{relative(example.path)}:{n}: `#>` line with no print above it"
            for n in orphan_lines(example.source, prints.lines)
        ]
    problems += [
        f"{relative(example.path)}:{n}: this print writes several lines; "
        "print one line at a time so each gets its own `#>` line"
        for n in sorted(prints.multiline)
    ]
    if program:
        problems = [program.relocate(problem, example.path) for problem in problems]
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
def test_version_records_match_their_snippet(version: str, request):
    """A record holds output that really differs, for the snippet's current code."""
    if request.config.getoption("update_examples"):
        # `make update-outputs` rewrites the records one version at a time;
        # the others are stale until their turn comes.
        pytest.skip("--update-examples is rewriting the records; a test run checks them")
    problems = record_problems(version)
    assert not problems, (
        f"refresh with `make update-outputs` (or pytest --update-examples under Python {version}):\n"
        + "\n".join(problems)
    )


def test_every_record_belongs_to_a_supported_version():
    folders = sorted(p.name for p in RECORDS.glob("*") if p.is_dir())
    assert set(folders) <= set(SUPPORTED), f"records of unsupported versions in {relative(RECORDS)}: {folders}"


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


if VERSION not in SUPPORTED:
    sys.exit(f"Python {VERSION} is not one of the supported versions {', '.join(SUPPORTED)}")

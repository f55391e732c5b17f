"""Run a snippet as pytest-examples runs it, and note what it printed where.

The native snippet tests (tests/test_snippets.py) run each snippet through
pytest-examples' `EvalExample`. Under Pyodide there is no pytest session, so
harness/pyodide_runner.mjs calls `run_snippet` here inside each fresh
WebAssembly interpreter, and it drives the same library code that
`EvalExample.run_print_check` and `run_print_update` drive: `run_code` with
`print` mocked, then `InsertPrintStatements`. So how print arguments are
joined, which prints count, where `#>` lines go and how memory addresses are
rewritten is pytest-examples' own code on every interpreter, not a copy.

What the library leaves out, and both paths need, is here too:
`PrintRecorder` (which lines printed) and the `#>` bookkeeping that finds
output lines no print produced.

This module imports only the standard library at the top, so the MkDocs hook
and the tests can import it without pytest-examples' dependencies loaded.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

# The same rule as harness.outputs.OUTPUT_LINE; this file is copied into the
# WebAssembly interpreters on its own, so it cannot import that module.
OUTPUT_LINE = re.compile(r"^\s*#>( |$)")

# Wide enough that pytest-examples never wraps a one-line output into a block.
NO_WRAPPING = 10_000


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


def owned_output_lines(source: str, printed: set[int]) -> set[int]:
    """Line numbers of the `#>` lines right under a print that ran."""
    lines = source.splitlines()
    owned = set()
    for node in ast.walk(ast.parse(source)):
        is_print = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
        if not is_print or not any(node.lineno <= n <= node.end_lineno for n in printed):
            continue
        n = node.end_lineno + 1
        while n <= len(lines) and OUTPUT_LINE.match(lines[n - 1]):
            owned.add(n)
            n += 1
    return owned


def orphan_lines(source: str, printed: set[int]) -> list[int]:
    """The `#>` lines of `source` that no print which ran produced."""
    owned = owned_output_lines(source, printed)
    return [
        n
        for n, text in enumerate(source.splitlines(), 1)
        if OUTPUT_LINE.match(text) and n not in owned
    ]


def without_orphans(source: str, printed: set[int]) -> str:
    orphans = set(orphan_lines(source, printed))
    return "".join(
        line
        for n, line in enumerate(source.splitlines(keepends=True), 1)
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


def first_changed_line(diff: str) -> int:
    """Line number, in the file, of the first line that pytest-examples'
    "Print output changed code" diff removes or adds."""
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


def statement_prints(tree: ast.AST):
    """Print calls made as statements, anywhere: in any body, `else`,
    `finally`, `except` or `case` block. The site's runner
    (runner/run_snippet.py) has the same function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr):
            call = node.value
            while isinstance(call, ast.Call):
                if isinstance(call.func, ast.Name) and call.func.id == "print":
                    yield call
                    break
                call = call.func  # e.g. print(...)(...)


def complete_the_print_search() -> None:
    """Make pytest-examples find every print it runs.

    pytest-examples 0.0.18 (`run_code.find_print`) looks for the print a line
    ran only in the bodies of some statements, `elif`/`else` of an `if` and
    `except` blocks. A print in the `else` or `finally` of a `try`, the
    `else` of a loop or a `case` of a `match` is not found, and its output is
    written at column 0, outside its block. The library's `find_print_location`
    looks `find_print` up in its module each time, so replacing that function
    there completes the search for every caller.

    It also writes the output of prints that take turns in a loop where each
    belongs. 0.0.18 (`InsertPrintStatements._insert_print_statements`) goes
    through the prints backwards in the order they ran and clears a line's
    old `#>` lines each time the line changes, so with two prints in a loop
    each keeps only part of its output. Put in the order of their lines first
    (a stable sort: each line's prints stay in the order they ran), the prints
    of a line come together, and each line is cleared once.
    """
    from pytest_examples import run_code

    insert = getattr(run_code.InsertPrintStatements._insert_print_statements, "unsorted", None)
    insert = insert or run_code.InsertPrintStatements._insert_print_statements

    def insert_by_line(self, example):
        self.print_func.statements.sort(key=lambda statement: statement.line_no)
        return insert(self, example)

    insert_by_line.unsorted = insert
    run_code.InsertPrintStatements._insert_print_statements = insert_by_line

    def find_print(node: ast.AST, line: int) -> tuple[int, int] | None:
        for call in statement_prints(node):
            if call.lineno == line:
                return run_code.expr_last_line(call), call.col_offset
        return None

    run_code.find_print = find_print


class TimeLimitReached(BaseException):
    """Raised into a snippet that ran past its time limit.

    A BaseException, like KeyboardInterrupt, so a snippet's `except Exception`
    cannot swallow it; not a KeyboardInterrupt, which pytest-examples'
    `run_code` catches and turns into a print.
    """


def run_snippet(path: str, source: str, mode: str, workdir: str) -> dict:
    """Run `source` (the program `path` holds) once, as pytest-examples would.

    mode "check": the result has `mismatch` (pytest-examples' message, with its
    diff) when a `#>` line differs from what was printed, and `orphans`, the
    `#>` lines no print produced. mode "update": `updated` is the program with
    its `#>` lines rewritten from this run, orphans removed. Either way
    `multiline` lists the prints that wrote several lines, and `error`
    describes an exception the snippet raised (or the time limit), with the
    lines of `path` it went through.
    """
    import pytest
    from pytest_examples.config import ExamplesConfig
    from pytest_examples.find_examples import CodeExample
    from pytest_examples.run_code import run_code

    complete_the_print_search()
    example = CodeExample.create(source, path=Path(path))
    prints = PrintRecorder()
    # What EvalExample._run does, with the assertion-rewriting loader left
    # out: it needs a pytest session, and it only changes the message of a
    # failing `assert`, which fails either way.
    python_file = Path(workdir) / f"{example.module_name}.py"
    python_file.write_text(source, encoding="utf-8")
    result: dict = {}
    try:
        insert_print, _ = run_code(
            example=example,
            python_file=python_file,
            loader=None,
            config=ExamplesConfig(line_length=NO_WRAPPING),
            enable_print_mock=True,
            print_callback=None,
            include_print=prints,
            module_globals=None,
            call=None,
        )
        if mode == "check":
            try:
                insert_print.check_print_statements(example)
            except pytest.fail.Exception as failure:
                result["mismatch"] = failure.msg
            result["orphans"] = orphan_lines(example.source, prints.lines)
        else:
            new_code = insert_print.updated_print_statements(example)
            if new_code:
                example.source = new_code
            result["updated"] = without_orphans(example.source, moved_lines(source, example.source, prints.lines))
    except BaseException as exc:  # whatever the snippet raised is reported, not raised
        result["error"] = describe_exception(exc, {str(python_file), path})
    result["multiline"] = sorted(prints.multiline)
    return result


def describe_exception(exc: BaseException, filenames: set[str]) -> dict:
    """Type, message and the snippet's lines an exception went through.

    `run_code` rebuilds the traceback of an Exception so that its frames name
    the snippet's path; a BaseException (the time limit) keeps the frames of
    the file it ran, whose lines are the same.
    """
    where = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in filenames:
            where.append([tb.tb_lineno, tb.tb_frame.f_code.co_name])
        tb = tb.tb_next
    return {"type": type(exc).__name__, "message": str(exc), "where": where}

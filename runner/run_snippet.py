"""The Python half of the in-page runner, imported inside Pyodide's Web Worker.

`run(program, filename, check)` executes one snippet program in a new
`__main__` module, lets it print to the worker's stdout and stderr as it would
in a terminal, and, when `check` is true, says whether what it printed is what
the file's `#>` lines record, by the test harness's rule (tests/test_snippets.py
with pytest-examples):

- only prints made by the program's own file count, each as the text `print`
  would join (`sep`), with sets sorted and memory addresses replaced;
- each print's output goes under the print call, in place of the `#>` lines
  already there; a line printed again after another line's print replaces the
  earlier block, as pytest-examples rewrites it;
- a `#>` line under no print that ran, a print of several lines, or an
  uncaught exception is a difference.

The harness, not this module, is the authority: tests/test_runner.py checks
that both agree on every snippet, natively, before the browser test relies on
this one.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import linecache
import re
import sys
import traceback
import types

OUTPUT_LINE = re.compile(r"^\s*#>( |$)")
# What pytest-examples removes under a print before writing the new output.
REPLACED_LINE = re.compile(r"^ *#> ")
ADDRESS = re.compile(r"0x[a-f0-9]{8,12}>")
# The harness's line length (NO_WRAPPING in tests/test_snippets.py).
LINE_LENGTH = 10_000

# Pyodide imports these while it starts (and the snapshot holds their state):
# a program that uses them gets new copies, so no run sees another's state.
FRESH_EACH_RUN = {"random"}

_print = builtins.print
_baseline: set[str] | None = None


def printed_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, set):
        return "{" + ", ".join(repr(item) for item in sorted(value)) + "}"
    return ADDRESS.sub("0x0123456789ab>", str(value))


def run(program: str, filename: str, check: bool) -> dict:
    """Run `program` as `__main__`; return the verdict (None when not checked)."""
    global _baseline
    if _baseline is None:
        _baseline = set(sys.modules) - FRESH_EACH_RUN
    for name in set(sys.modules) - _baseline:
        del sys.modules[name]  # so every run imports them afresh
    with open(filename, "w", encoding="utf-8") as file:
        file.write(program)
    linecache.checkcache()

    prints: list[tuple[int, str, list[str]]] = []

    def recording_print(*args, sep=" ", **kwargs):
        # Only a check needs them: an edited program that prints forever
        # must not fill the memory with records.
        caller = sys._getframe(1) if check else None
        if caller is not None and caller.f_code.co_filename == filename:
            prints.append((caller.f_lineno, " " if sep is None else sep, [printed_text(a) for a in args]))
        _print(*args, sep=sep, **kwargs)

    module = types.ModuleType("__main__")
    module.__file__ = filename
    module.__builtins__ = builtins
    previous_main = sys.modules.get("__main__")
    sys.modules["__main__"] = module
    builtins.print = recording_print
    raised = None
    try:
        # dont_inherit: this module's `from __future__` must not reach the program.
        exec(compile(program, filename, "exec", dont_inherit=True), module.__dict__)
    except BaseException as exc:  # the reader's program: report anything
        raised = f"{type(exc).__name__}: {exc}"
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != filename:
            tb = tb.tb_next  # hide this module's frame
        if isinstance(exc, SyntaxError):
            tb = None
        sys.stderr.write("".join(traceback.format_exception(type(exc), exc, tb)))
    finally:
        builtins.print = _print
        if previous_main is not None:
            sys.modules["__main__"] = previous_main
        sys.stdout.flush()
        sys.stderr.flush()
    if not check:
        return {"checked": False}
    return verdict(program, prints, raised)


def verdict(source: str, prints: list[tuple[int, str, list[str]]], raised: str | None) -> dict:
    problems = []
    if raised:
        problems.append(f"the program raised {raised}")
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return {"checked": True, "same": False, "problems": problems, "diff": []}
    lines = source.splitlines()
    annotated = list(lines)
    previous = None
    # By line, then in the order they ran (as harness/run.py sorts
    # pytest-examples' prints), so that prints taking turns in a loop each
    # get all their output.
    for line, sep, args in reversed(sorted(prints, key=lambda p: p[0])):
        after, column = print_location(tree, line)
        if line != previous:
            while after < len(annotated) and REPLACED_LINE.match(annotated[after]):
                del annotated[after]
        text = sep.join(args)
        if "\n" in text or len(text) + 3 >= LINE_LENGTH - column:
            problems.append(f"line {line}: a print that writes several lines")
        annotated.insert(after, " " * column + "#> " + text)
        previous = line
    printed = {line for line, _, _ in prints}
    orphans = sorted(set(output_lines(lines)) - owned_lines(tree, lines, printed))
    problems += [f"line {n}: a `#>` line with no print above it" for n in orphans]
    with_prints = "\n".join(annotated) + "\n"
    same_text = source in (with_prints, re.sub(r"[ \t]+\n", "\n", with_prints))
    diff = [] if same_text else list(
        difflib.unified_diff(source.splitlines(), with_prints.splitlines(), "recorded", "printed", n=0, lineterm="")
    )
    return {"checked": True, "same": same_text and not problems, "problems": problems, "diff": diff[2:]}


def statement_prints(tree: ast.AST):
    """Print calls made as statements, anywhere: in any body, `else`,
    `finally`, `except` or `case` block. pytest-examples 0.0.18 looks in only
    some of them; the harness completes its search the same way
    (harness/run.py, `complete_the_print_search`)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr):
            call = node.value
            while isinstance(call, ast.Call):
                if isinstance(call.func, ast.Name) and call.func.id == "print":
                    yield call
                    break
                call = call.func  # e.g. print(...)(...)


def print_location(tree: ast.Module, line: int) -> tuple[int, int]:
    """(index of the line after the print's last line, the print's column).

    A print the search does not find (inside an expression, say) gets its
    output under the line that ran, at column 0, as in pytest-examples.
    """
    for call in statement_prints(tree):
        if call.lineno == line:
            return last_line(call), call.col_offset
    return line, 0


def last_line(node: ast.expr) -> int:
    """The line a print's output goes under: where its last argument ends,
    plus one for the closing bracket when the call spans several lines."""
    if isinstance(node, ast.Call):
        last = node.keywords[-1].value if node.keywords else (node.args[-1] if node.args else None)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        last = node.elts[-1] if node.elts else None
    elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        generator = node.generators[-1]
        last = generator.ifs[-1] if generator.ifs else generator.iter
    else:
        return node.lineno
    if last is None:
        return node.lineno
    end = last_line(last)
    return node.lineno if end == node.lineno else end + 1


def output_lines(lines: list[str]) -> list[int]:
    return [n for n, text in enumerate(lines, 1) if OUTPUT_LINE.match(text)]


def owned_lines(tree: ast.Module, lines: list[str], printed: set[int]) -> set[int]:
    """The `#>` lines right under a print call that ran (by its whole extent)."""
    owned = set()
    for node in ast.walk(tree):
        is_print = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
        if is_print and any(node.lineno <= n <= node.end_lineno for n in printed):
            n = node.end_lineno + 1
            while n <= len(lines) and OUTPUT_LINE.match(lines[n - 1]):
                owned.add(n)
                n += 1
    return owned

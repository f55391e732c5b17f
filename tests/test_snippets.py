"""Every snippet prints, on the Python running the tests, what the site shows.

pytest-examples runs each snippet in a fresh module with `print` mocked and
compares the output with the `#>` lines under each `print`. This module adds
what the library leaves out: `#>` lines that no `print` produced, a clean
failure naming file and line when a snippet raises, and one expected output
per Python version (see harness/outputs.py).

Each snippet runs in a forked child process, so whatever it changes (a patched
module, the working directory, the `random` state, a thread left running) ends
with it, and under a time limit (`run` says how), so a snippet that never ends
fails naming the line it was stuck on while the other tests go on.

`pytest --update-examples` rewrites the expected output for the running
version: the snippet itself under the reference version, its record under the
others.
"""

from __future__ import annotations

import contextlib
import difflib
import faulthandler
import gc
import importlib
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pytest
from conftest import CHECKED_BY
from pytest_examples import CodeExample, EvalExample
from ruff.__main__ import find_ruff_bin

from harness.outputs import (
    RECORDED,
    RECORDS,
    REFERENCE,
    ROOT,
    SNIPPETS,
    SUPPORTED,
    RecordError,
    expected,
    imported_modules,
    record_problems,
    record_this_run,
    required_version,
    running_version,
    runs_on,
    save_output,
    snippet_files,
    this_interpreter,
    time_limit,
)
from harness.run import (
    NO_WRAPPING,
    PrintRecorder,
    complete_the_print_search,
    first_changed_line,
    moved_lines,
    orphan_lines,
    without_orphans,
)
from harness.type_reports import (
    ReportError,
    checked_snippets,
    first_difference,
    installed_mypy,
    orphan_reports,
    pinned_mypy,
    read_report,
    report_path,
    report_text,
    run_mypy,
)

VERSION = running_version()
complete_the_print_search()

# A snippet still running at its time limit gets an exception at the line it
# is on. One that does not stop for it (stuck in C code, or catching
# everything) is ended GRACE seconds later by faulthandler, which first writes
# where every thread was; the parent kills the child KILL_AFTER seconds after
# that if it is somehow still there.
GRACE = 3
KILL_AFTER = 5


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.fixture(scope="module", autouse=True)
def _note_the_interpreter_for_an_update(request):
    """An update names this interpreter in pythons.json first: each record
    it writes names it too."""
    if request.config.getoption("update_examples"):
        record_this_run()
    CHECKED_BY[VERSION] = this_interpreter()


@pytest.fixture(scope="module", autouse=True)
def _warm_up_before_forking(request, tmp_path_factory):
    """Do once, in pytest's process, the work every child would otherwise
    repeat: import every module a snippet imports, and run one tiny example
    through pytest-examples (it fills the caches of `inspect`, `re` and black
    that each print uses). A child gets its own copy of all this as it was
    before the fork: what one snippet changes still ends with its child."""
    for name in sorted({name for snippet in snippet_files() for name in imported_modules(snippet.read_text(encoding="utf-8"))} - {"__future__"}):
        with contextlib.suppress(ImportError):  # the snippet's own run reports it
            importlib.import_module(name)
    warm_up = EvalExample(tmp_path=tmp_path_factory.mktemp("warm_up"), pytest_request=request)
    warm_up.set_config(line_length=NO_WRAPPING)
    warm_up.run_print_check(CodeExample.create('print("warm", [1])\n#> warm [1]\n', path=Path("warm_up.py")))


@pytest.mark.parametrize("snippet", snippet_files(), ids=lambda p: relative(p))
def test_every_snippet_prints_what_its_page_shows(snippet: Path, eval_example: EvalExample):
    if not runs_on(snippet.read_text(encoding="utf-8"), VERSION):
        fails_as_it_says(snippet)
    eval_example.set_config(line_length=NO_WRAPPING)
    prints = PrintRecorder()
    eval_example.include_print = prints

    if eval_example.update_examples:
        # Always run the current code, so a stale record is replaced, not patched.
        example = load(snippet)
        before = example.source
        problems = run(eval_example.run_print_update, example, prints)
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
        problems = run(eval_example.run_print_check, example, prints)
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


def fails_as_it_says(snippet: Path) -> None:
    """A snippet older versions cannot run (`# requires: Python 3.12`): it
    must fail here, or the line is not true; then its output is not checked."""
    required = required_version(snippet.read_text(encoding="utf-8"))
    result = subprocess.run([sys.executable, snippet], cwd=snippet.parent, capture_output=True, text=True, timeout=60)
    if result.returncode == 0:
        pytest.fail(
            f"{relative(snippet)}:1: says `# requires: Python {required}`, yet runs on Python {VERSION}: "
            "lower the version or remove the line",
            pytrace=False,
        )
    last = (result.stderr.strip().splitlines() or ["(no message)"])[-1]
    pytest.skip(f"requires Python {required}; on {VERSION} it fails as it should: {last}")


def test_snippets_pass_ruff():
    # Lints only; the formatter is kept off snippets (pyproject.toml) because
    # it would turn every `#>` into `# >`. A snippet that requires a newer
    # Python is linted for that version, the rest for the oldest supported.
    by_target: dict[str | None, list[str]] = {}
    for snippet in snippet_files():
        by_target.setdefault(required_version(snippet.read_text(encoding="utf-8")), []).append(relative(snippet))
    newer = [path for target, paths in by_target.items() if target for path in paths]
    runs = [[relative(SNIPPETS), *(f"--extend-exclude={path}" for path in newer)]]
    runs += [[f"--target-version=py{target.replace('.', '')}", *paths] for target, paths in by_target.items() if target]
    for arguments in runs:
        result = subprocess.run(
            [find_ruff_bin(), "check", "--no-cache", "--output-format=concise", *arguments],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("snippet", checked_snippets(), ids=lambda p: relative(p))
def test_type_checker_reports_what_its_page_shows(snippet: Path, request):
    """mypy, as requirements-snippets.txt pins it, reports on the snippet what
    its `.mypy.txt` file holds (harness/type_reports.py). Under the reference
    Python only: the report is for the reference's typeshed
    (`--python-version`), which does not depend on the interpreter running
    mypy, and one run keeps the other versions' tests fast."""
    if VERSION != REFERENCE:
        pytest.skip(f"the type checker's reports are checked under the reference Python {REFERENCE}")
    if installed_mypy() != pinned_mypy():
        pytest.fail(
            f"this environment has mypy {installed_mypy()}, requirements-snippets.txt pins {pinned_mypy()}: "
            "make the environment again (`make test` does when the pins change)",
            pytrace=False,
        )
    try:
        body = run_mypy(snippet)
    except ReportError as error:
        pytest.fail(str(error), pytrace=False)
    path = report_path(snippet)
    if request.config.getoption("update_examples"):
        # The page shows one report: it must hold for every version the
        # snippet runs on, not only for the reference.
        source = snippet.read_text(encoding="utf-8")
        for target in (v for v in SUPPORTED if v != REFERENCE and runs_on(source, v)):
            try:
                other = run_mypy(snippet, target)
            except ReportError as error:
                pytest.fail(str(error), pytrace=False)
            if other != body:
                diff = "\n".join(difflib.unified_diff(body.splitlines(), other.splitlines(), REFERENCE, target, lineterm=""))
                pytest.fail(
                    f"{relative(snippet)}:1: mypy reports something else for --python-version {target} than for "
                    f"{REFERENCE}, and the page shows one report; give the snippet `# requires: Python` the "
                    f"first version whose report it shows, or split it\n{diff}",
                    pytrace=False,
                )
        text = report_text(snippet, body)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        return
    try:
        recorded = read_report(snippet).body
    except ReportError as error:
        pytest.fail(str(error), pytrace=False)
    if recorded != body:
        diff = "\n".join(
            difflib.unified_diff(recorded.splitlines(), body.splitlines(), "recorded", f"mypy {installed_mypy()}", lineterm="")
        )
        pytest.fail(
            f"{relative(path)}:{first_difference(recorded, body)}: mypy {installed_mypy()} reports something else "
            f"('-' lines are the file, '+' lines what mypy reported; `make update-outputs` rewrites it)\n{diff}",
            pytrace=False,
        )


def test_every_type_report_belongs_to_a_checked_snippet():
    problems = orphan_reports()
    assert not problems, "remove these, or put the line back in their snippet:\n" + "\n".join(problems)


@pytest.mark.skipif(
    VERSION != REFERENCE,
    reason=f"the second hash seed runs under the reference Python {REFERENCE}, whose outputs the pages show",
)
def test_outputs_do_not_depend_on_the_hash_seed():
    """Every snippet prints the same under a second PYTHONHASHSEED.

    The order of a set of strings changes with the seed, which is random in
    each new interpreter unless PYTHONHASHSEED fixes it (the Makefile fixes 0).
    A fork shares its parent's seed, so the snippets run again in a new pytest.
    Once, under the reference version: the order of a set depends on the seed
    on every version alike, and a second run on each would double their time.
    """
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", relative(Path(__file__)),
         "-k", "test_every_snippet_prints_what_its_page_shows"],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        f"Under PYTHONHASHSEED={seed} (this run: {os.environ.get('PYTHONHASHSEED', 'random')}) "
        "these snippets fail; one that passes in this run prints something that depends on "
        "hash order, such as a set: sort what it prints.\n" + result.stdout + result.stderr
    )


@pytest.mark.parametrize("version", [v for v in RECORDED if v != REFERENCE])
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
    assert set(folders) <= set(RECORDED), f"records of unsupported versions in {relative(RECORDS)}: {folders}"


def load(path: Path) -> CodeExample:
    return CodeExample.create(path.read_text(encoding="utf-8"), path=path)


class TimeLimitExceeded(BaseException):
    """Raised inside a snippet at its time limit. Not an `Exception`, so that a
    snippet's `except Exception` does not swallow it (nor pytest-examples'
    own handler, which would rewrite its traceback)."""


def run(check, example: CodeExample, prints: PrintRecorder) -> list[str]:
    """Run a pytest-examples check in a forked child; return what went wrong.

    The child runs the snippet under its time limit and sends back, through a
    pipe, the problems it found as text, the lines whose prints ran and, after
    an update, the snippet's new text; then it ends with `os._exit`, taking
    with it whatever state the snippet changed. No exception crosses from the
    child to pytest.
    """
    limit = time_limit(example.source)
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryFile() as stacks:
        # The child's garbage collector then leaves pytest's objects alone,
        # instead of touching, and so copying, every page of them.
        gc.freeze()
        with warnings.catch_warnings():
            # In `make test` the browser tests' site server is still running in
            # a thread. Python 3.12+ warns that a child forked then could find
            # a lock held by that thread and wait for it forever; here the
            # time limit's backstop would end such a child, saying where it was.
            warnings.filterwarnings("ignore", r".*is multi-threaded, use of fork\(\)", DeprecationWarning)
            pid = os.fork()
        if pid == 0:
            os.close(read_end)
            run_in_child(check, example, prints, limit, write_end, stacks)
        gc.unfreeze()
        os.close(write_end)
        report = read_until(read_end, pid, time.monotonic() + limit + GRACE + KILL_AFTER)
        _, status = os.waitpid(pid, 0)
        stacks.seek(0)
        dumped = stacks.read().decode("utf-8", "replace")
    if report is None:
        return [died(example, limit, os.waitstatus_to_exitcode(status), dumped)]
    prints.lines.update(report["lines"])
    prints.multiline.update(report["multiline"])
    example.source = report["source"]
    return report["problems"]


def run_in_child(check, example: CodeExample, prints: PrintRecorder, limit: int, pipe: int, stacks) -> None:
    """Run the snippet and write the report; never return into pytest."""
    try:
        problems = run_with_time_limit(check, example, limit, stacks)
        report = {
            "problems": problems,
            "lines": sorted(prints.lines),
            "multiline": sorted(prints.multiline),
            "source": example.source,
        }
        with os.fdopen(pipe, "wb") as out:
            out.write(json.dumps(report).encode())
    finally:
        os._exit(0)


def run_with_time_limit(check, example: CodeExample, limit: int, stacks) -> list[str]:
    # A crash, or a hang the alarm cannot break, writes every thread's stack.
    faulthandler.enable(stacks)
    faulthandler.dump_traceback_later(limit + GRACE, exit=True, file=stacks)
    signal.signal(signal.SIGALRM, time_is_up)
    try:
        try:
            # Again every second, in case the snippet catches the first one.
            signal.setitimer(signal.ITIMER_REAL, limit, 1)
            check(example)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except pytest.fail.Exception as failure:
        return [output_mismatch(failure.msg, example)]
    except TimeLimitExceeded as exc:
        return [describe_timeout(exc, example, limit)]
    except BaseException as exc:  # any error in a snippet is a failure, SystemExit too
        return [describe_error(exc, example)]
    return []


def time_is_up(signum, frame):
    raise TimeLimitExceeded


def read_until(fd: int, pid: int, deadline: float) -> dict | None:
    """The child's report, or None if it ended without one or ran past the deadline."""
    chunks = []
    with os.fdopen(fd, "rb", buffering=0) as pipe:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([pipe], [], [], remaining)[0]:
                os.kill(pid, signal.SIGKILL)
                return None
            chunk = pipe.read(1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    return json.loads(b"".join(chunks)) if chunks else None


def output_mismatch(diff: str, example: CodeExample) -> str:
    line = first_changed_line(diff)
    return (
        f"{relative(example.path)}:{line}: Python {VERSION} printed something else "
        f"('-' lines are the file, '+' lines what was printed)\n{diff}"
    )


def describe_error(exc: BaseException, example: CodeExample) -> str:
    where = snippet_frames(exc, example)
    line = where[-1][0] if where else 1
    lines = [f"{relative(example.path)}:{line}: the snippet raised {type(exc).__name__}: {exc}"]
    lines += [f"  {relative(example.path)}:{n} in {name}" for n, name in where]
    return "\n".join(lines)


def describe_timeout(exc: TimeLimitExceeded, example: CodeExample, limit: int) -> str:
    where = snippet_frames(exc, example)
    line = where[-1][0] if where else 1
    lines = [f"{relative(example.path)}:{line}: {still_running(limit)}; it was running:"]
    lines += [f"  {relative(example.path)}:{n} in {name}" for n, name in where]
    return "\n".join(lines)


def still_running(limit: int) -> str:
    return f"still running after its time limit of {limit} s (a line `# time limit: N s` in the snippet sets another)"


def snippet_frames(exc: BaseException, example: CodeExample) -> list[tuple[int, str]]:
    """(line, function) of each frame of the snippet in the traceback, outermost first."""
    return [
        (tb.tb_lineno, tb.tb_frame.f_code.co_name)
        for tb in walk_tb(exc.__traceback__)
        if is_snippet_file(tb.tb_frame.f_code.co_filename, example)
    ]


def is_snippet_file(filename: str, example: CodeExample) -> bool:
    # pytest-examples runs a copy of the snippet, with the same lines, written
    # to a temporary folder under this name; the tracebacks it rewrites name
    # the snippet itself.
    return filename == str(example.path) or Path(filename).name == f"{example.module_name}.py"


# One frame of a faulthandler dump: `  File "/path/x.py", line 3 in spin`.
DUMPED_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+) in (?P<name>\S+)', re.M)


def died(example: CodeExample, limit: int, exit_code: int, dumped: str) -> str:
    """What to say when the child ended without a report: stopped by the
    backstop, killed, crashed or exited on its own."""
    where = [
        (int(m["line"]), m["name"])
        for m in DUMPED_FRAME.finditer(dumped)
        if is_snippet_file(m["file"], example)
    ]
    # faulthandler lists the innermost frame first.
    line = where[0][0] if where else 1
    if dumped.startswith("Timeout"):
        what = f"{still_running(limit)}, and did not stop when interrupted (stuck in C code?)"
    elif exit_code == -signal.SIGKILL:
        what = f"{still_running(limit)}; its process was killed"
    else:
        what = f"the snippet's process ended (exit code {exit_code}) before reporting"
    if dumped:
        what += "; where each thread was, innermost frame first:"

    def named(frame: re.Match) -> str:
        file = relative(example.path) if is_snippet_file(frame["file"], example) else frame["file"]
        return f"  {file}:{frame['line']} in {frame['name']}"

    return "\n".join([f"{relative(example.path)}:{line}: {what}", *DUMPED_FRAME.sub(named, dumped).splitlines()])


def walk_tb(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


if VERSION not in SUPPORTED:
    sys.exit(f"Python {VERSION} is not one of the supported versions {', '.join(SUPPORTED)}")

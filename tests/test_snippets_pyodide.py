"""Every snippet prints, in the browser's Python, what the Run control expects.

The in-page runner runs each example in Pyodide: CPython 3.14.2 compiled to
32-bit WebAssembly, from npm. This test runs them as it does, in Node
(harness/pyodide_runner.mjs), against the browser's own record
(`BROWSER` in harness/outputs.py); native 3.14 has records of its own. Each snippet starts in a fresh interpreter, and
runs through pytest-examples' own code (harness/run.py), so the checks
are the native ones: a `#>` line that differs from what was printed, a `#>`
line no print made, a print of several lines, and an exception or a run past
the time limit, each naming the file and line.

A snippet that imports a package the browser's Python lacks (not in
BROWSER_PACKAGES, harness/outputs.py) is not run: its test is skipped, the
reason naming the snippet and the package, and its page says the same under
the block instead of offering Run (extensions/run_targets.py).

`pytest --update-examples` records what these versions print, as the native
versions' tests do (harness/outputs.py). Without Node.js or the npm
packages the tests skip and say what is missing; in CI (`CI` set) they fail.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import CHECKED_BY

from harness.outputs import (
    PYODIDE,
    RecordError,
    browser_cannot_run,
    expected,
    record_run,
    relative,
    run_title,
    save_output,
    snippet_files,
    time_limit,
)
from harness.pyodide_runs import missing, start
from harness.run import first_changed_line

SNIPPETS = snippet_files()
# Snippet -> why the browser cannot run it, for those it cannot.
NATIVE_ONLY = {s: reason for s in SNIPPETS if (reason := browser_cannot_run(s.read_text(encoding="utf-8")))}


def browser_param(snippet: Path):
    """The snippet as a test parameter: skipped, saying why, where the
    browser's Python cannot run it."""
    reason = NATIVE_ONLY.get(snippet)
    marks = [pytest.mark.skip(reason=f"{relative(snippet)}: {reason}")] if reason else []
    return pytest.param(snippet, marks=marks, id=relative(snippet))


@pytest.fixture(scope="session")
def pyodide_runs(request):
    """The runs the selected tests need (both versions, every snippet, unless
    `-k` chose fewer), started together the first time a test asks."""
    update = request.config.getoption("update_examples")
    selected: dict[str, list[Path]] = {}
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if item.path == Path(__file__) and "version" in params and params["snippet"] not in NATIVE_ONLY:
            selected.setdefault(params["version"], []).append(params["snippet"])
    runs, problems, programs = {}, {}, {}
    for version, snippets in selected.items():
        reason = missing(version)
        if reason:
            runs[version] = reason
            continue
        programs[version] = {}
        for snippet in snippets:
            try:
                # An update runs the snippet's current code; a check runs the
                # program with this version's expected output.
                program = None if update else expected(snippet, version)
            except RecordError as error:
                problems[version, snippet] = str(error)
                continue
            programs[version][snippet] = program
        texts = {s: (p.text if p else s.read_text(encoding="utf-8")) for s, p in programs[version].items()}
        runs[version] = start(version, texts, "update" if update else "check")
    finished = {}

    def result(version: str, snippet: Path):
        run = runs[version]
        if isinstance(run, str):
            if os.environ.get("CI"):
                pytest.fail(f"CI must run the snippets on {run_title(version)}: {run}", pytrace=False)
            pytest.skip(run)
        if (version, snippet) in problems:
            pytest.fail(problems[version, snippet], pytrace=False)
        if version not in finished:
            finished[version] = run.results()
            CHECKED_BY[version] = finished[version][0]
            if update:
                record_run(version, finished[version][0])
        return programs[version][snippet], finished[version][1][snippet]

    return result


@pytest.mark.parametrize("snippet", [browser_param(s) for s in SNIPPETS])
@pytest.mark.parametrize("version", list(PYODIDE))
def test_every_snippet_prints_what_its_page_shows(version: str, snippet: Path, pyodide_runs, request):
    program, result = pyodide_runs(version, snippet)
    name = relative(snippet)
    who = run_title(version)
    problems = []
    error = result.get("error")
    if error and error["type"] == "TimeLimitReached":
        where = error["where"]
        line = where[-1][0] if where else 1
        limit = time_limit(program.text if program else snippet.read_text(encoding="utf-8"))
        running = f"it was running line {line}" if where else error["message"]
        problems.append(
            f"{name}:{line}: {who} stopped the snippet at its time limit of {limit} s; {running}. "
            "A snippet that needs longer says so in a `# time limit: N s` line."
        )
        problems += [f"  {name}:{n} in {function}" for n, function in where]
    elif error:
        where = error["where"]
        line = where[-1][0] if where else 1
        problems.append(f"{name}:{line}: the snippet raised {error['type']}: {error['message']}")
        problems += [f"  {name}:{n} in {function}" for n, function in where]
    if "mismatch" in result:
        diff = result["mismatch"]
        problems.append(
            f"{name}:{first_changed_line(diff)}: {who} printed something else "
            f"('-' lines are the file, '+' lines what was printed)\n{diff}"
        )
    problems += [f"{name}:{n}: `#>` line with no print above it" for n in result.get("orphans", [])]
    problems += [
        f"{name}:{n}: this print writes several lines; print one line at a time so each gets its own `#>` line"
        for n in result["multiline"]
    ]
    if problems and result["output"]:
        problems.append(f"It also wrote, not through print:\n{result['output']}")
    if program:
        problems = [program.relocate(problem, snippet) for problem in problems]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    if not program:
        save_output(snippet, version, result["updated"])

"""The harness catches, on CPython 3.14 and 3.15 (Pyodide), what it promises.

Like tests/test_harness.py: each test plants snippets and records in a scratch
copy of the project and runs the real tests on it. The Pyodide runs are the
slow part (a few seconds each on a quiet machine), so one run per version
checks every planted fault at once.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import copy_project

from harness.outputs import BROWSER, PYODIDE, ROOT, code_hash, run_title
from harness.pyodide_runs import missing

GREETING = """\
def greet(name: str) -> str:
    return f"Hello, {name}!"


print(greet("Jane"))
#> Hello, Jane!
"""

ONLY_ON_314 = """\
import sys


def check() -> None:
    if sys.version_info[:2] == (3, 14):
        raise RuntimeError("only on 3.14")


check()
print("done")
#> done
"""

HANGS = """\
# time limit: 1 s
print("start")
#> start
while True:
    pass
"""

# Prints True from 3.14 on; the snippet holds False, as a version before 3.14 prints.
NEWER = """\
import sys

print(sys.version_info >= (3, 14))
#> False
"""


def a_record(snippet_text: str, version: str, body: str) -> str:
    """A record of `snippet_text` as `make update-outputs` writes one."""
    return (
        f"# snippets/demo/greeting.py on Python {version}: the `#>` lines that differ, after the line named.\n"
        f"# Written by `make update-outputs`. Code sha256: {code_hash(snippet_text)}\n" + body
    )


def make_project(root: Path, snippets: dict[str, str], records: dict[str, str] | None = None) -> Path:
    copy_project(root)
    if (ROOT / "node_modules").is_dir():
        (root / "node_modules").symlink_to(ROOT / "node_modules")
    for name, text in {**snippets, **(records or {})}.items():
        path = root / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def pyodide_tests(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", "tests/test_snippets_pyodide.py", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def needs_pyodide():
    for version in PYODIDE:
        reason = missing(version)
        if reason:
            if os.environ.get("CI"):
                pytest.fail(reason, pytrace=False)
            pytest.skip(reason)


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> str:
    """One check run of both versions over every planted fault."""
    needs_pyodide()
    project = make_project(
        tmp_path_factory.mktemp("planted"),
        {"demo/greeting.py": GREETING, "demo/only_on_314.py": ONLY_ON_314, "demo/hangs.py": HANGS},
        {
            f"_outputs/{version}/demo/greeting.txt": a_record(
                GREETING, version, '@ 5 print(greet("Jane"))\n#> Hello, Julia!\n'
            )
            for version in PYODIDE
        },
    )
    result = pyodide_tests(project)
    assert result.returncode == 1, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize("version", list(PYODIDE))
def test_a_changed_output_line_in_a_record_fails_naming_file_and_line(planted, version):
    assert (
        f"snippets/_outputs/{version}/demo/greeting.txt:4: {run_title(version)} printed something else"
    ) in planted
    assert "-#> Hello, Julia!" in planted
    assert "+#> Hello, Jane!" in planted


def test_a_snippet_that_raises_only_on_314_fails_there_naming_file_and_line(planted):
    # Failing tests are listed by their id; passing ones are not.
    assert f"test_every_snippet_prints_what_its_page_shows[{BROWSER}-snippets/demo/only_on_314.py]" in planted
    assert "snippets/demo/only_on_314.py:6: the snippet raised RuntimeError: only on 3.14" in planted
    assert "snippets/demo/only_on_314.py:9 in <module>" in planted


@pytest.mark.parametrize("version", list(PYODIDE))
def test_a_hanging_snippet_is_stopped_naming_file_and_line(planted, version):
    stopped = re.search(
        rf"snippets/demo/hangs.py:(\d): {re.escape(run_title(version))} stopped the snippet "
        r"at its time limit of 1 s; it was running line (\d)",
        planted,
    )
    assert stopped, planted
    assert stopped[1] == stopped[2] and stopped[1] in "45"


def test_an_update_records_only_what_differs_and_the_platform(tmp_path):
    needs_pyodide()
    project = make_project(tmp_path, {"demo/newer.py": NEWER})
    result = pyodide_tests(project, "--update-examples")
    assert result.returncode == 0, result.stdout + result.stderr
    runs = json.loads((project / "snippets/_outputs/pythons.json").read_text(encoding="utf-8"))
    for version in PYODIDE:
        record = (project / f"snippets/_outputs/{version}/demo/newer.txt").read_text(encoding="utf-8")
        assert record.splitlines()[2:] == ["@ 3 print(sys.version_info >= (3, 14))", "#> True"]
        assert runs[version]["implementation"] == "CPython"
        assert runs[version]["version"].startswith(version.removeprefix("pyodide-") + ".")
        assert (runs[version]["system"], runs[version]["machine"]) == ("Emscripten", "wasm32")
    assert (project / "snippets/demo/newer.py").read_text(encoding="utf-8") == NEWER
    # The record reads back as the whole program with that version's output
    # (what the next check run runs, and what the tabs and the runner show).
    whole = subprocess.run(
        [sys.executable, "-c", "from pathlib import Path; from harness.outputs import expected_text; "
         "print(expected_text(Path('snippets/demo/newer.py').resolve(), 'pyodide-3.14'), end='')"],
        cwd=project, capture_output=True, text=True, check=True,
    ).stdout
    assert whole == NEWER.replace("#> False", "#> True")


def records_test(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_snippets.py", "-k", "version_records or record_belongs"],
        cwd=project,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    ("version", "record", "message"),
    [
        # 3.10 as well: the format and its checks are the same for native versions.
        *[
            (
                version,
                a_record(GREETING.replace("Hello", "Hi"), version, '@ 5 print(greet("Jane"))\n#> Hi, Jane?\n'),
                f"snippets/_outputs/{version}/demo/greeting.txt:2: stale, the code of snippets/demo/greeting.py changed since",
            )
            for version in ("3.10", "3.14")
        ],
        (
            BROWSER,
            a_record(GREETING, BROWSER, '@ 4 print(greet("Jane"))\n#> Hi\n'),
            f'snippets/_outputs/{BROWSER}/demo/greeting.txt:3: line 4 of snippets/demo/greeting.py is no longer `print(greet("Jane"))`',
        ),
    ],
    ids=["3.10-code-changed", "3.14-code-changed", "browser-line-moved"],
)
def test_a_record_left_behind_by_a_code_change_fails(tmp_path, version, record, message):
    project = make_project(tmp_path, {"demo/greeting.py": GREETING}, {f"_outputs/{version}/demo/greeting.txt": record})
    result = records_test(project)
    assert result.returncode == 1
    assert message in result.stdout


def test_redundant_and_orphaned_records_fail(tmp_path):
    project = make_project(
        tmp_path,
        {"demo/greeting.py": GREETING},
        {
            "_outputs/3.14/demo/greeting.txt": a_record(GREETING, "3.14", '@ 5 print(greet("Jane"))\n#> Hello, Jane!\n'),
            "_outputs/3.13/demo/gone.txt": a_record(GREETING, "3.13", '@ 5 print(greet("Jane"))\n#> Hi\n'),
            "_outputs/3.13/demo/greeting.py": GREETING,
            "_outputs/3.9/demo/greeting.txt": a_record(GREETING, "3.9", '@ 5 print(greet("Jane"))\n#> Hi\n'),
        },
    )
    result = records_test(project)
    assert result.returncode == 1
    assert "snippets/_outputs/3.14/demo/greeting.txt:3: prints the same as the reference after line 5" in result.stdout
    assert "snippets/_outputs/3.13/demo/gone.txt: its snippet snippets/demo/gone.py no longer exists" in result.stdout
    assert "snippets/_outputs/3.13/demo/greeting.py: not a record" in result.stdout
    assert "records of unsupported versions" in result.stdout and "3.9" in result.stdout


def test_without_node_the_pyodide_checks_skip_saying_why_and_fail_in_ci(tmp_path):
    project = make_project(tmp_path, {"demo/greeting.py": GREETING})
    no_node = tmp_path / "empty-path"
    no_node.mkdir()
    result = pyodide_tests(project, env={"PATH": str(no_node), "CI": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SKIPPED" in result.stdout and "node not found" in result.stdout
    result = pyodide_tests(project, env={"PATH": str(no_node), "CI": "true"})
    assert result.returncode == 1
    assert f"CI must run the snippets on {run_title(BROWSER)}: node not found" in result.stdout

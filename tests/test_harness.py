"""The harness catches what it promises to catch.

Each test plants a broken snippet or page in a scratch copy of the project
and runs the real harness on it, as a maintainer's mistake would.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import mkdocs_build
from snippet_outputs import ROOT

GOOD = """\
def greet(name: str) -> str:
    return f"Hello, {name}!"


print(greet("Jane"))
#> Hello, Jane!
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    # Everything mkdocs.yml and the tests refer to, except the pages and snippets.
    for name in ("tests", "tools", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "mkdocs.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "snippets" / "demo").mkdir(parents=True)
    return tmp_path


def plant(project: Path, text: str, name: str = "demo/greeting.py") -> Path:
    path = project / "snippets" / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# The snippet environments `make test` made for the other supported versions:
# a raising snippet must fail cleanly on each (3.11 is the one that crashed).
OTHER_PYTHONS = sorted(ROOT.glob(".venv/py3.*/bin/python"))


def snippet_tests(project: Path, *args: str, python: str = sys.executable) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_snippets.py", *args],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert "INTERNALERROR" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


def test_a_correct_snippet_passes(project):
    plant(project, GOOD)
    result = snippet_tests(project)
    assert result.returncode == 0, result.stdout


def test_a_changed_output_line_fails_naming_file_and_line(project):
    plant(project, GOOD.replace("#> Hello, Jane!", "#> Hello, Julia!"))
    result = snippet_tests(project)
    assert result.returncode == 1
    assert "snippets/demo/greeting.py:6: Python" in result.stdout
    assert "-#> Hello, Julia!" in result.stdout
    assert "+#> Hello, Jane!" in result.stdout


def test_an_output_line_with_no_print_fails(project):
    plant(project, GOOD + "\n#> nothing prints this\n")
    result = snippet_tests(project)
    assert result.returncode == 1
    assert "snippets/demo/greeting.py:8: `#>` line with no print above it" in result.stdout


@pytest.mark.parametrize(
    "python", [sys.executable, *map(str, OTHER_PYTHONS)], ids=lambda p: Path(p).parent.parent.name
)
def test_a_snippet_that_raises_fails_cleanly_naming_file_and_line(project, python):
    plant(
        project,
        """\
        def average(grades: list[float]) -> float:
            return sum(grades) / len(grades)


        print(average([]))
        """,
    )
    result = snippet_tests(project, python=python)
    assert result.returncode == 1
    assert "snippets/demo/greeting.py:2: the snippet raised ZeroDivisionError" in result.stdout
    assert "snippets/demo/greeting.py:5 in <module>" in result.stdout


def test_a_print_that_writes_several_lines_fails(project):
    plant(project, 'print("one\\ntwo")\n#> one\n')
    result = snippet_tests(project)
    assert result.returncode == 1
    assert "snippets/demo/greeting.py:1: this print writes several lines" in result.stdout


def test_update_rewrites_outputs_and_nothing_else(project):
    path = plant(
        project,
        GOOD.replace("#> Hello, Jane!", "#> Hello, Julia!")
        + '\n#> a line no print makes\nprint("end")\n',
    )
    result = snippet_tests(project, "--update-examples")
    assert result.returncode == 0, result.stdout
    assert path.read_text(encoding="utf-8") == GOOD + '\nprint("end")\n#> end\n'
    assert snippet_tests(project).returncode == 0


ELSE_AND_FINALLY = """\
try:
    pass
except ValueError:
    print("caught")
else:
    print("no error")
finally:
    print("done")
for _ in range(1):
    pass
else:
    print("loop ended")
"""


def test_update_indents_outputs_in_else_and_finally_blocks(project):
    # pytest-examples 0.0.18 alone wrote these at column 0, outside the block.
    path = plant(project, ELSE_AND_FINALLY)
    result = snippet_tests(project, "--update-examples")
    assert result.returncode == 0, result.stdout
    assert path.read_text(encoding="utf-8") == ELSE_AND_FINALLY.replace(
        '"no error")\n', '"no error")\n    #> no error\n'
    ).replace('"done")\n', '"done")\n    #> done\n').replace('"loop ended")\n', '"loop ended")\n    #> loop ended\n')
    assert snippet_tests(project).returncode == 0


@pytest.mark.parametrize(
    ("include", "message"),
    [
        ("demo/missing.py", "docs/index.md:6: includes snippets/demo/missing.py, which does not exist"),
        ("demo/greeting.py:nosuch", "docs/index.md:6: snippets/demo/greeting.py has no section [start:nosuch]"),
    ],
)
def test_a_missing_include_fails_the_build_naming_page_and_line(project, include, message):
    plant(project, GOOD)
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text(f'# Demo\n\nText.\n\n```python\n--8<-- "{include}"\n```\n')
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 1
    assert message in result.stdout + result.stderr

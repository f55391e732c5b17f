from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness.outputs import ROOT, interpreter_description, load_runs, run_title


def venv_python(venv: Path) -> list[str]:
    """The command that runs a snippet environment's Python (`make test`
    makes .venv/pyX.Y): through harness/in-debian-root for one in the Debian
    root, as the Makefile notes in .venv/pyX.Y.interpreter."""
    noted = venv.with_name(venv.name + ".interpreter")
    words = noted.read_text(encoding="utf-8").split() if noted.exists() else []
    prefix = [words[0]] if words and words[0].endswith("/in-debian-root") else []
    return [*prefix, str(venv / "bin" / "python")]


def copy_project(project: Path, *also: str) -> None:
    """This project's code (the packages pyproject.toml lists, the tests and
    pyproject.toml itself), and the folders named in `also`, into `project`.

    Commands run there as `python -m ...` from `project`, which puts it first
    on sys.path: the copy's packages, not this checkout's, are imported.
    """
    import tomllib

    packages = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    for name in (*packages, "tests", *also):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "node_modules"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")


def mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `project`, as a reader's `make build` runs it."""
    if project != ROOT:
        share_runtime(project)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


def share_runtime(project: Path) -> None:
    """Let a scratch copy of the project use this checkout's Pyodide and the
    runner's start-up snapshot, as its build needs them (in CI a build without
    them fails), without copying 30 MB or making the snapshot again; and the
    npm files that pin them, which the editor bundle's cache key reads."""
    for path in (Path("node_modules"), Path(".cache", "runner")):
        if (ROOT / path).exists() and not (project / path).exists():
            (project / path).parent.mkdir(parents=True, exist_ok=True)
            (project / path).symlink_to(ROOT / path, target_is_directory=True)
    for name in ("package.json", "package-lock.json"):
        if not (project / name).exists():
            shutil.copy(ROOT / name, project / name)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site, built once per test session with `--strict`."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}{result.stderr}", pytrace=False)
    return site


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """The built site, served on a free port of 127.0.0.1 (browser/site.py)."""
    from browser.site import serve

    with serve(built_site) as url:
        yield url


# Where the runner's tests serve the site: under a sub-path, as GitHub Pages
# serves a project site.
SUB_PATH = "/dataclasses-beyond-the-basics/"


@pytest.fixture(scope="session")
def runner_site(built_site):
    """The built site with its runner, served under SUB_PATH: its URL, and the
    list of responses the server has sent (browser/site.py's Transfer)."""
    from browser.site import serve
    from runner.build import runtime_missing

    reason = runtime_missing()
    if reason:
        message = f"the site was built without the runner: {reason}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    transfers: list = []
    with serve(built_site, transfers=transfers, prefix=SUB_PATH) as url:
        yield url, transfers


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test: Debian's, else Playwright's."""
    from playwright.sync_api import sync_playwright

    from browser.site import launch_chromium

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


# The interpreter that checked each version's outputs in this run, noted by
# the snippet tests (native and Pyodide) for the summary below.
CHECKED_BY: dict[str, dict[str, str]] = {}


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """For each version checked: the interpreter that recorded its outputs,
    and the one that checked them here (a new patch release shows as a
    difference between the two)."""
    runs = load_runs()
    for version, checked in sorted(CHECKED_BY.items()):
        recorded = runs.get(version)
        line = (
            f"{run_title(version)}: outputs recorded by "
            f"{interpreter_description(recorded) if recorded else 'no recorded interpreter'}; "
            f"checked by {interpreter_description(checked)}"
        )
        if recorded and recorded["version"] != checked["version"]:
            line += " (another patch release: where it prints otherwise, the tests above say so)"
        terminalreporter.write_line(line)

"""Run snippets under Pyodide's CPython 3.14 and 3.15 from Python.

harness/pyodide_runner.mjs does the running, in Node; this module prepares its
request and reads its answer, for tests/test_snippets_pyodide.py and
bench/suite.py.

Pympler and pytest-examples (with its pure-Python dependencies) are installed
into each interpreter offline: their files are copied from the Python
environment that runs the tests, as its own package metadata lists them.
Compiled files (`.so`) are left out; every package involved also ships its
Python source (black's compiled modules have their `.py` beside them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from importlib.metadata import distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from harness.outputs import (
    BROWSER_PACKAGES,
    PYODIDE,
    ROOT,
    relative,
    run_title,
    time_limit,
)

RUNNER = ROOT / "harness" / "pyodide_runner.mjs"
HARNESS = ROOT / "harness" / "run.py"
# What a snippet may import besides the standard library (a snippet that
# imports anything else is not run here), and what the harness needs to run
# one as pytest-examples does.
REQUIREMENTS = (*sorted(BROWSER_PACKAGES), "pytest-examples")


def missing(version: str) -> str | None:
    """Why Pyodide `version` cannot run here, or None."""
    if not shutil.which("node"):
        return (
            f"node not found: {run_title(version)} runs under Node.js. "
            "Install Node.js with npm and run `make test` (it runs `npm ci`)."
        )
    package = ROOT / "node_modules" / PYODIDE[version] / "pyodide.mjs"
    if not package.is_file():
        return f"{relative(package)} is missing: run `npm ci` (`make test` runs it) to install Pyodide for {run_title(version)}."
    return None


def requirement_files(names=REQUIREMENTS) -> list[dict[str, str]]:
    """The installed files of `names` and of everything they require,
    as {from: path here, to: path inside site-packages}."""
    seen: dict[str, object] = {}
    todo = list(names)
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        dist = seen[name] = distribution(name)
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    files = []
    for dist in seen.values():
        for file in dist.files or []:
            name = file.as_posix()
            if name.startswith("../") or "__pycache__" in name or name.endswith((".so", ".pyc", ".pyd")):
                continue
            files.append({"from": str(dist.locate_file(file)), "to": name})
    return files


@dataclass
class Run:
    """One runner process: a Pyodide version running a list of snippets."""

    version: str
    process: subprocess.Popen
    output: tempfile._TemporaryFileWrapper
    paths: list[Path]

    def results(self) -> tuple[dict[str, str], dict[Path, dict]]:
        """Wait for the runner; the interpreter it ran and each snippet's result."""
        self.process.wait()
        self.output.seek(0)
        interpreter, results = None, {}
        for line in self.output.read().decode("utf-8").splitlines():
            message = json.loads(line)
            if "fatal" in message:
                raise RuntimeError(f"Pyodide {self.version} runner failed: {message['fatal']}")
            if "interpreter" in message:
                interpreter = message["interpreter"]
            else:
                results[self.paths[message["id"]]] = message["result"]
        self.output.close()
        if self.process.returncode or interpreter is None or len(results) != len(self.paths):
            raise RuntimeError(
                f"Pyodide {self.version} runner exited with {self.process.returncode} "
                f"after {len(results)} of {len(self.paths)} snippets"
            )
        return interpreter, results


def start(version: str, programs: dict[Path, str], mode: str, workers: int | None = None) -> Run:
    """Start running each program (snippet path -> text to run) in a fresh
    interpreter of Pyodide `version`; mode "check" or "update"."""
    paths = list(programs)
    request = {
        "pyodide": str(ROOT / "node_modules" / PYODIDE[version]),
        "files": requirement_files(),
        "harness": str(HARNESS),
        "jobs": [
            {"id": i, "path": relative(path), "source": programs[path], "mode": mode, "time_limit": time_limit(programs[path])}
            for i, path in enumerate(paths)
        ],
        "workers": workers or max(1, (os.cpu_count() or 1) // len(PYODIDE)),
        # The hash seed the tests run under, if one is set, so string and set
        # order behave as in the native runs.
        "env": {key: os.environ[key] for key in ("PYTHONHASHSEED",) if key in os.environ},
    }
    # Answers go to a file: a pipe that nobody reads while the other version
    # runs would stall the runner's event loop, and with it the time limits.
    output = tempfile.TemporaryFile()  # noqa: SIM115 (closed by Run.results)
    process = subprocess.Popen(["node", str(RUNNER)], cwd=ROOT, stdin=subprocess.PIPE, stdout=output)
    process.stdin.write(json.dumps(request).encode("utf-8"))
    process.stdin.close()
    return Run(version, process, output, paths)

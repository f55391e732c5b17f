"""Time what the project promises to keep fast, and print a table.

    make bench                       # via the Makefile, every Python found
    .venv/docs/bin/python -m bench.suite [X.Y ...] [--setup]
    .venv/docs/bin/python -m bench.suite --pyodide   # only the browser's Python (Pyodide)
    .venv/docs/bin/python -m bench.suite --debian-root   # what the Debian root costs
    .venv/docs/bin/python -m bench.suite --records   # only the sizes of the records

Reports the median of several runs of: the snippet tests under each Python,
the snippet tests in the browser's Python (Pyodide) (what they add to `make
test`), `mkdocs build --strict`, running the notebook page on its own, and
(with --setup) a fresh virtual environment plus install of requirements.txt,
then the size of the notebook page's HTML and of the version records
(snippets/_outputs/) against the repository, and the load average. Figures are wall-clock seconds on this
machine; they go into closing notes and CONTRIBUTING.md, never into an assertion.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
NOTEBOOK = "docs/slots_lab.ipynb"


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds of the command and its children
    (on a shared machine the load changes the first, far less the second)."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return wall, cpu


def median_of(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float, float]:
    runs = [timed(command, env) for _ in range(RUNS)]
    walls = sorted(wall for wall, _ in runs)
    return statistics.median(walls), walls[0], walls[-1], statistics.median(cpu for _, cpu in runs)


def row(label: str, figures: tuple[float, float, float, float]) -> str:
    median, low, high, cpu = figures
    return f"| {label} | {median:.2f} | {low:.2f} to {high:.2f} | {cpu:.2f} |"


def main(argv: list[str]) -> None:
    setup = "--setup" in argv
    versions = [a for a in argv if not a.startswith("--")]
    docs_python = sys.executable
    rows = [
        f"| what (median of {RUNS} runs) | seconds | range | CPU seconds (median) |",
        "| --- | --- | --- | --- |",
    ]

    # The site's Python runs no snippet tests: each version has its own environment.
    for version in versions:
        python = snippet_python(version)
        figures = median_of([*python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_snippets.py"])
        rows.append(row(f"snippet tests, Python {version}", figures))
    figures = median_of([docs_python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_snippets_pyodide.py"])
    rows.append(row("snippet tests, the browser's Python (Pyodide)", figures))

    mkdocs = [docs_python, "-m", "mkdocs", "build", "--strict", "--site-dir"]
    with tempfile.TemporaryDirectory() as site:
        quiet = {"NO_MKDOCS_2_WARNING": "1"}
        rows.append(row("mkdocs build --strict, Markdown pages only", median_of(
            [*mkdocs, site], {**quiet, "SITE_SKIP_NOTEBOOKS": "1"})))
        rows.append(row("mkdocs build --strict, whole site", median_of([*mkdocs, site], quiet)))
        page_bytes = (Path(site) / Path(NOTEBOOK).stem / "index.html").stat().st_size
    rows.append(row(f"{NOTEBOOK} alone, kernel start included", median_of(
        [docs_python, "-m", "nbconvert", "--to", "notebook", "--execute", "--stdout", NOTEBOOK])))

    if setup:
        with tempfile.TemporaryDirectory() as venv:
            seconds = timed([docs_python, "-m", "venv", venv])[0]
            seconds += timed([f"{venv}/bin/python", "-m", "pip", "install", "-q", "-r", "requirements.txt"])[0]
        rows.append(f"| fresh venv + pip install -r requirements.txt (pip cache warm) | {seconds:.2f} | one run | |")

    print(f"Python {sys.version.split()[0]} on {os.uname().sysname} {os.uname().machine}, "
          f"{os.cpu_count()} CPUs, load average at the start "
          "{:.2f} {:.2f} {:.2f}\n".format(*os.getloadavg()))
    print("\n".join(rows))
    print(f"\n{NOTEBOOK} as a page: {page_bytes:,} bytes of HTML")
    print(record_sizes())
    print("load average (1, 5, 15 min) at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


def snippet_python(version: str) -> list[str]:
    """The command of a snippet environment's Python, through
    harness/in-debian-root for one in the Debian root (as the Makefile runs it)."""
    noted = ROOT / ".venv" / f"py{version}.interpreter"
    words = noted.read_text(encoding="utf-8").split() if noted.exists() else []
    prefix = [words[0]] if words and words[0].endswith("/in-debian-root") else []
    return [*prefix, str(ROOT / ".venv" / f"py{version}" / "bin" / "python")]


def debian_root() -> None:
    """What the Debian root costs: making it cold (in a new folder) and warm
    (nothing to do), its size, and a snippet environment made in it."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {"DEBIAN_ROOT": f"{scratch}/root"}
        cold = timed([str(ROOT / "harness" / "debian-root")], env)
        warm = median_of([str(ROOT / "harness" / "debian-root")], env)
        size = subprocess.run(["du", "-sh", f"{scratch}/root"], capture_output=True, text=True, check=True).stdout.split()[0]
    print(f"| harness/debian-root, cold (new root, mmdebstrap installed) | {cold[0]:.2f} | one run | {cold[1]:.2f} |")
    print(row("harness/debian-root, warm (nothing to do)", warm))
    print(f"root size (du -sh): {size}")
    with tempfile.TemporaryDirectory(dir=ROOT / ".venv") as venv:
        in_root = str(ROOT / "harness" / "in-debian-root")
        seconds = timed([in_root, "python3.15", "-m", "venv", venv])[0]
        seconds += timed([in_root, f"{venv}/bin/python", "-m", "pip", "install", "-q", "-r", "requirements-snippets.txt"])[0]
    print(f"| a snippet environment in the root, Python 3.15 (pip cache warm) | {seconds:.2f} | one run | |")


def record_sizes() -> str:
    """Files, lines and bytes of the version records against all tracked text."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    totals = {"records": [0, 0, 0], "repository": [0, 0, 0]}
    for name in filter(None, tracked.decode().split("\0")):
        path = ROOT / name
        if not path.is_file() or name.endswith("package-lock.json"):
            continue
        data = path.read_bytes()
        if b"\0" in data:
            continue
        for key in ("repository", "records") if name.startswith("snippets/_outputs/") else ("repository",):
            totals[key][0] += 1
            totals[key][1] += data.count(b"\n")
            totals[key][2] += len(data)
    files, lines, size = totals["records"]
    share = lines / totals["repository"][1] * 100
    return (f"snippets/_outputs: {files} files, {lines:,} lines, {size:,} bytes; "
            f"{share:.1f} % of the {totals['repository'][1]:,} lines of tracked text (package-lock.json aside)")


if __name__ == "__main__":
    if "--records" in sys.argv:
        print(record_sizes())
    elif "--debian-root" in sys.argv:
        debian_root()
    elif "--pyodide" in sys.argv:
        # Only what the Pyodide run adds to `make test`.
        print("load average at the start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        print(row("snippet tests, the browser's Python (Pyodide)", median_of(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_snippets_pyodide.py"])))
        print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    else:
        main(sys.argv[1:])

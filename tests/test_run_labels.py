"""Tabs, the picker and the home page say what produced each output.

A recorded output belongs to an interpreter and a platform (pythons.json): a
32-bit WebAssembly build prints other sizes than a native 64-bit one, and the
labels must keep readers from taking one for the other. The entries here are
made up in the shape `record_this_run` writes; nothing is planted in
snippets/_outputs.
"""

from __future__ import annotations

import re

import pytest

from extensions import version_tabs
from harness.outputs import (
    END_OF_LIFE,
    VERSIONS_PAGE,
    load_runs,
    platform_description,
    versions_label,
)
from hooks import version_picker


def run(version: str, system: str = "Linux", machine: str = "x86_64") -> dict[str, str]:
    return {"implementation": "CPython", "version": version, "system": system, "machine": machine}


NATIVE = {v: run(f"{v}.1") for v in ("3.10", "3.11", "3.12", "3.13")}
PYODIDE = {"3.14": run("3.14.2", "Emscripten", "wasm32"), "3.15": run("3.15.0rc1", "Emscripten", "wasm32")}
RUNS = NATIVE | PYODIDE


@pytest.mark.parametrize(
    ("versions", "label"),
    [
        (["3.12"], "Python 3.12"),
        (["3.11", "3.12", "3.13"], "Python 3.11, 3.12, 3.13"),
        (["3.14"], "Python 3.14 (WebAssembly, 32-bit)"),
        (["3.14", "3.15"], "Python 3.14, 3.15 (WebAssembly, 32-bit)"),
        (["3.12", "3.13", "3.14"], "Python 3.12, 3.13 (64-bit); 3.14 (WebAssembly, 32-bit)"),
        (["3.10", "3.14", "3.15"], "Python 3.10 (64-bit); 3.14, 3.15 (WebAssembly, 32-bit)"),
    ],
)
def test_a_label_says_which_versions_ran_where(versions, label):
    assert versions_label(versions, RUNS) == label


def test_other_platforms_are_named_too():
    runs = {
        "3.12": run("3.12.1", "Linux", "i686"),
        "3.13": run("3.13.0", "Darwin", "arm64"),
        "3.14": run("3.14.2", "Emscripten", "wasm64"),
    }
    assert versions_label(["3.12"], runs) == "Python 3.12 (32-bit)"
    assert versions_label(["3.13"], runs) == "Python 3.13"
    assert versions_label(["3.14"], runs) == "Python 3.14 (WebAssembly, 64-bit)"
    assert versions_label(["3.12", "3.13"], runs) == "Python 3.12 (32-bit); 3.13 (64-bit)"


def test_a_version_with_no_recorded_run_claims_no_platform():
    assert versions_label(["3.16"], RUNS) == "Python 3.16"
    assert versions_label(["3.14", "3.16"], RUNS) == "Python 3.14 (WebAssembly, 32-bit); 3.16"


def test_the_runs_table_names_each_platform_and_the_end_of_life(monkeypatch):
    monkeypatch.setattr(version_tabs, "load_runs", lambda: RUNS)
    rows = version_tabs.runs_table("docs/index.md").splitlines()
    assert "| 3.14 | CPython 3.14.2 | WebAssembly (Emscripten wasm32, 32-bit) |  |" in rows
    assert "| 3.12 | CPython 3.12.1 | Linux x86_64, 64-bit |  |" in rows
    (eol,) = [row for row in rows if row.startswith("| 3.10 |")]
    assert f"[end of life]({VERSIONS_PAGE}) since 2026-10-31" in eol


def test_the_picker_offers_each_version_labelled_as_its_tabs_are(monkeypatch):
    monkeypatch.setattr(version_picker, "load_runs", lambda: RUNS)
    monkeypatch.setattr(version_picker, "SUPPORTED", tuple(RUNS))
    offered = {choice["version"]: choice["label"] for choice in version_picker.choices()["versions"]}
    assert offered == {
        "3.10": "3.10.1 (end of life)",
        "3.11": "3.11.1",
        "3.12": "3.12.1",
        "3.13": "3.13.1",
        "3.14": "3.14.2 (WebAssembly, 32-bit)",
        "3.15": "3.15.0rc1 (WebAssembly, 32-bit)",
    }


def test_the_home_page_says_what_produced_the_outputs(built_site):
    """The built home page: a row per recorded run, with its interpreter and
    platform, and a link for each version past its end of life."""
    html = (built_site / "index.html").read_text(encoding="utf-8")
    rows = {
        cells[0]: cells[1:]
        for cells in (
            re.findall(r"<td>(.*?)</td>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", html, re.S)
        )
        if cells
    }
    runs = load_runs()
    assert runs
    for version, produced in runs.items():
        interpreter, platform, note = rows[version_tabs.table_label(version)]
        assert interpreter == f"{produced['implementation']} {produced['version']}"
        assert platform == platform_description(produced)
        if version in END_OF_LIFE:
            assert f'<a href="{VERSIONS_PAGE}">end of life</a> since {END_OF_LIFE[version]}' in note
    assert "3.10" in END_OF_LIFE

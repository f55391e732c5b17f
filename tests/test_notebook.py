"""The notebook page: committed clean, run at every build, and complete once built.

docs/slots_lab.ipynb is the one page whose figures come from the machine
that builds the site. mkdocs-jupyter runs it during `mkdocs build`, and
hooks/notebook_page.py fixes up the page it renders.
"""

from __future__ import annotations

import datetime
import json
import platform
import re
import shutil
from pathlib import Path

import pytest
from conftest import mkdocs_build

from harness.outputs import ROOT

NOTEBOOKS = sorted((ROOT / "docs").rglob("*.ipynb"))
LAB = "slots_lab"
# Other pages may link to these headings: keep their ids when editing the notebook.
HEADING_IDS = [
    "what-this-run-found",
    "what-asdict-costs",
    "the-machine-that-ran-this-page",
    "two-ways-to-measure-an-instance",
    "bytes-per-instance",
    "why-the-two-methods-disagree",
    "where-key-sharing-stops",
    "the-saving-in-percent",
    "attribute-access-time",
    "next",
]
FIGURES = 3
# Taken when pytest imports this module, before any test builds the site.
COLLECTED_AT = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def lab_page(site: Path) -> str:
    return (site / LAB / "index.html").read_text(encoding="utf-8")


def styles(html: str) -> str:
    return "\n".join(re.findall(r"<style[^>]*>(.*?)</style>", html, re.DOTALL))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_a_committed_notebook_has_no_outputs_and_no_execution_counts(notebook: Path):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    dirty = [
        f"cell {number}"
        for number, cell in enumerate(cells, 1)
        if cell["cell_type"] == "code" and (cell["outputs"] or cell["execution_count"] is not None)
    ]
    assert not dirty, f"{notebook.relative_to(ROOT)}: clear the outputs of " + ", ".join(dirty)


def test_the_page_shows_the_environment_that_ran_it(built_site: Path):
    page = lab_page(built_site)
    assert f"{platform.python_implementation()} {platform.python_version()}" in page
    assert f"{platform.machine()}, " in page


def test_the_notebook_ran_during_this_build_not_from_a_cache(built_site: Path):
    built = re.search(r"Built: +(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC", lab_page(built_site))
    assert built, "the page prints no build time"
    when = datetime.datetime.fromisoformat(built.group(1)).replace(tzinfo=datetime.timezone.utc)
    assert when >= COLLECTED_AT, f"the page shows a run from {when}, before this test session began"


def test_the_page_shows_its_figures_inline(built_site: Path):
    figures = re.findall(r"<svg\b[^>]*>", lab_page(built_site))
    described = [tag for tag in figures if 'role="img"' in tag and "aria-label=" in tag]
    assert len(described) == FIGURES
    assert all('width="100%"' in tag for tag in described)


def test_the_page_shows_its_tables(built_site: Path):
    page = lab_page(built_site)
    assert re.search(r"<th[^>]*>tracemalloc without</th>", page)
    assert re.search(r"<th[^>]*>95 % interval \(ns\)</th>", page)
    assert re.search(r"<th[^>]*>fewest fields with a dictionary each</th>", page)


def test_the_headings_keep_their_ids(built_site: Path):
    page = lab_page(built_site)
    missing = [anchor for anchor in HEADING_IDS if f'id="{anchor}"' not in page]
    assert not missing


def test_links_from_the_notebook_lead_to_pages(built_site: Path):
    page = lab_page(built_site)
    body = page[page.index('<div class="jupyter-wrapper"') :]
    assert 'href="../slots/"' in body
    assert 'href="../summary/"' in body
    assert not re.findall(r'href="[^"#:]+\.(?:md|ipynb)\b', body)


def test_its_search_entries_hold_neither_pilcrows_nor_prompts(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = [doc for doc in index["docs"] if doc["location"].startswith(f"{LAB}/")]
    assert len(entries) > len(HEADING_IDS)
    assert not [doc["title"] for doc in entries if "¶" in doc["title"]]
    assert not [doc["location"] for doc in entries if "In [" in doc["text"] or "Copied!" in doc["text"]]


def code_lines(notebook: Path) -> set[str]:
    """The lines of the notebook's code cells that are long enough to be
    told apart from prose."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return {
        line.strip()
        for cell in cells
        if cell["cell_type"] == "code"
        for line in "".join(cell["source"]).splitlines()
        if len(line.strip()) >= 30
    }


def test_its_search_entries_show_prose_not_code(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith(f"{LAB}/"))
    assert "tracemalloc" in text  # the prose is there
    shown = [line for line in code_lines(ROOT / "docs" / f"{LAB}.ipynb") if line in text]
    assert not shown, f"the search index holds notebook code, such as {shown[:3]}"


def test_its_code_cells_are_folded_under_a_summary(built_site: Path):
    page = lab_page(built_site)
    folded = re.findall(r'<details class="example" data-search-exclude><summary>Code: [^<]+ \(\d+ lines\)</summary>', page)
    cells = json.loads((ROOT / "docs" / f"{LAB}.ipynb").read_text(encoding="utf-8"))["cells"]
    assert len(folded) == sum(cell["cell_type"] == "code" for cell in cells)


def test_its_html_keeps_what_html_forbids_out(built_site: Path):
    """What the Nu Html Checker reported on this page: RDF metadata in the
    figures, <style> in the body, and copy buttons with a stray `,=""`
    attribute and an aria-label but no role."""
    page = lab_page(built_site)
    body = page[page.index("<body") :]
    assert "<metadata" not in page and "rdf:RDF" not in page
    outside_figures = re.sub(r"<svg\b.*?</svg>", "", body, flags=re.DOTALL)
    assert "<style" not in outside_figures
    buttons = re.findall(r"<clipboard-copy\b[^>]*>", page)
    assert buttons
    assert all(',=""' not in button and 'role="button"' in button for button in buttons)
    assert "cursor:normal" not in page.replace(" ", "")


def test_the_trimmed_page_keeps_its_styling_in_both_colour_schemes(built_site: Path):
    css = styles(lab_page(built_site))
    for rule in (
        ".jupyter-wrapper .jp-OutputArea-output pre",  # outputs
        ".highlight-ipynb .k",  # syntax colours
        "[data-md-color-scheme=slate] .jupyter-wrapper{",  # dark mode
    ):
        assert rule in css
    declared = set(re.findall(r"(--[\w-]+)\s*:", css))
    read = set(re.findall(r"var\(\s*(--jp-[\w-]+)", css))
    assert not read - declared, "rules read custom properties that the page no longer declares"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch copy of everything the site build reads."""
    shutil.copytree(
        ROOT,
        tmp_path,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "site", "node_modules", ".cache", "__pycache__", "*_cache", "artifacts"
        ),
    )
    return tmp_path


def plant_notebook(project: Path, *sources: str) -> None:
    cells = [
        {"cell_type": "markdown", "id": "title", "metadata": {}, "source": "# Slots lab\n\n[Summary](summary.md)"}
    ] + [
        {"cell_type": "code", "id": f"code-{n}", "metadata": {}, "execution_count": None, "outputs": [], "source": source}
        for n, source in enumerate(sources)
    ]
    notebook = {
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (project / "docs" / f"{LAB}.ipynb").write_text(json.dumps(notebook), encoding="utf-8")


RAISES = "grades = []\nprint(sum(grades) / len(grades))"


def test_a_cell_that_raises_fails_the_build_naming_the_notebook(project: Path):
    plant_notebook(project, 'print("a cell that works")', RAISES)
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert f"Error reading page '{LAB}.ipynb'" in output
    assert "ZeroDivisionError" in output


def test_a_link_to_a_missing_heading_of_the_notebook_fails_the_build(project: Path, monkeypatch):
    plant_notebook(project, 'print("fine")')
    with (project / "docs" / "summary.md").open("a", encoding="utf-8") as page:
        page.write(f"\n[there](slots_lab.ipynb#slots-lab) [nowhere]({LAB}.ipynb#no-such-heading)\n")
    monkeypatch.setenv("SITE_SKIP_NOTEBOOKS", "1")  # anchors do not need the outputs
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert f"the doc '{LAB}.ipynb' does not contain an anchor '#no-such-heading'" in output
    assert "#slots-lab'" not in output


def test_site_skip_notebooks_renders_the_notebook_without_running_it(project: Path, monkeypatch):
    plant_notebook(project, RAISES)
    monkeypatch.setenv("SITE_SKIP_NOTEBOOKS", "1")
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    page = lab_page(project / "site")
    assert "len(grades)" in page
    assert "ZeroDivisionError" not in page

"""Valid HTML: the Nu Html Checker (vnu.jar) finds no error in the built site.

The checker comes from npm (`vnu-jar`, pinned in package.json; `make test`
installs it with `npm ci`) and runs on Java 11 or newer. Every page of the
built site is checked in one run, together with a page broken on purpose,
which shows the checker is at work.

An error is allowed only when THEME_ERRORS lists it, with the reason it
cannot be fixed here; CONTRIBUTING.md lists the same. Everything else is the
site's to fix: its templates, its hooks, its pages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from harness.outputs import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class ThemeError:
    """An error of Material for MkDocs' own templates, on every page."""

    message: re.Pattern
    source: re.Pattern
    reason: str


THEME_ERRORS = [
    ThemeError(
        re.compile(r"^Attribute “autocomplete” is only allowed when the input type is "),
        re.compile(r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"'),
        "Material's base template puts autocomplete=\"off\" on the hidden checkboxes that open "
        "the navigation drawer and the search. Firefox restores a checkbox's state when a "
        "page is reloaded or reached with Back, which would reopen them; the attribute stops "
        "it. Removing it means carrying a copy of the whole base template (overrides/) and "
        "changing how the page behaves in Firefox.",
    ),
]

BROKEN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>broken</title></head>
<body><p id="twice">one</p><p id="twice">two</p></body></html>
"""


def theme_error(message: dict) -> ThemeError | None:
    for known in THEME_ERRORS:
        if known.message.search(message["message"]) and known.source.search(
            message.get("extract", "")
        ):
            return known
    return None


def where(message: dict, site: Path) -> str:
    path = Path(message["url"].removeprefix("file:"))
    if path.is_relative_to(site):
        path = path.relative_to(site)
    return f"{path}:{message.get('lastLine', '?')}"


@pytest.fixture(scope="module")
def errors(built_site: Path, tmp_path_factory) -> list[dict]:
    """Every error the checker reports, on the site and on the broken page."""
    java = shutil.which("java")
    problem = None
    if not VNU.is_file():
        problem = (
            f"{VNU.relative_to(ROOT)} is missing: the HTML check needs vnu-jar from npm. "
            "Install Node.js with npm and run `make test` (it runs `npm ci`)."
        )
    elif java is None:
        problem = "no `java` on PATH: the Nu Html Checker needs Java 11 or newer."
    if problem:
        # As for axe-core: a reader's machine skips and says why; CI fails.
        if os.environ.get("CI"):
            pytest.fail(problem, pytrace=False)
        pytest.skip(problem)
    broken = tmp_path_factory.mktemp("broken") / "broken.html"
    broken.write_text(BROKEN_PAGE, encoding="utf-8")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--exit-zero-always",
         "--skip-non-html", str(built_site), str(broken)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # The JSON report goes to standard error.
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError:
        pytest.fail(f"vnu.jar gave no JSON report:\n{result.stdout}{result.stderr}", pytrace=False)
    return [m for m in report["messages"] if m["type"] in ("error", "non-document-error")]


def test_the_checker_finds_an_error_in_a_broken_page(errors):
    assert any(
        m["url"].endswith("/broken.html") and "Duplicate ID" in m["message"] for m in errors
    ), "the Nu Html Checker did not report the duplicate id of the broken page"


def test_every_page_checked_is_valid_html_but_for_the_themes_listed_errors(
    errors, built_site: Path
):
    site_errors = [m for m in errors if not m["url"].endswith("/broken.html")]
    unexplained = [m for m in site_errors if theme_error(m) is None]
    assert not unexplained, f"{len(unexplained)} HTML errors (Nu Html Checker):\n" + "\n".join(
        f"{where(m, built_site)}: {m['message']}" for m in unexplained
    )

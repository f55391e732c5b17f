"""Snippets the browser's Python cannot run say so, on the page and in the tests.

The browser's Python (Pyodide, from npm) has the standard library and
pympler: BROWSER_PACKAGES in harness/outputs.py. A snippet that imports
anything else, such as msgspec, gets no Run control. One line under its block
says that it runs only outside the browser, and why
(extensions/run_targets.py). The Pyodide tests skip it, naming the snippet and
the package, instead of passing it (tests/test_snippets_pyodide.py). Both ask
`browser_cannot_run()`, so the page and the tests cannot disagree.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import copy_project

from harness.outputs import (
    BROWSER,
    BROWSER_PACKAGES,
    PYODIDE,
    ROOT,
    SNIPPETS,
    browser_cannot_run,
    imported_packages,
    snippet_files,
)

USES_MSGSPEC = """\
import msgspec

print(msgspec.json.encode([1, 2]))
#> b'[1,2]'
"""

PLAIN = """\
import json

print(json.dumps([1, 2]))
#> [1, 2]
"""

# The page's extensions, as mkdocs.yml lists them, on a page of two blocks.
RENDER = """\
import sys
import markdown
from harness.outputs import SNIPPETS
md = markdown.Markdown(
    extensions=["pymdownx.superfences", "pymdownx.highlight", "pymdownx.tabbed", "pymdownx.snippets",
                "extensions.version_tabs", "extensions.run_targets", "extensions.output_lines",
                "extensions.code_blocks"],
    extension_configs={
        "pymdownx.snippets": {"base_path": [str(SNIPPETS)], "check_paths": True},
        "pymdownx.highlight": {"line_spans": "__span", "pygments_lang_class": True},
        "pymdownx.tabbed": {"alternate_style": True},
    },
)
print(md.convert("".join(f'```python\\n--8<-- "{name}"\\n```\\n\\n' for name in sys.argv[1:])))
"""


@pytest.mark.parametrize(
    ("source", "packages"),
    [
        ("import json\nfrom dataclasses import dataclass\n", set()),
        ("from __future__ import annotations\nfrom pympler import asizeof\n", {"pympler"}),
        ("import msgspec\n", {"msgspec"}),
        ("import attrs.validators\n", {"attrs"}),
        ("def load():\n    from pydantic import TypeAdapter\n", {"pydantic"}),
        ("from . import sibling\n", set()),
    ],
    ids=["standard-library", "pympler", "msgspec", "submodule", "inside-a-function", "relative"],
)
def test_the_rule_reads_every_import_but_the_standard_librarys(source, packages):
    assert imported_packages(source) == packages
    lacking = sorted(packages - BROWSER_PACKAGES)
    reason = browser_cannot_run(source)
    if lacking:
        assert reason.startswith("This example runs only outside the browser: it imports ")
        assert all(name in reason for name in lacking)
    else:
        assert reason is None


def test_the_rule_knows_every_module_of_the_browsers_standard_library():
    """What the browser's Python ships in its standard library (its
    python_stdlib.zip: the modules written in Python) counts as standard
    library for the rule, on the Python running this test too."""
    stdlib = ROOT / "node_modules" / PYODIDE[BROWSER] / "python_stdlib.zip"
    if not stdlib.is_file():
        pytest.skip(f"{stdlib.relative_to(ROOT)} is missing: run `npm ci` (`make test` runs it)")
    with zipfile.ZipFile(stdlib) as archive:
        names = {Path(name).parts[0].removesuffix(".py") for name in archive.namelist()}
    # pyodide is the browser's own package, site-packages the folder for others'.
    public = {name for name in names if name.isidentifier() and not name.startswith("_")} - {"pyodide"}
    assert not {name for name in public if imported_packages(f"import {name}\n")}


def test_a_block_of_a_snippet_importing_msgspec_says_it_runs_only_outside_the_browser(tmp_path):
    copy_project(tmp_path)
    for name, text in {"demo/uses_msgspec.py": USES_MSGSPEC, "demo/plain.py": PLAIN}.items():
        (tmp_path / "snippets" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "snippets" / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", RENDER, "demo/plain.py", "demo/uses_msgspec.py"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.count("data-run=") == 1
    assert 'data-run="demo/plain.py"' in page
    msgspec_block = page.index("snippets/demo/uses_msgspec.py")
    note = re.search(r'<p class="run-elsewhere">([^<]*)</p>', page[msgspec_block:])
    assert note, page
    assert note[1] == (
        "This example runs only outside the browser: it imports msgspec, and the browser's Python "
        "here has Pyodide's core runtime and pympler, and no other package."
    )
    assert page.count('class="run-elsewhere"') == 1


def test_the_pyodide_tests_skip_a_snippet_importing_msgspec_saying_why(tmp_path):
    copy_project(tmp_path)
    (tmp_path / "snippets" / "demo").mkdir(parents=True)
    (tmp_path / "snippets" / "demo" / "uses_msgspec.py").write_text(USES_MSGSPEC, encoding="utf-8")
    # CI set: a skip for a missing Node.js would fail there; this one must not.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", "tests/test_snippets_pyodide.py"],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "CI": "true"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout and "passed" not in result.stdout, result.stdout
    assert (
        "snippets/demo/uses_msgspec.py: This example runs only outside the browser: it imports msgspec"
    ) in result.stdout, result.stdout


def test_every_block_on_the_site_has_a_run_control_or_says_why_not(built_site: Path):
    """On the built pages: each block of a snippet the browser cannot run is
    followed by its note and has no mark; every other block has a mark."""
    problems = []
    native_only = {
        s.relative_to(SNIPPETS).as_posix(): browser_cannot_run(s.read_text(encoding="utf-8")) for s in snippet_files()
    }
    block = re.compile(
        r'<div class="language-python highlight"(?P<attrs>[^>]*)><span class="filename">snippets/(?P<file>[^<]+)</span>'
        r".*?</code></pre></div>(?P<after><p class=\"run-elsewhere\">[^<]*</p>)?",
        re.DOTALL,
    )
    for page in sorted(built_site.rglob("index.html")):
        for match in block.finditer(page.read_text(encoding="utf-8")):
            reason, where = native_only.get(match["file"]), f"{page.relative_to(built_site)}: snippets/{match['file']}"
            if reason and ("data-run=" in match["attrs"] or not match["after"]):
                problems.append(f"{where}: the browser cannot run it, yet the block has no note or has a Run mark")
            if not reason and ("data-run=" not in match["attrs"] or match["after"]):
                problems.append(f"{where}: the browser runs it, yet the block has no Run mark")
    assert not problems, "\n".join(problems)

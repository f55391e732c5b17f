"""MkDocs hook: Run controls under every example ("Run it here").

extensions/run_targets.py marks each code block with the snippet (and
section) it shows (`data-run`); runner/page.mjs adds Run, Edit, Stop and Reset
under each marked block, and runs the whole program in CPython 3.14 (Pyodide,
pinned in package.json as `pyodide-314`) in a Web Worker. This hook

- adds the runner's files to the site (runner/build.py: the scripts, the
  editor bundled from CodeMirror, the runtime copied from node_modules, the
  start-up snapshot, pympler, snippets.json), so the site needs no other host;
- loads the runner's page script on the pages that have marked blocks.

Without node_modules/pyodide-314 or the editor's packages (npm not run) or
Node.js, the site is built without Run controls, and the build log says so once.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from runner.build import SCRIPTS, RunnerBuildError, log, runtime_missing, site_files

SCRIPT = next(iter(SCRIPTS))  # the page script, javascripts/runner.mjs
_state: dict = {"told": False, "enabled": False}


def on_config(config):
    reason = runtime_missing()
    _state["enabled"] = reason is None
    if reason and os.environ.get("CI"):
        # CI builds what GitHub Pages publishes: it must have the runner.
        raise PluginError(f"CI is set and the site would have no Run controls: {reason}")
    if reason and not _state["told"]:
        log.info("Building without Run controls: %s.", reason)
        _state["told"] = True
    return config


def on_files(files, config):
    if not _state["enabled"]:
        return files
    try:
        runner_files = site_files()
    except RunnerBuildError as error:
        raise PluginError(str(error)) from None
    for name, source in runner_files.items():
        if isinstance(source, Path):
            files.append(File.generated(config, name, abs_src_path=str(source)))
        else:
            files.append(File.generated(config, name, content=source))
    return files


def on_page_content(html, page, config, files):
    # Only pages with examples load the runner's script (5 KB compressed).
    if not _state["enabled"] or " data-run=" not in html:
        return html
    return html + f'\n<script type="module" src="{get_relative_url(SCRIPT, page.url)}"></script>'

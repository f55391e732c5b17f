"""The in-page runner ("Run it here": runner/, hooks/run_controls.py, extensions/run_targets.py).

In Chromium, with the site served under a sub-path as GitHub Pages serves a
project site: every Run control on every page prints its snippet's recorded
3.14 output and says so (the browser's own 3.14 verification); Stop ends a
runaway program and the next run works; an edit changes the output and Reset
restores it; nothing is requested before the first Run or from another host.

Natively first: the runner's comparison (runner/run_snippet.py) agrees
with the harness's (tests/test_snippets.py, pytest-examples) on every snippet,
including where pytest-examples puts a print's output.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import textwrap
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from conftest import venv_python

from browser.site import nav_urls
from harness.outputs import (
    OUTPUT_LINE,
    REFERENCE,
    ROOT,
    SNIPPETS,
    expected_text,
    snippet_files,
)
from runner.build import RUNNER_VERSION, runtime_missing

SUB_PATH = "/dataclasses-beyond-the-basics/"
PHONE = {"width": 390, "height": 844}

# Shows a block: opens the collapsed admonitions around it and picks its
# version tab, as a reader's clicks do.
REVEAL_JS = """block => {
  for (let node = block; node; node = node.parentElement) {
    if (node.tagName === 'DETAILS') node.open = true;
  }
  const tab = block.closest('.tabbed-block');
  if (!tab || tab.checkVisibility()) return;
  const n = [...tab.parentElement.children].indexOf(tab);
  tab.closest('.tabbed-set').querySelectorAll(':scope > .tabbed-labels > label')[n].click();
}"""


@pytest.fixture(scope="module")
def runner_url(built_site):
    from browser.site import serve

    reason = runtime_missing()
    if reason:
        message = f"the site was built without the runner: {reason}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with serve(built_site, prefix=SUB_PATH) as url:
        yield url


@pytest.fixture
def context(browser):
    context = browser.new_context()
    context.requests = []
    context.on("request", lambda request: context.requests.append(request.url))
    yield context
    context.close()


def printed_lines(snippet_path: str) -> list[str]:
    """The `#>` lines recorded for the runner's version, as printed lines."""
    text = expected_text(SNIPPETS / snippet_path, RUNNER_VERSION)
    return [re.sub(r"^\s*#> ?", "", line) for line in text.splitlines() if OUTPUT_LINE.match(line)]


def run(page, runner, *, key: bool = False):
    """Click Run (or press Ctrl+Enter in the editor) and wait for the run to end."""
    output = runner.locator(".runner__output")
    if key:
        runner.locator("textarea").press("Control+Enter")
    else:
        runner.get_by_role("button", name=re.compile("^Run ")).click()
    runner.locator(".runner__output[data-state=done]").wait_for(timeout=60_000)
    return {
        "verdict": output.get_attribute("data-verdict"),
        "stdout": output.evaluate(
            "o => [...o.querySelectorAll('[data-stream=stdout]')].map(s => s.textContent).join('')"
        ),
        "stderr": output.evaluate(
            "o => [...o.querySelectorAll('[data-stream=stderr]')].map(s => s.textContent).join('')"
        ),
        "text": output.inner_text(),
    }


def test_the_runner_judges_outputs_as_the_harness_does(tmp_path):
    """On every snippet, with the reference Python: the recorded output is
    "same"; a changed, an added or a removed `#>` line is a difference; and
    each print's output goes where pytest-examples puts it."""
    script = textwrap.dedent(
        """
        import ast, contextlib, io, json, sys
        from pathlib import Path
        from harness import run as snippet_run
        from runner import run_snippet
        from pytest_examples import CodeExample
        from pytest_examples.run_code import find_print_location
        snippet_run.complete_the_print_search()
        results = {}
        for path in sys.argv[2:]:
            text = Path(path).read_text(encoding="utf-8")
            lines = text.splitlines(keepends=True)
            first = next(n for n, line in enumerate(lines) if line.lstrip().startswith("#>"))
            variants = {
                "recorded": text,
                "changed": "".join(lines[:first] + [lines[first].rstrip("\\n") + "!\\n"] + lines[first + 1:]),
                "added": "".join(lines[:first + 1] + [lines[first]] + lines[first + 1:]),
                "removed": "".join(lines[:first] + lines[first + 1:]),
            }
            verdicts = {}
            for name, program in variants.items():
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    verdicts[name] = run_snippet.run(program, f"{sys.argv[1]}/{Path(path).name}", True)["same"]
            tree = ast.parse(text)
            example = CodeExample.create(text, path=Path(path))
            misplaced = [
                call.lineno for call in run_snippet.statement_prints(tree)
                if run_snippet.print_location(tree, call.lineno)
                != find_print_location(example, call.lineno)
            ]
            results[path] = {"verdicts": verdicts, "misplaced": misplaced}
        print(json.dumps(results))
        """
    )
    files = [str(p) for p in snippet_files()]
    reference = ROOT / ".venv" / f"py{REFERENCE}"
    if not reference.is_dir():
        message = f"no {reference.relative_to(ROOT)}: `make test` makes it, for the reference Python {REFERENCE}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    result = subprocess.run(
        [*venv_python(reference), "-c", script, str(tmp_path), *files],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    expected = {"recorded": True, "changed": False, "added": False, "removed": False}
    problems = [
        f"{path}: {found}"
        for path, found in json.loads(result.stdout).items()
        if found != {"verdicts": expected, "misplaced": []}
    ]
    assert not problems, "\n".join(problems)


# Every Run control of the page, clicked in turn as a reader would (each block
# shown first), each run awaited; in one call, so the browser test costs the
# runs themselves and not a round trip per step.
RUN_ALL_JS = """async () => {
  const reveal = %s;
  const results = [];
  for (const block of document.querySelectorAll('[data-run]')) {
    reveal(block);
    const runner = block.nextElementSibling;
    const output = runner.querySelector('.runner__output');
    runner.querySelector('button').click();
    const began = performance.now();
    while (!['done', 'failed'].includes(output.dataset.state) && performance.now() - began < 60000) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    const stream = name => [...output.querySelectorAll(`[data-stream=${name}]`)].map(s => s.textContent).join('');
    results.push({path: block.dataset.run, state: output.dataset.state, verdict: output.dataset.verdict,
                  stdout: stream('stdout'), text: output.innerText});
  }
  return results;
}"""


def test_every_run_control_prints_the_recorded_output(browser, runner_url, context):
    from browser.site import AXE

    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    pages = nav_urls(page, runner_url)
    assert all(urlsplit(url).path.startswith(SUB_PATH) for url in pages)
    differing, runs, snippets, checked_axe = [], 0, set(), False
    for url in pages:
        before = len(context.requests)
        page.goto(url)
        assert page.locator(".runner").count() == page.locator("[data-run]").count()
        early = [r for r in context.requests[before:] if "/runner/" in r]
        assert not early, f"{url}: runtime fetched before a click: {early}"
        for n, result in enumerate(page.evaluate(RUN_ALL_JS % REVEAL_JS), 1):
            runs += 1
            snippets.add(result["path"])
            printed = result["stdout"].splitlines()
            if result["verdict"] != "same" or sorted(printed) != sorted(printed_lines(result["path"])):
                differing.append(f"{urlsplit(url).path} block {n} (snippets/{result['path']}):\n{result['text']}")
        if runs and AXE.is_file() and not checked_axe:
            checked_axe = True
            # Once, with output on the page (light scheme; the edit test checks dark).
            page.evaluate(AXE.read_text(encoding="utf-8"))
            violations = page.evaluate(AXE_RUNNERS_JS)
            assert not violations, violations
    assert snippets == {p.relative_to(SNIPPETS).as_posix() for p in snippet_files()}
    assert not errors
    outside = [
        r for r in context.requests if urlsplit(r).hostname != "127.0.0.1" or not urlsplit(r).path.startswith(SUB_PATH)
    ]
    assert not outside, outside
    assert not differing, "\n\n".join(differing)


AXE_RUNNERS_JS = """async () => {
  const found = [];
  for (const runner of document.querySelectorAll('.runner')) {
    if (!runner.checkVisibility()) continue;
    const {violations} = await axe.run(runner, {resultTypes: ['violations']});
    for (const v of violations) {
      if (['serious', 'critical'].includes(v.impact)) found.push(`${v.id} (${v.impact}): ${v.help}`);
    }
    break;
  }
  return found;
}"""


@pytest.fixture
def phone(browser, runner_url):
    """The slots page on a phone, in the dark scheme."""
    context = browser.new_context(color_scheme="dark", viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(runner_url + "slots/")
    yield page
    context.close()


def test_edit_run_stop_and_reset_on_a_phone_in_the_dark(phone):
    """One page, one worker: an edit changes the output, Ctrl+Enter runs, each
    run starts afresh, errors show as tracebacks, an edited section runs in its
    whole program, Stop ends a runaway loop, Reset restores the original."""
    from browser.site import AXE

    page = phone
    runner = page.locator(".runner").first
    block = page.locator("[data-run]").first
    path = block.get_attribute("data-run")
    original = run(page, runner)
    assert sorted(original["stdout"].splitlines()) == sorted(printed_lines(path))

    runner.get_by_role("button", name="Edit").click()
    editor = runner.locator("textarea")
    assert editor.input_value() == block.locator("code").text_content().rstrip("\n")
    editor.fill(editor.input_value() + '\nprint("edited by the reader")\n')
    edited = run(page, runner, key=True)  # Ctrl+Enter
    assert edited["stdout"].splitlines() == original["stdout"].splitlines() + ["edited by the reader"]
    assert edited["verdict"] is None
    assert "Edited code" in edited["text"]

    # A name the previous run defined is gone in the next: a fresh namespace.
    # random's state too: seeded by one run, it is not seeded in the next.
    editor.fill("import random\nrandom.seed(1)\nleft = True\n")
    run(page, runner)
    editor.fill("import random\nprint('left' in globals(), random.random() == 0.13436424411240122)\n")
    assert run(page, runner)["stdout"] == "False False\n"

    # An error is a traceback on stderr, naming the line.
    editor.fill("x = 1\nraise ValueError('no such student')\n")
    failed = run(page, runner)
    assert "line 2" in failed["stderr"] and "ValueError: no such student" in failed["stderr"]

    if AXE.is_file():
        page.evaluate(AXE.read_text(encoding="utf-8"))
        assert not page.evaluate(AXE_RUNNERS_JS)
    # On a phone the controls and the editor fit the screen.
    assert page.evaluate("document.querySelector('.runner').getBoundingClientRect().right") <= PHONE["width"]

    # Stop: the loop has printed, so it is running in the worker.
    editor.fill('print("looping", flush=True)\nwhile True:\n    pass\n')
    runner.get_by_role("button", name=re.compile("^Run ")).click()
    runner.locator(".runner__output").get_by_text("looping").wait_for(timeout=60_000)
    stop = runner.get_by_role("button", name="Stop")
    stop.click()
    # worker.terminate(): the run is over at once, and the page answers.
    runner.locator(".runner__output[data-state=stopped]").wait_for(timeout=1_000)
    assert page.evaluate("1 + 1") == 2 and stop.is_hidden()

    runner.get_by_role("button", name="Reset").click()
    assert block.is_visible() and editor.is_hidden()
    restored = run(page, runner)  # in a new worker
    assert restored["stdout"] == original["stdout"]
    assert restored["verdict"] == original["verdict"]

    # A block that shows one section: the edit replaces that section only.
    section = page.locator("[data-run][data-run-section]").first
    index = page.locator("[data-run]").evaluate_all("(all, b) => all.indexOf(b)", section.element_handle())
    runner = page.locator(".runner").nth(index)
    section.evaluate(REVEAL_JS)
    whole = run(page, runner)
    runner.get_by_role("button", name="Edit").click()
    editor = runner.locator("textarea")
    editor.fill(editor.input_value() + '\nprint("added to the section")')
    edited = run(page, runner)
    assert "added to the section" in edited["stdout"].splitlines()
    assert set(whole["stdout"].splitlines()) <= set(edited["stdout"].splitlines())
    assert edited["stderr"] == ""


def test_without_npm_the_site_has_no_run_controls_and_says_so_once(tmp_path, monkeypatch, caplog):
    """No node_modules/pyodide-314: no runner script, no runtime files, one
    line in the build log (`mkdocs serve` rebuilds do not repeat it)."""
    import logging

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from hooks import run_controls
    from runner import build

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(build, "PYODIDE", tmp_path / "node_modules" / "pyodide-314")
    monkeypatch.setitem(run_controls._state, "told", False)
    config = MkDocsConfig()
    config.load_dict({"site_name": "t", "docs_dir": str(build.ROOT / "docs"), "site_dir": str(tmp_path / "site")})
    config.validate()
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.runner"):
        for _ in range(2):  # a build, then a `serve` rebuild
            run_controls.on_config(config)
            files = run_controls.on_files(Files([]), config)
            assert [f.src_uri for f in files] == []
            page = SimpleNamespace(url="recap/")
            assert run_controls.on_page_content('<div data-run="a.py"></div>', page, config, files) == (
                '<div data-run="a.py"></div>'
            )
    told = [r.getMessage() for r in caplog.records if "without Run controls" in r.getMessage()]
    assert len(told) == 1 and "npm ci" in told[0], told

    monkeypatch.setenv("CI", "true")
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="no Run controls"):
        run_controls.on_config(config)

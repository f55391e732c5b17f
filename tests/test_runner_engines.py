"""The in-page runner in Firefox and in WebKit (Safari's engine), as
tests/test_runner.py checks it in Chromium.

In each engine, on the site served under a sub-path as GitHub Pages serves
it (browser/engines.py says how each is driven):
- every Run control on every page prints its snippet's recorded output and
  shows the ✓;
- nothing of the runtime is fetched before the first click, and nothing
  from another host or outside the sub-path;
- an edit changes the output, Stop ends `while True: pass`, and Reset brings
  back the page's program, which runs and matches again.

Without an engine the tests skip and say which is missing; in CI (`CI` set)
they fail instead.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest
from conftest import SUB_PATH
from test_runner import REVEAL_JS, RUN_ALL_JS, printed_lines

from browser.engines import ENGINES, NAMES, missing, open_engine
from browser.site import nav_urls
from harness.outputs import SNIPPETS, browser_snippets


@pytest.fixture(params=ENGINES, ids=lambda engine: engine)
def engine(request):
    reason = missing(request.param)
    if reason:
        message = f"{NAMES[request.param]} not checked: {reason}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with open_engine(request.param) as page:
        yield request.param, page


# What the page fetched, as its resource timing lists it (scripts, styles,
# the worker and what the page itself fetches).
RESOURCES_JS = "async () => performance.getEntriesByType('resource').map(entry => entry.name)"
COUNT_JS = "async () => [document.querySelectorAll('.runner').length, document.querySelectorAll('[data-run]').length]"


def test_every_run_control_prints_the_recorded_output(engine, runner_site, browser):
    name, page = engine
    url, transfers = runner_site
    context = browser.new_context()
    pages = nav_urls(context.new_page(), url)  # the nav's pages, read once with Chromium
    context.close()
    differing, snippets, outside = [], set(), []
    for address in pages:
        before = len(transfers)
        page.goto(address)
        runners, blocks = page.evaluate(COUNT_JS)
        assert runners == blocks, f"{name} {address}: {runners} runners for {blocks} blocks"
        early = [t.path for t in transfers[before:] if t.path.startswith(SUB_PATH + "runner/")]
        assert not early, f"{name} {address}: runtime fetched before a click: {early}"
        for n, result in enumerate(page.evaluate(RUN_ALL_JS % REVEAL_JS), 1):
            snippets.add(result["path"])
            printed = result["stdout"].splitlines()
            if result["verdict"] != "same" or sorted(printed) != sorted(printed_lines(result["path"])):
                differing.append(f"{urlsplit(address).path} block {n} (snippets/{result['path']}):\n{result['text']}")
        outside += [r for r in page.evaluate(RESOURCES_JS) if not r.startswith(url)]
    outside += [t.path for t in transfers if not t.path.startswith(SUB_PATH)]
    assert snippets == {p.relative_to(SNIPPETS).as_posix() for p in browser_snippets()}
    assert not outside, f"{name} fetched from outside the site: {outside}"
    assert not differing, f"{name}:\n" + "\n\n".join(differing)


# The first block of a page: a run, awaited, and what it printed.
RUN_JS = """async () => {
  const runner = document.querySelector('.runner');
  const output = runner.querySelector('.runner__output');
  runner.querySelector('button').click();
  const began = performance.now();
  while (!['done', 'failed', 'stopped'].includes(output.dataset.state) && performance.now() - began < 90000) {
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  return {state: output.dataset.state, verdict: output.dataset.verdict || null,
          stdout: [...output.querySelectorAll('[data-stream=stdout]')].map(s => s.textContent).join('')};
}"""

# A runaway loop in the first block: Run, then Stop once it has printed.
STOP_JS = """async () => {
  const wait = async (test, ms) => {
    const began = performance.now();
    while (!test()) {
      if (performance.now() - began > ms) return false;
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    return true;
  };
  const runner = document.querySelector('.runner');
  const output = runner.querySelector('.runner__output');
  const button = label => [...runner.querySelectorAll('button')].find(b => b.textContent.trim() === label);
  runner.querySelector('button').click();
  const looping = await wait(() => output.textContent.includes('looping'), 90000);
  const stopAt = performance.now();
  button('Stop').click();
  const stopped = await wait(() => output.dataset.state === 'stopped', 5000);
  return {looping, stopped, stopMs: performance.now() - stopAt};
}"""

EDITOR_OPEN_JS = """async () => {
  const began = performance.now();
  while (!document.activeElement.closest('.cm-editor') && performance.now() - began < 30000) {
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  return !!document.activeElement.closest('.cm-editor');
}"""


def test_edit_stop_and_reset(engine, runner_site):
    """With real clicks and keys: Edit opens the editor, an edit changes the
    output, Stop ends a runaway loop, Reset brings back the page's program."""
    name, page = engine
    url, _ = runner_site
    page.goto(url + "recap/")
    original = page.evaluate(RUN_JS)
    page.click(".runner .runner__bar button:nth-of-type(2)")  # Edit
    assert page.evaluate(EDITOR_OPEN_JS), f"{name}: Edit opened no editor"
    page.press("Control+a")
    page.type('print("edited by the reader")')
    edited = page.evaluate(RUN_JS)
    page.press("Control+a")
    page.type('print("looping", flush=True)')
    page.press("Enter")
    page.type("while True: pass")
    result = page.evaluate(STOP_JS)
    page.click(".runner .runner__bar button:nth-of-type(4)")  # Reset
    editor_gone = page.evaluate("async () => !document.querySelector('.runner__code')")
    restored = page.evaluate(RUN_JS)
    assert original["verdict"] == "same", (name, original)
    assert edited["stdout"] == "edited by the reader\n", (name, edited)
    assert edited["verdict"] is None, (name, edited)
    assert result["looping"], f"{name}: the loop never printed"
    assert result["stopped"] and result["stopMs"] < 1000, f"{name}: Stop took {result['stopMs']:.0f} ms"
    assert editor_gone, f"{name}: Reset left the editor"
    assert restored["verdict"] == "same", (name, restored)
    assert restored["stdout"] == original["stdout"], (name, restored)

"""The runner's editor (runner/editor.mjs, CodeMirror, bundled by the build)
and the edits it keeps, in Chromium, Firefox and WebKit.

In each engine, on the site served under a sub-path as GitHub Pages serves it,
with real clicks and keys (browser/engines.py):
- the editor's bundle is not fetched before a reader focuses a block's code;
  then the editor opens with Python tokens coloured exactly as the page's own
  code, and a label that names the example;
- an edit survives a reload, with a mark that says so; running it, with
  Ctrl+Enter, never says "Same as recorded"; Reset brings back the page's
  program and forgets the edit;
- Tab indents, and Escape then Tab leaves the editor.

In Chromium also: with localStorage refused, editing and running still work
and the mark says the edit is not kept; axe-core finds nothing serious or
critical with the editor open, in the light and the dark scheme.

Without Firefox or WebKit their tests skip and say why; in CI they fail.
"""

from __future__ import annotations

import os
import time

import pytest
from conftest import SUB_PATH
from test_runner import EDITOR_TEXT_JS

from browser.engines import NAMES, missing, open_engine

BUNDLE = SUB_PATH + "javascripts/runner-editor.mjs"
CODE = "[data-run] pre code"  # the first block's code, as the page shows it
EDITOR = ".runner__code .cm-content"
EDIT = 'print("edited by the reader")'


class ChromiumPage:
    """A Playwright page with the calls of browser/engines.py's pages."""

    def __init__(self, browser, **options):
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()

    def goto(self, url: str) -> None:
        self.page.goto(url)

    def evaluate(self, function: str, arg=None):
        return self.page.evaluate(function, arg)

    def click(self, selector: str) -> None:
        self.page.locator(selector).first.click()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def press(self, keys: str) -> None:
        self.page.keyboard.press(keys)

    def close(self) -> None:
        self.context.close()


@pytest.fixture(params=("chromium", "firefox", "webkit"), ids=lambda engine: engine)
def engine(request):
    name = request.param
    if name == "chromium":
        page = ChromiumPage(request.getfixturevalue("browser"))
        yield name, page
        page.close()
        return
    reason = missing(name)
    if reason:
        message = f"{NAMES[name]} not checked: {reason}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with open_engine(name) as page:
        yield name, page


# Waits for a JavaScript expression to be true; false after `ms`.
WAIT_JS = """async ([expression, ms]) => {
  const began = performance.now();
  while (!eval(expression)) {
    if (performance.now() - began > ms) return false;
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  return true;
}"""


def fnv1a(text: str) -> str:
    """FNV-1a over UTF-16 code units, as runner/page.mjs hashes a block's code."""
    value = 0x811C9DC5
    units = text.encode("utf-16-le")
    for low, high in zip(units[::2], units[1::2], strict=True):
        value = ((value ^ (low | high << 8)) * 0x01000193) % 2**32
    return f"{value:08x}"


def wait(page, expression: str, ms: int = 30_000) -> None:
    assert page.evaluate(WAIT_JS, [expression, ms]), f"never true within {ms} ms: {expression}"


# The first block as the reader sees it: the editor's text, the mark, what is
# stored, whether the bundle was loaded (resource timing lists it even from
# the cache) and where the focus is.
STATE_JS = """async () => {
  const text = EDITOR_TEXT;
  const runner = document.querySelector('.runner');
  const content = document.querySelector('.runner__code .cm-content');
  const mark = runner.querySelector('.runner__mark');
  const stored = Object.keys(localStorage).filter(key => key.startsWith('runner-edit:'));
  return {
    editor: content ? await text(content) : null,
    label: content && content.getAttribute('aria-label'),
    codeShown: document.querySelector('[data-run] pre').checkVisibility(),
    mark: mark.textContent, markRole: mark.getAttribute('role'), markShown: mark.checkVisibility(),
    stored: stored.map(key => [key, localStorage.getItem(key)]),
    bundleLoaded: performance.getEntriesByType('resource').some(e => e.name.endsWith('/javascripts/runner-editor.mjs')),
    focusInEditor: !!document.activeElement.closest('.cm-editor'),
    focused: document.activeElement.tagName + '.' + document.activeElement.className,
  };
}""".replace("EDITOR_TEXT", EDITOR_TEXT_JS)

# The editor's tokens against the page's: each distinct token text shown in
# both, with its colour in each (the block's own code is hidden, not gone).
COLOURS_JS = """async () => {
  const colours = root => {
    const found = {};
    for (const span of root.querySelectorAll('span')) {
      if (!span.children.length && span.textContent.trim()) found[span.textContent] ??= getComputedStyle(span).color;
    }
    return found;
  };
  const editor = colours(document.querySelector('.runner__code .cm-content'));
  const page = colours(document.querySelector('[data-run] pre'));
  const shared = Object.keys(editor).filter(text => text in page);
  return {shared: shared.length, distinct: new Set(shared.map(text => page[text])).size,
          differ: shared.filter(text => editor[text] !== page[text]).map(text => [text, editor[text], page[text]])};
}"""

RUN_RESULT_JS = """async () => {
  const output = document.querySelector('.runner__output');
  return {state: output.dataset.state, verdict: output.dataset.verdict || null, text: output.innerText,
          stdout: [...output.querySelectorAll('[data-stream=stdout]')].map(s => s.textContent).join('')};
}"""

CLEAR_JS = "async () => Object.keys(localStorage).filter(k => k.startsWith('runner-edit:')).forEach(k => localStorage.removeItem(k))"


def fresh(page, url: str) -> None:
    """The Recap page with no edit stored."""
    page.goto(url + "recap/")
    page.evaluate(CLEAR_JS)
    page.goto(url + "recap/")


def open_editor(page) -> None:
    page.click(CODE)
    wait(page, "document.querySelector('.runner__code .cm-content') && document.activeElement.closest('.cm-editor')")


def editing_from_the_start(page, url: str) -> None:
    """The Recap page with nothing stored, its first block's editor open, the
    cursor at the start."""
    fresh(page, url)
    open_editor(page)
    page.press("Control+Home")


def test_the_editor_loads_on_first_focus_and_colours_code_as_the_page(engine, runner_site):
    name, page = engine
    url, transfers = runner_site
    before = len(transfers)
    fresh(page, url)
    page.evaluate("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 200)))")
    assert not [t.path for t in transfers[before:] if t.path == BUNDLE], f"{name}: the editor loaded before a focus"
    state = page.evaluate(STATE_JS)
    assert not state["bundleLoaded"] and state["editor"] is None, (name, state)

    open_editor(page)
    state = page.evaluate(STATE_JS)
    assert state["bundleLoaded"] and not state["codeShown"], (name, state)
    assert state["label"].startswith("Code of snippets/recap/") and "Escape then Tab" in state["label"], state
    # Keywords, builtins, strings, output lines...: many tokens, in several
    # colours, each as the page has it. The editor parses a long program in
    # slices: wait until it has coloured enough of it.
    deadline = time.monotonic() + 20
    while (colours := page.evaluate(COLOURS_JS))["shared"] < 20 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert colours["shared"] >= 20 and colours["distinct"] >= 5, (name, colours)
    assert not colours["differ"], (name, colours)
    assert state["mark"] == "" and not state["markShown"] and not state["stored"], (name, state)


def test_an_edit_survives_a_reload_runs_as_edited_and_reset_forgets_it(engine, runner_site):
    name, page = engine
    url, _ = runner_site
    editing_from_the_start(page, url)
    page.type(EDIT)
    page.press("Enter")
    state = page.evaluate(STATE_JS)
    assert state["editor"].startswith(EDIT + "\n"), (name, state)
    assert state["mark"].startswith("Edited") and state["markShown"] and state["markRole"] == "status", (name, state)
    [(key, stored)] = state["stored"]
    path, code = page.evaluate(
        "async () => { const b = document.querySelector('[data-run]'); "
        "return [b.dataset.run, b.querySelector('code').textContent.replace(/\\n$/, '')]; }"
    )
    assert key == f"runner-edit:{SUB_PATH}recap/:{path}:{fnv1a(code)}" and stored == state["editor"], (name, key)

    page.goto(url + "recap/")  # a reload: the edit comes back, marked
    wait(page, "document.querySelector('.runner__code .cm-content')")
    restored = page.evaluate(STATE_JS)
    assert restored["editor"] == state["editor"] and restored["mark"] == state["mark"], (name, restored)
    assert not restored["codeShown"], (name, restored)

    page.click(EDITOR)
    page.press("Control+Enter")
    wait(page, "['done', 'failed'].includes(document.querySelector('.runner__output').dataset.state)", 90_000)
    result = page.evaluate(RUN_RESULT_JS)
    assert result["state"] == "done" and result["stdout"].startswith("edited by the reader\n"), (name, result)
    assert result["verdict"] is None and "Same as" not in result["text"], (name, result)
    assert "Edited code: not compared" in result["text"], (name, result)

    page.click(".runner__bar button:nth-of-type(4)")  # Reset
    state = page.evaluate(STATE_JS)
    assert state["editor"] is None and state["codeShown"], (name, state)
    assert not state["stored"] and state["mark"] == "" and not state["markShown"], (name, state)

    # An edit kept for other code (a site version that showed another
    # program in this block) is not brought back.
    other = f"runner-edit:{SUB_PATH}recap/:{path}:{fnv1a(code + chr(10) + 'print(1)')}"
    page.evaluate("async key => { localStorage.setItem(key, 'print(\"an old edit\")'); }", other)
    page.goto(url + "recap/")  # nothing stored for this code: the page as it was, no editor loaded
    page.evaluate("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 200)))")
    state = page.evaluate(STATE_JS)
    assert state["editor"] is None and not state["bundleLoaded"] and state["codeShown"], (name, state)
    page.evaluate(CLEAR_JS)


def test_tab_indents_and_escape_then_tab_leaves_the_editor(engine, runner_site):
    name, page = engine
    url, _ = runner_site
    editing_from_the_start(page, url)
    page.press("Tab")
    state = page.evaluate(STATE_JS)
    assert state["focusInEditor"] and state["editor"].startswith("    "), (name, state)
    page.press("Escape")
    page.press("Tab")
    state = page.evaluate(STATE_JS)
    assert not state["focusInEditor"], (name, state)
    page.evaluate(CLEAR_JS)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_with_the_editor_open(browser, runner_site, scheme):
    from browser.site import AXE

    if not AXE.is_file():
        message = "no axe-core: run `npm ci`"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    url, _ = runner_site
    page = ChromiumPage(browser, color_scheme=scheme)
    try:
        fresh(page, url)
        open_editor(page)
        page.type("x = 1")  # edited: the mark shows too
        assert page.evaluate(STATE_JS)["mark"].startswith("Edited")
        page.evaluate(AXE.read_text(encoding="utf-8"))
        violations = page.evaluate("""async () => {
          const found = [];
          for (const root of [document.querySelector('[data-run]'), document.querySelector('.runner')]) {
            const {violations} = await axe.run(root, {resultTypes: ['violations']});
            for (const v of violations) {
              if (['serious', 'critical'].includes(v.impact)) {
                found.push(`${v.id} (${v.impact}): ${v.help}: ${v.nodes.map(n => n.html).join(' | ')}`);
              }
            }
          }
          return found;
        }""")
        assert not violations, violations
        page.evaluate(CLEAR_JS)
    finally:
        page.close()


def test_the_open_editor_has_a_copy_button_that_copies_the_edit(browser, runner_site):
    """The block's own copy button is in the code the editor hides: the
    editor has one like it, next in the tab order, which copies the edit."""
    url, _ = runner_site
    page = ChromiumPage(browser)
    try:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        editing_from_the_start(page, url)
        page.type(EDIT)
        page.press("Enter")
        page.press("Escape")
        page.press("Tab")
        focused = page.evaluate(
            "() => [document.activeElement.title, document.activeElement.closest('.runner__code') !== null]"
        )
        assert focused == ["Copy to clipboard", True], focused
        page.press("Enter")
        wait(page, "document.querySelector('.md-dialog--active')")  # Material's "Copied to clipboard"
        copied = page.evaluate("() => navigator.clipboard.readText()")
        editor = page.evaluate(STATE_JS)["editor"]
        assert copied == editor and copied.startswith(EDIT + "\n"), copied[:200]
        page.evaluate(CLEAR_JS)
    finally:
        page.close()


def test_with_storage_refused_editing_still_works_and_says_it_is_not_kept(browser, runner_site):
    url, _ = runner_site
    page = ChromiumPage(browser)
    try:
        page.context.add_init_script(
            "Object.defineProperty(window, 'localStorage', "
            "{get() { throw new DOMException('The page may not store data', 'SecurityError'); }});"
        )
        page.goto(url + "recap/")
        open_editor(page)
        page.press("Control+Home")
        page.type(EDIT)
        page.press("Enter")
        mark = page.evaluate("() => document.querySelector('.runner__mark').textContent")
        assert mark.startswith("Edited: not kept"), mark
        page.press("Control+Enter")
        wait(page, "document.querySelector('.runner__output').dataset.state === 'done'", 90_000)
        result = page.evaluate(RUN_RESULT_JS)
        assert result["stdout"].startswith("edited by the reader\n") and result["verdict"] is None, result
    finally:
        page.close()


def test_without_the_editors_packages_the_site_has_no_run_controls_and_says_why(monkeypatch, caplog):
    """node_modules without a package the editor's bundle needs (an `npm ci`
    of an older lock file): the build goes on without Run controls and says
    which package is missing, as it does without Pyodide."""
    import logging

    from hooks import run_controls
    from runner import build

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(build, "EDITOR_PACKAGES", (*build.EDITOR_PACKAGES, "@codemirror/not-installed"))
    monkeypatch.setitem(run_controls._state, "told", False)
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.runner"):
        run_controls.on_config({})
    assert not run_controls._state["enabled"]
    [told] = [r.getMessage() for r in caplog.records if "without Run controls" in r.getMessage()]
    assert "@codemirror/not-installed" in told and "npm ci" in told, told

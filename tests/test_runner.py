"""The in-page runner ("Run it here": runner/, hooks/run_controls.py, extensions/run_targets.py).

In Chromium, with the site served under a sub-path as GitHub Pages serves a
project site: every Run control on every page prints its snippet's recorded
3.14 output and says so (the browser's own 3.14 verification); Stop ends a
runaway program and the next run works; an edit changes the output and Reset
restores it; nothing is requested before the first Run or from another host.
Output that floods does not hurt the page: it shows a bounded tail, its main
thread stays free, and Stop still ends the run at once.

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
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from conftest import SUB_PATH, venv_python

from browser.site import nav_urls
from harness.outputs import (
    OUTPUT_LINE,
    REFERENCE,
    ROOT,
    SNIPPETS,
    browser_snippets,
    expected_text,
    snippet_files,
)
from runner.build import RUNNER_VERSION

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
def runner_url(runner_site):
    return runner_site[0]


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


def editor_of(runner):
    """The editor of a runner's block (CodeMirror's content element), which
    opens in the block, just above the runner."""
    return runner.locator("xpath=preceding-sibling::*[1]").locator(".runner__code .cm-content")


# An open editor's whole text: the editor lays out only the lines near the
# window, so its state is read, through the editor's own module.
EDITOR_TEXT_JS = """async content => {
  const bundle = new URL('runner-editor.mjs', document.querySelector('script[src$="/runner.mjs"]').src);
  const { EditorView } = await import(bundle.href);
  return EditorView.findFromDOM(content.closest('.cm-editor')).state.doc.toString();
}"""


def editor_text(editor) -> str:
    return editor.evaluate(EDITOR_TEXT_JS)


def run(page, runner, *, key: bool = False):
    """Click Run (or press Ctrl+Enter in the editor) and wait for the run to end."""
    output = runner.locator(".runner__output")
    if key:
        editor_of(runner).press("Control+Enter")
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
    # Every snippet with a Run control; the others say why not (tests/test_native_only.py).
    assert snippets == {p.relative_to(SNIPPETS).as_posix() for p in browser_snippets()}
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
    editor = editor_of(runner)
    assert editor_text(editor) == block.locator("code").text_content().rstrip("\n")
    editor.fill(editor_text(editor) + '\nprint("edited by the reader")\n')
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
    assert block.locator("pre").is_visible() and editor.count() == 0
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
    editor = editor_of(runner)
    editor.fill(editor_text(editor) + '\nprint("added to the section")')
    edited = run(page, runner)
    assert "added to the section" in edited["stdout"].splitlines()
    assert set(whole["stdout"].splitlines()) <= set(edited["stdout"].splitlines())
    assert edited["stderr"] == ""


# A round trip through the page's main thread, timed from here: the next
# animation frame, then a task after it. A page that is laying out a flood of
# output, or stuck in a long task, answers late.
ROUND_TRIP_JS = "() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))"


class MainThread:
    """Round trips through a page's main thread, each with the CPU time that
    thread spent while it lasted (Chromium's ThreadTime metric).

    On a busy machine even an idle page sometimes answers in 200 to 500 ms:
    measured with a program that loops without printing, while another
    browser test ran. A slow round trip is the page's fault when its own main
    thread was busy for a good part of it: `held_up` lists those."""

    def __init__(self, context, page):
        self.page = page
        self.cdp = context.new_cdp_session(page)
        self.cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
        self.cpu = self._cpu()
        self.trips: list[tuple[float, float]] = []  # (wall, main-thread CPU), s

    def _cpu(self) -> float:
        metrics = self.cdp.send("Performance.getMetrics")["metrics"]
        return next(m["value"] for m in metrics if m["name"] == "ThreadTime")

    def round_trip(self) -> None:
        began = time.monotonic()
        self.page.evaluate(ROUND_TRIP_JS)
        wall = time.monotonic() - began
        cpu, self.cpu = self.cpu, self._cpu()
        self.trips.append((wall, self.cpu - cpu))

    def held_up(self, limit: float) -> list[tuple[float, float]]:
        """The round trips of `limit` or more in which the page's main
        thread worked for a quarter of the limit or more."""
        return [(wall, cpu) for wall, cpu in self.trips if wall >= limit and cpu >= limit / 4]

    def summary(self) -> str:
        walls = sorted(wall for wall, _ in self.trips)
        slowest = [(round(w * 1000), round(c * 1000)) for w, c in sorted(self.trips)[-5:]]
        return f"{len(walls)} round trips, median {walls[len(walls) // 2] * 1000:.0f} ms; the slowest (wall, CPU ms): {slowest}"


def edited_runner(context, runner_url, program: str):
    """The slots page's first block, with its code replaced by `program`."""
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(runner_url + "slots/")
    runner = page.locator(".runner").first
    runner.get_by_role("button", name="Edit").click()
    editor_of(runner).fill(program)
    return page, runner


def dropped_lines(output) -> int:
    """The number in the line above the output: "… 1,234 earlier lines (…) not shown"."""
    text = output.locator(".runner__dropped").text_content()
    return int(re.match(r"… ([\d,]+) earlier lines? \(", text)[1].replace(",", ""))


def test_a_flood_of_output_leaves_the_page_responsive_and_stop_ends_it(runner_url, context):
    """An edited example that prints forever (tens of MB a second in Pyodide):
    for 30 s no round trip through the page's main thread takes 200 ms
    because of the page's own work, none takes 1 s at all, and that thread
    works less than half the time; the output is a bounded tail that says how
    much it left out, and Stop ends the run within 1 s. The original program
    then runs and matches."""
    page, runner = edited_runner(context, runner_url, 'while True:\n    print("spam " * 20)\n')
    output = runner.locator(".runner__output")
    runner.get_by_role("button", name=re.compile("^Run ")).click()
    output.locator(".runner__dropped").wait_for(timeout=60_000)  # Python is up, 2,000 lines are out

    main = MainThread(context, page)
    counts = [dropped_lines(output)]
    began = time.monotonic()
    while time.monotonic() - began < 30:
        for _ in range(20):
            main.round_trip()
        counts.append(dropped_lines(output))
    elapsed, busy = time.monotonic() - began, sum(cpu for _, cpu in main.trips)
    assert output.get_attribute("data-state") == "running"
    assert not main.held_up(0.2), main.summary()
    assert max(wall for wall, _ in main.trips) < 1.0, main.summary()
    assert busy < elapsed / 2, f"the main thread worked {busy:.1f} s of {elapsed:.1f} s"
    assert counts == sorted(counts) and counts[-1] > counts[0] + 100_000, counts  # the flood goes on, shown
    shown = output.locator("pre").evaluate("pre => pre.textContent")
    assert len(shown) <= 200_000 and shown.splitlines()[-1].startswith("spam spam")

    stop = runner.get_by_role("button", name="Stop")
    clicked = time.monotonic()
    stop.click()
    runner.locator(".runner__output[data-state=stopped]").wait_for(timeout=1_000)
    assert time.monotonic() - clicked < 1.0 and stop.is_hidden()

    runner.get_by_role("button", name="Reset").click()
    restored = run(page, runner)  # in a new worker
    assert restored["verdict"] == "same" and "✓ Same as the output recorded" in restored["text"]
    assert output.locator(".runner__dropped").is_hidden()
    assert not page.errors


def test_a_long_output_shows_its_last_2000_lines_and_says_what_it_left_out(runner_url, context):
    """The last 2,000 lines, whatever the streams; above them, how many lines
    (and bytes) came before."""
    program = "import sys\nprint('first')\nfor i in range(5000):\n    print(i)\nprint('err', file=sys.stderr)\nprint('last', end='')\n"
    page, runner = edited_runner(context, runner_url, program)
    lines = ["first", *map(str, range(5000)), "err", "last"]
    earlier = "".join(line + "\n" for line in lines[:-2000])
    result = run(page, runner)
    assert result["stdout"] == "".join(line + "\n" for line in lines[-2000:-2]) + "last"
    assert result["stderr"] == "err\n"
    above = runner.locator(".runner__dropped")
    assert len(lines) - 2000 == 3003 and len(earlier.encode()) == 13_906
    assert above.text_content() == "… 3,003 earlier lines (14 KB) not shown" and above.is_visible()
    assert not page.errors


def test_a_50_mb_line_does_not_freeze_the_page(runner_url, context):
    """print("x" * 50_000_000): from the click to the end, no round trip
    through the page's main thread takes 1 s because of the page's own work
    (none takes 3 s at all), the run finishes, and the line shows its first
    10,000 characters and says how much of it is left out."""
    page, runner = edited_runner(context, runner_url, 'print("x" * 50_000_000)\n')
    output = runner.locator(".runner__output")
    main = MainThread(context, page)
    clicked = time.monotonic()
    runner.get_by_role("button", name=re.compile("^Run ")).click()
    # The state is read once a turn: read twice, the run could end in between.
    while (state := output.get_attribute("data-state")) != "done":
        assert state == "running" and time.monotonic() - clicked < 120, state
        main.round_trip()
    assert main.trips and not main.held_up(1.0), main.summary()
    assert max(wall for wall, _ in main.trips) < 3.0, main.summary()
    assert output.locator(".runner__status").text_content() == "Finished."
    stdout = output.evaluate("o => [...o.querySelectorAll('[data-stream=stdout]')].map(s => s.textContent).join('')")
    assert stdout == "x" * 10_000 + "\n"
    assert output.locator(".runner__cut").text_content() == " … 50 MB more of this line not shown"
    assert not page.errors


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


def test_the_snapshot_is_stored_without_its_pages_of_zeros():
    """runner/build.py's sparse(): the runs of pages that hold a non-zero
    byte, and the image's size; unpack.mjs reads this form in the browser
    (every browser test starts from it)."""
    import struct

    from runner.build import SPARSE_MAGIC, SPARSE_PAGE, sparse

    page = SPARSE_PAGE
    image = bytearray(10 * page + 100)  # a last page that is not whole
    image[0] = 1
    image[page + 7] = 2  # pages 0 and 1: one run
    image[5 * page : 6 * page] = b"\xff" * page
    image[-1] = 3
    stored = sparse(bytes(image))
    assert stored.startswith(SPARSE_MAGIC)
    size, count = struct.unpack_from("<II", stored, len(SPARSE_MAGIC))
    runs = struct.unpack_from(f"<{2 * count}I", stored, len(SPARSE_MAGIC) + 8)
    runs = list(zip(runs[::2], runs[1::2], strict=True))
    assert size == len(image)
    assert runs == [(0, 2 * page), (5 * page, page), (10 * page, 100)]
    rebuilt = bytearray(size)
    at = len(SPARSE_MAGIC) + 8 + 8 * count
    for start, length in runs:
        rebuilt[start : start + length] = stored[at : at + length]
        at += length
    assert at == len(stored) and rebuilt == image


def test_the_built_worker_knows_the_size_of_the_built_snapshot(runner_site, built_site):
    """The worker makes the interpreter's memory before the snapshot arrives,
    from the size the build wrote into it."""
    from runner.build import sparse_size

    worker = (built_site / "javascripts" / "runner-worker.mjs").read_text(encoding="utf-8")
    sizes = re.findall(r"^const SNAPSHOT_BYTES = (\d+);$", worker, re.M)
    assert sizes == [str(sparse_size(built_site / "runner" / "snapshot.bin.gz"))]


def site_with(built_site: Path, tmp_path: Path, changed: dict[str, bytes | None]) -> Path:
    """A copy of the built site (links to its files) with the files of
    `changed` given new content, or left out where it is None."""
    copy = tmp_path / "site"
    for path in built_site.rglob("*"):
        name = path.relative_to(built_site).as_posix()
        target = copy / name
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif name not in changed:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(path)
    for name, content in changed.items():
        if content is not None:
            (copy / name).write_bytes(content)
    return copy


@pytest.mark.parametrize(
    "broken, said",
    [
        ("a snapshot cut short", r"^runner/snapshot\.bin\.gz: "),
        ("another build's snapshot", r"^runner/snapshot\.bin\.gz is not the image of \d+ bytes the build recorded$"),
        ("no unpacker", r"^runner-unpack\.mjs: "),
        ("no WebAssembly", r"/runner/pyodide/pyodide\.asm\.wasm: HTTP 404$"),
        ("no standard library", r"/runner/pyodide/python_stdlib\.zip: HTTP 404$"),
    ],
)
def test_a_broken_runtime_stops_the_start_and_says_which_file(runner_site, built_site, tmp_path, browser, broken, said):
    """A file cut short (a failed upload), made for another build or missing:
    the reader is told at once, naming the file, instead of waiting at
    "Starting Python" forever (Pyodide itself only logs a WebAssembly or
    standard library that fails to load)."""
    import gzip

    from browser.site import serve
    from runner.build import sparse

    snapshot = (built_site / "runner" / "snapshot.bin.gz").read_bytes()
    changed = {
        "a snapshot cut short": {"runner/snapshot.bin.gz": snapshot[: len(snapshot) // 2]},
        "another build's snapshot": {"runner/snapshot.bin.gz": gzip.compress(sparse(bytes(2 * 4096)))},
        "no unpacker": {"javascripts/runner-unpack.mjs": None},
        "no WebAssembly": {"runner/pyodide/pyodide.asm.wasm": None},
        "no standard library": {"runner/pyodide/python_stdlib.zip": None},
    }[broken]
    site = site_with(built_site, tmp_path, changed)
    context = browser.new_context()
    try:
        page = context.new_page()
        with serve(site, prefix=SUB_PATH) as url:
            page.goto(url + "recap/")
            runner = page.locator(".runner").first
            runner.get_by_role("button", name=re.compile("^Run ")).click()
            runner.locator(".runner__output[data-state=failed]").wait_for(timeout=60_000)
            status = runner.locator(".runner__status").text_content()
    finally:
        context.close()
    prefix = "Python could not run: "
    assert status.startswith(prefix) and re.search(said, status[len(prefix) :]), status

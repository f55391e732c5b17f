"""Benchmark the in-page runner: from a click on Run to the first output.

    .venv/docs/bin/python -m bench.runner_start [--runs 5] [--site site] [--engines chromium,firefox,webkit]

Serves the built site (default `site/`, from `make build`) on 127.0.0.1 under
a sub-path, as GitHub Pages serves a project site, and clicks the first Run
button of the Recap page once the page has loaded and settled (SETTLE_S: a
reader reads before clicking, and Material's search worker builds its index
just after the load):

- cold: a new browser context or profile each time (an empty cache), so the
  runtime, the snapshot and the snippet data all come over the wire;
- warm: three more clicks on the same block, the worker already running.

The time is the page's own measure (`data-first-output-ms` on the output,
from the click handler to the first output message). Prints the medians and
every figure, and the bytes the cold run fetched. Figures, not a test: the
goals (cold 0.5 s in Chromium and at most 1.5 times that in Firefox and
WebKit, warm 50 ms) are read from this report.

Chromium is driven over a DevTools pipe with nothing attached to the
runner's workers (browser/cdp.py says why: under Playwright, `--playwright`,
the cold figure was about 70 ms higher), Firefox and WebKit as in the tests
(browser/engines.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from functools import partial
from pathlib import Path

from browser.site import ROOT, SYSTEM_CHROMIUM, Transfer, serve

PAGE = "recap/"
SETTLE_S = 1.0

# Waits SETTLE_S, clicks the first block's Run and waits for the run to end:
# the page's own figures [first output ms, worker start ms].
CLICK_JS = """async (settle) => {
  await new Promise(resolve => setTimeout(resolve, settle * 1000));
  const runner = document.querySelector('.runner');
  const output = runner.querySelector('.runner__output');
  output.dataset.state = '';
  runner.querySelector('button').click();
  const began = performance.now();
  while (output.dataset.state !== 'done' && performance.now() - began < 120000) {
    await new Promise(resolve => setTimeout(resolve, 5));
  }
  if (output.dataset.state !== 'done') throw new Error('the run did not finish: ' + output.dataset.state);
  return [Number(output.dataset.firstOutputMs), Number(output.dataset.startMs || 0)];
}"""


class Figures:
    """Every cold and warm figure of one engine, and what each cold run fetched."""

    def __init__(self, transfers: list[Transfer]):
        self.transfers = transfers
        self.cold, self.warm, self.fetched, self.starts = [], [], [], []

    def clicks(self, click) -> None:
        """One cold click and three warm ones on a freshly loaded page;
        `click(settle)` runs CLICK_JS there."""
        start = len(self.transfers)
        first, started = click(SETTLE_S)
        self.cold.append(first)
        self.starts.append(started)
        self.fetched.append(sum(t.bytes for t in self.transfers[start:]))
        self.warm += [click(0)[0] for _ in range(3)]


def chromium(url: str, runs: int, figures: Figures) -> None:
    """Chromium, a new browser context (an empty cache) for every cold run."""
    from browser.cdp import Chromium

    if not SYSTEM_CHROMIUM.exists():
        sys.exit(f"chromium: {SYSTEM_CHROMIUM} is missing (apt-get install chromium)")
    with Chromium() as browser:
        for _ in range(runs):
            context, page = browser.open(url + PAGE)
            figures.clicks(lambda settle, page=page: browser.evaluate(page, f"({CLICK_JS})({settle})"))
            browser.close_context(context)


def chromium_under_playwright(url: str, runs: int, figures: Figures) -> None:
    """The same in Chromium under Playwright, as the tests drive it
    (--playwright): to see what its attached workers cost."""
    from playwright.sync_api import sync_playwright

    from browser.site import launch_chromium

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for _ in range(runs):
            context = browser.new_context()  # an empty cache
            page = context.new_page()
            page.goto(url + PAGE)
            figures.clicks(lambda settle, page=page: page.evaluate(CLICK_JS, settle))
            context.close()
        browser.close()


def other_engine(name: str, url: str, runs: int, figures: Figures) -> None:
    """Firefox or WebKit, a new browser (an empty profile, so an empty cache)
    for every cold run."""
    from browser.engines import missing, open_engine

    if missing(name):
        sys.exit(f"{name}: {missing(name)}")
    for _ in range(runs):
        with open_engine(name) as page:
            page.goto(url + PAGE)
            figures.clicks(lambda settle, page=page: page.evaluate(CLICK_JS, settle))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--engines", default="chromium", help="comma-separated: chromium, firefox, webkit")
    parser.add_argument("--playwright", action="store_true", help="drive Chromium with Playwright, as the tests do")
    args = parser.parse_args()
    if not (args.site / "runner" / "snippets.json").is_file():
        sys.exit(f"{args.site} has no runner: build the site with node_modules present (`make build`).")

    transfers: list[Transfer] = []
    medians: dict[str, float] = {}
    with serve(args.site, transfers, prefix="/bench/") as url:
        for name in args.engines.split(","):
            if name == "chromium":
                run = chromium_under_playwright if args.playwright else chromium
            else:
                run = partial(other_engine, name)
            figures = Figures(transfers)
            run(url, args.runs, figures)
            cold, warm, fetched, starts = figures.cold, figures.warm, figures.fetched, figures.starts
            medians[name] = statistics.median(cold)
            print(f"{name}: Run button, {PAGE} first block, served from 127.0.0.1, {args.runs} cold runs:")
            print(f"  cold (empty cache): median {statistics.median(cold):.0f} ms  {[round(x) for x in cold]}")
            print(f"  of which the worker starting Python: median {statistics.median(starts):.0f} ms")
            print(f"  warm (worker up):   median {statistics.median(warm):.1f} ms  {[round(x, 1) for x in warm]}")
            print(f"  bytes over the wire on a cold run: {statistics.median(fetched) / 1e6:.1f} MB")
    for name in medians.keys() - {"chromium"} if "chromium" in medians else ():
        print(f"{name} cold / chromium cold: {medians[name] / medians['chromium']:.2f}")


if __name__ == "__main__":
    main()

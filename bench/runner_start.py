"""Benchmark the in-page runner: from a click on Run to the first output.

    .venv/docs/bin/python -m bench.runner_start [--runs 5] [--site site] [--engines chromium,firefox,webkit]

Serves the built site (default `site/`, from `make build`) on 127.0.0.1 under
a sub-path, as GitHub Pages serves a project site, and clicks the first Run
button of the Recap page in headless Chromium:

- cold: a new browser context each time (empty cache), so the runtime, the
  snapshot and the snippet data all come over the wire;
- warm: a second click on the same block, the worker already running.

The time is the page's own measure (`data-first-output-ms` on the output,
from the click handler to the first output message). Prints the medians and
every figure, and the bytes the cold run fetched. Figures, not a test: the
budgets (1 s cold, 50 ms warm) are goals read from this report.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from browser.site import ROOT, Transfer, launch_chromium, serve

PAGE = "recap/"


def first_output_ms(page, runner, starts: list[float] | None = None) -> float:
    runner.get_by_role("button", name="Run snippets/", exact=False).click()
    output = runner.locator(".runner__output[data-state=done]")
    output.wait_for(timeout=120_000)
    if starts is not None:  # the worker's own time to start Python
        starts.append(float(output.get_attribute("data-start-ms")))
    return float(output.get_attribute("data-first-output-ms"))


# One click on the first block's Run, awaited: the page's own figures.
CLICK_JS = """async () => {
  const runner = document.querySelector('.runner');
  const output = runner.querySelector('.runner__output');
  output.dataset.state = '';
  runner.querySelector('button').click();
  const began = performance.now();
  while (output.dataset.state !== 'done' && performance.now() - began < 120000) {
    await new Promise(resolve => setTimeout(resolve, 5));
  }
  return [Number(output.dataset.firstOutputMs), Number(output.dataset.startMs || 0)];
}"""


def other_engine(name: str, url: str, runs: int, transfers: list[Transfer]) -> tuple[list, list, list, list]:
    """Cold and warm clicks in Firefox or WebKit: a new browser (an empty
    profile, so an empty cache) for every cold run."""
    from browser.engines import missing, open_engine

    if missing(name):
        sys.exit(f"{name}: {missing(name)}")
    cold, warm, fetched, starts = [], [], [], []
    for _ in range(runs):
        with open_engine(name) as page:
            page.goto(url + PAGE)
            start = len(transfers)
            first, started = page.evaluate(CLICK_JS)
            cold.append(first)
            starts.append(started)
            fetched.append(sum(t.bytes for t in transfers[start:]))
            warm += [page.evaluate(CLICK_JS)[0] for _ in range(3)]
    return cold, warm, fetched, starts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--engines", default="chromium", help="comma-separated: chromium, firefox, webkit")
    args = parser.parse_args()
    if not (args.site / "runner" / "snippets.json").is_file():
        sys.exit(f"{args.site} has no runner: build the site with node_modules present (`make build`).")

    from playwright.sync_api import sync_playwright

    transfers: list[Transfer] = []
    with serve(args.site, transfers, prefix="/bench/") as url:
        for name in args.engines.split(","):
            if name == "chromium":
                cold, warm, fetched, starts = [], [], [], []
                with sync_playwright() as playwright:
                    browser = launch_chromium(playwright)
                    for _ in range(args.runs):
                        context = browser.new_context()  # an empty cache
                        page = context.new_page()
                        page.goto(url + PAGE)
                        runner = page.locator(".runner").first
                        start = len(transfers)
                        cold.append(first_output_ms(page, runner, starts))
                        fetched.append(sum(t.bytes for t in transfers[start:]))
                        for _ in range(3):
                            warm.append(first_output_ms(page, runner))
                        context.close()
                    browser.close()
            else:
                cold, warm, fetched, starts = other_engine(name, url, args.runs, transfers)
            print(f"{name}: Run button, {PAGE} first block, served from 127.0.0.1, {args.runs} cold runs:")
            print(f"  cold (empty cache): median {statistics.median(cold):.0f} ms  {[round(x) for x in cold]}")
            print(f"  of which the worker starting Python: median {statistics.median(starts):.0f} ms")
            print(f"  warm (worker up):   median {statistics.median(warm):.1f} ms  {[round(x, 1) for x in warm]}")
            print(f"  bytes over the wire on a cold run: {statistics.median(fetched) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

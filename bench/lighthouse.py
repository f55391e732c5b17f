"""Lighthouse's performance score of every page, as a phone on a slow network sees it.

    make lighthouse                                        # installs Lighthouse, builds the site
    .venv/docs/bin/python -m bench.lighthouse --site DIR   # an existing build

The site is served as GitHub Pages serves it (browser/site.py: gzip,
ten minutes of caching) on 127.0.0.1, and Lighthouse (npm, pinned in
bench/npm/package.json) opens each page of the nav in Debian's
Chromium (CHROME_PATH), one page at a time, with its default settings: the
mobile form factor and its simulated slow 4G and 4x slower CPU. The table is
Markdown, for CONTRIBUTING.md.

The goal: a performance score of at least 95 on every page. Lighthouse
simulates the phone from what it measures on this machine, so a busy machine
scores lower: the last column is Lighthouse's own measure of the CPU it had
(benchmarkIndex; an idle desktop scores 1,000 or more, and Lighthouse calls
results under 1,000 unreliable). The script reports pages under the goal and
does not fail on them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from bench.page_weight import build
from browser.site import (
    CHROMIUM_ARGS,
    ROOT,
    SYSTEM_CHROMIUM,
    launch_chromium,
    nav_urls,
    serve,
)

LIGHTHOUSE = ROOT / "bench" / "npm" / "node_modules" / "lighthouse" / "cli" / "index.js"
GOAL = 95
# Lighthouse's audit ids for the metrics the score is made of.
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
    "Speed Index": "speed-index",
}


def lighthouse(url: str) -> dict:
    """Lighthouse's JSON report for one page, performance only, mobile settings."""
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", str(SYSTEM_CHROMIUM))}
    result = subprocess.run(
        ["node", str(LIGHTHOUSE), url, "--quiet", "--only-categories=performance",
         "--output=json", "--output-path=stdout", "--chrome-flags=" + " ".join(CHROMIUM_ARGS)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    if result.returncode != 0:
        raise SystemExit(f"Lighthouse failed on {url}:\n{result.stderr.strip()}")
    return json.loads(result.stdout)


def row(name: str, report: dict) -> list[str]:
    score = report["categories"]["performance"]["score"]
    cells = [name, "n/a" if score is None else str(round(score * 100))]
    for audit in METRICS.values():
        cells.append(report["audits"][audit].get("displayValue", "n/a"))
    cells.append(str(round(report["environment"]["benchmarkIndex"])))
    return cells


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    args = parser.parse_args()
    if not LIGHTHOUSE.is_file():
        raise SystemExit(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run `make lighthouse` "
                         "(it runs `npm ci` in bench/npm).")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as work:
        site = args.site or Path(work) / "site"
        if not args.site:
            build(site)
        with serve(site) as url:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                pages = nav_urls(browser.new_page(), url)
                browser.close()
            rows, under = [], []
            for page in pages:
                name = urlsplit(page).path.strip("/") or "index"
                report = lighthouse(page)
                rows.append(row(name, report))
                score = report["categories"]["performance"]["score"]
                if score is None or score * 100 < GOAL:
                    under.append(name)
    head = ["page", "performance", *METRICS, "benchmarkIndex"]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---", *["---:"] * (len(head) - 1)]) + "|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")
    print()
    if under:
        print(f"Under the goal of {GOAL}: " + ", ".join(under))
    else:
        print(f"Every page scores at least {GOAL}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

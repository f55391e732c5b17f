"""Report what each page of the site costs a reader to download.

    .venv/docs/bin/python -m bench.page_weight            # builds the site first
    .venv/docs/bin/python -m bench.page_weight --site DIR  # an existing build

Each page of the nav is opened in headless Chromium (browser/site.py),
first with an empty cache, then once more in the same browser: a repeat
visit with the cache warm. The server answers as GitHub Pages does: text
compressed with gzip, every response fresh for ten minutes, with an ETag. A
repeat visit within those ten minutes loads everything from the cache; a
later one asks again for each file and gets "304 Not Modified" (measured by
serving with `max-age=0`). The bytes are counted where they leave the
server: whole responses (status line, headers, body), everything the page
loads, the search worker's index included. The table is Markdown, for the
CONTRIBUTING.md; figures are kB (1,000 bytes).

The budget: a text page (one written in Markdown) under 250 KB on a first
visit. The script reports pages over it; it does not fail on them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from browser.site import ROOT, Transfer, launch_chromium, nav_urls, serve

BUDGET_KB = 250
# Columns of the table, by the Content-Type of each response.
KINDS = {
    "HTML": ("text/html",),
    "CSS": ("text/css",),
    "JS": ("text/javascript", "application/javascript"),
    "search index": ("application/json",),
    "images": ("image/",),
    "fonts": ("font/", "application/font", "application/x-font"),
}


@dataclass
class Weight:
    page: str
    text_page: bool
    first: Counter = field(default_factory=Counter)  # kind -> bytes
    first_requests: int = 0
    # visit -> (bytes, requests): "fresh" within Pages' ten minutes, "stale" after
    repeat: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def first_bytes(self) -> int:
        return sum(self.first.values())


def kind(transfer: Transfer) -> str:
    for name, prefixes in KINDS.items():
        if transfer.content_type.startswith(prefixes):
            return name
    return "other"


def measure(browser, base_url: str, transfers: list[Transfer], pages: list[str],
            cache: str = "fresh") -> list[Weight]:
    """Open each page twice in a fresh browser context, counting what the server sends.

    `cache` names what the server's max-age makes of the second visit."""
    weights = []
    for url in pages:
        name = urlsplit(url).path.strip("/") or "index"
        weight = Weight(name, (ROOT / "docs" / f"{name}.md").is_file())
        context = browser.new_context()
        page = context.new_page()
        try:
            for visit in ("first", "repeat"):
                page.goto("about:blank")
                transfers.clear()
                # networkidle: the search worker fetches its index after load.
                page.goto(url, wait_until="networkidle")
                if visit == "first":
                    for transfer in transfers:
                        weight.first[kind(transfer)] += transfer.bytes
                    weight.first_requests = len(transfers)
                else:
                    weight.repeat[cache] = (sum(t.bytes for t in transfers), len(transfers))
        finally:
            context.close()
        weights.append(weight)
    return weights


def kb(n: int) -> str:
    return f"{n / 1000:.1f}"


def table(weights: list[Weight]) -> str:
    kinds = [k for k in [*KINDS, "other"] if any(w.first[k] for w in weights)]
    head = ["page", *kinds, "first visit", "requests", "repeat visit", "repeat, 10 min later"]
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join(["---", *["---:"] * (len(head) - 1)]) + "|",
    ]
    for w in weights:
        name = w.page if w.text_page else f"{w.page} (notebook)"
        repeats = [f"{kb(w.repeat[c][0])} ({w.repeat[c][1]} requests)" for c in ("fresh", "stale")]
        cells = [name, *(kb(w.first[k]) for k in kinds), f"**{kb(w.first_bytes)}**",
                 str(w.first_requests), *repeats]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def build(site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as work:
        site = args.site or Path(work) / "site"
        if not args.site:
            build(site)
        transfers: list[Transfer] = []
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            with serve(site, transfers) as url:
                page = browser.new_page()
                pages = nav_urls(page, url)
                page.close()
                weights = measure(browser, url, transfers, pages)
            with serve(site, transfers, max_age=0) as url:
                stale = measure(browser, url, transfers, [url + urlsplit(p).path[1:] for p in pages],
                                cache="stale")
            browser.close()
        for weight, later in zip(weights, stale, strict=True):
            weight.repeat.update(later.repeat)
    print(table(weights))
    over = [w for w in weights if w.text_page and w.first_bytes > BUDGET_KB * 1000]
    print()
    if over:
        print(f"Over the {BUDGET_KB} KB budget for a text page's first visit: "
              + ", ".join(f"{w.page} ({kb(w.first_bytes)} kB)" for w in over))
    else:
        print(f"Every text page is under the {BUDGET_KB} KB budget on a first visit.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

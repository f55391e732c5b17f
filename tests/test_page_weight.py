"""bench/page_weight.py measures what it says, on the home page of the built site.

The weights themselves are reported (CONTRIBUTING.md), not
asserted: the budget is a goal, checked by reading the report.
"""

from __future__ import annotations

from pathlib import Path

from bench.page_weight import measure, table
from browser.site import Transfer, nav_urls, serve


def test_page_weight_counts_a_first_and_a_repeat_visit(browser, built_site: Path):
    transfers: list[Transfer] = []
    with serve(built_site, transfers) as url:
        page = browser.new_page()
        paths = [link.removeprefix(url) for link in nav_urls(page, url)[:1]]
        page.close()
        weights = measure(browser, url, transfers, [url + path for path in paths])
    with serve(built_site, transfers, max_age=0) as url:
        later = measure(browser, url, transfers, [url + path for path in paths], cache="stale")
    for weight, stale in zip(weights, later, strict=True):
        for kind in ("HTML", "CSS", "JS", "search index"):
            assert weight.first[kind] > 0, (weight.page, kind)
        # Within GitHub Pages' ten minutes, a repeat visit loads nothing;
        # later, every file is asked for again and comes back "304 Not
        # Modified", headers only.
        assert weight.repeat["fresh"] == (0, 0)
        stale_bytes, stale_requests = stale.repeat["stale"]
        assert stale_requests == weight.first_requests
        assert stale_bytes < 300 * stale_requests
        weight.repeat.update(stale.repeat)
    rows = table(weights).splitlines()
    assert len(rows) == 2 + len(paths)
    assert rows[2].startswith("| index |")

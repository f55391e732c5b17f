"""Outputs in view: the `#>` lines a reader sees can be read without scrolling sideways.

Every Markdown page of the nav is opened in headless Chromium at a desktop
size (1280x800) and on a phone (390x844). For each visible code block (those
in version tabs not selected are hidden), each line that starts with `#>` is
measured: it counts as in view when every box of its text lies inside the
visible part of its block and of the window, with nothing scrolled. An output
line that wraps inside its block is in view; one that runs past the block's
right edge, to be reached with a sideways scroll, is not.

The goals (issue 12): at least 98 % of those lines in view at 1280x800, at
least 95 % on the phone, on every page.

The same visits check that each of those lines looks like output, not like
a comment (the desktop visits are in the light scheme, the phone ones in the
dark), and measure tables: an identifier (inline code) in a
cell is never broken across lines, and a table wider than the phone scrolls
inside its box with its first column kept in view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from browser.site import nav_urls
from harness.outputs import ROOT

SIZES = {
    "desktop": ({"width": 1280, "height": 800}, 0.98),
    "phone": ({"width": 390, "height": 844}, 0.95),
}
# Each size is seen in one colour scheme, so that both schemes are seen.
SCHEMES = {"desktop": "light", "phone": "dark"}

# For each visible `pre > code`, its lines (pymdownx.highlight's line spans)
# that start with `#>`: whether all their boxes fit in the block's visible
# area (its padding box, scrollbars excluded) and in the window. Half a pixel
# of slack for subpixel layout.
OUTPUT_LINES_JS = """() => {
  const lines = [];
  const viewport = document.documentElement.clientWidth;
  for (const code of document.querySelectorAll('pre > code')) {
    if (!code.checkVisibility()) continue;
    const box = code.getBoundingClientRect();
    const left = box.left + code.clientLeft;
    const right = Math.min(left + code.clientWidth, viewport);
    for (const line of code.querySelectorAll(':scope > span[id], :scope > span[id] > .hll')) {
      const text = line.textContent.replace(/\\n$/, '');
      if (!text.trimStart().startsWith('#>')) continue;
      const range = document.createRange();
      range.selectNodeContents(line);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      const inView = rects.length > 0 &&
        rects.every(r => r.left >= left - 0.5 && r.right <= right + 0.5);
      const output = line.querySelector('.go');
      lines.push({text, inView, color: output && getComputedStyle(output).color,
                  background: output && getComputedStyle(output).backgroundColor});
    }
  }
  return lines;
}"""

# The colour a comment in code has in the current scheme.
COMMENT_COLOR_JS = """() => {
  const probe = document.createElement('span');
  probe.className = 'c1';
  const code = document.querySelector('.highlight code') || document.body;
  code.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}"""


# Inline code in table cells that the browser broke across lines.
BROKEN_CODE_JS = """() => [...document.querySelectorAll('.md-typeset td code, .md-typeset th code')]
  .filter(code => code.checkVisibility() && code.getClientRects().length > 1)
  .map(code => code.textContent)"""

# Each table that scrolls sideways, scrolled to its end: the left edges of
# its first column's cells and of the scrolling box.
SCROLLED_TABLES_JS = """() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
  .filter(box => box.checkVisibility() && box.scrollWidth > box.clientWidth)
  .map(box => {
    box.scrollLeft = box.scrollWidth;
    const left = box.getBoundingClientRect().left;
    const firsts = [...box.querySelectorAll('tr > :first-child')];
    const shown = firsts.every(cell => cell.getBoundingClientRect().left >= left - 0.5);
    box.scrollLeft = 0;
    return {header: box.querySelector('th').textContent, shown};
  })"""


@dataclass
class Share:
    """The `#>` lines of one page at one window size."""

    page: str
    size: str
    lines: int = 0
    in_view: int = 0
    cut: list[str] = field(default_factory=list)
    unstyled: list[str] = field(default_factory=list)
    broken_code: list[str] = field(default_factory=list)
    scrolled_tables: list[dict] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.in_view / self.lines if self.lines else 1.0


def markdown_pages(urls: list[str]) -> list[str]:
    """The nav's pages written in Markdown (the notebook page has its own test)."""
    pages = []
    for url in urls:
        name = urlsplit(url).path.strip("/") or "index"
        if (ROOT / "docs" / f"{name}.md").is_file():
            pages.append(url)
    return pages


def measure(browser, site_url: str) -> list[Share]:
    """The share of `#>` lines in view on every Markdown page, at both sizes."""
    shares = []
    for size, (viewport, _goal) in SIZES.items():
        context = browser.new_context(viewport=viewport, color_scheme=SCHEMES[size])
        page = context.new_page()
        try:
            for url in markdown_pages(nav_urls(page, site_url)):
                page.goto(url)
                name = urlsplit(url).path.strip("/") or "index"
                share = Share(name, size)
                comment = page.evaluate(COMMENT_COLOR_JS)
                for line in page.evaluate(OUTPUT_LINES_JS):
                    if line["color"] in (None, comment) or line["background"] in (
                        None, "rgba(0, 0, 0, 0)"
                    ):
                        share.unstyled.append(line["text"])
                    share.lines += 1
                    if line["inView"]:
                        share.in_view += 1
                    else:
                        share.cut.append(line["text"])
                share.broken_code = page.evaluate(BROKEN_CODE_JS)
                share.scrolled_tables = page.evaluate(SCROLLED_TABLES_JS)
                shares.append(share)
        finally:
            context.close()
    return shares


def table(shares: list[Share]) -> str:
    rows = [f"{'page':<18} {'size':<8} {'in view':>8} {'lines':>6} {'share':>7}"]
    for size in SIZES:
        mine = [s for s in shares if s.size == size]
        for s in mine + [Share("(all pages)", size, sum(s.lines for s in mine),
                               sum(s.in_view for s in mine))]:
            rows.append(f"{s.page:<18} {s.size:<8} {s.in_view:>8} {s.lines:>6} {s.share:>7.1%}")
    return "\n".join(rows)


@pytest.fixture(scope="module")
def shares(browser, site_url) -> list[Share]:
    return measure(browser, site_url)


def test_the_measure_sees_output_lines_on_every_size(shares):
    for size in SIZES:
        assert sum(s.lines for s in shares if s.size == size) > 0, f"no #> line found at {size}"


@pytest.mark.parametrize("size", SIZES)
def test_output_lines_are_in_view_without_scrolling_sideways(shares, size):
    goal = SIZES[size][1]
    short = [s for s in shares if s.size == size and s.share < goal]
    assert not short, (
        f"under {goal:.0%} of the #> lines in view at {size} size on "
        + ", ".join(s.page for s in short)
        + "; cut off, for example:\n"
        + "\n".join(f"  {s.page}: {line}" for s in short for line in s.cut[:3])
        + "\n\n"
        + table(shares)
    )


def test_output_lines_look_unlike_comments_in_both_schemes(shares):
    """Each `#>` line has the output style: not the comment colour, on a band."""
    unstyled = [
        f"{s.page} ({SCHEMES[s.size]} scheme): {line}" for s in shares for line in s.unstyled
    ]
    assert not unstyled, "#> lines styled as comments:\n" + "\n".join(unstyled[:20])


def test_identifiers_in_tables_stay_whole(shares):
    broken = [f"{s.page} ({s.size}): {code}" for s in shares for code in s.broken_code]
    assert not broken, "inline code broken across lines in a table:\n" + "\n".join(broken)


def test_a_table_that_scrolls_keeps_its_first_column_in_view(shares):
    lost = [
        f"{s.page} ({s.size}): the table headed {t['header']!r}"
        for s in shares
        for t in s.scrolled_tables
        if not t["shown"]
    ]
    assert not lost, "first column scrolled out of view:\n" + "\n".join(lost)


def test_the_summary_tables_are_measured_scrolled_on_a_phone(shares):
    """Its tables are wider than a phone: the check above has them to look at."""
    summary = next(s for s in shares if s.page == "summary" and s.size == "phone")
    assert summary.scrolled_tables


def test_the_measure_sees_a_cut_off_line(browser, site_url):
    """The check itself: an output line made longer than its block, and kept
    from wrapping, counts as cut off."""
    context = browser.new_context(viewport=SIZES["phone"][0])
    page = context.new_page()
    try:
        page.goto(site_url + "recap/")
        page.evaluate("""() => {
          const line = [...document.querySelectorAll('pre > code > span[id]')]
            .find(l => l.checkVisibility() && l.textContent.trimStart().startsWith('#>'));
          for (const span of [line, ...line.querySelectorAll('span')]) {
            span.style.whiteSpace = 'pre';
          }
          line.insertBefore(document.createTextNode('x'.repeat(300)), line.lastChild);
        }""")
        lines = page.evaluate(OUTPUT_LINES_JS)
    finally:
        context.close()
    made_long = [line for line in lines if line["text"].endswith("x" * 300)]
    assert len(made_long) == 1 and not made_long[0]["inView"]

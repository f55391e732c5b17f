"""The Slots lab as a reader meets it: an article whose figures come early and
read on a phone, with its code folded away.

Goals from issue 12: at 1280x800 the first figure starts within the first
2,000 px, after at most 40 visible lines of code; at 390 px wide the smallest
figure text is at least 9 px high; tables fit or scroll with their first
column in view; no number breaks across lines; the box plot's boxes show.
"""

from __future__ import annotations

import pytest

LAB = "slots_lab/"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
FIRST_FIGURE_BY = 2000  # px from the top of the page
CODE_LINES_BEFORE_FIGURE = 40
SMALLEST_TEXT = 9  # px, on a phone
SMALLEST_BOX = 4  # px, the height of a box in the box plot at 1280 px

FIGURES = '.jupyter-wrapper svg[role="img"]'

FIRST_FIGURE = """(figures) => {
  const figure = document.querySelector(figures);
  const top = figure.getBoundingClientRect().top + window.scrollY;
  let lines = 0;
  for (const pre of document.querySelectorAll('.jupyter-wrapper .highlight-ipynb pre')) {
    if (!pre.checkVisibility() || pre.getBoundingClientRect().top + window.scrollY >= top) continue;
    lines += pre.textContent.replace(/\\n$/, '').split('\\n').length;
  }
  return {top, lines};
}"""

# The rendered size of each text of each figure: its font size in the SVG's
# units times the scale from those units to screen pixels.
TEXT_SIZES = """(figures) => [...document.querySelectorAll(figures)].map((svg) =>
  [...svg.querySelectorAll('text')].map((text) => {
    const m = text.getScreenCTM();
    return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
  }))"""

BOX_HEIGHTS = """() => [...document.querySelectorAll('[id*="timing-box"]')]
  .map((box) => box.getBoundingClientRect().height)"""

OPEN_ALL = "() => document.querySelectorAll('.jupyter-wrapper details').forEach((d) => d.open = true)"

# For each table in the notebook's outputs: does it fit, and if not, is its
# first column still in view once its scroller is scrolled to the far end?
TABLES = """() => [...document.querySelectorAll('.jupyter-wrapper .jp-OutputArea-output table')].map((table) => {
  let scroller = table.parentElement;
  while (scroller && scroller.scrollWidth <= scroller.clientWidth && scroller !== document.body) {
    scroller = scroller.parentElement;
  }
  const fits = !scroller || scroller === document.body;
  if (fits) return {fits, firstColumnInView: true, header: table.rows[0].textContent};
  scroller.scrollLeft = scroller.scrollWidth;
  const left = scroller.getBoundingClientRect().left;
  const cell = table.rows[table.rows.length - 1].cells[0].getBoundingClientRect();
  const firstColumnInView = cell.left >= left - 1;
  scroller.scrollLeft = 0;
  return {fits, firstColumnInView, header: table.rows[0].textContent};
})"""

# Every number printed in the notebook's prose, tables and outputs, with the
# number of lines it spans.
BROKEN_NUMBERS = r"""() => {
  const number = /[−+-]?\d[\d,]*(?:\.\d+)?(?:\u00a0(?:%|bytes|ns|ms|s))?/g;
  const broken = [];
  const walker = document.createTreeWalker(document.querySelector('.jupyter-wrapper'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (element.closest('svg, pre, details:not([open])') || !element.checkVisibility()) continue;
    for (const match of node.data.matchAll(number)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""


@pytest.fixture(scope="module")
def lab(browser, site_url):
    """Open the lab at a viewport size, all images and fonts loaded."""
    contexts = []

    def open_at(viewport):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        page.goto(site_url + LAB, wait_until="load")
        return page

    yield open_at
    for context in contexts:
        context.close()


def test_the_first_figure_comes_early_after_little_code(lab):
    found = lab(DESKTOP).evaluate(FIRST_FIGURE, FIGURES)
    assert found["top"] <= FIRST_FIGURE_BY, f"the first figure starts {found['top']:.0f} px down"
    assert found["lines"] <= CODE_LINES_BEFORE_FIGURE, f"{found['lines']} lines of code come before it"


def test_figure_text_is_legible_on_a_phone(lab):
    sizes = lab(PHONE).evaluate(TEXT_SIZES, FIGURES)
    assert sizes and all(sizes), "a figure without text, or no figure"
    smallest = min(min(figure) for figure in sizes)
    assert smallest >= SMALLEST_TEXT, f"the smallest figure text is {smallest:.1f} px high at 390 px"


def test_the_box_plot_shows_its_boxes(lab):
    heights = lab(DESKTOP).evaluate(BOX_HEIGHTS)
    assert len(heights) == 8, "two boxes, with and without slots, for each of four statements"
    assert min(heights) >= SMALLEST_BOX, f"boxes {heights} px high"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_tables_fit_or_keep_their_first_column_in_view(lab, viewport):
    page = lab(viewport)
    page.evaluate(OPEN_ALL)
    tables = page.evaluate(TABLES)
    assert tables
    lost = [table["header"] for table in tables if not table["firstColumnInView"]]
    assert not lost, f"scrolled sideways, these tables hide their first column: {lost}"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_no_printed_number_breaks_across_lines(lab, viewport):
    page = lab(viewport)
    page.evaluate(OPEN_ALL)
    assert not page.evaluate(BROKEN_NUMBERS)

"""The header and the text column on a phone, on every page, the Slots lab included.

Issue "Run it here, in every browser", item 6: on a 390 px phone the Slots
lab drew the site's title over the version picker and the theme toggle. The
notebook hook had dropped Material's `<span class="md-ellipsis">`, which cuts
the title to the room it has ("Data …"), and JupyterLab's padding made the
lab's text column 328 px wide where the other pages' is 358 px.

Every page of the nav is opened in headless Chromium at 320 px (light
scheme), 390 px (dark) and 430 px (light), at the top of the page and scrolled
past its heading (where Material shows the page's title in place of the
site's). The header's menu button, title, version picker, theme toggle and
search button are measured by their boxes. The title counts as what of its
text is drawn: its text's boxes, cut by every ancestor that clips them. The
checks:

- none of them overlaps another, and each lies inside the window;
- the title shown sits in Material's `md-ellipsis` wrapper, and shows at
  least its first four characters whole, with room for the "…";
- the lab's prose, headings and outputs fill the same column as a Markdown
  page's paragraphs at the same width: the same left and right edges.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from browser.site import nav_urls

LAB = "slots_lab"
# The Markdown page whose column the lab's must match: the one before it.
MARKDOWN = "slots"
# (width, scheme): each width once, and both schemes.
VIEWS = [(320, "light"), (390, "dark"), (430, "light")]
HEIGHT = 800
# Characters of the title that must show whole, before the "…".
FIRST_CHARACTERS = 4
SLACK = 0.5  # px, for subpixel layout

# What of the header a reader sees: each element's box, the title as the part
# of its text that is drawn, and what the title needs to be readable.
HEADER_JS = """(first) => {
  const box = (r) => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  const visible = (selector) => [...document.querySelectorAll(selector)].find((e) => e.checkVisibility());
  // The boxes of an element's text, each cut by the ancestors that clip it.
  function drawn(element) {
    let b = null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width <= 0 || rect.height <= 0) continue;
        const r = box(rect);
        for (let e = node.parentElement; e && e !== document.documentElement; e = e.parentElement) {
          const style = getComputedStyle(e), c = e.getBoundingClientRect();
          if (style.overflowX !== 'visible') { r.left = Math.max(r.left, c.left); r.right = Math.min(r.right, c.right); }
          if (style.overflowY !== 'visible') { r.top = Math.max(r.top, c.top); r.bottom = Math.min(r.bottom, c.bottom); }
        }
        if (r.right <= r.left || r.bottom <= r.top) continue;
        b = b ? {left: Math.min(b.left, r.left), right: Math.max(b.right, r.right),
                 top: Math.min(b.top, r.top), bottom: Math.max(b.bottom, r.bottom)} : r;
      }
    }
    return b;
  }
  const title = document.querySelector('.md-header__title');
  const active = title.classList.contains('md-header__title--active');
  const topic = title.querySelectorAll('.md-header__topic')[active ? 1 : 0];
  const ellipsis = topic.querySelector(':scope > .md-ellipsis');
  const text = topic.textContent.trim();
  // The right edge of the first characters, and the width of an ellipsis.
  let firstRight = null, ellipsisWidth = null, whole = null;
  if (ellipsis) {
    const node = [...ellipsis.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
    const start = node.data.search(/\\S/);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, Math.min(node.data.length, start + first));
    firstRight = range.getBoundingClientRect().right;
    const canvas = document.createElement('canvas').getContext('2d');
    canvas.font = getComputedStyle(ellipsis).font;
    ellipsisWidth = canvas.measureText('\\u2026').width;
    whole = ellipsis.scrollWidth <= ellipsis.clientWidth;
  }
  const boxes = {
    menu: visible('.md-header__button[for="__drawer"]'),
    picker: document.querySelector('.python-picker'),
    toggle: visible('.md-header__option .md-header__button'),
    search: visible('.md-header__button[for="__search"]'),
  };
  const found = Object.fromEntries(Object.entries(boxes).map(([k, e]) => [k, e ? box(e.getBoundingClientRect()) : null]));
  found.title = drawn(topic);
  return {
    active, text, boxes: found,
    wrapped: Boolean(ellipsis) && getComputedStyle(ellipsis).textOverflow === 'ellipsis',
    firstRight, ellipsisWidth, whole,
    viewport: {width: document.documentElement.clientWidth, height: window.innerHeight},
  };
}"""

# Wait for the header's transitions to end (the title slides and fades).
SETTLE = """async function settle() {
  const transitions = document.querySelector('.md-header').getAnimations({subtree: true});
  const timeout = new Promise((resolve) => setTimeout(resolve, 2000));
  await Promise.race([Promise.all(transitions.map((a) => a.finished.catch(() => null))), timeout]);
}"""
SETTLE_JS = f"async () => {{ {SETTLE}; await settle(); }}"

# Scroll the page's heading out from under the header, then wait for
# Material to show the page's title, and for its transition to end.
SCROLL_PAST_HEADING_JS = "async () => {" + SETTLE + """
  const h1 = document.querySelector('.md-content h1');
  window.scrollTo(0, h1.getBoundingClientRect().bottom + window.scrollY + 200);
  const title = document.querySelector('.md-header__title');
  for (let i = 0; i < 100 && !title.classList.contains('md-header__title--active'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await settle();
}"""

# The left and right edges of the blocks of the text column: a Markdown
# page's paragraphs and headings, and on the lab its Markdown cells' and
# outputs' blocks and the folded code bars.
COLUMN_JS = """(lab) => {
  const selector = lab
    ? '.jupyter-wrapper .jp-RenderedMarkdown > :is(p, h1, h2, h3), .jupyter-wrapper .jp-OutputArea-output, .jupyter-wrapper details.example'
    : '.md-content__inner > :is(p, h1, h2, h3)';
  return [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility()).map((e) => {
    const r = e.getBoundingClientRect();
    return {what: e.tagName.toLowerCase() + '.' + [...e.classList].join('.'), text: e.textContent.trim().slice(0, 40),
            left: r.left, right: r.right};
  });
}"""


def page_name(url: str) -> str:
    return urlsplit(url).path.strip("/") or "index"


def header_states(page) -> list[dict]:
    """The header at the top of the open page, and scrolled past its heading."""
    page.evaluate(SETTLE_JS)
    top = page.evaluate(HEADER_JS, FIRST_CHARACTERS)
    page.evaluate(SCROLL_PAST_HEADING_JS)
    scrolled = page.evaluate(HEADER_JS, FIRST_CHARACTERS)
    return [{**top, "state": "top"}, {**scrolled, "state": "scrolled"}]


def measure(browser, site_url: str) -> dict:
    headers, columns, pages = [], {}, []
    for width, scheme in VIEWS:
        context = browser.new_context(viewport={"width": width, "height": HEIGHT}, color_scheme=scheme)
        page = context.new_page()
        try:
            urls = nav_urls(page, site_url)
            pages = [page_name(url) for url in urls]
            for url in urls:
                name = page_name(url)
                page.goto(url)
                if name in (LAB, MARKDOWN):
                    columns[(width, scheme, name)] = page.evaluate(COLUMN_JS, name == LAB)
                for state in header_states(page):
                    headers.append({**state, "page": name, "width": width, "scheme": scheme})
        finally:
            context.close()
    return {"pages": pages, "headers": headers, "columns": columns}


@pytest.fixture(scope="module")
def measured(browser, site_url) -> dict:
    return measure(browser, site_url)


def where(header: dict) -> str:
    return f"{header['page']} at {header['width']} px ({header['scheme']}, {header['state']})"


def overlaps(a: dict, b: dict) -> bool:
    return (
        min(a["right"], b["right"]) - max(a["left"], b["left"]) > SLACK
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > SLACK
    )


def overlapping(header: dict) -> list[str]:
    names = list(header["boxes"])
    return [
        f"{one} and {other}"
        for i, one in enumerate(names)
        for other in names[i + 1 :]
        if overlaps(header["boxes"][one], header["boxes"][other])
    ]


def outside(header: dict) -> list[str]:
    width, height = header["viewport"]["width"], header["viewport"]["height"]
    return [
        f"{name} ({box['left']:.1f}..{box['right']:.1f} px)"
        for name, box in header["boxes"].items()
        if box["left"] < -SLACK or box["right"] > width + SLACK or box["top"] < -SLACK or box["bottom"] > height + SLACK
    ]


def test_every_page_of_the_nav_is_measured_in_both_states(measured):
    assert LAB in measured["pages"] and MARKDOWN in measured["pages"]
    for width, scheme in VIEWS:
        for name in measured["pages"]:
            states = {h["state"]: h["active"] for h in measured["headers"]
                      if (h["page"], h["width"], h["scheme"]) == (name, width, scheme)}
            assert states == {"top": False, "scrolled": True}, (
                f"{name} at {width} px ({scheme}): the page's title did not replace the site's on scrolling"
            )


def test_the_header_elements_are_all_there(measured):
    """Each one shows; for the title, some of its text is drawn (squeezed to
    no width, it shows nothing)."""
    missing = [
        f"{where(h)}: {name}" + (" (nothing of its text is drawn)" if name == "title" else "")
        for h in measured["headers"]
        for name, box in h["boxes"].items()
        if box is None
    ]
    assert not missing, "not in the header:\n" + "\n".join(missing)


@pytest.mark.parametrize("width", sorted({w for w, _ in VIEWS}))
def test_title_picker_toggle_and_search_do_not_overlap(measured, width):
    found = [
        f"{where(h)}: {pair}"
        for h in measured["headers"]
        if h["width"] == width and None not in h["boxes"].values()
        for pair in overlapping(h)
    ]
    assert not found, "overlapping in the header:\n" + "\n".join(found)


@pytest.mark.parametrize("width", sorted({w for w, _ in VIEWS}))
def test_the_header_elements_are_inside_the_window(measured, width):
    found = [
        f"{where(h)}: {what}"
        for h in measured["headers"]
        if h["width"] == width and None not in h["boxes"].values()
        for what in outside(h)
    ]
    assert not found, "outside the window:\n" + "\n".join(found)


def test_the_title_is_cut_by_materials_ellipsis_and_stays_readable(measured):
    """Its first characters show whole, with room for the "…" after them."""
    unwrapped = [where(h) for h in measured["headers"] if not h["wrapped"]]
    assert not unwrapped, "the title is not in Material's md-ellipsis wrapper:\n" + "\n".join(unwrapped)
    unreadable = [
        f"{where(h)}: {h['text']!r} drawn in "
        + (f"{title['left']:.1f}..{title['right']:.1f} px" if title else "no width")
        for h in measured["headers"]
        if (title := h["boxes"]["title"]) is None
        or (not h["whole"] and h["firstRight"] + h["ellipsisWidth"] > title["right"] + SLACK)
    ]
    assert not unreadable, (
        f"fewer than {FIRST_CHARACTERS} characters of the title show:\n" + "\n".join(unreadable)
    )


def edges(blocks: list[dict]) -> set[tuple[float, float]]:
    return {(round(b["left"], 1), round(b["right"], 1)) for b in blocks}


@pytest.mark.parametrize("view", VIEWS, ids=[f"{w}px-{s}" for w, s in VIEWS])
def test_the_lab_has_the_text_column_of_a_markdown_page(measured, view):
    width, scheme = view
    markdown = measured["columns"][(width, scheme, MARKDOWN)]
    lab = measured["columns"][(width, scheme, LAB)]
    assert markdown and lab
    column = edges(markdown)
    assert len(column) == 1, f"{MARKDOWN}'s paragraphs have several columns at {width} px: {column}"
    ((left, right),) = column
    # Side margins: the same on both sides, as the theme sets them.
    assert abs(left - (width - right)) <= SLACK
    off = [b for b in lab if abs(b["left"] - left) > SLACK or abs(b["right"] - right) > SLACK]
    assert not off, (
        f"at {width} px the {MARKDOWN} page's column is {left:.1f}..{right:.1f} px "
        f"({right - left:.1f} px wide, margins {left:.1f} and {width - right:.1f} px); "
        "the lab's blocks that differ:\n"
        + "\n".join(f"  {b['what']} {b['text']!r}: {b['left']:.1f}..{b['right']:.1f}" for b in off[:10])
    )


def test_the_measure_sees_the_title_run_under_the_picker(browser, site_url):
    """The check itself: with the title's md-ellipsis wrapper taken away, as
    the notebook hook once did, the title overlaps the picker at 390 px and no
    longer counts as cut by Material."""
    context = browser.new_context(viewport={"width": 390, "height": HEIGHT})
    page = context.new_page()
    try:
        page.goto(f"{site_url}{LAB}/")
        page.evaluate("""() => { for (const span of document.querySelectorAll('.md-header__topic > .md-ellipsis')) {
          span.replaceWith(...span.childNodes); } }""")
        header = page.evaluate(HEADER_JS, FIRST_CHARACTERS)
    finally:
        context.close()
    assert not header["wrapped"]
    assert "picker" in " ".join(overlapping(header))


def test_the_measure_sees_a_narrower_column(browser, site_url):
    """The check itself: JupyterLab's own padding, put back, moves the lab's
    blocks off the Markdown column."""
    context = browser.new_context(viewport={"width": 390, "height": HEIGHT})
    page = context.new_page()
    try:
        page.goto(f"{site_url}{MARKDOWN}/")
        (column,) = edges(page.evaluate(COLUMN_JS, False))
        page.goto(f"{site_url}{LAB}/")
        page.add_style_tag(content=".jupyter-wrapper .jp-Notebook { padding: 10px !important; }")
        lab = edges(page.evaluate(COLUMN_JS, True))
    finally:
        context.close()
    assert column not in lab

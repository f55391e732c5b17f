"""The site as readers meet it: every page in a real browser.

The built site is served on 127.0.0.1 (browser/site.py) and driven with
Playwright in headless Chromium; one browser serves every test. A tour visits
each page of the navigation once in the light scheme and once in the dark one
and records what the browser saw: console errors, every request (the search
worker's too), the figures, what axe-core finds, what each copy button
copies, and a full-page screenshot under artifacts/screenshots/ for people to
look at. The tests read that record. Search, the colour toggle and the phone
drawer drive pages of their own.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser.site import AXE, nav_urls
from harness.outputs import (
    INCLUDE,
    ROOT,
    SNIPPETS,
    SUPPORTED,
    expected_text,
    load_runs,
    shown_code,
    version_groups,
    versions_label,
)

SCREENSHOTS = ROOT / "artifacts" / "screenshots"
# Material's names for the two palettes of mkdocs.yml.
SCHEMES = {"light": "default", "dark": "slate"}
PHONE = {"width": 390, "height": 844}
SERIOUS = ("serious", "critical")
# Shell commands are typed into the page itself.
COMMANDS = re.compile(
    r"^(?P<indent>[ \t]*)```(?:bash|sh|shell)[ \t]*\n(?P<body>.*?)^(?P=indent)```", re.M | re.S
)

# The figures of a page: every <img> (scrolled to if it has not loaded yet)
# and every inline SVG drawing marked role="img", as the notebook page's
# matplotlib figures and the lessons' pictures are. Each must have loaded and
# have a size. A picture in a version tab not shown has none: each one is
# shown with the version picker, and checked, in tests/test_pictures.py.
FIGURES_JS = """async () => {
  const broken = [];
  for (const img of document.images) {
    if (!img.complete) {
      img.scrollIntoView();
      try { await img.decode(); } catch (error) {}
    }
    if (!img.complete || img.naturalWidth === 0) broken.push(img.getAttribute('src'));
  }
  const drawings = [...document.querySelectorAll('svg[role=img]')].filter(svg => svg.checkVisibility());
  for (const svg of drawings) {
    const box = svg.getBBox();
    if (!(box.width > 0 && box.height > 0)) broken.push(svg.getAttribute('aria-label') || 'svg');
  }
  return {count: document.images.length + drawings.length, broken};
}"""
# Starts axe-core on the whole page and returns at once; `window.__axe`
# holds the promise of its violations. Started straight away, axe.run() does
# most of its work before `evaluate` returns; from a timer, it runs while
# Playwright works with the other tab.
AXE_START_JS = """() => {
  window.__axe = new Promise(resolve => setTimeout(resolve))
    .then(() => axe.run(document, {resultTypes: ['violations']}));
}"""


# Material adds a block's copy button when the block first comes into view
# (its `content.lazy` feature, mkdocs.yml). This scrolls every shown block
# into view, as a reader reading down the page does, and waits until each
# has its button.
SCROLL_THROUGH_JS = """async () => {
  const shown = [...document.querySelectorAll('div.highlight > pre')]
    .filter(pre => pre.checkVisibility());
  for (const pre of shown) {
    pre.scrollIntoView({block: 'center'});
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
  }
  window.scrollTo(0, 0);
}"""
ALL_BUTTONS_JS = """() => [...document.querySelectorAll('div.highlight > pre')]
  .filter(pre => pre.checkVisibility())
  .every(pre => pre.querySelector('button.md-code__button[data-md-type=copy]'))"""

# Every visible copy button of the page (those of version tabs not selected
# are hidden), clicked in turn: what each put on the clipboard, and the text
# of the code block it belongs to. The first is clicked with the mouse before
# this runs (`clicked`), the rest by script. textContent, because innerText
# doubles the line breaks, each line being a block of its own.
COPIES_JS = """async clicked => {
  const copies = [];
  const buttons = [...document.querySelectorAll('button.md-code__button[data-md-type=copy]')]
    .filter(button => button.checkVisibility());
  for (const [n, button] of buttons.entries()) {
    if (n > 0 || !clicked) {
      await navigator.clipboard.writeText('');
      button.click();
    }
    const target = button.dataset.clipboardTarget;
    copies.push({target, copied: await navigator.clipboard.readText(),
                 shown: document.querySelector(target).textContent});
  }
  return copies;
}"""


@dataclass
class Copy:
    """One click on a copy button."""

    target: str
    copied: str
    shown: str


@dataclass
class Visit:
    """What the browser saw on one page in one colour scheme."""

    url: str
    scheme: str
    status: int = 0
    shown_scheme: str = ""
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    figures: int = 0
    broken_figures: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    copies: list[Copy] = field(default_factory=list)
    screenshot: Path | None = None

    @property
    def name(self) -> str:
        return urlsplit(self.url).path.strip("/") or "index"

    @property
    def markdown(self) -> Path | None:
        """The page's Markdown source; None for a notebook page."""
        source = ROOT / "docs" / f"{self.name}.md"
        return source if source.is_file() else None


class Tab:
    """A browser context in one colour scheme, and the visits made in it."""

    def __init__(self, browser, site_url: str, scheme: str):
        self.scheme = scheme
        # The reader's system preference picks the palette on a first visit.
        self.context = browser.new_context(color_scheme=scheme)
        self.context.grant_permissions(
            ["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/")
        )
        self.page = self.context.new_page()
        self.visits: list[Visit] = []
        self.open_visit = False
        self.axe_running = False
        self.page.on("console", lambda m: m.type == "error" and self.now.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.now.errors.append(f"uncaught: {e}"))
        # The context, not the page, also sees the search worker's requests.
        self.context.on("request", lambda r: self.now.requests.append(r.url))
        self.context.on("requestfailed", lambda r: self.now.failed.append(f"{r.url}: {r.failure}"))
        self.context.on(
            "response",
            lambda r: r.status >= 400 and self.now.failed.append(f"{r.url}: HTTP {r.status}"),
        )

    @property
    def now(self) -> Visit:
        return self.visits[-1]

    def open(self, url: str, axe_source: str | None) -> None:
        """Load the page, look at it, and start axe-core on it (when there is one)."""
        self.visits.append(Visit(url, self.scheme))
        visit = self.now
        response = self.page.goto(url)
        visit.status = response.status if response else 0
        visit.shown_scheme = self.page.evaluate("document.body.dataset.mdColorScheme")
        figures = self.page.evaluate(FIGURES_JS)
        visit.figures, visit.broken_figures = figures["count"], figures["broken"]
        # JPEG: a full-page PNG of a long page takes twice as long.
        visit.screenshot = SCREENSHOTS / self.scheme / f"{visit.name.replace('/', '_')}.jpg"
        self.page.screenshot(path=visit.screenshot, full_page=True, type="jpeg", quality=80)
        self.open_visit = True
        if axe_source:
            self.page.evaluate(axe_source)
            self.page.evaluate(AXE_START_JS)
            self.axe_running = True

    def finish(self, copy_code: bool) -> None:
        """Wait for axe-core; then, if asked, click every visible copy button."""
        if not self.open_visit:
            return
        self.open_visit = False
        if self.axe_running:
            self.axe_running = False
            violations = self.page.evaluate("window.__axe")["violations"]
            self.now.violations = [v for v in violations if v["impact"] in SERIOUS]
        if copy_code and self.now.markdown:
            self.page.evaluate(SCROLL_THROUGH_JS)
            self.page.wait_for_function(ALL_BUTTONS_JS, timeout=10_000)
            self.page.evaluate("navigator.clipboard.writeText('')")
            first = self.page.locator("button.md-code__button[data-md-type=copy]:visible").first
            clicked = first.count() > 0
            if clicked:
                first.click()  # as a reader does, with the mouse
            self.now.copies = [Copy(**c) for c in self.page.evaluate(COPIES_JS, clicked)]


@pytest.fixture(scope="module")
def nav(browser, site_url) -> list[str]:
    page = browser.new_page()
    try:
        return nav_urls(page, site_url)
    finally:
        page.close()


@pytest.fixture(scope="module")
def tour(browser, site_url, nav) -> list[Visit]:
    """Every page of the nav in both schemes, the two tabs taking turns: while
    one loads and photographs a page, axe-core runs in the other (each tab
    has a renderer process of its own)."""
    axe_source = AXE.read_text(encoding="utf-8") if AXE.is_file() else None
    tabs = [Tab(browser, site_url, scheme) for scheme in SCHEMES]
    try:
        for url in nav:
            for tab in tabs:
                tab.finish(copy_code=tab.scheme == "light")
                tab.open(url, axe_source)
        for tab in tabs:
            tab.finish(copy_code=tab.scheme == "light")
    finally:
        for tab in tabs:
            tab.context.close()
    return [visit for tab in tabs for visit in tab.visits]


def test_the_nav_lists_every_page_of_the_site(nav, built_site: Path):
    built = {
        index.parent.relative_to(built_site).as_posix().removeprefix(".")
        for index in built_site.rglob("index.html")
        if not index.is_relative_to(built_site / "assets")
    }
    listed = {urlsplit(url).path.strip("/") for url in nav}
    assert listed == built
    assert len(nav) >= 2


def test_every_page_loads_without_console_errors(tour):
    problems = [
        f"{v.scheme} {v.name}: {problem}"
        for v in tour
        for problem in ([f"HTTP {v.status}"] if v.status != 200 else []) + v.errors + v.failed
    ]
    assert not problems, "\n".join(problems)


def test_no_request_goes_to_another_host(tour, site_url):
    own = urlsplit(site_url).netloc
    foreign = sorted(
        {
            f"{v.name}: {url}"
            for v in tour
            for url in v.requests
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own
        }
    )
    assert not foreign, "\n".join(foreign)
    assert all(v.requests for v in tour)


def test_every_figure_loads(tour):
    """Every <img> and SVG figure of every page; the Slots lab shows some (the
    Class builders lab has tables only)."""
    broken = [f"{v.scheme} {v.name}: {src}" for v in tour for src in v.broken_figures]
    assert not broken, "\n".join(broken)
    labs = [v for v in tour if v.markdown is None and v.name == "slots_lab"]
    assert len(labs) == 2 and all(v.figures for v in labs)


def test_the_figure_check_sees_a_broken_image(browser, site_url):
    page = browser.new_page()
    try:
        page.goto(site_url)
        page.evaluate(
            """() => {
              const img = document.createElement('img');
              img.src = 'no-such-figure.png';
              img.alt = '';
              document.querySelector('article').append(img);
            }"""
        )
        assert page.evaluate(FIGURES_JS)["broken"] == ["no-such-figure.png"]
    finally:
        page.close()


def test_each_scheme_is_shown_and_photographed(tour):
    for v in tour:
        assert v.shown_scheme == SCHEMES[v.scheme], v.name
        assert v.screenshot.stat().st_size > 0


def require_axe() -> str:
    """axe-core's source. Like the offline test: a reader's machine without
    npm skips and says why; CI installs npm, and there a missing axe-core is
    a failure."""
    if not AXE.is_file():
        missing = (
            f"{AXE.relative_to(ROOT)} is missing: the accessibility checks need axe-core "
            "from npm. Install Node.js with npm and run `make test` (it runs `npm ci`)."
        )
        if os.environ.get("CI"):
            pytest.fail(missing, pytrace=False)
        pytest.skip(missing)
    return AXE.read_text(encoding="utf-8")


def describe(violation: dict) -> str:
    return f"{violation['id']} ({violation['impact']}): {violation['help']}: " + ", ".join(
        str(node["target"]) for node in violation["nodes"][:5]
    )


def test_no_serious_or_critical_accessibility_violation(tour):
    require_axe()
    problems = [f"{v.scheme} {v.name}: {describe(violation)}" for v in tour for violation in v.violations]
    assert not problems, "\n".join(problems)


def _page_code(markdown: Path) -> set[str]:
    """The code blocks a page may show: its includes (and their version
    records, shown in tabs) and its shell commands."""
    text = markdown.read_text(encoding="utf-8")
    shown = {textwrap.dedent(block["body"]).strip("\n") for block in COMMANDS.finditer(text)}
    for include in INCLUDE.finditer(text):
        for version in SUPPORTED:
            shown.add(shown_code(expected_text(SNIPPETS / include["file"], version), include["section"]))
    return shown


def test_copy_button_copies_the_code_as_shown(tour):
    """Every visible copy button of every Markdown page, clicked and read back:
    the clipboard holds the block as shown, which is the snippet (or its
    section) without its `# --8<--` marker lines."""
    problems = []
    visits = [v for v in tour if v.copies]
    for visit in visits:
        expected = _page_code(visit.markdown)
        for copy in visit.copies:
            where = f"{visit.name} {copy.target}"
            if "--8<--" in copy.copied:
                problems.append(f"{where}: a snippet marker was copied")
            if copy.copied.strip("\n") != copy.shown.strip("\n"):
                problems.append(f"{where}: the copied text differs from the text shown")
            if copy.copied.strip("\n") not in expected:
                problems.append(f"{where}: the copied text is no snippet of the page:\n{copy.copied}")
    assert not problems, "\n".join(problems)
    with_code = {v.name for v in tour if v.scheme == "light" and v.markdown and _page_code(v.markdown)}
    assert {v.name for v in visits} == with_code


# Every tab of every set of tabs on the page, clicked in turn: its label, the
# file title of its code block, and the code that is visible after the click.
TABS_JS = """() => {
  const shown = [];
  for (const set of document.querySelectorAll('.tabbed-set')) {
    set.closest('details')?.setAttribute('open', '');
    const blocks = set.querySelectorAll(':scope > .tabbed-content > .tabbed-block');
    for (const label of set.querySelectorAll(':scope > .tabbed-labels > label')) {
      label.click();
      const visible = [...blocks].filter(block => block.checkVisibility());
      shown.push({label: label.textContent.trim(),
                  title: visible[0]?.querySelector('.filename')?.textContent,
                  visible: visible.length,
                  code: visible[0]?.querySelector('code')?.textContent});
    }
  }
  return shown;
}"""


def test_version_tabs_show_each_versions_output(browser, site_url):
    """Where a Python version prints something else, its tab shows that
    version's recorded program once a reader clicks it."""
    expected: dict[str, list] = {}
    runs = load_runs()
    for page_source in sorted((ROOT / "docs").glob("*.md")):
        for include in INCLUDE.finditer(page_source.read_text(encoding="utf-8")):
            for versions, program in version_groups(SNIPPETS / include["file"])[1:]:
                code = shown_code(program, include["section"])
                expected.setdefault(page_source.stem, []).append(
                    (versions_label(versions, runs), f"snippets/{include['file']}", code)
                )
    assert expected, "no snippet has a version record: nothing shows this test can fail"
    problems = []
    page = browser.new_page()
    try:
        for name, tabs in expected.items():
            page.goto(f"{site_url}{name}/")
            shown = {
                (tab["label"], tab["title"], (tab["code"] or "").strip("\n"))
                for tab in page.evaluate(TABS_JS)
                if tab["visible"] == 1
            }
            problems += [f"{name}: {title}, tab {label!r}" for label, title, code in tabs if (label, title, code) not in shown]
    finally:
        page.close()
    assert not problems, "tabs that do not show their version's output:\n" + "\n".join(problems)


def test_search_finds_the_pages(browser, site_url):
    """Press `/` and type, as a reader does: each page is the first result."""
    page = browser.new_page()
    try:
        page.goto(site_url)
        page.keyboard.press("/")
        for query, path in [
            ("default_factory", "/default_factory/"),
            ("__post_init__", "/post_init/"),
            ("slots", "/slots/"),
        ]:
            page.keyboard.press("ControlOrMeta+A")
            page.keyboard.type(query)
            # Results follow the typing; wait for the ones for the whole query.
            page.wait_for_function(
                """query => {
                  const first = document.querySelector('.md-search-result__item > a');
                  return first && new URL(first.href).searchParams.get('h') === query;
                }""",
                arg=query,
            )
            results = page.eval_on_selector_all(
                ".md-search-result__item > a", "links => links.map(link => link.href)"
            )
            assert urlsplit(results[0]).path == path, (query, results)
    finally:
        page.close()


def test_dark_mode_toggle_switches_and_survives_a_reload(browser, nav):
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    scheme = "document.body.dataset.mdColorScheme"
    try:
        page.goto(nav[1])
        assert page.evaluate(scheme) == "default"
        page.get_by_title("Switch to dark mode").click()
        assert page.evaluate(scheme) == "slate"
        page.reload()
        assert page.evaluate(scheme) == "slate"
        page.goto(nav[0])
        assert page.evaluate(scheme) == "slate"
        page.get_by_title("Switch to light mode").click()
        page.reload()
        assert page.evaluate(scheme) == "default"
    finally:
        context.close()


def test_phone_viewport_opens_the_navigation_drawer(browser, site_url, nav):
    from playwright.sync_api import expect

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(site_url)
        # The nav's last page, as a link in the drawer.
        last = page.locator(
            f'.md-nav--primary a.md-nav__link[href="{urlsplit(nav[-1]).path.lstrip("/")}"]'
        )
        hamburger = page.locator('label.md-header__button[for="__drawer"]')
        expect(hamburger).to_be_visible()
        expect(last).not_to_be_in_viewport()
        second = page.locator(
            f'.md-nav--primary a.md-nav__link[href="{urlsplit(nav[1]).path.lstrip("/")}"]'
        )
        expect(second).not_to_be_in_viewport()
        hamburger.click()
        expect(second).to_be_in_viewport()
        page.screenshot(path=SCREENSHOTS / "phone-drawer.jpg", type="jpeg", quality=80)
        # The nav is longer than a phone's screen: the drawer scrolls to its end.
        last.scroll_into_view_if_needed()
        expect(last).to_be_in_viewport()
        last.click()
        expect(page).to_have_url(nav[-1])
    finally:
        context.close()

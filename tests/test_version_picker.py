"""The "Show outputs for Python …" control, in headless Chromium.

docs/javascripts/version-picker.mjs adds it to the header of every page: a
reader chooses a version once, and every group of version tabs on every page
shows the tab that covers it, from then on. The tests choose as a reader
does, then read what each group shows against the recorded programs.
"""

from __future__ import annotations

import pytest
from test_browser import (
    AXE_START_JS,
    PHONE,
    SCHEMES,
    SCREENSHOTS,
    SERIOUS,
    describe,
    require_axe,
)

from harness.outputs import (
    INCLUDE,
    RECORDS,
    REFERENCE,
    ROOT,
    SNIPPETS,
    SUPPORTED,
    expected_text,
    shown_code,
    version_groups,
)

DESKTOP = {"width": 1280, "height": 800}
PICKER_LABEL = "Show outputs for Python"

# Each group of version tabs on the page, in order: the versions its checked
# tab covers, the file title and the code that are visible. Groups inside a
# closed <details> are opened first, so that they can be seen. A picture's
# own version tabs (a set with no code block's title) are left out:
# tests/test_pictures.py checks that they follow the picker.
GROUPS_JS = """() => [...document.querySelectorAll('.tabbed-set')]
  .filter(set => set.querySelector(':scope > .tabbed-labels [data-python-versions]') && set.querySelector('.filename'))
  .map(set => {
    set.closest('details')?.setAttribute('open', '');
    const checked = [...set.querySelectorAll(':scope > .tabbed-labels > label')]
      .find(label => document.getElementById(label.htmlFor).checked);
    const visible = [...set.querySelectorAll(':scope > .tabbed-content > .tabbed-block')]
      .filter(block => block.checkVisibility());
    return {versions: checked.querySelector('[data-python-versions]').dataset.pythonVersions.split(' '),
            title: visible[0]?.querySelector('.filename')?.textContent,
            code: (visible[0]?.querySelector('code')?.textContent ?? '').replace(/^\\n+|\\n+$/g, ''),
            shown: visible.length};
  })"""


def partial(groups) -> bool:
    """A snippet that requires a newer Python (`# requires: Python 3.12`) has
    no tab for the older versions; choosing one of those leaves its group as
    it was. Such groups are left out here."""
    return sorted(v for versions, _ in groups for v in versions) != sorted(SUPPORTED)


PARTIAL = {
    f"snippets/{include['file']}"
    for source in sorted((ROOT / "docs").glob("*.md"))
    for include in INCLUDE.finditer(source.read_text(encoding="utf-8"))
    if partial(version_groups(SNIPPETS / include["file"]))
}


def shown(page) -> list[dict]:
    """GROUPS_JS on `page`, without the groups of snippets in PARTIAL."""
    return [group for group in page.evaluate(GROUPS_JS) if group["title"] not in PARTIAL]


def groups_by_page() -> dict[str, list[tuple[str, str | None, list[tuple[list[str], str]]]]]:
    """Each Markdown page with version tabs: the version groups of each tabbed
    include, in page order (extensions/version_tabs.py makes one tab per group)."""
    pages = {}
    for source in sorted((ROOT / "docs").glob("*.md")):
        includes = []
        for include in INCLUDE.finditer(source.read_text(encoding="utf-8")):
            groups = version_groups(SNIPPETS / include["file"])
            if len(groups) > 1 and not partial(groups):
                includes.append((include["file"], include["section"], groups))
        if includes:
            pages[source.stem] = includes
    return pages


def expected(page_name: str, version: str) -> list[dict]:
    """What each group of the page must show for `version`."""
    return [
        {
            "versions": next(versions for versions, _ in groups if version in versions),
            "title": f"snippets/{file}",
            "code": shown_code(expected_text(SNIPPETS / file, version), section),
            "shown": 1,
        }
        for file, section, groups in groups_by_page()[page_name]
    ]


def choose(page, version: str) -> None:
    page.get_by_label(PICKER_LABEL).select_option(version)


@pytest.fixture
def context(browser):
    """A reader's first visit: nothing remembered yet."""
    context = browser.new_context(viewport=DESKTOP)
    yield context
    context.close()


def test_pages_have_groups_a_default_view_would_get_wrong():
    """The tests below can fail: for each version that prints something else
    somewhere (it has records), some group's tab is not the reference tab,
    which is checked by default, and some version's tab covers several
    versions."""
    pages = groups_by_page()
    assert pages
    tabs = [versions for includes in pages.values() for *_, groups in includes for versions, _ in groups]
    differing = [v for v in SUPPORTED if v != REFERENCE and any((RECORDS / v).rglob("*.txt"))]
    assert SUPPORTED[0] in differing, "the oldest version prints like the reference everywhere"
    for version in differing:
        if version != REFERENCE:
            assert any(version in versions and REFERENCE not in versions for versions in tabs), (
                f"no tab shows Python {version} apart from {REFERENCE}: "
                "the tests for it would pass with no picker at all"
            )
    assert any(len(versions) > 1 and REFERENCE not in versions for versions in tabs), (
        "no tab covers several versions besides the reference's"
    )


def test_a_choice_on_one_page_shows_that_version_everywhere_and_after_a_reload(context, site_url):
    page = context.new_page()
    page.goto(site_url)
    choose(page, "3.12")
    for name in groups_by_page():
        page.goto(f"{site_url}{name}/")
        assert shown(page) == expected(name, "3.12"), name
    page.reload()
    assert shown(page) == expected(name, "3.12"), f"{name}, reloaded"
    assert page.get_by_label(PICKER_LABEL).input_value() == "3.12"
    # A later visit, in a new tab of the same browser profile.
    later = context.new_page()
    later.goto(f"{site_url}slots/")
    assert shown(later) == expected("slots", "3.12")


def test_each_version_selects_the_tab_that_covers_it_in_every_group(context, site_url):
    """Labels that cover several versions ("Python 3.10, 3.11, 3.12")
    included: the tab shown is the one whose versions include the choice."""
    page = context.new_page()
    for name in groups_by_page():
        page.goto(f"{site_url}{name}/")
        # Last the reference, so that each choice before it changes something.
        for version in sorted(SUPPORTED, key=lambda v: v == REFERENCE):
            choose(page, version)
            assert shown(page) == expected(name, version), f"{name}, Python {version}"


def test_the_control_works_by_keyboard_alone(context, site_url):
    page = context.new_page()
    page.goto(f"{site_url}slots/")
    picker = page.get_by_label(PICKER_LABEL)
    for _ in range(40):
        page.keyboard.press("Tab")
        if picker.evaluate("select => select === document.activeElement"):
            break
    else:
        pytest.fail("40 presses of Tab never reached the control", pytrace=False)
    outline = picker.evaluate("select => getComputedStyle(select).outlineStyle")
    assert outline != "none", "the focused control shows no focus ring"
    assert picker.input_value() == REFERENCE
    # On a closed <select>, an arrow key moves to the next option.
    while picker.input_value() != SUPPORTED[0]:
        before = picker.input_value()
        page.keyboard.press("ArrowUp")
        assert picker.input_value() != before, "ArrowUp did not change the choice"
    assert shown(page) == expected("slots", SUPPORTED[0])
    page.reload()
    assert shown(page) == expected("slots", SUPPORTED[0])


def test_a_tab_clicked_by_hand_leaves_the_choice_alone(context, site_url):
    page = context.new_page()
    page.goto(f"{site_url}slots/")
    choose(page, "3.12")
    other = page.locator(".tabbed-labels > label:not(:has([data-python-versions~='3.12']))").first
    other.click()
    assert other.evaluate("label => document.getElementById(label.htmlFor).checked")
    assert page.get_by_label(PICKER_LABEL).input_value() == "3.12"
    page.goto(f"{site_url}recap/")
    assert shown(page) == expected("recap", "3.12")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280x800", "390px"])
def test_the_control_fits_and_axe_finds_nothing_serious(browser, site_url, scheme, viewport):
    axe_source = require_axe()
    context = browser.new_context(color_scheme=scheme, viewport=viewport)
    page = context.new_page()
    try:
        page.goto(f"{site_url}slots/")
        choose(page, SUPPORTED[0])
        picker = page.get_by_label(PICKER_LABEL)
        box = picker.bounding_box()
        assert picker.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=SCREENSHOTS / f"version-picker-{scheme}-{viewport['width']}.jpg",
            clip={"x": 0, "y": 0, "width": viewport["width"], "height": 200},
            type="jpeg",
            quality=80,
        )
        page.evaluate(axe_source)
        page.evaluate(AXE_START_JS)
        violations = [v for v in page.evaluate("window.__axe")["violations"] if v["impact"] in SERIOUS]
        assert not violations, "\n".join(map(describe, violations))
    finally:
        context.close()

"""Pictures say what the programs printed (extensions/pictures.py).

Each `::: picture` directive on a page is drawn for every supported version,
and each drawing is held against that version's recorded output, read here
by the test's own patterns: every name and number the output gives for the
picture must be in its text, and every number in its text must come from the
output (or be the sum or difference the kind draws). A changed record line
changes the picture; a missing snippet or output that no longer parses fails
with an error naming the page, snippet or record line. In Chromium on a
390 px phone, the text of every picture is at least 12 px high, stays inside
its drawing, and the version picker switches pictures as it switches tabs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import copy_project

from browser.site import AXE
from extensions.pictures import DIRECTIVE, KINDS, OutputError, pictures_for
from harness.outputs import OUTPUT_LINE, ROOT, SNIPPETS, SUPPORTED, expected_text

PAGES = sorted((ROOT / "docs").glob("*.md"))
SVG = "{http://www.w3.org/2000/svg}"
NUMBER = re.compile(r"\b\d+\b")


def directives() -> list[tuple[str, str, str]]:
    """(page, kind, snippet) for every picture on every page."""
    found = []
    for page in PAGES:
        for match in DIRECTIVE.finditer(page.read_text(encoding="utf-8")):
            kind, snippet = re.fullmatch(r'\s+([\w-]+)\s+"([^"]+)"\s*', match["rest"]).groups()
            found.append((page.stem, kind, snippet))
    return found


def output(snippet: str, version: str) -> list[str]:
    return [
        OUTPUT_LINE.sub("", line, count=1).strip()
        for line in expected_text(SNIPPETS / snippet, version).splitlines()
        if OUTPUT_LINE.match(line)
    ]


def ints(pattern: str, lines: list[str]) -> list[tuple[str, ...]]:
    return [m.groups() for line in lines if (m := re.fullmatch(pattern, line))]


def signature_names(line: str) -> tuple[list[str], list[str]]:
    """Names and default values of an `inspect.signature` line, by a simpler reading."""
    inner = line[1 : line.rindex(")")]
    names = re.findall(r"(?:^|, )(\w+):", inner)
    defaults = re.findall(r" = ([^,)]+)", inner)
    return names, defaults


def what_the_output_says(kind: str, lines: list[str]) -> tuple[set[str], set[int]]:
    """The texts a picture of `kind` must show, and the numbers it may show."""
    if kind == "where-fields-live":
        pointer = int(ints(r"pointer size:\s+(\d+) bytes", lines)[0][0])
        slots = next(line.split()[1:] for line in lines if line.startswith("slots:"))
        sized = ints(r"getsizeof\((\w+)\(\.\.\.\)\):\s+(\d+)", lines)
        allocated = dict(ints(r"allocated per (\w+)\(\.\.\.\):\s+(\d+)", lines))
        first = int(ints(r"allocated per first \.__dict__:\s+(\d+)", lines)[0][0])
        must, numbers = set(slots), {pointer, first}
        for name, counted in sized:
            must |= {f"{name}(...)", f"{counted} B", f"{allocated[name]} B"}
            numbers |= {int(counted), int(allocated[name]), int(allocated[name]) - int(counted)}
        header = int(sized[1][1]) - len(slots) * pointer
        return must | {f"{header} B", f"{pointer} B"}, numbers | {header}
    if kind == "shallow-deep":
        rows = ints(r"(\w+)\s+getsizeof (\d+)\s+asizeof (\d+)", lines) or [
            (name, g, a)
            for name, g in ints(r"getsizeof\((\w+)\):\s+(\d+)", lines)
            for other, a in ints(r"asizeof\((\w+)\):\s+(\d+)", lines)
            if other == name
        ]
        return (
            {f"{name}: getsizeof {g} B, asizeof {a} B" for name, g, a in rows},
            {int(n) for row in rows for n in row[1:]},
        )
    if kind == "field-order":
        rows = ints(r"(\d+) (\w+)\s+[x.]\s+[x.]\s+(.+)", lines)
        classes = set(ints(r"field\s+(\w+)\s+(\w+)\s+__init__", lines)[0])
        return (
            classes | {n for row in rows for n in row} - {"(init=False)"},
            {int(n) for row in rows for n in NUMBER.findall(" ".join(row))},
        )
    if kind in ("defaults-order", "keyword-only"):
        names, defaults = signature_names(next(line for line in lines if line.startswith("(")))
        must = set(names) | {f"= {value}" for value in defaults}
        numbers = {int(n) for value in defaults for n in NUMBER.findall(value)}
        if kind == "defaults-order":
            message = next(line for line in lines if line.startswith("TypeError:"))
            must.add(re.search(r"argument '(\w+)'", message)[1])
            numbers |= {int(n) for n in NUMBER.findall(message)}
        return must, numbers
    if kind == "what-init-takes":
        return {line.split()[0] for line in lines if " init=" in line}, set()
    if kind == "sort-order":
        before = re.findall(r"\('(\w+)', (\d+)\)", next(line for line in lines if line.startswith("[(")))
        after = ints(r"(\w+ \w+): (\d+)", lines)
        return (
            {name for name, _ in before} | {name for name, _ in after} | {key for _, key in before + after},
            {int(key) for _, key in before + after},
        )
    raise AssertionError(f"no reading of the output for the picture kind {kind!r}; add one here")


def texts(svg: str) -> list[str]:
    root = ElementTree.fromstring(svg)
    return [node.text or "" for node in root.iter(f"{SVG}text")]


def problems_with(kind: str, snippet: str, version: str, svg: str) -> list[str]:
    must, numbers = what_the_output_says(kind, output(snippet, version))
    shown = texts(svg)
    joined = "\n".join(shown)
    where = f"{kind} of snippets/{snippet} on {version}"
    missing = [f"{where}: the output says {text!r}, the picture does not" for text in sorted(must) if text not in joined]
    foreign = sorted({int(n) for text in shown for n in NUMBER.findall(text)} - numbers)
    wrong = [f"{where}: the picture shows {n}, which is not in the output" for n in foreign]
    return missing + wrong


def test_every_picture_kind_is_on_a_page():
    assert {kind for _, kind, _ in directives()} == set(KINDS)


def test_every_picture_shows_the_names_and_numbers_of_its_output():
    problems = []
    for _, kind, snippet in directives():
        for versions, drawn in pictures_for(kind, SNIPPETS / snippet):
            for version in versions:
                problems += problems_with(kind, snippet, version, drawn.svg("test"))
            must, _ = what_the_output_says(kind, output(snippet, versions[0]))
            if not must:
                problems.append(f"{kind} of snippets/{snippet}: the test reads nothing from its output")
            problems += [
                f"{kind} of snippets/{snippet}: its text alternative leaves out {name!r}"
                for name in sorted(must)
                if name.isidentifier() and name not in drawn.desc
            ]
    assert not problems, "\n".join(problems)


def test_the_check_sees_a_number_that_is_not_in_the_output():
    versions, drawn = pictures_for("where-fields-live", SNIPPETS / "slots/where_fields_live.py")[0]
    svg = drawn.svg("test").replace(">144 B<", ">145 B<", 1).replace("allocated: 144 B", "allocated: 145 B")
    assert problems_with("where-fields-live", "slots/where_fields_live.py", versions[0], svg)


def test_versions_that_print_other_numbers_get_their_own_picture():
    groups = pictures_for("where-fields-live", SNIPPETS / "slots/where_fields_live.py")
    assert sorted(v for versions, _ in groups for v in versions) == sorted(SUPPORTED)
    by_version = {v: drawn for versions, drawn in groups for v in versions}
    assert "getsizeof counts 56 bytes" in by_version["3.11"].desc
    assert "getsizeof counts 48 bytes" in by_version["3.15"].desc


def test_a_pictures_version_tabs_are_a_set_of_their_own(built_site):
    """Right after a block's version tabs, a picture's tabs must not join that
    block's tab set (the reader would see each version's label twice)."""
    from bs4 import BeautifulSoup

    sets = 0
    for page in built_site.rglob("index.html"):
        for tab_set in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("div.tabbed-set"):
            if tab_set.select_one("figure.picture"):
                sets += 1
                assert not tab_set.select_one(".filename"), f"{page.relative_to(built_site)}: a picture's tabs joined a code block's"
    assert sets >= 3


# ------------------------------------------------ a scratch copy's pictures

RENDER = """
import sys
import markdown
from extensions import PageError
md = markdown.Markdown(extensions=["pymdownx.tabbed", "extensions.pictures"],
                       extension_configs={"pymdownx.tabbed": {"alternate_style": True}})
try:
    print(md.convert(sys.stdin.read()))
except PageError as error:
    print(f"PageError: {error}")
"""


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    copy_project(tmp_path, "snippets")
    return tmp_path


def render(project: Path, markdown: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", RENDER], input=markdown, cwd=project, capture_output=True, text=True, check=True
    )
    return result.stdout


def plant(project: Path, record: str, old: str, new: str) -> None:
    path = project / "snippets" / "_outputs" / record
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{record} no longer holds {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_changed_record_line_changes_that_versions_picture(scratch):
    directive = '::: picture where-fields-live "slots/where_fields_live.py"\n'
    before = render(scratch, directive)
    plant(scratch, "3.11/slots/where_fields_live.txt", "getsizeof(Student(...)):          56", "getsizeof(Student(...)):          64")
    after = render(scratch, directive)
    assert before != after
    assert "getsizeof counts 56 bytes" in before and "getsizeof counts 56 bytes" not in after
    assert "getsizeof counts 64 bytes; creating one allocates 144 bytes, so 80 bytes are not counted" in after
    # The reference's picture is the same.
    assert before.split("3.11")[0] == after.split("3.11")[0]


def test_a_picture_of_a_missing_snippet_fails_naming_page_and_line(scratch):
    result = render(scratch, 'Text.\n\n::: picture where-fields-live "slots/no_such.py"\n')
    assert "PageError: the page:3: picture where-fields-live draws snippets/slots/no_such.py, which does not exist" in result


def test_an_unknown_kind_or_a_malformed_directive_fails_naming_the_line(scratch):
    assert "PageError: the page:1: no picture kind 'pie'" in render(scratch, '::: picture pie "slots/sizes.py"\n')
    assert "PageError: the page:2: write a picture as" in render(scratch, "\n::: picture slots/sizes.py\n")


def test_output_that_no_longer_parses_fails_naming_the_record_line(scratch):
    plant(scratch, "3.10/slots/where_fields_live.txt", "#> allocated per Student(...):       192", "#> allocated per Student(...):       many")
    result = render(scratch, 'Intro.\n\n::: picture where-fields-live "slots/where_fields_live.py"\n')
    record = "snippets/_outputs/3.10/slots/where_fields_live.txt"
    line = next(
        n for n, text in enumerate((scratch / record).read_text(encoding="utf-8").splitlines(), 1) if "many" in text
    )
    assert f"PageError: the page:3: picture where-fields-live: {record}:{line}: Python 3.10: cannot read" in result


def test_a_missing_snippet_fails_the_mkdocs_build(scratch):
    from conftest import mkdocs_build

    shutil.copytree(ROOT / "overrides", scratch / "overrides")
    for name in ("mkdocs.yml", "package.json", "package-lock.json"):
        shutil.copy(ROOT / name, scratch / name)
    (scratch / "docs").mkdir()
    (scratch / "docs" / "index.md").write_text('# Demo\n\n::: picture sort-order "ordering/gone.py"\n', encoding="utf-8")
    result = mkdocs_build(scratch, scratch / "site")
    assert result.returncode == 1
    assert "docs/index.md:3: picture sort-order draws snippets/ordering/gone.py, which does not exist" in result.stdout + result.stderr


def test_the_drawers_reject_output_they_cannot_read():
    from extensions.pictures import Output

    out = Output(SNIPPETS / "slots/nested_dicts.py", "3.15")
    with pytest.raises(OutputError, match=r"snippets/slots/nested_dicts.py: Python 3.15: no output line starts with 'pointer size:'"):
        KINDS["where-fields-live"](out)


# -------------------------------------------------------- in the browser

PHONE = {"width": 390, "height": 844}
# 390 px, the phone the layout tests use; 320 px, where the widest pictures
# are wider than the column and scroll in their region.
WIDTHS = (390, 320)

# For each visible picture: the smallest rendered text height (font size
# times the drawing's scale), the text that sticks out of its drawing, and
# its description.
MEASURE_JS = """() => [...document.querySelectorAll('figure.picture')]
  .filter(figure => figure.checkVisibility())
  .map(figure => {
    const svg = figure.querySelector('svg');
    const box = svg.getBoundingClientRect();
    const sizes = [], outside = [];
    for (const text of svg.querySelectorAll('text')) {
      sizes.push(parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM().a);
      const r = text.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        outside.push(text.textContent);
    }
    return {smallest: Math.min(...sizes), outside,
            desc: svg.querySelector('desc').textContent,
            scrolls: figure.querySelector('.picture__scroll').scrollWidth >
                     figure.querySelector('.picture__scroll').clientWidth,
            focusable: figure.querySelector('.picture__scroll').tabIndex === 0};
  })"""

PICTURE_PAGES = sorted({page for page, _, _ in directives()})


@pytest.fixture(scope="module")
def phone(browser, site_url):
    context = browser.new_context(viewport=PHONE, color_scheme="dark")
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PICTURE_PAGES)
def test_picture_text_is_at_least_12_px_and_inside_its_drawing_on_a_phone(phone, site_url, name, width):
    phone.set_viewport_size({"width": width, "height": PHONE["height"]})
    phone.goto(f"{site_url}{name}/")
    pictures = phone.evaluate(MEASURE_JS)
    phone.set_viewport_size(PHONE)
    assert len(pictures) == sum(1 for page, _, _ in directives() if page == name)
    for picture in pictures:
        assert picture["smallest"] >= 12, picture["desc"]
        assert not picture["outside"], picture["outside"]
        assert picture["focusable"] == picture["scrolls"], picture["desc"]


def test_the_version_picker_switches_the_pictures(phone, site_url):
    phone.goto(f"{site_url}slots/")
    assert any("getsizeof counts 48 bytes" in p["desc"] for p in phone.evaluate(MEASURE_JS))
    phone.select_option("#python-picker", "3.11")
    shown = [p["desc"] for p in phone.evaluate(MEASURE_JS)]
    assert any("getsizeof counts 56 bytes" in desc for desc in shown)
    assert not any("getsizeof counts 48 bytes" in desc for desc in shown)
    phone.select_option("#python-picker", "3.15")


@pytest.mark.parametrize("engine", ["firefox", "webkit"])
def test_pictures_read_the_same_in_firefox_and_webkit(site_url, engine):
    """Firefox and WebKit (Safari's engine) lay the text out as Chromium
    does: at least 12 px high and inside its drawing, on a 390 px phone."""
    from browser.engines import NAMES, missing, open_engine

    reason = missing(engine)
    if reason:
        message = f"pictures not checked in {NAMES[engine]}: {reason}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    problems, seen = [], 0
    with open_engine(engine) as page:
        page.set_viewport(PHONE["width"], PHONE["height"])
        for name in PICTURE_PAGES:
            page.goto(f"{site_url}{name}/")
            for picture in page.evaluate(f"async () => ({MEASURE_JS})()"):
                seen += 1
                if picture["smallest"] < 12 or picture["outside"]:
                    problems.append(f"{name}: {picture['smallest']:.1f} px, outside: {picture['outside']}")
    assert seen == len(directives())
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_in_the_pictures(browser, site_url, scheme):
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail("axe-core is missing (npm ci)", pytrace=False)
        pytest.skip("axe-core is missing: run `npm ci`")
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    problems = []
    try:
        for name in PICTURE_PAGES:
            page.goto(f"{site_url}{name}/")
            page.evaluate(AXE.read_text(encoding="utf-8"))
            # Each group's pictures in turn: a tab not shown is not checked.
            shown_by = {
                versions[0]
                for page_name, kind, snippet in directives()
                if page_name == name
                for versions, _ in pictures_for(kind, SNIPPETS / snippet)
            }
            for version in sorted(shown_by):
                page.select_option("#python-picker", version)
                result = page.evaluate("() => axe.run({include: [['figure.picture']]}, {resultTypes: ['violations']})")
                problems += [
                    f"{scheme} {name} {version}: {v['id']} ({v['impact']}): {v['help']}"
                    for v in result["violations"]
                    if v["impact"] in ("serious", "critical")
                ]
    finally:
        context.close()
    assert not problems, "\n".join(problems)

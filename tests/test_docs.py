"""The pages show only tested snippets, and the site builds without a warning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from harness.outputs import (
    INCLUDE,
    REFERENCE,
    ROOT,
    SNIPPETS,
    load_runs,
    shown_code,
    snippet_files,
)

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)")
# Shell blocks show commands to type; they carry no output, so nothing to run.
COMMAND_LANGUAGES = {"bash", "sh", "shell"}


@dataclass
class Fence:
    page: Path
    line: int
    lang: str
    body: list[str]

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def fences(page: Path) -> list[Fence]:
    found = []
    lines = page.read_text(encoding="utf-8").splitlines()
    n = 0
    while n < len(lines):
        opening = FENCE_OPEN.match(lines[n])
        if not opening:
            n += 1
            continue
        fence, body = opening.group("fence"), []
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = n + 1
        while end < len(lines) and not closing.match(lines[end]):
            body.append(lines[end])
            end += 1
        found.append(Fence(page, n + 1, opening.group("lang"), body))
        n = end + 1
    return found


def included_files() -> set[str]:
    return {
        INCLUDE.match(line)["file"]
        for page in PAGES
        for fence in fences(page)
        for line in fence.body
        if INCLUDE.match(line)
    }


def test_every_code_block_on_a_page_includes_one_snippet():
    problems = []
    for page in PAGES:
        for fence in fences(page):
            body = [line for line in fence.body if line.strip()]
            if fence.lang in COMMAND_LANGUAGES:
                continue
            if fence.lang not in ("python", "py"):
                problems.append(f"{fence.where}: a ```{fence.lang} block; outputs come from snippets only")
            elif len(body) != 1 or not INCLUDE.match(body[0]):
                problems.append(f"{fence.where}: write the code in snippets/ and include it")
    assert not problems, "\n".join(problems)


def test_every_snippet_is_on_a_page():
    shown = included_files()
    unshown = [
        f"snippets/{snippet.relative_to(SNIPPETS).as_posix()}"
        for snippet in snippet_files()
        if snippet.relative_to(SNIPPETS).as_posix() not in shown
    ]
    assert not unshown, "no page includes:\n" + "\n".join(unshown)


def test_pages_include_snippets_not_version_records():
    """Records reach a page only through the version tabs the hook generates."""
    direct = sorted(f for f in included_files() if f.startswith("_outputs/"))
    assert not direct, direct


def test_site_builds_strictly(built_site: Path):
    assert (built_site / "index.html").is_file()


def test_home_page_names_the_interpreter_that_produced_the_outputs(built_site: Path):
    reference = load_runs()[REFERENCE]
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert f"{reference['implementation']} {reference['version']}" in home
    assert f"{reference['system']} {reference['machine']}" in home


WHOLE_PROGRAM_LINK = re.compile(r'<a class="whole-program" download="(?P<name>[^"]+)" href="(?P<href>[^"]+)"')


def test_every_section_block_links_to_its_whole_program(built_site: Path):
    """A block that shows one section cannot run alone: under it, a link
    downloads the whole program, which the site serves as the snippet without
    its marker lines."""
    problems = []
    for page in PAGES:
        sections = [m["file"] for m in INCLUDE.finditer(page.read_text(encoding="utf-8")) if m["section"]]
        name = page.relative_to(DOCS).with_suffix("").as_posix()
        # Each page is <name>/index.html, the home page index.html; links are relative.
        page_dir = built_site if name == "index" else built_site / name
        html = (page_dir / "index.html").read_text(encoding="utf-8")
        links = [(page_dir / m["href"]).resolve() for m in WHOLE_PROGRAM_LINK.finditer(html)]
        expected = [(built_site / "snippets" / file).resolve() for file in sections]
        if sorted(links) != sorted(expected):
            problems.append(f"{page.relative_to(ROOT)}: whole-program links {links}, sections of {expected}")
        for file in set(sections):
            served = built_site / "snippets" / file
            program = shown_code((SNIPPETS / file).read_text(encoding="utf-8")) + "\n"
            if not served.is_file() or served.read_text(encoding="utf-8") != program:
                problems.append(f"{served}: not the whole program snippets/{file}")
    assert not problems, "\n".join(problems)

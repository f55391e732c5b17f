"""Every internal link and anchor of the built site resolves.

`mkdocs build --strict` checks links between Markdown pages, but not what a
notebook page holds (its own links, and anchors that other pages point into
it), nor what the theme and the hooks add. These tests read every HTML file of
the built site once: each `href`, `src` and `srcset` that stays on the site
must name a file of the site, and its `#fragment` an `id` (or `<a name>`) in
that file.

LinkChecker with its AnchorCheck plugin finds the same faults (it found the
same broken link into the notebook page as this), but it fetches and parses
a page again for every anchor that points into it. The site's 2,000-odd
line-number anchors kept it busy for over ten minutes; told to skip them, it
still took 35 s, against under 1 s here.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

SITE_ORIGIN = "http://site.invalid/"
# A page may link to other sites, but embed nothing from them.
EMBEDDING = {"script", "img", "source", "iframe", "video", "audio", "embed", "object", "css"}
# <link rel=...> values that name a page rather than load a resource.
PAGE_RELS = {"canonical", "prev", "next", "alternate", "author", "license", "help", "search"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)(?P<url>[^'")]+)\1\s*\)""")


@dataclass
class Ref:
    line: int
    tag: str
    attribute: str
    value: str
    embeds: bool


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    refs: list[Ref] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        values = dict(attrs)
        if tag == "link":
            embeds = not set((values.get("rel") or "").lower().split()) <= PAGE_RELS
        else:
            embeds = tag in EMBEDDING
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.page.ids.add(value)
            elif name in ("href", "src") or (tag == "object" and name == "data"):
                self.page.refs.append(Ref(line, tag, name, value, embeds))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.refs.append(Ref(line, tag, name, candidate.split()[0], embeds))

    handle_startendtag = handle_starttag


def parse(html: str) -> Page:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.page


def _target(site: Path, url: str) -> Path | None:
    """The file of the site that an absolute site URL names, or None."""
    path = unquote(urlsplit(url).path)
    relative = PurePosixPath(path.removeprefix("/"))
    if ".." in relative.parts:
        return None
    file = site / relative
    if path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file if file.is_file() else None


def broken_links(site: Path) -> list[str]:
    """Every reference in the site's HTML and CSS files that does not resolve."""
    pages = {file: parse(file.read_text(encoding="utf-8")) for file in sorted(site.rglob("*.html"))}
    refs = [(file, ref) for file, page in pages.items() for ref in page.refs]
    for stylesheet in sorted(site.rglob("*.css")):
        for number, text in enumerate(stylesheet.read_text(encoding="utf-8").splitlines(), 1):
            for match in CSS_URL.finditer(text):
                refs.append((stylesheet, Ref(number, "css", "url", match.group("url"), True)))

    problems = []
    for source, ref in refs:
        name = source.relative_to(site).as_posix()
        where = f"{name}:{ref.line}: <{ref.tag} {ref.attribute}={ref.value!r}>"
        url = urljoin(SITE_ORIGIN + name, ref.value.strip())
        parts = urlsplit(url)
        if parts.scheme in ("data", "mailto", "javascript", "blob"):
            continue
        if f"{parts.scheme}://{parts.netloc}/" != SITE_ORIGIN:
            if ref.embeds:
                problems.append(f"{where}: embeds a resource from another host")
            continue
        target = _target(site, url)
        if target is None:
            problems.append(f"{where}: no such file in the site")
            continue
        fragment = unquote(parts.fragment)
        if fragment and target.suffix == ".html" and fragment not in pages[target].ids:
            problems.append(
                f"{where}: {target.relative_to(site).as_posix()} has no id {fragment!r}"
            )
    return problems


def test_every_internal_link_and_anchor_resolves(built_site: Path):
    problems = broken_links(built_site)
    assert not problems, "\n".join(problems)


def test_the_check_finds_broken_links_anchors_into_notebooks_and_foreign_resources(
    built_site: Path, tmp_path: Path
):
    """The check itself: broken references planted in a copy of the site are found."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    home = site / "index.html"
    html = home.read_text(encoding="utf-8")
    notebook = (site / "slots_lab" / "index.html").read_text(encoding="utf-8")
    # An id only the notebook page has, such as a heading of the notebook.
    real_id = sorted(parse(notebook).ids - parse(html).ids)[0]
    planted = (
        f'<a href="slots_lab/#{real_id}">fine</a>\n'
        '<a href="slots_lab/#no-such-cell">bad anchor into the notebook</a>\n'
        '<a href="no-such-page/">bad page</a>\n'
        '<img src="assets/no-such-image.png" alt="">\n'
        '<script src="https://cdn.example.org/x.js"></script>\n'
        '<a href="https://example.org/">a link away is fine</a>\n'
    )
    home.write_text(html.replace("</body>", planted + "</body>"), encoding="utf-8")
    found = [p for p in broken_links(site) if p.startswith("index.html:")]
    assert [p.split(": ", 2)[1:] for p in found] == [
        ["<a href='slots_lab/#no-such-cell'>", "slots_lab/index.html has no id 'no-such-cell'"],
        ["<a href='no-such-page/'>", "no such file in the site"],
        ["<img src='assets/no-such-image.png'>", "no such file in the site"],
        ["<script src='https://cdn.example.org/x.js'>", "embeds a resource from another host"],
    ]

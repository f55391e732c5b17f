"""MkDocs hook for the notebook page (docs/slots_lab.ipynb), rendered by mkdocs-jupyter.

- Runs the notebook at every build. mkdocs-jupyter's cache is keyed on the
  notebook's bytes only, so only `mkdocs serve` uses it: editing a Markdown
  page then does not run the notebook again. `SITE_SKIP_NOTEBOOKS=1` renders
  the notebook without running it (bench/suite.py times the Markdown pages
  that way).
- Turns the notebook's links to `page.md` and `page.ipynb` into page URLs, as
  MkDocs does for Markdown pages. A link to a missing page fails the build;
  a link to a missing anchor, from the notebook or into it, is a warning,
  which `--strict` turns into a failure.
- Makes its headings' permalinks and its search entries look like those of
  the Markdown pages: the search index gets no "¶" in titles, and no
  prompts, "Copied!" labels, code or figure labels.
- Folds every code cell's input into a `<details>` bar ("Code: ...", from
  the cell's first line when it is a comment), kept out of the search index:
  the page reads as an article, and the code is one click away.
- Keeps, of the ~600 KB of JupyterLab CSS that mkdocs-jupyter inlines into
  the page, the rules that can match an element of the page, and the custom
  properties (`--name: value`) that the page or one of the site's stylesheets
  reads; moves those style sheets into `<head>`, where HTML allows them, and
  adds the page's own rules (hooks/notebook_page.css). Drops the <span>s
  that Pygments puts around code tokens whose class no rule styles, in the
  notebook's code blocks only (the theme's own <span>s, such as the header's
  `md-ellipsis`, stay).
- Makes the copy buttons valid HTML: the template writes a stray `,=""`
  attribute, and an `aria-label` that HTML allows only with a role, which
  the button's script adds at run time anyway.
"""

from __future__ import annotations

import functools
import html
import os
import posixpath
import re
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import tinycss2
from mkdocs.exceptions import PluginError

JUPYTER = "mkdocs-jupyter"
# Material's scripts add classes of theirs to the page as it loads (such as
# the wrapper around each table), so these are kept whatever the HTML holds.
RUNTIME_CLASS = "md-"
# Attributes that only the notebook's markup sets (no script adds them), so a
# selector that needs one the page lacks can never match.
STATIC_ATTRIBUTE = "data-jp-"

STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.DOTALL)
CLASS_ATTRIBUTE = re.compile(r'\bclass\s*=\s*"([^"]*)"')
ATTRIBUTE_NAME = re.compile(r"\s([\w:.-]+)\s*=")
ID_ATTRIBUTE = re.compile(r'\sid\s*=\s*"([^"]+)"')
VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
ANCHOR_LINK = re.compile(r'<a class="anchor-link" href="#([^"]*)">')
# Prompts ("In [1]:"), copy buttons and the hidden text they copy.
NOT_FOR_SEARCH = re.compile(
    r'(<div\b[^>]*?\bclass="(?:[^"]*\s)?'
    r'(?:jp-InputPrompt|jp-OutputPrompt|zeroclipboard-container|clipboard-copy-txt)(?:\s[^"]*)?")'
)
# A code cell's input, as nbconvert's lab template writes it.
INPUT_WRAPPER = re.compile(r'<div class="jp-Cell-inputWrapper"[^>]*>')
DIV_TAG = re.compile(r"<(/?)div\b")
CODE = re.compile(r'<div class="highlight-ipynb[^"]*"><pre>(.*?)</pre>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
COPY_BUTTON = re.compile(r"<clipboard-copy\b[^>]*>")
HIGHLIGHT_CLASS = re.compile(r"\.highlight-ipynb \.([\w-]+)")
UNSTYLED_TOKEN = re.compile(r'<span class="([\w-]+)">([^<]*)</span>')
FIGURE = re.compile(r'(<svg\b[^>]*\brole="img")')
OWN_CSS = Path(__file__).with_suffix(".css")
# An invalid value in mkdocs-jupyter's CSS (the Nu Html Checker reports it).
INVALID_DECLARATION = re.compile(r"cursor:\s*normal\s*;?")
PAGE_LINK = re.compile(r'(<a\s[^>]*?href=")(?P<path>[^":#?]+\.(?:md|ipynb))(?:#(?P<anchor>[^"]*))?(")')

command = "build"


def on_startup(command: str, dirty: bool) -> None:
    # MkDocs keeps a hook that has on_startup for the whole `mkdocs serve`
    # session, so this holds across its rebuilds.
    globals()["command"] = command


def on_config(config):
    jupyter = config.plugins.get(JUPYTER)
    if jupyter is None:
        return
    if command != "serve":
        jupyter.config["cache"] = False
    if os.environ.get("SITE_SKIP_NOTEBOOKS", "") not in ("", "0"):
        jupyter.config["execute"] = False


def is_notebook(page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def on_page_content(html, page, config, files):
    if not is_notebook(page):
        return html
    # What MkDocs records for a Markdown page, so that it checks the anchors.
    page.present_anchor_ids = set(ID_ATTRIBUTE.findall(html))
    page.links_to_anchors = {}
    folder = posixpath.dirname(page.file.src_uri)

    def to_url(match: re.Match) -> str:
        path, anchor = match.group("path"), match.group("anchor")
        target = files.get_file_from_path(posixpath.normpath(posixpath.join(folder, path)))
        if target is None or not target.is_documentation_page():
            raise PluginError(f"docs/{page.file.src_uri}: links to {path}, which is not a page of the site")
        url = target.url_relative_to(page.file)
        if anchor:
            page.links_to_anchors.setdefault(target, {})[anchor] = f"{path}#{anchor}"
            url += f"#{anchor}"
        return match.group(1) + url + match.group(4)

    html = ANCHOR_LINK.sub(r'<a class="headerlink" href="#\1" title="Permanent link">', html)
    html = NOT_FOR_SEARCH.sub(r"\1 data-search-exclude", html)
    html = fold_code_inputs(html)
    # A figure's text is tick labels and legends: noise in search results.
    html = FIGURE.sub(r"\1 data-search-exclude", html)
    return PAGE_LINK.sub(to_url, html)


def element_end(markup: str, start: int) -> int:
    """The index just past the </div> that closes the <div> at `start`."""
    depth = 0
    for tag in DIV_TAG.finditer(markup, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return markup.index(">", tag.end()) + 1
    raise PluginError(f"an unclosed <div> at character {start} of the notebook page")


def fold_code_inputs(markup: str) -> str:
    """Wrap the input of each code cell in a closed <details>, named after the
    cell's first line when that is a comment, and keep it out of search."""
    parts, position = [], 0
    for wrapper in INPUT_WRAPPER.finditer(markup):
        if wrapper.start() < position:
            continue
        end = element_end(markup, wrapper.start())
        block = markup[wrapper.start() : end]
        code = CODE.search(block)
        if not code:  # a Markdown cell
            continue
        source = html.unescape(TAG.sub("", code.group(1))).rstrip("\n").splitlines()
        first = source[0].strip() if source else ""
        name = first.lstrip("#").strip() if first.startswith("#") else ""
        label = f"Code: {name[:1].lower()}{name[1:]}" if name else "Code"
        summary = f"{html.escape(label)} ({len(source)} lines)"
        parts += [
            markup[position : wrapper.start()],
            f'<details class="example" data-search-exclude><summary>{summary}</summary>',
            block,
            "</details>",
        ]
        position = end
    return "".join(parts) + markup[position:]


def valid_copy_button(match: re.Match) -> str:
    """The copy button with a role, so that its aria-label is allowed, and
    without the stray `,=""` attribute the template writes."""
    attributes = dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(0)))
    attributes.update(role="button", tabindex="0")
    return "<clipboard-copy " + " ".join(f'{name}="{value}"' for name, value in attributes.items()) + ">"


def on_post_page(output, page, config):
    if not is_notebook(page):
        return output
    markup = STYLE.sub("", output)
    present = Present(
        classes=frozenset(name for names in CLASS_ATTRIBUTE.findall(markup) for name in names.split()),
        attributes=frozenset(ATTRIBUTE_NAME.findall(markup)),
        variables=frozenset(VARIABLE_USE.findall(markup)) | variables_read_by_stylesheets(config),
    )

    output = COPY_BUTTON.sub(valid_copy_button, output)
    output = unwrap_unstyled_tokens(output, "\n".join(match.group(2) for match in STYLE.finditer(output)))
    # The figures' own <style> elements sit inside their SVG, where they are
    # allowed; the page's move to <head>.
    page_styles = [match for match in STYLE.finditer(output) if not inside_svg(output, match.start())]
    sheets = tuple(INVALID_DECLARATION.sub("", match.group(2)) for match in page_styles)
    head = [f"{match.group(1)}{css}{match.group(3)}" for match, css in zip(page_styles, trim_styles(sheets, present), strict=True) if css]
    head.append(f"<style>{OWN_CSS.read_text(encoding='utf-8')}</style>")
    for match in reversed(page_styles):
        output = output[: match.start()] + output[match.end() :]
    return output.replace("</head>", "".join(head) + "</head>", 1)


def unwrap_unstyled_tokens(markup: str, css: str) -> str:
    """Drop Pygments' <span class="x"> around code tokens whose class no rule
    styles (names, mostly): a fifth of the page's bytes, and no change in
    what it shows.

    Only inside the notebook's code blocks: elsewhere a <span> with one class
    is the theme's, such as the `md-ellipsis` that cuts the site's title in
    the header (and the nav's entries) to the room they have. Without it the
    title runs over the version picker and the theme toggle on a phone."""
    styled = set(HIGHLIGHT_CLASS.findall(css))

    def unwrap(token: re.Match) -> str:
        return token.group(0) if token.group(1) in styled else token.group(2)

    def in_code(block: re.Match) -> str:  # <div ...><pre>, the code, </pre>
        opening = block.group(0)[: block.start(1) - block.start()]
        return opening + UNSTYLED_TOKEN.sub(unwrap, block.group(1)) + "</pre>"

    return CODE.sub(in_code, markup)


def inside_svg(markup: str, position: int) -> bool:
    return markup.rfind("<svg", 0, position) > markup.rfind("</svg>", 0, position)


class Present(NamedTuple):
    """What the page holds: class and attribute names, and the custom
    properties that it or the site's stylesheets read."""

    classes: frozenset[str]
    attributes: frozenset[str]
    variables: frozenset[str]


def variables_read_by_stylesheets(config) -> frozenset[str]:
    """Custom properties read by the theme's and the docs' CSS files."""
    folders = (*config.theme.dirs, config.docs_dir)
    return _variables_read_in(tuple(str(path) for folder in folders for path in sorted(Path(folder).rglob("*.css"))))


@functools.lru_cache(maxsize=4)
def _variables_read_in(paths: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name for path in paths for name in VARIABLE_USE.findall(Path(path).read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=8)
def trim_styles(styles: tuple[str, ...], present: Present) -> list[str]:
    """Each style sheet of the page, keeping the rules that can match an
    element of the page, and the custom properties that something reads:
    one sheet may read what another declares."""
    sheets = [kept_rules(parse_rules(css, top_level=True), present) for css in styles]
    drop_unused_properties([rule for rules in sheets for rule in rules], set(present.variables))
    return [tinycss2.serialize(without_empty(rules)).strip() for rules in sheets]


def parse_rules(css, top_level=False):
    parse = tinycss2.parse_stylesheet if top_level else tinycss2.parse_rule_list
    return parse(css, skip_comments=True, skip_whitespace=True)


def kept_rules(rules, present: Present):
    kept = []
    for rule in rules:
        if rule.type == "error":
            continue
        if rule.type == "qualified-rule":
            selectors = [s for s in split_selectors(rule.prelude) if can_match(s, present)]
            if not selectors:
                continue
            rule.prelude = join_selectors(selectors)
        elif is_group(rule):
            rule.content = kept_rules(parse_rules(rule.content), present)
        kept.append(rule)
    return kept


def is_group(rule) -> bool:
    """An at-rule that holds style rules, such as @media."""
    return rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content is not None


def split_selectors(prelude):
    selectors, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    selectors.append(current)
    return [s for s in selectors if any(t.type != "whitespace" for t in s)]


def join_selectors(selectors):
    joined = []
    for selector in selectors:
        if joined:
            joined.append(tinycss2.ast.LiteralToken(0, 0, ","))
        joined.extend(selector)
    return joined


def can_match(selector, present: Present) -> bool:
    """False when `selector` needs a class, or a static attribute, that no
    element of the page has or gets. The argument of a functional pseudo-class such
    as :not(.x) is a block of its own, so it is not looked into."""
    classes = {
        token.value
        for before, token in pairwise(selector)
        if before.type == "literal" and before.value == "." and token.type == "ident"
    }
    attributes = {
        next((t.value for t in token.content if t.type == "ident"), "")
        for token in selector
        if token.type == "[] block"
    }
    static = {name for name in attributes if name.startswith(STATIC_ATTRIBUTE)}
    missing = {name for name in classes - present.classes if not name.startswith(RUNTIME_CLASS)}
    return not missing and static <= present.attributes


def style_rules(rules):
    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule
        elif is_group(rule):
            yield from style_rules(rule.content)


def properties_read(tokens) -> set[str]:
    return set(VARIABLE_USE.findall(tinycss2.serialize(tokens)))


def drop_unused_properties(rules, used: set[str]) -> None:
    """Remove the custom properties that nothing reads, directly or through
    another custom property."""
    for rule in rules:  # @keyframes and the like may read some too
        if rule.type == "at-rule" and not is_group(rule) and rule.content:
            used |= properties_read(rule.content)
    parsed, custom = [], []
    for rule in style_rules(rules):
        declarations = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
        parsed.append((rule, declarations))
        for declaration in declarations:
            if declaration.type == "declaration":
                if declaration.name.startswith("--"):
                    custom.append(declaration)
                else:
                    used |= properties_read(declaration.value)
    while more := set().union(*(properties_read(d.value) for d in custom if d.name in used)) - used:
        used |= more
    for rule, declarations in parsed:
        kept = [d for d in declarations if d.type != "declaration" or not d.name.startswith("--") or d.name in used]
        if len(kept) != len(declarations):
            rule.content = tinycss2.parse_component_value_list(";".join(d.serialize() for d in kept))


def without_empty(rules):
    kept = []
    for rule in rules:
        if is_group(rule):
            rule.content = without_empty(rule.content)
        empty = (rule.type == "qualified-rule" or is_group(rule)) and not any(
            getattr(node, "type", None) != "whitespace" for node in rule.content
        )
        if not empty:
            kept.append(rule)
    return kept

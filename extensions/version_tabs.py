"""Markdown extension: each Python version's recorded output next to the reference.

For every fence that includes a snippet, this extension
- titles the block with the snippet's path, so readers can find the file;
- when some supported version prints something else (it has a record under
  snippets/_outputs/), turns the fence into content tabs, one per group of
  versions that print the same, each showing that version's whole program
  (`expected_text`), with the lines that differ highlighted;
- when the fence shows one section of a snippet, adds a link under it to the
  whole program, which the site serves at snippets/<page>/<name>.py
  (hooks/whole_programs.py);
- replaces `<!-- python-runs -->` with a table of the interpreters that
  produced the recorded outputs.

It rewrites the page's Markdown before pymdownx.snippets reads the includes,
so it runs wherever Python-Markdown extensions run: MkDocs, ProperDocs and
Zensical alike.
"""

from __future__ import annotations

import difflib
import re

from markdown.preprocessors import Preprocessor

from extensions import OneProcessor, PageError, page_path
from harness.outputs import (
    BROWSER,
    END_OF_LIFE,
    INCLUDE,
    REFERENCE,
    SNIPPETS,
    SUPPORTED,
    VERSIONS_PAGE,
    RecordError,
    load_runs,
    platform_description,
    section_names,
    shown_code,
    version_groups,
    versions_label,
)

INCLUDE_FENCE = re.compile(
    r'^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[ \t]*(?P<lang>\w+)(?P<attrs>[^\n]*)\n'
    r'(?P=indent)--8<--[ \t]+"(?P<target>[^"\n]+)"[ \t]*\n'
    r'(?P=indent)(?P=fence)[ \t]*$',
    re.MULTILINE,
)
RUNS_MARKER = "<!-- python-runs -->"

# pymdownx.snippets reads the includes at priority 32: this runs first.
PRIORITY = 34


def makeExtension(**kwargs):
    return OneProcessor("preprocessors", VersionTabs, "version_tabs", PRIORITY, **kwargs)


class VersionTabs(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        markdown = "\n".join(lines)
        page = page_path(self.md)
        check_includes(markdown, page)
        markdown = INCLUDE_FENCE.sub(render_include, markdown)
        if RUNS_MARKER in markdown:
            markdown = markdown.replace(RUNS_MARKER, runs_table(page))
        return markdown.split("\n")


def whole_program_uri(snippet) -> str:
    return "snippets/" + snippet.relative_to(SNIPPETS).as_posix()


def check_includes(markdown: str, page: str) -> None:
    """Fail on a missing snippet or section, naming the page and its line.

    pymdownx.snippets (with check_paths) would fail too, but with a traceback
    that names neither.
    """
    for match in INCLUDE.finditer(markdown):
        path, section = match["file"], match["section"]
        where = f"{page}:{markdown.count(chr(10), 0, match.start()) + 1}"
        snippet = SNIPPETS / path
        if not snippet.is_file():
            raise PageError(f"{where}: includes snippets/{path}, which does not exist")
        # A section is a name; "3:9" is a line range, which needs no marker.
        named = section and not re.fullmatch(r"[\d:]+", section)
        if named and section not in section_names(snippet.read_text(encoding="utf-8")):
            raise PageError(f"{where}: snippets/{path} has no section [start:{section}]")


def render_include(match: re.Match) -> str:
    indent, fence, lang, attrs, target = match.group("indent", "fence", "lang", "attrs", "target")
    path, _, section = target.partition(":")
    snippet = SNIPPETS / path
    if snippet.suffix != ".py" or not snippet.exists():
        # Not ours to render; pymdownx.snippets reports missing files.
        return match.group(0)
    if "title=" not in attrs:
        attrs += f' title="snippets/{path}"'
    # A section alone raises NameError: the link under it gives the whole program.
    whole = (
        f'\n\n{indent}[Download the whole program, `{snippet.name}`]'
        f'({whole_program_uri(snippet)}){{ download="{snippet.name}" .whole-program }}'
        if section
        else ""
    )
    try:
        groups = version_groups(snippet)
    except RecordError as error:  # a record its snippet has moved on from
        raise PageError(str(error)) from None
    if len(groups) == 1:
        return block(indent, fence, lang, attrs, target) + whole

    reference_lines = shown_code(snippet.read_text(encoding="utf-8"), section).splitlines()
    tabs = []
    for versions, program in groups:
        tab_attrs = attrs
        if REFERENCE in versions:
            body = block(indent + "    ", fence, lang, tab_attrs, target)
        else:
            # A record holds only the lines that differ; the whole program
            # with this version's output exists only as expected_text() gives it.
            shown = shown_code(program, section).splitlines()
            changed = differing_lines(reference_lines, shown)
            if changed:
                tab_attrs += f' hl_lines="{" ".join(map(str, changed))}"'
            body = code_block(indent + "    ", fence, lang, tab_attrs, shown)
        tabs.append(f'{indent}=== "{tab_label(versions)}"\n\n' + body)
    return "\n\n".join(tabs) + whole


def tab_label(versions: list[str]) -> str:
    """The label, marked with the versions it covers for the version picker
    (docs/javascripts/version-picker.mjs)."""
    return f"<span data-python-versions='{' '.join(versions)}'>{versions_label(versions, load_runs())}</span>"


def block(indent: str, fence: str, lang: str, attrs: str, target: str) -> str:
    return f'{indent}{fence}{lang}{attrs}\n{indent}--8<-- "{target}"\n{indent}{fence}'


def code_block(indent: str, fence: str, lang: str, attrs: str, lines: list[str]) -> str:
    body = "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
    return f"{indent}{fence}{lang}{attrs}\n{body}{indent}{fence}"


def differing_lines(reference: list[str], other: list[str]) -> list[int]:
    """1-based numbers of the lines of `other` that the reference does not have."""
    matcher = difflib.SequenceMatcher(a=reference, b=other, autojunk=False)
    changed = []
    for tag, _, _, start, end in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            changed.extend(range(start + 1, end + 1))
    return changed


def table_label(version: str) -> str:
    """The first cell of a row of the runs table: "3.14", or "3.14, in the
    browser" for the Run buttons' Python."""
    return f"{version.removeprefix('pyodide-')}, in the browser" if version == BROWSER else version


def runs_table(page: str) -> str:
    runs = load_runs()
    if REFERENCE not in runs:
        raise PageError(
            f"{page}: no record of the Python {REFERENCE} run that produced the outputs; "
            "run `make update-outputs`"
        )
    rows = [
        "| Python | interpreter | platform | note |",
        "| --- | --- | --- | --- |",
    ]
    for version in [v for v in SUPPORTED if v in runs] + ([BROWSER] if BROWSER in runs else []):
        run = runs[version]
        notes = []
        if version == REFERENCE:
            notes.append("reference: its output is shown first")
        if version == BROWSER:
            notes.append("the Run buttons' Python, in your browser")
        if version in END_OF_LIFE:
            notes.append(f"[end of life]({VERSIONS_PAGE}) since {END_OF_LIFE[version]}: no more fixes")
        rows.append(
            f"| {table_label(version)} | {run['implementation']} {run['version']} | {platform_description(run)} "
            f"| {'; '.join(notes)} |"
        )
    return "\n".join(rows)

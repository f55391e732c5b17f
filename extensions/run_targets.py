"""Markdown extension: mark each example with the program its Run control runs.

runner/page.mjs adds Run, Edit, Stop and Reset under every block marked
`data-run="<page>/<name>.py"` (and `data-run-section="<name>"` where the
block shows one section), and runs that snippet's whole program.

extensions/version_tabs.py, which runs before this, titles every snippet's
fence `snippets/<file>` and writes a version tab other than the reference's
as the program's text rather than an include; such a tab follows the
reference tab that includes the same snippet and section. So the Markdown
says, in order, which snippet and section each titled block shows, and the
HTML gets the marks in the same order.

A snippet that imports a package the browser's Python lacks (one not in
BROWSER_PACKAGES, harness/outputs.py) gets no mark: a Run there could only
fail. One line under its block says instead that it runs only outside the
browser, and why (`browser_cannot_run()`, the rule the Pyodide tests skip by).

hooks/run_controls.py loads the runner on the pages that have marks; in a
build without the runner, the marks do nothing.
"""

from __future__ import annotations

import html
import re

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from extensions import PageError, page_path
from harness.outputs import INCLUDE, SNIPPETS, browser_cannot_run

TITLED_FENCE = re.compile(
    r'^[ \t]*(?:```+|~~~+)[ \t]*python\b[^\n]*\btitle="snippets/(?P<file>[^"]+\.py)"[^\n]*\n(?P<next>[^\n]*)',
    re.MULTILINE,
)
BLOCK = re.compile(
    r'<div class="language-(?P<lang>\w+) highlight"><span class="filename">(?P<title>[^<]*)</span>'
    r"(?P<rest>.*?</code></pre></div>)",
    re.DOTALL,
)
# Where the Run control would be, for a snippet the browser cannot run.
ELSEWHERE = '<p class="run-elsewhere">{}</p>'

# After extensions/version_tabs.py (34), before pymdownx.snippets (32); and
# among the postprocessors after extensions/output_lines.py (9), before
# extensions/code_blocks.py (7).
READ_PRIORITY = 33
MARK_PRIORITY = 8


class RunTargetsExtension(Extension):
    def extendMarkdown(self, md):
        includes: list[tuple[str, str]] = []
        md.preprocessors.register(ReadTargets(md, includes), "run_targets_read", READ_PRIORITY)
        md.postprocessors.register(MarkTargets(md, includes), "run_targets_mark", MARK_PRIORITY)


def makeExtension(**kwargs):
    return RunTargetsExtension(**kwargs)


class ReadTargets(Preprocessor):
    """Note, in order, which snippet and section each titled fence shows."""

    def __init__(self, md, includes: list[tuple[str, str]]):
        super().__init__(md)
        self.includes = includes

    def run(self, lines: list[str]) -> list[str]:
        self.includes.clear()
        last_section: dict[str, str] = {}
        for match in TITLED_FENCE.finditer("\n".join(lines)):
            snippet = match["file"]
            include = INCLUDE.match(match["next"])
            if include and include["file"] == snippet:
                last_section[snippet] = include["section"] or ""
            self.includes.append((snippet, last_section.get(snippet, "")))
        return lines


class MarkTargets(Postprocessor):
    def __init__(self, md, includes: list[tuple[str, str]]):
        super().__init__(md)
        self.includes = includes

    def run(self, text: str) -> str:
        # The toc extension runs every postprocessor on each heading's text
        # too: only a text with code blocks in it is the page.
        if not self.includes or not BLOCK.search(text):
            return text
        blocks = iter(self.includes)
        page = page_path(self.md)

        def mark(match: re.Match) -> str:
            if match["lang"] != "python" or not match["title"].startswith("snippets/"):
                return match.group(0)
            snippet, section = next(blocks, (None, None))
            if match["title"] != f"snippets/{snippet}":
                raise PageError(
                    f"{page}: the runner expected a block of snippets/{snippet}, found one titled {match['title']!r}"
                )
            reason = browser_cannot_run((SNIPPETS / snippet).read_text(encoding="utf-8"))
            if reason:
                return match.group(0) + ELSEWHERE.format(html.escape(reason, quote=False))
            attrs = f' data-run="{snippet}"' + (f' data-run-section="{section}"' if section else "")
            return match.group(0).replace(' highlight"', f' highlight"{attrs}', 1)

        text = BLOCK.sub(mark, text)
        if next(blocks, None) is not None:
            raise PageError(f"{page}: the runner found fewer titled code blocks than includes")
        return text

"""Markdown extension: what the type checker reports, under the code it checked.

A snippet with the line `# type checker: mypy` has its report beside it,
`snippets/<page>/<name>.mypy.txt`, which the snippet tests check and
`make update-outputs` writes (harness/type_reports.py). Under each block that
includes such a snippet, this extension adds the report, labelled with the
mypy version the report's header names ("mypy 2.4.1 reports:"), which must be
the version requirements-snippets.txt pins:

    <figure class="type-report">
      <figcaption>mypy 2.4.1 reports:</figcaption>
      <pre><samp>box.py:14: error: ...</samp></pre>
    </figure>

`<samp>`, not a code block: it is what a program printed, it gets no copy
button or Run control, and docs/stylesheets/extra.css wraps its lines. A
report that is missing, stale (its snippet changed since) or from another
mypy fails the build, naming the page's line and the report's file.
"""

from __future__ import annotations

import html
import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

from extensions import PageError, page_path
from extensions.version_tabs import INCLUDE_FENCE
from harness.outputs import SNIPPETS
from harness.type_reports import ReportError, is_checked, read_report

# Marked before extensions/version_tabs.py (34), which turns an include into
# tabs: the report goes after the fence, so after the tabs. Put in after
# Python-Markdown's whitespace clean-up (30), which would strip the stashed
# HTML's placeholder, and before superfences reads the fences (25).
MARK_PRIORITY = 35
PUT_PRIORITY = 26
MARK = re.compile(r"^(?P<indent>[ \t]*)<!-- type report (?P<n>\d+) -->$", re.M)


class TypeReportsExtension(Extension):
    def extendMarkdown(self, md):
        reports: list[str] = []
        md.preprocessors.register(MarkReports(md, reports), "type_reports_mark", MARK_PRIORITY)
        md.preprocessors.register(PutReports(md, reports), "type_reports_put", PUT_PRIORITY)


def makeExtension(**kwargs):
    return TypeReportsExtension(**kwargs)


class PutReports(Preprocessor):
    """Each mark becomes the stashed HTML of its report."""

    def __init__(self, md, reports: list[str]):
        super().__init__(md)
        self.reports = reports

    def run(self, lines: list[str]) -> list[str]:
        if not self.reports:
            return lines

        def put(match: re.Match) -> str:
            return match["indent"] + self.md.htmlStash.store(self.reports[int(match["n"])])

        return MARK.sub(put, "\n".join(lines)).split("\n")


class MarkReports(Preprocessor):
    """Note each checked snippet's report, and mark where it goes."""

    def __init__(self, md, reports: list[str]):
        super().__init__(md)
        self.reports = reports

    def run(self, lines: list[str]) -> list[str]:
        self.reports.clear()
        markdown = "\n".join(lines)
        page = page_path(self.md)

        def add_report(match: re.Match) -> str:
            snippet = SNIPPETS / match["target"].partition(":")[0]
            if snippet.suffix != ".py" or not snippet.is_file() or not is_checked(snippet):
                return match.group(0)
            try:
                report = read_report(snippet)
            except ReportError as error:
                line = markdown.count("\n", 0, match.start()) + 1
                raise PageError(f"{page}:{line}: {error}") from None
            self.reports.append(figure(report.mypy, report.body))
            return f"{match.group(0)}\n\n{match['indent']}<!-- type report {len(self.reports) - 1} -->"

        return INCLUDE_FENCE.sub(add_report, markdown).split("\n")


def figure(mypy: str, body: str) -> str:
    return (
        '<figure class="type-report">'
        f"<figcaption>mypy {html.escape(mypy)} reports:</figcaption>"
        f"<pre><samp>{html.escape(body.rstrip(chr(10)))}</samp></pre>"
        "</figure>"
    )

"""Markdown extension: mark each `#>` line of a code block as program output.

Pygments reads `#> ...` as a Python comment (`<span class="c1">`). On the
Markdown pages every such line is output that `make update-outputs` wrote, so
this extension gives it Pygments' own class for program output, `go`
(Generic.Output), which docs/stylesheets/extra.css styles apart from comments
and lets wrap inside its block instead of running past the edge. Only the
class changes: the text, and so what the copy button copies, stays the file's.
"""

from __future__ import annotations

import re

from markdown.postprocessors import Postprocessor

from extensions import OneProcessor

# A comment token that starts with `#>`, as pymdownx.highlight writes it.
OUTPUT_COMMENT = re.compile(r'<span class="c1">(?=#&gt;)')

# After the raw-HTML postprocessor (30) has put the highlighted blocks back;
# before extensions/run_targets.py (8) and extensions/code_blocks.py (7).
PRIORITY = 9


def makeExtension(**kwargs):
    return OneProcessor("postprocessors", OutputLines, "output_lines", PRIORITY, **kwargs)


class OutputLines(Postprocessor):
    def run(self, text: str) -> str:
        return OUTPUT_COMMENT.sub('<span class="go">', text)

"""MkDocs hook: mark each `#>` line of a code block as program output.

Pygments reads `#> ...` as a Python comment (`<span class="c1">`). On the
Markdown pages every such line is output that `make update-outputs` wrote, so
this hook gives it Pygments' own class for program output, `go`
(Generic.Output), which docs/stylesheets/extra.css styles apart from comments
and lets wrap inside its block instead of running past the edge. Only the
class changes: the text, and so what the copy button copies, stays the file's.
"""

from __future__ import annotations

import re

# A comment token that starts with `#>`, as pymdownx.highlight writes it.
OUTPUT_COMMENT = re.compile(r'<span class="c1">(?=#&gt;)')


def on_page_content(html: str, page, config, files) -> str:
    if not page.file.src_uri.endswith(".md"):
        return html
    return OUTPUT_COMMENT.sub('<span class="go">', html)

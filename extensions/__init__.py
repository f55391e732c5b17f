"""Python-Markdown extensions: what the build adds to each Markdown page.

They are listed under `markdown_extensions` in mkdocs.yml, so they run
wherever Python-Markdown extensions run (MkDocs, ProperDocs, Zensical), and
each one only rewrites the page it is given:

- version_tabs: titles each snippet's block, and shows other versions'
  outputs in tabs;
- run_targets: marks each block with the program a Run control runs;
- output_lines: styles `#>` lines as program output;
- type_reports: shows what mypy reports under a checked snippet's block;
- code_blocks: gives each block its focus and height before it is set up;
- pictures: draws pictures from the outputs the snippets recorded.
"""

from __future__ import annotations

from markdown import Extension

try:  # under MkDocs, a build error it reports in one line
    from mkdocs.exceptions import PluginError as _BuildError
except ImportError:  # pragma: no cover - another Markdown host
    _BuildError = Exception


class PageError(_BuildError):
    """A page that the site cannot be built from, named with its line."""


def page_path(md) -> str:
    """The page being converted, as docs/<page>.md, where the host says.

    MkDocs and ProperDocs register a tree processor ("relpath") that holds
    the page's file; elsewhere the page is not known and the error names
    only the line.
    """
    try:
        return f"docs/{md.treeprocessors['relpath'].file.src_uri}"
    except (KeyError, AttributeError):
        return "the page"


class OneProcessor(Extension):
    """An extension that registers one processor: `kind` is "preprocessors"
    or "postprocessors", and `priority` places it among the others."""

    def __init__(self, kind: str, processor: type, name: str, priority: int, **kwargs):
        super().__init__(**kwargs)
        self.registration = (kind, processor, name, priority)

    def extendMarkdown(self, md):
        kind, processor, name, priority = self.registration
        getattr(md, kind).register(processor(md), name, priority)

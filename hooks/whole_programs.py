"""MkDocs hook: serve every snippet as the whole program a reader can download.

A block that shows one section of a snippet links to the whole program
(extensions/version_tabs.py writes the link); the site serves each snippet,
marker lines removed, at snippets/<page>/<name>.py.
"""

from __future__ import annotations

from mkdocs.structure.files import File

from extensions.version_tabs import whole_program_uri
from harness.outputs import shown_code, snippet_files


def on_files(files, config):
    for snippet in snippet_files():
        program = shown_code(snippet.read_text(encoding="utf-8")) + "\n"
        files.append(File.generated(config, whole_program_uri(snippet), content=program))
    return files

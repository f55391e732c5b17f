"""Markdown extension: what every code block on a Markdown page carries from the
start, so that the page can leave setting blocks up until they come into view.

Two things on a long page are deferred (mkdocs.yml, docs/stylesheets/extra.css):
Material's set-up of each block (its `content.lazy` feature), and the
browser's layout of each block (`content-visibility: auto`). Together they
took most of a phone's blocking time off the long pages (CONTRIBUTING.md's
Lighthouse section). What they defer, the built page gives in advance:

- Focus. Material makes a block focusable (tabindex="0") once it has measured
  that the block scrolls sideways, so that a keyboard can scroll it; deferred,
  a wide block further down would be a region the keyboard cannot reach
  (axe-core: scrollable-region-focusable). Every block is built focusable,
  and Material takes the mark off when the block comes into view and does not
  scroll (on a touch screen, always).
- Height. Until a block is laid out, the browser gives it the height that
  `contain-intrinsic-size` names. Each block's comes from its number of lines
  and the theme's metrics, so the page keeps its real length while the
  reader scrolls, and a link to a heading further down lands on it. Output
  lines that wrap on a narrow screen make a block taller than this; `auto`
  keeps the real height once the block has been shown.
"""

from __future__ import annotations

import re

from markdown.postprocessors import Postprocessor

from extensions import OneProcessor

# A highlighted block as pymdownx.highlight writes it: the block, an optional
# title (the snippet's path), and the code, one line per "\n".
BLOCK = re.compile(
    r'(?P<open><div class="language-[^"]*\bhighlight\b[^"]*"[^>]*)>'
    r'(?P<title><span class="filename">.*?</span>)?'
    r'<pre><span></span><code>(?P<code>.*?)</code></pre></div>',
    re.DOTALL,
)
# Material's code metrics, in ems of the block's own font size (its text is
# 0.85em with a line height of 1.4, its padding 0.772em of that above and
# below, a title 2.5625em): measured at 1280 px and 390 px in Chromium.
LINE_EM = 1.19
PADDING_EM = 1.3125
TITLE_EM = 2.5625

# The last of the page's rewrites: after extensions/run_targets.py (8), whose
# pattern expects a block's opening tag as pymdownx.highlight wrote it.
PRIORITY = 7


def makeExtension(**kwargs):
    return OneProcessor("postprocessors", CodeBlocks, "code_blocks", PRIORITY, **kwargs)


class CodeBlocks(Postprocessor):
    def run(self, text: str) -> str:
        return BLOCK.sub(prepared, text)


def prepared(block: re.Match) -> str:
    lines = max(1, block["code"].count("\n"))
    height = lines * LINE_EM + PADDING_EM + (TITLE_EM if block["title"] else 0)
    return (
        f'{block["open"]} style="contain-intrinsic-size: auto {height:.2f}em">'
        f'{block["title"] or ""}<pre><span></span><code tabindex="0">{block["code"]}</code></pre></div>'
    )

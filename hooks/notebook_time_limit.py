"""MkDocs hook: a time limit for every notebook cell the build runs.

mkdocs-jupyter runs notebooks with nbconvert's ExecutePreprocessor, which by
default waits for a cell forever. This hook swaps in a subclass that gives
each cell CELL_TIME_LIMIT seconds, or what a line `# time limit: N s` in the
cell asks for (the rule the snippets follow, harness/outputs.py).

A cell still running at its limit is interrupted (a KeyboardInterrupt in the
kernel), and the build fails naming the notebook and the cell, with the
traceback of the line it was on. A cell that ignores the interrupt (stuck in C
code) fails the build after the same time again, with its source. `mkdocs
serve` shows the same error instead of waiting.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from nbclient.exceptions import CellExecutionError, CellTimeoutError
from nbclient.util import ensure_async
from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors import ExecutePreprocessor

from harness.outputs import TIME_LIMIT_LINE

JUPYTER = "mkdocs-jupyter"
# The slowest cell of docs/slots_lab.ipynb took 3.3 s with the machine's load
# average near 6 (the whole notebook about 8 s): 60 s leaves a margin of more
# than ten times for slower machines and heavier load, and still ends a hung
# build within about a minute.
CELL_TIME_LIMIT = 60
BUILTIN = "nbconvert.preprocessors.ExecutePreprocessor"
# IPython colours its tracebacks; the build log is plain text.
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def cell_time_limit(cell) -> int:
    match = cell is not None and TIME_LIMIT_LINE.search(cell.source)
    return int(match["seconds"]) if match else CELL_TIME_LIMIT


class TimedExecutePreprocessor(ExecutePreprocessor):
    """ExecutePreprocessor with a time limit per cell (its settings still
    come from the `ExecutePreprocessor` section that mkdocs-jupyter fills)."""

    timed_out = None

    def _get_timeout(self, cell):
        return cell_time_limit(cell)

    async def _async_handle_timeout(self, timeout, cell=None):
        if cell is not None and cell is not self.timed_out:
            # Interrupt, then wait for the kernel's reply: the KeyboardInterrupt
            # traceback that shows the line the cell was on.
            self.timed_out = cell
            self.log.error("A cell is still running after its time limit of %s s: interrupting it", timeout)
            await ensure_async(self.km.interrupt_kernel())
            return None
        raise CellTimeoutError.error_from_timeout_and_cell(
            "The cell did not stop when interrupted (stuck in C code?)", timeout, cell
        )

    def preprocess_cell(self, cell, resources, index):
        try:
            return super().preprocess_cell(cell, resources, index)
        except (CellExecutionError, CellTimeoutError) as error:
            if cell is not self.timed_out:
                raise
            notebook = f"{resources.get('metadata', {}).get('name', 'the notebook')}.ipynb"
            number = sum(1 for c in self.nb.cells[: index + 1] if c.cell_type == "code")
            raise PluginError(
                f"{notebook}, code cell {number} (cell {index + 1} of the notebook): still running after "
                f"its time limit of {cell_time_limit(cell)} s (a line `# time limit: N s` in the cell "
                f"sets another); where it was:\n{ANSI_COLOUR.sub('', str(error))}"
            ) from None


def on_config(config):
    if config.plugins.get(JUPYTER) is None:
        return
    # Depends on two private methods of nbclient: fail loudly if they go.
    for name in ("_get_timeout", "_async_handle_timeout"):
        if not hasattr(ExecutePreprocessor, name):
            raise PluginError(f"hooks/notebook_time_limit.py: nbclient no longer has {name}; update this hook")
    from mkdocs_jupyter import nbconvert2

    make_app = getattr(nbconvert2.get_nbconvert_app, "without_time_limit", nbconvert2.get_nbconvert_app)

    def get_nbconvert_app(*args, **kwargs):
        app = make_app(*args, **kwargs)
        app.config.HTMLExporter.default_preprocessors = [
            TimedExecutePreprocessor if p == BUILTIN else p
            for p in HTMLExporter(config=app.config).default_preprocessors
        ]
        return app

    get_nbconvert_app.without_time_limit = make_app
    nbconvert2.get_nbconvert_app = get_nbconvert_app

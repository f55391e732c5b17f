"""The snippet harness: runs each snippet and checks what it prints.

- outputs.py: where each version's outputs are recorded, and how a record and
  its snippet make the program that version must print (the layout, once);
- run.py: runs one snippet as pytest-examples does, with a time limit;
- pyodide_runs.py and pyodide_runner.mjs: the same runs in Pyodide, in Node;
- find-python: finds an interpreter of a given version.

tests/test_snippets.py and tests/test_snippets_pyodide.py drive it.
"""

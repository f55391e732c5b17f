"""Benchmarks: figures for the maintainers' guide, never assertions.

- suite.py: the snippet tests under each Python, the build, a fresh set-up;
- runner_start.py: the in-page runner, from a click to the first output;
- page_weight.py: the bytes each page costs, cold and warm;
- lighthouse.py: Lighthouse's mobile scores (its npm package in npm/).
"""

"""The built site in a browser, for the tests and the benchmarks: serving it
as GitHub Pages does (site.py), launching Chromium, and building it with the
network cut off (offline_check.py)."""

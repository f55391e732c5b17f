"""MkDocs hook: what the "Show outputs for Python …" control offers.

docs/javascripts/version-picker.mjs adds the control to the header of every
page and switches each group of version tabs to the tab that covers the
reader's choice. The tabs carry the versions they cover (extensions/version_tabs.py);
this hook gives every page the list to choose from, each version labelled as
its tabs are, as JSON in the page's head.
"""

from __future__ import annotations

import json

from harness.outputs import END_OF_LIFE, REFERENCE, SUPPORTED, load_runs, platform_note

ELEMENT_ID = "python-versions"


def choices() -> dict:
    runs = load_runs()
    offered = []
    for version in SUPPORTED:
        notes = [note for note in (platform_note(runs.get(version)),) if note]
        if version in END_OF_LIFE:
            notes.append("end of life")
        # The exact patch release whose outputs the tabs show, e.g. "3.13.18".
        exact = runs[version]["version"] if version in runs else version
        offered.append({"version": version, "label": exact + (f" ({'; '.join(notes)})" if notes else "")})
    return {"reference": REFERENCE, "versions": offered}


def on_post_page(output: str, page, config) -> str:
    data = json.dumps(choices(), separators=(",", ":")).replace("<", "\\u003c")
    script = f'<script type="application/json" id="{ELEMENT_ID}">{data}</script>'
    return output.replace("</head>", f"{script}\n</head>", 1)

"""Build the site and serve every file of it, with no network but loopback.

Run it where only loopback is up, as tests/test_offline.py does:

    unshare -rn sh -c 'ip link set lo up && .venv/docs/bin/python -m browser.offline_check'

(`unshare -rn`: a new user and network namespace, whose only interface is a
loopback that starts down.) It first makes sure the network really is out of
reach, then runs `mkdocs build --strict` (the notebook page runs its notebook,
whose kernel talks to the build over loopback), serves the result on
127.0.0.1 and fetches every file of it. It prints one JSON line with what it
did, and exits with 1 on the first thing that fails.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from browser.site import ROOT, serve

# Addresses that answer from any connected machine: a DNS name and a public
# resolver's address.
OUTSIDE_NAME = "example.org"
OUTSIDE_ADDRESS = ("1.1.1.1", 53)


def network_is_cut() -> str | None:
    """None when nothing but loopback is reachable; else what was reached."""
    try:
        socket.getaddrinfo(OUTSIDE_NAME, 443)
        return f"{OUTSIDE_NAME} resolves"
    except OSError:
        pass
    try:
        socket.create_connection(OUTSIDE_ADDRESS, timeout=3).close()
        return f"{OUTSIDE_ADDRESS[0]} answers"
    except OSError:
        return None


def main() -> int:
    reached = network_is_cut()
    if reached:
        print(f"the network is not cut: {reached}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        start = time.perf_counter()
        build = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict",
             "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)],
            cwd=work,  # caches land here, not in the project
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            capture_output=True,
            text=True,
        )
        build_seconds = time.perf_counter() - start
        if build.returncode != 0:
            print(f"mkdocs build failed:\n{build.stdout}{build.stderr}", file=sys.stderr)
            return 1
        files = sorted(p for p in site.rglob("*") if p.is_file())
        with serve(site) as url:
            for file in files:
                path = file.relative_to(site).as_posix()
                with urllib.request.urlopen(url + path, timeout=10) as response:
                    if response.status != 200 or response.read() != file.read_bytes():
                        print(f"{path}: served wrong ({response.status})", file=sys.stderr)
                        return 1
        pages = [f for f in files if f.name == "index.html"]
        report = {
            "network": "loopback only",
            "build_seconds": round(build_seconds, 1),
            "notebook_ran": "Converting notebook (execute=True)" in build.stdout + build.stderr,
            "pages": len(pages),
            "files_served": len(files),
        }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

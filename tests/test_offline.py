"""The site builds and serves with the network cut off.

browser/offline_check.py runs inside a new user and network namespace
(`unshare -rn`), where the only interface is loopback: it checks that no
outside host is reachable, builds the site strictly (the notebook too) and
fetches every file of it from a server on 127.0.0.1.

Creating the namespace needs Linux with unprivileged user namespaces (or
root). Where a reader's machine cannot, the test is skipped with the reason;
in CI (`CI` set, as .ci/run and GitHub Actions do) it fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from harness.outputs import ROOT

UNSHARE = ["unshare", "--user", "--map-root-user", "--net"]


def namespace_problem() -> str | None:
    if not sys.platform.startswith("linux"):
        return f"network namespaces are Linux's; this is {sys.platform}"
    for tool in ("unshare", "ip"):
        if not shutil.which(tool):
            return f"`{tool}` is not installed (util-linux, iproute2)"
    probe = subprocess.run([*UNSHARE, "ip", "link", "set", "lo", "up"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"cannot create a network namespace here: {probe.stderr.strip()}"
    return None


def test_the_site_builds_and_serves_with_only_loopback():
    problem = namespace_problem()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the offline test: {problem}", pytrace=False)
        pytest.skip(problem)
    script = 'ip link set lo up && exec "$@"'
    result = subprocess.run(
        [*UNSHARE, "sh", "-c", script, "sh", sys.executable, "-m", "browser.offline_check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["network"] == "loopback only"
    assert report["notebook_ran"], "the notebook was not run during the offline build"
    assert report["pages"] >= 2

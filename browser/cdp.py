"""Headless Chromium driven over the DevTools protocol on a pipe, with only
the Target and Runtime domains: for timing the runner as a reader's browser
runs it.

Playwright, which drives Chromium in the tests, attaches a DevTools session
to every Web Worker and turns on the Network domain, so DevTools follows
each worker and each response. That adds to the start it measures. Measured
on 7 December 2026 with the same site and server, median of 7 cold
runs (`python -m bench.runner_start --runs 7`, with and without
`--playwright`): 382 ms over this pipe, 455 ms under Playwright. A reader's
browser has no DevTools attached, so the benchmark uses this driver for
Chromium; Firefox and WebKit keep theirs (browser/engines.py), which attach
to no worker.

Standard library only: Chromium's `--remote-debugging-pipe` reads commands
from file descriptor 3 and writes replies and events to 4, each a JSON text
ended by a NUL byte.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import time

from browser.site import CHROMIUM_ARGS, SYSTEM_CHROMIUM


class ChromiumError(RuntimeError):
    pass


class Chromium:
    """One headless Chromium, its own empty profile, closed on exit."""

    def __init__(self, executable=SYSTEM_CHROMIUM, timeout: float = 120):
        self.profile = tempfile.mkdtemp(prefix="cdp-chromium-")
        self.timeout = timeout
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()

        def pipes_as_3_and_4():
            # Out of the way first, in case either end is 3 or 4 already.
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (commands_read, replies_write)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            [str(executable), *CHROMIUM_ARGS, "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),  # closed in the child after preexec_fn unless kept
            preexec_fn=pipes_as_3_and_4,
        )
        os.close(commands_read)
        os.close(replies_write)
        self._buffer = b""
        self._id = 0

    def call(self, method: str, session: str | None = None, **params):
        """Send one command and wait for its reply; events are skipped."""
        self._id += 1
        message = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            while b"\0" not in self._buffer:
                if time.monotonic() > deadline:
                    raise ChromiumError(f"{method}: no reply in {self.timeout} s")
                data = os.read(self._replies, 1 << 16)
                if not data:
                    raise ChromiumError(f"{method}: Chromium closed the pipe")
                self._buffer += data
            text, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(text)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error'].get('message')}")
                return reply["result"]

    def evaluate(self, session: str, expression: str):
        """The value of `expression` in the page, promises awaited."""
        result = self.call("Runtime.evaluate", session, expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise ChromiumError(details.get("exception", {}).get("description") or details.get("text"))
        return result["result"].get("value")

    def open(self, url: str) -> tuple[str, str]:
        """A new browser context (an empty cache) with one page at `url`,
        loaded; returns (context, page session)."""
        context = self.call("Target.createBrowserContext")["browserContextId"]
        target = self.call("Target.createTarget", url=url, browserContextId=context)["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        deadline = time.monotonic() + self.timeout
        while self.evaluate(session, "document.readyState") != "complete":
            if time.monotonic() > deadline:
                raise ChromiumError(f"{url} did not load in {self.timeout} s")
            time.sleep(0.02)
        return context, session

    def close_context(self, context: str) -> None:
        self.call("Target.disposeBrowserContext", browserContextId=context)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        with contextlib.suppress(ChromiumError, OSError):
            self.call("Browser.close")
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        for fd in (self._commands, self._replies):
            os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)

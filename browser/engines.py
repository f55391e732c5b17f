"""Firefox and WebKit, for the tests that Chromium runs through Playwright.

Each engine comes from Debian's packages, as on every machine here:

- Firefox: `firefox-esr`, driven over WebDriver BiDi by puppeteer-core (npm)
  in browser/firefox_driver.mjs (Playwright's Firefox is a patched build of
  its own, a download that fails here);
- WebKit, the engine of Safari and of every browser on an iPhone: WebKitGTK's
  MiniBrowser through `WebKitWebDriver` (`webkit2gtk-driver`), with Selenium,
  on a virtual screen (Xvfb): it has no headless mode that works.

`open_engine(name)` gives a page with the few calls the tests need: `goto`,
`evaluate` (an async JavaScript function of one argument, run in the page,
its JSON result returned), real input for the editor's tests (`click` on a
CSS selector, `type` text, `press` a key such as "Control+Enter") and
`close`. `missing(name)` says why an engine cannot run here, or None.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

from browser.site import ROOT

ENGINES = ("firefox", "webkit")
FIREFOX = Path("/usr/bin/firefox-esr")
PUPPETEER = ROOT / "node_modules" / "puppeteer-core" / "package.json"
MINIBROWSER = Path("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")
NAMES = {"chromium": "Chromium", "firefox": "Firefox", "webkit": "WebKit"}


def missing(engine: str) -> str | None:
    """Why `engine` cannot run here, or None."""
    if engine == "firefox":
        if not FIREFOX.is_file():
            return "no Firefox: install Debian's firefox-esr"
        if shutil.which("node") is None or not PUPPETEER.is_file():
            return "no puppeteer-core for Firefox: install Node.js and run `npm ci`"
        return None
    if shutil.which("WebKitWebDriver") is None or not MINIBROWSER.is_file():
        return "no WebKit: install Debian's webkit2gtk-driver"
    if shutil.which("Xvfb") is None:
        return "no Xvfb for WebKit's window: install Debian's xvfb"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "no selenium for WebKit (requirements.txt)"
    return None


class FirefoxPage:
    def __init__(self):
        self.process = subprocess.Popen(
            ["node", str(Path(__file__).with_name("firefox_driver.mjs"))],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        self._call(None)  # the driver says "ready" once Firefox is up

    def _call(self, request):
        if request is not None:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the Firefox driver exited with {self.process.wait()}")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"Firefox: {answer['error']}")
        return answer["ok"]

    def goto(self, url: str) -> None:
        self._call({"goto": url})

    def set_viewport(self, width: int, height: int) -> None:
        self._call({"viewport": {"width": width, "height": height}})

    def evaluate(self, function: str, arg=None):
        return self._call({"evaluate": function, "arg": arg})

    def click(self, selector: str) -> None:
        self._call({"click": selector})

    def type(self, text: str) -> None:
        self._call({"type": text})

    def press(self, keys: str) -> None:
        self._call({"press": keys})

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


class WebKitPage:
    def __init__(self):
        from selenium import webdriver
        from selenium.webdriver.webkitgtk.options import Options

        # A virtual screen of its own; -displayfd picks a free display number.
        read, write = os.pipe()
        self.screen = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-nolisten", "tcp"], pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as answer:
            display = answer.readline().strip()
        options = Options()
        options.binary_location = str(MINIBROWSER)
        options.add_argument("--automation")
        os.environ["DISPLAY"] = f":{display}"
        self.driver = webdriver.WebKitGTK(options=options)
        self.driver.set_script_timeout(300)

    def goto(self, url: str) -> None:
        self.driver.get(url)

    def set_viewport(self, width: int, height: int) -> None:
        self.driver.set_window_size(width, height)

    def evaluate(self, function: str, arg=None):
        answer = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"Promise.resolve(({function})(arguments[0])).then("
            "r => done({ok: r === undefined ? null : r}), e => done({error: String(e)}));",
            arg,
        )
        if "error" in answer:
            raise RuntimeError(f"WebKit: {answer['error']}")
        return answer["ok"]

    def click(self, selector: str) -> None:
        from selenium.webdriver.common.by import By

        self.driver.find_element(By.CSS_SELECTOR, selector).click()

    def type(self, text: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.driver).send_keys(text).perform()

    def press(self, keys: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        *held, key = (getattr(Keys, name.upper()) if len(name) > 1 else name for name in keys.split("+"))
        actions = ActionChains(self.driver)
        for name in held:
            actions.key_down(name)
        actions.send_keys(key)
        for name in reversed(held):
            actions.key_up(name)
        actions.perform()

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            self.screen.terminate()
            self.screen.wait(timeout=10)


@contextmanager
def open_engine(engine: str):
    page = FirefoxPage() if engine == "firefox" else WebKitPage()
    try:
        yield page
    finally:
        page.close()

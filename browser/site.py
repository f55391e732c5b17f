"""Serve a built site on 127.0.0.1 and open it in Chromium.

Shared by the browser tests (tests/test_browser.py) and the page-weight report
(bench/page_weight.py), so both see the site the same way.

The server answers like GitHub Pages, where the site is published: text
(HTML, CSS, JS, JSON, SVG) is gzip-compressed for a browser that accepts it,
and every response may be cached for ten minutes (`Cache-Control:
max-age=600`) and revalidated with its ETag or Last-Modified date. Only the site's own folder is
served, on a free port of 127.0.0.1.

The browser is Debian's Chromium (`/usr/bin/chromium`) where it is installed,
as in CI; elsewhere it is the Chromium that `playwright install chromium`
downloads (the Makefile runs that only when there is no system Chromium).
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_CHROMIUM = Path("/usr/bin/chromium")
# As root and in a container, Chromium needs --no-sandbox. The rest keep it
# from calling Google's services at start-up: these machines have no network,
# and the tests count every request the browser makes.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")
MAX_AGE = 600


@dataclass
class Transfer:
    """One response as it went over the wire: status line, headers and body."""

    path: str
    status: int
    content_type: str
    bytes: int


class _CountingWriter:
    """The socket writer of a request handler, counting what it writes."""

    def __init__(self, wfile):
        self.wfile = wfile
        self.count = 0

    def write(self, data) -> int:
        self.count += len(data)
        return self.wfile.write(data)

    def __getattr__(self, name):
        return getattr(self.wfile, name)


class PagesLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with GitHub Pages' compression and caching headers."""

    # (path, mtime) -> (etag, gzip bytes or None)
    _cache: dict[tuple[str, float], tuple[str, bytes | None]] = {}
    _lock = threading.Lock()

    def log_message(self, format, *args):
        pass  # a line per request would drown the test output

    def setup(self):
        super().setup()
        self.wfile = _CountingWriter(self.wfile)

    def handle_one_request(self):
        self._status, self._type, start = 0, "", self.wfile.count
        super().handle_one_request()
        transfers = getattr(self.server, "transfers", None)
        if transfers is not None and self._status:
            path = self.path.split("?")[0]
            transfers.append(Transfer(path, self._status, self._type, self.wfile.count - start))

    def send_response(self, code, message=None):
        self._status = code
        super().send_response(code, message)

    def send_header(self, keyword, value):
        if keyword.lower() == "content-type":
            self._type = value
        super().send_header(keyword, value)

    def translate_path(self, path):
        # A project site lives under /<repo>/ on GitHub Pages: with a prefix,
        # nothing outside it exists, so a request for the server's root fails.
        prefix = getattr(self.server, "prefix", "/")
        if not path.startswith(prefix):
            return str(Path(self.directory) / "-outside-the-site-")
        return super().translate_path("/" + path[len(prefix):])

    def end_headers(self):
        self.send_header("Cache-Control", f"max-age={getattr(self.server, 'max_age', MAX_AGE)}")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if Path(path).is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects to the slash
            path = str(Path(path) / "index.html")
        file = Path(path)
        if not file.is_file():
            return super().send_head()  # 404
        content_type = self.guess_type(str(file))
        etag, compressed = self._entry(file, content_type)
        modified = email.utils.formatdate(file.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag or (
            "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == modified
        ):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        body = file.read_bytes()
        use_gzip = compressed is not None and "gzip" in self.headers.get("Accept-Encoding", "")
        if use_gzip:
            body = compressed
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.send_header("Vary", "Accept-Encoding")
        if use_gzip:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        return _Body(body)

    def _entry(self, file: Path, content_type: str) -> tuple[str, bytes | None]:
        key = (str(file), file.stat().st_mtime)
        with self._lock:
            if key not in self._cache:
                data = file.read_bytes()
                etag = '"' + hashlib.sha1(data).hexdigest() + '"'
                compress = content_type.startswith(COMPRESSED_TYPES)
                self._cache[key] = (etag, gzip.compress(data, 6, mtime=0) if compress else None)
            return self._cache[key]


class _Body:
    """What `send_head` returns: the base class copies it to the socket."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@contextmanager
def serve(
    directory: Path, transfers: list[Transfer] | None = None, max_age: int = MAX_AGE, prefix: str = "/"
) -> Iterator[str]:
    """Serve `directory` on a free port of 127.0.0.1; yield its base URL.

    Each response is appended to `transfers`, when given. `max_age=0` makes
    a browser ask again for everything it has cached, as it does once
    GitHub Pages' ten minutes have passed. `prefix="/<repo>/"` serves the
    site under that path, as GitHub Pages serves a project site."""
    handler = partial(PagesLikeHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.transfers = transfers
    server.max_age = max_age
    server.prefix = prefix
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def launch_chromium(playwright):
    """Headless Chromium: Debian's where installed, else Playwright's own."""
    from playwright.sync_api import Error

    options = {"args": CHROMIUM_ARGS}
    if SYSTEM_CHROMIUM.exists():
        options["executable_path"] = str(SYSTEM_CHROMIUM)
    try:
        return playwright.chromium.launch(**options)
    except Error as error:
        raise RuntimeError(
            f"Chromium did not start: {error.message.strip().splitlines()[0]}\n"
            "Install Debian's chromium (apt-get install chromium), or run `make test`: "
            f"where there is no {SYSTEM_CHROMIUM} it runs `playwright install chromium`."
        ) from error


def nav_urls(page, base_url: str) -> list[str]:
    """The pages the site's navigation lists, in order, as absolute URLs.

    Read from the home page as a reader sees it; `page` is a Playwright page.
    """
    page.goto(base_url)
    links = page.eval_on_selector_all(
        ".md-nav--primary a.md-nav__link[href]",
        "links => links.map(link => link.href.split('#')[0])",
    )
    return list(dict.fromkeys(links))

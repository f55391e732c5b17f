"""Markdown extension: pictures drawn from what the programs printed.

A line of its own on a page,

    ::: picture where-fields-live "slots/where_fields_live.py"

becomes an inline SVG drawing of that snippet's recorded output: the kind
(`KINDS`, below) names the reader of the output and the drawing. Every
number and every name in a picture is read from the `#>` lines that
`expected(snippet, version)` gives for each supported version, so a new
record changes the picture with it; nothing is typed by hand.

Where versions print different numbers, the picture becomes content tabs,
one per group of versions that draw the same picture, labelled as the
version tabs are (`extensions.version_tabs.tab_label`), so the version
picker switches pictures with the outputs.

Each SVG has real text, a <title> and a <desc> that says in words and numbers
what it shows (role="img", aria-labelledby), and takes its colours from
Material's CSS variables (docs/stylesheets/pictures.css), so it follows the
light and dark schemes. It is drawn at its own size, never scaled down: text
stays 13 px, and a picture wider than the column scrolls in a labelled
region (docs/javascripts/scrollable.js makes it focusable when it does).

A directive that names a missing snippet or an unknown kind, or output the
kind can no longer read, fails the build with an error naming the page line,
or the snippet or record line.
"""

from __future__ import annotations

import ast
import html
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from markdown.preprocessors import Preprocessor

from extensions import OneProcessor, PageError, page_path
from extensions.version_tabs import tab_label
from harness.outputs import (
    OUTPUT_LINE,
    REFERENCE,
    SNIPPETS,
    SUPPORTED,
    Expected,
    RecordError,
    expected,
    relative,
)

DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*):::[ \t]*picture\b(?P<rest>[^\n]*)$", re.M)
ARGUMENTS = re.compile(r'[ \t]+(?P<kind>[\w-]+)[ \t]+"(?P<file>[^"\n]+)"[ \t]*')

# After pymdownx.snippets (32) and Python-Markdown's whitespace pass (30),
# which would strip the placeholders of stashed HTML; before the raw HTML
# pass (20).
PRIORITY = 29

# Text is drawn in the code font at 13 CSS px (docs/stylesheets/pictures.css);
# CHAR is a generous width of one character of it (monospace fonts are 0.55
# to 0.61 em wide), LINE the distance between two lines.
CHAR = 8.0
LINE = 17


def makeExtension(**kwargs):
    return OneProcessor("preprocessors", Pictures, "pictures", PRIORITY, **kwargs)


class OutputError(ValueError):
    """Output a picture cannot be drawn from; the message names file and line."""


class Output:
    """One version's `#>` lines of a snippet, each with where it came from."""

    def __init__(self, snippet, version: str):
        self.snippet = snippet
        self.version = version
        self.program: Expected = expected(snippet, version)
        self.last = 0  # the line of the last match `one()` returned
        self.lines = [
            (n, OUTPUT_LINE.sub("", line, count=1))
            for n, line in enumerate(self.program.text.splitlines(), 1)
            if OUTPUT_LINE.match(line)
        ]

    def fail(self, message: str, line: int | None = None) -> OutputError:
        where = self.program.where(line) if line else relative(self.snippet)
        return OutputError(f"{where}: Python {self.version}: {message}")

    def all(self, pattern: str) -> list[tuple[int, re.Match]]:
        """Every output line that `pattern` matches in full, in order."""
        found = [(n, re.fullmatch(pattern, text.strip())) for n, text in self.lines]
        return [(n, match) for n, match in found if match]

    def one(self, prefix: str, pattern: str) -> re.Match:
        """The output line that starts with `prefix`; the rest must match `pattern`."""
        for n, text in self.lines:
            text = text.strip()
            if text.startswith(prefix):
                match = re.fullmatch(pattern, text[len(prefix) :].strip())
                if not match:
                    raise self.fail(f"cannot read {text!r}: expected {prefix} followed by {pattern}", n)
                self.last = n
                return match
        raise self.fail(f"no output line starts with {prefix!r}")


# ---------------------------------------------------------------- drawing


class Drawing:
    """A small SVG writer: rectangles, lines and text, classed for the CSS."""

    def __init__(self):
        self.parts: list[str] = []
        self.width = 0.0
        self.height = 0.0

    def _grow(self, x: float, y: float) -> None:
        self.width, self.height = max(self.width, x), max(self.height, y)

    def rect(self, x, y, w, h, cls: str) -> None:
        self.parts.append(f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" class="{cls}"/>')
        self._grow(x + w, y + h)

    def line(self, x1, y1, x2, y2, cls: str = "p-line") -> None:
        self.parts.append(f'<line x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}" class="{cls}"/>')
        self._grow(max(x1, x2), max(y1, y2))

    def text(self, x, y, text: str, anchor: str = "start", cls: str = "") -> None:
        """Text whose baseline is at y."""
        attrs = f' text-anchor="{anchor}"' if anchor != "start" else ""
        attrs += f' class="{cls}"' if cls else ""
        self.parts.append(f'<text x="{x:g}" y="{y:g}"{attrs}>{html.escape(text)}</text>')
        width = len(text) * CHAR
        right = x + width if anchor == "start" else x + width / 2 if anchor == "middle" else x
        self._grow(right, y + 4)

    def centred(self, x, y, w, h, lines: list[str], cls: str = "") -> None:
        """Lines of text centred in a box."""
        top = y + h / 2 - LINE * len(lines) / 2
        for i, text in enumerate(lines):
            self.text(x + w / 2, top + LINE * i + LINE - 4.5, text, "middle", cls)

    def svg(self, ident: str, title: str, desc: str) -> str:
        width, height = int(self.width + 2), int(self.height + 2)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-t {ident}-d">'
            f'<title id="{ident}-t">{html.escape(title)}</title>'
            f'<desc id="{ident}-d">{html.escape(desc)}</desc>'
            + "".join(self.parts)
            + "</svg>"
        )


@dataclass(frozen=True)
class Picture:
    title: str
    desc: str
    drawing: tuple[str, ...]  # the SVG's parts, to group versions that draw the same
    width: float
    height: float

    def svg(self, ident: str) -> str:
        d = Drawing()
        d.parts, d.width, d.height = list(self.drawing), self.width, self.height
        return d.svg(ident, self.title, self.desc)


def picture(d: Drawing, title: str, desc: str) -> Picture:
    return Picture(title, desc, tuple(d.parts), d.width, d.height)


def wrap(text: str, width: float) -> list[str]:
    return textwrap.wrap(text, max(8, int(width // CHAR))) or [""]


def join(words: list[str]) -> str:
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else "".join(words)


# ---------------------------------------------- where fields live (slots)


def where_fields_live(out: Output) -> Picture:
    pointer = int(out.one("pointer size:", r"(\d+) bytes")[1])
    slots = out.one("slots:", r"\w+(?: \w+)*")[0].split()
    sized = out.all(r"getsizeof\((\w+)\(\.\.\.\)\):\s+(\d+)")
    if len(sized) != 2:
        raise out.fail("expected two lines `getsizeof(<Class>(...)): <bytes>`, the plain class first")
    columns = []
    for n, match in sized:
        name, counted = match[1], int(match[2])
        allocated = int(out.one(f"allocated per {name}(...):", r"(\d+)")[1])
        columns.append((name, counted, allocated, n))
    first_dict = int(out.one("allocated per first .__dict__:", r"(\d+)")[1])
    (plain, plain_counted, plain_allocated, _), (slotted, counted, allocated, line) = columns
    header = counted - len(slots) * pointer
    if header <= 0:
        raise out.fail(f"{len(slots)} slots of {pointer} bytes do not fit in {counted} bytes", line)

    scale = 16 / pointer  # one reference is one 16 px row
    width, gap, top = 160, 16, 24
    d = Drawing()

    def column(x: float, name: str, counted: int, allocated: int, slot_names: list[str]) -> float:
        d.text(x + width / 2, 14, f"{name}(...)", "middle", "p-strong")
        y = top
        if slot_names:
            h = header * scale
            d.rect(x, y, width, h, "p-counted")
            d.centred(x, y, width, h, ["header", f"{header} B"])
            y += h
            for slot in slot_names:
                d.rect(x, y, width, 16, "p-counted")
                d.text(x + 6, y + 12.5, slot)
                d.text(x + width - 6, y + 12.5, f"{pointer} B", "end")
                y += 16
        else:
            h = counted * scale
            d.rect(x, y, width, h, "p-counted")
            d.centred(x, y, width, h, ["getsizeof", f"{counted} B"])
            y += h
        if allocated > counted:
            h = (allocated - counted) * scale
            d.rect(x, y, width, h, "p-hidden")
            d.centred(x, y, width, h, ["not counted", f"{allocated - counted} B"])
            y += h
        y += LINE
        if slot_names:
            d.text(x, y, f"getsizeof: {counted} B")
            y += LINE
        d.text(x, y, f"allocated: {allocated} B")
        return y

    y = column(0, plain, plain_counted, plain_allocated, [])
    if first_dict:
        y += 10
        h = first_dict * scale
        d.rect(0, y, width, h, "p-later")
        d.centred(0, y, width, h, ["__dict__, when", f"asked: +{first_dict} B"])
    else:
        d.text(0, y + LINE, "__dict__: made with")
        d.text(0, y + 2 * LINE, "it, +0 B when asked")
    column(width + gap, slotted, counted, allocated, slots)

    title = f"Where the fields of one {plain} and one {slotted} live, in bytes"
    desc = (
        f"{plain}(...): getsizeof counts {plain_counted} bytes; creating one allocates "
        f"{plain_allocated} bytes, so {plain_allocated - plain_counted} bytes are not counted. "
        + (
            f"Its __dict__, made the first time code asks for it, allocates {first_dict} bytes more. "
            if first_dict
            else "Its __dict__ is made with it: asking for it allocates nothing more. "
        )
        + f"{slotted}(...): getsizeof counts {counted} bytes and creating one allocates {allocated} "
        f"bytes: a {header}-byte header and {len(slots)} references of {pointer} bytes, one per "
        f"slot: {join(slots)}."
    )
    return picture(d, title, desc)


# ---------------------------------------- shallow against deep (slots)


def shallow_deep(out: Output) -> Picture:
    rows: list[tuple[str, int, int]] = []
    for _, match in out.all(r"(\w+)\s+getsizeof (\d+)\s+asizeof (\d+)"):
        rows.append((match[1], int(match[2]), int(match[3])))
    if not rows:
        shallow = {m[1]: int(m[2]) for _, m in out.all(r"getsizeof\((\w+)\):\s+(\d+)")}
        deep = {m[1]: int(m[2]) for _, m in out.all(r"asizeof\((\w+)\):\s+(\d+)")}
        rows = [(name, shallow[name], deep[name]) for name in shallow if name in deep]
    if not rows:
        raise out.fail("no output line gives an object's getsizeof and asizeof")
    for name, counted, total in rows:
        if total < counted:
            raise out.fail(f"asizeof({name}) = {total} is less than getsizeof = {counted}")

    width = max(320, max(len(f"{n}: getsizeof {g} B, asizeof {a} B") for n, g, a in rows) * CHAR)
    scale = width / max(total for _, _, total in rows)
    d = Drawing()
    d.rect(0, 3, 14, 14, "p-counted")
    d.text(20, 15, "getsizeof: the object alone")
    d.rect(0, 23, 14, 14, "p-hidden")
    d.text(20, 35, "asizeof adds what it refers to")
    y = 48
    for name, counted, total in rows:
        d.text(0, y + 13, f"{name}: getsizeof {counted} B, asizeof {total} B")
        y += LINE + 2
        d.rect(0, y, counted * scale, 18, "p-counted")
        d.rect(counted * scale, y, (total - counted) * scale, 18, "p-hidden")
        y += 28
    title = "What getsizeof counts, and what asizeof adds: " + ", ".join(name for name, _, _ in rows)
    desc = "In bytes. " + "; ".join(
        f"{name}: getsizeof {counted}, asizeof {total}, so {total - counted} more in what it refers to"
        for name, counted, total in rows
    ) + "."
    return picture(d, title, desc)


# ------------------------------------------ field order (inheritance)


def field_order(out: Output) -> Picture:
    head = out.all(r"field\s+(\w+)\s+(\w+)\s+__init__")
    if not head:
        raise out.fail("no header line `field <Base> <Subclass> __init__`")
    base, sub = head[0][1][1], head[0][1][2]
    rows = [
        (int(m[1]), m[2], m[3] == "x", m[4] == "x", m[5].strip("()"))
        for _, m in out.all(r"(\d+) (\w+)\s+([x.])\s+([x.])\s+(.+)")
    ]
    if not rows:
        raise out.fail("no field lines `<n> <name> <x|.> <x|.> <how __init__ takes it>`")
    if [row[0] for row in rows] != list(range(1, len(rows) + 1)):
        raise out.fail("the field positions are not 1, 2, 3, ... in order")

    pos_w = 3 * CHAR
    base_w = max(len(base), *(len(r[1]) for r in rows if r[2])) * CHAR + 10
    sub_w = max(len(sub), *(len(r[1]) for r in rows)) * CHAR + 10
    x_base, x_sub = pos_w + 6, pos_w + 6 + base_w + 10
    x_init = x_sub + sub_w + 8
    d = Drawing()
    d.text(x_base + base_w / 2, 14, base, "middle", "p-strong")
    d.text(x_sub + sub_w / 2, 14, sub, "middle", "p-strong")
    d.text(x_init, 14, "__init__", cls="p-strong")
    y = 24
    for position, name, in_base, in_sub, how in rows:
        d.text(pos_w, y + 14, str(position), "end")
        if in_base:
            d.rect(x_base, y, base_w, 19, "p-base")
            d.text(x_base + 5, y + 14, name)
            d.line(x_base + base_w, y + 9.5, x_sub, y + 9.5)
        d.rect(x_sub, y, sub_w, 19, "p-sub" if in_sub else "p-inherited")
        d.text(x_sub + 5, y + 14, name)
        d.text(x_init, y + 14, how)
        y += 23
    again = [(position, name, how) for position, name, in_base, in_sub, how in rows if in_base and in_sub]
    for position, name, how in again:
        y += LINE
        d.text(0, y, f"{sub} declares {name} again:")
        y += LINE
        d.text(0, y, f"it stays at place {position}, now {how}")
    title = f"The fields of {sub}, in order: those of {base} first, then {sub}'s own"
    desc = "; ".join(
        f"{position} {name}, "
        + (f"declared by {base} and again by {sub}" if in_base and in_sub else f"from {base if in_base else sub}")
        + f", __init__: {how}"
        for position, name, in_base, in_sub, how in rows
    ) + "."
    return picture(d, title, desc)


# --------------------------------- parameters (inheritance, kw_only fix)


@dataclass(frozen=True)
class Parameter:
    name: str
    default: str | None  # the default's repr, None when required
    keyword_only: bool


def parameters(text: str) -> list[Parameter] | None:
    """The parameters of an `inspect.signature` line, `(a: str, b: int = 1, *, c) -> None`."""
    match = re.fullmatch(r"\((.*)\)(?: -> .+)?", text.strip())
    if not match:
        return None
    parts, depth, quote, start, body = [], 0, "", 0, match[1]
    for i, char in enumerate(body):
        if quote:
            quote = "" if char == quote and body[i - 1] != "\\" else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    found, keyword_only = [], False
    for part in filter(None, parts):
        if part == "*":
            keyword_only = True
            continue
        name = re.match(r"\*{0,2}(\w+)", part)
        if not name:
            return None
        default = part.split(" = ", 1)[1] if " = " in part else None
        found.append(Parameter(name[1], default, keyword_only))
    return found


def signature(out: Output) -> list[Parameter]:
    for n, text in out.lines:
        if text.strip().startswith("("):
            found = parameters(text)
            if found is None:
                raise out.fail(f"cannot read the signature {text.strip()!r}", n)
            return found
    raise out.fail("no output line is a signature `(...) -> None`")


def parameter_rows(d: Drawing, params: list[Parameter], y: float, width: float) -> dict[str, float]:
    """One row per parameter, a rule where keyword-only ones start; the top of each row."""
    tops = {}
    started = False
    for p in params:
        if p.keyword_only and not started:
            started = True
            d.line(0, y + 4, width, y + 4, "p-rule")
            d.text(0, y + 20, "*  keyword-only: matched by name")
            y += 28
        d.rect(0, y, width, 19, "p-sub" if p.keyword_only else "p-base")
        d.text(6, y + 14, p.name)
        d.text(width - 6, y + 14, "required" if p.default is None else f"= {p.default}", "end")
        tops[p.name] = y
        y += 23
    return tops


def defaults_order(out: Output) -> Picture:
    params = signature(out)
    error = out.one("TypeError:", r"non-default argument '(\w+)' follows default argument(?: '(\w+)')?")
    refused, named, line = error[1], error[2], out.last
    defaulted = [p.name for p in params if p.default is not None]
    if not defaulted:
        raise out.fail("the signature has no parameter with a default", line)
    before = named or defaulted[-1]
    if before not in defaulted:
        raise out.fail(f"the message names {before!r}, which has no default in the signature", line)
    width = 300
    d = Drawing()
    d.text(0, 14, "__init__'s parameters, in order", cls="p-strong")
    tops = parameter_rows(d, params, 24, width)
    y = 24 + 23 * len(params)
    d.rect(0, y, width, 19, "p-bad")
    d.text(6, y + 14, refused)
    d.text(width - 6, y + 14, "required: refused", "end")
    x = width + 8
    d.line(x, tops[before] + 9.5, x + 10, tops[before] + 9.5)
    d.line(x + 10, tops[before] + 9.5, x + 10, y + 9.5)
    d.line(x, y + 9.5, x + 10, y + 9.5)
    y += 19
    message = f"TypeError: {error[0]}"
    for line in wrap(message, width + 18):
        y += LINE
        d.text(0, y, line, cls="p-strong")
    title = f"Why {refused} cannot follow {before}"
    desc = (
        "The parameters in order: "
        + ", ".join(f"{p.name} " + ("required" if p.default is None else f"= {p.default}") for p in params)
        + f". Then {refused}, required, after {before}, which has a default: the decorator refuses, "
        f"with the message {message}"
    )
    return picture(d, title, desc)


def keyword_only(out: Output) -> Picture:
    params = signature(out)
    if not any(p.keyword_only for p in params):
        raise out.fail("the first signature printed has no keyword-only parameter")
    width = 300
    d = Drawing()
    d.text(0, 14, "by position, in order", cls="p-strong")
    parameter_rows(d, params, 24, width)
    positional = [p.name for p in params if not p.keyword_only]
    named = [p.name for p in params if p.keyword_only]
    title = "Positional parameters, then keyword-only ones"
    desc = (
        "By position, in order: "
        + ", ".join(f"{p.name} " + ("required" if p.default is None else f"= {p.default}") for p in params if not p.keyword_only)
        + ". After the *, keyword-only, matched by name: "
        + ", ".join(f"{p.name} " + ("required" if p.default is None else f"= {p.default}") for p in params if p.keyword_only)
        + f". A required keyword-only parameter may follow {positional[-1]}, which has a default."
        if positional
        else f"Every parameter is keyword-only: {join(named)}."
    )
    return picture(d, title, desc)


# --------------------------------------- what __init__ takes (post_init)


def what_init_takes(out: Output) -> Picture:
    rows = [
        (m[1], m[2] == "True", m[3] == "True", m[4])
        for _, m in out.all(r"(\w+)\s+init=(True|False)\s+kw_only=(True|False)\s+(.+)")
    ]
    if not rows:
        raise out.fail("no field lines `<name> init=<bool> kw_only=<bool> <source>`")
    by_init = out.one("set by __init__:", r"\w+(?: \w+)*")[0].split()
    by_post = out.one("set by __post_init__:", r"\w*(?: \w+)*")[0].split()
    lanes = [["parameter", "of __init__"], ["set by", "__init__"], ["set by", "__post_init__"]]
    lane_w, gap = 110, 6
    d = Drawing()
    for i, head in enumerate(lanes):
        d.centred(i * (lane_w + gap), 3, lane_w, 2 * LINE, head, "p-strong")
    y = 2 * LINE + 11
    described = []
    for name, init, kw_only, source in rows:
        if init:
            lane, second, cls = 0, "keyword-only" if kw_only else "positional", "p-sub" if kw_only else "p-base"
            described.append(f"{name}: a {second} parameter")
        elif name in by_post:
            lane, second, cls = 2, source, "p-later"
            described.append(f"{name}: init=False, set by __post_init__")
        elif name in by_init:
            lane, second, cls = 1, source, "p-counted"
            described.append(f"{name}: init=False, set by __init__ ({source})")
        else:
            raise out.fail(f"{name} has init=False and neither __init__ nor __post_init__ sets it")
        x = lane * (lane_w + gap)
        d.rect(x, y, lane_w, 38, cls)
        d.centred(x, y, lane_w, 38, [name, second])
        y += 42
    title = "Which fields __init__ takes, and who sets the others"
    desc = "The fields in order. " + "; ".join(described) + "."
    return picture(d, title, desc)


# ---------------------------------------------------- sort order (ordering)


def sort_order(out: Output) -> Picture:
    listed = out.all(r"\[\(.*\)\]")
    if not listed:
        raise out.fail("no output line lists the students as [(name, sort_index), ...]")
    n, match = listed[0]
    try:
        before = [(str(name), int(key)) for name, key in ast.literal_eval(match[0])]
    except (ValueError, SyntaxError, TypeError) as error:
        raise out.fail(f"cannot read the list: {error}", n) from None
    after = [(m[1], m[2], int(m[3])) for _, m in out.all(r"(\w+) (\w+): (\d+)")]
    if sorted(name for name, _ in before) != sorted(first for first, _, _ in after):
        raise out.fail("the sorted lines do not name the students of the list", n)
    left_w = max(len(f"{name} {key}") for name, key in before) * CHAR + 20
    right_w = max(len(f"{first} {last} {key}") for first, last, key in after) * CHAR + 20
    gap = 56
    x_right = left_w + gap
    d = Drawing()
    d.text(0, 14, "before sort()", cls="p-strong")
    d.text(x_right, 14, "after sort()", cls="p-strong")
    top, row = 24, 28
    where = {first: i for i, (first, _, _) in enumerate(after)}
    for i, (name, key) in enumerate(before):
        y = top + i * row
        d.rect(0, y, left_w, 20, "p-base")
        d.text(6, y + 14.5, name)
        d.text(left_w - 6, y + 14.5, str(key), "end")
        d.line(left_w, y + 10, x_right, top + where[name] * row + 10)
    for j, (first, last, key) in enumerate(after):
        y = top + j * row
        d.rect(x_right, y, right_w, 20, "p-sub")
        d.text(x_right + 6, y + 14.5, f"{first} {last}")
        d.text(x_right + right_w - 6, y + 14.5, str(key), "end")
    title = "The students before and after sort(), which compares sort_index first"
    desc = (
        "Before: " + ", ".join(f"{name} {key}" for name, key in before)
        + ". After students.sort(): " + ", ".join(f"{first} {last} {key}" for first, last, key in after) + "."
    )
    return picture(d, title, desc)


KINDS: dict[str, Callable[[Output], Picture]] = {
    "where-fields-live": where_fields_live,
    "shallow-deep": shallow_deep,
    "field-order": field_order,
    "defaults-order": defaults_order,
    "keyword-only": keyword_only,
    "what-init-takes": what_init_takes,
    "sort-order": sort_order,
}


# ------------------------------------------------------------- the page


def pictures_for(kind: str, snippet) -> list[tuple[list[str], Picture]]:
    """The supported versions grouped by the picture they draw, the reference's first."""
    draw = KINDS[kind]
    groups: dict[Picture, list[str]] = {}
    for version in SUPPORTED:
        groups.setdefault(draw(Output(snippet, version)), []).append(version)
    ordered = sorted(groups.items(), key=lambda group: REFERENCE not in group[1])
    return [(versions, drawn) for drawn, versions in ordered]


def figure(drawn: Picture, ident: str) -> str:
    return (
        f'<figure class="picture" data-search-exclude>'
        f'<div class="picture__scroll" role="region" aria-label="Picture: {html.escape(drawn.title)}">'
        f"{drawn.svg(ident)}</div>"
        f"<figcaption>{html.escape(drawn.title)}</figcaption></figure>"
    )


class Pictures(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        markdown = "\n".join(lines)
        page = page_path(self.md)
        count = 0

        def render(match: re.Match) -> str:
            nonlocal count
            where = f"{page}:{markdown.count(chr(10), 0, match.start()) + 1}"
            arguments = ARGUMENTS.fullmatch(match["rest"])
            if not arguments:
                raise PageError(f'{where}: write a picture as `::: picture <kind> "<page>/<name>.py"`')
            kind, path = arguments["kind"], arguments["file"]
            if kind not in KINDS:
                raise PageError(f"{where}: no picture kind {kind!r}; the kinds are {', '.join(KINDS)}")
            snippet = SNIPPETS / path
            if not snippet.is_file():
                raise PageError(f"{where}: picture {kind} draws snippets/{path}, which does not exist")
            try:
                groups = pictures_for(kind, snippet)
            except (OutputError, RecordError) as error:
                raise PageError(f"{where}: picture {kind}: {error}") from None
            count += 1
            indent = match["indent"]
            stash = self.md.htmlStash.store
            if len(groups) == 1:
                return f"{indent}{stash(figure(groups[0][1], f'picture-{count}'))}"
            # `===!` starts a tab set of its own: right after a block's version
            # tabs, plain `===` would add the picture's tabs to that block's set.
            tabs = [
                f'{indent}==={"!" if i == 1 else ""} "{tab_label(versions)}"\n\n'
                f'{indent}    {stash(figure(drawn, f"picture-{count}-{i}"))}'
                for i, (versions, drawn) in enumerate(groups, 1)
            ]
            return "\n\n".join(tabs)

        return DIRECTIVE.sub(render, markdown).split("\n")

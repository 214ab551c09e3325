"""CSV and TSV with a header row: id, date, title, url, text columns (names configurable).

Rows are cut from the lines here rather than by the csv module alone, so that
one broken row costs only itself: a quote that never closes would otherwise
swallow every row after it into one field. While a quoted field is open, a line
that starts the way the file's rows start (the same kinds of value, an id
number, a date, a URL, in the columns before the text) is remembered; if the
field then fails to close cleanly, the broken row ends there, is reported with
its line numbers, and reading resumes on that line.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import sys
from collections import deque
from typing import Iterator

from newsgraph.readers.base import (
    Input,
    InputError,
    Item,
    LineDecoder,
    ReadError,
    ReaderOptions,
    human_bytes,
    iter_lines,
    parse_date,
    record_to_item,
    too_large,
)
from newsgraph.registry import readers

# Good rows looked at to learn what a row's first columns hold.
_LEARN_ROWS = 50
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def _field_limit(max_bytes: int) -> None:
    # The csv module refuses fields over 128 KB by default; a long article is
    # larger. The limit is process-wide, so it is only ever raised.
    wanted = min(max_bytes, sys.maxsize)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def _delimiter(inp: Input, first_line: str) -> str:
    if inp.hint.lower().endswith(".tsv"):
        return "\t"
    return "\t" if "\t" in first_line and "," not in first_line else ","


def _match_case(options: ReaderOptions, header: list[str]) -> ReaderOptions:
    """Map fields to header names that differ only in case ("Text", "DATE"), a common export habit."""
    by_lower = {h.lower(): h for h in header}
    columns = {
        f: c if c in header else by_lower.get(c.lower(), c) for f, c in options.columns.items()
    }
    return options if columns == options.columns else dataclasses.replace(options, columns=columns)


def open_quote_after(line: str, in_quotes: bool, delimiter: str) -> bool:
    """Whether a row is still inside a quoted field after this line, read as the csv module reads it:
    a quote opens a field only at the field's start, and two quotes inside one are a literal quote."""
    i, n = 0, len(line)
    at_start = not in_quotes
    while i < n:
        if in_quotes:
            j = line.find('"', i)
            if j < 0:
                return True
            if line.startswith('""', j):
                i = j + 2
                continue
            in_quotes, at_start, i = False, False, j + 1
            continue
        if at_start and line.startswith('"', i):
            in_quotes, at_start, i = True, False, i + 1
            continue
        j = line.find(delimiter, i)
        if j < 0:
            return False
        i, at_start = j + 1, True
    return in_quotes


def _kind(value: str) -> str:
    v = value.strip()
    if not v:
        return "empty"
    if v.isdigit():
        return "number"
    if v.startswith(("http://", "https://")):
        return "url"
    if _ISO_START.match(v) or (len(v) <= 40 and parse_date(v) is not None):
        return "date"
    return "other"


class _RowShape:
    """What the columns before the text hold in good rows: a number, a date, a URL."""

    def __init__(self, header: list[str], text_index: int):
        self.width = text_index  # only columns before the text are complete on a row's first line
        self.kinds: list[set[str]] = [set() for _ in range(self.width)]
        self.seen = 0

    def learn(self, row: list[str]) -> None:
        if self.seen < _LEARN_ROWS:
            self.seen += 1
            for k in range(self.width):
                self.kinds[k].add(_kind(row[k]))

    def typed(self) -> list[tuple[int, str]]:
        return [(k, next(iter(s))) for k, s in enumerate(self.kinds) if len(s) == 1 and s <= {"number", "date", "url"}]

    def starts_row(self, line: str, delimiter: str) -> bool:
        """Whether a line looks like the first line of a row of this file."""
        typed = self.typed()
        if not self.seen or not typed:
            return False
        fields = next(csv.reader([line], delimiter=delimiter), [])
        return len(fields) > max(k for k, _ in typed) and all(_kind(fields[k]) == kind for k, kind in typed)


@readers.register("csv")
def read_csv(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """CSV (or TSV) with a header row naming the columns id, date, title, url, text (rename with
    ``columns``; only text is required). Fields may hold whole articles across many lines. A row
    without text, with a quote that never closes, or over max_bytes is a ReadError naming its
    lines, and reading goes on with the next row; a missing or bad date leaves published empty."""
    _field_limit(options.max_bytes)
    decode_line = LineDecoder(inp.head)
    line_warnings: dict[int, list[str]] = {}

    def lines() -> Iterator[tuple[int, str | None]]:
        for n, raw in iter_lines(inp.stream, options.max_bytes):  # type: ignore[arg-type]
            if raw is None:
                yield n, None
                continue
            found: list[str] = []
            text = decode_line(raw, found, f"line {n}")
            if found:
                line_warnings[n] = found
            yield n, text

    source = lines()
    first = next(source, (1, ""))[1] or ""
    delimiter = _delimiter(inp, first)
    header = [h.strip() for h in next(csv.reader([first], delimiter=delimiter), [])]
    options = _match_case(options, header)
    text_col = options.columns["text"]
    if text_col not in header:
        raise InputError(
            f"no {text_col!r} column in the header (columns: {', '.join(header) or 'none'}); "
            "map the text column with columns={'text': NAME} (--column text=NAME)"
        )
    shape = _RowShape(header, header.index(text_col))
    pending: deque[tuple[int, str | None]] = deque()  # lines given back after a broken row

    def next_line() -> tuple[int, str | None] | None:
        if pending:
            return pending.popleft()
        return next(source, None)

    def row_item(numbered: list[tuple[int, str]]) -> Item | None:
        start, end = numbered[0][0], numbered[-1][0]
        where = f"{inp.name}:{start}"
        warnings = [w for n in range(start, end + 1) for w in line_warnings.pop(n, [])]
        try:
            rows = list(csv.reader([t for _, t in numbered], delimiter=delimiter, strict=True))
        except csv.Error as exc:
            return ReadError.at(where, f"malformed CSV row on {_span(start, end)} ({exc}); row skipped")
        row = rows[0] if rows else []
        if not any(cell.strip() for cell in row):
            return None
        if len(row) == len(header):
            shape.learn(row)
        else:
            warnings.append(f"row has {len(row)} fields, the header has {len(header)}")
        return record_to_item(dict(zip(header, row)), location=where, options=options, warnings=warnings)

    while True:
        got = next_line()
        if got is None:
            return
        n, text = got
        if text is None:
            yield ReadError.at(f"{inp.name}:{n}", too_large(f"line {n}", f"more than {human_bytes(options.max_bytes)}",
                                                            options.max_bytes) + "; row skipped")
            continue
        if not open_quote_after(text, False, delimiter):
            item = row_item([(n, text)])
            if item is not None:
                yield item
            continue
        # A quoted field runs on to the next lines: gather them until it closes.
        buffer = [(n, text)]
        size = len(text)
        candidate: int | None = None  # index in buffer of the first line that looks like a new row
        closed = False
        while True:
            got = next_line()
            if got is None or got[1] is None:
                if got is not None:
                    pending.appendleft(got)
                break
            buffer.append(got)
            size += len(got[1])
            if candidate is None and shape.starts_row(got[1], delimiter):
                candidate = len(buffer) - 1
            if not open_quote_after(got[1], True, delimiter):
                closed = True
                break
            if size > options.max_bytes:
                break
        if closed and (candidate is None or _well_formed(buffer, delimiter, header)):
            item = row_item(buffer)
            if item is not None:
                yield item
            continue
        start = buffer[0][0]
        if candidate is not None:
            # the open quote swallowed the rows after it: give them back and report only its own lines
            last = buffer[candidate - 1][0]
            pending.extendleft(reversed(buffer[candidate:]))
            for k in range(start, last + 1):
                line_warnings.pop(k, None)
            yield ReadError.at(
                f"{inp.name}:{start}",
                f"unterminated quote: the quoted field opened on line {start} never closes; {_span(start, last)} "
                f"skipped, reading resumes on line {buffer[candidate][0]}, which starts a new row",
            )
            continue
        last = buffer[-1][0]
        for k in range(start, last + 1):
            line_warnings.pop(k, None)
        if size > options.max_bytes and not closed:
            # no row start in sight: skip the rest of the field without holding it
            while True:
                got = next_line()
                if got is None or got[1] is None:
                    if got is not None:
                        pending.appendleft(got)
                    break
                last = got[0]
                line_warnings.pop(last, None)
                if not open_quote_after(got[1], True, delimiter):
                    break
            yield ReadError.at(
                f"{inp.name}:{start}",
                too_large(f"the row on line {start}", f"more than {human_bytes(options.max_bytes)}", options.max_bytes)
                + f"; {_span(start, last)} skipped",
            )
            continue
        yield ReadError.at(
            f"{inp.name}:{start}",
            f"unterminated quote: the quoted field opened on line {start} runs to the end of the file; "
            f"{_span(start, last)} skipped",
        )


def _well_formed(buffer: list[tuple[int, str]], delimiter: str, header: list[str]) -> bool:
    """A multi-line row that parses strictly into as many fields as the header: its quote closed where
    it should, whatever lines inside it look like."""
    try:
        rows = list(csv.reader([t for _, t in buffer], delimiter=delimiter, strict=True))
    except csv.Error:
        return False
    return len(rows) == 1 and len(rows[0]) == len(header)


def _span(start: int, end: int) -> str:
    return f"line {start}" if start == end else f"lines {start}-{end}"

"""CSV and TSV with a header row: id, date, title, url, text columns (names configurable)."""

from __future__ import annotations

import csv
import dataclasses
import sys
from typing import Iterator

from newsgraph.readers.base import (
    Input,
    InputError,
    Item,
    ReadError,
    ReaderOptions,
    decode_line,
    human_bytes,
    iter_lines,
    record_to_item,
    too_large,
)
from newsgraph.registry import readers


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


@readers.register("csv")
def read_csv(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """CSV (or TSV) with a header row naming the columns id, date, title, url, text (rename with
    ``columns``; only text is required). Fields may hold whole articles across many lines. A row
    without text is a ReadError naming its line; a missing or bad date leaves published empty."""
    _field_limit(options.max_bytes)
    # Lines are decoded one by one so an invalid byte is reported on the row that holds it.
    line_warnings: dict[int, list[str]] = {}
    oversized: list[int] = []

    def lines() -> Iterator[str]:
        for n, raw in iter_lines(inp.stream, options.max_bytes):  # type: ignore[arg-type]
            if raw is None:
                oversized.append(n)
                return  # a row cannot be resynchronised after a cut line; stop here
            found: list[str] = []
            text = decode_line(raw, found, f"line {n}")
            if found:
                line_warnings[n] = found
            yield text

    source = lines()
    first = next(source, "")
    delimiter = _delimiter(inp, first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    header = [h.strip() for h in header]
    options = _match_case(options, header)
    text_col = options.columns["text"]
    if text_col not in header:
        raise InputError(
            f"no {text_col!r} column in the header (columns: {', '.join(header) or 'none'}); "
            "map the text column with columns={'text': NAME} (--column text=NAME)"
        )
    rows = csv.reader(source, delimiter=delimiter)
    start = 2  # the line the next row starts on; the header is line 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            yield ReadError.at(f"{inp.name}:{start}", f"malformed CSV ({exc}); the rest of the file was not read")
            return
        end = rows.line_num + 1  # rows.line_num counts lines after the header
        where = f"{inp.name}:{start}"
        line_span = range(start, end + 1)
        start = end + 1
        if not any(cell.strip() for cell in row):
            continue
        warnings = [w for n in line_span for w in line_warnings.pop(n, [])]
        if len(row) != len(header):
            warnings.append(f"row has {len(row)} fields, the header has {len(header)}")
        yield record_to_item(dict(zip(header, row)), location=where, options=options, warnings=warnings)
    if oversized:
        yield ReadError.at(
            f"{inp.name}:{oversized[0]}",
            too_large(f"line {oversized[0]}", f"more than {human_bytes(options.max_bytes)}", options.max_bytes)
            + "; the rest of the file was not read",
        )

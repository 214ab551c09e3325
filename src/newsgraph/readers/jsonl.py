"""JSON Lines: one JSON object per line with id, date, title, url, text (names configurable)."""

from __future__ import annotations

import io
import json
from typing import Iterator

from newsgraph.readers.base import (
    Input,
    InputError,
    Item,
    ReadError,
    LineDecoder,
    ReaderOptions,
    decode,
    human_bytes,
    iter_lines,
    read_bounded,
    record_to_item,
    too_large,
)
from newsgraph.registry import readers


def _record_item(value: object, where: str, options: ReaderOptions, warnings: list[str]) -> Item:
    if not isinstance(value, dict):
        return ReadError.at(where, f"expected a JSON object with a text field, found a JSON {type(value).__name__}")
    return record_to_item(value, location=where, options=options, warnings=warnings)


@readers.register("jsonl")
def read_jsonl(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """JSON Lines (.jsonl, .ndjson): one object per line with the fields id, date, title, url, text
    (rename with ``columns``). Blank lines are skipped; a line that is not valid JSON or has no
    text is a ReadError naming the line. A file that is one JSON array (or object) is read whole."""
    if inp.head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
        yield from _read_json_array(inp, options)
        return
    yield from _read_lines(inp, inp.stream, options)  # type: ignore[arg-type]


def _read_lines(inp: Input, stream, options: ReaderOptions) -> Iterator[Item]:
    decode_line = LineDecoder(inp.head)
    for n, line in iter_lines(stream, options.max_bytes):
        where = f"{inp.name}:{n}"
        if line is None:
            yield ReadError.at(where, too_large(f"line {n}", f"more than {human_bytes(options.max_bytes)}", options.max_bytes))
            continue
        if not line.strip():
            continue
        warnings: list[str] = []
        text = decode_line(line, warnings, f"line {n}")
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError.at(where, f"invalid JSON at column {exc.colno}: {exc.msg}")
            continue
        except RecursionError:  # each line is parsed alone, so this costs the line, not the file
            yield ReadError.at(where, "JSON nested too deeply to parse (over about 1,000 levels); not an article record")
            continue
        yield _record_item(value, where, options, warnings)


def _read_json_array(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    # A .json file holding a list is read whole (bounded by max_bytes): JSON has
    # no way to stream records without a parser we do not depend on.
    data = read_bounded(inp, options)
    text, warnings = decode(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and exc.lineno > 1:
            # not one array but JSON Lines whose first line is a list: read it line by line
            yield from _read_lines(inp, io.BytesIO(data), options)
            return
        raise InputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError("JSON nested too deeply to parse (over about 1,000 levels); not a list of articles") from None
    records = value if isinstance(value, list) else [value]
    for k, record in enumerate(records):
        yield _record_item(record, f"{inp.name}:[{k}]", options, warnings)

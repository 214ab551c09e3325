"""Readers: one per input format, each yielding Documents, and ReadErrors for what it cannot use.

The public API::

    from newsgraph.readers import ReaderOptions, read_path, read_paths, read_stream

    for item in read_paths(["articles/", "feed.jsonl.gz"], ReaderOptions(published=date(2021, 8, 19))):
        if isinstance(item, ReadError):
            print(item)          # path:line: reason
        else:
            ...                  # a newsgraph.model.Document

Every reader is registered by name in ``newsgraph.registry.readers`` (seed, text,
jsonl, csv, html, warc, gzip, directory); a third-party reader registers the
same way: a function ``reader(inp: Input, options: ReaderOptions)`` yielding
Documents and ReadErrors. The format is guessed from the file name, then from
the content, unless ``ReaderOptions.format`` names one.
"""

from __future__ import annotations

from newsgraph.readers.base import (
    DEFAULT_MAX_BYTES,
    FIELDS,
    Input,
    InputError,
    Item,
    ReadError,
    ReaderOptions,
    binary_input,
    make_document,
)
from newsgraph.readers.dispatch import detect, read_input, read_path, read_paths, read_stream

# Importing the format modules registers them.
from newsgraph.readers import csvfile, directory, gzipfile, htmlpage, jsonl, seed, text, warcfile  # noqa: E402,F401

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FIELDS",
    "Input",
    "InputError",
    "Item",
    "ReadError",
    "ReaderOptions",
    "binary_input",
    "detect",
    "make_document",
    "read_input",
    "read_path",
    "read_paths",
    "read_stream",
]

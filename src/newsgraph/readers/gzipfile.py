"""gzip-compressed input of any other format, unpacked as a stream."""

from __future__ import annotations

import dataclasses
import gzip
from typing import Iterator

from newsgraph.readers.base import Input, Item, ReaderOptions, binary_input, prepare
from newsgraph.readers.dispatch import read_input
from newsgraph.registry import readers


@readers.register("gzip")
@binary_input
def read_gzip(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """A gzip file (.gz) holding any other format; the inner format comes from the name without
    .gz (articles.jsonl.gz is JSONL) or from the unpacked content. Nothing is unpacked to disk,
    and a text document inside is still bounded by max_bytes."""
    inner_hint = inp.hint[:-3] if inp.hint.lower().endswith(".gz") else ""
    unpacked = gzip.GzipFile(fileobj=inp.stream, mode="rb")
    # GzipFile says it can seek even over a pipe, and seeking back means unpacking again
    head, stream = prepare(unpacked, rewind=False)
    if options.format == "gzip":  # what is inside is guessed, not gzip again
        options = dataclasses.replace(options, format=None)
    inner = Input(name=inp.name, hint=inner_hint, stream=stream, head=head)
    yield from read_input(inner, options)

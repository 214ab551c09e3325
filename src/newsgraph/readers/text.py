"""Plain text: the whole file is one article; its date comes from the options."""

from __future__ import annotations

from typing import Iterator

from newsgraph.readers.base import (
    Input,
    InputError,
    Item,
    ReaderOptions,
    decode,
    file_id,
    make_document,
    no_date_warning,
    read_bounded,
)
from newsgraph.registry import readers


@readers.register("text")
def read_text(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """A plain-text file holding one article. Its publication date is ``published`` from the
    options (--date), else empty with a warning, since relative dates need it."""
    text, warnings = decode(read_bounded(inp, options))
    body = text.strip()
    if not body:
        raise InputError("empty file: only whitespace")
    if options.published is None:
        warnings.append(no_date_warning("pass published (--date) or start the file with `date YYYY-MM-DD`"))
    yield make_document(body, location=inp.name, options=options, published=options.published, warnings=warnings,
                        source_id=file_id(inp.name))

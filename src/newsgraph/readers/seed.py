"""The seed format: `date YYYY-MM-DD` first, then the article (same line or next)."""

from __future__ import annotations

import re
from datetime import date
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
from newsgraph.readers.dispatch import SEED_HEADER
from newsgraph.registry import readers

_ISO_DAY = re.compile(r"\A(\d{4})-(\d{1,2})-(\d{1,2})\Z")


def header_date(token: str) -> tuple[date | None, str | None]:
    """The date in a seed header, or None and a warning saying why it is not one."""
    m = _ISO_DAY.match(token)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), None
        except ValueError as exc:
            return None, f"date header {token!r} is not a valid date ({exc}); published left empty"
    return None, f"date header {token!r} is not a date in the form YYYY-MM-DD; published left empty"


@readers.register("seed")
def read_seed(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """One article per file whose first non-blank text is `date YYYY-MM-DD`, the article following on
    the same line or the next. A header that is not a valid date keeps the document with no
    publication date and a warning; a file without a header reads as plain text."""
    text, warnings = decode(read_bounded(inp, options))
    m = SEED_HEADER.match(text)
    published = None
    if m:
        published, problem = header_date(m[1])
        if problem:
            warnings.append(problem)
        text = text[m.end() :]
    body = text.strip()
    if not body:
        raise InputError("a date header but no article text after it" if m else "empty file: only whitespace")
    if published is None:
        published = options.published
    if published is None and not (m and warnings):
        warnings.append(no_date_warning("put `date YYYY-MM-DD` on the first line or pass published (--date)"))
    yield make_document(body, location=inp.name, options=options, published=published, warnings=warnings,
                        source_id=file_id(inp.name))

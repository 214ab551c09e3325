"""WARC web archives: the HTML responses in them, one article each."""

from __future__ import annotations

from typing import Iterator

from newsgraph.readers.base import (
    InputError,
    Input,
    Item,
    ReadError,
    ReaderOptions,
    binary_input,
    human_bytes,
    parse_date,
    too_large,
)
from newsgraph.readers.htmlpage import decode_html, html_to_item
from newsgraph.registry import readers

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


@readers.register("warc")
@binary_input
def read_warc(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """A WARC (or ARC) archive, plain or gzipped (.warc, .warc.gz). Each HTTP response with an
    HTML page becomes a document through the HTML reader, its URL from WARC-Target-URI; other
    records (requests, metadata, images, redirects) are skipped. When the page declares no date
    and none is given, the crawl date (WARC-Date) stands in, with a warning."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen = found = 0
    try:
        records = ArchiveIterator(inp.stream)
        for record in records:
            seen += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or not content_type.startswith(_HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read(options.max_bytes + 1)
            # the offset is only known once the record has been read (warcio)
            where = f"{inp.name}@{records.get_record_offset()}"
            if len(data) > options.max_bytes:
                yield ReadError.at(where, too_large(f"page {url}", f"more than {human_bytes(options.max_bytes)}", options.max_bytes))
                continue
            if not data.strip():
                yield ReadError.at(where, f"empty response body for {url}")
                continue
            try:
                html, warnings = decode_html(data, _charset(content_type))
            except InputError as exc:
                yield ReadError.at(where, f"{url}: {exc.reason}")
                continue
            found += 1
            crawled = parse_date(record.rec_headers.get_header("WARC-Date") or "")
            yield html_to_item(
                html,
                location=where,
                options=options,
                warnings=warnings,
                url=url,
                fallback_date=crawled,
                fallback_note="publication date taken from the crawl date (WARC-Date): the page declares none",
            )
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC archive ({' '.join(str(exc).split())})") from None
    if not found:
        # say why nothing came out rather than yield nothing in silence
        raise InputError(
            f"no HTML page in this WARC archive ({seen} record(s) read, none an HTTP 200 response "
            "with Content-Type text/html)"
        )

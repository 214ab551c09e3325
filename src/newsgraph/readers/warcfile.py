"""WARC web archives: the HTML responses in them, one article each.

Records are cut from the archive here, by their headers and Content-Length,
and each is parsed alone (warcio), so a damaged record costs only itself: a
truncated record, a wrong Content-Length (the next record is found by its
``WARC/1.x`` line) and an unparsable header are each one ReadError naming the
record's offset, and reading goes on. A .warc.gz is unpacked by the gzip
reader's damage-aware stream first.
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO, Iterator

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
_LINE = 64 * 1024
# the end of one record and the start of the next
_NEXT = re.compile(rb"\r?\n\r?\n(?=WARC/1\.[01]\r?\n)")
_STATUS = re.compile(r"^\d{3}$")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


class _Source:
    """A byte stream that can be read by line or size, with what was read too far given back."""

    def __init__(self, stream: BinaryIO):
        self._s = stream
        self._pending = b""
        self.pos = 0

    def read(self, n: int) -> bytes:
        out = self._pending[:n]
        self._pending = self._pending[n:]
        if len(out) < n:
            out += self._s.read(n - len(out)) or b""
        self.pos += len(out)
        return out

    def readline(self) -> bytes:
        if self._pending:
            k = self._pending.find(b"\n", 0, _LINE)
            if k >= 0:
                out, self._pending = self._pending[: k + 1], self._pending[k + 1:]
                self.pos += len(out)
                return out
            out, self._pending = self._pending, b""
            out += self._s.readline(_LINE) or b""
        else:
            out = self._s.readline(_LINE) or b""
        self.pos += len(out)
        return out

    def unread(self, data: bytes) -> None:
        self._pending = data + self._pending
        self.pos -= len(data)


def _records(src: _Source, cap: int) -> Iterator[tuple[int, bytes | None, str | None]]:
    """(offset, the record's bytes, None) for each record; (offset, None, problem) for each damaged one."""
    resync = False  # after a record whose length is unknown: skip its block silently
    while True:
        line = src.readline()
        if not line:
            return
        if not line.strip():
            continue
        start = src.pos - len(line)
        if resync and not line.startswith(b"WARC/"):
            while line and not line.startswith(b"WARC/"):
                line = src.readline()
            if not line:
                return
            start = src.pos - len(line)
        resync = False
        if not line.startswith(b"WARC/"):
            while line and not line.startswith(b"WARC/"):
                line = src.readline()
            yield start, None, "not a WARC record header (damaged data); skipped to the next record"
            if not line:
                return
            start = src.pos - len(line)
        header = [line]
        while True:
            line = src.readline()
            if not line:
                yield start, None, "truncated: the file ends inside the record's WARC header"
                return
            header.append(line)
            if not line.strip():
                break
        fields = {}
        for raw in header[1:-1]:
            key, colon, value = raw.decode("utf-8", "replace").partition(":")
            if not colon:
                fields.setdefault("_bad", key.strip())
            fields[key.strip().lower()] = value.strip()
        length_text = fields.get("content-length", "")
        if "_bad" in fields or not length_text.isdigit() or "warc-type" not in fields:
            problem = (f"malformed WARC header line {fields['_bad'][:60]!r}" if "_bad" in fields
                       else "no WARC-Type header" if "warc-type" not in fields
                       else f"Content-Length {length_text[:30]!r} is not a number")
            yield start, None, f"{problem}; record skipped"
            resync = True
            continue
        length = int(length_text)
        block = src.read(min(length, cap))
        if len(block) == min(length, cap) and length > cap:
            # larger than any article: skip the rest unread; the caller decides whether it mattered
            left = length - cap
            while left > 0:
                got = len(src.read(min(left, 1 << 20)))
                if not got:
                    break
                left -= got
            src.read(4)
            yield start, b"".join(header) + block, "oversized"
            continue
        tail = src.read(4) if len(block) == length else b""
        if len(block) == length and tail.strip() == b"" and len(tail) >= 2:
            if tail != b"\r\n\r\n":
                src.unread(tail[2:] if tail.startswith(b"\r\n") else tail)
            yield start, b"".join(header) + block, None
            continue
        # The block does not end where its Content-Length says: find the next record's header.
        seen = block + tail
        m = _NEXT.search(seen)
        if m:
            src.unread(seen[m.end():])
            yield start, None, (f"Content-Length {length} does not match the record (the next record starts "
                                f"{m.start()} bytes into its block); record skipped, reading resumes there")
            continue
        if len(block) < length:
            yield start, None, (f"truncated: the file ends {human_bytes(length - len(block))} before the end of "
                                f"this record (Content-Length {length})")
            return
        src.unread(tail)
        resync = True
        yield start, None, f"Content-Length {length} does not match the record; record skipped"


def _page(record_bytes: bytes, where: str, options: ReaderOptions, oversized: bool) -> Item | None:
    """The article in one response record; None for records that are not HTML pages."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        record = next(iter(ArchiveIterator(io.BytesIO(record_bytes), no_record_parse=False)))
        if record.rec_type != "response" or record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        content_type = (record.http_headers.get_header("Content-Type") or "").lower()
        url = record.rec_headers.get_header("WARC-Target-URI")
        record_id = record.rec_headers.get_header("WARC-Record-ID")  # the page's own id (source_id)
        if not _STATUS.match(status):
            return ReadError.at(where, f"{url}: malformed HTTP status line {status[:30]!r}; record skipped")
        if status != "200" or not content_type.startswith(_HTML_TYPES):
            return None
        if oversized:
            return ReadError.at(where, too_large(f"page {url}", f"more than {human_bytes(options.max_bytes)}",
                                                 options.max_bytes))
        data = record.content_stream().read(options.max_bytes + 1)
        crawled = parse_date(record.rec_headers.get_header("WARC-Date") or "")
    except StopIteration:
        return ReadError.at(where, "unreadable WARC record (no record found in its bytes); record skipped")
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds; one record must not stop the archive
        return ReadError.at(where, f"unreadable WARC record ({' '.join(str(exc).split())[:160] or 'damaged'}); "
                                   "record skipped")
    if len(data) > options.max_bytes:
        return ReadError.at(where, too_large(f"page {url}", f"more than {human_bytes(options.max_bytes)}", options.max_bytes))
    if not data.strip():
        return ReadError.at(where, f"empty response body for {url}")
    try:
        html, warnings = decode_html(data, _charset(content_type))
    except InputError as exc:
        return ReadError.at(where, f"{url}: {exc.reason}")
    return html_to_item(
        html,
        location=where,
        options=options,
        warnings=warnings,
        url=url,
        fallback_date=crawled,
        fallback_note="publication date taken from the crawl date (WARC-Date): the page declares none",
        source_id=record_id,
    )


def _read_arc(inp: Input, stream: BinaryIO, options: ReaderOptions) -> Iterator[Item]:
    """The old ARC format: warcio reads it whole (no record-by-record recovery)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    try:
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            where = f"{inp.name}@{records.get_record_offset()}"
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if record.http_headers.get_statuscode() != "200" or not content_type.startswith(_HTML_TYPES):
                continue
            data = record.content_stream().read(options.max_bytes + 1)
            html, warnings = decode_html(data[: options.max_bytes], _charset(content_type))
            yield html_to_item(html, location=where, options=options, warnings=warnings,
                               url=record.rec_headers.get_header("uri"))
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC or ARC archive ({' '.join(str(exc).split())})") from None


@readers.register("warc")
@binary_input
def read_warc(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """A WARC (or ARC) archive, plain or gzipped (.warc, .warc.gz). Each HTTP response with an
    HTML page becomes a document through the HTML reader, its URL from WARC-Target-URI; other
    records (requests, metadata, images, redirects) are skipped. When the page declares no date
    and none is given, the crawl date (WARC-Date) stands in, with a warning. A damaged record
    (truncated, wrong Content-Length, bad header) is one ReadError naming its offset; the records
    around it are still read."""
    from newsgraph.readers.gzipfile import Gunzip, _precheck, _seekable, unpack_limit

    stream: BinaryIO = inp.stream  # type: ignore[assignment]
    unpacked = None
    if inp.head.startswith(b"\x1f\x8b"):
        stop_at, damage = _precheck(stream, options) if _seekable(stream) else (None, None)
        unpacked = Gunzip(stream, limit=unpack_limit(options), ratio_guard=options.max_unpacked_bytes is None,
                          stop_at=stop_at, damage=damage)
        stream = io.BufferedReader(unpacked, buffer_size=_LINE)
    src = _Source(stream)
    first = src.read(16)
    src.unread(first)
    if not first.lstrip().startswith(b"WARC/"):
        if first.lstrip().startswith(b"filedesc:"):
            yield from _read_arc(inp, io.BufferedReader(_Rest(src)), options)
            return
        raise InputError("not a WARC archive (it does not start with a WARC/1.x record header)")
    seen = found = failed = 0
    truncated = False
    cap = options.max_bytes + _LINE  # the HTTP headers come on top of the page
    held: ReadError | None = None  # a damaged first record: if nothing else follows, the file is not a WARC
    for offset, data, problem in _records(src, cap):
        seen += 1
        if held is not None:
            yield held
            held = None
        where = f"{inp.name}@{offset}"
        if data is None:
            failed += 1
            truncated = truncated or (problem or "").startswith("truncated")
            if truncated and unpacked is not None and unpacked.damage:
                problem = f"{problem} ({unpacked.damage})"
            error = ReadError.at(where, problem or "damaged record")
            if seen == 1:
                held = error
            else:
                yield error
            continue
        item = _page(data, where, options, oversized=problem == "oversized")
        if item is None:
            continue
        if isinstance(item, ReadError):
            failed += 1
        else:
            found += 1
        yield item
    if held is not None:
        raise InputError(f"not a readable WARC archive: its only record is damaged ({held.reason})")
    if unpacked is not None and unpacked.damage and not truncated:
        failed += 1
        yield ReadError.at(inp.name, unpacked.damage)
    if not found and not failed:
        # say why nothing came out rather than yield nothing in silence
        raise InputError(
            f"no HTML page in this WARC archive ({seen} record(s) read, none an HTTP 200 response "
            "with Content-Type text/html)"
        )


class _Rest(io.RawIOBase):
    """What is left of a _Source, as a raw stream (for warcio)."""

    def __init__(self, src: _Source):
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        data = self._src.read(len(b))
        b[: len(data)] = data
        return len(data)

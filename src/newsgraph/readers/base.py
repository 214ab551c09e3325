"""What every reader shares: options, read errors, bounded reading, decoding, dates.

A reader is a function ``reader(inp: Input, options: ReaderOptions)`` that
yields :class:`~newsgraph.model.Document` for each article it finds and
:class:`ReadError` for each item it cannot use. A problem with the whole input
(empty, binary, too large) is raised as :class:`InputError`; the dispatcher
turns it into one ReadError naming the input, so a bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Union

from newsgraph.model import Document

#: the fields a row-based input (CSV, JSONL) can carry
FIELDS = ("id", "date", "title", "url", "text")

# 20 MB: three orders of magnitude above a long article. Anything larger handed
# to us as one document is almost surely a dump in the wrong format, and reading
# it whole would cost memory for nothing.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# How much of an input is looked at to guess its format and spot binary data.
HEAD_BYTES = 64 * 1024

# Short names people type for formats.
FORMAT_ALIASES = {
    "txt": "text",
    "plain": "text",
    "ndjson": "jsonl",
    "json": "jsonl",
    "tsv": "csv",
    "htm": "html",
    "gz": "gzip",
    "dir": "directory",
}


@dataclass(frozen=True, kw_only=True)
class ReaderOptions:
    """How inputs are read.

    ``format``: a reader name (see ``newsgraph.registry.readers``), or None to
    guess from the file name and content. ``published``: the publication date
    for documents that carry none (plain text). ``columns``: our field name to
    the input's column or key name, for CSV and JSONL (only the fields that
    differ need to be given). ``max_bytes``: the largest single document (or
    whole-file text/HTML input) accepted. ``source``: a label stored as
    ``Document.source`` instead of the file location.
    """

    format: str | None = None
    published: date | None = None
    columns: dict[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    source: str | None = None

    def __post_init__(self) -> None:
        unknown = sorted(set(self.columns) - set(FIELDS))
        if unknown:
            raise ValueError(
                f"unknown field(s) {', '.join(map(repr, unknown))} in columns; "
                f"the fields are {', '.join(FIELDS)} (map each to the column name in your file)"
            )
        object.__setattr__(self, "columns", {f: self.columns.get(f) or f for f in FIELDS})
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be a positive number of bytes, not {self.max_bytes!r}")
        if isinstance(self.published, datetime):
            object.__setattr__(self, "published", self.published.date())
        elif isinstance(self.published, str):
            try:
                object.__setattr__(self, "published", date.fromisoformat(self.published))
            except ValueError:
                raise ValueError(f"published must be a date YYYY-MM-DD, not {self.published!r}") from None
        if self.format is not None:
            fmt = FORMAT_ALIASES.get(self.format.lower(), self.format.lower())
            from newsgraph.registry import readers  # late: the registry imports this package

            if fmt not in readers:
                raise ValueError(
                    f"unknown input format {self.format!r}; available: {', '.join(readers.names())} "
                    "(or leave it out to guess from the file name and content)"
                )
            object.__setattr__(self, "format", fmt)


def _error_id(source: str) -> str:
    return "err_" + hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True, kw_only=True)
class ReadError:
    """An input item that could not be read: where it is, a stable id, and why."""

    source: str  # path; path:line for a row of a CSV/JSONL file; path@offset for a WARC record
    doc_id: str  # "err_" + a hash of the source location: stable across runs
    reason: str  # one line saying what is wrong and, where possible, what to do

    @classmethod
    def at(cls, source: str, reason: str) -> "ReadError":
        return cls(source=source, doc_id=_error_id(source), reason=" ".join(reason.split()))

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Item = Union[Document, ReadError]


class InputError(Exception):
    """The whole input is unusable; the dispatcher reports it as one ReadError."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, kw_only=True)
class Input:
    """One input handed to a reader."""

    name: str  # where it came from: a path, "<stdin>", for messages and Document.source
    hint: str  # a file name to guess the format from ("" when there is none)
    stream: BinaryIO | None  # positioned at the start; None for a directory
    head: bytes = b""  # the first HEAD_BYTES, for sniffing without consuming the stream
    path: Path | None = None
    size: int | None = None  # in bytes, when known without reading (a regular file)


Reader = Callable[[Input, ReaderOptions], Iterator[Item]]


def binary_input(reader: Reader) -> Reader:
    """Mark a reader whose input is not text (gzip, WARC), so no text checks run on it."""
    reader.binary_input = True  # type: ignore[attr-defined]
    return reader


class _Prefixed(io.RawIOBase):
    """The bytes already read for sniffing, then the rest of a stream that cannot seek."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = head
        self._pos = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self._pos < len(self._head):
            n = min(len(b), len(self._head) - self._pos)
            b[:n] = self._head[self._pos : self._pos + n]
            self._pos += n
            return n
        readinto = getattr(self._rest, "readinto", None)
        if readinto is not None:  # straight into the caller's buffer: no extra copy
            return readinto(b) or 0
        data = self._rest.read(len(b))
        n = len(data)
        b[:n] = data
        return n


def prepare(stream: BinaryIO, *, rewind: bool = True) -> tuple[bytes, BinaryIO]:
    """Read the head of a stream for sniffing and give back a stream that starts at 0.

    A seekable stream is rewound; any other is chained after its head. Pass
    rewind=False for streams that claim to seek but cannot really (GzipFile
    over a pipe) or where seeking back is costly.
    """
    head = stream.read(HEAD_BYTES) or b""
    try:
        seekable = rewind and stream.seekable()
    except (AttributeError, ValueError):
        seekable = False
    if seekable:
        stream.seek(0)
        return head, stream
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=HEAD_BYTES)


# --- size -------------------------------------------------------------------


def human_bytes(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}".replace(".0 ", " ")
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"


def too_large(what: str, size: str, max_bytes: int) -> str:
    return (
        f"{what} is larger than the {human_bytes(max_bytes)} limit for one document ({size}); "
        "split it into one file per article, or raise max_bytes (--max-bytes) if it really is one article"
    )


def read_bounded(inp: Input, options: ReaderOptions) -> bytes:
    """The whole input as bytes, refusing (without reading it) anything over max_bytes."""
    if inp.size is not None and inp.size > options.max_bytes:
        raise InputError(too_large("file", human_bytes(inp.size), options.max_bytes))
    if inp.stream is None:
        raise InputError("nothing to read (a directory where a file was expected)")
    data = inp.stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(too_large("input", f"more than {human_bytes(options.max_bytes)}", options.max_bytes))
    return data


# --- decoding ---------------------------------------------------------------

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
_LEGIT_FFFD = b"\xef\xbf\xbd"  # a replacement character already in the source
_NEWLINES = re.compile(r"\r\n?")


def _bad_share(text: str) -> float:
    bad = len(_CONTROL.findall(text))
    return bad / max(len(text), 1) if bad >= 4 else 0.0


def check_text_head(head: bytes) -> None:
    """Refuse binary data early: NUL bytes, or mostly undecodable bytes."""
    if head.startswith(_UTF16_BOMS):
        return  # UTF-16 text has NUL bytes by design; decode() handles it
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary data, not text (NUL byte at offset {nul}); newsgraph reads text, HTML, CSV, "
            "JSONL, WARC and gzip files"
        )
    # cut at most 3 bytes so a character split by the head boundary is not counted
    sample = head[: len(head) - 3] if len(head) == HEAD_BYTES else head
    share = _bad_share(sample.decode("utf-8", "replace"))
    if share > 0.1:
        raise InputError(
            f"binary data, not text ({share:.0%} of the first bytes are not valid UTF-8 or are control codes)"
        )


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM allowed) or UTF-16 with a BOM; newlines made \\n.

    Invalid UTF-8 is replaced with U+FFFD and a warning says how much, so a
    stray Latin-1 byte costs one character, not the document.
    """
    warnings: list[str] = []
    if data.startswith(_UTF16_BOMS):
        text = data.decode("utf-16", "replace")
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(f"binary data, not text (NUL byte at offset {nul})")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = data.decode("utf-8-sig", "replace")
            if _bad_share(text) > 0.1:
                raise InputError(
                    f"binary data, not text ({_bad_share(text):.0%} of the characters are not valid UTF-8)"
                ) from None
            warnings.append(invalid_utf8_warning(text, data, exc.start))
    return _NEWLINES.sub("\n", text), warnings


def invalid_utf8_warning(text: str, data: bytes, first: int) -> str:
    replaced = text.count("\ufffd") - data.count(_LEGIT_FFFD)
    return (
        f"invalid UTF-8: {replaced} byte sequence(s) replaced with U+FFFD (first at byte {first}); "
        "convert the input to UTF-8 if it uses another encoding"
    )


def decode_line(data: bytes, warnings: list[str], where: str) -> str:
    """One line of a line-based input; a bad byte becomes U+FFFD plus a warning."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", "replace")
        warnings.append(f"{where}: " + invalid_utf8_warning(text, data, exc.start))
        return text


def clean_text(text: str) -> str:
    return _NEWLINES.sub("\n", text).strip()


# --- dates ------------------------------------------------------------------

_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d-%b-%Y", "%Y/%m/%d")


def parse_date(value: object) -> date | None:
    """A publication date from a field value: ISO dates and timestamps, RFC 2822, '4 January 2019'.

    Returns None when the value is not a date; the caller warns.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def no_date_warning(how: str) -> str:
    return (
        "no publication date, so relative dates ('on Tuesday', 'last month') cannot be resolved; "
        f"{how}"
    )


# --- building documents -----------------------------------------------------


def make_document(
    text: str,
    *,
    location: str,
    options: ReaderOptions,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    warnings: list[str] | tuple[str, ...] = (),
) -> Document:
    return Document.create(
        text,
        published=published,
        title=title or None,
        url=url or None,
        source=options.source or location,
        warnings=tuple(warnings),
    )


def _scalar(value: object) -> str | None:
    """A field value as text; None for missing, empty and non-scalar values."""
    if value is None or isinstance(value, (dict, list)):
        return None
    s = str(value).strip()
    return s or None


def record_to_item(record: dict, *, location: str, options: ReaderOptions, warnings: list[str]) -> Item:
    """One row of a CSV or JSONL file (a dict keyed by the file's names) as a Document or ReadError."""
    cols = options.columns
    raw_text = record.get(cols["text"])
    label = f"row (id {_scalar(record.get(cols['id']))})" if _scalar(record.get(cols["id"])) else "row"
    if isinstance(raw_text, (dict, list)):
        return ReadError.at(location, f"{label}: field {cols['text']!r} is a {type(raw_text).__name__}, not text")
    text = clean_text(str(raw_text)) if raw_text is not None else ""
    if not text:
        if cols["text"] in record:
            return ReadError.at(location, f"{label} has no text (field {cols['text']!r} is empty)")
        return ReadError.at(
            location,
            f"{label} has no {cols['text']!r} field (fields: {', '.join(map(str, record)) or 'none'}); "
            "if the text is under another name, map it with columns={'text': NAME} (--column text=NAME)",
        )
    # a character is at most 4 bytes, so only long texts need encoding to check
    if len(text) * 4 > options.max_bytes and len(text.encode("utf-8")) > options.max_bytes:
        return ReadError.at(location, too_large(label, f"{human_bytes(len(text.encode()))}", options.max_bytes))
    raw_date = record.get(cols["date"])
    published = parse_date(raw_date)
    warnings = list(warnings)
    if published is None and _scalar(raw_date) is not None:
        warnings.append(
            f"{cols['date']} {str(raw_date)!r} is not a date (expected YYYY-MM-DD); published left empty"
        )
    if published is None:
        published = options.published
    if published is None:
        warnings.append(no_date_warning(f"fill the {cols['date']!r} field or pass published (--published)"))
    return make_document(
        text,
        location=location,
        options=options,
        published=published,
        title=_scalar(record.get(cols["title"])),
        url=_scalar(record.get(cols["url"])),
        warnings=warnings,
    )


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line bytes) in bounded memory.

    A line longer than max_bytes is skipped without being held whole: it comes
    out as (number, None) so the reader can report it.
    """
    n = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # discard the rest of the line chunk by chunk
                rest = stream.readline(max_bytes + 1)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, None
            continue
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        yield n, line

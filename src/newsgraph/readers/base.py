"""What every reader shares: options, read errors, bounded reading, decoding, dates.

A reader is a function ``reader(inp: Input, options: ReaderOptions)`` that
yields :class:`~newsgraph.model.Document` for each article it finds and
:class:`ReadError` for each item it cannot use. A problem with the whole input
(empty, binary, too large) is raised as :class:`InputError`; the dispatcher
turns it into one ReadError naming the input, so a bad file never stops a batch.
"""

from __future__ import annotations

import dataclasses
import fnmatch

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Union

# The character limit is one setting, Config.max_chars (its default and why are there):
# the API hands it to the readers, and the nlp stage applies it too.
from newsgraph.config import DEFAULT_MAX_CHARS
from newsgraph.model import Document

#: the fields a row-based input (CSV, JSONL) can carry
FIELDS = ("id", "date", "title", "url", "text")

# 20 MB: three orders of magnitude above a long article. Anything larger handed
# to us as one document is almost surely a dump in the wrong format, and reading
# it whole would cost memory for nothing.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# What a compressed file may unpack to. Real news dumps unpack to a few times
# their size; a file that unpacks to more than MAX_RATIO times its size beyond
# the first BOMB_FLOOR bytes is a decompression bomb (a megabyte of gzipped
# newlines unpacks to a gigabyte), refused unless max_unpacked_bytes is set.
DEFAULT_MAX_UNPACKED = 8 * 1024**3
MAX_RATIO = 100
BOMB_FLOOR = 16 * 1024 * 1024

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
    whole-file text/HTML input) accepted. ``max_chars``: the longest document
    text, in characters, handed to the pipeline; the API sets it from
    ``Config.max_chars``, so set it here only when calling a reader directly.
    ``max_unpacked_bytes``: what one compressed file may unpack to (None: 8 GB,
    and no more than 100 times its packed size). ``source``: a label stored as
    ``Document.source`` instead of the file location. ``columns_for``: column names
    for some inputs only, by a file name pattern (``{"feed-*.csv": {"text": "body"}}``),
    over ``columns`` for the inputs whose name matches.
    """

    format: str | None = None
    published: date | None = None
    columns: dict[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_unpacked_bytes: int | None = None
    source: str | None = None
    columns_for: dict[str, dict[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for pattern, cols in self.columns_for.items():
            bad = sorted(set(cols) - set(FIELDS))
            if bad:
                raise ValueError(f"unknown field(s) {', '.join(map(repr, bad))} in columns_for[{pattern!r}]; "
                                 f"the fields are {', '.join(FIELDS)}")
        unknown = sorted(set(self.columns) - set(FIELDS))
        if unknown:
            raise ValueError(
                f"unknown field(s) {', '.join(map(repr, unknown))} in columns; "
                f"the fields are {', '.join(FIELDS)} (map each to the column name in your file)"
            )
        object.__setattr__(self, "columns", {f: self.columns.get(f) or f for f in FIELDS})
        for name in ("max_bytes", "max_chars", "max_unpacked_bytes"):
            value = getattr(self, name)
            if value is None and name == "max_unpacked_bytes":
                continue
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"{name} must be a positive whole number, not {value!r}")
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

    def for_input(self, name: str) -> "ReaderOptions":
        """These options for one input: the columns of the first ``columns_for`` pattern its
        file name (or whole path) matches, over the common ones."""
        base = Path(name).name
        for pattern, cols in self.columns_for.items():
            if fnmatch.fnmatch(base, pattern) or fnmatch.fnmatch(name, pattern):
                return dataclasses.replace(self, columns={**self.columns, **cols}, columns_for={})
        return self


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


def too_many_chars(what: str, n: int, max_chars: int) -> str:
    return (
        f"{what} has {n:,} characters, over the {max_chars:,} limit for one document (longer texts take minutes "
        "and gigabytes in the pipeline); split it into articles, or raise max_chars (--max-chars) if it really "
        "is one article"
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


# Among candidates the detector finds equally good, the first of these that
# decodes the bytes alike wins: the pipeline reads English news, where a
# Western European legacy encoding is by far the likeliest.
_PREFERRED_LEGACY = ("cp1252", "iso8859_15", "latin_1")
# Only with a BOM (decode() handles those); the detector takes short Latin-1
# texts for UTF-16 without one.
_WIDE = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
_LABELS = {"cp1252": "windows-1252", "latin_1": "latin-1", "iso8859_15": "iso-8859-15", "cp1250": "windows-1250",
           "cp1251": "windows-1251"}
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_DETECT_BYTES = 1024 * 1024  # the detector samples its input anyway; a megabyte decides


def _invalid_utf8(data: bytes) -> int:
    return data.decode("utf-8", "replace").count("\ufffd") - data.count(_LEGIT_FFFD)


def mostly_utf8(data: bytes) -> bool:
    """More well-formed multi-byte UTF-8 sequences than invalid bytes: UTF-8 with a few stray bytes,
    where replacing the strays loses less than decoding everything in another encoding."""
    return len(_UTF8_MULTI.findall(data)) > _invalid_utf8(data)


def guess_legacy(data: bytes) -> str | None:
    """The legacy encoding of bytes that are not UTF-8 (charset-normalizer), or None when nothing
    decodes them into plausible text (binary data)."""
    from charset_normalizer import from_bytes  # late: most inputs are UTF-8

    results = from_bytes(data[:_DETECT_BYTES], cp_exclusion=_WIDE)
    best = results.best()
    if best is None or best.chaos > 0.25:
        return None
    near = [r for r in results if r.chaos <= best.chaos + 0.02 and r.coherence >= best.coherence - 0.05]
    for preferred in _PREFERRED_LEGACY:
        for r in near:
            if r.encoding == preferred or preferred in r.could_be_from_charset:
                return preferred
    return best.encoding


def label(encoding: str) -> str:
    return _LABELS.get(encoding, encoding.replace("_", "-"))


def legacy_warning(encoding: str, first: int) -> str:
    return (
        f"not valid UTF-8 (first bad byte at {first}): decoded as {label(encoding)}, the likeliest legacy encoding "
        "(charset-normalizer); convert the input to UTF-8 if the text looks wrong"
    )


def strip_nul(data: bytes) -> tuple[bytes, list[str]]:
    """NUL bytes removed from text with a warning; InputError when there are so many it is binary data."""
    first = data.find(b"\x00")
    if first < 0:
        return data, []
    n = data.count(b"\x00")
    if n * 10 > len(data) or _bad_share(data[:HEAD_BYTES].decode("utf-8", "replace")) > 0.1:
        raise InputError(
            f"binary data, not text (NUL byte at offset {first}); newsgraph reads text, HTML, CSV, "
            "JSONL, WARC and gzip files"
        )
    return data.replace(b"\x00", b""), [f"{n} NUL byte(s) removed (first at byte {first}): binary data in the text"]


def check_text_head(head: bytes) -> None:
    """Refuse binary data early: mostly NUL bytes, control codes or bytes that no encoding makes text of.

    A stray NUL byte is no reason to refuse a file: it is removed from its record with a warning.
    """
    if head.startswith(_UTF16_BOMS):
        return  # UTF-16 text has NUL bytes by design; decode() handles it
    nul = head.find(b"\x00")
    # cut at most 3 bytes so a character split by the head boundary is not counted
    sample = head[: len(head) - 3] if len(head) == HEAD_BYTES else head
    share = _bad_share(sample.decode("utf-8", "replace"))
    if nul >= 0 and (share > 0.1 or head.count(b"\x00") * 10 > len(head)):
        raise InputError(
            f"binary data, not text (NUL byte at offset {nul}); newsgraph reads text, HTML, CSV, "
            "JSONL, WARC and gzip files"
        )
    if share > 0.1 and (nul >= 0 or mostly_utf8(sample) or guess_legacy(sample) is None):
        raise InputError(
            f"binary data, not text ({share:.0%} of the first bytes are not valid UTF-8 or are control codes)"
        )


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM allowed) or UTF-16 with a BOM; newlines made \\n.

    Bytes that are not UTF-8 are decoded in the legacy encoding charset-normalizer
    finds likeliest (Windows-1252 for most Western text), with a warning naming it;
    UTF-8 with a few stray bytes keeps UTF-8 and gets U+FFFD for the strays. Stray
    NUL bytes are removed with a warning.
    """
    warnings: list[str] = []
    if data.startswith(_UTF16_BOMS):
        text = data.decode("utf-16", "replace")
    else:
        data, warnings = strip_nul(data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text, warning = decode_bad_utf8(data, exc.start)
            warnings.append(warning)
    return _NEWLINES.sub("\n", text), warnings


def decode_bad_utf8(data: bytes, first: int, encoding: str | None = None) -> tuple[str, str]:
    """Bytes that failed to decode as UTF-8: a legacy encoding (given or detected), else UTF-8 with U+FFFD."""
    if not mostly_utf8(data):
        encoding = encoding or guess_legacy(data)
        if encoding:
            text = data.decode(encoding, "replace")
            if _bad_share(text) <= 0.1:
                return text.lstrip("\ufeff"), legacy_warning(encoding, first)
    text = data.decode("utf-8-sig", "replace")
    if _bad_share(text) > 0.1:
        raise InputError(f"binary data, not text ({_bad_share(text):.0%} of the characters are not valid UTF-8)")
    return text, invalid_utf8_warning(text, data, first)


def invalid_utf8_warning(text: str, data: bytes, first: int) -> str:
    replaced = text.count("\ufffd") - data.count(_LEGIT_FFFD)
    return (
        f"invalid UTF-8: {replaced} byte sequence(s) replaced with U+FFFD (first at byte {first}); "
        "convert the input to UTF-8 if it uses another encoding"
    )


class LineDecoder:
    """Lines of a line-based input (CSV, JSONL) to text, each problem a warning on its own line.

    The first line that is not UTF-8 picks a legacy encoding for the file (the
    detector needs more than one short line, so it sees the head of the input
    too); later such lines use the same one.
    """

    def __init__(self, head: bytes = b""):
        self.head = head
        self.encoding: str | None = None

    def __call__(self, data: bytes, warnings: list[str], where: str) -> str:
        if b"\x00" in data:
            n = data.count(b"\x00")
            data = data.replace(b"\x00", b"")
            warnings.append(f"{where}: {n} NUL byte(s) removed: binary data in the row")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if self.encoding is None and not mostly_utf8(data):
                sample = self.head if len(self.head) > len(data) else data
                self.encoding = guess_legacy(sample) or guess_legacy(data) or ""
            if self.encoding and not mostly_utf8(data):
                text = data.decode(self.encoding, "replace")
                warnings.append(f"{where}: " + legacy_warning(self.encoding, exc.start))
                return text
            text = data.decode("utf-8", "replace")
            warnings.append(f"{where}: " + invalid_utf8_warning(text, data, exc.start))
            return text


def decode_line(data: bytes, warnings: list[str], where: str) -> str:
    """One line of a line-based input; see LineDecoder (which keeps the encoding across lines)."""
    return LineDecoder()(data, warnings, where)


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


# Publication dates outside this range are kept but flagged: every relative
# date in the article is resolved against them.
EARLIEST_PLAUSIBLE = date(1800, 1, 1)
LATEST_AHEAD_DAYS = 366


def file_id(inp_name: str) -> str | None:
    """A file's own id: its name without the folders (None for standard input)."""
    if inp_name.startswith("<"):
        return None
    return Path(inp_name).name or None


def date_warning(published: date | None) -> str | None:
    """A warning for a publication date no news article can have."""
    if published is None:
        return None
    latest = date.today().toordinal() + LATEST_AHEAD_DAYS
    if published < EARLIEST_PLAUSIBLE or published.toordinal() > latest:
        return (
            f"implausible publication date {published.isoformat()} (before {EARLIEST_PLAUSIBLE.year} or more "
            "than a year ahead); relative dates in the text are resolved against it, so check the date field"
        )
    return None


def make_document(
    text: str,
    *,
    location: str,
    options: ReaderOptions,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    warnings: list[str] | tuple[str, ...] = (),
    source_id: str | None = None,
) -> Item:
    """A Document, with warnings for an implausible date and a language the pipeline cannot read;
    a ReadError when the text is over the character limit. ``source_id`` is the input's own id
    (Document.source_id)."""
    if len(text) > options.max_chars:
        return ReadError.at(location, too_many_chars("the document", len(text), options.max_chars))
    from newsgraph.readers.language import language_warning  # late: it imports the data loaders

    warnings = list(warnings)
    for extra in (date_warning(published), language_warning(text)):
        if extra:
            warnings.append(extra)
    return Document.create(
        text,
        published=published,
        title=title or None,
        url=url or None,
        source=options.source or location,
        warnings=tuple(warnings),
        source_id=source_id,
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
    own_id = _scalar(record.get(cols["id"]))
    label = f"row (id {own_id})" if own_id else "row"
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
        warnings.append(no_date_warning(f"fill the {cols['date']!r} field or pass published (--date)"))
    return make_document(
        text,
        location=location,
        options=options,
        published=published,
        title=_scalar(record.get(cols["title"])),
        url=_scalar(record.get(cols["url"])),
        warnings=warnings,
        source_id=own_id,
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

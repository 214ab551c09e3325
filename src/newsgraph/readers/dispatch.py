"""Choosing a reader for an input and running it so that no input stops a batch."""

from __future__ import annotations

import gzip
import io
import os
import re
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, TextIO

from newsgraph.readers.base import (
    HEAD_BYTES,
    Input,
    InputError,
    Item,
    ReadError,
    ReaderOptions,
    check_text_head,
    prepare,
)
from newsgraph.registry import readers

GZIP_MAGIC = b"\x1f\x8b"

# File name endings to formats, longest first so ".warc.gz" wins over ".gz".
# "auto-text" means: the seed format when the text starts with a date header,
# plain text otherwise.
_EXTENSIONS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".warc", "warc"),
    (".arc", "warc"),
    (".gz", "gzip"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "jsonl"),
    (".csv", "csv"),
    (".tsv", "csv"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".shtml", "html"),
    (".txt", "auto-text"),
    (".text", "auto-text"),
    (".seed", "seed"),
)

# The seed header: `date YYYY-MM-DD` at the very start, after any whitespace.
# Only a token starting with a digit counts, so "Date palms ..." stays text.
SEED_HEADER = re.compile(r"\A\s*date[ \t]*:?[ \t]+(\d\S*)", re.IGNORECASE)
# an object with a key, or an array of objects: "{Editor's note}" stays text
_JSON_START = re.compile(rb'\A(\{\s*"|\[\s*[{\]])')
_HTML_START = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[:4096].decode("utf-16", "replace")
    return head[:4096].decode("utf-8", "replace").lstrip("\ufeff")


def looks_like_seed(head: bytes) -> bool:
    return SEED_HEADER.match(_head_text(head)) is not None


def _looks_like_csv(head: bytes, options: ReaderOptions) -> bool:
    first = _head_text(head).split("\n", 1)[0].strip()
    if "," not in first and "\t" not in first:
        return False
    names = {c.strip().strip('"').strip().lower() for c in re.split(r"[,\t]", first)}
    return options.columns["text"].lower() in names and len(names) >= 2


def detect(hint: str, head: bytes, options: ReaderOptions) -> str:
    """The format of an input from its file name, else from its first bytes."""
    name = hint.lower()
    for ending, fmt in _EXTENSIONS:
        if name.endswith(ending):
            if fmt == "auto-text":
                return "seed" if looks_like_seed(head) else "text"
            return fmt
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(GZIP_MAGIC):
        return "gzip"
    if start.startswith(b"WARC/"):
        return "warc"
    if _JSON_START.match(start):
        return "jsonl"
    low = start[:1024].lower()
    if low.startswith(_HTML_START) or b"<html" in low or b"<body" in low:
        return "html"
    if looks_like_seed(head):
        return "seed"
    if _looks_like_csv(head, options):
        return "csv"
    return "text"


def resolve_format(inp: Input, options: ReaderOptions) -> str:
    if inp.stream is None and inp.path is not None:
        return "directory"
    if inp.head.startswith(GZIP_MAGIC) and options.format != "warc" and not inp.hint.lower().endswith(
        (".warc.gz", ".arc.gz")
    ):
        # compressed input is unpacked first; a forced format applies to what is inside
        return "gzip"
    return options.format or detect(inp.hint, inp.head, options)


def read_input(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """Run the right reader on one input; every failure comes out as a ReadError."""
    if options.columns_for:
        options = options.for_input(inp.name)
    try:
        fmt = resolve_format(inp, options)
        reader = readers.get(fmt)
        if inp.stream is not None and not getattr(reader, "binary_input", False):
            if not inp.head.strip():
                raise InputError("empty file: no text to read" if inp.head == b"" else "empty file: only whitespace")
            check_text_head(inp.head)
        yield from reader(inp, options)
    except InputError as exc:
        yield ReadError.at(inp.name, exc.reason)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield ReadError.at(inp.name, f"corrupt or truncated compressed data ({exc}); the rest was not read")
    except OSError as exc:
        yield ReadError.at(inp.name, f"could not read: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop a batch of millions
        yield ReadError.at(inp.name, f"could not read ({type(exc).__name__}: {exc})")


def read_path(path: str | Path, options: ReaderOptions = ReaderOptions()) -> Iterator[Item]:
    """Documents (and read errors) from a file or a directory; ``-`` is standard input."""
    if str(path) == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>", options)
        return
    p = Path(path)
    name = str(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        yield ReadError.at(name, "no such file or directory; check the path")
        return
    except OSError as exc:
        yield ReadError.at(name, f"cannot access: {exc.strerror or exc}")
        return
    if p.is_dir():
        yield from read_input(Input(name=name, hint=p.name, stream=None, path=p), options)
        return
    try:
        f = open(p, "rb")
    except OSError as exc:
        yield ReadError.at(name, f"cannot open: {exc.strerror or exc}")
        return
    with f:
        try:
            head, stream = prepare(f)
        except OSError as exc:
            yield ReadError.at(name, f"cannot read: {exc.strerror or exc}")
            return
        size = st.st_size if p.is_file() else None
        yield from read_input(
            Input(name=name, hint=p.name, stream=stream, head=head, path=p, size=size), options
        )


def read_paths(paths: Iterable[str | Path], options: ReaderOptions = ReaderOptions()) -> Iterator[Item]:
    """Documents from several paths in order, one pass, errors inline."""
    for path in paths:
        yield from read_path(path, options)


def read_stream(
    source: BinaryIO | TextIO | str | bytes,
    name: str = "<stdin>",
    options: ReaderOptions = ReaderOptions(),
) -> Iterator[Item]:
    """Documents from an open file, standard input, or a string holding the input itself.

    ``name`` labels the input in errors and ``Document.source``; when it looks
    like a file name its extension helps guess the format.
    """
    if isinstance(source, str):
        stream: BinaryIO = io.BytesIO(source.encode("utf-8"))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        stream = io.BytesIO(bytes(source))
    elif isinstance(source, io.TextIOBase) or (hasattr(source, "encoding") and not hasattr(source, "readinto")):
        buffer = getattr(source, "buffer", None)
        # a text stream in memory has no bytes underneath; its text is the input
        stream = buffer if buffer is not None else io.BytesIO(source.read().encode("utf-8"))
    else:
        stream = source  # type: ignore[assignment]
    try:
        size = _remaining_size(stream)
        head, stream = prepare(stream)
    except OSError as exc:
        yield ReadError.at(name, f"cannot read: {exc.strerror or exc}")
        return
    hint = "" if name.startswith("<") else Path(name).name
    yield from read_input(Input(name=name, hint=hint, stream=stream, head=head, size=size), options)


def _remaining_size(stream: BinaryIO) -> int | None:
    """Bytes left in a stream backed by a regular file (stdin redirected from one), else None.

    Knowing it lets an oversized input be refused without reading it.
    """
    try:
        st = os.fstat(stream.fileno())
        if stat.S_ISREG(st.st_mode):
            return max(st.st_size - stream.tell(), 0)
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        pass
    return None


__all__ = ["HEAD_BYTES", "detect", "read_input", "read_path", "read_paths", "read_stream"]

"""gzip-compressed input of any other format, unpacked as a stream.

Damage costs only what it touches. The stream is unpacked member by member with
zlib, so a truncated file gives every complete line before the cut (the
partial line at the cut is dropped and reported). A corrupt member can unpack
to garbage before its checksum fails, so a regular file is checked first, in a
pass that unpacks and throws away; the real pass then stops where the first
corrupt member begins. What a file may unpack to is bounded (max_unpacked_bytes,
and a ratio for decompression bombs).
"""

from __future__ import annotations

import dataclasses
import io
import zlib
from typing import BinaryIO, Iterator

from newsgraph.model import Document
from newsgraph.readers.base import (
    BOMB_FLOOR,
    DEFAULT_MAX_UNPACKED,
    MAX_RATIO,
    Input,
    Item,
    ReadError,
    ReaderOptions,
    binary_input,
    human_bytes,
    prepare,
)
from newsgraph.readers.dispatch import read_input, resolve_format
from newsgraph.registry import readers

_CHUNK = 64 * 1024
_OUT = 256 * 1024  # unpacked bytes per zlib call: bounds memory however well the input packs
_HOLD = 4 * 1024 * 1024  # the longest partial line held back (binary data has few newlines)
# Formats read whole: a damaged file gives no document, rather than a cut one that looks whole.
_WHOLE = ("text", "seed", "html")


def unpack_limit(options: ReaderOptions) -> int:
    return options.max_unpacked_bytes or DEFAULT_MAX_UNPACKED


class Gunzip(io.RawIOBase):
    """The unpacked bytes of a gzip stream (one or more members) that stops cleanly at damage.

    ``damage`` says what went wrong, if anything; ``member_start`` is the unpacked
    offset where the member being read began. ``stop_at`` ends the stream early
    (where a pre-check found a corrupt member), with ``damage`` already set.
    """

    def __init__(self, raw: BinaryIO, *, limit: int, ratio_guard: bool, stop_at: int | None = None,
                 damage: str | None = None):
        self._raw = raw
        self._limit = limit
        self._ratio_guard = ratio_guard
        self._stop_at = stop_at
        self._d: zlib._Decompress | None = None  # type: ignore[name-defined]
        self._input = b""
        self._buf = bytearray()
        self._eof = False
        self.packed = 0
        self.unpacked = 0  # bytes handed on
        self.made = 0  # bytes unpacked so far
        self.member_start = 0
        self.damage = damage
        self.corrupt = False
        self.over_limit = False

    def readable(self) -> bool:
        return True

    def _take(self) -> bytes:
        if self._input:
            data, self._input = self._input, b""
            return data
        data = self._raw.read(_CHUNK) or b""
        self.packed += len(data)
        return data

    def _stop(self, damage: str | None, *, corrupt: bool = False) -> None:
        self._eof = True
        if damage and self.damage is None:
            self.damage = damage
            self.corrupt = corrupt
        if damage:
            # the line cut by the damage is not a line: keep only complete ones
            cut = self._buf.rfind(b"\n")
            del self._buf[cut + 1:]

    def _fill(self) -> None:
        if self._d is not None and self._d.eof:
            self._input = self._d.unused_data + self._input
            self._d = None
        if self._d is None:
            data = self._take()
            while data and not data.strip(b"\x00"):  # zero padding after the last member
                data = self._take()
            if not data:
                self._stop(None)
                return
            self._d = zlib.decompressobj(31)
            self.member_start = self.made
            self._input = data
        data = self._d.unconsumed_tail or self._take()
        if not data:
            self._stop(f"truncated: the compressed data ends inside a gzip member, after {human_bytes(self.made)} "
                       "unpacked; every complete line before the cut was read")
            return
        try:
            out = self._d.decompress(data, _OUT)
        except zlib.error as exc:
            self._stop(f"corrupt compressed data ({exc}) in the gzip member that starts {human_bytes(self.member_start)} "
                       "into the unpacked data; what it unpacks to cannot be trusted and was not read", corrupt=True)
            return
        self.made += len(out)
        if self._stop_at is not None and self.made > self._stop_at:
            out = out[: len(out) - (self.made - self._stop_at)]
            self._buf += out
            self._stop(self.damage)
            return
        self._buf += out
        if self.made > self._limit:
            self.over_limit = True
            self._stop(f"unpacks to more than {human_bytes(self._limit)}; the rest was not read: raise the limit "
                       "with --max-unpacked BYTES if the file is genuine")
        elif self._ratio_guard and self.made > BOMB_FLOOR and self.made > MAX_RATIO * self.packed:
            self.over_limit = True
            self._stop(f"unpacks to more than {MAX_RATIO} times its packed size ({human_bytes(self.made)} from "
                       f"{human_bytes(self.packed)}): a decompression bomb, not news; the rest was not read (set "
                       "--max-unpacked BYTES to read a genuine file this repetitive)")

    def readinto(self, b) -> int:  # type: ignore[override]
        # Bytes after the last newline wait for the rest of their line: if damage
        # comes first, the cut line is dropped, not handed on as if whole.
        while not self._eof and self._buf.rfind(b"\n") < 0 and len(self._buf) < _HOLD:
            self._fill()
        if self._eof or len(self._buf) >= _HOLD:
            avail = len(self._buf)
        else:
            avail = self._buf.rfind(b"\n") + 1
        n = min(len(b), avail)
        b[:n] = self._buf[:n]
        del self._buf[:n]
        self.unpacked += n
        return n


def _precheck(raw: BinaryIO, options: ReaderOptions) -> tuple[int | None, str | None]:
    """Unpack a seekable file once, throwing the output away: where the first corrupt member starts."""
    probe = Gunzip(raw, limit=unpack_limit(options), ratio_guard=options.max_unpacked_bytes is None)
    sink = bytearray(_OUT)
    while probe.readinto(sink):
        pass
    raw.seek(0)
    if probe.corrupt:
        return probe.member_start, probe.damage
    return None, None


def _seekable(stream: BinaryIO) -> bool:
    try:
        return stream.seekable() and stream.tell() == 0
    except (AttributeError, OSError, ValueError):
        return False


@readers.register("gzip")
@binary_input
def read_gzip(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """A gzip file (.gz) holding any other format; the inner format comes from the name without
    .gz (articles.jsonl.gz is JSONL) or from the unpacked content. Nothing is unpacked to disk,
    and a text document inside is still bounded by max_bytes. A truncated or corrupt file gives
    every record before the damage and one error for the rest; what a file unpacks to is bounded
    by max_unpacked_bytes (--max-unpacked) and by a ratio that catches decompression bombs."""
    inner_hint = inp.hint[:-3] if inp.hint.lower().endswith(".gz") else ""
    raw = inp.stream
    stop_at, damage = _precheck(raw, options) if _seekable(raw) else (None, None)  # type: ignore[arg-type]
    unpacked = Gunzip(raw, limit=unpack_limit(options), ratio_guard=options.max_unpacked_bytes is None,  # type: ignore[arg-type]
                      stop_at=stop_at, damage=damage)
    stream = io.BufferedReader(unpacked, buffer_size=_CHUNK)
    head, stream = prepare(stream, rewind=False)
    if options.format == "gzip":  # what is inside is guessed, not gzip again
        options = dataclasses.replace(options, format=None)
    inner = Input(name=inp.name, hint=inner_hint, stream=stream, head=head)
    whole = resolve_format(inner, options) in _WHOLE
    if not head.strip():
        while stream.read(_OUT):  # only whitespace so far: a bomb of blank lines shows itself here
            pass
        if unpacked.damage:
            yield ReadError.at(inp.name, unpacked.damage)
            return
    for item in read_input(inner, options):
        if whole and isinstance(item, Document) and unpacked.damage:
            continue  # reported below: a cut article is not stored as if it were whole
        yield item
    if unpacked.damage:
        yield ReadError.at(inp.name, unpacked.damage)

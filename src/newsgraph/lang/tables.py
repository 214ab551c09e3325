"""Checked readers for the language data files, one per table kind.

Every file starts with a ``# version: NAME`` comment line; blank lines and
``#`` comments are ignored elsewhere. Errors name ``file:line`` so a bad edit
is found without reading the parser. Three table kinds:

- rows (``*.psv``, ``*.tsv``): ``field | field | ...`` (or tab-separated),
  one key per file, duplicate keys rejected; the caller checks the fields.
- classes (``*.txt``): ``NAME: word word ...``; an indented line continues
  the class above. A class name or a word twice in one class is rejected.

Readers return the file's version with the data, so a table's users can
store which data made a result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

_VERSION = re.compile(r"^#\s*version:\s*(\S+)\s*$")
_CLASS = re.compile(r"^([A-Za-z][\w-]*)\s*:(.*)$")


class TableError(ValueError):
    """A data file that does not load; the message starts with ``file:line``."""


@dataclass(frozen=True, kw_only=True)
class Row:
    """One data line split into fields, with where it came from."""

    path: Path
    line: int
    fields: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def error(self, message: str) -> TableError:
        return TableError(f"{self.where}: {message}")


@dataclass(frozen=True, kw_only=True)
class Rows:
    version: str
    rows: tuple[Row, ...]


def data_file(name: str, *, lang: str = "en") -> Path:
    """Path of a package-data file in ``newsgraph.lang.<lang>``."""
    path = Path(str(resources.files(f"newsgraph.lang.{lang}").joinpath(name)))
    if not path.is_file():
        raise TableError(f"{path}: no such language data file; is the package installed with its data files?")
    return path


def _lines(path: Path) -> tuple[str, Iterator[tuple[int, str]]]:
    """The file's version and its (line number, raw line) pairs after the header."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise TableError(f"{path}: cannot read ({exc.strerror})") from None
    lines = text.splitlines()
    version = None
    for n, raw in enumerate(lines, 1):
        m = _VERSION.match(raw.strip())
        if m:
            version = m.group(1)
            break
        if raw.strip() and not raw.lstrip().startswith("#"):
            break  # data before any version line
    if version is None:
        raise TableError(f"{path}:1: no '# version: NAME' line before the first row; add one at the top")
    return version, ((n, raw) for n, raw in enumerate(lines, 1))


def read_version(path: str | Path) -> str:
    return _lines(Path(path))[0]


def read_rows(
    path: str | Path,
    *,
    min_fields: int,
    max_fields: int | None = None,
    sep: str = "|",
    key: Callable[[tuple[str, ...]], Hashable] = lambda f: f[0],
    shape: str = "",
) -> Rows:
    """Rows of a ``sep``-separated file; ``key`` must be unique in the file.

    ``shape`` describes a good line for the error message (``lemma | TYPE | options``).
    """
    path = Path(path)
    version, lines = _lines(path)
    rows: list[Row] = []
    seen: dict[Hashable, int] = {}
    for n, raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = tuple(" ".join(p.split()) for p in raw.rstrip("\r\n").split(sep))
        row = Row(path=path, line=n, fields=fields)
        if len(fields) < min_fields or (max_fields is not None and len(fields) > max_fields) or not fields[0]:
            want = f"expected '{shape}'" if shape else f"expected {min_fields} or more fields"
            raise row.error(f"{want}: {raw.strip()!r}")
        k = key(fields)
        if k in seen:
            raise row.error(f"duplicate key {k!r} (first on line {seen[k]}); merge the two lines")
        seen[k] = n
        rows.append(row)
    return Rows(version=version, rows=tuple(rows))


def read_kinds(path: str | Path, kinds: tuple[str, ...], *, fields: int,
               shape: str) -> tuple[str, Iterator[tuple[Row, str, str, list[str]]]]:
    """(version, rows) of a ``KIND | word | value ...`` table of ``fields`` fields: each row as
    (row, kind, word, values), its kind one of ``kinds`` and its word lower case and not
    empty; a (kind, word) pair twice is rejected. The caller checks the values."""
    table = read_rows(path, min_fields=fields, max_fields=fields, key=lambda f: (f[0], f[1]), shape=shape)

    def rows() -> Iterator[tuple[Row, str, str, list[str]]]:
        for row in table.rows:
            kind, word, *values = row.fields
            if kind not in kinds:
                raise row.error(f"unknown kind {kind!r}; known: {', '.join(kinds)}")
            if not word or word != word.lower():
                raise row.error(f"words are lower case and not empty: {word!r}")
            yield row, kind, word, values

    return table.version, rows()


def parse_number(text: str) -> float | int:
    """An int, or a float when the text has a decimal point; ValueError otherwise."""
    return float(text) if "." in text else int(text)


def read_classes(path: str | Path) -> tuple[str, dict[str, frozenset[str]], dict[str, int]]:
    """``NAME: words`` classes in file order: (version, classes, line of each class)."""
    path = Path(path)
    version, lines = _lines(path)
    words: dict[str, list[str]] = {}
    where: dict[str, int] = {}
    current: str | None = None
    for n, raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if raw[:1].isspace():
            if current is None:
                raise TableError(f"{path}:{n}: an indented line continues a class, but no class is open")
            new = line.split()
        else:
            m = _CLASS.match(line)
            if not m:
                raise TableError(f"{path}:{n}: expected 'NAME: word word ...': {line!r}")
            current = m.group(1)
            if current in words:
                raise TableError(f"{path}:{n}: class {current} defined twice (first on line {where[current]})")
            words[current], where[current] = [], n
            new = m.group(2).split()
        for w in new:
            if w in words[current]:
                raise TableError(f"{path}:{n}: word {w!r} twice in class {current}; remove one")
            words[current].append(w)
    for name, ws in words.items():
        if not ws:
            raise TableError(f"{path}:{where[name]}: class {name} has no words")
    return version, {k: frozenset(v) for k, v in words.items()}, where

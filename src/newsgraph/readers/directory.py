"""A folder of inputs, read recursively in a stable order."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path
from typing import Iterator

from newsgraph.readers.base import Input, Item, ReadError, ReaderOptions, binary_input
from newsgraph.readers.dispatch import read_path
from newsgraph.registry import readers

# Files that sit next to articles but are not articles.
_DOC_NAMES = ("readme", "license", "licence", "copying", "changelog")


def _skipped(name: str) -> bool:
    low = name.lower()
    return name.startswith(".") or low.endswith(".md") or low.split(".", 1)[0] in _DOC_NAMES


def iter_files(root: Path, problems: list[str]) -> Iterator[Path]:
    """Files under root in sorted order, hidden and documentation files left out.

    Symbolic links to folders are followed (a folder reached twice, as by a
    link back up the tree, is reported, not read again); anything that is not
    a regular file (a named pipe, a socket, a device) is reported and skipped,
    since opening a pipe would wait forever for a writer.
    """

    def onerror(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot list: {exc.strerror or exc}")

    visited: set[tuple[int, int]] = set()
    try:
        st = root.stat()
        visited.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    for folder, dirs, files in os.walk(root, onerror=onerror, followlinks=True):
        # in place, so os.walk neither enters hidden folders nor wanders in random order
        keep = []
        for d in sorted(d for d in dirs if not d.startswith(".")):
            path = Path(folder) / d
            try:
                st = path.stat()
            except OSError as exc:
                problems.append(f"{path}: cannot open the folder: {exc.strerror or exc}")
                continue
            key = (st.st_dev, st.st_ino)
            if key in visited:
                problems.append(f"{path}: a link to a folder already read (a loop, or a second way in); skipped")
                continue
            visited.add(key)
            keep.append(d)
        dirs[:] = keep
        for name in sorted(files):
            if _skipped(name):
                continue
            path = Path(folder) / name
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                problems.append(f"{path}: cannot access: {exc.strerror or exc} (a broken link?)")
                continue
            if not stat.S_ISREG(mode):
                kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
                problems.append(f"{path}: not a regular file ({kind}); skipped: to read a pipe, give it as "
                                "standard input (-)")
                continue
            yield path


@readers.register("directory")
@binary_input
def read_directory(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """A folder, read recursively in sorted order, each file with its own format (or the forced
    one). Hidden files and folders (.name) and documentation (README, LICENSE, *.md) are skipped.
    One pass: every good document is yielded and every bad file or row is a ReadError."""
    if inp.path is None:
        raise ValueError("the directory reader needs a path")
    if options.format == "directory":  # the files inside have their own formats
        options = dataclasses.replace(options, format=None)
    problems: list[str] = []
    for path in iter_files(inp.path, problems):
        while problems:  # in order, next to the files around them
            where, _, reason = problems.pop(0).partition(": ")
            yield ReadError.at(where, reason)
        yield from read_path(path, options)
    for problem in problems:
        where, _, reason = problem.partition(": ")
        yield ReadError.at(where, reason)

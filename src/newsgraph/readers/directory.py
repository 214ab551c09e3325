"""A folder of inputs, read recursively in a stable order."""

from __future__ import annotations

import dataclasses
import os
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
    """Files under root in sorted order, hidden and documentation files left out."""

    def onerror(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot list: {exc.strerror or exc}")

    for folder, dirs, files in os.walk(root, onerror=onerror):
        # in place, so os.walk neither enters hidden folders nor wanders in random order
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not _skipped(name):
                yield Path(folder) / name


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
        yield from read_path(path, options)
    for problem in problems:
        where, _, reason = problem.partition(": ")
        yield ReadError.at(where, reason)

"""The hostile-input corpus (scripts/make_hostile_corpus.py): every case gives its records or one clear
line per record it could not read; never a traceback, a hang or a silently lost record."""

from __future__ import annotations

import importlib.util
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.model import Document
from newsgraph.readers import ReadError, read_path

ROOT = Path(__file__).resolve().parents[1]
# a Python exception's class name in a message means an error escaped as a raw exception
RAW_EXCEPTION = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")


def _builder():
    spec = importlib.util.spec_from_file_location("make_hostile_corpus", ROOT / "scripts" / "make_hostile_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    return root, _builder().build(root)


def test_the_corpus_is_large_and_covers_every_reader(corpus):
    _, manifest = corpus
    files = [c["file"] for c in manifest["cases"]]
    assert len(files) >= 60
    for kind in ("text/", "csv/", "jsonl/", "html/", "gzip/", "warc/", "tree"):
        assert any(f.startswith(kind) for f in files), kind


def test_every_case_gives_its_records_or_one_line_per_lost_one(corpus):
    root, manifest = corpus
    problems = []
    for case in manifest["cases"]:
        items = list(read_path(root / case["file"]))
        docs = [i for i in items if isinstance(i, Document)]
        errors = [i for i in items if isinstance(i, ReadError)]
        if (len(docs), len(errors)) != (case["documents"], case["errors"]):
            problems.append(f"{case['file']}: {len(docs)} documents, {len(errors)} errors "
                            f"(expected {case['documents']}, {case['errors']}): {[str(e) for e in errors]}")
        for e in errors:
            if RAW_EXCEPTION.search(e.reason) or not all(w in e.reason for w in case["error_words"]):
                problems.append(f"{case['file']}: unclear error {e}")
            if str(root / case["file"]) not in e.source:
                problems.append(f"{case['file']}: error does not name its file: {e}")
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_ingesting_the_whole_corpus_exits_1_with_one_line_per_error_in_bounded_memory(corpus, tmp_path):
    root, manifest = corpus
    db = tmp_path / "hostile.duckdb"
    proc = subprocess.run([sys.executable, "-m", "newsgraph.cli", "ingest", str(root), "--db", str(db)],
                          capture_output=True, text=True, timeout=600)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    expected_errors = sum(c["errors"] for c in manifest["cases"])
    expected_docs = sum(c["documents"] for c in manifest["cases"])
    error_lines = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == expected_errors, proc.stderr[-3000:]
    assert f"failed {expected_errors}" in proc.stdout
    assert "\x1b[2J" not in proc.stdout + proc.stderr
    m = re.search(r"read (\d+), stored (\d+), already stored (\d+)", proc.stdout)
    assert int(m.group(2)) + int(m.group(3)) == expected_docs, proc.stdout
    assert peak_mb < 1536, f"peak {peak_mb:.0f} MB"

"""Bad input never stops a batch: each problem is a warning or a ReadError naming the input."""

from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from newsgraph.model import Document
from newsgraph.readers import ReadError, ReaderOptions, read_path, read_stream

MB = 1024 * 1024


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def only_error(items) -> ReadError:
    items = list(items)
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


def only_document(items) -> Document:
    items = list(items)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


# --- whole files ---------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
@pytest.mark.parametrize("name", ["empty.txt", "empty.csv", "empty.jsonl", "empty.html", "noext"])
def test_empty_file(tmp_path, name, content):
    path = write(tmp_path / name, content)
    err = only_error(read_path(path))
    assert err.source == str(path)
    assert "empty file" in err.reason
    assert err.doc_id.startswith("err_")


def test_error_ids_are_stable_and_distinct(tmp_path):
    a = write(tmp_path / "a.txt", b"")
    b = write(tmp_path / "b.txt", b"")
    assert only_error(read_path(a)).doc_id == only_error(read_path(a)).doc_id
    assert only_error(read_path(a)).doc_id != only_error(read_path(b)).doc_id


@pytest.mark.parametrize("name", ["photo.txt", "photo.jpg", "photo"])
def test_binary_file_with_nul_bytes(tmp_path, name):
    path = write(tmp_path / name, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    err = only_error(read_path(path))
    assert "binary" in err.reason and "NUL" in err.reason


def test_binary_file_without_nul_bytes_is_undecodable(tmp_path):
    noise = bytes((i * 37 + 128) % 128 + 128 for i in range(2000))  # high bytes only: invalid UTF-8
    err = only_error(read_path(write(tmp_path / "noise.txt", noise)))
    assert "binary" in err.reason and "not valid UTF-8" in err.reason


def test_latin1_is_decoded_with_a_warning_naming_the_encoding(tmp_path):
    # issue 16: legacy encodings are detected (charset-normalizer), no longer replaced with U+FFFD
    latin1 = "date 2021-03-02\nThe caf\u00e9 owners in Li\u00e8ge protested on Monday.".encode("latin-1")
    doc = only_document(read_path(write(tmp_path / "latin1.txt", latin1)))
    assert doc.published == date(2021, 3, 2)
    assert doc.text == "The caf\u00e9 owners in Li\u00e8ge protested on Monday."
    assert any("not valid UTF-8" in w and "windows-1252" in w for w in doc.warnings)


def test_utf16_with_bom_is_read(tmp_path):
    path = write(tmp_path / "u16.txt", "date 2021-03-02 Talks opened in Geneva.".encode("utf-16"))
    doc = only_document(read_path(path))
    assert (doc.text, doc.published) == ("Talks opened in Geneva.", date(2021, 3, 2))


def _big_file(tmp_path: Path, size: int) -> Path:
    path = tmp_path / "big.txt"
    line = b"The committee met again and adjourned without a decision. " * 16 + b"\n"
    with open(path, "wb") as f:
        for _ in range(size // len(line) + 1):
            f.write(line)
    return path


class _Endless(io.RawIOBase):
    """A pipe-like stream (no size, cannot seek) of `size` bytes made on the fly."""

    def __init__(self, size: int):
        self.left = size

    def readable(self) -> bool:
        return True

    _block = b"a" * 65536

    def readinto(self, b) -> int:
        n = min(len(b), self.left, len(self._block))
        b[:n] = self._block[:n]
        self.left -= n
        return n


def test_50_mb_text_file_is_refused_without_reading_it(tmp_path):
    path = _big_file(tmp_path, 50 * MB)
    assert path.stat().st_size >= 50 * MB
    tracemalloc.start()
    try:
        err = only_error(read_path(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "larger than the 20 MB limit" in err.reason and "max-bytes" in err.reason
    assert peak < 2 * MB, f"peak {peak / MB:.1f} MB"


def test_oversized_stream_is_refused_in_bounded_memory():
    opts = ReaderOptions(max_bytes=2 * MB)
    tracemalloc.start()
    try:
        err = only_error(read_stream(io.BufferedReader(_Endless(50 * MB)), "<stdin>", opts))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.source == "<stdin>" and "larger than the 2 MB limit" in err.reason
    assert peak < 2.5 * opts.max_bytes, f"peak {peak / MB:.1f} MB"


def test_gzip_from_a_pipe():
    data = gzip.compress(b'{"text": "One."}\n{"text": "Two."}\n')
    pipe = io.BufferedReader(_Pipe(data))
    assert [d.text for d in read_stream(pipe)] == ["One.", "Two."]


class _Pipe(io.RawIOBase):
    """Bytes that can only be read forward, as from standard input."""

    def __init__(self, data: bytes):
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        return self._data.readinto(b)


def test_oversized_gzip_member_is_refused(tmp_path):
    path = write(tmp_path / "big.txt.gz", gzip.compress(b"word " * (3 * MB // 5)))
    err = only_error(read_path(path, ReaderOptions(max_bytes=MB)))
    assert "larger than the 1 MB limit" in err.reason


# --- dates ---------------------------------------------------------------------


def test_date_header_that_is_not_a_date(tmp_path):
    doc = only_document(read_path(write(tmp_path / "a.txt", "date 2021-13-45\nTroops crossed the border on Monday.")))
    assert doc.published is None
    assert doc.text == "Troops crossed the border on Monday."
    assert any("2021-13-45" in w and "not a valid date" in w for w in doc.warnings)


def test_date_header_in_another_shape(tmp_path):
    doc = only_document(read_path(write(tmp_path / "a.txt", "date 19/08/2021 Troops crossed the border.")))
    assert doc.published is None and doc.text == "Troops crossed the border."
    assert any("YYYY-MM-DD" in w for w in doc.warnings)


def test_missing_date_keeps_the_document(tmp_path):
    doc = only_document(read_path(write(tmp_path / "a.txt", "Troops crossed the border on Monday.")))
    assert doc.published is None
    assert any("no publication date" in w for w in doc.warnings)


def test_date_header_without_an_article(tmp_path):
    err = only_error(read_path(write(tmp_path / "a.txt", "date 2021-08-19\n\n")))
    assert "no article text" in err.reason


# --- rows ------------------------------------------------------------------------


def test_csv_rows_with_missing_fields(tmp_path):
    content = (
        "id,url,date,title,text\n"
        "1,https://x/1,2020-01-01,One,First article.\n"
        "2,https://x/2,2020-01-02,Two,\n"
        "3,https://x/3,,Three,Third article.\n"
        "4,https://x/4,not a date,Four,Fourth article.\n"
        "5,https://x/5,2020-01-05\n"
    )
    path = write(tmp_path / "rows.csv", content)
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document", "Document", "ReadError"]
    assert items[1].source == f"{path}:3" and "id 2" in items[1].reason and "no text" in items[1].reason
    assert items[2].published is None
    assert items[3].published is None and any("'not a date' is not a date" in w for w in items[3].warnings)
    assert items[4].source == f"{path}:6"
    assert items[0].id != items[1].doc_id


def test_csv_without_the_text_column_says_how_to_map_it(tmp_path):
    err = only_error(read_path(write(tmp_path / "rows.csv", "url,date,body\nhttps://x,2020-01-01,Text.\n")))
    assert "no 'text' column" in err.reason and "body" in err.reason and "--column text=" in err.reason


def test_csv_invalid_utf8_is_reported_on_its_row(tmp_path):
    content = b"date,text\n2020-01-01,Clean row.\n2020-01-02,Caf\xe9 row.\n"
    clean, dirty = list(read_path(write(tmp_path / "rows.csv", content)))
    assert clean.warnings == ()
    # issue 16: the byte is read in the detected legacy encoding, not replaced
    assert dirty.text == "Caf\u00e9 row." and any("line 3" in w and "windows-1252" in w for w in dirty.warnings)


def test_oversized_csv_row_is_skipped_and_reading_goes_on(tmp_path):
    # issue 16: one bad row costs only itself (it used to stop the file)
    long_field = "x" * (2 * MB)
    content = f'date,text\n2020-01-01,Good row.\n2020-01-02,"{long_field}"\n2020-01-03,After.\n'
    items = list(read_path(write(tmp_path / "rows.csv", content), ReaderOptions(max_bytes=MB)))
    assert isinstance(items[0], Document) and items[0].text == "Good row."
    assert isinstance(items[1], ReadError) and "larger than the 1 MB limit" in items[1].reason
    assert isinstance(items[2], Document) and items[2].text == "After."


def test_invalid_json_lines(tmp_path):
    lines = [
        json.dumps({"text": "First.", "date": "2020-01-01"}),
        '{"text": "unterminated',
        "",
        "[1, 2, 3]",
        json.dumps({"title": "no text", "date": "2020-01-02"}),
        json.dumps({"text": {"nested": "object"}}),
        json.dumps({"text": "Last.", "date": "bad"}),
    ]
    path = write(tmp_path / "rows.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "ReadError", "ReadError", "ReadError", "Document"]
    assert items[1].source == f"{path}:2" and "invalid JSON" in items[1].reason
    assert items[2].source == f"{path}:4" and "JSON list" in items[2].reason
    assert items[3].source == f"{path}:5" and "no 'text' field" in items[3].reason
    assert "dict, not text" in items[4].reason
    assert items[5].published is None and any("'bad' is not a date" in w for w in items[5].warnings)


def test_oversized_json_line_is_skipped_and_reading_goes_on(tmp_path):
    huge = json.dumps({"text": "y" * (2 * MB)})
    path = write(tmp_path / "rows.jsonl", f'{{"text": "Before."}}\n{huge}\n{{"text": "After."}}\n')
    before, err, after = list(read_path(path, ReaderOptions(max_bytes=MB)))
    assert (before.text, after.text) == ("Before.", "After.")
    assert err.source == f"{path}:2" and "larger than the 1 MB limit" in err.reason


# --- HTML, compression, paths ------------------------------------------------------


def test_html_scripts_never_reach_the_text(tmp_path):
    page = (
        "<html><head><script>var leak = 'HEAD_SCRIPT';</script></head><body>"
        "<p>Police detained dozens of students in the capital on Friday, witnesses said.</p>"
        "<script type='text/javascript'>document.write('BODY_SCRIPT')</script>"
        "<noscript>NOSCRIPT_TEXT</noscript><p>The university was closed until further notice.</p>"
        "<SCRIPT>alert('UPPER_SCRIPT')</SCRIPT></body></html>"
    )
    doc = only_document(read_path(write(tmp_path / "page.html", page)))
    assert "Police detained dozens" in doc.text
    for leak in ("HEAD_SCRIPT", "BODY_SCRIPT", "UPPER_SCRIPT", "NOSCRIPT_TEXT", "document.write"):
        assert leak not in doc.text


def test_html_with_only_scripts_is_an_error(tmp_path):
    err = only_error(read_path(write(tmp_path / "page.html", "<html><body><script>run()</script></body></html>")))
    assert "no article text" in err.reason


def test_corrupt_and_truncated_gzip(tmp_path):
    bad = write(tmp_path / "bad.jsonl.gz", b"\x1f\x8b\x08\x00garbage that is not deflate")
    assert "compressed data" in only_error(read_path(bad)).reason or "gzip" in only_error(read_path(bad)).reason
    rows = "".join(json.dumps({"text": f"Article {i}."}) + "\n" for i in range(20000)).encode()
    packed = gzip.compress(rows)
    cut = write(tmp_path / "cut.jsonl.gz", packed[: len(packed) // 2])
    items = list(read_path(cut))
    assert isinstance(items[0], Document) and items[0].text == "Article 0."
    assert isinstance(items[-1], ReadError) and "truncated" in items[-1].reason


def test_not_a_warc(tmp_path):
    err = only_error(read_path(write(tmp_path / "x.warc", b"WARC/1.0\r\nthis is not a record\r\n\r\n")))
    assert err.source == str(tmp_path / "x.warc")
    assert "WARC" in err.reason


def test_missing_path():
    err = only_error(read_path("/nonexistent/newsgraph/input.txt"))
    assert "no such file" in err.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "Text.")
    path.chmod(0)
    try:
        assert "cannot open" in only_error(read_path(path)).reason
    finally:
        path.chmod(0o644)


def test_a_directory_with_every_kind_of_bad_input_in_one_pass(tmp_path):
    write(tmp_path / "01-good.txt", "date 2021-08-19 The talks ended on Thursday.")
    write(tmp_path / "02-empty.txt", "")
    write(tmp_path / "03-binary.txt", b"\x00\x01\x02\x03binary")
    write(tmp_path / "04-latin1.txt", "date 2021-08-19 Caf\u00e9 talks.".encode("latin-1"))
    _big_file(tmp_path, 21 * MB).rename(tmp_path / "05-big.txt")
    write(tmp_path / "06-bad-date.txt", "date 2021-13-45 Bad date.")
    write(tmp_path / "07-no-date.txt", "No date at all.")
    write(tmp_path / "08-rows.csv", "date,text\n2020-01-01,Row one.\n2020-01-02,\n")
    write(tmp_path / "09-rows.jsonl", '{"text": "Line one."}\n{broken\n')
    write(tmp_path / "10-page.html", "<html><body><script>x()</script><p>Page text here.</p></body></html>")
    write(tmp_path / "11-rows.jsonl.gz", gzip.compress(b'{"text": "Packed."}\n'))
    write(tmp_path / "sub" / "12-nested.txt", "date 2021-08-20 Nested.")
    write(tmp_path / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    items = list(read_path(tmp_path))
    documents = [i.text for i in items if isinstance(i, Document)]
    errors = {Path(i.source.split(":")[0]).name: i.reason for i in items if isinstance(i, ReadError)}
    assert documents == [
        "The talks ended on Thursday.",
        "Caf\u00e9 talks.",
        "Bad date.",
        "No date at all.",
        "Row one.",
        "Line one.",
        "Page text here.",
        "Packed.",
        "Nested.",
    ]
    assert set(errors) == {"02-empty.txt", "03-binary.txt", "05-big.txt", "08-rows.csv", "09-rows.jsonl"}
    assert "empty" in errors["02-empty.txt"] and "binary" in errors["03-binary.txt"]
    assert "limit" in errors["05-big.txt"] and "no text" in errors["08-rows.csv"]
    assert "invalid JSON" in errors["09-rows.jsonl"]

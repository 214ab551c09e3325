"""Readers: every format yields Documents with text, date, title, URL and a stable id."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from conftest import SAMPLES, shared_path
from newsgraph.model import Document
from newsgraph.readers import ReadError, ReaderOptions, detect, read_path, read_paths, read_stream
from newsgraph.registry import readers

ARTICLE = (
    "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Monday, "
    "officials said.\n\n\"We agreed to reopen the border crossing,\" the minister told reporters."
)


def docs(items) -> list[Document]:
    items = list(items)
    errors = [i for i in items if isinstance(i, ReadError)]
    assert not errors, errors
    return items


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# --- registry -----------------------------------------------------------------


def test_every_format_is_registered_with_a_docstring():
    names = readers.names()
    for fmt in ("seed", "text", "jsonl", "csv", "html", "warc", "gzip", "directory"):
        assert fmt in names
        assert (readers.get(fmt).__doc__ or "").strip(), f"reader {fmt} has no docstring"


def test_unknown_format_lists_the_available_ones():
    with pytest.raises(ValueError, match="available: .*csv.*jsonl"):
        ReaderOptions(format="xml")
    assert ReaderOptions(format="NDJSON").format == "jsonl"
    assert ReaderOptions(format="txt").format == "text"


def test_unknown_column_field_is_refused():
    with pytest.raises(ValueError, match="body.*fields are id, date, title, url, text"):
        ReaderOptions(columns={"body": "text"})


# --- seed format --------------------------------------------------------------


def test_seed_example_reads_with_its_date():
    (doc,) = docs(read_path(shared_path("examples", "seed.txt")))
    assert doc.text.startswith("Russia's top diplomat")
    assert doc.published == date(2021, 8, 19)
    assert doc.warnings == ()
    assert doc.source.endswith("seed.txt")
    assert doc.id.startswith("doc_")


@pytest.mark.parametrize(
    "content",
    [
        f"date 2022-05-03 {ARTICLE}",
        f"date 2022-05-03\n{ARTICLE}\n",
        f"\n\n  date 2022-05-03\n\n{ARTICLE}",
        f"Date: 2022-05-03\n{ARTICLE}",
    ],
)
def test_seed_header_inline_or_on_its_own_line(tmp_path, content):
    (doc,) = docs(read_path(write(tmp_path / "a.txt", content)))
    assert doc.published == date(2022, 5, 3)
    assert doc.text == ARTICLE


def test_seed_header_wins_over_the_option_date(tmp_path):
    opts = ReaderOptions(published=date(2000, 1, 1))
    (doc,) = docs(read_path(write(tmp_path / "a.txt", f"date 2022-05-03 {ARTICLE}"), opts))
    assert doc.published == date(2022, 5, 3)


def test_windows_newlines_become_unix(tmp_path):
    (doc,) = docs(read_path(write(tmp_path / "a.txt", f"date 2022-05-03\r\n{ARTICLE.replace(chr(10), chr(13) + chr(10))}")))
    assert "\r" not in doc.text
    assert doc.text == ARTICLE


# --- plain text ---------------------------------------------------------------


def test_plain_text_takes_the_date_from_options(tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    (doc,) = docs(read_path(path, ReaderOptions(published=date(2023, 2, 1))))
    assert doc.published == date(2023, 2, 1)
    assert doc.warnings == ()
    (undated,) = docs(read_path(path))
    assert undated.published is None
    assert any("no publication date" in w for w in undated.warnings)


def test_text_starting_with_the_word_date_is_not_a_header(tmp_path):
    content = "Date palms were planted along the new road, the governor said on Sunday."
    (doc,) = docs(read_path(write(tmp_path / "a.txt", content)))
    assert doc.text == content


def test_forced_text_format_keeps_the_header_as_text(tmp_path):
    path = write(tmp_path / "a.txt", f"date 2022-05-03 {ARTICLE}")
    (doc,) = docs(read_path(path, ReaderOptions(format="text")))
    assert doc.text.startswith("date 2022-05-03")
    assert doc.published is None


# --- stdin and stable ids -----------------------------------------------------


def test_same_article_from_file_stdin_csv_and_jsonl_has_the_same_id(tmp_path):
    seed = write(tmp_path / "a.txt", f"date 2022-05-03\n{ARTICLE}\n")
    (from_file,) = docs(read_path(seed))
    (from_stdin_text,) = docs(read_stream(f"  date 2022-05-03 {ARTICLE}"))
    with open(seed, "rb") as f:
        (from_stdin_bytes,) = docs(read_stream(f))
    # CSV with an extra space and CRLF inside the text: normalised away by the id
    csv_text = 'title,date,url,text\r\nTalks,2022-05-03,,"' + ARTICLE.replace('"', '""').replace("\n", "\r\n") + ' "\r\n'
    (from_csv,) = docs(read_path(write(tmp_path / "a.csv", csv_text)))
    line = json.dumps({"text": ARTICLE, "date": "2022-05-03"})
    (from_jsonl,) = docs(read_stream(line + "\n"))
    ids = {d.id for d in (from_file, from_stdin_text, from_stdin_bytes, from_csv, from_jsonl)}
    assert len(ids) == 1
    assert from_stdin_text.source == "<stdin>"


def test_url_is_part_of_the_id(tmp_path):
    a = json.dumps({"text": ARTICLE, "url": "https://news.example/a"})
    b = json.dumps({"text": ARTICLE, "url": "https://news.example/b"})
    first, second = docs(read_stream(f"{a}\n{b}\n"))
    (again,) = docs(read_stream(f"{a}\n"))
    assert first.id != second.id
    assert first.id == again.id


def test_ids_are_stable_across_runs(tmp_path):
    path = write(tmp_path / "a.txt", f"date 2022-05-03 {ARTICLE}")
    assert [d.id for d in read_path(path)] == [d.id for d in read_path(path)]


def test_options_source_label_replaces_the_location(tmp_path):
    (doc,) = docs(read_path(write(tmp_path / "a.txt", ARTICLE), ReaderOptions(source="wire-feed")))
    assert doc.source == "wire-feed"


# --- JSONL --------------------------------------------------------------------


def test_jsonl_fields_and_timestamps(tmp_path):
    rows = [
        {"id": 7, "date": "1987-02-26T15:01:01", "title": "A", "url": "https://x/a", "text": "First article."},
        {"date": "2020-03-01", "text": "Second article.", "extra": [1, 2]},
    ]
    path = write(tmp_path / "feed.jsonl", "".join(json.dumps(r) + "\n" for r in rows) + "\n")
    first, second = docs(read_path(path))
    assert (first.published, first.title, first.url, first.text) == (date(1987, 2, 26), "A", "https://x/a", "First article.")
    assert first.source == f"{path}:1"
    assert second.published == date(2020, 3, 1) and second.title is None and second.url is None


def test_jsonl_column_mapping():
    line = json.dumps({"body": "Troops withdrew.", "pubdate": "2019-06-05", "headline": "Withdrawal", "link": "https://x/w"})
    opts = ReaderOptions(columns={"text": "body", "date": "pubdate", "title": "headline", "url": "link"})
    (doc,) = docs(read_stream(line, options=opts))
    assert (doc.text, doc.published, doc.title, doc.url) == ("Troops withdrew.", date(2019, 6, 5), "Withdrawal", "https://x/w")


def test_json_array_file(tmp_path):
    path = write(tmp_path / "list.json", json.dumps([{"text": "One.", "date": "2020-01-01"}, {"text": "Two."}], indent=2))
    one, two = docs(read_path(path))
    assert (one.text, two.text) == ("One.", "Two.")


def test_reuters_jsonl_gz_loads_with_dates():
    path = shared_path("data", "reuters21578", "reuters21578.jsonl.gz")
    items = list(read_path(path))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(items) == 21578
    assert len(documents) > 18000
    assert documents[0].published == date(1987, 2, 26)
    assert documents[0].title == "BAHIA COCOA REVIEW"
    assert sum(d.published is not None for d in documents) >= len(documents) - 5
    # the Reuters rows without text are errors naming their line, not exceptions
    assert all("has no text" in e.reason and e.source.rsplit(":", 1)[1].isdigit() for e in errors)


# --- CSV ----------------------------------------------------------------------


def test_csv_columns_multiline_and_huge_fields(tmp_path):
    long_text = "The parliament debated the budget. " * 8000  # ~280 KB, over csv's default limit
    content = (
        'url,date,title,text\n'
        f'https://x/1,2019-01-04,"Title, with comma","Line one.\n\nLine ""two""."\n'
        f'https://x/2,2019-01-05,Long,"{long_text}"\n'
    )
    path = write(tmp_path / "a.csv", content)
    first, second = docs(read_path(path, ReaderOptions(max_chars=300_000)))  # over the default character limit
    assert first.text == 'Line one.\n\nLine "two".'
    assert first.title == "Title, with comma"
    assert first.source == f"{path}:2"
    assert second.source == f"{path}:5"
    assert len(second.text) == len(long_text.strip())


def test_csv_column_mapping_and_tsv(tmp_path):
    opts = ReaderOptions(columns={"text": "body", "date": "published_at"})
    csv_path = write(tmp_path / "a.csv", "published_at,body\n2021-02-02,Talks resumed.\n")
    (doc,) = docs(read_path(csv_path, opts))
    assert (doc.text, doc.published) == ("Talks resumed.", date(2021, 2, 2))
    tsv_path = write(tmp_path / "a.tsv", "date\ttext\n2021-02-03\tTalks, again, resumed.\n")
    (doc,) = docs(read_path(tsv_path))
    assert (doc.text, doc.published) == ("Talks, again, resumed.", date(2021, 2, 3))


def test_csv_header_case_does_not_matter(tmp_path):
    (doc,) = docs(read_path(write(tmp_path / "a.csv", "URL,Date,Text\nhttps://x/1,2019-01-04,Body.\n")))
    assert (doc.text, doc.url, doc.published) == ("Body.", "https://x/1", date(2019, 1, 4))


def test_csv_from_stdin_is_sniffed():
    (doc,) = docs(read_stream("url,date,text\nhttps://x/1,2019-01-04,Body.\n"))
    assert (doc.text, doc.url) == ("Body.", "https://x/1")


@pytest.mark.parametrize("year,count", [("2019", 154), ("2020", 116)])
def test_wikinews_csv_loads_as_is(year, count):
    path = shared_path("data", "wikinews", "data", f"wikinews_{year}.csv")
    documents = docs(read_path(path))
    assert len(documents) == count
    assert all(d.published is not None for d in documents)
    # two 2020 rows are Wikinews test pages dated 2021; the data is kept as it is
    assert sum(d.published.year == int(year) for d in documents) >= count - 2
    assert all(d.url.startswith("https://en.wikinews.org") and d.title for d in documents)
    assert sum(len(d.text) > 100 for d in documents) >= count - 1
    assert len({d.id for d in documents}) == count


# --- HTML ---------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Ministers meet in Vienna</title>
<meta property="article:published_time" content="2022-03-04T10:00:00Z">
<link rel="canonical" href="https://news.example/vienna-talks">
<script>var tracker = "TRACKER_SCRIPT";</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Vienna</h1>
<p>The foreign ministers of Austria and Serbia met in Vienna on Thursday to discuss energy supplies, officials said.</p>
<script>document.write("INLINE_SCRIPT")</script>
<p>"We reached an understanding on gas transit," the Austrian minister told reporters after the meeting.</p>
</article>
<footer>Copyright 2022 News Example</footer>
</body></html>"""


def test_html_text_and_metadata(tmp_path):
    (doc,) = docs(read_path(write(tmp_path / "page.html", PAGE)))
    assert doc.title == "Ministers meet in Vienna"
    assert doc.published == date(2022, 3, 4)
    assert doc.url == "https://news.example/vienna-talks"
    assert doc.text.startswith("The foreign ministers of Austria and Serbia")
    assert "\n\n\"We reached an understanding" in doc.text  # paragraphs stay paragraphs
    for junk in ("TRACKER_SCRIPT", "INLINE_SCRIPT", "color: red", "Copyright"):
        assert junk not in doc.text


def test_html_without_a_date_uses_the_option(tmp_path):
    page = PAGE.replace('<meta property="article:published_time" content="2022-03-04T10:00:00Z">', "")
    (doc,) = docs(read_stream(page, "page.html", ReaderOptions(published=date(2022, 3, 5))))
    assert doc.published == date(2022, 3, 5)


# --- WARC ---------------------------------------------------------------------


def make_warc(path: Path, records: list[tuple[str, str, bytes]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return path


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_documents(tmp_path, name):
    undated = PAGE.replace('<meta property="article:published_time" content="2022-03-04T10:00:00Z">', "")
    path = make_warc(
        tmp_path / name,
        [
            ("https://news.example/a", "text/html; charset=utf-8", PAGE.encode()),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("https://news.example/b", "text/html", undated.encode()),
        ],
    )
    first, second = docs(read_path(path))
    assert first.url == "https://news.example/a"  # the crawled URL, not the canonical one
    assert first.published == date(2022, 3, 4)
    assert "INLINE_SCRIPT" not in first.text
    assert second.url == "https://news.example/b"
    assert second.published is not None  # the crawl date stands in
    assert any("crawl date" in w for w in second.warnings)
    assert first.source.startswith(f"{path}@")


# --- gzip and directories -----------------------------------------------------


def test_gzip_of_any_format(tmp_path):
    seed_gz = write(tmp_path / "a.txt.gz", gzip.compress(f"date 2022-05-03 {ARTICLE}".encode()))
    jsonl_gz = write(tmp_path / "b.jsonl.gz", gzip.compress(b'{"text": "One."}\n{"text": "Two."}\n'))
    unnamed = write(tmp_path / "blob", gzip.compress(f"date 2022-05-03 {ARTICLE}".encode()))
    (seed_doc,) = docs(read_path(seed_gz))
    assert seed_doc.published == date(2022, 5, 3)
    assert [d.text for d in docs(read_path(jsonl_gz))] == ["One.", "Two."]
    assert docs(read_path(unnamed))[0].id == seed_doc.id


def test_directory_is_recursive_sorted_and_skips_hidden_and_docs(tmp_path):
    write(tmp_path / "b.txt", "date 2022-01-02 Second.")
    write(tmp_path / "a.txt", "date 2022-01-01 First.")
    write(tmp_path / "sub" / "c.jsonl", '{"text": "Third."}\n')
    write(tmp_path / "sub" / "deeper" / "d.txt", "Fourth.")
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "e.txt", "Hidden too.")
    write(tmp_path / "README.md", "# About these files")
    assert [d.text for d in docs(read_path(tmp_path))] == ["First.", "Second.", "Third.", "Fourth."]


def test_read_paths_keeps_order_and_reports_missing(tmp_path):
    a = write(tmp_path / "a.txt", "First.")
    b = write(tmp_path / "b.txt", "Second.")
    items = list(read_paths([b, tmp_path / "missing.txt", a]))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"]
    assert items[0].text == "Second." and items[2].text == "First."
    assert "no such file" in items[1].reason


def test_format_detection_by_name_and_content():
    opts = ReaderOptions()
    assert detect("x.jsonl.gz", b"\x1f\x8b", opts) == "gzip"
    assert detect("x.warc.gz", b"\x1f\x8b", opts) == "warc"
    assert detect("x.txt", b"date 2021-01-01 Text", opts) == "seed"
    assert detect("x.txt", b"Plain.", opts) == "text"
    assert detect("", b'  {"text": "x"}', opts) == "jsonl"
    assert detect("", b'[{"text": "x"}]', opts) == "jsonl"
    assert detect("", b"{Editor's note} Text.", opts) == "text"
    assert detect("", b"<!doctype html><html>", opts) == "html"
    assert detect("", b"WARC/1.0\r\n", opts) == "warc"
    assert detect("", b"url,date,title,text\n", opts) == "csv"
    assert detect("", b"A plain article, with commas.", opts) == "text"


# --- bundled samples ----------------------------------------------------------


def test_samples_are_dated_articles_of_the_right_length():
    documents = docs(read_path(SAMPLES))
    assert 6 <= len(documents) <= 8
    for d in documents:
        assert d.published is not None and d.warnings == (), d.source
        words = len(d.text.split())
        assert 150 <= words <= 350, f"{d.source}: {words} words"
    assert len({d.id for d in documents}) == len(documents)


def test_html_declared_charset_is_honoured(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Gr\u00fc\u00dfe</title></head><body>'
        "<p>The minister\u2019s caf\u00e9 meeting in Li\u00e8ge ended on Monday, officials said.</p></body></html>"
    )
    (doc,) = docs(read_path(write(tmp_path / "page.html", page.encode("cp1252"))))
    assert "minister\u2019s caf\u00e9 meeting in Li\u00e8ge" in doc.text
    assert doc.warnings and not any("UTF-8" in w for w in doc.warnings)


def test_a_third_party_reader_registers_like_the_built_in_ones():
    from newsgraph.readers import Input, make_document

    @readers.register("test-pipe-separated")
    def read_pipes(inp: Input, options: ReaderOptions):
        """Test format: one article per line, `date|text`."""
        for n, line in enumerate(inp.stream.read().decode().splitlines(), 1):
            day, _, text = line.partition("|")
            yield make_document(text, location=f"{inp.name}:{n}", options=options, published=date.fromisoformat(day))

    opts = ReaderOptions(format="test-pipe-separated")
    first, second = docs(read_stream("2020-01-01|One.\n2020-01-02|Two.\n", options=opts))
    assert (first.text, second.published) == ("One.", date(2020, 1, 2))

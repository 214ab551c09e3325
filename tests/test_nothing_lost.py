"""Nothing lost without a word: one test (or a few) per finding of the hostile-input audit (issue 16).

Each test names its finding. Every bad item costs only itself and is reported on one
line; every good item next to it is kept.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import textwrap
import zlib
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Document
from newsgraph.query import EventFilter, find_events
from newsgraph.readers import ReadError, ReaderOptions, read_path, read_stream
from newsgraph.store import Store, StoreError
from test_store import A, strike_report

MB = 1024 * 1024
runner = CliRunner()

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>{body} Officials said the talks would go on next week in the capital.</p>"
    "<p>The two delegations agreed to meet again before the end of the month.</p></article></body></html>"
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def split(items) -> tuple[list[Document], list[ReadError]]:
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, ReadError)]


def invoke(*args, input=None, env=None):
    return runner.invoke(app, [str(a) for a in args], input=input, env=env)


# --- 1. an unterminated quote in a CSV ------------------------------------------------


def _rows(n: int, quoted: bool) -> list[str]:
    q = '"' if quoted else ""
    return [f"{i},2020-01-{i % 28 + 1:02d},Title {i},{q}Article number {i} says the talks went on.{q}" for i in range(1, n + 1)]


@pytest.mark.parametrize("quoted", [False, True])
def test_1_unterminated_quote_costs_only_its_own_row(tmp_path, quoted):
    rows = _rows(102, quoted)
    rows[4] = '5,2020-01-05,Title 5,"Article number 5 runs away without its closing quote.'
    path = write(tmp_path / "rows.csv", "id,date,title,text\n" + "\n".join(rows) + "\n")
    documents, errors = split(read_path(path))
    assert len(documents) == 101
    assert max(len(d.text) for d in documents) < 60  # no blend of many rows
    (error,) = errors
    assert error.source == f"{path}:6" and "quote" in error.reason and "line 6" in error.reason


def test_1_multiline_fields_that_close_are_kept_whole(tmp_path):
    text = 'First paragraph.\n\n7,2020-01-07,Looks like a row,but it is text inside the field.\nLast line.'
    content = f'id,date,title,text\n1,2020-01-01,One,"{text}"\n2,2020-01-02,Two,Second.\n'
    documents, errors = split(read_path(write(tmp_path / "rows.csv", content)))
    assert not errors and [d.text for d in documents] == [text, "Second."]


def test_1_runaway_quote_in_the_last_row_is_reported(tmp_path):
    content = 'id,date,text\n1,2020-01-01,Good.\n2,2020-01-02,"Never closed.\nStill inside.\n'
    documents, errors = split(read_path(write(tmp_path / "rows.csv", content)))
    assert [d.text for d in documents] == ["Good."]
    (error,) = errors
    assert error.source.endswith(":3") and "quote" in error.reason


# --- 2. damaged WARC files ----------------------------------------------------------


def _warc_bytes(n: int = 3, *, gz: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        page = PAGE.format(title=f"Page {i}", body=f"Report {i}: the ministers met on Monday.").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{i}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_2_truncated_warc_reports_the_cut_record(tmp_path, name):
    data = _warc_bytes(3, gz=name.endswith(".gz"))
    path = write(tmp_path / name, data[: len(data) - 300])
    documents, errors = split(read_path(path))
    assert [d.url for d in documents] == ["https://news.example/0", "https://news.example/1"]
    (error,) = errors
    assert "@" in error.source and "truncated" in error.reason


def test_2_content_length_too_large_does_not_swallow_the_next_records(tmp_path):
    data = _warc_bytes(3)
    starts = [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", data)]
    second = data[starts[1]:starts[2]]
    length = re.search(rb"Content-Length: (\d+)", second)
    bigger = second.replace(length.group(0), b"Content-Length: " + str(int(length.group(1)) + 5000).encode(), 1)
    path = write(tmp_path / "crawl.warc", data[: starts[1]] + bigger + data[starts[2]:])
    documents, errors = split(read_path(path))
    assert [d.url for d in documents] == ["https://news.example/0", "https://news.example/2"]
    (error,) = errors
    assert "Content-Length" in error.reason and error.source == f"{path}@{starts[1]}"


@pytest.mark.parametrize("damage", [
    lambda d: d.replace(b"HTTP/1.1 200 OK", b"HTTP/1.1 2!! ??", 1),
    lambda d: d.replace(b"WARC-Type: response", b"WARC-Type", 1),
    lambda d: d.replace(b"Content-Length: ", b"Content-Length: x", 1),
    lambda d: d[:40] + b"\x00\xff" * 20 + d[80:],
])
def test_2_corrupt_warc_records_give_one_line_each_never_a_raw_exception(tmp_path, damage):
    path = write(tmp_path / "crawl.warc", damage(_warc_bytes(3)))
    documents, errors = split(read_path(path))
    assert {d.url for d in documents} >= {"https://news.example/1", "https://news.example/2"}
    assert len(documents) + len(errors) == 3
    for e in errors:
        assert "Error" not in e.reason and "Exception" not in e.reason and "@" in e.source, e


# --- 3. Rich markup in data ---------------------------------------------------------


def test_3_markup_in_paths_keys_and_headers_never_crashes_extract(tmp_path):
    folder = tmp_path / "[" / "]"
    write(folder / "a.jsonl", '{"[/]": "no text field here"}\n')
    write(folder / "b.csv", "[/],[bold]\nx,y\n")
    write(folder / "c.txt", "date 2021-05-04 Police arrested [/] forty protesters in Minsk on Sunday.")
    res = invoke("extract", folder)
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output and "MarkupError" not in res.output
    objs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(objs) == 3 and "[/]" in objs[2]["text"]
    assert "[/]" in res.output


def _store_with(tmp_path, text: str, **kw) -> Path:
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        s.write_batch([strike_report(text, **kw)])
    return db


def test_3_markup_in_titles_and_sentences_prints_as_text(tmp_path):
    text = "Tuesday Russian jets struck Kharkiv [/] [bold red]loud[/], Ukrainian officials said."
    db = _store_with(tmp_path, text)
    res = invoke("events", "--db", db, env={"COLUMNS": "400"})  # wide enough that no cell is folded
    assert res.exit_code == 0, res.output
    assert "[/]" in res.stdout and "[bold red]loud" in res.stdout
    doc_id = strike_report(text).id
    res = invoke("show", doc_id, "--db", db)
    assert res.exit_code == 0, res.output
    assert "[/]" in res.stdout
    res = invoke("summary", "--db", db)
    assert res.exit_code == 0, res.output


def test_3_the_error_handler_prints_markup_as_text(tmp_path):
    res = invoke("events", "--db", tmp_path / "[/]missing.duckdb")
    assert res.exit_code == 1 and "[/]missing.duckdb" in res.output and "Traceback" not in res.output


# --- 4. one bad item costs only itself ----------------------------------------------


def test_4_deeply_nested_json_line_costs_only_its_line(tmp_path):
    deep = '{"a": ' * 100_000 + "1" + "}" * 100_000
    path = write(tmp_path / "rows.jsonl", '{"text": "Before."}\n' + deep + '\n{"text": "After."}\n')
    documents, errors = split(read_path(path))
    assert [d.text for d in documents] == ["Before.", "After."]
    (error,) = errors
    assert error.source == f"{path}:2" and "nested" in error.reason


@pytest.mark.parametrize("name", ["rows.csv", "rows.jsonl"])
def test_4_one_nul_byte_in_the_head_costs_only_its_row(tmp_path, name):
    texts = [f"Row {i} text." for i in range(5)]
    if name.endswith(".csv"):
        lines = ["date,text"] + [f"2020-01-0{i + 1},{t}" for i, t in enumerate(texts)]
    else:
        lines = [json.dumps({"text": t}) for t in texts]
    row2 = 3 if name.endswith(".csv") else 2  # after the header line
    lines[row2] = lines[row2].replace("text.", "te\x00xt.")
    documents, errors = split(read_path(write(tmp_path / name, "\n".join(lines) + "\n")))
    assert [d.text for d in documents] == texts and not errors
    assert any("NUL" in w for w in documents[2].warnings)
    assert not any("NUL" in w for w in documents[3].warnings)


def test_4_truncated_gzip_keeps_every_row_before_the_cut(tmp_path):
    rows = "".join(json.dumps({"text": f"Article {i}."}) + "\n" for i in range(20000)).encode()
    packed = gzip.compress(rows)
    cut = packed[: len(packed) // 2]
    readable = zlib.decompressobj(31).decompress(cut)
    complete = readable.count(b"\n")
    documents, errors = split(read_path(write(tmp_path / "cut.jsonl.gz", cut)))
    assert len(documents) == complete
    assert [d.text for d in documents] == [f"Article {i}." for i in range(complete)]
    (error,) = errors
    assert "truncated" in error.reason


def test_4_corrupt_gzip_stores_no_garbled_row(tmp_path):
    parts = [b"".join(json.dumps({"text": f"Article {k}-{i}."}).encode() + b"\n" for i in range(3000)) for k in range(3)]
    members = [gzip.compress(p) for p in parts]
    bad = bytearray(members[1])
    bad[len(bad) // 2] ^= 0xFF
    path = write(tmp_path / "bad.jsonl.gz", members[0] + bytes(bad) + members[2])
    documents, errors = split(read_path(path))
    originals = {f"Article {k}-{i}." for k in range(3) for i in range(3000)}
    assert all(d.text in originals for d in documents)
    assert {f"Article 0-{i}." for i in range(3000)} <= {d.text for d in documents}
    assert errors and "corrupt" in errors[-1].reason


# --- 5. legacy encodings --------------------------------------------------------------

LEGACY = "Fran\u00e7ois Hollande arrived in Z\u00fcrich on Monday \u2013 \u201cwe will talk\u201d, he said in Li\u00e8ge."


def test_5_windows_1252_text_is_decoded_and_the_decision_recorded(tmp_path):
    path = write(tmp_path / "a.txt", ("date 2021-03-02\n" + LEGACY).encode("cp1252"))
    (doc,) = split(read_path(path))[0]
    assert doc.text == LEGACY
    assert any("windows-1252" in w for w in doc.warnings)


def test_5_latin1_rows_of_a_csv_are_decoded(tmp_path):
    content = "date,text\n2021-03-02,Caf\u00e9 owners in Li\u00e8ge and M\u00fcnchen protested.\n".encode("latin-1")
    (doc,) = split(read_path(write(tmp_path / "rows.csv", content)))[0]
    assert doc.text == "Caf\u00e9 owners in Li\u00e8ge and M\u00fcnchen protested."
    assert any("windows-1252" in w or "latin" in w for w in doc.warnings)


def test_5_mostly_utf8_with_a_stray_byte_stays_utf8(tmp_path):
    data = "date 2021-03-02\nZ\u00fcrich and K\u00f6ln \u2013 both \u201cquiet\u201d".encode() + b" \xff end."
    (doc,) = split(read_path(write(tmp_path / "a.txt", data)))[0]
    assert doc.text.startswith("Z\u00fcrich and K\u00f6ln \u2013") and "\ufffd" in doc.text


def test_5_the_encoding_warning_is_printed(tmp_path):
    path = write(tmp_path / "a.txt", ("date 2021-03-02\n" + LEGACY).encode("cp1252"))
    res = invoke("extract", path)
    assert res.exit_code == 0, res.output
    assert "warning" in res.output and "windows-1252" in res.output


# --- 6. disk full and other storage errors -------------------------------------------

FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from datetime import date
    sys.path.insert(0, sys.argv[3])
    from test_store import strike_report
    from newsgraph.store import Store, StoreError
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
    db, mode = sys.argv[1], sys.argv[2]
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    store = Store(db)
    store.write_batch([strike_report("Tuesday Russian jets struck Kharkiv, Ukrainian officials said.")])
    store.close()
    import os
    size = os.path.getsize(db)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 4096 if mode == "checkpoint" else 60_000, hard))
    store = Store(db)
    try:
        for i in range(200 if mode == "write" else 1):
            filler = " ".join(str(i * 1000 + k) for k in range(400 if mode == "write" else 60))
            store.write_batch([strike_report(f"Day {filler}: Russian jets struck Kharkiv, Ukrainian officials said.")])
        store.close()
    except StoreError as exc:
        print("STOREERROR", exc)
        sys.exit(0)
    except BaseException as exc:
        print("OTHER", type(exc).__name__, exc)
        sys.exit(0)
    print("NOERROR")
    """
)


@pytest.mark.parametrize("mode", ["write", "checkpoint"])
def test_6_a_full_disk_is_one_clear_storage_error_and_the_store_keeps_its_batches(tmp_path, mode):
    db = tmp_path / "full.duckdb"
    here = str(Path(__file__).resolve().parent)
    proc = subprocess.run([sys.executable, "-c", FULL_DISK, str(db), mode, here], capture_output=True, text=True,
                          timeout=120)
    out = proc.stdout + proc.stderr
    assert "STOREERROR" in out, out
    assert "File too large" in out and "rollback" not in out
    with Store(db, read_only=True) as s:
        assert s.stats()["documents"] >= 1


def test_6_the_cli_prints_the_real_cause_and_exits_1(tmp_path, monkeypatch):
    import duckdb

    import newsgraph.store as store_mod

    db = tmp_path / "s.duckdb"
    Store(db).close()

    class FullConnection:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if sql.strip().upper() == "COMMIT":
                self._conn.execute("ROLLBACK")
                raise duckdb.IOException('IO Error: Could not write file "x.wal": No space left on device')
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    real_connect = store_mod.Store._connect

    def connect(self):
        return FullConnection(real_connect(self))

    monkeypatch.setattr(store_mod.Store, "_connect", connect)
    res = invoke("ingest", "-", "--db", db, "--date", "2021-01-01",
                 input="Police arrested forty protesters in Minsk on Sunday.")
    assert res.exit_code == 1
    assert "No space left on device" in res.output and "rollback" not in res.output
    assert len([line for line in res.output.splitlines() if "error" in line]) == 1


# --- 7. limits that bound work -----------------------------------------------------------


def test_7_a_document_over_the_character_limit_is_refused_with_the_option_to_raise_it(tmp_path):
    text = "The committee met again and adjourned. " * 8000  # 312,000 characters
    err = split(read_path(write(tmp_path / "long.txt", text)))[1][0]
    assert "characters" in err.reason and "--max-chars" in err.reason
    (doc,) = split(read_path(tmp_path / "long.txt", ReaderOptions(max_chars=400_000)))[0]
    assert len(doc.text) > 300_000


def test_7_a_gzip_bomb_is_refused_early(tmp_path):
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\n" * MB
    with open(tmp_path / "bomb.jsonl.gz", "wb") as f:
        for _ in range(64):
            f.write(packer.compress(chunk))
        f.write(packer.flush())
    documents, errors = split(read_path(tmp_path / "bomb.jsonl.gz", ReaderOptions(max_unpacked_bytes=16 * MB)))
    assert not documents
    (error,) = errors
    assert "unpacks to more than" in error.reason and "--max-unpacked" in error.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_7_a_named_pipe_in_a_folder_is_skipped_with_a_message(tmp_path):
    write(tmp_path / "a.txt", "date 2021-01-01 Talks opened in Geneva.")
    os.mkfifo(tmp_path / "b.pipe")
    write(tmp_path / "c.txt", "date 2021-01-02 Talks closed in Geneva.")
    documents, errors = split(read_path(tmp_path))
    assert [d.text for d in documents] == ["Talks opened in Geneva.", "Talks closed in Geneva."]
    (error,) = errors
    assert error.source.endswith("b.pipe") and "not a regular file" in error.reason


# --- 8. reads during ingest ---------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from test_store import strike_report
    from newsgraph.store import Store
    store = Store(sys.argv[1])
    print("started", flush=True)
    end = time.monotonic() + float(sys.argv[3])
    i = 0
    while time.monotonic() < end:
        store.write_batch([strike_report(f"Day {i}: Russian jets struck Kharkiv, Ukrainian officials said.")])
        i += 1
        time.sleep(0.05)  # annotating the next batch
    store.close()
    print("batches", i, flush=True)
    """
)


def _start_writer(db: Path, seconds: float) -> subprocess.Popen:
    here = str(Path(__file__).resolve().parent)
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), here, str(seconds)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_8_the_api_and_read_commands_answer_while_a_writer_runs(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app

    db = _store_with(tmp_path, A)
    client = TestClient(create_app(db), base_url="http://127.0.0.1:8765")
    writer = _start_writer(db, 2.0)
    assert writer.stdout.readline().strip() == "started"
    statuses = []
    while writer.poll() is None:
        statuses.append(client.get("/api/events?limit=5").status_code)
        statuses.append(client.get("/api/stats").status_code)
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    assert len(statuses) >= 10 and set(statuses) == {200}, statuses
    res = invoke("stats", "--db", db, "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout)["documents"] > 1


def test_8_a_writer_started_while_a_reader_holds_the_store_is_not_refused(tmp_path):
    import threading

    db = _store_with(tmp_path, A)
    reader = Store(db, read_only=True)
    threading.Timer(0.5, reader.close).start()  # a long request that ends
    writer = _start_writer(db, 0.3)
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert "batches" in out


# --- 9. terminal escape sequences ------------------------------------------------------


def test_9_escape_sequences_in_text_never_reach_the_terminal(tmp_path):
    text = "Tuesday Russian jets struck Kharkiv\x1b[2J\x1b]0;owned\x07, Ukrainian \x9b31m officials said."
    db = _store_with(tmp_path, text)
    res = invoke("show", strike_report(text).id, "--db", db)
    assert res.exit_code == 0, res.output
    assert "\x1b" not in res.output and "\x07" not in res.output and "\x9b" not in res.output
    assert "Kharkiv" in res.output
    res = invoke("events", "--db", db)
    assert "\x1b" not in res.output


# --- 10. the smaller findings ---------------------------------------------------------------


def test_10_every_option_a_message_names_exists():
    import typer.main

    src = Path(__file__).resolve().parents[1] / "src" / "newsgraph"
    named = set()
    for path in list((src / "readers").glob("*.py")) + [src / "store" / "__init__.py", src / "serve.py"]:
        named |= set(re.findall(r"\((--[a-z][a-z-]+)", path.read_text()))
    command = typer.main.get_command(app)
    options = set()
    for name in ("ingest", "extract"):
        sub = command.commands[name]
        options |= {o for p in sub.params if p.param_type_name == "option" for o in p.opts}
    assert named, "no option named in messages?"
    assert named <= options, f"messages name options that do not exist: {sorted(named - options)}"


def test_10_a_symlinked_subfolder_is_read(tmp_path):
    write(tmp_path / "elsewhere" / "b.txt", "date 2021-01-02 Talks closed in Geneva.")
    write(tmp_path / "in" / "a.txt", "date 2021-01-01 Talks opened in Geneva.")
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in", target_is_directory=True)
    documents, errors = split(read_path(tmp_path / "in"))
    assert [d.text for d in documents] == ["Talks opened in Geneva.", "Talks closed in Geneva."]
    assert all("loop" in e.source and "already read" in e.reason for e in errors)


def test_10_deeply_nested_html_still_gives_its_text(tmp_path):
    page = "<html><body>" + "<div>" * 300 + "<p>Police detained dozens of students in the capital on Friday.</p>" + \
        "</div>" * 300 + "</body></html>"
    (doc,) = split(read_path(write(tmp_path / "deep.html", page)))[0]
    assert "Police detained dozens of students" in doc.text
    assert any("nested" in w for w in doc.warnings)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1066-10-14"])
def test_10_implausible_publication_dates_are_flagged(tmp_path, day):
    (doc,) = split(read_path(write(tmp_path / "a.txt", f"date {day} Talks opened in Geneva.")))[0]
    assert doc.published == date.fromisoformat(day)
    assert any("implausible" in w for w in doc.warnings)


@pytest.mark.parametrize("text,language", [
    ("\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f"
     "\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631 \u0641\u064a \u0627\u0644\u0642\u0627\u0647\u0631"
     "\u0629 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646.", "Arabic"),
    ("\u5916\u4ea4\u90e8\u957f\u5468\u4e00\u5728\u5317\u4eac\u4e0e\u90bb\u56fd\u4ee3\u8868\u4e3e\u884c\u4f1a\u8c08"
     "\uff0c\u53cc\u65b9\u540c\u610f\u7ee7\u7eed\u8c08\u5224\u3002", "Chinese"),
    ("Le ministre a d\u00e9clar\u00e9 lundi que les n\u00e9gociations avec le gouvernement se poursuivront "
     "dans la capitale, et que la d\u00e9l\u00e9gation de la France est arriv\u00e9e pour les discussions "
     "sur la fronti\u00e8re et les r\u00e9fugi\u00e9s qui sont dans le pays depuis le mois de mars.", "French"),
])
def test_10_articles_the_english_pipeline_cannot_read_are_flagged_with_their_language(tmp_path, text, language):
    (doc,) = split(read_path(write(tmp_path / "a.txt", f"date 2021-01-01 {text}")))[0]
    assert any(language in w and "English" in w for w in doc.warnings), doc.warnings


def test_10_english_articles_have_no_language_warning(tmp_path):
    text = "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Monday, officials said."
    (doc,) = split(read_path(write(tmp_path / "a.txt", f"date 2021-01-01 {text}")))[0]
    assert doc.warnings == ()


def test_10_percent_and_underscore_are_not_wildcards(tmp_path):
    db = _store_with(tmp_path, A)
    with Store(db, read_only=True) as s:
        assert len(find_events(s, EventFilter(actor="Russia"))) == 1
        for pattern in ("%", "_", "R_ssia", "%ssia"):
            assert find_events(s, EventFilter(actor=pattern)) == [], pattern
            assert find_events(s, EventFilter(place=pattern)) == [], pattern
        doc_id = strike_report(A).id
        assert s.document(doc_id[:8])["doc_id"] == doc_id
        assert s.document("doc_%") is None and s.document("doc" + "_" * 10) is None


def test_10_the_server_sends_security_headers_and_checks_the_host(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app

    client = TestClient(create_app(_store_with(tmp_path, A)), base_url="http://127.0.0.1:8765")
    res = client.get("/api/stats")
    assert res.status_code == 200
    assert res.headers["x-content-type-options"] == "nosniff"
    assert res.headers["x-frame-options"] == "DENY"
    assert "default-src" in res.headers["content-security-policy"]
    assert res.headers["referrer-policy"] == "no-referrer"
    assert client.get("/", headers={"host": "localhost:8765"}).status_code == 200
    assert client.get("/api/stats", headers={"host": "attacker.example"}).status_code == 400

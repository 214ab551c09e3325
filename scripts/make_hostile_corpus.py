"""Write the hostile-input corpus: files that break readers, each with the outcome it must have.

    python scripts/make_hostile_corpus.py OUT_DIR      # writes the files and OUT_DIR/.manifest.json

Every case is made here from text written for it (no real articles, no checked-in
binaries). The manifest gives, per file, how many documents it must yield, how
many read errors, and words each error must contain; tests/test_hostile_corpus.py
reads every case and checks it. Cases cover the audit of issue 16: runaway CSV
quotes, damaged WARC and gzip, markup and escape sequences in data, NUL bytes,
deep nesting, legacy encodings, other languages, implausible dates, limits.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from pathlib import Path

SENTENCE = "Officials said the talks between the two delegations would go on in the capital next week."
PAGE = ("<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1><p>{body} " + SENTENCE +
        "</p><p>The ministers agreed to meet again before the end of the month.</p></article></body></html>")


def _rows_csv(n: int, quoted: bool = False) -> list[str]:
    q = '"' if quoted else ""
    return [f"{i},2020-01-{i % 28 + 1:02d},Title {i},{q}Report {i}: {SENTENCE}{q}" for i in range(1, n + 1)]


def _jsonl(n: int, prefix: str = "Report") -> bytes:
    return "".join(json.dumps({"date": "2020-01-02", "text": f"{prefix} {i}: {SENTENCE}"}) + "\n"
                   for i in range(n)).encode()


def _warc(n: int = 3, gz: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        page = PAGE.format(title=f"Page {i}", head="", body=f"Report {i}.").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{i}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    return buf.getvalue()


def _record_starts(data: bytes) -> list[int]:
    import re

    return [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", data)]


def _with_length(data: bytes, k: int, delta: int) -> bytes:
    import re

    starts = _record_starts(data) + [len(data)]
    rec = data[starts[k]:starts[k + 1]]
    m = re.search(rb"Content-Length: (\d+)", rec)
    rec = rec.replace(m.group(0), b"Content-Length: " + str(int(m.group(1)) + delta).encode(), 1)
    return data[: starts[k]] + rec + data[starts[k + 1]:]


def cases() -> list[tuple[str, bytes, int, int, list[str]]]:
    """(file name, content, documents, read errors, words every error contains)."""
    out: list[tuple[str, bytes, int, int, list[str]]] = []

    def add(name, content, docs, errors, words=()):
        out.append((name, content if isinstance(content, bytes) else content.encode("utf-8"), docs, errors, list(words)))

    seed = f"date 2021-03-02 {SENTENCE}"
    # --- whole-file text ---
    add("text/good.txt", seed, 1, 0)
    add("text/empty.txt", b"", 0, 1, ["empty"])
    add("text/whitespace.txt", b" \n\t\n", 0, 1, ["empty"])
    add("text/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8, 0, 1, ["binary"])
    add("text/one_nul.txt", seed.replace("talks", "ta\x00lks"), 1, 0)
    add("text/windows1252.txt", f"date 2021-03-02 Fran\u00e7ois said \u201cno\u201d in Z\u00fcrich \u2013 {SENTENCE}".encode("cp1252"), 1, 0)
    add("text/latin1.txt", f"date 2021-03-02 Caf\u00e9 owners in Li\u00e8ge protested. {SENTENCE}".encode("latin-1"), 1, 0)
    add("text/utf16_bom.txt", seed.encode("utf-16"), 1, 0)
    add("text/utf16_no_bom.txt", seed.encode("utf-16-le") * 3, 0, 1, ["binary"])
    add("text/bad_date.txt", f"date 2021-13-45 {SENTENCE}", 1, 0)
    add("text/date_0001.txt", f"date 0001-01-01 {SENTENCE}", 1, 0)
    add("text/date_9999.txt", f"date 9999-12-31 {SENTENCE}", 1, 0)
    add("text/arabic.txt", "date 2021-03-02 \u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0625\u0646 "
        "\u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631.", 1, 0)
    add("text/chinese.txt", "date 2021-03-02 \u5916\u4ea4\u90e8\u957f\u5468\u4e00\u5728\u5317\u4eac\u4e3e\u884c"
        "\u4f1a\u8c08\u3002", 1, 0)
    add("text/escapes.txt", f"date 2021-03-02 \x1b[2J\x1b]0;owned\x07{SENTENCE} \x9b31m", 1, 0)
    add("text/markup.txt", f"date 2021-03-02 [/] [bold red]loud[/] {SENTENCE}", 1, 0)
    add("text/too_long.txt", "date 2021-03-02 " + (SENTENCE + " ") * 1500, 0, 1, ["--max-chars"])
    add("text/rtl_combining.txt", "date 2021-03-02 \u202eevil\u202c Cafe\u0301 \U0001f600 " + SENTENCE, 1, 0)
    # --- CSV ---
    head = "id,date,title,text\n"
    add("csv/good.csv", head + "\n".join(_rows_csv(3)) + "\n", 3, 0)
    rows = _rows_csv(102)
    rows[4] = f'5,2020-01-05,Title 5,"Report 5 never closes its quote. {SENTENCE}'
    add("csv/runaway_quote.csv", head + "\n".join(rows) + "\n", 101, 1, ["quote"])
    rows = _rows_csv(40, quoted=True)
    rows[9] = f'10,2020-01-10,Title 10,"Report 10 never closes its quote. {SENTENCE}'
    add("csv/runaway_quote_quoted.csv", head + "\n".join(rows) + "\n", 39, 1, ["quote"])
    add("csv/runaway_last_row.csv", head + "\n".join(_rows_csv(2)) + '\n3,2020-01-03,T,"open\nand on\n', 2, 1, ["quote"])
    add("csv/no_text_column.csv", "id,date,body\n1,2020-01-01,Text.\n", 0, 1, ["--column"])
    add("csv/markup_header.csv", "[/],[bold]\nx,y\n", 0, 1, ["[/]"])
    rows = _rows_csv(3)
    rows[1] = rows[1].replace("talks", "ta\x00lks")
    add("csv/nul_in_row.csv", head + "\n".join(rows) + "\n", 3, 0)
    add("csv/windows1252.csv", (head + f"1,2020-01-01,T,Fran\u00e7ois met Z\u00fcrich officials. {SENTENCE}\n"
                                f"2,2020-01-02,T,{SENTENCE}\n").encode("cp1252"), 2, 0)
    add("csv/missing_fields.csv", head + "1,2020-01-01,Only a title\n" + _rows_csv(2)[1] + "\n", 1, 1, ["text"])
    add("csv/bom.csv", "\ufeff" + head + "\n".join(_rows_csv(2)) + "\n", 2, 0)
    add("csv/tabs.tsv", "id\tdate\ttext\n1\t2020-01-01\tOne. " + SENTENCE + "\n2\t2020-01-02\tTwo.\n", 2, 0)
    add("csv/junk_after_quote.csv", head + '1,2020-01-01,T,"Quoted" then junk\n' + _rows_csv(2)[1] + "\n", 1, 1, ["malformed"])
    # --- JSON Lines and JSON ---
    add("jsonl/good.jsonl", _jsonl(3), 3, 0)
    deep = '{"a": ' * 100_000 + "1" + "}" * 100_000
    add("jsonl/deep_nesting.jsonl", _jsonl(1) + deep.encode() + b"\n" + _jsonl(1, "After"), 2, 1, ["nested"])
    add("jsonl/invalid_line.jsonl", _jsonl(1) + b'{"text": "unterminated\n' + _jsonl(1, "After"), 2, 1, ["invalid JSON"])
    add("jsonl/array_line.jsonl", b"[1, 2, 3]\n" + _jsonl(1), 1, 1, ["JSON list"])
    add("jsonl/markup_key.jsonl", b'{"[/]": "no text"}\n', 0, 1, ["[/]"])
    add("jsonl/nul_in_line.jsonl", _jsonl(3).replace(b"talks", b"ta\x00lks", 1), 3, 0)
    add("jsonl/text_is_object.jsonl", b'{"text": {"nested": "object"}}\n', 0, 1, ["dict"])
    add("jsonl/array.json", json.dumps([{"text": f"One. {SENTENCE}"}, {"text": f"Two. {SENTENCE}"}]), 2, 0)
    add("jsonl/deep_array.json", "[" * 100_000 + "]" * 100_000, 0, 1, ["nested"])
    add("jsonl/huge_number.jsonl", '{"text": "' + SENTENCE + '", "id": 1e999999}\n', 1, 0)
    # --- HTML ---
    add("html/good.html", PAGE.format(title="Talks", head="", body="The talks opened."), 1, 0)
    add("html/scripts_only.html", "<html><body><script>run()</script></body></html>", 0, 1, ["no article text"])
    add("html/deep_nesting.html", "<html><body>" + "<div>" * 300 + f"<p>{SENTENCE}</p>" + "</div>" * 300 + "</body></html>", 1, 0)
    add("html/windows1252_meta.html", PAGE.format(title="Z\u00fcrich", head='<meta charset="windows-1252">',
                                                  body="Fran\u00e7ois spoke.").encode("cp1252"), 1, 0)
    add("html/markup_title.html", PAGE.format(title="[/] [bold]Title", head="", body="[/]"), 1, 0)
    # --- gzip ---
    add("gzip/good.jsonl.gz", gzip.compress(_jsonl(3)), 3, 0)
    rows = _jsonl(1500)
    packed = gzip.compress(rows)
    cut = packed[: len(packed) // 2]
    complete = zlib.decompressobj(31).decompress(cut).count(b"\n")
    add("gzip/truncated.jsonl.gz", cut, complete, 1, ["truncated"])
    members = [gzip.compress(_jsonl(150, f"Member {k}")) for k in range(3)]
    bad = bytearray(members[1])
    bad[len(bad) // 2] ^= 0xFF
    add("gzip/corrupt_member.jsonl.gz", members[0] + bytes(bad) + members[2], 150, 1, ["corrupt"])
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = b"".join(packer.compress(b"\n" * (1 << 20)) for _ in range(20)) + packer.flush()
    add("gzip/bomb_of_newlines.jsonl.gz", bomb, 0, 1, ["--max-unpacked"])
    add("gzip/not_gzip.jsonl.gz", b"\x1f\x8b\x08\x00garbage that is not deflate data at all", 0, 1, ["corrupt"])
    add("gzip/binary_inside.txt.gz", gzip.compress(b"\x00\x01\x02\x03" * 500), 0, 1, ["binary"])
    add("gzip/empty_inside.txt.gz", gzip.compress(b""), 0, 1, ["empty"])
    add("gzip/trailing_garbage.jsonl.gz", gzip.compress(_jsonl(2)) + b"not gzip at all", 2, 1, ["corrupt"])
    # --- WARC ---
    warc = _warc(3)
    starts = _record_starts(warc)
    add("warc/good.warc", warc, 3, 0)
    add("warc/truncated.warc", warc[:-300], 2, 1, ["truncated"])
    add("warc/truncated.warc.gz", _warc(3, gz=True)[:-300], 2, 1, ["truncated"])
    add("warc/long_content_length.warc", _with_length(warc, 1, 5000), 2, 1, ["Content-Length"])
    add("warc/short_content_length.warc", _with_length(warc, 1, -200), 2, 1, ["Content-Length"])
    add("warc/bad_http_status.warc", warc.replace(b"HTTP/1.1 200 OK", b"HTTP/1.1 2!! ??", 1), 2, 1, ["status"])
    add("warc/no_warc_type.warc", warc.replace(b"WARC-Type: response", b"WARC-Type", 1), 2, 1, ["WARC"])
    add("warc/not_a_number.warc", warc.replace(b"Content-Length: ", b"Content-Length: x", 1), 2, 1, ["Content-Length"])
    add("warc/garbage_between.warc", warc[: starts[1]] + b"garbage line\r\nmore garbage\r\n" + warc[starts[1]:], 3, 1,
        ["not a WARC record"])
    add("warc/not_a_warc.warc", b"WARC/1.0\r\nthis is not a record\r\n\r\n", 0, 1, ["WARC"])
    return out


def build(root: str | Path) -> dict:
    """Write every case under root, and root/manifest.json; returns the manifest."""
    root = Path(root)
    manifest = {"cases": []}
    for name, content, docs, errors, words in cases():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        manifest["cases"].append({"file": name, "documents": docs, "errors": errors, "error_words": words})
    # a file too large to be one article (refused from its size, never read)
    big = root / "text" / "oversized.txt"
    big.write_bytes((SENTENCE + "\n").encode() * (21 * 1024 * 1024 // len(SENTENCE) + 1))
    manifest["cases"].append({"file": "text/oversized.txt", "documents": 0, "errors": 1, "error_words": ["--max-bytes"]})
    # folders: a link back up the tree and a named pipe must cost a line each, never a hang
    tree = root / "tree"
    (tree / "sub").mkdir(parents=True, exist_ok=True)
    (tree / "sub" / "a.txt").write_text(f"date 2021-03-02 {SENTENCE}", encoding="utf-8")
    if not (tree / "loop").exists():
        (tree / "loop").symlink_to(tree, target_is_directory=True)
    errors = 1
    if hasattr(os, "mkfifo") and not (tree / "pipe").exists():
        os.mkfifo(tree / "pipe")
        errors += 1
    manifest["cases"].append({"file": "tree", "documents": 1, "errors": errors, "error_words": []})
    # hidden, so reading the folder skips it
    (root / ".manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_hostile_corpus.py OUT_DIR")
    m = build(sys.argv[1])
    print(f"wrote {len(m['cases'])} hostile cases to {sys.argv[1]}")

"""HTML pages: the article text and its title, date and URL, extracted with trafilatura."""

from __future__ import annotations

import codecs
import logging
import re
from html.parser import HTMLParser
from datetime import date
from typing import Iterator

from newsgraph.readers.base import (
    Input,
    Item,
    ReadError,
    ReaderOptions,
    decode,
    file_id,
    make_document,
    no_date_warning,
    parse_date,
    read_bounded,
)
from newsgraph.registry import readers

# trafilatura and htmldate log every page they find thin at WARNING; the reader
# reports what matters itself (no text, no date), once per document.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.ERROR)

# Only dates the page declares (meta tags, JSON-LD, <time>, the URL): htmldate's
# extensive search also scans the text and takes "Copyright 2022" for 2022-01-01,
# and a wrong publication date shifts every relative date in the article.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HAS_ROOT = re.compile(r"<(html|body)[\s>]", re.IGNORECASE)
_SCRIPT = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.decode("ascii", "ignore") if isinstance(name, bytes) else name).name
    except LookupError:
        return None


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """HTML bytes to text: the charset from the HTTP header or a <meta> tag, else UTF-8."""
    m = _META_CHARSET.search(data[:4096])
    for name in (_codec(declared), _codec(m[1]) if m else None):
        if name and name not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(name).replace("\r\n", "\n"), []
            except (UnicodeDecodeError, LookupError):
                break  # the declaration lies; UTF-8 with replacement is the honest fallback
    return decode(data)


# libxml2 (under trafilatura) stops building the tree 255 elements deep, so a
# page nested deeper looks empty to it.
_PARSER_DEPTH = 250
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset("p div br h1 h2 h3 h4 h5 h6 li tr article section blockquote pre td th".split())


class _PlainText(HTMLParser):
    """Text of a page without a tree (no depth limit): script and style dropped, blocks on new lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = self.max_depth = 0
        self._skip = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("script", "style", "noscript", "head", "title"):
            self._skip += 1
        if tag not in _VOID:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in ("script", "style", "noscript", "head", "title"):
            self._skip = max(0, self._skip - 1)
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self._skip:
            self.parts.append(data)


def plain_text(html: str) -> tuple[str, int]:
    """The text of a page by a parser with no depth limit, and how deep its elements nest."""
    parser = _PlainText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a failure here only loses the fallback
        return "", 0
    return "".join(parser.parts), parser.max_depth


def html_to_item(
    html: str,
    *,
    location: str,
    options: ReaderOptions,
    warnings: list[str],
    url: str | None = None,
    fallback_date: date | None = None,
    fallback_note: str | None = None,
    source_id: str | None = None,
) -> Item:
    """The article in an HTML page as a Document, or a ReadError when the page has none."""
    import trafilatura  # late: loading it costs ~0.5 s, and most runs read no HTML

    # Script and style content is never article text. trafilatura drops it too;
    # removing it first also keeps it out of the fallback extraction.
    html = _SCRIPT.sub(" ", html)
    if not _HAS_ROOT.search(html[:65536]):
        html = f"<html><body>{html}</body></html>"  # trafilatura ignores bare fragments
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = (result.text or "") if result is not None else ""
    if not text.strip():
        text = trafilatura.baseline(html)[1] or ""
    title = (result.title or None) if result is not None else None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]  # the headline is kept as the title, not as the first paragraph
    warnings = list(warnings)
    if not lines:
        flat, depth = plain_text(html)
        if depth < _PARSER_DEPTH:
            return ReadError.at(location, "no article text found in the HTML page (only markup, scripts or boilerplate)")
        lines = [" ".join(line.split()) for line in flat.split("\n") if line.strip()]
        if not lines:
            return ReadError.at(location, f"no article text found in the HTML page (nested {depth} elements deep)")
        warnings.append(f"HTML nested {depth} elements deep, past what the HTML parser builds ({_PARSER_DEPTH}); "
                        "the text was taken without boilerplate removal")
    published = parse_date(result.date) if result is not None else None
    if published is None:
        published = options.published
    if published is None and fallback_date is not None:
        published = fallback_date
        if fallback_note:
            warnings.append(fallback_note)
    if published is None:
        warnings.append(no_date_warning("the page declares none; pass published (--date)"))
    return make_document(
        # a blank line between blocks, so the nlp stage sees paragraph breaks
        "\n\n".join(lines),
        location=location,
        options=options,
        published=published,
        title=title,
        url=url or (result.url if result is not None else None),
        warnings=warnings,
        source_id=source_id,
    )


@readers.register("html")
def read_html(inp: Input, options: ReaderOptions) -> Iterator[Item]:
    """An HTML page (.html, .htm) holding one article. trafilatura removes boilerplate, scripts and
    styles and finds the title, publication date and canonical URL when the page declares them;
    ``published`` from the options is used when it does not."""
    text, warnings = decode_html(read_bounded(inp, options))
    yield html_to_item(text, location=inp.name, options=options, warnings=warnings, source_id=file_id(inp.name))



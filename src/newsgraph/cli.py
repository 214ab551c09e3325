"""Command line: a thin layer that parses options and calls the Python API.

Exit codes: 0 all went well, 1 some documents failed (the rest were
processed), 2 usage errors. Errors are one line; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import csv
import inspect
import json
import os
import sys
import traceback
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

app = typer.Typer(
    help="newsgraph: political event data from dated news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()

# Set by the global options (main_options) for the command that follows.
STATE: dict = {"debug": False, "config": None}


class UsageError(Exception):
    """Bad options or arguments (exit code 2)."""


class OutFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file.", envvar="NEWSGRAPH_DB")]
DEFAULT_DB_PATH = Path("newsgraph.duckdb")


def _text(value: object) -> str:
    """A string from data or a message, fit for Rich and the terminal: markup escaped ("[/]" in a path
    is text), control characters (escape sequences) replaced."""
    from newsgraph.render import safe

    return escape(safe(value))


def _error_line(message: object) -> None:
    err.print(f"[red]error:[/red] {_text(message)}", highlight=False, soft_wrap=True)


# Warnings printed per run before they are only counted (all are stored with their documents).
MAX_WARNINGS = 50


def _warn_about(items, counter: dict):
    """Pass read items through, printing each document's warnings (legacy encoding, language, date)."""
    from newsgraph.model import Document

    for item in items:
        if isinstance(item, Document):
            for w in item.warnings:
                counter["n"] = counter.get("n", 0) + 1
                if counter["n"] <= MAX_WARNINGS:
                    err.print(f"[yellow]warning:[/yellow] {_text(item.source)}: {_text(w)}", highlight=False,
                              soft_wrap=True)
        yield item


def _more_warnings(counter: dict, where: str) -> None:
    extra = counter.get("n", 0) - MAX_WARNINGS
    if extra > 0:
        err.print(f"[yellow]warning:[/yellow] {extra} more warning(s) not shown; {_text(where)}", highlight=False,
                  soft_wrap=True)


def _fail(message: str, code: int = 2) -> None:
    _error_line(message)
    raise typer.Exit(code)


def _guard(fn):
    """Run a command body: known errors become one line, unknown ones too unless --debug."""
    from newsgraph.config import ConfigError
    from newsgraph.evaluate import GoldMissing
    from newsgraph.pipeline import PipelineError
    from newsgraph.registry import RegistryError, UnknownName
    from newsgraph.stages.base import StageError
    from newsgraph.store import StoreError

    from newsgraph.query import QueryError

    try:
        return fn()
    except typer.Exit:
        raise
    except BrokenPipeError:
        _closed_pipe()
    except (UsageError, QueryError, PipelineError, ConfigError, UnknownName, GoldMissing) as exc:
        if STATE["debug"]:
            traceback.print_exc()
        _fail(str(exc), 2)
    except (StoreError, StageError, RegistryError, OSError) as exc:
        if STATE["debug"]:
            traceback.print_exc()
        _fail(str(exc), 1)
    except Exception as exc:  # noqa: BLE001
        if STATE["debug"]:
            traceback.print_exc()
        _fail(f"{type(exc).__name__}: {exc} (run with --debug for the traceback)", 1)


def _closed_pipe() -> None:
    """The reader of our output went away (``newsgraph events | head``): stop quietly, with
    nothing on stderr, and let nothing flush into the closed pipe at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's capture)
        pass
    raise typer.Exit(0)


out.on_broken_pipe = _closed_pipe  # Rich's own handling exits with 1


def _show_version(value: bool) -> None:
    if value:
        from newsgraph import __version__

        out.print(f"newsgraph {__version__}", highlight=False)
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_show_version,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy model package (also NEWSGRAPH_MODEL).")] = None,
    kb: Annotated[Optional[Path], typer.Option("--kb", help="Imported actor KB (from `newsgraph kb import`).")] = None,
    prefer_imported_kb: Annotated[bool, typer.Option("--prefer-imported-kb", help="Imported KB entries win over built-in ones.")] = False,
    min_population: Annotated[Optional[int], typer.Option("--min-population", help="Smallest city the gazetteer loads: 15000 (default), 5000, 1000 or 500.")] = None,
    stages: Annotated[Optional[str], typer.Option("--stages", help="Stages to run, in order, comma-separated (default: nlp,time,actors,places,quotes,events,claims).")] = None,
    stage_option: Annotated[Optional[list[str]], typer.Option("--stage-option", help="A stage's option: STAGE.OPTION=VALUE, e.g. events.min_confidence=0.5 (`newsgraph stages` lists them). Repeatable.")] = None,
) -> None:
    from newsgraph.config import POPULATION_LEVELS, ConfigError, config_from_env

    STATE["debug"] = debug
    if kb and not kb.exists():
        _fail(f"--kb {kb}: no such file; create it with `newsgraph kb import --format phoenix FILE --kb {kb}`")
    if min_population is not None and min_population not in POPULATION_LEVELS:
        _fail(f"--min-population {min_population}: use 15000, 5000, 1000 or 500 (the GeoNames city lists)")
    # The flags, over the NEWSGRAPH_* variables: the only place settings come from the environment.
    try:
        STATE["config"] = config_from_env(
            os.environ, debug=debug or None, model=model, kb_path=str(kb) if kb else None,
            prefer_imported_kb=prefer_imported_kb or None, min_population=min_population,
            stage_options=_stage_options(stage_option or []) or None,
            stages=tuple(s.strip() for s in stages.split(",") if s.strip()) if stages else None,
        )
    except ConfigError as exc:
        _fail(str(exc))
    STATE["debug"] = STATE["config"].debug


def _stage_options(items: list[str]) -> dict[str, dict]:
    """``events.min_confidence=0.5`` -> {"events": {"min_confidence": 0.5}}; a value is read as
    JSON (numbers, true/false) when it parses, else as text."""
    out: dict[str, dict] = {}
    for item in items:
        key, eq, raw = item.partition("=")
        stage, dot, option = key.partition(".")
        if not (eq and dot and stage and option):
            _fail(f"--stage-option {item!r}: use STAGE.OPTION=VALUE, e.g. events.min_confidence=0.5")
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        out.setdefault(stage.strip(), {})[option.strip()] = value
    return out


def _reader_options(date_: Optional[str], input_format: Optional[str], columns: list[str], limits: dict | None = None):
    from newsgraph.readers import ReaderOptions

    published = None
    if date_:
        try:
            published = date.fromisoformat(date_)
        except ValueError:
            raise UsageError(f"--date {date_!r} is not a date; use YYYY-MM-DD") from None
    mapping: dict[str, str] = {}
    per_input: dict[str, dict[str, str]] = {}
    for c in columns or []:
        if "=" not in c:
            raise UsageError(f"--column {c!r}: use FIELD=COLUMN, e.g. --column text=body "
                             f"(or FILE:FIELD=COLUMN for one input only: --column feed.csv:text=body)")
        k, v = c.split("=", 1)
        pattern = None
        if ":" in k:  # "feed-*.csv:text=body": only for inputs whose name matches
            pattern, k = k.rsplit(":", 1)
        if k not in ("id", "date", "title", "url", "text"):
            raise UsageError(f"--column {c!r}: field must be one of id, date, title, url, text")
        (per_input.setdefault(pattern, {}) if pattern else mapping)[k] = v
    return ReaderOptions(format=input_format, published=published, columns=mapping, columns_for=per_input,
                         **{k: v for k, v in (limits or {}).items() if v is not None})


def _config(**changes):
    """The Config the global options built, with this command's settings (those given) over it."""
    from newsgraph.config import config_from_env

    cfg = STATE["config"] or config_from_env(os.environ)
    return cfg.with_(**{k: v for k, v in changes.items() if v is not None})


DateOpt = Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs without one.")]
InFmtOpt = Annotated[Optional[str], typer.Option("--input-format", help="seed|text|jsonl|csv|html|warc (default: detect).")]
ColOpt = Annotated[Optional[list[str]], typer.Option(
    "--column", help="Map a field to a column: text=body, for every input; feed.csv:text=body (a file name "
                     "or pattern first) for the matching inputs only. Repeatable.")]
MaxBytesOpt = Annotated[Optional[int], typer.Option("--max-bytes", min=1, help="Largest document or whole-file input in bytes (default 20 MB).")]
MaxCharsOpt = Annotated[Optional[int], typer.Option("--max-chars", min=1, help="Longest document text in characters (default 120,000).")]
MaxUnpackedOpt = Annotated[Optional[int], typer.Option("--max-unpacked", min=1, help="What one compressed file may unpack to, in bytes (default 8 GB, at most 100x its size).")]


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=False, disable=not err.is_terminal)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or directories; '-' reads standard input.")],
    format: Annotated[OutFormat, typer.Option("--format", help="jsonl: one object per line; json: an array.")] = OutFormat.jsonl,
    date_: DateOpt = None,
    input_format: InFmtOpt = None,
    column: ColOpt = None,
    max_bytes: MaxBytesOpt = None,
    max_chars: MaxCharsOpt = None,
    max_unpacked: MaxUnpackedOpt = None,
) -> None:
    """Print the output contract (DESIGN.md), one object per document. Nothing is stored."""

    def body():
        from newsgraph.api import extract as run_extract

        opts = _reader_options(date_, input_format, column or [],
                               dict(max_bytes=max_bytes, max_unpacked_bytes=max_unpacked))
        failed = 0
        first = True
        if format == OutFormat.json:
            sys.stdout.write("[")
        for obj in run_extract(paths, options=opts, config=_config(max_chars=max_chars)):
            if obj["errors"]:
                failed += 1
                for e in obj["errors"]:
                    _error_line(e)
            for w in obj.get("warnings") or []:
                err.print(f"[yellow]warning:[/yellow] {_text(obj['id'])}: {_text(w)}", highlight=False,
                          soft_wrap=True)
            line = json.dumps(obj, ensure_ascii=False)
            if format == OutFormat.json:
                sys.stdout.write(("" if first else ",\n") + line)
            else:
                sys.stdout.write(line + "\n")
            first = False
        if format == OutFormat.json:
            sys.stdout.write("]\n")
        sys.stdout.flush()
        if failed:
            raise typer.Exit(1)

    _guard(body)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories; '-' reads standard input.")],
    db: DbOpt = DEFAULT_DB_PATH,
    date_: DateOpt = None,
    input_format: InFmtOpt = None,
    column: ColOpt = None,
    batch_size: Annotated[Optional[int], typer.Option("--batch-size", min=1, help="Documents per batch and transaction.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Annotate in this many processes (Dask).")] = 1,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Annotate on a Dask cluster: its scheduler's address, e.g. tcp://host:8786 "
                            "(pip install 'newsgraph[scale]'). This process writes the store.")] = None,
    lake: Annotated[Optional[str], typer.Option(
        "--lake", help="Write a Parquet lake in this directory (tables partitioned by publication month, new "
                       "files per batch) instead of the --db store; read it with --db DIR.")] = None,
    max_bytes: MaxBytesOpt = None,
    max_chars: MaxCharsOpt = None,
    max_unpacked: MaxUnpackedOpt = None,
) -> None:
    """Extract and store documents; already stored ones are skipped, so a killed run resumes."""

    def body():
        from newsgraph.api import ingest as run_ingest
        from newsgraph.api import read_inputs

        opts = _reader_options(date_, input_format, column or [],
                               dict(max_bytes=max_bytes, max_unpacked_bytes=max_unpacked))
        config = _config(batch_size=batch_size, max_chars=max_chars)
        target = db
        if lake:
            from newsgraph.store.lake import create_lake

            target = str(create_lake(lake))
        counter: dict = {}
        with _progress() as prog:
            task = prog.add_task("ingesting", total=None)
            report = run_ingest(db=target, items=_warn_about(read_inputs(paths, opts, config=config), counter),
                                config=config, on_batch=lambda n: prog.advance(task, n), workers=workers,
                                scheduler=scheduler)
        _more_warnings(counter, "every warning is stored with its document (documents.warnings)")
        for e in report.errors:
            _error_line(e)
        out.print(f"read {report.read}, stored {report.stored}, already stored {report.skipped}, "
                  f"failed {report.failed} -> {_text(target)}", highlight=False)
        if report.failed:
            raise typer.Exit(1)

    _guard(body)


@app.command()
def summary(db: DbOpt = DEFAULT_DB_PATH) -> None:
    """A readable overview of a store: counts, events by type, top actors, a few events with evidence."""

    def body():
        from newsgraph.render import summary as render_summary
        from newsgraph.store import Store

        with Store(db, read_only=True) as store:
            render_summary(store, out)

    _guard(body)


class SortOrder(str, Enum):
    newest = "newest"
    oldest = "oldest"
    reports = "reports"
    type = "type"


CountryOpt = Annotated[Optional[str], typer.Option(help="Country: a name (Russia), ISO-2 (RU) or ISO-3 (RUS) code, or IGO.")]
SinceOpt = Annotated[Optional[str], typer.Option(help="On or after: YYYY, YYYY-MM or YYYY-MM-DD.")]
UntilOpt = Annotated[Optional[str], typer.Option(help="On or before: YYYY, YYYY-MM or YYYY-MM-DD (a year or month counts whole).")]
OffsetOpt = Annotated[int, typer.Option(help="Skip this many rows first (the next page).")]


@app.command()
def events(
    db: DbOpt = DEFAULT_DB_PATH,
    actor: Annotated[Optional[str], typer.Option(help="Actor or recipient name (substring) or key.")] = None,
    country: CountryOpt = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type(s), comma-separated: ASSAULT,COERCE.")] = None,
    quad: Annotated[Optional[str], typer.Option(help="Quad class(es): verbal-cooperation, material-cooperation, verbal-conflict, material-conflict (or 1-4).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    place: Annotated[Optional[str], typer.Option(help="Place name (substring) or GeoNames id.")] = None,
    aux: Annotated[Optional[str], typer.Option(help="asserted, historical, future, hypothetical, negated (comma-separated) or all; default asserted,historical.")] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="Words in a report's evidence sentence.")] = None,
    sort: Annotated[SortOrder, typer.Option("--sort", help="Order of the events.")] = SortOrder.newest,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events (default: all).")] = None,
    offset: OffsetOpt = 0,
    reports: Annotated[bool, typer.Option("--reports", help="List each event's reports with their evidence.")] = False,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List stored events (one row per event, however many reports tell it), and count them.

    The filters take the values the HTTP API takes; like the API and the web page, only events
    reported as having happened (asserted or historical) are listed unless --aux says otherwise."""

    def body():
        from newsgraph.query import EVENT_ROW_COLUMNS, EventFilter, count_events, find_events, find_reports
        from newsgraph.render import events_table
        from newsgraph.store import Store

        filt = EventFilter.parse(actor=actor, country=country, type=type, quad=quad, since=since, until=until,
                                 place=place, aux=aux, text=text, sort=sort.value, limit=limit, offset=offset)
        with Store(db, read_only=True) as store:
            rows = find_events(store, filt)
            total = count_events(store, filt) if (limit or offset) else len(rows)
            told = find_reports(store, [r["event_key"] for r in rows]) if reports else {}
        columns = list(EVENT_ROW_COLUMNS)
        if reports and format != TableFormat.table:
            from newsgraph.store import json_value

            rows = [{**r, "reports": [{k: json_value(v) for k, v in p.items()} for p in told.get(r["event_key"], [])]}
                    for r in rows]
            columns.append("reports")
            if format == TableFormat.csv:  # one line per report, the event's key first
                columns = ["event_key", "doc_id", "source_id", "event_id", "published", "title", "url", "source",
                           "story_id", "type", "date_value", "aux", "confidence", "trigger_start", "trigger_end",
                           "sentence_start", "sentence_end", "evidence"]
                rows = [{"event_key": r["event_key"], **{k: v for k, v in p.items()},
                         "evidence": " | ".join(x["sentence_text"] for x in p["evidence"])}
                        for r in rows for p in r["reports"]]
        _emit(rows, format, lambda: events_table(rows), columns)
        if format == TableFormat.table:
            if reports:
                _print_reports(rows, told)
            n_reports = sum(r["n_reports"] for r in rows)
            several = sum(1 for r in rows if r["n_reports"] > 1)
            line = (f"{len(rows):,} event{'' if len(rows) == 1 else 's'} from {n_reports:,} "
                    f"report{'' if n_reports == 1 else 's'}; {several:,} told by more than one report")
            if total != len(rows):
                line += f" (rows {offset + 1:,}-{offset + len(rows):,} of {total:,}; --offset for more)"
            if filt.aux:
                line += f"; only {' or '.join(filt.aux)} events (--aux all lists every one)"
            out.print(_text(line), highlight=False)
            if not rows:
                _empty_hint(filt)

    _guard(body)


def _empty_hint(filt) -> None:
    given = [f"--{k.replace('_', '-')} {v}" for k, v in (
        ("actor", filt.actor), ("country", filt.country), ("type", filt.type), ("quad", filt.quad),
        ("since", filt.since), ("until", filt.until), ("place", filt.place), ("text", filt.text)) if v]
    hint = "no event matches"
    if given:
        hint += f" {' '.join(given)}; leave one out to widen the search"
    if filt.aux:
        hint += ("; " if given else ", ") + "--aux all includes future, hypothetical and negated events"
    err.print(_text(hint), highlight=False, soft_wrap=True)


def _print_reports(rows: list[dict], told: dict[str, list[dict]]) -> None:
    """Each event, then each of its reports with its evidence."""
    for r in rows:
        out.print(Text(f"{r['event_key']}  {r['type']}  {r['date_value'] or '-'}  "
                       f"{', '.join(r['actor_names'] or []) or '-'} -> {', '.join(r['recipient_names'] or []) or '-'}"
                       f"  {r['place_name'] or ''}  ({r['n_reports']} reports, {r['n_sources']} sources)",
                       style="bold"))
        for p in told.get(r["event_key"], []):
            own = f" ({p['source_id']})" if p.get("source_id") else ""
            out.print(Text(f"  {p['published'] or '-'}  {p['doc_id']}{own}  {p['source'] or ''}  "
                           f"{p['type']} {p['date_value'] or '-'}"))
            for ev in p["evidence"]:
                out.print(Text(f"    [{ev['trigger_text']}] {' '.join(ev['sentence_text'].split())}"), soft_wrap=True)


def _emit(rows: list[dict], fmt: TableFormat, table, columns: list[str] | None = None) -> None:
    """Rows as a Rich table, JSON, JSON lines or CSV; a CSV always has its header (``columns``)
    and shows a missing value as an empty cell."""
    from newsgraph.store import json_value as plain

    if fmt == TableFormat.table:
        out.print(table())
    elif fmt == TableFormat.json:
        sys.stdout.write(json.dumps([{k: plain(v) for k, v in r.items()} for r in rows], ensure_ascii=False, indent=1) + "\n")
    elif fmt == TableFormat.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps({k: plain(v) for k, v in r.items()}, ensure_ascii=False) + "\n")
    else:
        from newsgraph.exporters import csv_cell

        fields = list(columns or (rows[0] if rows else []))
        for r in rows:  # a column a row has beyond the declared ones still goes out
            fields += [k for k in r if k not in fields]
        w = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: csv_cell(v) for k, v in r.items()})
    sys.stdout.flush()


# --- the list commands: documents, actors, quotes, claims, places ----------------------

ListLimitOpt = Annotated[int, typer.Option(help="At most this many rows (1 to 10,000).")]


def _list(db: Path, kind: str, format: TableFormat, columns: tuple[str, ...], title_of, **raw) -> None:
    """One page of a list from the query API, as a table (a few columns) or in full."""
    from newsgraph import query
    from newsgraph.render import list_table
    from newsgraph.store import Store

    sort = raw.pop("sort", None)
    filt = query.ListFilter(**raw)
    filt.check()
    fn = getattr(query, f"list_{kind}")
    with Store(db, read_only=True) as store:
        page = fn(store, filt, sort=sort) if sort else fn(store, filt)
    _emit(page.rows, format, lambda: list_table(page.rows, columns, title=title_of(page)), page.columns)
    if format == TableFormat.table and not page.rows:
        err.print(_text(f"no {kind} match" + (" these filters; leave one out to widen the search"
                                               if any(v for k, v in raw.items() if k not in ("limit", "offset"))
                                               else (f" at --offset {filt.offset}" if filt.offset else
                                                     "; the store has none"))), highlight=False, soft_wrap=True)
    elif page.total > filt.offset + len(page.rows):
        err.print(_text(f"{len(page.rows):,} of {page.total:,} {kind} shown; --offset {filt.offset + len(page.rows)} "
                        "for the next ones"), highlight=False, soft_wrap=True)


def _title(kind: str):
    return lambda page: f"{kind} ({page.total:,})"


@app.command()
def documents(
    db: DbOpt = DEFAULT_DB_PATH,
    text: Annotated[Optional[str], typer.Option("--text", help="Words in the title or text.")] = None,
    country: CountryOpt = None,
    actor: Annotated[Optional[str], typer.Option(help="Documents naming this actor (key or name substring).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: ListLimitOpt = 50,
    offset: OffsetOpt = 0,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List stored documents, newest first, with their numbers of events, actors, quotes and claims."""
    _guard(lambda: _list(db, "documents", format,
                         ("doc_id", "published", "title", "events", "actors", "quotes", "claims"), _title("documents"),
                         text=text, country=country, actor=actor, since=since, until=until, limit=limit,
                         offset=offset))


@app.command()
def actors(
    db: DbOpt = DEFAULT_DB_PATH,
    text: Annotated[Optional[str], typer.Option("--text", help="Words in the actor's name.")] = None,
    country: CountryOpt = None,
    sort: Annotated[str, typer.Option(help="events, documents or name.")] = "events",
    limit: ListLimitOpt = 50,
    offset: OffsetOpt = 0,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List distinct actors (one row per actor key, across documents) with their documents and events."""
    _guard(lambda: _list(db, "actors", format,
                         ("name", "country", "sector", "kind", "documents", "as_actor", "as_recipient", "actor_key"),
                         _title("actors"), text=text, country=country, sort=sort, limit=limit, offset=offset))


@app.command()
def quotes(
    db: DbOpt = DEFAULT_DB_PATH,
    text: Annotated[Optional[str], typer.Option("--text", help="Words in what was said.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="The speaker: actor key or name substring.")] = None,
    country: CountryOpt = None,
    doc: Annotated[Optional[str], typer.Option("--doc", help="Only this document's.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: ListLimitOpt = 50,
    offset: OffsetOpt = 0,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List quotes with their speakers, newest document first."""
    _guard(lambda: _list(db, "quotes", format, ("published", "speaker", "direct", "content", "doc_id"),
                         _title("quotes"), text=text, actor=actor, country=country, doc_id=doc, since=since,
                         until=until, limit=limit, offset=offset))


@app.command()
def claims(
    db: DbOpt = DEFAULT_DB_PATH,
    text: Annotated[Optional[str], typer.Option("--text", help="Words in the claim.")] = None,
    unit: Annotated[Optional[str], typer.Option(help="The unit counted: people, percent, ...")] = None,
    actor: Annotated[Optional[str], typer.Option(help="The source: actor key or name substring.")] = None,
    doc: Annotated[Optional[str], typer.Option("--doc", help="Only this document's.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: ListLimitOpt = 50,
    offset: OffsetOpt = 0,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List quantity claims ("at least 12 killed") with their sources, newest document first."""
    _guard(lambda: _list(db, "claims", format, ("published", "bound", "value", "value_max", "unit", "source", "text",
                                                "doc_id"),
                         _title("claims"), text=text, unit=unit, actor=actor, doc_id=doc, since=since, until=until,
                         limit=limit, offset=offset))


@app.command()
def places(
    db: DbOpt = DEFAULT_DB_PATH,
    text: Annotated[Optional[str], typer.Option("--text", help="Words in the place's name.")] = None,
    country: CountryOpt = None,
    doc: Annotated[Optional[str], typer.Option("--doc", help="Only places this document names.")] = None,
    limit: ListLimitOpt = 50,
    offset: OffsetOpt = 0,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List places named in documents, with how many documents name them and how many events happened there."""
    _guard(lambda: _list(db, "places", format, ("name", "country", "precision", "geonameid", "documents", "events"),
                         _title("places"), text=text, country=country, doc_id=doc, limit=limit, offset=offset))


@app.command()
def stats(
    db: DbOpt = DEFAULT_DB_PATH,
    format: Annotated[StatsFormat, typer.Option("--format")] = StatsFormat.table,
) -> None:
    """Row counts per table, and the ingest runs with the versions each ran with."""

    def body():
        from newsgraph.store import Store

        with Store(db, read_only=True) as store:
            counts = store.stats()
            version = store.schema_version
            runs = store.runs()
        if format == StatsFormat.json:
            from newsgraph.store import json_value

            plain = [{k: json_value(v) for k, v in r.items()} for r in runs]
            sys.stdout.write(json.dumps({"schema_version": version, **counts, "ingest_runs": plain}) + "\n")
        else:
            t = Table(title=Text(f"{db} (schema {version})"))
            t.add_column("table")
            t.add_column("rows", justify="right")
            for k, v in counts.items():
                t.add_row(k, f"{v:,}")
            out.print(t)
            _runs_table(runs)

    _guard(body)


# Runs shown by `stats` (all of them with --format json).
SHOWN_RUNS = 10


def _runs_table(runs: list[dict]) -> None:
    if not runs:
        return
    t = Table(title="ingest runs")
    t.add_column("run", justify="right")
    t.add_column("started")
    t.add_column("stored", justify="right")
    t.add_column("ran with", overflow="fold")
    for r in runs[-SHOWN_RUNS:]:
        kb = " ".join(filter(None, (r["kb_version"], r["kb_phoenix_version"], r["kb_imported"])))
        ran_with = "\n".join((
            f"newsgraph {r['newsgraph_version']}, model {r['model_name']} {r['model_version'] or ''}".rstrip(),
            f"lexicon {r['lexicon_version']}, ontology {r['ontology_version']}",
            f"kb {kb}",
            f"detector {r['detector_version'] or '- (rules only)'}, time words {r['timex_version']}",
        ))
        t.add_row(str(r["run_id"]), f"{r['started_at']:%Y-%m-%d %H:%M}" + ("" if r["finished_at"] else "\nunfinished"),
                  "-" if r["docs_stored"] is None else f"{r['docs_stored']:,}", Text(ran_with))
    out.print(t)
    if len(runs) > SHOWN_RUNS:
        out.print(f"{len(runs) - SHOWN_RUNS} earlier run(s) not shown; --format json lists all", highlight=False)


@app.command("stages")
def stages_(
    format: Annotated[StatsFormat, typer.Option("--format")] = StatsFormat.table,
) -> None:
    """The pipeline: each stage in order with what it requires, sets and takes as options."""

    def body():
        from newsgraph.pipeline import describe_stages

        rows = describe_stages(_config())
        if format == StatsFormat.json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, default=str) + "\n")
            return
        t = Table(title="pipeline")
        for col in ("stage", "requires", "sets"):
            t.add_column(col)
        t.add_column("options", overflow="fold")
        for r in rows:
            if r["in_pipeline"]:
                t.add_row(r["name"], ", ".join(r["requires"]) or "-", ", ".join(r["sets"]),
                          Text("\n".join(f"{k}={v!r}" for k, v in r["options"].items()) or "-"))
        out.print(t)
        left_out = [r["name"] for r in rows if not r["in_pipeline"]]
        if left_out:
            out.print(f"registered but not in the pipeline: {_text(', '.join(left_out))}", highlight=False)
        out.print("set an option with --stage-option events.min_confidence=0.5 (Python: "
                  "Config(stage_options={'events': {'min_confidence': 0.5}}))", highlight=False)

    _guard(body)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (a unique prefix is enough).")],
    db: DbOpt = DEFAULT_DB_PATH,
) -> None:
    """The article with its actors, times, places, events and quotes marked."""

    def body():
        from newsgraph.render import show_document
        from newsgraph.store import Store

        with Store(db, read_only=True) as store:
            if not show_document(store, doc_id, out):
                raise UsageError(f"no single document with id {doc_id!r} in {db}; list ids with "
                                 f"`newsgraph documents --db {db}`")

    _guard(body)


@app.command()
def export(
    out_path: Annotated[Path, typer.Argument(metavar="OUT", help="Output file (a directory for parquet).")],
    db: DbOpt = DEFAULT_DB_PATH,
    format: Annotated[str, typer.Option("--format", help="plover-jsonl, gdelt-tsv, csv or parquet.")] = "plover-jsonl",
) -> None:
    """Write the stored events (or, for parquet, every table) to OUT."""

    def body():
        from newsgraph.exporters import export as run_export
        from newsgraph.registry import exporters
        from newsgraph.store import Store

        if format not in exporters:
            raise UsageError(f"unknown export format {format!r}; available: {', '.join(exporters.names())}")
        with Store(db, read_only=True) as store:
            n = run_export(store, format, out_path)
        out.print(f"wrote {n} {'tables' if format == 'parquet' else 'events'} to {_text(out_path)}", highlight=False)

    _guard(body)


@app.command("eval")
def eval_(
    task: Annotated[str, typer.Argument(help="Gold set to score against: seed, time, actors, places, events, quotes, ...")],
    shared: Annotated[Optional[Path], typer.Option(help="The shared/ folder with the gold (default ../shared).")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N items.")] = None,
    split: Annotated[Optional[str], typer.Option("--split", help="news: tune, check or all (../shared/data/newsgold/SPLITS.md).")] = None,
    coder: Annotated[Optional[str], typer.Option("--coder", help="Event coder: rules, model or both (default rules).")] = None,
    gold: Annotated[Optional[Path], typer.Option("--gold", help="news: score a folder of your own gold files in the newsgold layout instead of a split.")] = None,
    format: Annotated[StatsFormat, typer.Option("--format")] = StatsFormat.table,
) -> None:
    """Accuracy against gold in ../shared."""

    def body():
        from newsgraph.paths import shared_dir
        from newsgraph.registry import eval_tasks

        if task not in eval_tasks:
            raise UsageError(f"unknown eval task {task!r}; available: {', '.join(eval_tasks.names())}")
        fn = eval_tasks.get(task)
        extra = {}
        if split is not None:
            if "split" not in inspect.signature(fn).parameters:
                raise UsageError(f"eval {task} has no splits; --split is for: news")
            extra["split"] = split
        if gold is not None:
            if "gold" not in inspect.signature(fn).parameters:
                raise UsageError(f"eval {task} reads no gold folder; --gold is for: news")
            if split is not None:
                raise UsageError("--gold and --split: give one (a gold folder is scored whole)")
            extra["gold"] = gold
        config = _config()
        if coder is not None:
            if coder not in ("rules", "model", "both"):
                raise UsageError(f"--coder {coder!r}: use rules, model or both")
            config = config.with_(event_coder=coder)
        with err.status(f"evaluating {task}"):
            report = fn(shared or shared_dir(config.shared_dir), config=config, limit=limit, **extra)
        if format == StatsFormat.json:
            sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
            return
        t = Table(title=f"eval {task}")
        t.add_column("metric")
        t.add_column("value", justify="right")
        for k, v in report.metrics.items():
            t.add_row(k, f"{v:.3f}" if isinstance(v, float) else str(v))
        out.print(t)
        for line in report.details:
            out.print(f"  {_text(line)}", highlight=False, soft_wrap=True)

    _guard(body)


@app.command()
def bench(
    docs: Annotated[int, typer.Option("--docs", min=1, help="Number of articles.")] = 200,
    file: Annotated[Optional[Path], typer.Option("--file", help="Articles to use (default: a Reuters-21578 sample in ../shared).")] = None,
    format: Annotated[StatsFormat, typer.Option("--format")] = StatsFormat.table,
) -> None:
    """Articles/s of the pipeline and of the spaCy model alone, their ratio, stage shares, peak RSS."""

    def body():
        from newsgraph import bench as benchmod

        with _progress() as prog:
            tasks = {"baseline": prog.add_task("spaCy model alone", total=docs),
                     "pipeline": prog.add_task("newsgraph pipeline", total=docs)}
            result = benchmod.run(docs=docs, file=file, config=_config(),
                                  progress=lambda which, n: prog.advance(tasks[which], n))
        data = result.to_json()
        if format == StatsFormat.json:
            sys.stdout.write(json.dumps(data) + "\n")
            return
        t = Table(title=f"bench: {data['docs']} articles")
        t.add_column("measure")
        t.add_column("value", justify="right")
        for k in ("articles_per_s", "baseline_articles_per_s", "ratio", "overhead_vs_baseline", "peak_rss_mb"):
            t.add_row(k, str(data[k]))
        for k, v in data["stages"].items():
            t.add_row(f"stage {k}", f"{v:.1%}  ({data['stage_seconds'][k]:.2f}s)")
        out.print(t)

    _guard(body)


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB_PATH,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8765,
    get: Annotated[Optional[str], typer.Option("--get", help="Answer one GET path in-process and exit.")] = None,
) -> None:
    """HTTP API and an offline web page over the store (needs the serve extra)."""

    def body():
        from newsgraph import serve as servemod

        if get:
            status, payload = servemod.get(db, get)
            sys.stdout.write((json.dumps(payload, ensure_ascii=False, indent=1) if not isinstance(payload, str)
                              else payload) + "\n")
            if status >= 400:
                raise typer.Exit(1)
            return
        import uvicorn

        application = servemod.create_app(db, host=host)
        err.print(_text(servemod.served(db, host, port).banner()), highlight=False, soft_wrap=True)
        uvicorn.run(application, host=host, port=port, log_level="warning")

    _guard(body)


def _mount_optional() -> None:
    """Sub-commands that live next to their code (e.g. the actor KB)."""
    try:
        from newsgraph.kb.cli import app as kb_app
    except ImportError:
        return
    app.add_typer(kb_app, name="kb", help="The actor knowledge base: import dictionaries, look actors up.")


_mount_optional()


def main() -> None:
    app()


if __name__ == "__main__":
    main()

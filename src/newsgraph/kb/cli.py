"""``newsgraph kb``: import actor dictionaries and look names up.

    newsgraph kb import --format phoenix Phoenix.Countries.actors.txt --kb my-kb.json
    newsgraph kb lookup "Hamid Karzai" --date 2016-01-01 --kb my-kb.json --prefer-imported

The commands parse their options and call the library (``read_phoenix``,
``save_entries``, ``KnowledgeBase``), which the tests call too.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from newsgraph.kb import KnowledgeBase, load_entries, project_entries, save_entries
from newsgraph.kb.phoenix import read_phoenix

app = typer.Typer(help="Actor knowledge base: import dictionaries, look names up.", no_args_is_help=True)

DEFAULT_KB = Path("newsgraph-kb.json")
FORMATS = ("phoenix",)


def import_files(files: list[Path], kb: Path, *, fmt: str = "phoenix", append: bool = False) -> tuple[int, list[str]]:
    """Read dictionaries and write them as one imported KB; returns (entries, problems)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; available: {', '.join(FORMATS)}")
    entries = load_entries(kb) if append and kb.exists() else []
    problems: list[str] = []
    for f in files:
        entries.extend(read_phoenix(f, problems=problems))
    save_entries(entries, kb, source=", ".join(str(f) for f in files))
    return len(entries), problems


@app.command("import")
def import_cmd(
    files: List[Path] = typer.Argument(..., help="dictionary files (TABARI/Phoenix .actors format)"),
    fmt: str = typer.Option("phoenix", "--format", "-f", help="dictionary format: phoenix"),
    kb: Path = typer.Option(DEFAULT_KB, "--kb", help="imported KB file to write (JSON)"),
    append: bool = typer.Option(False, "--append", help="add to the entries already in --kb"),
) -> None:
    """Import actor dictionaries into an imported KB file (use it with --kb / Config.kb_path)."""
    for f in files:
        if not f.exists():
            typer.echo(f"error: dictionary not found: {f}", err=True)
            raise typer.Exit(2)
    try:
        n, problems = import_files(list(files), kb, fmt=fmt, append=append)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {n} entries to {kb}")
    if problems:
        typer.echo(f"skipped {len(problems)} unreadable codes, e.g. {problems[0]}", err=True)
    typer.echo(f"to use it: newsgraph --kb {kb} ingest ... (add --prefer-imported-kb to let it win over "
               f"the built-in entries; in Python, Config(kb_path=...))")


@app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="a name: 'Sergey Lavrov', 'Kremlin', 'Houthis'"),
    on: Optional[str] = typer.Option(None, "--date", help="resolve roles on this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    kb: Optional[Path] = typer.Option(None, "--kb", help="an imported KB file to use beside the built-in one"),
    prefer_imported: bool = typer.Option(False, "--prefer-imported", help="imported entries win"),
) -> None:
    """Show what a name resolves to on a date."""
    from newsgraph.query import QueryError, parse_date

    try:
        day = parse_date(on, name="--date")  # a year or month stands for its first day, as elsewhere
    except QueryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    imported = load_entries(kb) if kb else []
    builtin, phoenix = project_entries()
    base = KnowledgeBase(builtin, imported, prefer_imported=prefer_imported, phoenix=phoenix)
    match = base.lookup(name, day)
    if match is None:
        typer.echo(f"{name}: not in the knowledge base")
        raise typer.Exit(1)
    r = match.role
    typer.echo(f"{match.entry.name} [{match.entry.id}] kind={match.entry.kind} source={match.entry.source} "
               f"country={r.country if r else None} org={r.org if r else None} "
               f"sector={r.sector if r else None} role={r.title if r else None}")

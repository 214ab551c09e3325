"""The command lines of the README's workbench section run as written (on the workbench
test store in place of news.duckdb), and the pictures it shows exist."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from workbench_store import workbench_db

README = Path(__file__).resolve().parents[1] / "README.md"


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## The analyst's workbench")
    end = text.index("\n## ", start + 5)
    return text[start:end]


def commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", section(), flags=re.S)
    return [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()
            if line.strip().startswith("newsgraph ")]


@pytest.mark.parametrize("line", commands())
def test_each_example_runs(line, pipeline):
    db = shlex.quote(str(workbench_db(pipeline)))
    line = line.replace("news.duckdb", db)
    if "|" not in line:  # in-process: quicker than a new interpreter
        from typer.testing import CliRunner

        from newsgraph.cli import app

        res = CliRunner().invoke(app, shlex.split(line)[1:], env={"COLUMNS": "160"})
        assert res.exit_code == 0 and "error" not in res.output.lower() and res.stdout.strip(), (line, res.output)
        return
    cli = f"{shlex.quote(sys.executable)} -m newsgraph.cli"
    res = subprocess.run(["bash", "-o", "pipefail", "-c", line.replace("newsgraph ", cli + " ", 1)],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "160"})
    assert res.returncode == 0 and "error" not in res.stderr.lower() and res.stdout.strip(), (line, res.stderr)


def test_the_python_example_runs(pipeline, capsys):
    (code,) = re.findall(r"```python\n(.*?)```", section(), flags=re.S)
    db = str(workbench_db(pipeline))
    exec(compile(code.replace('"news.duckdb"', repr(db)), "README.md", "exec"), {})  # noqa: S102 - our own README
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 3 and ("COERCE" in printed[0] or "ASSAULT" in printed[0])
    assert int(printed[1].split()[0]) > 0


def test_the_pictures_exist():
    root = README.parent
    pictures = re.findall(r"\((docs/screenshots/[\w-]+\.png)\)", section())
    assert len(pictures) >= 7
    for p in pictures:
        assert (root / p).stat().st_size > 10_000, p

"""The README's Python API example runs as written, on the bundled samples."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_python_api_example_runs_as_written(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md (Python API)", "exec"), {})
    lines = capsys.readouterr().out.strip().splitlines()
    stored = int(lines[-1].split()[0])
    # one line per sample article extracted, then the ingest report: all stored, none failed
    assert stored >= 5 and len(lines) == stored + 1 and lines[-1] == f"{stored} 0 []"

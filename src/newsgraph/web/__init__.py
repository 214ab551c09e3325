"""The web page's static files (static/) and the small tables the query forms read (data/)."""

from pathlib import Path

STATIC = Path(__file__).parent / "static"

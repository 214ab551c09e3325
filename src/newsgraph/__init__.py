"""newsgraph: political event data from dated news articles."""

__version__ = "0.1.0"

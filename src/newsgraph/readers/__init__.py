"""Readers: one per input format, each yielding Documents (placeholder; see issue 2)."""

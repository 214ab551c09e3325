"""Temporal expressions: recognition, normalisation to TIMEX3, event dating."""

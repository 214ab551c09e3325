"""English language data (package-data files beside this module)."""

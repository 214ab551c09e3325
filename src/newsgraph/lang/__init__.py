"""Language data: every table and word set the engines read, as package-data files.

``newsgraph.lang.en`` holds the English data. Each table kind has one checked
loader that names the file and line of a malformed row, a duplicate key or an
unknown code, so knowledge is edited as data, not as Python.
"""

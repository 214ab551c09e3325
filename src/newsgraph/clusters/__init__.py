"""One event, many reports: event mentions grouped within a document and across documents,
and near-duplicate documents.

- :mod:`newsgraph.clusters.compat`: when two reports can tell the same event (type, participants,
  date, place), with the type table ``lang/en/event_neighbours.tsv``;
- :mod:`newsgraph.clusters.within`: the within-document pass the pipeline runs after its stages;
- :mod:`newsgraph.clusters.across`: the order-independent grouping of reports across documents
  that the store runs at each batch;
- :mod:`newsgraph.clusters.neardup`: MinHash/LSH near-duplicate documents.
"""

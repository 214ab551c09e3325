"""Actors of a document: mentions grouped into actors, with their countries and sectors.

Modules: ``mentions`` (finding actor mentions), ``phrase`` (reading one mention:
country, org, sector, office, knowledge-base entry), ``cues`` and ``cuewords`` (what
the sentence around a mention tells of it), ``coref`` and ``groupref`` (grouping
mentions into actors; plural and organisational pronouns), ``drafts`` (actors being
built), ``spans`` (mention and place helpers), and ``story``, which runs the passes
for the actors stage (:mod:`newsgraph.stages.actors`). The knowledge base they read,
and its word lists, are :mod:`newsgraph.kb`.
"""

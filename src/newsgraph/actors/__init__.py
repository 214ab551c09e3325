"""Actors of a document: mentions grouped into actors, with their countries and sectors.

:mod:`newsgraph.actors.story` runs the passes (mentions, description, coreference, the
story's setting) that the actors stage (:mod:`newsgraph.stages.actors`) adapts. The
passes themselves and the knowledge base they read are in :mod:`newsgraph.kb`.
"""

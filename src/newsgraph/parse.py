"""Constants of the dependency parse shared by the engines.

The parse view itself (children by relation, lower-cased forms and lemmas, built
once per document) lives on the document model: :class:`newsgraph.model.ParseView`,
reached as ``doc.view``. It is re-exported here for the engines that import it
from this module.
"""

from __future__ import annotations

from newsgraph.model import ParseView  # noqa: F401 - re-exported

SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# relations that stay inside a noun phrase when we look for the actor it names
NP_INNER = frozenset({"compound", "amod", "poss", "nmod", "flat", "det", "nummod", "quantmod", "npadvmod"})

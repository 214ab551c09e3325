"""Cue words of attribution: verbs of speaking and writing, and their kin.

Written for newsgraph from general knowledge of English reporting verbs (the
verbs style guides list for attribution), grouped by what they report. The
quotes stage reads a verb as a cue only when the parse also gives it a
clause, a quote or a speaker, so a broad list costs little precision.

Mental-state verbs (think, believe, hope, fear) are left out on purpose: they
report what someone holds, not what they said, and an analyst reading the
quotes table wants statements. So are verbs that take a clause but mostly
report no speech ("allow X to", "highlight", "mention", "recommend").
"""

from __future__ import annotations

import re

#: verbs that introduce a direct quote standing next to them even when the
#: parse does not give them the quote as a clause (``He said: "..."``);
#: a broader verb next to a quote ("pledged", "cited") usually frames a
#: scare quote, not a statement
QUOTE_VERBS = frozenset(
    """
    say tell add write ask reply respond answer explain note continue tweet post declare state
    insist argue warn recall joke quip shout exclaim conclude announce admit acknowledge claim
    complain caution remark observe tell recount stress emphasize emphasise predict testify
    """.split()
)

#: verbs whose subject is a speaker and whose clause or quote is what was said
SPEECH_VERBS = frozenset(
    """
    say tell add state note explain claim argue insist warn stress emphasize emphasise
    announce declare report write tweet post reply respond answer ask acknowledge admit
    concede confirm deny suggest predict estimate assert contend maintain reiterate
    repeat recall reveal disclose observe remark comment conclude recount
    boast caution lament charge counter quip joke demand urge vow pledge promise
    threaten testify allege accuse complain propose agree inform assure
    announce affirm reaffirm
    grumble scoff protest retort shout yell whisper exclaim muse wonder speculate
    forecast project calculate estimate cite brief notify
    """.split()
)

#: cues that take the content as an object clause even without "that"
#: (``X warned of``, ``X called for``) — used with their preposition only
PREP_CUES = {
    "warn": ("of", "against", "about"),
    "call": ("for",),
    "speak": ("of", "about"),
    "talk": ("about",),
    "complain": ("about", "of"),
    "ask": ("about",),
}

#: verbs whose object noun phrase is itself the statement ("announced his
#: resignation", "tweeted her thanks", "denied the charges")
OBJECT_CUES = frozenset(
    """
    announce tweet post reveal confirm deny express voice demand propose reiterate
    declare disclose repeat
    """.split()
)

#: "according to X", "as X put it": the speaker sits in a prepositional phrase
ACCORDING = ("according", "to")

#: pronouns a speaker slot may hold; resolved to the most recent matching actor
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we", "i"})

# The speech-and-writing subset of PolNeAR (issue 7): cues built on these
# words, in any form. Used by the evaluation only, to decide which gold
# attributions count for recall.
_SPEECH_SUBSET = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|according\s+to|"
    r"write|writes|wrote|written|writing|add|adds|added|adding|ask|asks|asked|asking|"
    r"announce|announces|announced|announcing|note|notes|noted|noting|"
    r"tweet|tweets|tweeted|tweeting|reply|replies|replied|replying|"
    r"warn|warns|warned|warning)\b",
    re.IGNORECASE,
)


def is_speech_cue(cue_text: str) -> bool:
    """True when a cue is in the speech-and-writing subset (say, tell, write, ...)."""
    return bool(_SPEECH_SUBSET.search(cue_text))

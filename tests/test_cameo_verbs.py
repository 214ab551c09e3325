"""CAMEO's verb dictionary as broad trigger data: the checked table and the matcher.

Sentences here are written for these tests; the table is derived by
scripts/build_cameo_triggers.py (see its docstring for the recipe).
"""

from __future__ import annotations

import re

import pytest

from newsgraph.lang.tables import TableError
from newsgraph.plover.cameo_verbs import CameoVerbsError, cameo_lexicon, load_cameo_verbs, match
from newsgraph.plover.ontology import MODES

HEADER = "# version: test-1\n"


def table(tmp_path, *rows: str):
    path = tmp_path / "cameo.tsv"
    # rows are written "lemma; particle; preps; objects; cameo; type; mode; source_line"
    path.write_text(HEADER + "".join("\t".join(f.strip() for f in r.split(";")) + "\n" for r in rows), encoding="utf-8")
    return path


# ---- the shipped table


def test_shipped_table_loads_with_its_version_and_every_row_is_plover():
    lex = cameo_lexicon()
    assert lex.version.startswith("cameo-2.0/")
    rules = [r for rs in lex.rules.values() for r in rs]
    assert len(lex.rules) > 1000 and len(rules) > 5000
    assert all(r.type is None or r.mode is None or r.mode in MODES[r.type] for r in rules)
    # CAMEO 01 (statements) and 02 (appeals) never become a trigger
    assert not [r for r in rules if r.type and r.cameo_code[:2] in ("01", "02")]


def test_light_and_reporting_verbs_have_no_bare_reading():
    for verb in ("say", "tell", "make", "take", "give", "go", "come", "hold", "announce"):
        assert match(verb) is None, verb


# ---- match on verb uses


def test_a_verb_alone_gives_its_default_reading():
    hit = match("shell")
    assert (hit.type, hit.cameo_code, hit.specificity) == ("ASSAULT", "190", 0)
    assert match("outlaw").type == "COERCE"
    assert match("wonder") is None  # in CAMEO, but no PLOVER reading
    assert match("photosynthesise") is None  # not in CAMEO at all


def test_object_words_beat_the_default():
    assert match("deploy") is None  # the bare verb has no reading in CAMEO
    troops = match("deploy", objects=["troop"])
    assert (troops.type, troops.mode, troops.specificity) == ("MOBILIZE", "troops", 1)
    police = match("deploy", objects=["police"])
    assert police is None or police.type in ("MOBILIZE", "COERCE")
    assert match("send", objects=["aid"]).type == "AID"
    assert match("stage", objects=["protest"]).type == "PROTEST"


def test_a_synset_slot_takes_any_of_its_words():
    # "- * &WEAPON [0874] # PULLBACK" style rows: any weapon word fills the slot
    for weapon in ("missile", "artillery", "rifle"):
        hit = match("pull", particle="back", objects=[weapon])
        assert hit is not None and hit.type == "RETREAT", weapon


def test_a_listed_particle_makes_another_verb():
    assert match("call") is None  # a statement verb
    off = match("call", particle="off")
    assert off is not None and off.type == "SANCTION"
    assert match("pull", particle="back").type == "RETREAT"


def test_prepositions_and_object_words_together():
    # "reneged on the deal": the preposition and the noun are both required
    assert match("renege", preps=["on"], objects=["deal"]).type == "SANCTION"
    assert match("renege", objects=["deal"]) is None
    assert match("renege") is None


def test_a_veto_row_beats_the_default(tmp_path):
    lex = load_cameo_verbs(table(
        tmp_path,
        "fire; -; -; -; 190; ASSAULT; -; 10",
        "fire; -; -; employee; ---; -; -; 11",
        "fire; -; at; -; 193; ASSAULT; firearms; 12",
    ))
    assert lex.match("fire").type == "ASSAULT"
    assert lex.match("fire", objects=["employee", "new"]) is None
    assert lex.match("fire", preps=["at"]).mode == "firearms"


def test_the_most_specific_row_wins_and_alternatives_fill_slots(tmp_path):
    lex = load_cameo_verbs(table(
        tmp_path,
        "send; -; -; -; 070; AID; -; 1",
        "send; -; -; troop|soldier; 154; MOBILIZE; troops; 2",
        "send; -; -; aid humanitarian; 073; AID; -; 3",
        "send; -; by|with; -; 040; CONSULT; -; 4",
        "sign; -; -; trade+agreement|treaty; 057; SUPPORT; -; 5",
    ))
    assert lex.match("send", objects=["soldier"]).mode == "troops"
    assert lex.match("send", objects=["aid"]).cameo_code == "070"
    assert lex.match("send", objects=["humanitarian", "aid"]).specificity == 2
    assert lex.match("send", preps=["with"]).type == "CONSULT"
    # an alternative "a+b" needs both words
    assert lex.match("sign", objects=["trade"]) is None
    assert lex.match("sign", objects=["trade", "agreement"]).type == "SUPPORT"


def test_an_unlisted_particle_keeps_the_bare_reading(tmp_path):
    lex = load_cameo_verbs(table(
        tmp_path,
        "fight; -; -; -; 190; ASSAULT; -; 1",
        "break; -; -; -; 190; ASSAULT; -; 2",
        "break; up; -; -; ---; -; -; 3",
    ))
    assert lex.match("fight", particle="back").type == "ASSAULT"
    assert lex.match("break", particle="up") is None


# ---- the loader names file:line


@pytest.mark.parametrize("row, message", [
    ("strike; -; -; -; 190; STRIKE; -; 1", "unknown PLOVER type 'STRIKE'"),
    ("strike; -; -; -; 190; ASSAULT; bombing; 1", "ASSAULT has no mode 'bombing'"),
    ("strike; -; -; -; 19x; ASSAULT; -; 1", "CAMEO code '19x'"),
    ("strike; -; -; -; ---; -; demo; 1", "veto row"),
    ("strike; -; -; air||; 190; ASSAULT; -; 1", "malformed object slot"),
    ("strike; -; -; -; 190; ASSAULT", "expected 'lemma"),
])
def test_loader_rejects_a_bad_row_with_file_and_line(tmp_path, row, message):
    path = table(tmp_path, "shell; -; -; -; 190; ASSAULT; -; 1", row)
    with pytest.raises(TableError, match=re.escape(f"{path}:3") + ".*" + re.escape(message)):
        load_cameo_verbs(path)


def test_loader_rejects_a_duplicate_key(tmp_path):
    path = table(tmp_path, "shell; -; -; -; 190; ASSAULT; -; 1", "shell; -; -; -; 194; ASSAULT; heavy-weapons; 2")
    with pytest.raises(TableError, match=re.escape(f"{path}:3") + ".*duplicate key"):
        load_cameo_verbs(path)
    assert issubclass(CameoVerbsError, TableError)


# ---- with the parser: how a caller gathers a verb's particle, prepositions and objects


def verb_use(doc, verb_text: str) -> dict:
    """Lemma, particle, prepositions and object lemmas of the verb ``verb_text`` in ``doc``."""
    toks = doc.tokens
    verb = next(t for t in toks if t.text == verb_text)

    def subtree(i: int) -> list:
        out, todo = [], [i]
        while todo:
            k = todo.pop()
            out.append(toks[k])
            todo.extend(t.i for t in toks if t.head == k and t.i != k)
        return out

    particle = next((t.lemma.lower() for t in toks if t.head == verb.i and t.dep == "prt"), None)
    phrase = [t for c in toks if c.head == verb.i and c.dep in ("dobj", "prep", "dative", "attr", "oprd")
              for t in subtree(c.i)]
    return {
        "particle": particle,
        "preps": [t.lemma.lower() for t in phrase if t.dep == "prep"],
        "objects": [t.lemma.lower() for t in phrase if t.pos in ("NOUN", "PROPN", "ADJ")],
    }


def test_sentences_through_the_parser(parse):
    doc = parse("The ministry deployed two thousand troops along the northern frontier on Sunday.")
    assert match("deploy", **verb_use(doc, "deployed")).type == "MOBILIZE"

    doc = parse("The rebels called off their planned march on the capital.")
    assert match("call", **verb_use(doc, "called")).type == "SANCTION"

    doc = parse("The council reneged on the deal it had signed with the farmers.")
    assert match("renege", **verb_use(doc, "reneged")).type == "SANCTION"

    doc = parse("Army gunners shelled the harbour for a third night.")
    assert match("shell", **verb_use(doc, "shelled")).type == "ASSAULT"

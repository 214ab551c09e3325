"""A participant's role on a past event's own date: the knowledge base dates roles, so an
obituary's former president acted as the government when he was in office.

Sentences written for these tests; the people are knowledge-base entries with dated roles.
"""

from __future__ import annotations

from datetime import date

TEXT = "Hosni Mubarak died on Tuesday in Cairo. In 1995, Mubarak met the king of Jordan in Aqaba."


def test_a_past_event_codes_the_role_held_then(annotate):
    doc = annotate(TEXT, date(2020, 2, 27))
    mubarak = next(a for a in doc.actors if a.name == "Hosni Mubarak")
    assert (mubarak.country, mubarak.sector) == ("EGY", "ELI")  # a former president when he died
    meeting = next(e for e in doc.events if e.type == "CONSULT")
    assert meeting.roles[mubarak.id] == ("EGY", "GOV")  # the president in 1995


def test_a_recent_event_keeps_the_documents_roles(annotate):
    doc = annotate("Hosni Mubarak met the king of Jordan in Aqaba on Monday.", date(2009, 3, 4))
    assert doc.events and all(not e.roles for e in doc.events)


def test_the_output_and_the_store_carry_the_role_then(annotate, tmp_path):
    from newsgraph.output import to_contract
    from newsgraph.store.rows import document_rows

    doc = annotate(TEXT, date(2020, 2, 27))
    out = to_contract(doc)
    meeting = next(e for e in out["events"] if e["type"] == "CONSULT")
    (who,) = meeting["roles"]
    assert meeting["roles"][who] == {"country": "EGY", "sector": "GOV"}
    assert "roles" not in next(a for a in out["actors"] if a["id"] == who)
    rows = document_rows(doc)
    row = next(r for r in rows["events"] if r["type"] == "CONSULT")
    assert row["actor_sectors"][0] == "GOV"

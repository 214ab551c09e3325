"""quotes stage: every quote-mark style and attribution pattern of issue 7.

Texts are written for these tests. Actors are built by hand on the parsed
document (the actors stage is another component), then the stage runs.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.attribution.lexicon import is_speech_cue
from newsgraph.attribution.marks import scan
from newsgraph.model import Actor
from newsgraph.stages.quotes import QuotesStage


def with_actors(doc, **people):
    """Attach person actors whose mentions are every occurrence of the given strings."""
    actors = []
    for k, (name, kind, forms) in enumerate(people.values(), 1):
        spans = [(m.start(), m.end()) for f in forms for m in re.finditer(re.escape(f), doc.text)]
        actors.append(Actor(id=f"a{k}", name=name, kind=kind, mentions=spans))
    doc.actors = actors
    return doc


def run(doc):
    return QuotesStage()(doc).quotes


def content(doc, q):
    return doc.text[q.content[0] : q.content[1]]


def by_text(doc, quotes, words):
    hits = [q for q in quotes if words in content(doc, q)]
    assert hits, f"no quote holds {words!r}: {[content(doc, q) for q in quotes]}"
    return hits[0]


# --- the mark scanner ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, inner",
    [
        ('He said "we will go" today.', "we will go"),
        ("He said “we will go” today.", "we will go"),
        ('He said "we will go” today.', "we will go"),  # straight open, curly close
        ("He said «we will go» today.", "we will go"),
        ("He said „we will go“ today.", "we will go"),
        ("It’s ‘in their heads,’ he said.", "in their heads,"),
    ],
)
def test_scanner_mark_styles(text, inner):
    spans = scan(text)
    assert [text[q.inner_start : q.inner_end] for q in spans] == [inner]


def test_scanner_ignores_apostrophes():
    text = "Clinton’s team didn't say the voters’ view was 'odd' at all."
    assert [text[q.inner_start : q.inner_end] for q in scan(text)] == ["odd"]


def test_scanner_runs_over_paragraph_break():
    text = "She said: “First part of it.\n\n“Second part,” she added."
    (q,) = scan(text)
    assert text[q.inner_start : q.inner_end].startswith("First part")
    assert text[q.inner_start : q.inner_end].endswith("Second part,")
    assert q.continued == 1


def test_scanner_drops_unclosed_quote_at_paragraph_end():
    text = "He measured 12\" of snow.\n\nThen he left and said “fine” to all."
    assert [text[q.inner_start : q.inner_end] for q in scan(text)] == ["fine"]


def test_speech_subset():
    assert is_speech_cue("said Friday") and is_speech_cue("according to") and is_speech_cue("tweeted")
    assert not is_speech_cue("shows") and not is_speech_cue("supports")


# --- direct quotes --------------------------------------------------------------


def test_direct_speaker_after(parse):
    doc = with_actors(parse('"We will win this fight," Karlsson said on Monday.'), k=("Eva Karlsson", "person", ["Karlsson"]))
    (q,) = run(doc)
    assert q.direct and q.speaker == "a1" and q.speaker_text == "Karlsson"
    assert content(doc, q) == "We will win this fight"
    assert doc.text[q.cue[0] : q.cue[1]] == "said"


def test_direct_inverted_said_name(parse):
    doc = with_actors(parse("“The border stays open,” said Mirela Novak, the interior minister."),
                      n=("Mirela Novak", "person", ["Mirela Novak"]))
    (q,) = run(doc)
    assert q.direct and q.speaker == "a1"
    assert content(doc, q) == "The border stays open"


def test_direct_speaker_before_colon(parse):
    doc = with_actors(parse("Minister Tamar Okafor told reporters: «The talks have failed and we are leaving.»"),
                      t=("Tamar Okafor", "person", ["Tamar Okafor"]))
    q = by_text(doc, run(doc), "The talks have failed")
    assert q.direct and q.speaker == "a1"


def test_mismatched_marks_direct(parse):
    doc = with_actors(parse('"Nothing will change soon,” Okafor said.'), t=("Tamar Okafor", "person", ["Okafor"]))
    (q,) = run(doc)
    assert q.direct and q.speaker == "a1" and content(doc, q) == "Nothing will change soon"


def test_single_marks_direct(parse):
    doc = with_actors(parse("'We are ready for the vote,' Okafor said."), t=("Tamar Okafor", "person", ["Okafor"]))
    (q,) = run(doc)
    assert q.direct and q.speaker == "a1"


def test_pronoun_speaker_falls_back_to_recent_person(parse):
    doc = with_actors(
        parse("Mayor Ines Duarte visited the flooded district. “The water came too fast,” she said."),
        d=("Ines Duarte", "person", ["Ines Duarte"]),
    )
    (q,) = run(doc)
    assert q.speaker == "a1" and q.speaker_text == "she"


def test_pronoun_with_actor_mention_wins(parse):
    doc = parse("Ines Duarte met Paulo Reis. “We agreed on nothing,” he said.")
    doc.actors = [
        Actor(id="a1", name="Ines Duarte", kind="person", mentions=[(0, 11)]),
        Actor(id="a2", name="Paulo Reis", kind="person", mentions=[(16, 26), (doc.text.index("he said"), doc.text.index("he said") + 2)]),
    ]
    (q,) = run(doc)
    assert q.speaker == "a2"


def test_speaker_carried_to_next_paragraph(parse):
    text = (
        "“The dam must be repaired now,” Duarte said.\n\n"
        "“Every week we wait costs lives and money that we do not have.”\n\n"
        "The council meets on Friday."
    )
    doc = with_actors(parse(text), d=("Ines Duarte", "person", ["Duarte"]))
    quotes = run(doc)
    first = by_text(doc, quotes, "The dam must")
    carried = by_text(doc, quotes, "Every week we wait")
    assert carried.direct and carried.speaker == "a1" and carried.cue is None
    assert carried.continues == first.id


def test_no_carry_over_after_a_gap(parse):
    text = (
        "“The dam must be repaired now,” Duarte said.\n\n"
        "The council met for three hours on Friday and adjourned without a vote.\n\n"
        "The river is rising again.\n\n"
        "“Every week we wait costs lives.”"
    )
    doc = with_actors(parse(text), d=("Ines Duarte", "person", ["Duarte"]))
    assert not any("Every week" in content(doc, q) for q in run(doc))


def test_quote_over_paragraph_break(parse):
    text = "Duarte said: “The dam is old.\n\n“It was built in a hurry and never inspected,” she added."
    doc = with_actors(parse(text), d=("Ines Duarte", "person", ["Duarte"]))
    q = by_text(doc, run(doc), "The dam is old")
    assert "never inspected" in content(doc, q) and q.speaker == "a1"


def test_scare_quote_is_not_a_quote(parse):
    doc = parse("The so-called “reset” of relations ended in 2014 after months of talks.")
    assert run(doc) == []


# --- indirect speech --------------------------------------------------------------


def test_indirect_said_that(parse):
    doc = with_actors(parse("Okafor said that the ceasefire would hold until the elections."),
                      t=("Tamar Okafor", "person", ["Okafor"]))
    (q,) = run(doc)
    assert not q.direct and q.speaker == "a1"
    assert content(doc, q) == "the ceasefire would hold until the elections"


def test_indirect_said_without_that(parse):
    doc = with_actors(parse("Okafor said the ceasefire would hold until the elections."), t=("T", "person", ["Okafor"]))
    (q,) = run(doc)
    assert content(doc, q) == "the ceasefire would hold until the elections"


def test_indirect_told_reporters(parse):
    doc = with_actors(parse("The minister told reporters the army had withdrawn from the town."),
                      m=("Minister", "person", ["The minister"]))
    (q,) = run(doc)
    assert q.speaker == "a1" and content(doc, q) == "the army had withdrawn from the town"
    assert doc.text[q.cue[0] : q.cue[1]] == "told"


def test_according_to(parse):
    doc = parse("According to the ministry, forty soldiers crossed the border overnight.")
    doc.actors = [Actor(id="a1", name="ministry", kind="organization", mentions=[(13, 25)])]
    (q,) = run(doc)
    assert q.speaker == "a1" and content(doc, q) == "forty soldiers crossed the border overnight"
    assert doc.text[q.cue[0] : q.cue[1]] == "According to"


def test_according_to_trailing(parse):
    doc = parse("Forty soldiers crossed the border overnight, according to the ministry.")
    (q,) = run(doc)
    assert content(doc, q) == "Forty soldiers crossed the border overnight" and q.speaker_text == "the ministry"


def test_stressed_and_warned(parse):
    text = "Okafor said the plan was sound but stressed it should be done slowly. Reis warned that prices would rise."
    doc = with_actors(parse(text), t=("Tamar Okafor", "person", ["Okafor"]), r=("Paulo Reis", "person", ["Reis"]))
    quotes = run(doc)
    stressed = by_text(doc, quotes, "it should be done slowly")
    assert stressed.speaker == "a1" and doc.text[stressed.cue[0] : stressed.cue[1]] == "stressed"
    warned = by_text(doc, quotes, "prices would rise")
    assert warned.speaker == "a2" and not warned.direct


def test_partial_quotes_inside_indirect_speech(parse):
    text = "Okafor said her government considers the issue “important” and “a priority” for the coming year."
    doc = with_actors(parse(text), t=("Tamar Okafor", "person", ["Okafor"]))
    (q,) = run(doc)
    assert not q.direct and q.speaker == "a1"
    assert content(doc, q).startswith("her government considers") and "“a priority”" in content(doc, q)


def test_mixed_quote_with_mismatched_marks(parse):
    text = 'Novak told a press conference that the leadership was "forming a mechanism to set the terms” under which troops will leave.'
    doc = with_actors(parse(text), n=("Mirela Novak", "person", ["Novak"]))
    (q,) = run(doc)
    assert not q.direct and q.speaker == "a1" and content(doc, q).endswith("troops will leave")


def test_cue_inside_a_quote_is_not_a_new_speaker(parse):
    text = "“My father said we would never leave this valley,” Duarte said."
    doc = with_actors(parse(text), d=("Ines Duarte", "person", ["Duarte"]))
    quotes = run(doc)
    assert len(quotes) == 1 and quotes[0].speaker == "a1"


def test_quote_ids_in_order(parse):
    text = "Okafor said the plan was sound. Reis said the plan would fail."
    doc = with_actors(parse(text), t=("T", "person", ["Okafor"]), r=("R", "person", ["Reis"]))
    assert [q.id for q in run(doc)] == ["q1", "q2"]


# --- the seed -------------------------------------------------------------------


def test_seed_must_quotes(seed_document, pipeline):
    doc = pipeline(seed_document)
    assert doc.actors, "the actors stage found no actors in the seed article; the quotes' speakers are actors"
    text = doc.text

    def find(words, speaker, direct):
        for q in doc.quotes:
            a = doc.actor_by_id(q.speaker) if q.speaker else None
            if words in text[q.content[0] : q.content[1]] and a and speaker in a.name and q.direct == direct:
                return q
        raise AssertionError(f"missing {speaker}: {words!r}")

    find("We will be prepared to constructively", "Lavrov", True)
    find("the Libyan leadership was", "Lavrov", False)
    find("Working out implementation mechanisms", "Mangoush", True)
    find("Such decisions are aimed", "Mangoush", True)
    kubis = find("factions starting the withdrawal", "Kubis", False)
    if kubis.date is not None and kubis.date.precision != "publication":
        assert kubis.date.value == "2021-07"


def test_quote_date_from_its_own_sentence_not_its_content(pipeline):
    from datetime import date

    from newsgraph.model import Document

    doc = pipeline(Document.create(
        "Last month, the envoy Jan Falk said the talks would resume. "
        "Falk said on Monday that the offensive began in 2019.",
        published=date(2021, 8, 19),
    ))
    dates = [q.date.value if q.date else None for q in doc.quotes]
    assert dates[0] == "2021-07"
    assert dates[1] != "2019"


def test_archive_style_double_apostrophes(parse):
    text = "''The bill will pass this week,'' Senator Ruth Amadi said."
    assert [text[q.inner_start : q.inner_end] for q in scan(text)] == ["The bill will pass this week,"]
    doc = with_actors(parse(text), a=("Ruth Amadi", "person", ["Ruth Amadi"]))
    (q,) = run(doc)
    assert q.direct and q.speaker == "a1"


def test_parenthetical_cue(parse):
    doc = with_actors(parse("The agreement, Okafor said, would hold until the spring."), t=("T", "person", ["Okafor"]))
    (q,) = run(doc)
    assert q.speaker == "a1" and not q.direct
    assert content(doc, q).startswith("The agreement") and content(doc, q).endswith("until the spring")


def test_trailing_cue_reports_the_clause_before(parse):
    doc = with_actors(parse("The ceasefire will hold until the spring, Okafor said."), t=("T", "person", ["Okafor"]))
    (q,) = run(doc)
    assert q.speaker == "a1" and content(doc, q) == "The ceasefire will hold until the spring"


def test_participle_after_a_clause_is_not_its_report(parse):
    doc = with_actors(parse("Okafor celebrated in the capital with supporters, declaring victory."), t=("T", "person", ["Okafor"]))
    assert not any("celebrated" in content(doc, q) for q in run(doc))


def test_dateline_is_not_the_speaker(parse):
    text = "CLEVELAND, July 19 (UPI) -- Former Attorney General Mina Castell told delegates that the vote was fair."
    doc = with_actors(parse(text), c=("Mina Castell", "person", ["Mina Castell"]))
    (q,) = run(doc)
    assert q.speaker == "a1" and "Castell" in q.speaker_text


def test_writer_aside_is_cut_from_reported_clause(parse):
    doc = with_actors(parse("Okafor said the deal was signed by Paulo Reis, who leads the opposition."), t=("T", "person", ["Okafor"]))
    (q,) = run(doc)
    assert content(doc, q) == "the deal was signed by Paulo Reis"
    doc = with_actors(parse("Okafor said the deal was signed by the mayor, a former judge."), t=("T", "person", ["Okafor"]))
    (q,) = run(doc)
    assert content(doc, q) == "the deal was signed by the mayor"


def test_quotes_stage_handles_empty_document(parse):
    doc = parse("")
    assert run(doc) == []


def test_one_line_paragraphs_end_a_quote_at_the_newline(parse):
    # web copy: each paragraph on one long line, a single newline between;
    # the parser glues the next paragraph onto the quote's sentence
    filler = "The council met for six hours on Tuesday and heard from farmers, teachers and several local business owners."
    text = (
        f"{filler}\n"
        "Residents at the hall were divided over the new bypass plan and what it would mean for the market square. "
        "“They should build it somewhere else,” she said. “The market is fine the way it is now.”\n"
        f"Such disputes are not new in the region. {filler}\n"
    )
    doc = with_actors(parse(text), maria=("Maria Ortiz", "person", ["she"]))
    quotes = run(doc)
    first = by_text(doc, quotes, "somewhere else")
    second = by_text(doc, quotes, "market is fine")
    assert second.continues == first.id and second.speaker_text == "she"
    assert "Such disputes" not in content(doc, second)


def test_quote_split_by_its_cue_is_one_quote(parse):
    doc = with_actors(parse("“The budget will pass next week,” she said, “but the fight over taxes is far from over.”"),
                      maria=("Maria Ortiz", "person", ["she"]))
    (q,) = run(doc)
    assert q.direct and q.speaker_text == "she"
    assert "budget will pass" in content(doc, q) and "far from over" in content(doc, q)


def test_quoted_word_inside_reported_clause_is_indirect(parse):
    doc = with_actors(parse("Senator Reid said he voted “uncommitted” in the caucus on Saturday."),
                      reid=("Harry Reid", "person", ["Senator Reid"]))
    q = by_text(doc, run(doc), "uncommitted")
    assert not q.direct and content(doc, q).startswith("he voted")


def test_dateline_parsed_as_second_subject_is_not_the_speaker(parse):
    doc = with_actors(parse("LISBON (Reuters) - Maria Ortiz said she was unlikely to back the budget because the finance minister ignored the farmers."),
                      maria=("Maria Ortiz", "person", ["Maria Ortiz"]))
    q = by_text(doc, run(doc), "unlikely to back")
    assert q.speaker_text == "Maria Ortiz" and q.speaker == "a1"


def test_cue_in_next_paragraph_or_negated_does_not_take_the_quote(parse):
    text = (
        "“I am worried about the plan,” Varmus said. “This is a test. It is one the council failed ten years ago.”\n\n"
        "A spokesman for the mayor did not respond to requests for comment on the plan."
    )
    doc = with_actors(parse(text), v=("Harold Varmus", "person", ["Varmus"]), s=("spokesman", "person", ["A spokesman"]))
    quotes = run(doc)
    first, second = by_text(doc, quotes, "worried"), by_text(doc, quotes, "This is a test")
    assert second.speaker == "a1" and second.continues == first.id


def test_standalone_quote_after_blank_line_in_one_line_paragraph_copy(parse):
    long_ = "The delegates argued late into the night about the rules, the platform and the running mate in the hall."
    text = (
        f"{long_}\n\n“There is real passion for the ticket in this hall tonight,” said Robert Antonacci of the delegation.\n\n"
        f"“Who cares? It was her speech. Nobody here will remember it next week.”\n\n{long_}\n"
    )
    doc = with_actors(parse(text), r=("Robert Antonacci", "person", ["Robert Antonacci"]))
    quotes = run(doc)
    first, second = by_text(doc, quotes, "real passion"), by_text(doc, quotes, "Who cares")
    assert second.continues == first.id and second.speaker == "a1"


def test_asked_if_reports_the_question(parse):
    doc = with_actors(parse("He shook hands and asked workers if they planned to attend the caucuses on Monday."),
                      h=("Ted Marsh", "person", ["He"]))
    q = by_text(doc, run(doc), "planned to attend")
    assert not q.direct and q.speaker == "a1" and content(doc, q).startswith("they planned")


def test_clause_with_the_same_pronoun_goes_on_with_what_was_said(parse):
    doc = with_actors(parse("Rubio said he will support whoever the party nominates, but beyond that, he does not want to be involved in the race."),
                      r=("Marco Rubio", "person", ["Rubio"]))
    q = by_text(doc, run(doc), "support whoever")
    assert q.speaker == "a1" and "does not want to be involved" in content(doc, q)


def test_clause_with_another_subject_is_narration(parse):
    doc = with_actors(parse("Rubio said he will support whoever the party nominates, but the delegates want a contested convention."),
                      r=("Marco Rubio", "person", ["Rubio"]))
    q = by_text(doc, run(doc), "support whoever")
    assert "delegates" not in content(doc, q)


def test_according_to_closing_its_sentence_governs_all_of_it(parse):
    doc = parse("Okafor received 37 percent, Reis had 36 percent and Castell took 13 percent, according to the results.")
    q = next(q for q in run(doc) if q.speaker_text == "the results")
    assert content(doc, q).startswith("Okafor received 37 percent") and content(doc, q).endswith("13 percent")


def test_a_clause_ending_in_a_comma_introduces_the_quote_after_it(parse):
    text = ('Karlsson criticized the decision. "It shows a complete lack of understanding," Karlsson wrote.\n\n'
            'Novak, also on Twitter, defended her decision, "As I have stated before, we will protect the border. '
            'Nobody else will."\n\n'
            'Senator Petrov spoke on national radio, "This is going to make things worse for everyone here."')
    doc = with_actors(parse(text), k=("Eva Karlsson", "person", ["Karlsson"]),
                      n=("Mirela Novak", "person", ["Novak"]), p=("Ivan Petrov", "person", ["Senator Petrov"]))
    quotes = run(doc)
    assert by_text(doc, quotes, "As I have stated").speaker == "a2"  # not the previous speaker carried on
    assert by_text(doc, quotes, "make things worse").speaker == "a3"

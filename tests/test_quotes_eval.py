"""The quotes eval: brat reading, the span-match criterion, the speech subset."""

from __future__ import annotations

from newsgraph.evaluate.quotes import Predicted, _jaccard, _speaker_ok, _token_index, _tokens, read_ann

TEXT = "Okafor said the talks failed. Polls show voters are tired."


def _write(tmp_path, lines):
    p = tmp_path / "a_x.ann"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_read_ann_and_speech_subset(tmp_path):
    ann = _write(tmp_path, [
        "T1\tSource 0 6\tOkafor", "T2\tCue 7 11\tsaid", "T3\tContent 12 28\tthe talks failed",
        "T4\tAttribution 7 11\tsaid", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tSource 30 35\tPolls", "T6\tCue 36 40\tshow", "T7\tContent 41 52;53 58\tvoters are tired",
        "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5",
    ])
    index = _token_index(TEXT)
    said, shows = read_ann(ann, index)
    assert said.speech and not shows.speech
    assert said.content == _tokens(index, [(12, 28)])
    assert shows.content == _tokens(index, [(41, 52), (53, 58)])  # discontinuous fragments unioned


def test_jaccard_criterion_and_speaker_match(tmp_path):
    index = _token_index(TEXT)
    gold_content = _tokens(index, [(12, 28)])
    # "that the talks failed" vs "the talks failed": 3/3 shared of 3 -> match
    assert _jaccard(_tokens(index, [(12, 28)]), gold_content) == 1.0
    assert _jaccard(_tokens(index, [(12, 22)]), gold_content) < 1.0
    ann = _write(tmp_path, ["T1\tSource 0 6\tOkafor", "T2\tCue 7 11\tsaid", "T3\tContent 12 28\tx",
                            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"])
    (g,) = read_ann(ann, index)
    assert _speaker_ok(Predicted(gold_content, [_tokens(index, [(0, 6)])]), g)
    assert not _speaker_ok(Predicted(gold_content, [_tokens(index, [(30, 35)])]), g)


def test_swapped_source_and_cue_labels_are_read_the_right_way_round(tmp_path):
    # an annotator labelled the verb as Source and the name as Cue
    text = "Okafor said the talks failed."
    index = _token_index(text)
    ann = _write(tmp_path, ["T1\tSource 7 11\tsaid", "T2\tCue 0 6\tOkafor", "T3\tContent 12 28\tthe talks failed",
                            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"])
    (g,) = read_ann(ann, index)
    assert g.speech and g.cue == "said"
    assert g.source == _tokens(index, [(0, 6)])


def test_nested_quotes_leave_precision_to_their_outer_quote():
    from newsgraph.attribution.nesting import within
    from newsgraph.model import Quote

    outer = Quote(id="q1", content=(14, 60), direct=False, cue=(0, 12), speaker_span=(13, 16))
    inner = Quote(id="q2", content=(30, 60), direct=False, cue=(20, 24), speaker_span=(14, 19))
    assert within([outer, inner]) == {"q2": "q1"}

"""Task ``quotes``: attribution against the seed and PolNeAR (train and dev).

PolNeAR (``../shared/data/polnear``) marks every attribution in brat standoff:
Source, Cue and Content spans joined by an ``E`` line. It marks more than
speech ("polls show", "X supports", "frightened by"), so, as issue 7 asks:

- **precision**: a predicted quote is correct when it matches *any* PolNeAR
  attribution of its article (from any of the article's annotators);
- **recall**: over the *speech-and-writing* subset (cues built on say, tell,
  according to, write, add, ask, announce, note, tweet, reply, warn, any
  form), from one annotation per article (the first annotator file in name
  order, so articles annotated twice are not counted twice); recall on the
  full set is reported too;
- **F1**: from that precision and the speech-subset recall.

Span-match criterion (the same for content and speaker, on word tokens
``\\w+``, so quote marks, punctuation and the complementizer "that" do not
count): two content spans match when the Jaccard index of their word-token
sets is at least 0.5 (``JACCARD``). Gold contents may be discontinuous; their
fragments are unioned. A speaker matches when the predicted speaker span
shares a word token with the gold Source span, or when the predicted speaker
actor has a mention sharing one (a pronoun source resolved to its actor), or
when the gold Source is a relative pronoun ("Sanders, who said") and the
predicted speaker span ends at most 3 word tokens before it (its antecedent).
When PolNeAR leaves the Source empty (an implicit source: "Asked whether",
"..., noting that"), only content is compared. Speaker-plus-content needs
both.
Any-overlap and exact-token-set numbers are reported as well, to show how much
the criterion matters.

PolNeAR is univocal (each token belongs to one attribution), so in
"According to CNN, Sanders said X" it holds only CNN's attribution, whose
content is "Sanders said X". The stage reports Sanders's report too, as a
quote *within* CNN's (:mod:`newsgraph.attribution.nesting`: its cue and
speaker lie inside the outer quote's content). Precision therefore counts
top-level quotes: a nested quote is part of its outer quote's attribution,
not a prediction of its own. Any quote, nested or not, may find a gold
attribution for recall (an annotator sometimes marks the inner report).
``*_flat`` numbers count every quote in precision as issue 7's headline did,
to show what the convention is worth.

Splits: ``dev`` and ``train`` by default; ``--split test`` scores PolNeAR's
test split alone (read it once, for a final report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsgraph.attribution.lexicon import is_speech_cue
from newsgraph.attribution.nesting import within
from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.registry import eval_tasks

JACCARD = 0.5
_WORD = re.compile(r"\w+")
_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


@dataclass
class GoldAttribution:
    content: frozenset[int]  # word-token indexes
    source: frozenset[int]
    cue: str
    speech: bool
    relative: bool = False  # the source is a relative pronoun (who, which, that)


def _token_index(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in _WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _tokens(index: tuple[list[int], list[int]], spans) -> frozenset[int]:
    import bisect

    starts, ends = index
    out: set[int] = set()
    for s, e in spans:
        k = bisect.bisect_right(ends, s)
        while k < len(starts) and starts[k] < e:
            out.add(k)
            k += 1
    return frozenset(out)


def read_ann(path: Path, index) -> list[GoldAttribution]:
    """Attributions of one brat ``.ann`` file (Source/Cue/Content + E lines)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            kind, _, offs = parts[1].partition(" ")
            frags = []
            for frag in offs.split(";"):
                a, _, b = frag.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    frags.append((int(a), int(b)))
            spans[parts[0]] = (kind, frags, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            rels.append(args)
    out = []
    for r in rels:
        content = spans.get(r.get("Content", ""))
        if content is None:
            continue
        source = spans.get(r.get("Source", ""))
        cue = spans.get(r.get("Cue", ""))
        cue_text = cue[2] if cue else ""
        if source and cue and _swapped(source[2], cue_text):
            # the annotator swapped the labels (Source "said", Cue "Hester")
            source, cue, cue_text = cue, source, source[2]
        out.append(
            GoldAttribution(
                content=_tokens(index, content[1]),
                source=_tokens(index, source[1]) if source else frozenset(),
                cue=cue_text,
                speech=is_speech_cue(cue_text),
                relative=bool(source) and source[2].strip().lower() in ("who", "which", "that", "whom"),
            )
        )
    return out


def _swapped(source_text: str, cue_text: str) -> bool:
    """A Source that is a cue word of two words or fewer ("said", "according
    to") over a Cue that is none: Source and Cue labels swapped in annotation."""
    return len(source_text.split()) <= 2 and is_speech_cue(source_text) and not is_speech_cue(cue_text)


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_CRITERIA = {
    "jaccard50": lambda p, g: _jaccard(p, g) >= JACCARD,
    "overlap": lambda p, g: bool(p & g),
    "exact": lambda p, g: p == g and bool(p),
}


@dataclass
class Predicted:
    content: frozenset[int]
    speakers: list[frozenset[int]]  # speaker span, then the actor's mentions


def _speaker_ok(p: Predicted, g: GoldAttribution) -> bool:
    if not g.source:
        # PolNeAR leaves the Source empty when it is implicit ("Asked
        # whether ...", "..., noting that ..."): only content is compared
        return True
    if any(s & g.source for s in p.speakers):
        return True
    if g.relative and p.speakers:
        # PolNeAR's source is a relative pronoun ("Sanders, who said ...");
        # ours is its antecedent: the speaker span ends just before it
        last = max(p.speakers[0], default=-10)
        return 0 < min(g.source) - last <= 3
    return False


def _pipeline(config: Config):
    from newsgraph.pipeline import Pipeline

    names = list(config.stages)
    if "quotes" not in names:
        raise ValueError("the quotes eval needs the quotes stage in config.stages")
    return Pipeline(config.with_(stages=tuple(names[: names.index("quotes") + 1])))


def _predict(doc, index) -> list[tuple[Predicted, object]]:
    """Predicted attributions; a run of carried-on quotes counts as one,
    since PolNeAR annotates a speaker's consecutive quoted sentences as one
    attribution (the stage keeps them apart and links them by ``continues``)."""
    runs: dict[str, list] = {}
    order: list[str] = []
    for q in doc.quotes:
        if q.continues and q.continues in runs:
            runs[q.continues].append(q)
            runs[q.id] = runs[q.continues]
        else:
            runs[q.id] = [q]
            order.append(q.id)
    out = []
    for qid in order:
        run = runs[qid]
        q = run[0]
        speakers = []
        if q.speaker_span:
            speakers.append(_tokens(index, [q.speaker_span]))
        actor = doc.actor_by_id(q.speaker) if q.speaker else None
        if actor is not None:
            speakers.append(_tokens(index, actor.mentions))
        content = frozenset().union(*(_tokens(index, [r.content]) for r in run))
        out.append((Predicted(content, speakers), q))
    return out


def score_split(shared: Path, split: str, pipeline, limit: int | None) -> tuple[dict, list[str]]:
    from newsgraph.model import Document

    root = require(shared / "data" / "polnear" / "data" / split)
    texts = sorted((root / "text").glob("*.txt"))
    if limit:
        texts = texts[:limit]
    anns: dict[str, list[Path]] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    docs, golds = [], []
    for t in texts:
        text = t.read_text(encoding="utf-8")
        m = _DATE_IN_NAME.search(t.name)
        published = date.fromisoformat(m.group(1)) if m else None
        docs.append(Document.create(text, published=published, id=t.stem))
        index = _token_index(text)
        golds.append((index, [read_ann(a, index) for a in anns.get(t.stem, [])]))
    counts = {f"{c}_{k}": 0 for c in _CRITERIA
              for k in ("c_tp", "sc_tp", "c_tp_flat", "sc_tp_flat", "c_rec", "sc_rec", "c_rec_all", "sc_rec_all")}
    n_pred = n_speech = n_all = n_top = 0
    examples: list[str] = []
    for doc, (index, per_annotator) in zip(pipeline.pipe(docs), golds):
        if doc.failed:
            examples.append(f"{doc.id}: failed: {doc.errors[0]}")
            continue
        pairs = _predict(doc, index)
        preds = [p for p, _ in pairs]
        union = [g for ann in per_annotator for g in ann]
        first = per_annotator[0] if per_annotator else []
        n_pred += len(preds)
        # nested: a quote within another ("According to CNN, Sanders said
        # ..."), linked to it by the stage (attribution.nesting); PolNeAR is
        # univocal and holds only the outer attribution
        links = within(doc.quotes)
        nested = [q.id in links for _, q in pairs]
        n_top += nested.count(False)
        n_all += len(first)
        n_speech += sum(g.speech for g in first)
        for name, match in _CRITERIA.items():
            for (p, q), is_nested in zip(pairs, nested):
                c_ok = [g for g in union if match(p.content, g.content)]
                sc = any(_speaker_ok(p, g) for g in c_ok)
                counts[f"{name}_c_tp_flat"] += bool(c_ok)
                counts[f"{name}_sc_tp_flat"] += sc
                counts[f"{name}_c_tp"] += bool(c_ok) and not is_nested
                counts[f"{name}_sc_tp"] += sc and not is_nested
                if name == "jaccard50" and not sc and not is_nested and len(examples) < 40:
                    why = "content" if not c_ok else "speaker"
                    examples.append(
                        f"FP({why}) {doc.id}: {q.speaker_text!r} | {doc.text[q.content[0]:q.content[1]][:90]!r}"
                    )
            for g in first:
                c_hit = [p for p in preds if match(p.content, g.content)]
                sc_hit = any(_speaker_ok(p, g) for p in c_hit)
                counts[f"{name}_c_rec_all"] += bool(c_hit)
                counts[f"{name}_sc_rec_all"] += sc_hit
                if g.speech:
                    counts[f"{name}_c_rec"] += bool(c_hit)
                    counts[f"{name}_sc_rec"] += sc_hit
    metrics: dict[str, float | int] = {"docs": len(docs), "predicted": n_pred, "predicted_nested": n_pred - n_top,
                                       "gold_speech": n_speech, "gold_all": n_all}

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    for name in _CRITERIA:
        suffix = "" if name == "jaccard50" else f"_{name}"
        for kind, label in (("c", "content"), ("sc", "speaker_content")):
            p = counts[f"{name}_{kind}_tp"] / n_top if n_top else 0.0
            p_flat = counts[f"{name}_{kind}_tp_flat"] / n_pred if n_pred else 0.0
            r = counts[f"{name}_{kind}_rec"] / n_speech if n_speech else 0.0
            r_all = counts[f"{name}_{kind}_rec_all"] / n_all if n_all else 0.0
            metrics[f"{label}_precision{suffix}"] = round(p, 3)
            metrics[f"{label}_recall_speech{suffix}"] = round(r, 3)
            metrics[f"{label}_f1{suffix}"] = round(f1(p, r), 3)
            metrics[f"{label}_recall_all{suffix}"] = round(r_all, 3)
            # every quote counted in precision, nested ones too (issue 7's headline)
            metrics[f"{label}_precision_flat{suffix}"] = round(p_flat, 3)
            metrics[f"{label}_f1_flat{suffix}"] = round(f1(p_flat, r), 3)
    return metrics, examples


def score_seed(shared: Path, config: Config) -> tuple[dict, list[str]]:
    """The seed's must-quotes: content overlap, speaker surname, direct flag, date."""
    import json

    from newsgraph.model import Document

    gold = json.loads(require(shared / "examples" / "seed.gold.json").read_text(encoding="utf-8"))
    raw = require(shared / "examples" / "seed.txt").read_text(encoding="utf-8")
    m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s*", raw)
    if not m:
        raise ValueError("seed.txt should begin with 'date YYYY-MM-DD'")
    doc = _pipeline(config)(Document.create(raw[m.end():], published=date.fromisoformat(m.group(1))))
    text = doc.text
    hit = 0
    details = []
    musts = [g for g in gold["quotes"] if g.get("must")]
    for g in musts:
        gw = {w.lower() for w in _WORD.findall(g["text"])}
        ok = False
        for q in doc.quotes:
            cw = {w.lower() for w in _WORD.findall(text[q.content[0] : q.content[1]])}
            actor = doc.actor_by_id(q.speaker) if q.speaker else None
            name = (actor.name if actor else "") or ""
            if len(cw & gw) / max(1, len(cw | gw)) >= 0.8 and g["speaker"].split()[-1].lower() in name.lower():
                ok = q.direct == g["direct"] and ("date" not in g or (q.date and q.date.value == g["date"]))
                if ok:
                    break
        hit += bool(ok)
        if not ok:
            details.append(f"seed quote missed: {g['speaker']} direct={g['direct']}: {g['text'][:60]!r}")
    return {"seed_must_quotes": hit, "seed_must_total": len(musts)}, details


@eval_tasks.register("quotes")
def run(shared: Path, *, config: Config, limit: int | None = None, split: str = "dev") -> EvalReport:
    """``split``: ``dev`` (dev and train, the development splits) or ``test``."""
    if split not in ("dev", "test"):
        raise ValueError(f"eval quotes --split {split!r}: use dev (dev and train) or test (PolNeAR's test split)")
    metrics: dict[str, float | int] = {}
    details: list[str] = []
    seed_m, seed_d = score_seed(shared, config)
    metrics.update(seed_m)
    details.extend(seed_d)
    pipeline = _pipeline(config)
    splits = ("dev", "train") if split == "dev" else ("test",)
    for name in splits:
        m, ex = score_split(shared, name, pipeline, limit)
        metrics.update({f"{name}_{k}": v for k, v in m.items()})
        if name != "test":  # no errors of the test split are shown
            details.extend(f"{name}: {e}" for e in ex[:20])
    # headline: the first split, Jaccard >= 0.5
    head = splits[0]
    for k in ("speaker_content_f1", "speaker_content_precision", "speaker_content_recall_speech",
              "speaker_content_recall_all", "speaker_content_f1_flat", "content_f1"):
        metrics[k] = metrics[f"{head}_{k}"]
    return EvalReport(task="quotes", metrics=metrics, details=details)

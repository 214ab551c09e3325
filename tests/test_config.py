"""Every setting goes through Config: set in Python, it takes effect with the environment empty;
the environment is read in one function at the command line's edge."""

from __future__ import annotations

import ast
import os
from dataclasses import fields
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from newsgraph.config import Config, ConfigError, config_from_env
from newsgraph.model import Document, NewsDoc
from newsgraph.pipeline import Pipeline, PipelineError
from newsgraph.stages.base import Stage

SRC = Path(__file__).resolve().parents[1] / "src" / "newsgraph"


@pytest.fixture
def empty_environment():
    with mock.patch.dict(os.environ, clear=True):
        yield


class _Recorder(Stage):
    """Notes the size of every batch it is handed."""

    name = "recorder"
    sets = ("events",)
    seen: list[int] = []

    def pipe(self, docs, batch_size=32):
        docs = list(docs)
        self.seen.append(len(docs))
        return iter(docs)


class _Boom(Stage):
    name = "boom"
    sets = ("events",)

    def find(self, doc):
        raise ValueError("cannot code this")


def _docs(n: int) -> list[Document]:
    return [Document.create(f"Text number {i}.", published=date(2021, 1, 1)) for i in range(n)]


# --- one check per Config field: a new field without a check fails the last test ---------------


def check_model(tmp_path, capsys):
    from newsgraph.stages.base import StageError

    with pytest.raises(StageError, match="cannot load spaCy model 'no_such_model_pkg'"):
        Pipeline(Config(stages=("nlp",), model="no_such_model_pkg"))


def check_stages(tmp_path, capsys):
    assert Pipeline(Config(stages=("nlp", "time"))).stage_names == ["nlp", "time"]


def check_stage_options(tmp_path, capsys):
    p = Pipeline(Config(stages=("nlp", "time"), stage_options={"time": {"mode": "narrative"}}))
    assert p.stages[1].options.mode == "narrative"
    from newsgraph.stages.events import EventsStage

    assert EventsStage(Config(stage_options={"events": {"min_confidence": 0.9}})).options.min_confidence == 0.9


def check_batch_size(tmp_path, capsys):
    p = Pipeline(Config(stages=(), batch_size=2))
    p.stages.append(_Recorder(p.config))
    _Recorder.seen = []
    assert len(list(p.pipe(_docs(5)))) == 5
    assert _Recorder.seen == [2, 2, 1]


def check_max_chars(tmp_path, capsys):
    from newsgraph.api import extract

    (tmp_path / "long.txt").write_text("word " * 60)  # 300 characters
    (obj,) = extract([tmp_path / "long.txt"], config=Config(stages=(), max_chars=200))
    assert "over the 200 limit" in obj["errors"][0]
    (obj,) = extract([tmp_path / "long.txt"], config=Config(stages=(), max_chars=400))
    assert not obj["errors"]
    (doc,) = Pipeline(Config(stages=("nlp",), max_chars=100)).pipe([Document.create("word " * 30)])
    assert "over the limit of 100" in doc.errors[0]


def check_min_population(tmp_path, capsys):
    from newsgraph.gazetteer import places
    from newsgraph.gazetteer.index import Gazetteer
    from newsgraph.stages.places import PlacesStage

    asked = []

    def fake(min_population):
        asked.append(min_population)
        return Gazetteer([], {}, {}, 500)

    with mock.patch.object(places, "get_gazetteer", fake):
        PlacesStage(Config(min_population=5000))
    assert asked == [5000]


def _kb_file(tmp_path) -> str:
    from newsgraph.kb import KBEntry, save_entries
    from newsgraph.kb.model import Role

    entry = KBEntry("user:zorbania", "Zorbanian Liberation Front", "group", roles=(Role("AFG", "REB"),),
                    source="user")
    return str(save_entries([entry], tmp_path / "user-kb.json"))


def check_kb_path(tmp_path, capsys):
    from newsgraph.stages.actors import ActorsStage

    kb = ActorsStage(Config(kb_path=_kb_file(tmp_path))).kb
    assert kb.lookup("Zorbanian Liberation Front", date(2020, 1, 1)).role.country == "AFG"


def check_prefer_imported_kb(tmp_path, capsys):
    from newsgraph.stages.actors import ActorsStage

    path = _kb_file(tmp_path)
    assert ActorsStage(Config(kb_path=path, prefer_imported_kb=True)).kb.prefer_imported
    assert not ActorsStage(Config(kb_path=path)).kb.prefer_imported


def check_event_coder(tmp_path, capsys):
    from newsgraph.stages.events import EventsStage

    assert EventsStage(Config(event_coder="rules"))._detector() is None
    detector = EventsStage(Config(event_coder="both", detector_weights=str(tmp_path / "none.npz")))._detector()
    assert not detector.available


def check_detector_weights(tmp_path, capsys):
    from newsgraph.stages.events import EventsStage

    detector = EventsStage(Config(event_coder="model", detector_weights=str(tmp_path / "w.npz")))._detector()
    assert str(tmp_path / "w.npz") in detector.reason


def check_detector_threshold(tmp_path, capsys):
    from newsgraph.plover import story
    from newsgraph.stages.events import EventsStage

    class Captured(Exception):
        pass

    def fake_coder(doc, **kw):
        raise Captured(kw)

    doc = NewsDoc(Document.create("Police arrested two men.", published=date(2021, 1, 1)))
    doc = Pipeline(Config(stages=("nlp",))).stages[0](doc)
    with mock.patch.object(story, "Coder", fake_coder), pytest.raises(Captured) as got:
        EventsStage(Config(detector_threshold=0.7)).find(doc)
    assert got.value.args[0]["threshold"] == 0.7


def check_debug(tmp_path, capsys):
    for debug in (False, True):
        (doc,) = Stage.pipe(_Boom(Config(debug=debug)), [NewsDoc(_docs(1)[0])])
        assert doc.failed
        assert ("Traceback" in capsys.readouterr().err) is debug


def check_shared_dir(tmp_path, capsys):
    from newsgraph.bench import default_corpus
    from newsgraph.paths import shared_dir

    assert shared_dir(Config(shared_dir=str(tmp_path)).shared_dir) == tmp_path
    assert default_corpus(Config(shared_dir=str(tmp_path))).is_relative_to(tmp_path)


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}


@pytest.mark.parametrize("option", sorted(CHECKS))
def test_each_setting_takes_effect_through_config_alone(option, empty_environment, tmp_path, capsys):
    assert set(os.environ) <= {"PYTEST_CURRENT_TEST"}  # pytest sets its own, nothing else is there
    CHECKS[option](tmp_path, capsys)


def test_every_config_field_has_a_check():
    assert set(CHECKS) == {f.name for f in fields(Config)}


# --- stage options ----------------------------------------------------------------------------


def test_an_unknown_stage_option_names_the_stage_and_its_options():
    with pytest.raises(PipelineError, match=r"unknown option 'min_conf' for stage 'events'; its options are: "
                                            r"historical_days, min_confidence"):
        Pipeline(Config(stages=("nlp",), stage_options={"events": {"min_conf": 0.5}}))


def test_stage_options_are_checked_for_type_and_stage():
    with pytest.raises(PipelineError, match="stage 'events' option min_confidence must be float, not 'high'"):
        Pipeline(Config(stages=("nlp",), stage_options={"events": {"min_confidence": "high"}}))
    with pytest.raises(PipelineError, match="stage_options names unknown stage 'event'; available: .*events"):
        Pipeline(Config(stages=("nlp",), stage_options={"event": {"min_confidence": 0.5}}))
    with pytest.raises(PipelineError, match="stage 'actors' takes no options"):
        Pipeline(Config(stages=("nlp",), stage_options={"actors": {"x": 1}}))
    with pytest.raises(PipelineError, match="stage 'time' options: unknown timex mode 'novel'"):
        Pipeline(Config(stages=("nlp",), stage_options={"time": {"mode": "novel"}}))


def test_a_config_is_a_value_its_callers_cannot_change():
    opts = {"events": {"min_confidence": 0.5}}
    cfg = Config(stage_options=opts, stages=["nlp", "time"])
    opts["events"]["min_confidence"] = 0.1
    assert cfg.stage_options["events"]["min_confidence"] == 0.5
    assert cfg == Config(stage_options={"events": {"min_confidence": 0.5}}, stages=("nlp", "time"))
    assert hash(cfg) == hash(Config(stage_options={"events": {"min_confidence": 0.5}}, stages=("nlp", "time")))


def test_bad_values_are_refused_with_the_choices():
    with pytest.raises(ConfigError, match="min_population 7: use 15000, 5000, 1000 or 500"):
        Config(min_population=7)
    with pytest.raises(ConfigError, match="max_chars must be a positive whole number"):
        Config(max_chars=0)


# --- the edge -----------------------------------------------------------------------------


def test_config_from_env_reads_the_variables_and_flags_win():
    env = {"NEWSGRAPH_MODEL": "en_core_web_sm", "NEWSGRAPH_KB": "kb.json", "NEWSGRAPH_PREFER_KB": "1",
           "NEWSGRAPH_MIN_POPULATION": "5000", "NEWSGRAPH_DEBUG": "1", "NEWSGRAPH_SHARED": "/data/shared"}
    cfg = config_from_env(env)
    assert (cfg.model, cfg.kb_path, cfg.prefer_imported_kb, cfg.min_population, cfg.debug, cfg.shared_dir) == \
        ("en_core_web_sm", "kb.json", True, 5000, True, "/data/shared")
    flagged = config_from_env(env, model="other_model", min_population=None)
    assert flagged.model == "other_model" and flagged.min_population == 5000
    assert config_from_env({}) == Config()
    with pytest.raises(ConfigError, match="NEWSGRAPH_MIN_POPULATION='many' is not a whole number"):
        config_from_env({"NEWSGRAPH_MIN_POPULATION": "many"})
    with pytest.raises(ConfigError, match="NEWSGRAPH_DEBUG='maybe': use 1 or 0"):
        config_from_env({"NEWSGRAPH_DEBUG": "maybe"})


def test_the_cli_hands_its_flags_to_config_and_leaves_the_environment_alone(tmp_path):
    from typer.testing import CliRunner

    from newsgraph import cli

    kb = _kb_file(tmp_path)
    before = dict(os.environ)
    res = CliRunner().invoke(cli.app, ["--kb", kb, "--prefer-imported-kb", "--min-population", "5000", "--debug",
                                       "--model", "en_core_web_sm", "--stage-option", "events.min_confidence=0.5",
                                       "stages", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert dict(os.environ) == before
    cfg = cli.STATE["config"]
    assert (cfg.kb_path, cfg.prefer_imported_kb, cfg.min_population, cfg.debug, cfg.model) == \
        (kb, True, 5000, True, "en_core_web_sm")
    assert cfg.stage_options == {"events": {"min_confidence": 0.5}}


def _environ_users() -> dict[str, set[str]]:
    """Modules that touch os.environ or os.getenv, with the names they use."""
    out: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "putenv", "unsetenv"):
                out.setdefault(path.relative_to(SRC).as_posix(), set()).add(node.attr)
    return out


# Known, to move: the disk cache folder of the town index and of the county points
# (NEWSGRAPH_CACHE) is read in gazetteer/; it belongs in Config (a cache_dir field the
# gazetteer is given) like every other setting.
KNOWN_ENVIRON_USERS = {"gazetteer/towns.py", "gazetteer/counties.py"}


def test_only_the_cli_reads_the_environment():
    assert set(_environ_users()) - KNOWN_ENVIRON_USERS == {"cli.py"}

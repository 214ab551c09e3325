"""The registry: one name, one part; its own errors; third-party parts through entry points."""

from __future__ import annotations

import sys
import textwrap
from datetime import date

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.config import DEFAULT_STAGES, Config
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from newsgraph.registry import DuplicateName, Registry, RegistryError, UnknownName, eval_tasks, stages

PLUGIN = '''
from dataclasses import dataclass

from newsgraph.stages.base import Stage


@dataclass(frozen=True, kw_only=True)
class ShoutOptions:
    times: int = 1


class ShoutStage(Stage):
    """A third-party stage: notes each document's text in capitals."""

    name = "shout"
    requires = ("tokens",)
    sets = ("events",)
    options_class = ShoutOptions

    def find(self, doc):
        doc.warnings.append(doc.text.upper() * self.options.times)
        return []


def broken_task(shared, *, config, limit=None):
    return {}["no such key"]
'''


def install(tmp_path, module: str, entry_points: str, code: str = PLUGIN) -> None:
    """A tiny installed distribution: a module and a dist-info folder naming its entry points."""
    (tmp_path / f"{module}.py").write_text(code)
    info = tmp_path / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))


@pytest.fixture
def plugin_path(tmp_path, monkeypatch):
    """Put tmp_path on sys.path for one test; every registry forgets its entry points before and after."""
    monkeypatch.syspath_prepend(str(tmp_path))
    for reg in (stages, eval_tasks):
        reg.refresh()
    yield tmp_path
    monkeypatch.undo()
    for reg in (stages, eval_tasks):
        reg.refresh()
    for name in [m for m in sys.modules if m.startswith("ng_test_")]:
        del sys.modules[name]


def test_a_second_part_under_one_name_is_refused():
    reg = Registry("widget")
    reg.register("a")(lambda: 1)
    with pytest.raises(DuplicateName, match="widget 'a' is registered twice"):
        reg.register("a")(lambda: 2)


def test_an_unknown_name_is_the_registrys_error_not_a_key_error():
    with pytest.raises(UnknownName, match="unknown stage 'event'; available: actors, claims, events") as exc:
        stages.get("event")
    assert not isinstance(exc.value, KeyError)


def test_a_stage_from_an_entry_point_runs_in_the_pipeline(plugin_path):
    install(plugin_path, "ng_test_shout", """
        [newsgraph.stages]
        shout = ng_test_shout:ShoutStage
    """)
    assert "shout" in stages.names()
    assert "entry point shout = ng_test_shout:ShoutStage of ng_test_shout 0.1" == stages.origin("shout")
    pipeline = Pipeline(Config(stages=("nlp", "shout"), stage_options={"shout": {"times": 2}}))
    (doc,) = pipeline.pipe([Document.create("Talks resumed.", published=date(2021, 1, 1))])
    assert doc.done == ["nlp", "shout"]
    assert doc.warnings[-1] == "TALKS RESUMED.TALKS RESUMED."


def test_newsgraph_stages_shows_a_plugin_stage(plugin_path):
    install(plugin_path, "ng_test_shout2", """
        [newsgraph.stages]
        shout = ng_test_shout2:ShoutStage
    """)
    res = CliRunner().invoke(app, ["--stages", ",".join((*DEFAULT_STAGES, "shout")), "stages", "--format", "json"])
    assert res.exit_code == 0, res.output
    import json

    rows = {r["name"]: r for r in json.loads(res.stdout)}
    assert rows["shout"] == {"name": "shout", "in_pipeline": True, "requires": ["tokens"], "sets": ["events"],
                             "options": {"times": 1},
                             "from": "entry point shout = ng_test_shout2:ShoutStage of ng_test_shout2 0.1"}
    assert rows["events"]["requires"] == ["tokens", "timexes", "actors", "places", "quotes"]
    assert rows["events"]["options"] == {"historical_days": 30, "min_confidence": 0.3, "actorless_assaults": False}


def test_a_plugin_may_not_take_a_built_in_name(plugin_path):
    install(plugin_path, "ng_test_clash", """
        [newsgraph.stages]
        nlp = ng_test_clash:ShoutStage
    """)
    with pytest.raises(DuplicateName, match="stage 'nlp' is registered twice: by newsgraph.stages.nlp.NlpStage "
                                            "and by entry point nlp = ng_test_clash:ShoutStage of ng_test_clash"):
        stages.names()


def test_a_plugin_that_does_not_load_is_named(plugin_path):
    install(plugin_path, "ng_test_broken", """
        [newsgraph.stages]
        ghost = ng_test_missing_module:GhostStage
    """)
    assert "ghost" in stages  # listed without importing it: the other stages still work
    with pytest.raises(RegistryError, match="stage 'ghost' from entry point ghost = ng_test_missing_module:GhostStage"
                                            " of ng_test_broken 0.1 does not load: ModuleNotFoundError"):
        stages.get("ghost")


def test_the_cli_reads_a_key_error_as_a_bug_not_a_usage_error(plugin_path):
    install(plugin_path, "ng_test_eval", """
        [newsgraph.eval_tasks]
        broken = ng_test_eval:broken_task
    """)
    res = CliRunner().invoke(app, ["eval", "broken", "--shared", str(plugin_path)])
    assert res.exit_code == 1
    assert "KeyError: 'no such key' (run with --debug for the traceback)" in res.output
    res = CliRunner().invoke(app, ["eval", "nonsense"])
    assert res.exit_code == 2 and "unknown eval task 'nonsense'; available:" in res.output


def test_a_failed_document_loses_what_every_registered_stage_sets(plugin_path):
    from newsgraph.model import Actor, NewsDoc, Timex
    from newsgraph.stages.base import Stage

    install(plugin_path, "ng_test_tags", """
        [newsgraph.stages]
        tagger = ng_test_tags:Tagger
    """, code=PLUGIN + '''

class Tagger(Stage):
    name = "tagger"
    sets = ("tags",)
''')

    class Boom(Stage):
        name = "boom"

        def find(self, doc):
            raise ValueError("cannot code this")

    doc = NewsDoc(Document.create("Talks resumed on Monday.", published=date(2021, 1, 1)))
    doc.actors = [Actor("a1", "Talks", "group")]
    doc.timexes = [Timex(16, 22, "Monday", "DATE", "2020-12-28", None, "day")]
    doc.setting = "FRA"
    doc.tags = ["plugin output"]
    (out,) = Boom(Config()).pipe([doc])
    assert out.failed and "stage boom failed: ValueError: cannot code this" in out.errors[0]
    assert (out.actors, out.timexes, out.setting) == ([], [], None)  # the actors and time stages' outputs
    assert not hasattr(out, "tags")  # a plugin stage's output, known from its sets

"""The extract contract: every document object, good or failed, validates against the schema."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import shared_path
from newsgraph.model import Document
from newsgraph.output import error_object, to_contract


@pytest.fixture(scope="module")
def schema():
    return json.loads(shared_path("contract", "extract.schema.json").read_text())


def test_annotated_document_validates(schema, pipeline):
    import jsonschema

    text = ("Turkish drones struck Kurdish militia positions in northern Syria on Saturday, the defence "
            "ministry in Ankara said. \"We will continue,\" Defence Minister Hulusi Akar told reporters.")
    doc = pipeline(Document.create(text, published=date(2020, 2, 3)))
    jsonschema.validate(to_contract(doc), schema)


def test_failed_document_has_errors_and_empty_lists(schema):
    import jsonschema

    obj = error_object("err_1234", "notes.bin: binary file (NUL bytes); not text")
    jsonschema.validate(obj, schema)
    assert obj["errors"] and not any(obj[k] for k in ("actors", "places", "times", "events", "quotes", "claims"))

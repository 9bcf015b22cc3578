"""Tags and emotion inside the pipeline: the report they fill validates against the JSON schema."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema

from ficsense.analyses import characters, emotion, speakers, tags
from ficsense.pipeline import analyze
from ficsense.report.json import render_json

SCHEMA = json.loads(files("ficsense.report").joinpath("schema.json").read_text(encoding="utf-8"))
STORY = (
    "Tom was walking home along Fenwick Street when a man stepped out of the alley.\n\n"
    '"Give me your wallet," the man said. Tom hesitated, and the man punched him in the face. '
    "Blood ran from his nose onto his shirt.\n\n"
    "Ellie found him on the kerb. She took his hand and didn't let go, and Tom was grateful and calm again."
)


def test_tags_and_emotion_fill_a_schema_valid_report_deterministically() -> None:
    registry = (characters.ANALYSIS, speakers.ANALYSIS, emotion.ANALYSIS, tags.ANALYSIS)
    first = render_json(analyze(STORY, registry=registry))
    data = json.loads(first)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["analyses"]["tags"]["ran"] and data["analyses"]["emotion"]["ran"]
    assert any(tag["tag"] == "Violence" and tag["webis"] == "violence" for tag in data["tags"]["additional"])
    assert data["emotion"]["arc"]
    assert first == render_json(analyze(STORY, registry=registry))

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from ficsense.analyses import Analysis
from ficsense.pipeline import analyze
from ficsense.report.json import render_json
from ficsense.report.model import Evidence, Finding, Tag, Tags
from tests.conftest import SAMPLES

SCHEMA = json.loads(files("ficsense.report").joinpath("schema.json").read_text(encoding="utf-8"))
STORY = "Chapter 1: Frost\n\n“It's late.” Ana told him. Her breathe fogged.\n\n* * *\n\nMorning came.\n"


def _validate(data: dict) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


def test_schema_accepts_report_of_plain_story():
    _validate(json.loads(render_json(analyze(STORY))))


def test_schema_accepts_filled_sections_and_offsets_index_the_text():
    start = STORY.index("breathe")

    def proofread(doc, requirements, settings):
        return (
            Finding("spelling.breath_breathe", "spelling", start, start + 7, "breathe", "noun wanted", ("breath",)),
        )

    def tag(doc, requirements, settings):
        evidence = (Evidence(start, start + 7, "example"),)
        return Tags(rating=Tag("General Audiences", 0.9, evidence), additional=(Tag("Fluff", 0.5, evidence, "x"),))

    registry = [Analysis("proofreading", "1", "findings", proofread), Analysis("tags", "1", "tags", tag)]
    data = json.loads(render_json(analyze(STORY, registry=registry)))
    _validate(data)
    finding = data["findings"][0]
    assert STORY[finding["start"] : finding["end"]] == finding["text"] == "breathe"


def test_schema_rejects_a_finding_without_a_dotted_rule_id():
    data = json.loads(render_json(analyze(STORY)))
    data["findings"] = [
        {
            "rule": "typo",
            "category": "spelling",
            "start": 0,
            "end": 1,
            "text": "C",
            "message": "m",
            "suggestions": [],
            "confidence": 1.0,
        }
    ]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(data)


@pytest.mark.parametrize("name", ["first_frost.txt", "lanterns_ao3.html", "tide_and_ember.epub"])
def test_schema_accepts_each_bundled_sample_and_runs_are_identical(name):
    path = SAMPLES / name
    if not path.exists():
        pytest.fail(f"bundled sample {name} is missing")
    first = render_json(analyze(path))
    assert first == render_json(analyze(path))
    data = json.loads(first)
    _validate(data)
    assert data["stats"]["words"] > 100


def test_schema_quotes_and_pov_carry_evidence_that_indexes_the_text():
    story = (
        "Mara Quill waited at the pier. Mara felt the cold in her fingers and wondered where the boat was.\n\n"
        "Tobias Lark came down the steps with a lantern.\n\n"
        "“You're late,” Mara said.\n\n"
        "“The tide was wrong,” Tobias said.\n\n"
        "“It always is.”\n"
    )
    data = json.loads(render_json(analyze(story)))
    _validate(data)
    assert data["quotes"] and all(quote["evidence"] for quote in data["quotes"] if quote["speaker"])
    items = [item for quote in data["quotes"] for item in quote["evidence"]]
    items += [item for span in data["narration"]["pov"] for item in span["evidence"]]
    assert data["narration"]["pov"][0]["evidence"]
    for item in items:
        assert 0 <= item["start"] < item["end"] <= len(story) and item["why"]

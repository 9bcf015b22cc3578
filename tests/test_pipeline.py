from __future__ import annotations

import json

import pytest

import ficsense
from ficsense.analyses import Analysis
from ficsense.pipeline import analyze
from ficsense.report.json import render_json
from ficsense.report.model import Finding

STORY = "“Wait,” Ana said. Her breath caught.\n\nHe didn't answer.\n"


def _finding_for(word: str):
    def run(doc, requirements, settings):
        start = doc.text.index(word)
        return (Finding("spelling.example", "spelling", start, start + len(word), word, "an example"),)

    return run


def test_analyze_accepts_text_bytes_path_and_document(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    reports = [
        analyze(STORY),
        analyze(STORY.encode("utf-8")),
        analyze(path),
        analyze(str(path)),
        analyze(ficsense.load(STORY)),
    ]
    assert {report.stats.words for report in reports} == {9}
    assert reports[2].document.source.path == str(path)


def test_analyze_reports_missing_analyses_as_not_run_and_empty():
    data = analyze(STORY, registry=()).to_dict()
    assert data["findings"] == [] and data["characters"] == [] and data["quotes"] == []
    assert data["tags"]["rating"] is None and data["narration"]["person"] is None
    assert all(run["ran"] is False for run in data["analyses"].values())
    assert set(data["analyses"]) >= {"proofreading", "characters", "quotes", "narration", "emotion", "tags"}


def test_analyze_runs_requirements_first_and_passes_results_and_settings():
    calls: list[str] = []

    def base(doc, requirements, settings):
        calls.append("characters")
        return ()

    def dependent(doc, requirements, settings):
        calls.append("quotes")
        assert requirements == {"characters": ()}
        assert settings == {"strict": True}
        return ()

    registry = [
        Analysis("quotes", "1", "quotes", dependent, requires=("characters",)),
        Analysis("characters", "2", "characters", base),
    ]
    report = analyze(STORY, only=["quotes"], registry=registry, settings={"quotes": {"strict": True}})
    assert calls == ["characters", "quotes"]
    assert report.analyses["quotes"].ran and report.analyses["characters"].version == "2"


def test_analyze_only_skips_other_registered_analyses():
    registry = [Analysis("proofreading", "1", "findings", _finding_for("breath"))]
    report = analyze(STORY, only=["characters"], registry=registry)
    assert report.findings == ()
    assert report.analyses["proofreading"].ran is False
    assert report.analyses["proofreading"].version == "1"


def test_analyze_runs_every_registered_analysis_by_default():
    report = analyze(STORY)
    assert all(run.ran and run.version for run in report.analyses.values())
    assert [quote.start for quote in report.quotes] == [quote.span.start for quote in report.document.quotes]


def test_analyze_only_runs_the_requirements_of_what_was_asked():
    report = analyze(STORY, only=["quotes"])
    ran = {name for name, run in report.analyses.items() if run.ran}
    assert ran == {"characters", "quotes"}
    assert report.findings == () and report.tags.rating is None


def test_analyze_rejects_unknown_analysis_names():
    with pytest.raises(ValueError, match="unknown analysis"):
        analyze(STORY, only=["telepathy"])


def test_analyze_fills_the_section_of_each_analysis():
    registry = [Analysis("proofreading", "1", "findings", _finding_for("breath"))]
    report = analyze(STORY, registry=registry)
    (finding,) = report.to_dict()["findings"]
    assert STORY[finding["start"] : finding["end"]] == "breath"


def test_analyze_json_is_byte_identical_and_has_no_timings_by_default():
    registry = [Analysis("proofreading", "1", "findings", _finding_for("breath"))]
    first = render_json(analyze(STORY, registry=registry))
    second = render_json(analyze(STORY, registry=registry))
    assert first == second
    assert json.loads(first)["analyses"]["proofreading"]["seconds"] is None
    timed = analyze(STORY, registry=registry, timings=True).to_dict()
    assert timed["analyses"]["proofreading"]["seconds"] >= 0


def test_analyze_says_which_requirement_is_not_registered():
    registry = [Analysis("quotes", "1", "quotes", lambda doc, requirements, settings: (), requires=("characters",))]
    with pytest.raises(ValueError, match="requires characters, which is not registered"):
        analyze(STORY, registry=registry)

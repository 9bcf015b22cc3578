from __future__ import annotations

import json
import zipfile

import pytest

from ficsense.errors import InputError
from ficsense.loaders.corpus import CorpusProblem, WorkLocator, iter_corpus, load_work


def test_iter_corpus_walks_folders_in_order_and_skips_hidden_and_non_story_files(tmp_path):
    root = tmp_path / "fics"
    (root / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b" / "two.md").write_text("# Two\n\nShe left.\n")
    (root / "one.txt").write_text("He stayed.\n")
    (root / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    (root / ".ficsense-words").write_text("Aiden\n")
    (root / ".git" / "notes.txt").write_text("not a story\n")
    items = list(iter_corpus([root]))
    assert [item.id for item in items] == ["fics/b/two.md", "fics/one.txt"]
    assert load_work(items[0]).source.format == "md"


def test_iter_corpus_reports_missing_inputs_and_broken_archives_instead_of_raising(tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    items = list(iter_corpus([tmp_path / "nowhere", broken]))
    assert all(isinstance(item, CorpusProblem) for item in items)
    assert "no such file" in items[0].error and "broken zip" in items[1].error


def test_iter_corpus_reads_zip_members_and_jsonl_records_with_their_ids(tmp_path):
    archive = tmp_path / "set.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("a/story.txt", "“Hi,” she said.\n")
        handle.writestr("a/readme.pdf", "%PDF-")
    records = tmp_path / "works.jsonl"
    records.write_text(json.dumps({"id": 7, "text": "One."}) + "\n\n" + json.dumps({"text": "Two."}) + "\n")
    items = list(iter_corpus([archive, records]))
    assert [item.id for item in items] == ["set.zip!a/story.txt", "7", "works.jsonl:3"]
    assert [load_work(item).text for item in items] == ["“Hi,” she said.\n", "One.", "Two."]


def test_load_work_gives_input_errors_for_bad_records(tmp_path):
    records = tmp_path / "works.jsonl"
    records.write_text(json.dumps({"id": "x", "body": "no text key"}) + "\n")
    (item,) = iter_corpus([records])
    assert isinstance(item, WorkLocator)
    with pytest.raises(InputError, match='no "text"'):
        load_work(item)

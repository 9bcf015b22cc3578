"""The UD word-class table: its format, its answers, and a reproducible build."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ficsense.checks.word_classes import WordClasses, parse, word_classes

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src/ficsense/checks/data/word_classes.tsv"


def test_word_classes_parse_reads_tags_and_skips_comments() -> None:
    table = parse(["# a note", "hide\t@VERB:2 VBP:1", "rest\tNN:5 VB:2"])
    assert table == {"hide": {"@VERB": 2, "VBP": 1}, "rest": {"NN": 5, "VB": 2}}


def test_word_classes_answers_base_verb_and_adjective() -> None:
    classes = WordClasses(parse(["hide\t@VERB:2 VBP:1", "food\tNN:9", "proper\tJJ:5", "kill\t@VERB:14 VB:1"]))
    assert classes.is_base_verb("hide") and classes.is_base_verb("kill")
    assert not classes.is_base_verb("food")
    assert classes.is_adjective("proper") and not classes.is_adjective("food")
    assert classes.count("hide", ("VB", "VBP")) == 1 and classes.total("hide") == 1


def test_word_classes_shipped_table_knows_common_words() -> None:
    classes = word_classes()
    assert classes.is_base_verb("tell") and classes.is_base_verb("look", share=0.7)
    assert not classes.is_base_verb("water")
    assert classes.is_adjective("happy")
    assert word_classes() is classes


def test_word_classes_table_is_small_sorted_and_attributed() -> None:
    text = DATA.read_text(encoding="utf-8")
    assert len(text.encode()) < 300_000
    header = "".join(line for line in text.splitlines() if line.startswith("#"))
    assert "CC BY-SA 4.0" in header and "GUM" in header
    words = [line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and len(words) > 5000


@pytest.mark.skipif(not Path("/work/shared/data/ud/UD_English-EWT").is_dir(), reason="UD treebanks not here")
def test_word_classes_build_is_reproducible(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_word_classes", ROOT / "scripts/build_word_classes.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rebuilt = build.render(build.count_classes(build.sentences_rows(build.UD)))
    assert rebuilt == DATA.read_text(encoding="utf-8")

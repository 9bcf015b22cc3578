from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficsense.analyses import Analysis
from ficsense.interfaces.cli import main
from ficsense.report.model import Finding

STORY = "“It's late,” Ana said. Her breath fogged in the cold.\n\nHe nodded and the the door shut.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _story(tmp_path: Path, name: str = "story.txt", text: str = STORY) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _assert_bad_input(result, *, output: Path | None = None) -> None:
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ficsense: error: ")
    assert "Traceback" not in result.stderr
    if output is not None:
        assert not output.exists()
        assert not [p for p in output.parent.iterdir() if p.name.startswith(f".{output.name}.")]


@pytest.fixture(scope="session")
def inflating_epub(tmp_path_factory) -> Path:
    """An EPUB whose chapter inflates to 1 GB of zeros from about 1 MB on disk."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
            "</container>",
        )
        archive.writestr(
            "content.opf",
            '<package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata/><manifest>'
            '<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>'
            '<spine><itemref idref="c1"/></spine></package>',
        )
        chunk = b"\0" * (1 << 24)
        info = zipfile.ZipInfo("c1.xhtml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(64):
                member.write(chunk)
    return path


def test_analyze_prints_a_text_report(tmp_path):
    result = _run("analyze", str(_story(tmp_path)))
    assert result.exit_code == 0
    assert "words" in result.output and "17" in result.output


def test_analyze_json_is_one_sorted_object_and_byte_identical(tmp_path):
    path = str(_story(tmp_path))
    first, second = _run("analyze", path, "--format", "json"), _run("analyze", path, "--format", "json")
    assert first.exit_code == 0 and first.output == second.output
    data = json.loads(first.output)
    assert list(data) == sorted(data)
    assert data["source"]["path"] == path and data["stats"]["words"] == 17


def test_analyze_writes_one_file_per_input_to_a_folder(tmp_path):
    one, two = _story(tmp_path, "one.txt"), _story(tmp_path, "two.md", "# Tea\n\nShe poured.\n")
    out = tmp_path / "out"
    result = _run("analyze", str(one), str(two), "--format", "json", "-o", str(out))
    assert result.exit_code == 0
    assert json.loads((out / "two.json").read_text())["source"]["format"] == "md"
    assert json.loads((out / "one.json").read_text())["stats"]["words"] == 17


def test_analyze_several_files_to_stdout_gives_json_lines_and_one_bad_file_does_not_stop_the_rest(tmp_path):
    good = _story(tmp_path)
    result = _run("analyze", str(good), str(tmp_path / "missing.txt"), str(good), "--format", "json")
    assert result.exit_code == 2
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["stats"]["words"] == 17 for line in lines)
    assert result.stderr.strip() == f"ficsense: error: {tmp_path / 'missing.txt'}: no such file"


def test_bad_input_empty_file(tmp_path):
    path = _story(tmp_path, "empty.txt", "")
    _assert_bad_input(_run("analyze", str(path)))


def test_bad_input_png_renamed_txt(tmp_path):
    path = tmp_path / "cover.txt"
    path.write_bytes(PNG)
    result = _run("analyze", str(path), "-o", str(tmp_path / "out.json"))
    _assert_bad_input(result, output=tmp_path / "out.json")
    assert "PNG image" in result.stderr


def test_bad_input_undecodable_bytes(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0, 32)) * 64 + b"\x81\x8d\x8f\x90\x9d" * 50)
    _assert_bad_input(_run("analyze", str(path)))


def test_bad_input_fifty_megabyte_text(tmp_path):
    path = tmp_path / "huge.txt"
    paragraph = ("She walked along the shore and thought about nothing at all. " * 20 + "\n\n").encode()
    with path.open("wb") as handle:
        for _ in range(50 * 2**20 // len(paragraph) + 1):
            handle.write(paragraph)
    result = _run("analyze", str(path), "-o", str(tmp_path / "huge.json"))
    _assert_bad_input(result, output=tmp_path / "huge.json")
    assert "too large" in result.stderr


def test_bad_input_truncated_epub(tmp_path):
    whole = tmp_path / "whole.epub"
    with zipfile.ZipFile(whole, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", "<container/>" * 200)
        archive.writestr("chapter.xhtml", "<p>She ran.</p>" * 500)
    truncated = tmp_path / "truncated.epub"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = _run("analyze", str(truncated))
    _assert_bad_input(result)
    assert "EPUB" in result.stderr


def test_bad_input_epub_member_inflating_to_a_gigabyte(inflating_epub, tmp_path):
    assert inflating_epub.stat().st_size < 5 * 2**20
    result = _run("analyze", str(inflating_epub), "-o", str(tmp_path / "bomb.json"))
    _assert_bad_input(result, output=tmp_path / "bomb.json")
    assert "inflates past" in result.stderr


def test_bad_input_directory(tmp_path):
    result = _run("analyze", str(tmp_path))
    _assert_bad_input(result)
    assert "is a directory" in result.stderr


def test_bad_input_missing_path(tmp_path):
    result = _run("check", str(tmp_path / "nope.txt"))
    _assert_bad_input(result)
    assert "no such file" in result.stderr


def test_bad_input_as_a_real_process_prints_no_traceback(tmp_path):
    path = tmp_path / "cover.txt"
    path.write_bytes(PNG)
    completed = subprocess.run(
        [sys.executable, "-m", "ficsense.interfaces.cli", "analyze", str(path)], capture_output=True, text=True
    )
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1 and "Traceback" not in completed.stderr
    assert completed.stdout == ""


def test_check_prints_editor_lines_and_fail_on_sets_exit_code(tmp_path, monkeypatch):
    def doubled(doc, requirements, settings):
        start = doc.text.index("the the")
        return (Finding("grammar.doubled_word", "grammar", start, start + 7, "the the", "doubled word", ("the",)),)

    monkeypatch.setattr("ficsense.pipeline.REGISTRY", (Analysis("proofreading", "1", "findings", doubled),))
    path = str(_story(tmp_path))
    result = _run("check", path)
    assert result.exit_code == 0
    assert result.output == f"{path}:3:15: grammar.doubled_word: doubled word (the)\n"
    assert _run("check", path, "--fail-on", "grammar").exit_code == 1
    assert _run("check", path, "--fail-on", "spelling").exit_code == 0
    assert _run("check", path, "--fail-on", "any").exit_code == 1
    assert _run("check", path, "--fail-on", "vibes").exit_code == 2


def test_tags_shows_the_author_tags_of_an_ao3_download(tmp_path):
    html = (
        '<html><body><div id="preface"><div class="meta"><dl class="tags">'
        "<dt>Rating:</dt><dd><a>General Audiences</a></dd><dt>Fandom:</dt><dd><a>Original Work</a></dd></dl>"
        '<h1>Frost</h1><div class="byline">by <a rel="author">quill</a></div></div></div>'
        '<div id="chapters" class="userstuff"><h2 class="toc-heading">Frost</h2>'
        '<div class="userstuff"><p>She walked home.</p></div></div></body></html>'
    )
    path = _story(tmp_path, "work.html", html)
    result = _run("tags", str(path))
    assert result.exit_code == 0
    assert "# Frost" in result.output
    assert "you tagged: General Audiences" in result.output and "you tagged: Original Work" in result.output


def test_report_writes_a_self_contained_html_file_with_escaped_text(tmp_path):
    path = _story(tmp_path, text="<script>alert(1)</script> She laughed.\n")
    out = tmp_path / "report.html"
    result = _run("report", str(path), "-o", str(out))
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page and "https://" not in page


@pytest.mark.parametrize("command", ["analyze", "check", "tags", "report", "serve", "batch", "query"])
def test_every_command_has_help_with_an_example(command):
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and f"ficsense {command}" in result.output


def test_top_level_help_lists_commands_and_examples():
    result = _run("--help")
    assert result.exit_code == 0
    for command in ("analyze", "check", "tags", "report"):
        assert command in result.output


def _recording_proofreader(monkeypatch, seen: list[dict]):
    def flag_breathe(doc, requirements, settings):
        seen.append(dict(settings))
        if "breathe" in settings.get("user_words", []):
            return ()
        start = doc.text.find("breathe")
        if start < 0:
            return ()
        return (
            Finding("spelling.breath_breathe", "spelling", start, start + 7, "breathe", "noun wanted", ("breath",)),
        )

    monkeypatch.setattr("ficsense.pipeline.REGISTRY", (Analysis("proofreading", "1", "findings", flag_breathe),))


def test_check_passes_only_ignore_style_and_word_lists_to_the_proofreader(tmp_path, monkeypatch):
    seen: list[dict] = []
    _recording_proofreader(monkeypatch, seen)
    story = _story(tmp_path, text="She caught her breathe.\n")
    (tmp_path / ".ficsense-words").write_text("# the fandom's words\nKaelthas\n")
    words = tmp_path / "mine.txt"
    words.write_text("Vhenan\n")
    result = _run(
        "check",
        str(story),
        "--only",
        "grammar,spelling",
        "--ignore",
        "grammar.doubled_word",
        "--style",
        "--words",
        str(words),
    )
    assert result.exit_code == 0
    assert seen[-1] == {
        "select": ["grammar", "spelling"],
        "ignore": ["grammar.doubled_word"],
        "style": True,
        "user_words": ["Kaelthas", "Vhenan"],
    }
    assert ": spelling.breath_breathe: noun wanted (breath)" in result.output


def test_check_never_flags_a_word_from_the_story_word_list(tmp_path, monkeypatch):
    _recording_proofreader(monkeypatch, [])
    story = _story(tmp_path, text="She caught her breathe.\n")
    (tmp_path / ".ficsense-words").write_text("breathe\n")
    result = _run("check", str(story))
    assert result.exit_code == 0 and result.output == ""


def test_check_fix_writes_a_corrected_copy_and_never_touches_the_original(tmp_path, monkeypatch):
    _recording_proofreader(monkeypatch, [])
    story = _story(tmp_path, text="She caught her breathe.\n")
    fixed = tmp_path / "fixed.txt"
    result = _run("check", str(story), "--fix", "-o", str(fixed))
    assert result.exit_code == 0
    assert fixed.read_text(encoding="utf-8") == "She caught her breath.\n"
    assert story.read_text(encoding="utf-8") == "She caught her breathe.\n"
    refused = _run("check", str(story), "--fix", "-o", str(story))
    assert refused.exit_code == 2 and "will not overwrite" in refused.output
    assert _run("check", str(story), "--fix").exit_code == 2
    assert story.read_text(encoding="utf-8") == "She caught her breathe.\n"


def test_check_rejects_rule_patterns_that_match_no_rule(tmp_path):
    result = _run("check", str(_story(tmp_path)), "--ignore", "grammar.telepathy")
    assert result.exit_code == 2 and "grammar.telepathy matches no rule" in result.output


def test_check_finds_the_deliberate_slips_in_the_bundled_sample(tmp_path):
    sample = str(Path(__file__).resolve().parents[2] / "samples" / "first_frost.txt")
    result = _run("check", sample)
    assert result.exit_code == 0
    for rule in (
        "grammar.breath_breathe",
        "grammar.its_its",
        "grammar.your_youre",
        "grammar.doubled_word",
        "grammar.to_too",
        "grammar.missing_possessive",
        "grammar.could_of",
        "punctuation.dialogue_tag_full_stop",
    ):
        assert f": {rule}: " in result.output


def test_check_with_an_unreadable_word_list_is_a_usage_error(tmp_path):
    result = _run("check", str(_story(tmp_path)), "--words", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "no such word list" in result.output

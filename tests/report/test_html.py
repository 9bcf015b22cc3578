"""The HTML report: every section drawn from real content, everything escaped, nothing fetched, same bytes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficsense.analyses import Analysis
from ficsense.document import Document
from ficsense.loaders import load
from ficsense.pipeline import analyze
from ficsense.report.excerpt import where
from ficsense.report.html import _Marks, assets, render_html
from ficsense.report.model import (
    CATEGORIES,
    ArcPoint,
    Character,
    Emotion,
    Evidence,
    Finding,
    HeadHop,
    Narration,
    PovSpan,
    QuoteAttribution,
    Report,
    Tag,
    Tags,
)
from tests.conftest import REPO, SAMPLES

STORY = (
    "Chapter 1: Frost\n\n"
    "Marcus found Ana on the wall. He caught his breathe before he spoke.\n\n"
    "“You shouldn’t be up here,” Marcus said.\n\n"
    "“Someone has to watch the pass,” Ana said. She was afraid, and Marcus knew it.\n\n"
    "* * *\n\n"
    "By midnight the beacon was still dark. Ana drank her cider.\n\n"
    "“Go to bed,” she told him. Marcus felt the cold in his bones.\n"
)
EMOTIONS = ("joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation")


def _first(doc: Document, needle: str) -> tuple[int, int]:
    start = doc.text.index(needle)
    return start, start + len(needle)


def _proofreading(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[Finding, ...]:
    findings = []
    for match in re.finditer(r"\bbreathe\b", doc.text):
        findings.append(
            Finding(
                "spelling.breath_breathe",
                "spelling",
                match.start(),
                match.end(),
                "breathe",
                "“breathe” is the verb; the noun is “breath”.",
                ("breath",),
                0.9,
            )
        )
    every = int(settings.get("every", 0))
    if every:  # bulk findings, to size a long report
        for index, token in enumerate(doc.words()):
            if index % every == 0:
                findings.append(
                    Finding("style.filler", "style", token.start, token.end, doc.slice(token), "a filler word", ("",))
                )
    return tuple(sorted(findings, key=lambda finding: (finding.start, finding.rule)))


def _characters(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[Character, ...]:
    out = []
    for name, gender in (("Marcus", "male"), ("Ana", "female")):
        if name in doc.text:
            start, end = _first(doc, name)
            out.append(
                Character(name, (), doc.text.count(name), gender, "main", (Evidence(start, end, "first named here"),))
            )
    return tuple(out)


def _quotes(
    doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]
) -> tuple[QuoteAttribution, ...]:
    speakers = ("Marcus", "Ana")
    return tuple(
        QuoteAttribution(quote.span.start, quote.span.end, speakers[index % 2], speakers[(index + 1) % 2], 0.8)
        for index, quote in enumerate(doc.quotes)
    )


def _narration(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> Narration:
    pov = tuple(
        PovSpan(scene.span.start, scene.span.end, ("Marcus", "Ana")[index % 2], 0.75)
        for index, scene in enumerate(doc.scenes)
    )
    hops = ()
    if "Marcus knew it" in doc.text:
        start, end = _first(doc, "Marcus knew it")
        hops = (HeadHop(start, end, "Ana", "Marcus", (Evidence(start, end, "Marcus's knowledge in Ana's scene"),)),)
    return Narration("third", "past", pov, hops)


def _emotion(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> Emotion:
    count = len(doc.paragraphs)
    arc = tuple(
        ArcPoint(
            index / max(count - 1, 1),
            round(((index * 7) % 11 - 5) / 5, 4),
            {name: round(((index + rank) % 5) / 5, 4) for rank, name in enumerate(EMOTIONS)},
        )
        for index in range(count)
    )
    return Emotion(arc, "man in a hole", ("fear", "trust"), {"Ana": {"fear": 0.7, "trust": 0.4}})


def _tags(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> Tags:
    evidence = (Evidence(*_first(doc, "afraid"), "fear without violence"),) if "afraid" in doc.text else ()
    return Tags(
        rating=Tag("Teen And Up Audiences", 0.8, evidence),
        archive_warnings=(Tag("No Archive Warnings Apply", 0.9, ()),),
        categories=(Tag("M/M", 0.6, ()),),
        characters=(Tag("Marcus", 0.9, ()), Tag("Ana", 0.9, ())),
        additional=(Tag("Hurt/Comfort", 0.55, evidence, "hurt-comfort"),),
    )


def fake_registry() -> list[Analysis]:
    """Stand-ins for every analysis, so that every section of the report has content."""
    return [
        Analysis("proofreading", "test-1", "findings", _proofreading),
        Analysis("characters", "test-1", "characters", _characters),
        Analysis("quotes", "test-1", "quotes", _quotes),
        Analysis("narration", "test-1", "narration", _narration),
        Analysis("emotion", "test-1", "emotion", _emotion),
        Analysis("tags", "test-1", "tags", _tags),
    ]


def _full_report(source: str | Document = STORY) -> Report:
    return analyze(source, registry=fake_registry())


class _Page(HTMLParser):
    """Collects element ids, attributes with URLs, scripts and the text outside scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(str(attributes["href"]))
        for name in ("src", "href", "action", "data", "xlink:href", "poster", "srcset"):
            if attributes.get(name):
                self.urls.append(str(attributes[name]))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def test_render_html_shows_every_section_with_content():
    report = _full_report()
    page = render_html(report)
    assert "not analysed" not in page
    # summary card
    assert "Teen And Up Audiences (80%)" in page
    assert "No Archive Warnings Apply" in page
    assert "third, past" in page
    # finding highlighted by category, with its message and suggestion in the details the script shows
    mark = r'<mark class="f f-spelling" id="f-0" data-ev="f-0" data-f="0" tabindex="0" role="button" title="[^"]+">'
    assert re.search(mark + "breathe</mark>", page)
    assert '<li id="fd-0" class="finding-detail f-spelling">' in page
    assert "Suggestion: <q>breath</q>" in page
    # dialogue coloured by speaker, the speaker who speaks most first
    assert '<span class="q sp0" title="Marcus → Ana">“You shouldn’t be up here,”</span>' in page
    assert '<span class="q sp1" title="Ana → Marcus">“Someone has to watch the pass,”</span>' in page
    # scenes with their POV, the head hop flagged and linked
    assert "Scene 1 · POV: Marcus (75%)" in page
    assert "Scene 2 · POV: Ana (75%)" in page
    assert 'href="#hop-0">⚠ head hop, chapter' not in page  # one chapter: locations say only the line
    assert '<a class="hop-flag" href="#hop-0">⚠ head hop, line 7: Ana → Marcus</a>' in page
    assert '<span class="hop" id="hop-0" data-ev="hop-0" title="head hop: Ana → Marcus">' in page
    # emotion plot, character table and network picture, stats
    assert '<figure class="plot" id="arc-plot">' in page
    assert "<tr><td>0%</td><td>-1.000</td><td>0.00</td><td>0.20</td><td>0.40</td>" in page  # the arc as numbers
    assert "2 spelling" not in page and "1 spelling" in page
    assert "man in a hole" in page
    assert '<figure class="plot" id="network-plot">' in page
    assert "Lines join characters who speak to each other" in page
    assert '<th scope="row"><span class="q sp1">Ana</span></th>' in page
    assert "fear 0.70, trust 0.40" in page
    assert '<tr><th scope="row">Words</th><td>' in page
    assert '<tr><th scope="row">tags</th><td>yes</td><td>test-1</td>' in page


def test_render_html_links_every_piece_of_evidence_to_the_text():
    page = render_html(_full_report())
    parsed = _parse(page)
    internal = [href for href in parsed.hrefs if href.startswith("#")]
    assert internal
    assert all(href[1:] in parsed.ids for href in internal), [h for h in internal if h[1:] not in parsed.ids]
    start = STORY.index("afraid")
    # the rating's evidence: a link in the tag table to a span wrapped around the passage
    assert f'<a href="#ev-{start}-{start + 6}">line 7</a>: “afraid” <span class="why">(fear without violence)' in page
    assert f'<span class="ev" id="ev-{start}-{start + 6}" data-ev="ev-{start}-{start + 6}">afraid</span>' in page


def test_render_html_says_not_analysed_for_each_section_that_did_not_run():
    page = render_html(analyze(STORY, registry=[]))
    for what in (
        "ficsense&#39;s own tags: not analysed",
        "Proofreading: not analysed",
        "Narration and point of view: not analysed",
        "The emotional arc: not analysed",
        "Characters: not analysed",
        "Speakers: not analysed",
        "The interaction network needs characters and speakers: not analysed",
    ):
        assert what in page
    assert '<dd id="rating">not analysed</dd>' in page
    # the story text is all there even so, dialogue in one colour
    assert '<span class="q">“You shouldn’t be up here,”</span> Marcus said.' in page


def test_render_html_keeps_findings_that_overlap_dialogue_and_evidence_nested():
    text = "“I was afraid of the the dark,” Ana said.\n"
    start = text.index("the the")

    def proofread(doc, requirements, settings):
        return (Finding("style.doubled", "style", start, start + 7, "the the", "doubled word", ("the",)),)

    registry = [Analysis("proofreading", "1", "findings", proofread), *fake_registry()[1:]]
    page = render_html(analyze(text, registry=registry))
    assert (
        '<span class="q sp0" title="Marcus → Ana">“I was <span class="ev" id="ev-7-13" data-ev="ev-7-13">afraid</span> '
        'of <mark class="f f-style" id="f-0" data-ev="f-0" data-f="0" tabindex="0" role="button" title="doubled word">'
        "the the</mark> dark,”</span>"
    ) in page


def test_render_html_is_deterministic():
    assert render_html(_full_report()) == render_html(_full_report())


def test_render_html_fetches_nothing_and_admits_only_its_own_script():
    page = render_html(_full_report())
    parsed = _parse(page)
    assert not [url for url in parsed.urls if not url.startswith("#")]
    assert not re.search(r"https?:|//[a-z]", page), re.findall(r"https?://\S+", page)[:5]
    assert "@import" not in page and not re.search(r"url\((?!#)", page)
    csp = next(attrs["content"] for tag, attrs in parsed.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None
    assert "default-src 'none'" in csp and "connect-src" not in csp
    assert f"script-src '{assets().script_hash}'" in csp
    assert parsed.scripts == [str(assets().script)]


def _ao3_download(payload: str) -> str:
    """An AO3-style HTML download carrying the payload in a tag, the summary, a chapter title and the text."""
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Hostile {escaped} - Archive of Our Own</title></head>
<body>
<div id="preface">
  <p class="message"><b>Hostile {escaped}</b><br/>Posted originally on the
    <a href="http://archiveofourown.org/">Archive of Our Own</a> at
    <a href="http://archiveofourown.org/works/1">http://archiveofourown.org/works/1</a>.</p>
  <div class="meta">
    <dl class="tags">
      <dt>Rating:</dt><dd><a href="http://archiveofourown.org/tags/x">General Audiences {escaped}</a></dd>
      <dt>Archive Warning:</dt><dd><a href="http://archiveofourown.org/tags/y">No Archive Warnings Apply</a></dd>
      <dt>Fandom:</dt><dd><a href="http://archiveofourown.org/tags/z">Tests {escaped}</a></dd>
      <dt>Additional Tags:</dt><dd><a href="http://archiveofourown.org/tags/w">{escaped}</a>, <a href="http://archiveofourown.org/tags/v">Fluff</a></dd>
    </dl>
    <h1>Hostile {escaped}</h1>
    <div class="byline">by <a rel="author" href="http://archiveofourown.org/users/a">mallory{escaped}</a></div>
    <p>Summary</p>
    <blockquote class="userstuff"><p>A summary with {escaped} in it. {payload}</p></blockquote>
  </div>
</div>
<div id="chapters" class="userstuff">
  <h2 class="toc-heading">Chapter 1: The {escaped} chapter</h2>
  <div class="userstuff"><p>Marcus wrote {escaped} on the wall and was afraid of it.</p>
    <p>{payload}Ana laughed.</p></div>
  <h2 class="toc-heading">Chapter 2: After</h2>
  <div class="userstuff"><p>“It’s only text,” Ana said.</p></div>
</div>
</body></html>
"""


def test_render_html_escapes_script_in_ao3_tags_summary_and_chapters(tmp_path: Path):
    payload = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'
    path = tmp_path / "hostile.html"
    path.write_text(_ao3_download(payload), encoding="utf-8")
    doc = load(path)
    metadata = doc.source.metadata_dict()
    # the loader keeps the markup as text in the places it came from: tag, summary, title, chapter, author
    assert any("<script>" in tag for tag in metadata["additional_tags"])
    assert "<script>" in metadata["summary"]
    assert "<script>" in (doc.source.title or "")
    assert any("<script>" in (chapter.title or "") for chapter in doc.chapters)
    assert "<script>" in doc.text
    for report in (analyze(doc, registry=[]), _full_report(doc)):
        page = render_html(report)
        parsed = _parse(page)
        assert parsed.scripts == [str(assets().script)]
        assert page.count("<script") == 1
        assert "img" not in [tag for tag, _ in parsed.tags]
        assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
        assert not [tag for tag, attrs in parsed.tags if any(name.startswith("on") for name in attrs)]


def test_render_html_escapes_markup_in_analysis_results():
    hostile = "<script>alert(1)</script>"

    def characters(doc, requirements, settings):
        return (Character(hostile, (hostile,), 3, None, "main", (Evidence(0, 5, hostile),)),)

    def quotes(doc, requirements, settings):
        return tuple(QuoteAttribution(q.span.start, q.span.end, hostile, "Ana", 0.5) for q in doc.quotes)

    def proofread(doc, requirements, settings):
        return (Finding("style.x", "style", 0, 5, doc.text[:5], hostile, (hostile,)),)

    registry = [
        Analysis("proofreading", "1", "findings", proofread),
        Analysis("characters", "1", "characters", characters),
        Analysis("quotes", "1", "quotes", quotes),
    ]
    page = render_html(analyze(STORY, registry=registry))
    assert page.count("<script") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # the network picture carries the name as SVG text, escaped by matplotlib
    network = page[page.index('id="network-plot"') :]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in network[: network.index("</figure>")]


def test_render_html_shows_the_authors_tags_beside_ours():
    page = render_html(_full_report(load(SAMPLES / "lanterns_ao3.html")))
    assert "you tagged: Teen And Up Audiences" in page
    assert "we found no evidence for: Lantern Festival, Mutual Pining, Fluff, Rowing" in page
    assert "we also found: Hurt/Comfort" in page
    assert "Every spring the marsh towns float paper lanterns" in page
    assert '<h3 class="chapter">Chapter 2: Over the Weir</h3>' in page


@pytest.mark.parametrize("sample", ["first_frost.txt", "lanterns_ao3.html", "tide_and_ember.epub"])
def test_render_html_renders_each_sample_with_the_real_analyses(sample: str):
    report = analyze(SAMPLES / sample)
    page = render_html(report)
    parsed = _parse(page)
    assert parsed.scripts == [str(assets().script)]
    assert all(href[1:] in parsed.ids for href in parsed.hrefs if href.startswith("#"))
    # every paragraph of the story is on the page
    assert len([tag for tag, attrs in parsed.tags if tag == "p" and str(attrs.get("id", "")).startswith("p-")]) == len(
        report.document.paragraphs
    )


def test_render_html_of_a_novel_is_small_and_quick(shared_data: Path):
    import time

    novel = shared_data / "pdnc" / "data" / "Persuasion" / "novel_text.txt"
    if not novel.is_file():
        pytest.skip("Persuasion is not in ../shared/data")
    report = analyze(novel, registry=fake_registry(), settings={"proofreading": {"every": 40}})
    started = time.perf_counter()
    page = render_html(report)
    seconds = time.perf_counter() - started
    assert len(page.encode("utf-8")) < 5 * 2**20
    assert seconds < 20


def test_render_html_is_byte_identical_across_processes(tmp_path: Path):
    import hashlib
    import os
    import subprocess
    import sys

    code = (
        "import hashlib, sys\n"
        "from ficsense.loaders import load\n"
        "from ficsense.report.html import render_html\n"
        "from tests.report.test_html import _full_report\n"
        f"page = render_html(_full_report(load({str(SAMPLES / 'first_frost.txt')!r})))\n"
        "sys.stdout.write(hashlib.sha256(page.encode('utf-8')).hexdigest())\n"
    )
    digests = set()
    for seed in ("1", "2"):
        environment = os.environ | {"PYTHONHASHSEED": seed, "MPLCONFIGDIR": str(tmp_path / seed)}
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True, cwd=REPO
        )
        digests.add(run.stdout)
    expected = hashlib.sha256(render_html(_full_report(load(SAMPLES / "first_frost.txt"))).encode("utf-8")).hexdigest()
    assert digests == {expected}


def test_render_html_locations_agree_with_the_shared_where():
    doc = load(SAMPLES / "lanterns_ao3.html")
    marks = _Marks(doc)
    assert all(marks.where(offset) == where(doc, offset) for offset in range(0, len(doc.text) + 1))


class _Nesting(HTMLParser):
    """Checks that tags close in the order they opened and collects the text of each story paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.paragraphs: dict[str, str] = {}
        self._current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "br", "input"):
            return
        self.stack.append(tag)
        anchor = dict(attrs).get("id") or ""
        if tag == "p" and anchor.startswith("p-"):
            self._current = anchor
            self.paragraphs[anchor] = ""

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack[-3:], tag)
        self.stack.pop()
        if tag == "p":
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self.paragraphs[self._current] += data


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(STORY)), st.integers(1, 40), st.sampled_from(CATEGORIES)), max_size=12))
def test_render_html_nests_any_overlapping_findings_and_keeps_the_text(spans: list[tuple[int, int, str]]):
    def proofread(doc, _requirements, _settings):
        return tuple(
            Finding("style.x", category, start, min(start + length, len(doc.text)), "", "m")  # type: ignore[arg-type]
            for start, length, category in spans
        )

    registry = [Analysis("proofreading", "1", "findings", proofread), *fake_registry()[1:]]
    report = analyze(STORY, registry=registry)
    checker = _Nesting()
    checker.feed(render_html(report))
    assert checker.stack == []
    doc = report.document
    assert checker.paragraphs == {f"p-{index}": doc.slice(span) for index, span in enumerate(doc.paragraphs)}

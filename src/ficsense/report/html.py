"""A self-contained HTML report: one file with its CSS, script and plots inline, needing no network to view.

The page is drawn by Jinja2 templates with autoescaping on, so every piece of story text and metadata is
escaped where it is written out: an AO3 download can carry markup in a tag, a summary or a chapter, and none
of it may run. As a second wall, the Content-Security-Policy lets only our own inline script run (by its
hash), loads nothing from anywhere, and allows no forms.

This module arranges what the Report says for display (which span wraps which, which anchor a link points
at); it decides nothing about the story.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ficsense.document import Document
from ficsense.report.excerpt import chapter_number, excerpt
from ficsense.report.model import CATEGORIES, AnalysisRun, Evidence, Report, Stats, Tag
from ficsense.report.plots import EMOTION_COLOURS, emotion_arc_svg, network_svg
from ficsense.report.tags_block import CHOSE_NOT, FIELDS, render_tags_block

SPEAKER_COLOURS = 10
_EVIDENCE_SHOWN = 3
# A circle of more than this many names is unreadable at the picture's size.
_NETWORK_NAMES = 14
_NOT_ANALYSED = "not analysed"
# The analyses the page has a place for; the Report lists every one, run or not, but a hand-built one may not.
_SECTIONS = ("proofreading", "characters", "quotes", "narration", "emotion", "tags")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment for the report and the web pages (autoescaping everywhere)."""
    return Environment(
        loader=PackageLoader("ficsense.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@dataclass(frozen=True, slots=True)
class Assets:
    """The inline CSS and script every page carries, and the CSP that admits exactly that script."""

    css: Markup
    script: Markup
    script_hash: str

    def csp(self, *, form_action: str = "'none'") -> str:
        """The Content-Security-Policy: nothing from the network, only our own script, no plugins."""
        return (
            f"default-src 'none'; script-src '{self.script_hash}'; style-src 'unsafe-inline'; img-src data:; "
            f"base-uri 'none'; form-action {form_action}"
        )


@lru_cache(maxsize=1)
def assets() -> Assets:
    """The page assets, read once from the package's templates folder."""
    folder = files("ficsense.report").joinpath("templates")
    css = folder.joinpath("report.css").read_text(encoding="utf-8")
    script = folder.joinpath("report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    # Both files are ours, never user input: they go into the page as they are.
    return Assets(Markup(css), Markup(script), f"sha256-{digest}")


def render_html(report: Report) -> str:
    """The whole report as one HTML page."""
    page = assets()
    return (
        environment()
        .get_template("report.html.j2")
        .render(report=report_view(report), css=page.css, script=page.script, csp=page.csp())
    )


# ---- the view the templates read -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Layer:
    """One kind of inline markup wrapped around a stretch of story text."""

    tag: str
    css_class: str
    attributes: tuple[tuple[str, str], ...]
    anchor: str
    # Outer layers open first: dialogue holds evidence, evidence holds head hops, head hops hold findings,
    # so that a click always lands on the finding.
    depth: int


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text: first close the tags in `closes`, then open `opens` (each layer with its id or ''),
    then the text. Layers still open at a paragraph's end are closed by `Paragraph.closes`."""

    closes: tuple[str, ...]
    opens: tuple[tuple[Layer, str], ...]
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    anchor: str
    pieces: tuple[Piece, ...]
    closes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HopNote:
    anchor: str
    where: str
    from_character: str
    to_character: str


@dataclass(frozen=True, slots=True)
class SceneView:
    anchor: str
    number: int
    pov: str
    hops: tuple[HopNote, ...]
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class ChapterView:
    heading: str
    scenes: tuple[SceneView, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """A link to a passage of the story: where it is, a short quotation, and why it was chosen."""

    href: str
    where: str
    quote: str
    why: str


@dataclass(frozen=True, slots=True)
class TagView:
    tag: str
    confidence: float
    evidence: tuple[Link, ...]
    more: int
    webis: str | None


@dataclass(frozen=True, slots=True)
class TagField:
    heading: str
    ours: tuple[TagView, ...]
    theirs: tuple[str, ...]
    also_found: tuple[str, ...]
    no_evidence_for: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FindingView:
    index: int
    category: str
    rule: str
    message: str
    suggestions: tuple[str, ...]
    text: str
    where: str
    confidence: float
    placed: bool


@dataclass(frozen=True, slots=True)
class CharacterView:
    name: str
    aliases: tuple[str, ...]
    mentions: int
    gender: str | None
    role: str
    lines: int
    colour: str
    evidence: tuple[Link, ...]
    emotions: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class PovView:
    href: str
    where: str
    character: str
    confidence: float
    evidence: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class HeadHopView:
    href: str
    where: str
    from_character: str
    to_character: str
    evidence: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """Whether an analysis ran, for the page's plain "not analysed" notes."""

    ran: bool
    version: str | None

    @property
    def note(self) -> str:
        return "" if self.ran else _NOT_ANALYSED


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything the report template shows, already arranged."""

    title: str
    authors: tuple[str, ...]
    summary: str | None
    source_format: str
    path: str | None
    version: str
    stats: Stats
    sections: dict[str, Section]
    rating: str
    rating_theirs: tuple[str, ...]
    warnings: str
    warnings_theirs: tuple[str, ...]
    tag_fields: tuple[TagField, ...]
    tags_block: str
    findings: tuple[FindingView, ...]
    finding_counts: tuple[tuple[str, int], ...]
    chapters: tuple[ChapterView, ...]
    speakers: tuple[tuple[str, str, int], ...]
    characters: tuple[CharacterView, ...]
    network_svg: Markup | None
    network_caption: str
    person: str | None
    tense: str | None
    pov: tuple[PovView, ...]
    head_hops: tuple[HeadHopView, ...]
    arc_svg: Markup | None
    arc_points: int
    arc_rows: tuple[tuple[float, float, tuple[float, ...]], ...]
    shape: str | None
    present: tuple[str, ...]
    emotion_names: tuple[str, ...]
    character_emotions: tuple[tuple[str, tuple[float, ...]], ...]
    analyses: tuple[tuple[str, AnalysisRun], ...]
    dialogue_by_speaker: bool


def report_view(report: Report) -> ReportView:
    """Arrange a Report for the templates."""
    doc = report.document
    source = doc.source
    metadata = source.metadata_dict()
    sections = {name: Section(False, None) for name in _SECTIONS} | {
        name: Section(run.ran, run.version) for name, run in report.analyses.items()
    }
    marks = _Marks(doc)
    speakers = _speakers(report)
    speaker_class = {name: colour for name, colour, _ in speakers}
    if sections["quotes"].ran:
        for quote in report.quotes:
            title = quote.speaker or "speaker unknown"
            if quote.addressee:
                title += f" → {quote.addressee}"
            if quote.evidence:
                title += f" ({quote.evidence[0].why})"
            colour = speaker_class.get(quote.speaker or "", "sp-unknown")
            marks.add(quote.start, quote.end, Layer("span", f"q {colour}", (("title", title),), "", 0))
    else:
        for span in (quote.span for quote in doc.quotes):
            marks.add(span.start, span.end, Layer("span", "q", (), "", 0))
    for evidence in _all_evidence(report):
        marks.add(evidence.start, evidence.end, Layer("span", "ev", (), _evidence_anchor(evidence), 1))
    for index, hop in enumerate(report.narration.head_hops):
        title = f"head hop: {hop.from_character} → {hop.to_character}"
        marks.add(hop.start, hop.end, Layer("span", "hop", (("title", title),), f"hop-{index}", 2))
    for index, finding in enumerate(report.findings):
        attributes = (("data-f", str(index)), ("tabindex", "0"), ("role", "button"), ("title", finding.message))
        marks.add(finding.start, finding.end, Layer("mark", f"f f-{finding.category}", attributes, f"f-{index}", 3))
    chapters = _chapters(report, marks)
    tags_ran = sections["tags"].ran
    rating = report.tags.rating
    counts: Counter[str] = Counter(finding.category for finding in report.findings)
    edges, addressed = _interactions(report)
    return ReportView(
        title=source.title or source.path or "Untitled story",
        authors=source.authors,
        summary=_text(metadata.get("summary")),
        source_format=source.format,
        path=source.path,
        version=report.ficsense_version,
        stats=report.stats,
        sections=sections,
        rating=_rating(rating) if tags_ran else _NOT_ANALYSED,
        rating_theirs=_values(metadata.get("rating")),
        warnings=_names(report.tags.archive_warnings) if tags_ran else _NOT_ANALYSED,
        warnings_theirs=_values(metadata.get("archive_warnings")),
        tag_fields=_tag_fields(report, marks, metadata, tags_ran=tags_ran),
        tags_block=render_tags_block(report),
        findings=tuple(
            FindingView(
                index,
                finding.category,
                finding.rule,
                finding.message,
                finding.suggestions,
                finding.text,
                marks.where(finding.start),
                finding.confidence,
                marks.placed(f"f-{index}"),
            )
            for index, finding in enumerate(report.findings)
        ),
        finding_counts=tuple((category, counts[category]) for category in CATEGORIES),
        chapters=chapters,
        speakers=speakers,
        characters=_characters(report, marks, speaker_class),
        network_svg=_network(report, edges),
        network_caption=_network_caption(edges, addressed=addressed),
        person=report.narration.person,
        tense=report.narration.tense,
        pov=tuple(
            PovView(
                marks.href_near(span.start),
                marks.where(span.start),
                span.character or "unclear",
                span.confidence,
                tuple(_link(doc, marks, item) for item in span.evidence[:1]),
            )
            for span in report.narration.pov
        ),
        head_hops=tuple(
            HeadHopView(
                marks.href(f"hop-{index}", hop.start),
                marks.where(hop.start),
                hop.from_character,
                hop.to_character,
                tuple(_link(doc, marks, item) for item in hop.evidence),
            )
            for index, hop in enumerate(report.narration.head_hops)
        ),
        # Plot SVG comes from matplotlib, which escapes the text it writes.
        arc_svg=Markup(emotion_arc_svg(report.emotion.arc)) if report.emotion.arc else None,
        arc_points=len(report.emotion.arc),
        arc_rows=tuple(
            (point.position, point.valence, tuple(float(point.emotions.get(name, 0.0)) for name in EMOTION_COLOURS))
            for point in report.emotion.arc
        ),
        shape=report.emotion.shape,
        present=report.emotion.present,
        emotion_names=tuple(EMOTION_COLOURS),
        character_emotions=tuple(
            (name, tuple(float(values.get(emotion, 0.0)) for emotion in EMOTION_COLOURS))
            for name, values in report.emotion.characters.items()
        ),
        analyses=tuple(sorted(report.analyses.items())),
        dialogue_by_speaker=sections["quotes"].ran,
    )


# ---- marks: stand-off spans turned into nested inline markup ---------------------------------------------


class _Marks:
    """Spans to wrap, bucketed by paragraph; remembers which anchors made it into the text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [span.start for span in doc.paragraphs]
        self.by_paragraph: dict[int, list[tuple[int, int, Layer]]] = {}
        self.anchors: set[str] = set()
        self._placed: set[str] = set()
        self._seen: set[tuple[int, int, Layer]] = set()
        self._newlines = [index for index, character in enumerate(doc.text) if character == "\n"]

    def where(self, offset: int) -> str:
        """What `excerpt.where` says, found by bisection: counting newlines per call is too slow for a novel
        with thousands of findings."""
        line = bisect.bisect_left(self._newlines, offset) + 1
        number = chapter_number(self.doc, offset)
        return f"chapter {number}, line {line}" if number else f"line {line}"

    def add(self, start: int, end: int, layer: Layer) -> None:
        # One passage can be the evidence for several tags: it is wrapped once.
        if end <= start or (start, end, layer) in self._seen:
            return
        self._seen.add((start, end, layer))
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        for index in range(first, len(self.starts)):
            paragraph = self.doc.paragraphs[index]
            if paragraph.start >= end:
                break
            if paragraph.end > start:
                self.by_paragraph.setdefault(index, []).append((start, end, layer))
                if layer.anchor:
                    self.anchors.add(layer.anchor)

    def placed(self, anchor: str) -> bool:
        return anchor in self.anchors

    def href(self, anchor: str, offset: int) -> str:
        """A link to the anchor when it is in the text, else to the paragraph nearest the offset."""
        return f"#{anchor}" if anchor in self.anchors else self.href_near(offset)

    def href_near(self, offset: int) -> str:
        if not self.starts:
            return "#story"
        return f"#p-{max(0, bisect.bisect_right(self.starts, offset) - 1)}"

    def paragraph(self, index: int) -> Paragraph:
        """The paragraph's text cut at every mark edge, each cut closing and opening as few tags as it can."""
        span = self.doc.paragraphs[index]
        text = self.doc.text
        marks = self.by_paragraph.get(index, [])
        if not marks:
            return Paragraph(f"p-{index}", (Piece((), (), text[span.start : span.end]),))
        edges = {span.start, span.end} | {min(span.end, max(span.start, edge)) for s, e, _ in marks for edge in (s, e)}
        cuts = sorted(edges)
        # Outer layers first, and of two alike the one that started earlier and runs longer, so that a stretch
        # of dialogue stays one element around the findings inside it.
        ordered = sorted(marks, key=lambda mark: (mark[2].depth, mark[0], -mark[1]))
        pieces: list[Piece] = []
        open_now: list[tuple[int, int, Layer]] = []
        for low, high in itertools.pairwise(cuts):
            wanted = [mark for mark in ordered if mark[0] <= low and high <= mark[1]]
            keep = 0
            while keep < min(len(open_now), len(wanted)) and open_now[keep] is wanted[keep]:
                keep += 1
            closes = tuple(layer.tag for _, _, layer in reversed(open_now[keep:]))
            opens = tuple((layer, self._first(layer.anchor)) for _, _, layer in wanted[keep:])
            pieces.append(Piece(closes, opens, text[low:high]))
            open_now = wanted
        return Paragraph(f"p-{index}", tuple(pieces), tuple(layer.tag for _, _, layer in reversed(open_now)))

    def _first(self, anchor: str) -> str:
        if not anchor or anchor in self._placed:
            return ""
        self._placed.add(anchor)
        return anchor


def _evidence_anchor(evidence: Evidence) -> str:
    return f"ev-{evidence.start}-{evidence.end}"


def _all_evidence(report: Report) -> Iterable[Evidence]:
    for _, name, _ in FIELDS:
        for tag in _field_tags(report, name):
            yield from tag.evidence[:_EVIDENCE_SHOWN]
    for character in report.characters:
        yield from character.evidence[:_EVIDENCE_SHOWN]
    for hop in report.narration.head_hops:
        yield from hop.evidence
    for span in report.narration.pov:
        yield from span.evidence[:1]


def _link(doc: Document, marks: _Marks, evidence: Evidence) -> Link:
    return Link(
        marks.href(_evidence_anchor(evidence), evidence.start),
        marks.where(evidence.start),
        excerpt(doc, evidence.start, evidence.end),
        evidence.why,
    )


# ---- the story text ---------------------------------------------------------------------------------------


def _chapters(report: Report, marks: _Marks) -> tuple[ChapterView, ...]:
    doc = report.document
    scenes = doc.scenes
    scene_starts = [scene.span.start for scene in scenes]
    # A paragraph belongs to the scene it starts in; one before the first scene joins the first.
    by_scene: dict[int, list[int]] = {}
    for index, paragraph in enumerate(doc.paragraphs):
        owner = max(0, bisect.bisect_right(scene_starts, paragraph.start) - 1) if scenes else 0
        by_scene.setdefault(owner, []).append(index)
    hops = [
        (
            hop.start,
            HopNote(
                marks.href(f"hop-{index}", hop.start), marks.where(hop.start), hop.from_character, hop.to_character
            ),
        )
        for index, hop in enumerate(report.narration.head_hops)
    ]
    narration_ran = report.analyses.get("narration") is not None and report.analyses["narration"].ran
    views: dict[int, list[SceneView]] = {}
    for number, scene in enumerate(scenes or [None]):
        span_start = scene.span.start if scene else 0
        span_end = scene.span.end if scene else len(doc.text)
        chapter = scene.chapter if scene else 0
        pov = _scene_pov(report, span_start, span_end) if narration_ran else ""
        views.setdefault(chapter, []).append(
            SceneView(
                f"scene-{number + 1}",
                number + 1,
                pov,
                tuple(note for start, note in hops if span_start <= start < span_end),
                tuple(marks.paragraph(index) for index in by_scene.get(number, [])),
            )
        )
    out: list[ChapterView] = []
    for index in range(max(len(doc.chapters), 1)):
        heading = ""
        if doc.chapters:
            this = doc.chapters[index]
            heading = this.title or (doc.slice(this.heading).strip() if this.heading else "")
        if not heading and len(doc.chapters) > 1:
            heading = f"Chapter {index + 1}"
        out.append(ChapterView(heading, tuple(views.get(index, []))))
    return tuple(out)


def _scene_pov(report: Report, start: int, end: int) -> str:
    seen: dict[str, float] = {}
    for span in report.narration.pov:
        if span.start < end and start < span.end:
            name = span.character or "unclear"
            seen[name] = max(seen.get(name, 0.0), span.confidence)
    return ", ".join(f"{name} ({confidence:.0%})" for name, confidence in seen.items()) or "unclear"


# ---- tags, characters, network ----------------------------------------------------------------------------


def _field_tags(report: Report, name: str) -> tuple[Tag, ...]:
    value = getattr(report.tags, name)
    if value is None:
        return ()
    return (value,) if isinstance(value, Tag) else tuple(value)


def _tag_fields(report: Report, marks: _Marks, metadata: dict[str, Any], *, tags_ran: bool) -> tuple[TagField, ...]:
    doc = report.document
    fields: list[TagField] = []
    for heading, name, key in FIELDS:
        ours = _field_tags(report, name)
        theirs = _values(metadata.get(key))
        # The spoiler-free choice is on offer beside our warnings, never "found"; an author who made it has
        # nothing to compare.
        our_names = {tag.tag.casefold() for tag in ours if tag.tag != CHOSE_NOT}
        their_names = {value.casefold() for value in theirs}
        compare = tags_ran and CHOSE_NOT.casefold() not in their_names
        fields.append(
            TagField(
                heading,
                tuple(
                    TagView(
                        tag.tag,
                        tag.confidence,
                        tuple(_link(doc, marks, item) for item in tag.evidence[:_EVIDENCE_SHOWN]),
                        max(0, len(tag.evidence) - _EVIDENCE_SHOWN),
                        tag.webis,
                    )
                    for tag in ours
                ),
                theirs,
                tuple(tag.tag for tag in ours if tag.tag != CHOSE_NOT and tag.tag.casefold() not in their_names)
                if compare and theirs
                else (),
                tuple(value for value in theirs if value.casefold() not in our_names) if compare else (),
            )
        )
    return tuple(fields)


def _speakers(report: Report) -> tuple[tuple[str, str, int], ...]:
    """(speaker, colour class, lines), most lines first; the colours run out after SPEAKER_COLOURS."""
    lines = Counter(quote.speaker for quote in report.quotes if quote.speaker)
    ordered = sorted(lines.items(), key=lambda item: (-item[1], item[0]))
    return tuple(
        (name, f"sp{index}" if index < SPEAKER_COLOURS else "sp-other", count)
        for index, (name, count) in enumerate(ordered)
    )


def _characters(report: Report, marks: _Marks, speaker_class: dict[str, str]) -> tuple[CharacterView, ...]:
    doc = report.document
    lines = Counter(quote.speaker for quote in report.quotes if quote.speaker)
    views = []
    for character in report.characters:
        feelings = report.emotion.characters.get(character.name, {})
        top = sorted(feelings.items(), key=lambda item: (-item[1], item[0]))[:3]
        views.append(
            CharacterView(
                character.name,
                character.aliases,
                character.mentions,
                character.gender,
                character.role,
                lines[character.name],
                speaker_class.get(character.name, ""),
                tuple(_link(doc, marks, item) for item in character.evidence[:_EVIDENCE_SHOWN]),
                tuple((name, float(value)) for name, value in top),
            )
        )
    return tuple(views)


def _interactions(report: Report) -> tuple[dict[tuple[str, str], int], bool]:
    """Pairs and weights: lines one addresses to the other, else scenes both speak in; and which was used."""
    addressed: Counter[tuple[str, str]] = Counter()
    for quote in report.quotes:
        if quote.speaker and quote.addressee and quote.speaker != quote.addressee:
            addressed[tuple(sorted((quote.speaker, quote.addressee)))] += 1  # type: ignore[index]
    if addressed:
        return dict(addressed), True
    starts = [scene.span.start for scene in report.document.scenes]
    speakers_by_scene: dict[int, set[str]] = {}
    for quote in report.quotes:
        if quote.speaker:
            scene = max(0, bisect.bisect_right(starts, quote.start) - 1)
            speakers_by_scene.setdefault(scene, set()).add(quote.speaker)
    shared: Counter[tuple[str, str]] = Counter()
    for speakers in speakers_by_scene.values():
        ordered = sorted(speakers)
        for index, first in enumerate(ordered):
            for second in ordered[index + 1 :]:
                shared[(first, second)] += 1
    return dict(shared), False


def _network_names(report: Report, edges: dict[tuple[str, str], int]) -> list[str]:
    mentions = {character.name: character.mentions for character in report.characters}
    names = set(mentions) | {name for pair in edges for name in pair}
    ordered = sorted(names, key=lambda name: (-mentions.get(name, 0), name))
    return ordered[:_NETWORK_NAMES]


def _network(report: Report, edges: dict[tuple[str, str], int]) -> Markup | None:
    names = _network_names(report, edges)
    if len(names) < 2:
        return None
    sizes = {character.name: character.mentions for character in report.characters}
    return Markup(network_svg(names, sizes, edges))


def _network_caption(edges: dict[tuple[str, str], int], *, addressed: bool) -> str:
    if not edges:
        return "No one speaks to anyone yet: the picture shows the characters only."
    if addressed:
        return "Lines join characters who speak to each other; thicker lines, more lines of dialogue between them."
    return "Lines join characters who speak in the same scene; thicker lines, more such scenes."


# ---- small helpers ----------------------------------------------------------------------------------------


def _rating(tag: Tag | None) -> str:
    return f"{tag.tag} ({tag.confidence:.0%})" if tag else "none proposed"


def _names(tags: Sequence[Tag]) -> str:
    names = ", ".join(tag.tag for tag in tags if tag.tag != CHOSE_NOT) or "none proposed"
    return f"{names} (or: {CHOSE_NOT})" if any(tag.tag == CHOSE_NOT for tag in tags) else names


def _values(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value)
    return (str(value),)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return "\n\n".join(str(item) for item in value)
    return str(value)


__all__: Sequence[str] = ("Assets", "assets", "environment", "render_html", "report_view")

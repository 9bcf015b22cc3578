"""A self-contained HTML report (no network needed to view it).

Every piece of story text and metadata passes through `html.escape`: an AO3 download can carry markup in a
tag, a summary or a chapter, and none of it may run in the report.
"""

from __future__ import annotations

from html import escape

from ficsense.report.excerpt import excerpt
from ficsense.report.model import Report
from ficsense.report.tags_block import render_tags_block

_STYLE = """
body{font-family:Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}
.card{border:1px solid #ccc;border-radius:6px;padding:1em;margin-bottom:1.5em;background:#fafafa}
.card h1{margin:0 0 .3em;font-size:1.5em}
table{border-collapse:collapse}td{padding:.1em .8em .1em 0}
pre.tags{white-space:pre-wrap;font-family:inherit;background:#f4f4f4;padding:1em;border-radius:6px}
.finding{background:#ffe9a8;border-bottom:2px solid #e0a800;cursor:help}
.dialogue{color:#1d4f91}
h2.chapter{margin-top:2em;border-bottom:1px solid #ddd}
.scene-break{text-align:center;color:#999}
"""


def render_html(report: Report) -> str:
    """The whole report as one HTML page."""
    doc = report.document
    source = doc.source
    stats = report.stats
    title = source.title or source.path or "Story"
    authors = ", ".join(source.authors)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(title)} — ficsense</title><style>{_STYLE}</style></head><body>",
        '<section class="card">',
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape('by ' + authors) if authors else ''}</p>",
        "<table>",
        f"<tr><td>Words</td><td>{stats.words:,}</td><td>Reading time</td><td>{stats.reading_minutes:.0f} min</td></tr>",
        f"<tr><td>Chapters</td><td>{stats.chapters}</td><td>Scenes</td><td>{stats.scenes}</td></tr>",
        f"<tr><td>Dialogue</td><td>{stats.dialogue_ratio:.0%}</td><td>Findings</td><td>{len(report.findings)}</td></tr>",
        "</table></section>",
        "<h2>Tags</h2>",
        f'<pre class="tags">{escape(render_tags_block(report))}</pre>',
        "<h2>Story</h2>",
        _story(report),
        f"<footer><p><small>ficsense {escape(report.ficsense_version)}</small></p></footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _story(report: Report) -> str:
    doc = report.document
    marks = sorted(
        [(finding.start, finding.end, "finding", f"{finding.rule}: {finding.message}") for finding in report.findings]
    )
    out: list[str] = []
    paragraphs = iter(doc.paragraphs)
    paragraph = next(paragraphs, None)
    for scene_index, scene in enumerate(doc.scenes):
        first_in_chapter = scene_index == 0 or doc.scenes[scene_index - 1].chapter != scene.chapter
        if first_in_chapter:
            chapter = doc.chapters[scene.chapter]
            heading = chapter.title or (f"Chapter {scene.chapter + 1}" if len(doc.chapters) > 1 else "")
            if heading:
                out.append(f'<h2 class="chapter">{escape(heading)}</h2>')
        else:
            out.append('<p class="scene-break">* * *</p>')
        while paragraph is not None and paragraph.start < scene.span.end:
            if paragraph.start >= scene.span.start:
                out.append(f"<p>{_marked(doc.text, paragraph.start, paragraph.end, marks)}</p>")
            paragraph = next(paragraphs, None)
    if not out:
        out.append(f"<p>{escape(excerpt(doc, 0, len(doc.text), limit=500))}</p>")
    return "\n".join(out)


def _marked(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    pieces: list[str] = []
    position = start
    for mark_start, mark_end, kind, title in marks:
        if mark_start < position or mark_start >= end or mark_end > end:
            continue
        pieces.append(escape(text[position:mark_start]))
        pieces.append(f'<span class="{kind}" title="{escape(title)}">{escape(text[mark_start:mark_end])}</span>')
        position = mark_end
    pieces.append(escape(text[position:end]))
    return "".join(pieces).replace("\n", "<br>")

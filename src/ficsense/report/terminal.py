"""The terminal report: a summary card, the shape of the story, and each section that ran."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ficsense.report.excerpt import excerpt, where
from ficsense.report.model import Report
from ficsense.report.tags_block import CHOSE_NOT

_FINDINGS_SHOWN = 30


def render_terminal(report: Report) -> RenderableType:
    """A rich renderable of the whole report."""
    parts: list[RenderableType] = [_summary(report), _shape(report)]
    if report.analyses.get("proofreading") and report.analyses["proofreading"].ran:
        parts.append(_findings(report))
    if report.characters:
        parts.append(_characters(report))
    if report.narration.person:
        narration = report.narration
        parts.append(
            Text(
                f"Narration: {narration.person} person, {narration.tense or '?'} tense; "
                f"{len(narration.head_hops)} head hop(s)"
            )
        )
    if report.tags.rating or report.tags.additional or report.tags.archive_warnings:
        tags = report.tags
        names = [tags.rating.tag] if tags.rating else []
        names += [tag.tag for tag in (*tags.archive_warnings, *tags.additional) if tag.tag != CHOSE_NOT]
        parts.append(Text("Tags: " + ", ".join(names) + "   (ficsense tags FILE shows the evidence)"))
    if report.emotion.shape:
        parts.append(Text(f"Emotional arc: {report.emotion.shape}; present: {', '.join(report.emotion.present)}"))
    skipped = sorted(name for name, run in report.analyses.items() if not run.ran)
    if skipped:
        parts.append(Text(f"Not run: {', '.join(skipped)}", style="dim"))
    return Group(*parts)


def render_plain(report: Report, *, width: int = 100) -> str:
    """The terminal report as plain text (for files and pipes)."""
    console = Console(width=width, record=True, file=_Discard(), color_system=None, force_terminal=False)
    console.print(render_terminal(report))
    return console.export_text()


def _summary(report: Report) -> RenderableType:
    source = report.document.source
    title = source.title or source.path or "(story text)"
    authors = f" by {', '.join(source.authors)}" if source.authors else ""
    line = Text(f"{title}{authors}", style="bold")
    line.append(f"  [{source.format}]", style="dim")
    return line


def _shape(report: Report) -> RenderableType:
    stats = report.stats
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_row("words", f"{stats.words:,}", "reading time", f"{stats.reading_minutes:.0f} min")
    table.add_row("chapters", str(stats.chapters), "scenes", str(stats.scenes))
    table.add_row("paragraphs", str(stats.paragraphs), "sentences", str(stats.sentences))
    table.add_row("dialogue", f"{stats.dialogue_ratio:.0%} of words", "", "")
    return table


def _findings(report: Report) -> RenderableType:
    doc = report.document
    counts = Counter(finding.category for finding in report.findings)
    heading = Text(f"Findings: {len(report.findings)}", style="bold")
    if counts:
        heading.append("  (" + ", ".join(f"{name} {count}" for name, count in sorted(counts.items())) + ")")
    table = Table(show_header=True, box=None, padding=(0, 1))
    for column in ("where", "rule", "text", "message"):
        table.add_column(column)
    for finding in report.findings[:_FINDINGS_SHOWN]:
        suggestion = f" → {finding.suggestions[0]}" if finding.suggestions else ""
        table.add_row(
            where(doc, finding.start),
            finding.rule,
            excerpt(doc, finding.start, finding.end, limit=30),
            finding.message + suggestion,
        )
    more = len(report.findings) - _FINDINGS_SHOWN
    footer = [Text(f"… and {more} more (ficsense check FILE lists them all)", style="dim")] if more > 0 else []
    return Group(heading, table, *footer)


def _characters(report: Report) -> RenderableType:
    table = Table(title="Characters", show_header=True, box=None, padding=(0, 1))
    for column in ("name", "role", "gender", "mentions", "aliases"):
        table.add_column(column)
    for character in report.characters:
        table.add_row(
            character.name,
            character.role,
            character.gender or "?",
            str(character.mentions),
            ", ".join(character.aliases),
        )
    return table


class _Discard:
    """A file that drops what is written; `Console.export_text` keeps the record."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        return None

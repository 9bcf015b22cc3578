"""Editor-style finding lines: `path:line:col: rule: message (suggestion)`, the shape linters print."""

from __future__ import annotations

from ficsense.report.model import Report


def render_check_lines(report: Report) -> str:
    """One line per finding, in text order; empty when there is nothing to say."""
    doc = report.document
    path = doc.source.path or "-"
    lines = []
    for finding in report.findings:
        line, column = doc.line_col(finding.start)
        suggestion = f" ({' / '.join(finding.suggestions)})" if finding.suggestions else ""
        lines.append(f"{path}:{line}:{column}: {finding.rule}: {finding.message}{suggestion}")
    return "".join(f"{line}\n" for line in lines)

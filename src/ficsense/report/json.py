"""The JSON rendering of a Report: one object, keys sorted, byte-identical for the same input and version."""

from __future__ import annotations

import json

from ficsense.report.model import Report


def render_json(report: Report, *, compact: bool = False) -> str:
    """The report as JSON text ending in a newline; `compact` gives one line (for JSON Lines)."""
    if compact:
        return json.dumps(report.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(report.to_dict(), sort_keys=True, ensure_ascii=False, indent=2) + "\n"

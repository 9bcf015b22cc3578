"""The proofreading analysis: the beta reader's findings for the report's `findings` section (issue 3).

Settings (read by the interfaces, never here): `user_words` (the writer's own words), `select` and
`ignore` (categories, rule ids or dotted prefixes) and `style` (include the style notes).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ficsense.analyses import Analysis
from ficsense.checks import run_checks
from ficsense.document import Document
from ficsense.report.model import Finding

VERSION = "1.0"


def run(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[Finding, ...]:
    """Findings sorted by (start, end, rule)."""
    select = settings.get("select")
    return run_checks(
        doc,
        select=tuple(select) if select is not None else None,
        ignore=tuple(settings.get("ignore", ())),
        user_words=tuple(settings.get("user_words", ())),
        style=bool(settings.get("style", False)),
    )


ANALYSIS = Analysis(name="proofreading", version=VERSION, section="findings", run=run)

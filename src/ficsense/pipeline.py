"""The only orchestration: load, run the requested analyses in dependency order, assemble the Report."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ficsense import __version__
from ficsense.analyses import ANALYSIS_NAMES, SECTIONS, Analysis
from ficsense.analyses.registry import REGISTRY
from ficsense.analyses.stats import document_stats
from ficsense.document import Document
from ficsense.loaders import Format, load
from ficsense.report.model import AnalysisRun, Report


def analyze(
    source: Document | str | bytes | os.PathLike[str],
    *,
    only: Iterable[str] | None = None,
    format: Format | None = None,
    timings: bool = False,
    settings: Mapping[str, Mapping[str, Any]] | None = None,
    registry: Sequence[Analysis] | None = None,
    on_step: Callable[[str, int, int], None] | None = None,
) -> Report:
    """Analyse a story (a Document, a path, bytes or story text) and return its Report.

    `only` restricts the run to the named analyses (and what they require). Timings stay out of the
    report unless asked for, so that the same input gives byte-identical JSON. `settings` maps an
    analysis name to its options. `on_step(name, index, total)` is called before each analysis runs, for
    progress bars.
    """
    doc = source if isinstance(source, Document) else load(source, format=format)
    registry = REGISTRY if registry is None else registry
    selected = _select(registry, only)
    results: dict[str, Any] = {}
    runs: dict[str, AnalysisRun] = {name: AnalysisRun(None, False) for name in ANALYSIS_NAMES}
    for index, analysis in enumerate(selected):
        if on_step is not None:
            on_step(analysis.name, index, len(selected))
        started = time.perf_counter()
        requirements = {name: results[name] for name in analysis.requires}
        results[analysis.name] = analysis.run(doc, requirements, (settings or {}).get(analysis.name, {}))
        elapsed = time.perf_counter() - started
        runs[analysis.name] = AnalysisRun(analysis.version, True, elapsed if timings else None)
    for analysis in registry:
        if not runs.get(analysis.name, AnalysisRun(None, False)).ran:
            runs[analysis.name] = AnalysisRun(analysis.version, False)
    sections = {section: results[name] for section, name in SECTIONS.items() if name in results}
    return Report(ficsense_version=__version__, document=doc, stats=document_stats(doc), analyses=runs, **sections)


def _select(registry: Sequence[Analysis], only: Iterable[str] | None) -> list[Analysis]:
    """The analyses to run, requirements first; unknown names raise ValueError."""
    by_name: Mapping[str, Analysis] = {analysis.name: analysis for analysis in registry}
    known = set(ANALYSIS_NAMES) | set(by_name)
    wanted = list(by_name) if only is None else list(only)
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise ValueError(f"unknown analysis {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    ordered: list[Analysis] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name not in by_name or any(a.name == name for a in ordered):
            return
        missing = [requirement for requirement in by_name[name].requires if requirement not in by_name]
        if missing:
            raise ValueError(f"analysis {name} requires {', '.join(missing)}, which is not registered")
        if name in visiting:
            raise ValueError(f"analysis {name} requires itself")
        visiting.add(name)
        for requirement in by_name[name].requires:
            visit(requirement)
        visiting.discard(name)
        ordered.append(by_name[name])

    for name in wanted:
        visit(name)
    return ordered

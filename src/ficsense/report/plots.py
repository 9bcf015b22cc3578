"""Inline SVG pictures for the HTML report: the emotional arc and the character interaction network.

matplotlib draws onto a bare `Figure` (no pyplot, so no global figure state) inside an `rc_context`, so the
report never changes matplotlib's settings for anyone else. The SVG is byte-identical across runs: a fixed
`svg.hashsalt` and root id, and no date in the metadata. Text is written as SVG `<text>` (matplotlib escapes
it), not as glyph paths, which keeps the file small; mathtext is off, so a `$` in a character name is text.

matplotlib is imported inside the functions: importing it costs most of a second, and every CLI command
imports the HTML renderer.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ficsense.report.model import ArcPoint

# Plutchik's eight basic emotions, in wheel order, with the colours his wheel gives them.
EMOTION_COLOURS: Mapping[str, str] = {
    "joy": "#e6b800",
    "trust": "#74b816",
    "fear": "#2b8a3e",
    "surprise": "#1c7ed6",
    "sadness": "#364fc7",
    "disgust": "#9c36b5",
    "anger": "#e03131",
    "anticipation": "#f76707",
}
_INK = "#333333"


def _settings(name: str) -> Any:
    # Any: matplotlib types rc_context's argument as a dict of literal keys, which a built dict is not.
    return {
        "svg.hashsalt": f"ficsense-{name}",
        "svg.id": f"plot-{name}",
        "svg.fonttype": "none",
        "text.parse_math": False,
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.edgecolor": "#999999",
        "axes.labelcolor": _INK,
        "xtick.color": _INK,
        "ytick.color": _INK,
    }


def _to_svg(figure: Any) -> str:
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    FigureCanvasSVG(figure)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "ficsense"})
    svg = buffer.getvalue()
    # Inline SVG in HTML takes no XML declaration or DOCTYPE; the RDF metadata block only adds bytes.
    svg = svg[svg.index("<svg") :].strip()
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)
    # The HTML parser puts inline <svg> (and xlink:href) in their namespaces itself; without the declarations
    # the page holds no URL at all.
    return re.sub(r'\s+xmlns(?::xlink)?="[^"]*"', "", svg)


def smoothed(values: Sequence[float], *, window: int) -> list[float]:
    """A centred moving average: the display curve drawn over the analysis's own points."""
    half = max(0, window // 2)
    out: list[float] = []
    for index in range(len(values)):
        low, high = max(0, index - half), min(len(values), index + half + 1)
        out.append(sum(values[low:high]) / (high - low))
    return out


def emotion_arc_svg(arc: Sequence[ArcPoint]) -> str:
    """Valence per point with its smoothed arc above, the eight emotions (smoothed) below."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    positions = [point.position * 100 for point in arc]
    valence = [point.valence for point in arc]
    # About a fifteenth of the story per window: enough to show the shape, not so much that it flattens it.
    window = max(3, len(arc) // 15) | 1
    names = [name for name in EMOTION_COLOURS if any(name in point.emotions for point in arc)]
    names += sorted({name for point in arc for name in point.emotions} - set(EMOTION_COLOURS))
    with rc_context(_settings("arc")):
        figure = Figure(figsize=(8, 4.6))
        top, bottom = figure.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
        top.axhline(0, color="#bbbbbb", linewidth=0.8)
        top.plot(positions, valence, color="#adb5bd", linewidth=0.6, marker=".", markersize=2, label="per point")
        top.plot(positions, smoothed(valence, window=window), color="#c2255c", linewidth=2, label="smoothed arc")
        top.set_ylabel("valence")
        top.legend(loc="upper right", frameon=False, fontsize=8)
        for name in names:
            values = [float(point.emotions.get(name, 0.0)) for point in arc]
            colour = EMOTION_COLOURS.get(name, "#868e96")
            bottom.plot(positions, smoothed(values, window=window), color=colour, linewidth=1.2, label=name)
        bottom.set_ylabel("emotion")
        bottom.set_xlabel("story position (%)")
        bottom.set_xlim(0, 100)
        if names:
            bottom.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
        for axes in (top, bottom):
            axes.spines["top"].set_visible(False)
            axes.spines["right"].set_visible(False)
        figure.subplots_adjust(left=0.08, right=0.84, top=0.97, bottom=0.1, hspace=0.12)
        return _to_svg(figure)


def network_svg(names: Sequence[str], sizes: Mapping[str, int], edges: Mapping[tuple[str, str], int]) -> str:
    """Characters on a circle (most mentioned first, clockwise from the top), lines as thick as their weight."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    count = len(names)
    places = {
        name: (math.sin(2 * math.pi * index / count), math.cos(2 * math.pi * index / count))
        for index, name in enumerate(names)
    }
    heaviest = max(edges.values(), default=1)
    biggest = max((sizes.get(name, 1) for name in names), default=1)
    with rc_context(_settings("network")):
        figure = Figure(figsize=(6, 6))
        axes = figure.subplots()
        for (first, second), weight in sorted(edges.items()):
            if first not in places or second not in places:
                continue
            (x1, y1), (x2, y2) = places[first], places[second]
            axes.plot(
                [x1, x2],
                [y1, y2],
                color="#5c7cfa",
                alpha=0.35 + 0.65 * weight / heaviest,
                zorder=1,
                linewidth=0.8 + 5 * weight / heaviest,
            )
        for name in names:
            x, y = places[name]
            area = 80 + 900 * math.sqrt(max(sizes.get(name, 1), 1) / max(biggest, 1))
            axes.scatter([x], [y], s=area, color="#fff3bf", edgecolors="#e67700", linewidths=1.2, zorder=2)
            # The name goes outside the circle, away from the lines that run through its middle.
            gap = 4 + math.sqrt(area) / 2
            axes.annotate(
                name,
                (x, y),
                xytext=(x * gap, y * gap),
                textcoords="offset points",
                ha="center" if abs(x) < 0.3 else ("left" if x > 0 else "right"),
                va="center" if abs(y) < 0.3 else ("bottom" if y > 0 else "top"),
                fontsize=9,
                color=_INK,
                zorder=3,
            )
        axes.set_xlim(-1.45, 1.45)
        axes.set_ylim(-1.45, 1.35)
        axes.set_aspect("equal")
        axes.axis("off")
        figure.subplots_adjust(left=0, right=1, top=1, bottom=0)
        return _to_svg(figure)

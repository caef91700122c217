"""The opinion map: participants in PCA space coloured (and shaped, for colour-blind readers) by group, as inline SVG
with a title and description; the page also gives the same information as a table."""

from __future__ import annotations

from django.utils.html import escape

from communs.core.synthesis.texts import group_letter

# Okabe-Ito palette (colour-blind safe), each with a distinct marker shape.
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
SHAPES = ["circle", "square", "triangle", "diamond", "cross", "circle"]


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    r = 4.0
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" fill="{colour}"/>'
    if shape == "triangle":
        return f'<polygon points="{x:.1f},{y - r - 1:.1f} {x - r - 1:.1f},{y + r:.1f} {x + r + 1:.1f},{y + r:.1f}" fill="{colour}"/>'
    if shape == "diamond":
        return f'<polygon points="{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y:.1f} {x:.1f},{y + r + 1:.1f} {x - r - 1:.1f},{y:.1f}" fill="{colour}"/>'
    if shape == "cross":
        return (f'<path d="M{x - r:.1f} {y - r:.1f}L{x + r:.1f} {y + r:.1f}M{x - r:.1f} {y + r:.1f}L{x + r:.1f} {y - r:.1f}" '
                f'stroke="{colour}" stroke-width="2.5"/>')
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" fill-opacity="0.85"/>'


def opinion_map_svg(groups_content: dict, *, title: str, description: str, width: int = 560, height: int = 400) -> str:  # type: ignore[type-arg]
    """SVG markup (safe: only numbers and escaped text) for the groups step's projections."""
    projections: dict[str, list[float]] = groups_content.get("projections", {})
    members: dict[str, int] = groups_content.get("participants", {})
    pad = 24
    if projections:
        xs = [p[0] for p in projections.values()]
        ys = [p[1] for p in projections.values() if len(p) > 1] or [0.0]
        x0, x1 = min(xs), max(xs)
        y0, y1 = min(ys), max(ys)
    else:
        x0 = y0 = -1.0
        x1 = y1 = 1.0
    sx = (width - 2 * pad) / ((x1 - x0) or 1.0)
    sy = (height - 2 * pad) / ((y1 - y0) or 1.0)
    marks = []
    for pid in sorted(projections, key=lambda p: (members.get(p, -1), p)):
        point = projections[pid]
        group = members.get(pid, -1)
        x = pad + (point[0] - x0) * sx
        y = height - pad - ((point[1] if len(point) > 1 else 0.0) - y0) * sy
        index = group % len(COLOURS) if group >= 0 else len(COLOURS) - 1
        marks.append(_marker(SHAPES[index], x, y, COLOURS[index]))
    legend = []
    for g, size in enumerate(groups_content.get("sizes", [])):
        index = g % len(COLOURS)
        ly = 18 + 18 * g
        legend.append(_marker(SHAPES[index], width - 110, ly - 4, COLOURS[index]))
        legend.append(f'<text x="{width - 98}" y="{ly}" font-size="13" fill="#1a1a1a">{escape(group_letter(g))} ({int(size)})</text>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="opinion-map-title opinion-map-desc" class="opinion-map">'
        f'<title id="opinion-map-title">{escape(title)}</title><desc id="opinion-map-desc">{escape(description)}</desc>'
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff" stroke="#8a8a8a"/>'
        + "".join(marks) + "".join(legend) + "</svg>"
    )

"""What ``briefing-app analyze`` prints: the JSON shape (keys may be added, never removed)
and a readable summary."""

from __future__ import annotations

from briefing_app.workspace.workspace import Workspace

_TYPE_NAMES = {"person": "Person", "organization": "Organisation", "place": "Place"}


def analysis_json(ws: Workspace) -> dict:
    """The documented JSON of an analysis: sources, actors, key points, dates, errors."""
    analysis = ws.analysis
    return {
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "format": s.format,
                "title": s.title,
                "outlet": s.outlet,
                "url": s.url,
                "author": s.author,
                "published": s.published,
                "language": s.language,
                "word_count": s.word_count,
                "citation": _citation_number(ws, s.id),
            }
            for s in ws.sources
        ],
        "actors": [a.to_dict() for a in analysis.actors] if analysis else [],
        "key_points": [k.to_dict() for k in analysis.key_points] if analysis else [],
        "dates": [d.to_dict() for d in analysis.dates] if analysis else [],
        "groups": list(analysis.groups) if analysis else [],
        "summary": analysis.summary if analysis else "",
        "model": analysis.model if analysis else "",
        "errors": [e.to_dict() for e in ws.errors],
    }


def _citation_number(ws: Workspace, source_id: str) -> int | None:
    if ws.analysis is None:
        return None
    cite = ws.analysis.citation_for(source_id)
    return cite.number if cite else None


def analysis_text(ws: Workspace) -> str:
    """A readable summary for a terminal."""
    lines: list[str] = []
    analysis = ws.analysis
    lines.append(f"Sources ({len(ws.sources)})")
    for s in ws.sources:
        number = _citation_number(ws, s.id)
        where = " · ".join(p for p in (s.outlet, s.published[:10], f"{s.word_count} words") if p)
        lines.append(f"  [{number or '-'}] {s.display_name}  ({where})")
    if analysis is not None:
        lines.append("")
        lines.append(f"Actors ({len(analysis.actors)})")
        width = max((len(a.name) for a in analysis.actors), default=0)
        for a in analysis.actors:
            roles = f"  {', '.join(a.roles)}" if a.roles else ""
            sources = ", ".join(str(_citation_number(ws, sid)) for sid in a.sources)
            lines.append(
                f"  {a.name:<{width}}  {_TYPE_NAMES.get(a.type, a.type):<12} "
                f"{a.mentions:>3}× [{sources}]{roles}"
            )
        if analysis.groups:
            lines.append(f"  Groups and nationalities: {', '.join(analysis.groups)}")
        lines.append("")
        lines.append("Key points")
        for i, k in enumerate(analysis.key_points, 1):
            refs = "".join(f"[{_citation_number(ws, sid)}]" for sid in k.sources)
            lines.append(f"  {i}. {k.text} {refs}")
        if analysis.dates:
            lines.append("")
            lines.append("Timeline")
            for d in analysis.dates:
                lines.append(f"  {d.date:<10}  {d.text}")
    # files that failed are reported once, on stderr, by the caller
    return "\n".join(lines)

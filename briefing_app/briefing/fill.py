"""What auto-fill writes into each kind of section, built from an Analysis.

Every block carries a stable ``key`` (so a refresh can tell which analyst edit replaces which
auto block), the evidence of the analysis item it came from, and citation runs for its sources.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from briefing_app.model import (
    AUTO,
    BULLET,
    PARAGRAPH,
    TABLE_ROW,
    Actor,
    Analysis,
    Block,
    DateMention,
    Evidence,
    KeyPoint,
    Run,
)
from briefing_app.model.dates import format_date
from briefing_app.model.text import fold

# Most blocks a section gets when its template gives no ``limit``.
DEFAULT_LIMITS = {"summary": 3, "key_points": 6, "actors": 12, "dates": 15, "background": 4}
_TYPE_ORDER = {"person": 0, "organization": 1, "place": 2}
_TYPE_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place"}
# a summary of 2-3 sentences: stop adding the third once the first two are this long
_BLUF_WORDS = 45


def normalise(text: str) -> str:
    """Text reduced for comparison: case, accents' forms, punctuation and spacing ignored."""
    return fold(text, accents=True)


def text_hash(text: str) -> str:
    """A short stable hash of the normalised text."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class Filler:
    """Builds the auto blocks of every fill kind from one analysis."""

    analysis: Analysis
    numbers: dict[str, int]  # source id -> citation number
    # what the briefing's summary and key-point sections take (0: it has none), so the key
    # points do not repeat the summary and the background does not repeat either
    summary_limit: int = 0
    key_point_limit: int = 0
    date_format: str = "long"  # the note's one date style (see model.dates.format_date)

    def blocks(self, fill: str, limit: int = 0, kind: str = "") -> list[Block]:
        """The auto blocks for a section fed by ``fill`` (at most ``limit``)."""
        limit = limit or DEFAULT_LIMITS.get(fill, 0)
        if fill == "dates" and kind == "table":
            return self.date_rows(limit)
        if fill == "source_summary":
            from briefing_app.briefing.source_summary import source_summary

            return source_summary(self.analysis, self.numbers, limit)
        build = {
            "summary": self.summary,
            "key_points": self.key_points,
            "actors": self.actors,
            "dates": self.dates,
            "background": self.background,
        }.get(fill)
        return build(limit) if build else []

    # -- citations ---------------------------------------------------------------------------
    def _ordered(self, sources: list[str]) -> list[str]:
        unique = list(dict.fromkeys(sources))
        return sorted(unique, key=lambda s: self.numbers.get(s, len(self.numbers) + 1))

    def _cites(self, sources: list[str]) -> list[Run]:
        return [Run(cite=s) for s in self._ordered(sources)]

    @staticmethod
    def _kp_sources(kp: KeyPoint) -> list[str]:
        return kp.sources or [e.source for e in kp.evidence]

    # -- fills -------------------------------------------------------------------------------
    def key_points(self, limit: int) -> list[Block]:
        return [
            Block(
                kind=BULLET,
                runs=[Run(kp.text.strip()), *self._cites(self._kp_sources(kp))],
                origin=AUTO,
                key=f"kp:{text_hash(kp.text)}",
                evidence=list(kp.evidence),
            )
            for kp in self._after_summary()[:limit]
        ]

    def _after_summary(self) -> list[KeyPoint]:
        in_summary = self._summary_points(self.summary_limit) if self.summary_limit else []
        return [kp for kp in self._usable_key_points() if not any(kp is s for s in in_summary)]

    def summary(self, limit: int) -> list[Block]:
        """One paragraph: the summary's sentences (else the top key points) with citations."""
        chosen = self._summary_points(limit)
        if not chosen:
            return []
        runs: list[Run] = []
        evidence: list[Evidence] = []
        for kp in chosen:
            runs.append(Run((" " if runs else "") + kp.text.strip()))
            runs += self._cites(self._kp_sources(kp))
            evidence += [e for e in kp.evidence if e not in evidence]
        return [Block(kind=PARAGRAPH, runs=runs, origin=AUTO, key="summary:0", evidence=evidence)]

    def _summary_points(self, limit: int) -> list[KeyPoint]:
        points = self._usable_key_points()
        summary = normalise(self.analysis.summary)
        if summary:
            # the summary is built from key points: find them in it, keeping its order
            found = [(summary.find(normalise(kp.text)), kp) for kp in points]
            found = sorted((pos, i, kp) for i, (pos, kp) in enumerate(found) if pos >= 0)
            if found:
                points = [kp for _, _, kp in found]
        chosen: list[KeyPoint] = []
        for kp in points[:limit]:
            if len(chosen) >= 2 and sum(len(k.text.split()) for k in chosen) >= _BLUF_WORDS:
                break
            chosen.append(kp)
        return chosen

    def background(self, limit: int) -> list[Block]:
        """Context: the next-ranked sentences after the key points, one paragraph per source.

        They are sentences the key points did not use, put back in the order they stand in
        their source so the paragraph reads as a narrative rather than a ranking.
        """
        if self.analysis.background:
            points = [kp for kp in self.analysis.background if kp.evidence][:limit]
        else:  # an analysis from before background existed: what the key points left over
            points = self._after_summary()[self.key_point_limit :][:limit]
        by_source: dict[str, list[KeyPoint]] = {}
        for kp in points:
            by_source.setdefault(self._kp_sources(kp)[0], []).append(kp)
        blocks = []
        for source in self._ordered(list(by_source)):
            group = sorted(by_source[source], key=lambda k: min(e.start for e in k.evidence))
            runs: list[Run] = []
            evidence: list[Evidence] = []
            for kp in group:
                runs.append(Run((" " if runs else "") + kp.text.strip()))
                runs += self._cites(self._kp_sources(kp))
                evidence += kp.evidence
            blocks.append(
                Block(PARAGRAPH, runs, origin=AUTO, key=f"bg:{source}", evidence=evidence)
            )
        return blocks

    def _usable_key_points(self) -> list[KeyPoint]:
        # without evidence a point cannot be traced to a source, so auto-fill never uses it
        return [kp for kp in self.analysis.key_points if kp.evidence and kp.text.strip()]

    def actors(self, limit: int) -> list[Block]:
        """People, then organisations, then places, each in the analysis's order of salience."""
        shown = [a for a in self.analysis.actors if a.evidence and not a.hidden]
        shown.sort(key=lambda a: _TYPE_ORDER.get(a.type, len(_TYPE_ORDER)))
        return [self._actor_row(a) for a in shown][:limit]

    def _actor_row(self, actor: Actor) -> Block:
        sources = self._ordered(actor.sources or [e.source for e in actor.evidence])
        numbers = ", ".join(str(self.numbers[s]) for s in sources if s in self.numbers)
        cells = [
            actor.name,
            _TYPE_LABELS.get(actor.type, actor.type.capitalize()),
            "; ".join(dict.fromkeys(r.strip() for r in actor.roles if r.strip())),
            numbers,
        ]
        return Block(
            kind=TABLE_ROW,
            cells=cells,
            origin=AUTO,
            key=f"actor:{actor.id}",
            evidence=list(actor.evidence),
        )

    def date_rows(self, limit: int) -> list[Block]:
        """Dated entries as table rows: date, place, event, source numbers."""
        places = [a for a in self.analysis.actors if a.type == "place" and not a.hidden]
        rows = []
        for block in self.dates(limit):
            day, _, event = block.runs[0].text.partition(" — ")
            folded = event.casefold()
            place = next(
                (
                    a.name
                    for a in places
                    if any(n.casefold() in folded for n in (a.name, *a.aliases) if n)
                ),
                "",
            )
            numbers = ", ".join(str(self.numbers[r.cite]) for r in block.runs if r.cite)
            rows.append(
                Block(TABLE_ROW, [], [day, place, event, numbers], AUTO, block.key, block.evidence)
            )
        return rows

    def dates(self, limit: int) -> list[Block]:
        """Dated developments in time order (the latest ``limit`` when there are more)."""
        merged: dict[str, tuple[DateMention, list[Evidence]]] = {}
        for dm in self.analysis.dates:
            sentence = (dm.sentence or dm.text).strip()
            if not dm.evidence or not sentence:
                continue
            key = f"date:{dm.date}:{text_hash(sentence)}"
            _, evidence = merged.setdefault(key, (dm, []))
            evidence += [e for e in dm.evidence if e not in evidence]
        ordered = sorted(merged.items(), key=lambda item: item[1][0].date)[-limit:]
        blocks = []
        for key, (dm, evidence) in ordered:
            sentence = (dm.sentence or dm.text).strip()
            note = " (year inferred)" if dm.inferred else ""
            runs = [Run(f"{format_date(dm.date, self.date_format)}{note} — {sentence}")]
            runs += self._cites([e.source for e in evidence])
            blocks.append(Block(BULLET, runs, origin=AUTO, key=key, evidence=evidence))
        return blocks

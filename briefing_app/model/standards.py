"""The analytic and handling standards as data: estimative scales, marking schemes, source
grading codes and citation styles (read from ``resources/`` by ``briefing_app.standards``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Band:
    """One likelihood band of an estimative scale, e.g. "likely" (55-80%)."""

    term: str
    aliases: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None
    verb: str = "is"  # how a sentence states it: "is likely", "has a roughly even chance"

    def range_text(self) -> str:
        """ "55–80%", or "" for a scale without numbers."""
        if self.low is None or self.high is None:
            return ""
        return f"{self.low}–{self.high}%"

    def words(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass(frozen=True, slots=True)
class EstimativeScale:
    """Likelihood bands (least likely first), confidence levels and words to avoid."""

    id: str
    name: str
    bands: tuple[Band, ...] = ()
    confidence: tuple[str, ...] = ("low", "moderate", "high")
    vague: tuple[str, ...] = ()

    def band(self, likelihood: str) -> Band | None:
        """The band a likelihood term (or alias) belongs to, any case."""
        wanted = " ".join(likelihood.casefold().split())
        for band in self.bands:
            if wanted in (w.casefold() for w in band.words()):
                return band
        return None

    def confidence_level(self, value: str) -> str:
        """ "moderate" for "moderate confidence" / "Moderate"; "" when not a level."""
        word = value.casefold().replace("confidence", "").strip()
        return word if word in (c.casefold() for c in self.confidence) else ""

    def statement(self, likelihood: str, confidence: str, subject: str = "this") -> str:
        """ "We assess with moderate confidence that this is likely (55–80%)." or ""."""
        band = self.band(likelihood) if likelihood else None
        level = self.confidence_level(confidence) if confidence else ""
        if band is None and not level:
            return ""
        lead = f"We assess with {level} confidence that" if level else "We assess that"
        if band is None:
            return f"{lead} {subject} holds."
        rng = band.range_text()
        return f"{lead} {subject} {band.verb} {band.term}{f' ({rng})' if rng else ''}."


@dataclass(frozen=True, slots=True)
class Level:
    name: str  # as the banner writes it, e.g. "SECRET"
    portion: str  # as a portion mark writes it, e.g. "S"


@dataclass(frozen=True, slots=True)
class Marking:
    """A parsed marking: a level index in its scheme and the controls that follow it."""

    level: int
    controls: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class MarkingScheme:
    """Classification levels (lowest first), dissemination controls and where banners go."""

    id: str
    name: str
    levels: tuple[Level, ...]
    controls: tuple[Level, ...] = ()
    separator: str = "//"
    banner_position: str = "center"  # center | right (Canada: upper right)
    authority_block: tuple[str, ...] = ()

    def parse(self, text: str) -> Marking | None:
        """ "S//NF", "(S//NF)", "secret//noforn" or "SECRET" -> Marking; None when unknown."""
        value = " ".join(text.strip().strip("()").upper().split())
        if not value:
            return None
        for index in sorted(range(len(self.levels)), key=lambda i: -len(self.levels[i].name)):
            level = self.levels[index]
            for form in sorted({level.name.upper(), level.portion.upper()}, key=len, reverse=True):
                if value == form or value.startswith(form + self.separator):
                    rest = value[len(form) :]
                    controls = self._controls(rest)
                    if controls is None:
                        continue
                    return Marking(index, controls)
        return None

    def _controls(self, rest: str) -> tuple[int, ...] | None:
        found: list[int] = []
        for part in (p.strip() for p in rest.split(self.separator)):
            if not part:
                continue
            match = next(
                (
                    i
                    for i, c in enumerate(self.controls)
                    if part in (c.name.upper(), c.portion.upper())
                ),
                None,
            )
            if match is None:
                return None
            found.append(match)
        return tuple(dict.fromkeys(found))

    def lowest(self) -> Marking:
        return Marking(0)

    def portion(self, marking: Marking) -> str:
        """ "(S//NF)"."""
        parts = [self.levels[marking.level].portion]
        parts += [self.controls[i].portion for i in marking.controls]
        return f"({self.separator.join(parts)})"

    def banner(self, marking: Marking) -> str:
        """ "SECRET//NOFORN"."""
        parts = [self.levels[marking.level].name]
        parts += [self.controls[i].name for i in marking.controls]
        return self.separator.join(parts)

    def highest(self, markings: list[Marking]) -> Marking:
        """The banner level: the highest level, with every control any portion carries."""
        if not markings:
            return self.lowest()
        level = max(m.level for m in markings)
        controls = sorted({c for m in markings for c in m.controls})
        return Marking(level, tuple(controls))

    def needs_authority(self, marking: Marking) -> bool:
        """Whether the authority block applies (a classified banner under a scheme with one)."""
        return bool(self.authority_block) and marking.level > 0


@dataclass(frozen=True, slots=True)
class Grade:
    grade: str
    label: str
    definition: str = ""


@dataclass(frozen=True, slots=True)
class GradingCode:
    """Source reliability (A-F) and information credibility (1-6) with their definitions."""

    id: str
    name: str
    reliability: tuple[Grade, ...] = ()
    credibility: tuple[Grade, ...] = ()

    def reliability_label(self, grade: str) -> str:
        return next((g.label for g in self.reliability if g.grade == grade.upper()), "")

    def credibility_label(self, grade: str) -> str:
        return next((g.label for g in self.credibility if g.grade == grade), "")


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class CitationStyle:
    """How a Sources entry is written: parts with {field} placeholders, joined by a separator."""

    id: str
    name: str
    parts: tuple[str, ...] = ()
    separator: str = ". "

    def format(self, values: dict[str, str]) -> str:
        """The entry for ``values``; a part whose fields are all empty is left out."""
        out = []
        for part in self.parts:
            names = _PLACEHOLDER.findall(part)
            if names and not all(values.get(n, "").strip() for n in names):
                continue
            out.append(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), "").strip(), part))
        text = self.separator.join(p.strip() for p in out if p.strip())
        return text


@dataclass(slots=True)
class Standards:
    """The standards a briefing follows, looked up by the ids its template names."""

    estimative: EstimativeScale | None = None
    marking: MarkingScheme | None = None
    grading: GradingCode | None = None
    citation: CitationStyle | None = None
    extra: dict[str, str] = field(default_factory=dict)

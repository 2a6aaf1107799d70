"""What analysis finds in the sources: actors, key points, dates and citations."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.model.evidence import Evidence, evidence_list_from
from briefing_app.model.source import LoadError

PERSON = "person"
ORGANIZATION = "organization"
PLACE = "place"
ACTOR_TYPES = (PERSON, ORGANIZATION, PLACE)


@dataclass(slots=True)
class Actor:
    """One real-world person, organisation or place across all sources."""

    id: str  # stable slug of the canonical name, e.g. "person:vladimir-putin"
    name: str
    type: str  # one of ACTOR_TYPES
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    salience: float = 0.0
    hidden: bool = False  # the analyst hid it: left out of the briefing, still listed in panels

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "mentions": self.mentions,
            "sources": list(self.sources),
            "salience": round(self.salience, 6),
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.hidden:  # only when set, so unhidden actors serialise exactly as before
            data["hidden"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Actor:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            type=str(data["type"]),
            aliases=list(data.get("aliases", [])),
            roles=list(data.get("roles", [])),
            mentions=int(data.get("mentions", 0)),
            sources=list(data.get("sources", [])),
            evidence=evidence_list_from(data.get("evidence")),
            salience=float(data.get("salience", 0.0)),
            hidden=bool(data.get("hidden", False)),
        )


@dataclass(slots=True)
class KeyPoint:
    """An extractive key point: a sentence, the sources supporting it and their spans."""

    text: str
    score: float
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "score": round(self.score, 6),
            "sources": list(self.sources),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict) -> KeyPoint:
        return cls(
            text=str(data["text"]),
            score=float(data.get("score", 0.0)),
            sources=list(data.get("sources", [])),
            evidence=evidence_list_from(data.get("evidence")),
        )


@dataclass(slots=True)
class DateMention:
    """A date found in the text, normalised to ISO (YYYY, YYYY-MM or YYYY-MM-DD)."""

    date: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)
    sentence: str = ""  # the sentence it stands in, for a timeline entry
    inferred: str = ""  # how a year the text left out was supplied ("" when the text gives it)

    def to_dict(self) -> dict:
        out = {
            "date": self.date,
            "text": self.text,
            "sentence": self.sentence,
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.inferred:
            out["inferred"] = self.inferred
        return out

    @classmethod
    def from_dict(cls, data: dict) -> DateMention:
        return cls(
            date=str(data["date"]),
            text=str(data.get("text", "")),
            evidence=evidence_list_from(data.get("evidence")),
            sentence=str(data.get("sentence", "")),
            inferred=str(data.get("inferred", "")),
        )


@dataclass(slots=True)
class Citation:
    """A numbered reference to one source, as the Sources list of a briefing shows it."""

    number: int
    source: str  # source id
    outlet: str = ""
    title: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    reliability: str = ""  # Admiralty grades of the source, "" while ungraded
    credibility: str = ""
    accessed: str = ""  # ISO date the source was added
    kind: str = ""  # the source's format (html, pdf, txt...), for the source summary
    file: str = ""  # the source's file name: stands in for a title the page does not give

    @property
    def shown_title(self) -> str:
        """The title a Sources entry prints: the page's, else the file's name (issue 8 §3)."""
        return self.title or self.file

    @property
    def grade(self) -> str:
        """The Admiralty grade written together, e.g. "B2" (a lone "B" or "2" when half set)."""
        return f"{self.reliability}{self.credibility}"

    def text(self) -> str:
        """One line in house style: Outlet, "Title", Author, Date, URL (missing parts left out)."""
        parts = []
        if self.outlet:
            parts.append(self.outlet)
        if self.shown_title:
            parts.append(f"“{self.shown_title}”")
        if self.author:
            parts.append(self.author)
        if self.published:
            parts.append(self.published[:10])
        if self.url:
            parts.append(self.url)
        return ", ".join(parts) or self.source

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "source": self.source,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "url": self.url,
            **{
                k: v
                for k, v in (
                    ("reliability", self.reliability),
                    ("credibility", self.credibility),
                    ("accessed", self.accessed),
                    ("kind", self.kind),
                    ("file", self.file),
                )
                if v
            },
        }

    @classmethod
    def from_dict(cls, data: dict) -> Citation:
        return cls(
            number=int(data["number"]),
            source=str(data["source"]),
            outlet=str(data.get("outlet", "")),
            title=str(data.get("title", "")),
            author=str(data.get("author", "")),
            published=str(data.get("published", "")),
            url=str(data.get("url", "")),
            reliability=str(data.get("reliability", "")),
            credibility=str(data.get("credibility", "")),
            accessed=str(data.get("accessed", "")),
            kind=str(data.get("kind", "")),
            file=str(data.get("file", "")),
        )


@dataclass(slots=True)
class EntitySpan:
    """One entity mention for highlighting: a span, its type label and the actor it belongs to."""

    source: str
    start: int
    end: int
    label: str  # person | organization | place | group | date
    actor: str = ""  # actor id, empty for groups and dates

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "actor": self.actor,
        }

    @classmethod
    def from_dict(cls, data: dict) -> EntitySpan:
        return cls(
            str(data["source"]),
            int(data["start"]),
            int(data["end"]),
            str(data["label"]),
            str(data.get("actor", "")),
        )


@dataclass(slots=True)
class Analysis:
    """Everything analysis derived from a set of sources. Same input, same output."""

    actors: list[Actor] = field(default_factory=list)
    key_points: list[KeyPoint] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # nationalities and groups, e.g. "Kazakh"
    entities: list[EntitySpan] = field(default_factory=list)
    summary: str = ""  # a short extractive summary built from the top key points
    topic: str = ""  # what the sources are about ("Earthquake in Morocco"), or ""
    background: list[KeyPoint] = field(default_factory=list)  # next-ranked points, for context
    errors: list[LoadError] = field(default_factory=list)
    model: str = ""  # NLP model name and version that produced this

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def citation_for(self, source_id: str) -> Citation | None:
        return next((c for c in self.citations if c.source == source_id), None)

    def to_dict(self) -> dict:
        return {
            "model": self.model,
            "summary": self.summary,
            "topic": self.topic,
            "background": [k.to_dict() for k in self.background],
            "actors": [a.to_dict() for a in self.actors],
            "key_points": [k.to_dict() for k in self.key_points],
            "dates": [d.to_dict() for d in self.dates],
            "citations": [c.to_dict() for c in self.citations],
            "groups": list(self.groups),
            "entities": [e.to_dict() for e in self.entities],
            "errors": [e.to_dict() for e in self.errors],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Analysis:
        return cls(
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            key_points=[KeyPoint.from_dict(k) for k in data.get("key_points", [])],
            dates=[DateMention.from_dict(d) for d in data.get("dates", [])],
            citations=[Citation.from_dict(c) for c in data.get("citations", [])],
            groups=list(data.get("groups", [])),
            entities=[EntitySpan.from_dict(e) for e in data.get("entities", [])],
            summary=str(data.get("summary", "")),
            topic=str(data.get("topic", "")),
            background=[KeyPoint.from_dict(k) for k in data.get("background", [])],
            errors=[LoadError(**e) for e in data.get("errors", [])],
            model=str(data.get("model", "")),
        )

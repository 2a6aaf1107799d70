"""Source: one article, cleaned, with its metadata and paragraph offsets."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the clean text: ``text[start:end]``; ``kind`` is body, heading or lead."""

    start: int
    end: int
    kind: str = "body"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict) -> Paragraph:
        return cls(int(data["start"]), int(data["end"]), str(data.get("kind", "body")))


@dataclass(frozen=True, slots=True)
class SourceTable:
    """A table of a source: its rows of cells, and the span of the text its rows take up
    (one paragraph of kind "row" a row, its cells joined by " | ")."""

    start: int
    end: int
    rows: tuple[tuple[str, ...], ...]

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "rows": [list(r) for r in self.rows]}

    @classmethod
    def from_dict(cls, data: dict) -> SourceTable:
        rows = tuple(tuple(str(c) for c in row) for row in data.get("rows", []))
        return cls(int(data["start"]), int(data["end"]), rows)


def source_id_for(data: bytes) -> str:
    """The stable id of a source: the first 16 hex digits of the sha256 of its original bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def word_count(text: str) -> int:
    """Words in ``text`` (hyphenated and apostrophe words count once)."""
    return sum(1 for _ in _WORD.finditer(text))


@dataclass(slots=True)
class Source:
    """A loaded article. ``text`` is the clean text every evidence span points into."""

    id: str
    path: str
    format: str
    text: str
    sha256: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published: str = ""  # ISO 8601 date or datetime where known
    language: str = ""
    external_id: str = ""  # an id the page carried (e.g. the UUID line of scraped text)
    reliability: str = ""  # Admiralty / NATO source reliability grade A-F, "" while ungraded
    credibility: str = ""  # Admiralty / NATO information credibility grade 1-6
    accessed: str = ""  # ISO date the source was added to the project (a citation's "accessed")
    warnings: list[str] = field(default_factory=list)  # what loading lost, said to the analyst
    tables: list[SourceTable] = field(default_factory=list)  # tables kept as tables
    # What the language model reads when it differs from ``text``: paragraphs written in
    # capitals put in ordinary case, character for character (same length, so every span the
    # model finds points into ``text``). Empty when the model reads ``text`` itself.
    model_text: str = ""

    @property
    def text_for_model(self) -> str:
        """The text the language model reads: ``model_text`` when set (and as long), else text."""
        if self.model_text and len(self.model_text) == len(self.text):
            return self.model_text
        return self.text

    def in_table(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` overlaps one of the source's tables."""
        return any(t.start < end and start < t.end for t in self.tables)

    @property
    def grade(self) -> str:
        """The Admiralty grade as written together, e.g. "B2" ("" while ungraded)."""
        return f"{self.reliability}{self.credibility}"

    @property
    def word_count(self) -> int:
        return word_count(self.text)

    @property
    def file_name(self) -> str:
        """The name of the file the source was loaded from, without its folder."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def display_name(self) -> str:
        """What a person calls this source in a list: its title, else its file name."""
        return self.title or self.file_name or self.id

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "path": self.path,
            "format": self.format,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "author": self.author,
            "published": self.published,
            "language": self.language,
            "external_id": self.external_id,
            "reliability": self.reliability,
            "credibility": self.credibility,
            "accessed": self.accessed,
            "warnings": list(self.warnings),
            "tables": [t.to_dict() for t in self.tables],
            "model_text": self.model_text,
            "sha256": self.sha256,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Source:
        return cls(
            id=str(data["id"]),
            path=str(data.get("path", "")),
            format=str(data.get("format", "")),
            text=str(data.get("text", "")),
            sha256=str(data.get("sha256", "")),
            paragraphs=[Paragraph.from_dict(p) for p in data.get("paragraphs", [])],
            title=str(data.get("title", "")),
            outlet=str(data.get("outlet", "")),
            url=str(data.get("url", "")),
            author=str(data.get("author", "")),
            published=str(data.get("published", "")),
            language=str(data.get("language", "")),
            external_id=str(data.get("external_id", "")),
            reliability=str(data.get("reliability", "") or ""),
            credibility=str(data.get("credibility", "") or ""),
            accessed=str(data.get("accessed", "") or ""),
            warnings=[str(w) for w in data.get("warnings") or []],
            tables=[SourceTable.from_dict(t) for t in data.get("tables") or []],
            model_text=str(data.get("model_text") or ""),
        )


def list_names(sources) -> dict[str, str]:
    """Source id -> what a list shows for it: its display name, told apart from another
    source's same name by the file name, else the outlet, else a number ("Flood update —
    a.txt", "Flood update — b.txt")."""
    groups: dict[str, list[Source]] = {}
    for src in sources:
        groups.setdefault(src.display_name.casefold(), []).append(src)
    names: dict[str, str] = {}
    for group in groups.values():
        if len(group) == 1:
            names[group[0].id] = group[0].display_name
            continue
        for how in (lambda s: s.file_name, lambda s: s.outlet, None):
            tells = [how(s) if how else str(i) for i, s in enumerate(group, 1)]
            if how is None or (all(tells) and len(set(tells)) == len(tells)):
                break
        for src, tell in zip(group, tells, strict=True):
            told = f" — {tell}" if how else f" ({tell})"
            names[src.id] = src.display_name + told
    return names


@dataclass(frozen=True, slots=True)
class LoadError:
    """A file that could not be loaded, with the one-line reason shown to the user."""

    path: str
    message: str

    def to_dict(self) -> dict:
        return {"path": self.path, "message": self.message}

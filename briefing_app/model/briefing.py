"""The briefing note: templates, sections, blocks with inline formatting and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefing_app.model.evidence import Evidence, evidence_list_from

# Block kinds
PARAGRAPH = "paragraph"
BULLET = "bullet"
TABLE_ROW = "table_row"
QUOTE = "quote"
FIGURE = "figure"  # an image (``Block.image``, base64 PNG) with its caption as the runs
BLOCK_KINDS = (PARAGRAPH, BULLET, TABLE_ROW, QUOTE, FIGURE)

# Who wrote a block
AUTO = "auto"  # written by auto-fill; refreshed by the next auto-fill
USER = "user"  # written by the analyst
EDITED = "edited"  # auto-filled, then edited by the analyst: never overwritten
ORIGINS = (AUTO, USER, EDITED)

# What feeds a section from the analysis
FILLS = ("summary", "key_points", "actors", "dates", "sources", "background", "none")
FILLS += ("source_summary",)  # an extractive statement about the sources: count, kinds, grades


@dataclass(slots=True)
class Run:
    """A stretch of text with inline formatting; ``cite`` makes it a citation marker to a source."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    cite: str = ""  # source id: rendered as a numbered marker like [2] linking to the Sources list
    # typed by the analyst into auto-filled text (shown apart from the machine's words)
    user: bool = False

    def to_dict(self) -> dict:
        data: dict = {"text": self.text}
        if self.bold:
            data["bold"] = True
        if self.italic:
            data["italic"] = True
        if self.cite:
            data["cite"] = self.cite
        if self.user:
            data["user"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Run:
        return cls(
            text=str(data.get("text", "")),
            bold=bool(data.get("bold", False)),
            italic=bool(data.get("italic", False)),
            cite=str(data.get("cite", "")),
            user=bool(data.get("user", False)),
        )


@dataclass(slots=True)
class Block:
    """One paragraph, bullet, quote, figure or table row of a section."""

    kind: str = PARAGRAPH
    runs: list[Run] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # table rows only
    origin: str = USER
    key: str = ""  # stable identity of an auto block (e.g. "actor:person:vladimir-putin")
    evidence: list[Evidence] = field(default_factory=list)
    image: str = ""  # figures only: the picture as base64-encoded PNG data
    # stable identity of an analyst's block, given when a template switch first moves it, so
    # switching back puts it where it was (and an edit made meanwhile goes with it)
    id: str = ""
    # source ids an edited or typed summary was written from (see briefing.staleness)
    based_on: list[str] = field(default_factory=list)
    level: int = 0  # bullets only: how deep in a nested list (0: the outer list)
    mark: str = ""  # portion mark, e.g. "S//NF" ("" = the briefing's classification)
    likelihood: str = ""  # a judgement's estimative likelihood term, e.g. "likely"
    confidence: str = ""  # a judgement's confidence, e.g. "moderate confidence"

    @property
    def text(self) -> str:
        """Plain text of the block without citation markers (cells joined by tabs for rows)."""
        if self.kind == TABLE_ROW:
            return "\t".join(self.cells)
        return "".join(r.text for r in self.runs if not r.cite)

    @property
    def citations(self) -> list[str]:
        """Source ids this block cites, in order, without repeats."""
        seen: list[str] = []
        for r in self.runs:
            if r.cite and r.cite not in seen:
                seen.append(r.cite)
        return seen

    @property
    def sources(self) -> list[str]:
        """Source ids behind the block's evidence, in order, without repeats."""
        return list(dict.fromkeys(e.source for e in self.evidence))

    def copy(self) -> Block:
        """An independent copy (evidence spans, which are immutable, are shared)."""
        return replace(
            self,
            runs=[replace(r) for r in self.runs],
            cells=list(self.cells),
            evidence=list(self.evidence),
            based_on=list(self.based_on),
        )

    def to_dict(self) -> dict:
        data: dict = {"kind": self.kind, "origin": self.origin}
        if self.key:
            data["key"] = self.key
        if self.id:
            data["id"] = self.id
        if self.based_on:
            data["based_on"] = list(self.based_on)
        # other kinds keep cells only when a switch turned a table row into a note
        if self.kind == TABLE_ROW or self.cells:
            data["cells"] = list(self.cells)
        data["runs"] = [r.to_dict() for r in self.runs]
        data["evidence"] = [e.to_dict() for e in self.evidence]
        if self.image:
            data["image"] = self.image
        if self.level:
            data["level"] = self.level
        for name in ("mark", "likelihood", "confidence"):  # only when set: old files unchanged
            if getattr(self, name):
                data[name] = getattr(self, name)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Block:
        return cls(
            kind=str(data.get("kind", PARAGRAPH)),
            runs=[Run.from_dict(r) for r in data.get("runs", [])],
            cells=[str(c) for c in data.get("cells", [])],
            origin=str(data.get("origin", USER)),
            key=str(data.get("key", "")),
            evidence=evidence_list_from(data.get("evidence")),
            image=str(data.get("image") or ""),
            id=str(data.get("id") or ""),
            based_on=[str(s) for s in data.get("based_on") or []],
            level=max(0, int(data.get("level") or 0)),
            mark=str(data.get("mark") or ""),
            likelihood=str(data.get("likelihood") or ""),
            confidence=str(data.get("confidence") or ""),
        )


@dataclass(slots=True)
class TemplateSection:
    """A section as a template defines it."""

    id: str
    heading: str
    fill: str = "none"  # one of FILLS
    hint: str = ""  # shown while the section is empty
    kind: str = "text"  # text | list | table
    columns: list[str] = field(default_factory=list)  # table sections: column headings
    level: int = 1  # heading level
    fields: list[str] = field(default_factory=list)  # section-level fields, e.g. ["likelihood"]
    limit: int = 0  # most auto blocks to fill in (0: the auto-fill default)
    required: bool = False  # printed as "[To be completed]" while empty, never dropped


@dataclass(slots=True)
class Template:
    """A briefing template: its fields' defaults and its sections, read from TOML."""

    id: str
    name: str
    description: str = ""
    sections: list[TemplateSection] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)  # e.g. {"classification": "OFFICIAL"}
    origin: str = "built-in"  # built-in | user
    path: str = ""
    # allowed values of section-level fields, e.g. {"likelihood": ["likely", ...]}
    choices: dict[str, list[str]] = field(default_factory=dict)
    # the standards and form it follows: estimative scale, citation style, marking scheme,
    # date format, numbered paragraphs, header / decision / sign-off fields (see Briefing.style)
    style: dict = field(default_factory=dict)

    def section(self, section_id: str) -> TemplateSection | None:
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass(slots=True)
class Section:
    """A section of a briefing with its blocks."""

    id: str
    heading: str
    fill: str = "none"
    hint: str = ""
    kind: str = "text"
    columns: list[str] = field(default_factory=list)
    level: int = 1
    blocks: list[Block] = field(default_factory=list)
    # section-level field values in template order, "" while unset (e.g. likelihood, confidence)
    fields: dict[str, str] = field(default_factory=dict)
    required: bool = False  # printed as "[To be completed]" while empty

    @classmethod
    def from_template(cls, ts: TemplateSection) -> Section:
        section = cls(ts.id, ts.heading, ts.fill, ts.hint, ts.kind, list(ts.columns), ts.level)
        section.fields = dict.fromkeys(ts.fields, "")
        section.required = ts.required
        return section

    def copy(self) -> Section:
        """An independent copy of the section and its blocks."""
        return replace(
            self,
            columns=list(self.columns),
            blocks=[b.copy() for b in self.blocks],
            fields=dict(self.fields),
        )

    def field_line(self) -> str:
        """The set field values as one line, e.g. "Likelihood: likely · moderate confidence"."""
        parts = [
            # a value that names its field ("moderate confidence") needs no label
            value
            if name.replace("_", " ").casefold() in value.casefold()
            else f"{name.replace('_', ' ').capitalize()}: {value}"
            for name, value in self.fields.items()
            if value
        ]
        return " · ".join(parts)

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "heading": self.heading,
            "fill": self.fill,
            "hint": self.hint,
            "kind": self.kind,
            "columns": list(self.columns),
            "level": self.level,
            "blocks": [b.to_dict() for b in self.blocks],
        }
        if self.fields:
            data["fields"] = dict(self.fields)
        if self.required:
            data["required"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Section:
        return cls(
            id=str(data["id"]),
            heading=str(data.get("heading", "")),
            fill=str(data.get("fill", "none")),
            hint=str(data.get("hint", "")),
            kind=str(data.get("kind", "text")),
            columns=[str(c) for c in data.get("columns", [])],
            level=int(data.get("level", 1)),
            blocks=[Block.from_dict(b) for b in data.get("blocks", [])],
            fields={str(k): str(v) for k, v in (data.get("fields") or {}).items()},
            required=bool(data.get("required", False)),
        )


@dataclass(slots=True)
class Briefing:
    """A briefing note: its fields, sections and the numbered sources it cites."""

    title: str = ""
    classification: str = ""
    date: str = ""  # ISO date
    author: str = ""
    template: str = ""  # template id
    sections: list[Section] = field(default_factory=list)
    citations: list = field(default_factory=list)  # list[Citation], numbered in a stable order
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    dismissed: list[str] = field(default_factory=list)  # keys of auto blocks the analyst deleted
    # what the last auto-fill produced, so a refresh can tell the analyst's changes from its own:
    auto_keys: list[str] = field(default_factory=list)  # keys of the auto blocks it placed
    auto_fields: dict[str, str] = field(default_factory=dict)  # field name -> value it derived
    # the sections of the other templates as they were last left (template id -> sections),
    # so switching back restores them; never exported
    stash: dict[str, list[Section]] = field(default_factory=dict)
    # a title auto-fill would now suggest; offered to the analyst, never applied by itself
    title_offer: str = ""
    # handling: the marking scheme id ("" = a free-text banner from ``classification``), the
    # title's portion mark, and the header / authority / sign-off fields by label
    marking: str = ""
    title_mark: str = ""
    header: dict[str, str] = field(default_factory=dict)
    # from the template: estimative, citation, date_format, numbered, header, decision, signoff
    style: dict = field(default_factory=dict)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def copy(self) -> Briefing:
        """An independent copy, much faster than ``copy.deepcopy``: immutable parts are shared.

        Evidence spans are frozen; citations are only ever replaced, never changed in place.
        (Made with ``replace``: a field added later is copied too.)
        """
        return replace(
            self,
            sections=[s.copy() for s in self.sections],
            citations=list(self.citations),
            keywords=list(self.keywords),
            dismissed=list(self.dismissed),
            auto_keys=list(self.auto_keys),
            auto_fields=dict(self.auto_fields),
            stash={t: [s.copy() for s in secs] for t, secs in self.stash.items()},
            header=dict(self.header),
            style=dict(self.style),
        )

    def edit_copy(self) -> Briefing:
        """A copy whose lists an editor may change, cheaper than ``copy()``: blocks are shared
        (editors replace them, never change them in place), so the editing view may call it
        on every read (checkers read the briefing per section)."""
        return replace(
            self,
            sections=[
                replace(s, blocks=list(s.blocks), fields=dict(s.fields), columns=list(s.columns))
                for s in self.sections
            ],
            citations=list(self.citations),
            keywords=list(self.keywords),
            dismissed=list(self.dismissed),
            auto_keys=list(self.auto_keys),
            auto_fields=dict(self.auto_fields),
            header=dict(self.header),
        )

    def citation_number(self, source_id: str) -> int | None:
        for c in self.citations:
            if c.source == source_id:
                return c.number
        return None

    def word_count(self) -> int:
        from briefing_app.model.source import word_count

        words = word_count(self.title)
        for s in self.sections:
            words += word_count(s.heading)
            words += sum(word_count(b.text) for b in s.blocks)
        return words

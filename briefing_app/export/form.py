"""What a note's form and standards add to both exports, computed once for DOCX and PDF.

Portion marks and the banner (from the marking scheme), the US authority block, estimative
statements beside judgements, "[To be completed]" for empty required sections, numbered
paragraphs, the header / decision / sign-off blocks, graded citations and the one date style.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from briefing_app.export import content as C
from briefing_app.model import Block, Briefing, Citation, Section
from briefing_app.model.dates import format_date
from briefing_app.model.standards import EstimativeScale, Marking, MarkingScheme
from briefing_app.standards import (
    StandardsError,
    citation_style,
    estimative_scale,
    marking_scheme,
)

TO_BE_COMPLETED = "[To be completed]"
DECISION_HEADING = "Decision"
CHECKBOX = "☐"


def scheme_of(briefing: Briefing) -> MarkingScheme | None:
    """The briefing's marking scheme, or None for a free-text banner (or an unknown id)."""
    if not briefing.marking:
        return None
    try:
        return marking_scheme(briefing.marking)
    except StandardsError:
        return None


def scale_of(briefing: Briefing) -> EstimativeScale:
    with contextlib.suppress(StandardsError):
        return estimative_scale(str(briefing.style.get("estimative") or "icd203"))
    return estimative_scale()


def date_text(briefing: Briefing, iso: str) -> str:
    """A date in the note's one date style (the template's ``date_format``)."""
    return format_date(C.one_line(iso), str(briefing.style.get("date_format") or "long"))


@dataclass(slots=True)
class Form:
    """Everything the form adds, for one briefing; both exporters ask it the same questions."""

    briefing: Briefing
    scheme: MarkingScheme | None = None
    default: Marking | None = None
    marks: list[Marking] = field(default_factory=list)
    paragraph_number: int = 0

    @classmethod
    def of(cls, briefing: Briefing) -> Form:
        form = cls(briefing, scheme_of(briefing))
        if form.scheme is not None:
            form.default = form.scheme.parse(briefing.classification) or form.scheme.lowest()
            form.marks = [form.marking(briefing.title_mark)]
            for section in briefing.sections:
                form.marks += [form.marking(b.mark) for b in section.blocks]
        return form

    # -- markings --------------------------------------------------------------------------
    def marking(self, mark: str) -> Marking:
        assert self.scheme is not None and self.default is not None
        return self.scheme.parse(mark) or self.default if mark else self.default

    def portion(self, mark: str = "", *, lowest: bool = False) -> str:
        """ "(S//NF) " before a paragraph, "" without a scheme."""
        if self.scheme is None:
            return ""
        marking = self.scheme.lowest() if lowest else self.marking(mark)
        return self.scheme.portion(marking) + " "

    def table_portion(self, rows: list[Block]) -> str:
        if self.scheme is None:
            return ""
        return self.scheme.portion(self.scheme.highest([self.marking(r.mark) for r in rows])) + " "

    def banner(self) -> str:
        """The banner: the highest portion mark in full, else the free-text classification."""
        if self.scheme is None:
            return C.banner(self.briefing)
        return self.scheme.banner(self.scheme.highest(self.marks))

    def meta_line(self) -> str:
        """The line under the title: date · author · banner (missing parts left out)."""
        date = date_text(self.briefing, self.briefing.date) if self.briefing.date else ""
        parts = (date, C.one_line(self.briefing.author), self.banner())
        return " · ".join(p for p in parts if p)

    def banner_right(self) -> bool:
        return self.scheme is not None and self.scheme.banner_position == "right"

    def authority_lines(self) -> list[tuple[str, str]]:
        """(label, value) lines of the classification authority block, when the scheme has one
        and the note is classified."""
        if self.scheme is None or not self.scheme.needs_authority(self.scheme.highest(self.marks)):
            return []
        header = self.briefing.header
        return [
            (label, C.one_line(header.get(label, "")) or TO_BE_COMPLETED)
            for label in self.scheme.authority_block
        ]

    # -- text ------------------------------------------------------------------------------
    def lead(self, section: Section, block: Block, kind: str) -> str:
        """What goes before a paragraph's text: its number (numbered notes) and portion mark."""
        number = ""
        if self.briefing.style.get("numbered") and kind == "paragraph":
            self.paragraph_number += 1
            number = f"{self.paragraph_number}.\u00a0"
        return number + self.portion(block.mark)

    def estimate(self, likelihood: str, confidence: str) -> str:
        """ "We assess with moderate confidence that this is likely (55–80%)." or ""."""
        return scale_of(self.briefing).statement(likelihood, confidence)

    def section_estimate(self, section: Section) -> str:
        fields = section.fields
        return self.estimate(fields.get("likelihood", ""), fields.get("confidence", ""))

    def block_estimate(self, block: Block) -> str:
        return self.estimate(block.likelihood, block.confidence)

    def with_estimate(self, pieces: list[C.Piece], block: Block) -> list[C.Piece]:
        """A judgement's pieces with its estimative statement before its citation markers."""
        statement = self.block_estimate(block)
        if not statement:
            return pieces
        at = len(pieces)
        while at and pieces[at - 1].number is not None:
            at -= 1
        head = pieces[:at]
        if head and head[-1].text.endswith(C.NBSP):
            head[-1] = C.Piece(head[-1].text.rstrip(C.NBSP), head[-1].bold, head[-1].italic)
        if head and not head[-1].text.rstrip().endswith((".", "!", "?")):
            head.append(C.Piece("."))
        tail = [C.Piece(C.NBSP)] if at < len(pieces) else []
        return [*head, C.Piece(" " + statement, bold=True), *tail, *pieces[at:]]

    # -- blocks of the form -----------------------------------------------------------------
    def header_lines(self) -> list[tuple[str, str]]:
        """The header block (To, From, Date, Subject...), dates in the note's style."""
        out = []
        for label in self.briefing.style.get("header", []):
            value = C.one_line(self.briefing.header.get(label, ""))
            if label == "Date":
                value = value or self.briefing.date
            if label == "Subject":
                value = value or C.one_line(self.briefing.title)
            if label in ("Date", "As of", "Next update due"):
                value = date_text(self.briefing, value) if value else ""
            out.append((label, value))
        return out

    def decision_options(self) -> list[str]:
        return [f"{CHECKBOX} {d}" for d in self.briefing.style.get("decision", [])]

    def signoff_lines(self) -> list[tuple[str, str]]:
        return [
            (label, C.one_line(self.briefing.header.get(label, "")))
            for label in self.briefing.style.get("signoff", [])
        ]

    def has_closing(self) -> bool:
        return bool(self.briefing.style.get("decision") or self.briefing.style.get("signoff"))

    def citation(self, citation: Citation) -> tuple[str, str]:
        """A Sources entry in the template's citation style: (text, URL to link).

        A briefing without a template style keeps the house style it always had, with the
        accessed date and grade added when it has them."""
        if not self.briefing.style.get("citation_style"):
            text, url = C.citation_parts(citation)
            extra = []
            if citation.accessed:
                extra.append(f"accessed {date_text(self.briefing, citation.accessed)}")
            if citation.grade:
                extra.append(f"grade {citation.grade}")
            if extra:
                text = text.rstrip(", ")
                text = f"{text}, {', '.join(extra)}" + (", " if url else "")
            return text, url
        with contextlib.suppress(StandardsError):
            style = citation_style(str(self.briefing.style["citation_style"]))
            values = {
                "author": C.one_line(citation.author),
                "title": C.one_line(citation.shown_title),
                "outlet": C.one_line(citation.outlet),
                "published": date_text(self.briefing, citation.published)
                if citation.published
                else "",
                "accessed": date_text(self.briefing, citation.accessed)
                if citation.accessed
                else "",
                "grade": C.one_line(citation.grade),
                "url": "",
            }
            text = style.format(values) or C.one_line(citation.source)
            url = C.one_line(citation.url)
            return (text + (style.separator if url else "")), url
        return C.citation_parts(citation)


def is_empty_required(section: Section) -> bool:
    """A required section the analyst has not written yet."""
    return section.required and not any(b.text.strip() or b.cells for b in section.blocks)

"""The briefing linter: estimative language, sourcing, completeness and portion marks.

Rules (``RULES``) run over a plain view of a note (sections of paragraphs), so a project's
briefing, an exported DOCX and a Markdown file are checked the same way. Each finding names
its section, the paragraph (``block``), the offending text and its span in that paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.model import TABLE_ROW, Briefing
from briefing_app.model.standards import EstimativeScale, MarkingScheme
from briefing_app.resources import abbreviated_titles

ERROR, WARNING = "error", "warning"
RULES = {
    "vague-estimate": WARNING,  # could, might, possibly... outside the scale
    "mixed-likelihood": ERROR,  # two likelihood terms from different bands in one sentence
    "likelihood-confidence-mix": ERROR,  # "probably certain"
    "judgement-without-estimate": ERROR,  # a key judgement lacking likelihood or confidence
    "uncited-sentence": WARNING,  # a sentence in Key points or Assessment citing no source
    "required-section-empty": ERROR,
    "portion-mark-missing": ERROR,  # with a marking scheme: a paragraph without a mark
}
TO_BE_COMPLETED = "[To be completed]"
_MARKER = r"\[\d+(?:\s*[,–-]\s*\d+)*\]"
_SENTENCE = re.compile(
    r"\S.*?(?:[.!?]+[\"'”’)]*(?:\s*" + _MARKER + r")*(?=\s|$)|$)", re.S
)  # a sentence with the citation markers that follow it
_CITED = re.compile(_MARKER)
# a full stop that ends an initial ("J."), an acronym ("U.S.") or a word abbreviated in running
# text ("No.", "Fig.", "Jan.") and is followed by more of the sentence, not by a citation marker:
# the sentence goes on (titles, "Brig. Gen.", come from the gazetteers: ``abbreviated_titles``)
_ABBREVIATED = re.compile(
    r"(?:\b[A-Za-z]|\b(?:St|Mt|Ft|No|Nos|Vol|Fig|approx|vs|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec))\.[\"'”’)]*$"
)
_LAST_WORD = re.compile(r"(\S+?)[\"'”’)]*$")


def _abbreviated(sentence: str) -> bool:
    """Whether ``sentence`` ends in an abbreviation's full stop rather than its own."""
    last = _LAST_WORD.search(sentence)
    return bool(_ABBREVIATED.search(sentence)) or (
        last is not None and last.group(1) in abbreviated_titles()
    )


_GOES_ON = re.compile(r"\s*(?:[—–,;:)\]}-]|[a-z])")  # a dash, a comma or a small letter next
# a pronoun, article or linking word that never follows a title, an initial or an acronym
# inside one sentence ("... left the U.S. Then he ...", "... at 5 p.m. The minister ..."): the
# full stop before it ends the sentence ("He" is left out: "Dr. He Jiankui" is a name)
_STARTS = re.compile(
    r"\s*[\"“‘']?(?:The|This|That|These|Those|There|Then|She|It|They|We|You|His|Her|Its"
    r"|Their|Our|But|However|Meanwhile|After|Before|When|While|If|Although)\b"
)
_PORTION = re.compile(r"^\s*(?:\d+\.\s*)?\(([A-Z][A-Z0-9 ,/-]*)\)\s")
_CONFIDENCE = re.compile(r"\b(low|moderate|medium|high)\s+confidence\b", re.I)
_CERTAINTY = ("certain", "certainly", "sure", "surely", "definite", "definitely")
_CITING_SECTIONS = ("key points", "assessment", "key_points")
_JUDGEMENT = re.compile(r"judge?ments?", re.I)
# the estimative statement the exports print ("We assess with ... that this is likely"):
# a judgement of the analyst's, not a fact to cite
_ESTIMATE = re.compile(r"\bWe assess (?:with \w+ confidence )?that this\b")


@dataclass(slots=True)
class Finding:
    """One problem: where (section, block, start-end in the block's text) and what to do."""

    rule: str
    section: str
    text: str
    start: int
    end: int
    message: str
    suggestion: str = ""
    block: int = 0  # index of the paragraph in its section
    severity: str = ""
    section_id: str = ""
    occurrence: int = 0  # which occurrence of ``text`` in its paragraph

    def __post_init__(self) -> None:
        self.severity = self.severity or RULES.get(self.rule, WARNING)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "section": self.section,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(slots=True)
class LintBlock:
    text: str  # with citation markers written as [n]
    mark: str | None = None  # its portion mark; None when marks do not apply
    likelihood: str = ""
    confidence: str = ""


@dataclass(slots=True)
class LintSection:
    id: str
    heading: str
    blocks: list[LintBlock] = field(default_factory=list)
    required: bool = False
    fields: dict[str, str] = field(default_factory=dict)


def sections_of(briefing: Briefing, scheme: MarkingScheme | None) -> list[LintSection]:
    """A briefing's sections as the linter reads them (Sources left out: it is generated)."""
    numbers = {c.source: c.number for c in briefing.citations}
    default = scheme.parse(briefing.classification) if scheme else None
    out = []
    for s in briefing.sections:
        if s.fill == "sources":
            continue
        blocks = []
        for b in s.blocks:
            if b.kind == TABLE_ROW:
                continue  # cells are data (names, types), not prose
            text = "".join(
                (f"[{numbers[r.cite]}]" if r.cite in numbers else "") if r.cite else r.text
                for r in b.runs
            )
            mark = None
            if scheme is not None:
                mark = b.mark if b.mark else ("" if default is None else briefing.classification)
            blocks.append(LintBlock(text, mark, b.likelihood, b.confidence))
        out.append(LintSection(s.id, s.heading, blocks, s.required, dict(s.fields)))
    return out


def lint_briefing(
    briefing: Briefing, scale: EstimativeScale, scheme: MarkingScheme | None = None
) -> list[Finding]:
    return lint_sections(sections_of(briefing, scheme), scale, scheme)


def lint_sections(
    sections: list[LintSection], scale: EstimativeScale, scheme: MarkingScheme | None = None
) -> list[Finding]:
    """Every rule over every paragraph, in document order."""
    terms = _band_terms(scale)
    findings: list[Finding] = []
    for section in sections:
        where = section.heading or section.id
        texts = [b.text for b in section.blocks]
        if (section.required and not any(t.strip() for t in texts)) or any(
            t.strip() == TO_BE_COMPLETED for t in texts
        ):
            findings.append(
                Finding("required-section-empty", where, "", 0, 0,
                        f"The required section “{where}” is empty.",
                        "Write it, or the note goes out with “[To be completed]”.",
                        section_id=section.id)
            )  # fmt: skip
        judgement = bool(_JUDGEMENT.search(section.id) or _JUDGEMENT.search(section.heading))
        cites = section.heading.casefold() in _CITING_SECTIONS or section.id in _CITING_SECTIONS
        for index, block in enumerate(section.blocks):
            if not block.text.strip() or block.text.strip() == TO_BE_COMPLETED:
                continue
            found = _block_findings(block, where, scale, terms, scheme, judgement, cites, section)
            for finding in found:
                finding.block, finding.section_id = index, section.id
                if finding.text:
                    finding.occurrence = block.text[: finding.start].count(finding.text)
            findings += found
    return findings


def _band_terms(scale: EstimativeScale) -> list[tuple[re.Pattern, int, str]]:
    """(pattern, band index, word) for every term and alias, longest first."""
    pairs = [(w, i) for i, band in enumerate(scale.bands) for w in band.words()]
    pairs.sort(key=lambda p: -len(p[0]))
    return [(re.compile(rf"\b{re.escape(w)}\b", re.I), i, w) for w, i in pairs]


def _likelihoods(text: str, terms) -> list[tuple[int, int, int]]:
    """(start, end, band) of every likelihood term in ``text``, longest match first."""
    taken: list[tuple[int, int, int]] = []
    for pattern, band, _ in terms:
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), band))
    return sorted(taken)


def _sentences(text: str) -> list[tuple[str, int]]:
    """(sentence, offset) of each sentence of ``text``, with the citation markers after it."""
    out: list[tuple[str, int]] = []
    for m in _SENTENCE.finditer(text):
        abbreviated = _abbreviated(out[-1][0]) if out else False
        if out and (
            (abbreviated and not _STARTS.match(text, m.start())) or _GOES_ON.match(text, m.start())
        ):
            out[-1] = (text[out[-1][1] : m.end()], out[-1][1])
        elif m.group():
            out.append((m.group(), m.start()))
    return out


def _block_findings(
    block: LintBlock,
    where: str,
    scale: EstimativeScale,
    terms,
    scheme: MarkingScheme | None,
    judgement: bool,
    cites: bool,
    section: LintSection,
) -> list[Finding]:
    text = block.text
    out: list[Finding] = []
    for word in scale.vague:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I):
            out.append(
                Finding("vague-estimate", where, m.group(), m.start(), m.end(),
                        f"“{m.group()}” gives the reader no idea how likely.",
                        "Use a term of the scale: " + ", ".join(b.term for b in scale.bands))
            )  # fmt: skip
    for sentence, offset in _sentences(text):
        found = _likelihoods(sentence, terms)
        if len({band for _, _, band in found}) > 1:
            first, last = found[0], found[-1]
            out.append(
                Finding("mixed-likelihood", where, sentence[first[0] : last[1]],
                        offset + first[0], offset + last[1],
                        "Two likelihood terms from different bands in one sentence.",
                        "Keep one estimate per sentence, or split the sentence.")
            )  # fmt: skip
        for start, end, _ in found:
            around = _mix(sentence, start, end)
            if around:
                a, b = around
                out.append(
                    Finding("likelihood-confidence-mix", where, sentence[a:b],
                            offset + a, offset + b,
                            "Likelihood and certainty are mixed in one phrase.",
                            "Say how likely, then how confident: “likely, with high "
                            "confidence”.")
                )  # fmt: skip
        if (
            cites
            and sentence.strip()
            and not _CITED.search(sentence)
            and not _ESTIMATE.search(sentence)
        ):
            out.append(
                Finding("uncited-sentence", where, sentence.strip(), offset,
                        offset + len(sentence.rstrip()), "This sentence cites no source.",
                        "Add a citation to the source it rests on.")
            )  # fmt: skip
    if judgement:
        has_likelihood = bool(
            block.likelihood or section.fields.get("likelihood") or _likelihoods(text, terms)
        )
        has_confidence = bool(
            block.confidence or section.fields.get("confidence") or _CONFIDENCE.search(text)
        )
        if not (has_likelihood and has_confidence):
            missing = " and ".join(
                n for n, ok in (("likelihood", has_likelihood), ("confidence", has_confidence))
                if not ok
            )  # fmt: skip
            out.append(
                Finding("judgement-without-estimate", where, text.strip()[:80], 0,
                        len(text.rstrip()), f"A key judgement without a {missing}.",
                        "Set how likely and how confident (e.g. “likely”, “moderate "
                        "confidence”).")
            )  # fmt: skip
    if scheme is not None and block.mark is not None:
        mark = block.mark or _leading_mark(text)
        if not mark or scheme.parse(mark) is None:
            what = f"an unknown portion mark “{mark}”" if mark else "no portion mark"
            out.append(
                Finding("portion-mark-missing", where, text[:40], 0, min(len(text), 40),
                        f"This paragraph has {what}.",
                        "Mark it, e.g. " + scheme.portion(scheme.lowest()) + ".")
            )  # fmt: skip
    return out


def _leading_mark(text: str) -> str:
    m = _PORTION.match(text)
    return m.group(1) if m else ""


def _mix(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a likelihood term run together with a certainty word ("probably certain")."""
    after = re.match(r"\s+(\w+)", sentence[end:])
    if after and after.group(1).casefold() in _CERTAINTY:
        return start, end + after.end()
    before = re.search(r"(\w+)\s+$", sentence[:start])
    if before and before.group(1).casefold() in _CERTAINTY:
        return before.start(), end
    return None


def paragraph_marks(sections: list[LintSection]) -> bool:
    """Whether a plain document uses portion marks at all (any paragraph starts with one)."""
    return any(_leading_mark(b.text) for s in sections for b in s.blocks)

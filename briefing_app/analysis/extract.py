"""The spaCy part: sentences and entity mentions of each source, as plain cacheable data."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from briefing_app.analysis.errors import AnalysisCancelled
from briefing_app.analysis.nlp import load_nlp, model_key
from briefing_app.model import Source

# spaCy labels analysis uses; the rest (CARDINAL, MONEY, ...) are dropped here.
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE"})
# Long texts go through the model in pieces of about CHUNK_CHARS, BATCH pieces at a time: the
# model's working memory grows with the characters in a batch (20,000 x 32 peaked near 450 MB,
# 10,000 x 8 stays under 200 MB), and spaCy's max_length is never hit.
CHUNK_CHARS = 10_000
BATCH = 8
_LINE = re.compile(r"[^\n]+")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_NAME_LINE = re.compile(r"[^\s](?:[^\n]*[^\s])?")  # a line's text without its edge spaces
# a name's words: capitalised, joined by "of", "and", "for", "the" ("the Cabinet of Ministers")
_NAME_RUN = re.compile(
    r"(?:[Tt]he )?[A-Z][\w’'.&-]*(?: (?:of|and|for|the|[A-Z][\w’'.&-]*))*? [A-Z][\w’'.&-]*"
)
# spaCy's tokenizer is quadratic in the length of a run without spaces or word characters
# (5,000 characters of ".," take 6 s, of emoji 3.5 s). Such a run is not language: the model
# sees its first few characters and spaces for the rest, so every offset stays where it was.
_RUN = re.compile(r"[^\w\s]{48,}")
_RUN_KEPT = 3


def _blank_run(match: re.Match) -> str:
    run = match.group()
    return run[:_RUN_KEPT] + " " * (len(run) - _RUN_KEPT)


def model_text(text: str) -> str:
    """``text`` as the model should see it: the same length, long symbol runs blanked."""
    return _RUN.sub(_blank_run, text)


def _a_body(name: str) -> bool:
    """Capitalised words joined by "of", "and", "for", "the", one of them a body's word of the
    gazetteer ("Royal Institute of British Architects")."""
    from briefing_app.analysis.gazetteer import gazetteer  # the lists only once a body is cut

    suffixes = gazetteer().org_suffixes
    return _NAME_RUN.fullmatch(name) is not None and any(
        w.lower() in suffixes for w in name.split()
    )


def _line_pieces(
    text: str, start: int, label: str, line_start: bool = True
) -> list[tuple[int, int, str]]:
    """An entity as mentions: itself, or where the model ran a place across a line break
    ("Rwanda\n\nArusha", a list's place and a stamp's), each line's piece that is written as a
    name (opening with a capital), with the same label. Bodies run across lines keep only a
    first piece that ends a line the entity opened inside (``line_start`` False), written as a
    body's name of two words or more ("... Speech at Royal Institute of British Architects"
    over the next paragraph); the other pieces of bodies and people are menus and headings
    ("Subscribe", "Remarks") more often than names."""
    if "\n" not in text:
        return [(start, start + len(text), label)]
    if label == "ORG":
        first = _NAME_LINE.match(text)
        if first is not None and not line_start and _a_body(first.group()):
            return [(start + first.start(), start + first.end(), label)]
        return []
    return [
        (start + m.start(), start + m.end(), label)
        for m in _NAME_LINE.finditer(text)
        if label in _PLACE_LABELS and m.group()[:1].isupper()
    ]


@dataclass(slots=True)
class SourceAnalysis:
    """What the model found in one source: sentence spans and entity mentions (char offsets)."""

    source: str
    model: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, spaCy label

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "model": self.model,
            "sentences": [list(s) for s in self.sentences],
            "entities": [list(e) for e in self.entities],
        }

    @classmethod
    def from_dict(cls, d: dict) -> SourceAnalysis:
        return cls(
            source=str(d["source"]),
            model=str(d.get("model", "")),
            sentences=[(int(s), int(e)) for s, e in d.get("sentences", [])],
            entities=[(int(s), int(e), str(lab)) for s, e, lab in d.get("entities", [])],
        )


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Pieces of at most about CHUNK_CHARS, cut at line breaks where possible."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + CHUNK_CHARS)
        if end < n:
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            if cut != -1:
                end = cut + 1
        yield start, text[start:end]
        start = end


def _pieces(src: Source) -> list[tuple[int, str]]:
    """The pieces of a source's text, the headline ingest keeps at the top (a heading holding
    the title) a piece of its own: the model reads a headline run into the paragraph under it
    as one sentence (it cut a dateline's "Washington D.C." under one to "D.C."), so the rest
    reads as it would without it."""
    text = src.text_for_model
    first = src.paragraphs[0] if src.paragraphs else None
    line = src.text[first.start : first.end] if first is not None else ""
    if first is None or first.kind != "heading" or not src.title or src.title not in line:
        return list(_chunks(text))
    body = next((p.start for p in src.paragraphs[1:]), len(text))
    rest = [(body + at, piece) for at, piece in _chunks(text[body:])]
    return [(0, text[:body]), *rest]


# Two sentences a scrape glued together ("met on 12 March 2024.Chancellor Scholz said"): a
# stop after a lower-case word or a year, a capitalised word straight after it. Not "U.S.Army",
# "No.5" or "e.g.The", whose stop follows a capital, a digit or another stop.
_GLUED = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=\d{4}[.!?]))(?=[A-Z][a-z]+\b)")


def _split_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a model sentence at line breaks (paragraphs never share a sentence) and where a
    scrape glued two sentences, and trim it."""
    for m in _LINE.finditer(text, start, end):
        a = m.start()
        for cut in [g.start() for g in _GLUED.finditer(text, m.start(), m.end())] + [m.end()]:
            s, e = a, cut
            a = cut
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                yield s, e


def analyze_sources(
    sources: Sequence[Source],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    steps: Callable[[int, int], None] | None = None,
) -> list[SourceAnalysis]:
    """Run the model over every source with one ``nlp.pipe``; ``progress`` after each source,
    ``steps`` after each piece of about CHUNK_CHARS (a single huge source shows progress too),
    ``cancelled`` asked after each piece."""
    total = len(sources)
    if cancelled is not None and cancelled():
        raise AnalysisCancelled()
    if not sources:
        return []
    nlp = load_nlp()
    key = model_key()
    results = [SourceAnalysis(source=s.id, model=key) for s in sources]
    pieces: list[tuple[int, int, bool]] = []  # source index, offset, last piece of its source
    texts: list[str] = []
    for i, src in enumerate(sources):
        chunks = _pieces(src) or [(0, "")]  # same length as text
        for j, (offset, piece) in enumerate(chunks):
            pieces.append((i, offset, j == len(chunks) - 1))
            texts.append(model_text(piece))
    done = 0
    for step, ((i, offset, last), doc) in enumerate(
        zip(pieces, nlp.pipe(texts, batch_size=BATCH), strict=True), 1
    ):
        text = sources[i].text
        res = results[i]
        for sent in doc.sents:
            a, b = offset + sent.start_char, offset + sent.end_char
            res.sentences.extend(_split_lines(text, a, b))
        for ent in doc.ents:
            if ent.label_ in KEPT_LABELS:
                at = offset + ent.start_char
                line_start = at == 0 or text[text.rfind("\n", 0, at) + 1 : at].strip() == ""
                res.entities.extend(_line_pieces(ent.text, at, ent.label_, line_start))
        if steps is not None:
            steps(step, len(pieces))
        if last:
            done += 1
            if progress is not None:
                progress(done, total)
        if cancelled is not None and cancelled():
            raise AnalysisCancelled()
    return results

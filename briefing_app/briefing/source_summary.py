"""The source summary statement: an extractive, traceable account of the sources behind a note.

How many sources, of what kinds and grades, which reports more than one source carries
(agreement) and which rest on one source alone. Every sentence cites the sources it counts
and keeps the evidence of the key point it quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from briefing_app.briefing.fill import text_hash
from briefing_app.model import AUTO, PARAGRAPH, Analysis, Block, Citation, KeyPoint, Run

_KIND_NAMES = {
    "html": "web page",
    "htm": "web page",
    "pdf": "PDF document",
    "docx": "Word document",
    "md": "Markdown text",
    "txt": "plain text",
    "text": "plain text",
}
AGREEING, SINGLE, DIFFERING = 2, 1, 1  # how many of each kind the statement quotes
# "17 agreements", "1,200 troops": a count and what it counts
# (a lower-case noun: "27 November" is a date, not a count)
_COUNT = re.compile(r"\b(\d[\d,.]*)\s+([a-z][a-z-]+)")
_NESTED = str.maketrans({"“": "‘", "”": "’"})
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _numbers(citations: list[Citation]) -> str:
    nums = [str(c.number) for c in citations]
    if len(nums) <= 1:
        return "".join(nums)
    return ", ".join(nums[:-1]) + " and " + nums[-1]


def source_summary(analysis: Analysis, numbers: dict[str, int], limit: int = 0) -> list[Block]:
    """The statement's paragraphs (at most ``limit`` when given)."""
    # the note's numbers, not the analysis's (the order of the sources list): a source
    # removed and brought back comes after the others in the note, and the words name it so
    cites = sorted(
        (replace(c, number=numbers[c.source]) for c in analysis.citations if c.source in numbers),
        key=lambda c: c.number,
    )
    if not cites:
        return []

    def refs(sources) -> list[Run]:
        ordered = sorted(set(sources), key=lambda s: numbers.get(s, 10**6))
        return [Run(cite=s) for s in ordered if s in numbers]

    kinds: dict[str, int] = {}
    for c in cites:
        if c.kind:
            name = _KIND_NAMES.get(c.kind.lower(), c.kind.lower())
            kinds[name] = kinds.get(name, 0) + 1
    kind_text = ", ".join(_plural(n, k) for k, n in kinds.items())
    outlets = list(dict.fromkeys(c.outlet for c in cites if c.outlet))
    text = f"This note draws on {_plural(len(cites), 'source')}"
    text += f" ({kind_text})" if kind_text else ""
    told = sum(1 for c in cites if c.outlet)  # "from X" only of the sources that name X
    if outlets and told < len(cites):
        text += f", {told} of them from {_listed(outlets)}."
    else:
        text += f" from {', '.join(outlets)}." if outlets else "."
    # the counts describe whole sources: each one's trace is a passage of every source it
    # counts (the first the analysis used), so a click still opens each source
    anchors = _anchors(analysis)
    blocks = [_block("ss:count", [Run(text), *refs(c.source for c in cites)])]

    graded: dict[str, list[Citation]] = {}
    for c in cites:
        graded.setdefault(c.grade or "ungraded", []).append(c)
    parts = [
        f"{grade} ({'source' if len(group) == 1 else 'sources'} {_numbers(group)})"
        for grade, group in sorted(graded.items(), key=lambda kv: (kv[0] == "ungraded", kv[0]))
    ]
    lead = "Source grades (Admiralty code): " + "; ".join(parts) + "."
    blocks.append(_block("ss:grades", [Run(lead), *refs(c.source for c in cites)]))

    points = [kp for kp in analysis.key_points if kp.evidence and kp.text.strip()]
    agreeing = [kp for kp in points if len(_sources(kp)) >= 2][:AGREEING]
    for kp in agreeing:
        group = [c for c in cites if c.source in _sources(kp)]
        lead = f"Sources {_numbers(group)} agree that: "
        blocks.append(_quoted(f"ss:agree:{text_hash(kp.text)}", lead, kp, refs(_sources(kp))))
    known = [kp for kp in points if _known(kp, cites)]
    for a, b in _differing(known)[:DIFFERING]:
        ca, cb = (next(c for c in cites if c.source in _sources(k)) for k in (a, b))
        if ca.number > cb.number:
            (a, ca), (b, cb) = (b, cb), (a, ca)
        text = (
            f"Sources {ca.number} and {cb.number} differ: source {ca.number} reports "
            f"“{_inline(a.text)}”"
        )
        block = _block(f"ss:differ:{text_hash(a.text + b.text)}", [Run(text), *refs([ca.source])])
        block.runs += [Run(f"; source {cb.number} reports “{_inline(b.text)}”."),
                       *refs([cb.source])]  # fmt: skip
        block.evidence = [*a.evidence, *b.evidence]
        blocks.append(block)
    if len(cites) > 1:
        single = [kp for kp in points if len(_sources(kp)) == 1][:SINGLE]
        for kp in single:
            only = next(c for c in cites if c.source in _sources(kp)) if _known(kp, cites) else None
            if only is None:
                continue
            lead = f"Only source {only.number} reports that: "
            blocks.append(_quoted(f"ss:single:{text_hash(kp.text)}", lead, kp, refs(_sources(kp))))
        if not agreeing:
            blocks.append(
                _block(
                    "ss:none",
                    [
                        Run("No key point is reported by more than one source."),
                        *refs(c.source for c in cites),
                    ],
                )
            )
    for block in blocks:
        if not block.evidence:
            block.evidence = [anchors[s] for s in block.citations if s in anchors]
    return blocks[:limit] if limit else blocks


def _anchors(analysis: Analysis) -> dict:
    """Source id -> the first evidence span the analysis found in it."""
    found: dict = {}
    for item in (*analysis.key_points, *analysis.background, *analysis.actors):
        for ev in item.evidence:
            found.setdefault(ev.source, ev)
    return found


def _differing(points: list[KeyPoint]) -> list[tuple[KeyPoint, KeyPoint]]:
    """Pairs of points from different sources about the same named thing that give a
    different count of the same thing ("17 agreements" against "12 agreements")."""
    pairs = []
    for a, b in combinations(points, 2):
        if set(_sources(a)) & set(_sources(b)):
            continue
        names = set(_NAME.findall(a.text)) & set(_NAME.findall(b.text))
        counts_a = dict((noun, n) for n, noun in _COUNT.findall(a.text))
        counts_b = dict((noun, n) for n, noun in _COUNT.findall(b.text))
        shared = [k for k in counts_a.keys() & counts_b.keys() if counts_a[k] != counts_b[k]]
        if names and shared:
            pairs.append((a, b))
    return pairs


def _sources(kp: KeyPoint) -> list[str]:
    return list(dict.fromkeys(kp.sources or [e.source for e in kp.evidence]))


def _known(kp: KeyPoint, cites: list[Citation]) -> bool:
    return any(c.source in _sources(kp) for c in cites)


def _inline(text: str) -> str:
    """A point's text to quote inside the statement's own quotation marks: no closing full
    stop (inside a closing quote too), and quotation marks within it made single, as nested
    quotations are written (“… ‘We will help,’ he said …”)."""
    text = re.sub(r"[.]([”\"’']?)$", r"\1", text.strip())
    text = re.sub(r'(^|[\s(\[])"', "\\1‘", text).replace('"', "’")
    return text.translate(_NESTED)


def _quoted(key: str, lead: str, kp: KeyPoint, cites: list[Run]) -> Block:
    block = _block(key, [Run(lead + "“" + _inline(kp.text) + "”."), *cites])
    block.evidence = list(kp.evidence)
    return block


def _block(key: str, runs: list[Run]) -> Block:
    return Block(kind=PARAGRAPH, runs=runs, origin=AUTO, key=key)

"""Right-to-left words (Arabic, Hebrew) as the PDF page must draw them.

reportlab draws characters in the order they are stored, left to right, each in its isolated
form. A PDF's page is visual: a reader draws what it is given and text extraction (search,
copy, a screen reader) turns right-to-left runs back into reading order. So an Arabic or
Hebrew name printed mirrored, Arabic letters unjoined, and read back reversed.

Here, for a line of a left-to-right note: each run of right-to-left text (with the spaces,
punctuation and numbers inside it) is reversed as a whole, numbers and a letter's combining
marks keeping their own order, brackets mirrored; Arabic letters take their joined forms
(Unicode's presentation forms, which the bundled fonts carry), which the PDF's text maps back
to the letters written (``base_letters``)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_OPENERS = "([{<«‹"
_CLOSERS = dict(zip(")]}>»›", _OPENERS, strict=True))
_FORMS = ("isolated", "final", "initial", "medial")


@cache
def _forms() -> dict[str, dict[str, str]]:
    """Arabic letter -> its presentation forms by position ("isolated", "final", ...)."""
    out: dict[str, dict[str, str]] = {}
    for code in (*range(0xFB50, 0xFDFF), *range(0xFE70, 0xFEFD)):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and parts[0].strip("<>") in _FORMS:
            out.setdefault(chr(int(parts[1], 16)), {})[parts[0].strip("<>")] = chr(code)
    return out


def _dual(ch: str) -> bool:
    """Whether an Arabic letter joins the letter after it too (not only the one before)."""
    forms = _forms().get(ch, {})
    return "initial" in forms or "medial" in forms or ch == "\u0640"


def _joins(ch: str) -> bool:
    return ch in _forms() or ch == "\u0640"


def _shape(text: str, has_glyph) -> str:
    """Arabic letters in their joined forms (those the font has a glyph for)."""
    forms = _forms()
    letters = [i for i, ch in enumerate(text) if unicodedata.category(ch) != "Mn"]
    out = list(text)
    # (no lam-alef ligature: readers disagree on the order its two letters read back in)
    for n, i in enumerate(letters):
        if text[i] not in forms:
            continue
        prev = text[letters[n - 1]] if n and letters[n - 1] == _before(text, i) else ""
        nxt_i = letters[n + 1] if n + 1 < len(letters) and letters[n + 1] == _after(text, i) else -1
        nxt = text[nxt_i] if nxt_i >= 0 else ""
        joins_prev = bool(prev) and _dual(prev) and _joins(text[i])
        joins_next = _dual(text[i]) and bool(nxt) and _joins(nxt)
        form = {(1, 1): "medial", (1, 0): "final", (0, 1): "initial"}.get(
            (joins_prev, joins_next), "isolated"
        )
        shaped = forms[text[i]].get(form) or forms[text[i]].get("isolated")
        if shaped and has_glyph(shaped):
            out[i] = shaped
    return "".join(out)


def _before(text: str, i: int) -> int:
    """The index of the letter before ``i`` (over combining marks), -1 if none."""
    j = i - 1
    while j >= 0 and unicodedata.category(text[j]) == "Mn":
        j -= 1
    return j


def _after(text: str, i: int) -> int:
    j = i + 1
    while j < len(text) and unicodedata.category(text[j]) == "Mn":
        j += 1
    return j if j < len(text) else -1


def _clusters(text: str) -> list[str]:
    """``text`` in pieces drawn as one: a character with its combining marks, a number."""
    pieces: list[str] = []
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if pieces and (kind == "NSM" or (kind in ("EN", "AN") and _number(pieces[-1]))):
            pieces[-1] += ch
        elif pieces and kind in ("CS", "ES") and _number(pieces[-1]) and ch in ",.:/":
            pieces[-1] += ch  # (a number's separator: "1,200", "12.5"; undone below if last)
        else:
            pieces.append(ch)
    out: list[str] = []
    for piece in pieces:  # a separator that ended up last belongs to no number
        if len(piece) > 1 and _number(piece) and not piece[-1].isdigit():
            out += [piece[:-1], piece[-1]]
        else:
            out.append(piece)
    return out


def _number(piece: str) -> bool:
    return unicodedata.bidirectional(piece[0]) in ("EN", "AN")


def visual(text: str, has_glyph=lambda ch: True) -> str:
    """``text`` (one line of a left-to-right paragraph) in the order the page draws it."""
    if not _RTL.search(text):
        return text
    text = _shape(text, has_glyph)
    pieces = _clusters(text)
    strong = [
        unicodedata.bidirectional(p[0]) in ("R", "AL") or bool(_RTL.match(p[0])) for p in pieces
    ]
    ltr = [unicodedata.bidirectional(p[0]) == "L" for p in pieces]
    out: list[str] = []
    i = 0
    while i < len(pieces):
        if not strong[i]:
            out.append(pieces[i])
            i += 1
            continue
        # the run: from this right-to-left letter to the last one (or a number after it)
        # before a left-to-right letter
        end = i
        j = i
        while j < len(pieces) and not ltr[j]:
            if strong[j] or _number(pieces[j]):
                end = j
            j += 1
        start, end = _with_brackets(pieces, ltr, i, end)
        del out[len(out) - (i - start) :]  # (an opening bracket already placed joins the run)
        out += [_MIRROR.get(p, p) for p in reversed(pieces[start : end + 1])]
        i = end + 1
    return "".join(out)


def _with_brackets(pieces: list[str], ltr: list[bool], start: int, end: int) -> tuple[int, int]:
    """The run widened to the partner of each bracket in it, across neutrals and numbers only
    (a bracket pair holding right-to-left text goes with it: "حلب [2]" keeps "[2]" whole)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for k, piece in enumerate(pieces):
        if piece in _OPENERS:
            stack.append(k)
        elif piece in _CLOSERS and stack and pieces[stack[-1]] == _CLOSERS[piece]:
            pairs[stack[-1]], pairs[k] = k, stack[-1]
            stack.pop()
    changed = True
    while changed:
        changed = False
        for k in range(start, end + 1):
            partner = pairs.get(k, k)
            if partner > end and not any(ltr[end + 1 : partner]):
                end, changed = partner, True
            elif partner < start and not any(ltr[partner + 1 : start]):
                start, changed = partner, True
    return start, end


def base_letters(ch: str) -> str:
    """What a presentation form drawn in place of a letter reads back as (the letters)."""
    if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
        return unicodedata.normalize("NFKC", ch)
    return ch

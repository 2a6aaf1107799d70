"""Turning raw entity spans into clean mentions: no "the", no possessive, titles as roles."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer, norm
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_LEADING_JUNK = "\"“”‘’'([{«<*-–—•· \t"
_TRAILING_JUNK = "\"“”‘’'()[]{}»>*,;:!?–—-· \t"
_POSSESSIVE = ("’s", "'s", "’S", "'S")
_ARTICLES = ("the ", "The ", "THE ")
_WORD = re.compile(r"[^\s]+")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&.]{1,9})\)")
_CAP_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|and|for|the|on|in|&")
_MINOR = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des"})


@dataclass(slots=True)
class Mention:
    """One clean mention: ``text == source_text[start:end]``; role from a title before it."""

    source: int  # index of the source in the list being analysed
    start: int
    end: int
    text: str
    label: str  # spaCy label (PERSON, ORG, GPE, LOC, FAC, NORP)
    role: str = ""
    article: bool = False  # written after "the": people are not, places and bodies are


@lru_cache(maxsize=65536)
def cached_norm(text: str) -> str:
    """``norm`` with a cache: the same names come back again and again."""
    return norm(text)


def _title_prefix(words: list[str], gaz: Gazetteer) -> int:
    """How many leading words form the longest title or honorific (0 if none)."""
    for k in range(min(gaz.max_title_words, len(words) - 1), 0, -1):
        key = cached_norm(" ".join(words[:k]))
        if key in gaz.titles or key in gaz.honorifics:
            return k
    return 0


def _strip_inner_titles(text: str, s: int, e: int, gaz: Gazetteer) -> tuple[int, str]:
    """Move past (nationality +) title words at the start of an entity; return new start, role."""
    role = ""
    pos = s
    while True:
        words = list(_WORD.finditer(text, pos, e))
        if len(words) < 2:
            break
        tokens = [w.group() for w in words]
        k = _title_prefix(tokens, gaz)
        title_from = 0
        if k == 0 and len(tokens) > 2 and cached_norm(tokens[0]) in gaz.demonyms:
            k2 = _title_prefix(tokens[1:], gaz)
            k, title_from = (k2 + 1, 1) if k2 else (0, 0)
        if k == 0:
            break
        if not role and cached_norm(" ".join(tokens[title_from:k])) not in gaz.honorifics:
            role = text[words[0].start() : words[k - 1].end()]
        pos = words[k].start()
    return pos, role


def title_before(text: str, start: int, gaz: Gazetteer) -> str:
    """A title (with a nationality word before it, if any) written right before a name."""
    window = text[max(0, start - 80) : start]
    if not window.endswith((" ", "\u00a0")) or "\n" in window[-2:]:
        return ""
    window = window.rsplit("\n", 1)[-1]
    words = window.split()
    if not words or not words[-1][:1].isalpha():
        return ""
    for k in range(min(gaz.max_title_words, len(words)), 0, -1):
        cand = words[-k:]
        if cached_norm(" ".join(cand)) in gaz.titles and cand[0][:1].isupper():
            if len(words) > k and cached_norm(words[-k - 1]) in gaz.demonyms:
                cand = words[-k - 1 :]
            return " ".join(cand)
    return ""


def _ends_title(text: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """True when the span is the last word(s) of a title ("Secretary of State")."""
    before = text[max(0, s - 40) : s].split()
    for k in range(1, min(len(before), gaz.max_title_words - 1) + 1):
        if cached_norm(" ".join([*before[-k:], text[s:e]])) in gaz.titles:
            return True
    return False


def clean_mention(
    text: str, source: int, s: int, e: int, label: str, gaz: Gazetteer
) -> Mention | None:
    """The clean span of a raw entity, or None when nothing name-like is left."""
    while s < e and text[s] in _LEADING_JUNK:
        s += 1
    while e > s and text[e - 1] in _TRAILING_JUNK:
        e -= 1
    article = text.endswith(_ARTICLES, max(0, s - 4), s)
    for art in _ARTICLES:
        if text.startswith(art, s) and e - s > len(art):
            s += len(art)
            article = True
            break
    if text.endswith(_POSSESSIVE, s, e):
        e -= 2
    elif e - s > 2 and text[e - 1] in "’'" and text[e - 2] in "sS":
        e -= 1
    while e > s and text[e - 1] in _TRAILING_JUNK:
        e -= 1
    role = ""
    if label in ("PERSON", "ORG", "NORP") and not _org_like(text[s:e], gaz):
        s, role = _strip_inner_titles(text, s, e, gaz)
    if e - s < 2 or e - s > 100:
        return None
    name = text[s:e]
    if not name[0].isupper() and not name[0].isdigit():
        return None
    if _ends_title(text, s, e, gaz):
        return None  # "State" in "Secretary of State" is part of a title, not a body
    if not any(c.isalpha() for c in name) or cached_norm(name) in gaz.non_actors:
        return None
    if not role and label != "NORP":
        role = title_before(text, s, gaz)
    return Mention(source, s, e, name, label, role, article)


def _org_like(name: str, gaz: Gazetteer) -> bool:
    """A known organisation or a name ending in an organisation word ("Union", "Ministry")."""
    key = cached_norm(name)
    return key in gaz.organizations or key.rsplit(" ", 1)[-1] in gaz.org_suffixes


def initials(long_form: str) -> str:
    """Initials of the capitalised words of a long name ("of", "the" skipped)."""
    return "".join(w[0] for w in long_form.replace("-", " ").split() if w not in _MINOR)


def acronym_matches(acronym: str, long_form: str) -> bool:
    """True when the acronym is the long form's initials (dots and case ignored)."""
    letters = acronym.replace(".", "").replace("&", "").upper()
    init = initials(long_form).upper()
    return len(letters) >= 2 and (letters == init or (len(init) > 2 and letters == init[:-1]))


def find_acronyms(text: str, source: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs (long form, acronym) written as "Long Form Name (LFN)"; the long form may be new."""
    by_end = {m.end: m for m in mentions}
    pairs = []
    for match in _ACRONYM.finditer(text):
        acr = match.group(1)
        if not any(c.isupper() for c in acr[1:]) and len(acr) > 3:
            continue  # "(Reuters)" is not an acronym
        gap_start = match.start()
        end = gap_start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        long_form = by_end.get(end)
        if long_form is None or not acronym_matches(acr, long_form.text):
            long_form = _guess_long_form(text, source, end, acr)
        if long_form is None:
            continue
        short = Mention(source, match.start(1), match.end(1), acr, long_form.label)
        pairs.append((long_form, short))
    return pairs


def _guess_long_form(text: str, source: int, end: int, acr: str) -> Mention | None:
    """The capitalised words before "(ACR)" whose initials spell it, as a new ORG mention."""
    words = list(re.finditer(r"[^\s]+", text[max(0, end - 200) : end]))
    base = max(0, end - 200)
    need = len(acr.replace(".", "").replace("&", ""))
    for k in range(need, min(len(words), need + 4) + 1):
        chunk = words[-k:]
        first = chunk[0].group()
        if not first[:1].isupper():
            continue
        s = base + chunk[0].start()
        name = text[s:end]
        if "\n" in name or not all(_CAP_WORD.fullmatch(w.group()) for w in chunk):
            continue
        if acronym_matches(acr, name):
            return Mention(source, s, end, name, "ORG")
    return None


_CAPITALISED = re.compile(r"(?<![\w’'.-])[A-Z]")
# Month and weekday names are never recalled as names ("May" the surname, "May" the month).
_SKIP_RECALL = frozenset([*(m.lower() for m in MONTHS), *(d.lower() for d in WEEKDAYS)])


def recall(sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Later uses of a name the model labelled somewhere but missed here ("Scholz", "CSTO")."""
    labels: dict[str, Counter] = {}
    for m in mentions:
        key = cached_norm(m.text)
        if (
            len(m.text) < 3
            or key in _SKIP_RECALL
            or key in gaz.titles
            or key in gaz.stopwords
            or key in gaz.demonyms
        ):
            continue
        labels.setdefault(m.text, Counter())[m.label] += 1
    # Candidates by their first three characters: cheap to look up at every capital letter.
    by_prefix: dict[str, list[str]] = {}
    for form in sorted(labels, key=lambda f: (-len(f), f)):
        by_prefix.setdefault(form[:3], []).append(form)
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.source, []).append((m.start, m.end))
    found = []
    for i, src in enumerate(sources):
        text = src.text
        spans = sorted(taken.get(i, []))
        starts = [a for a, _ in spans]
        for hit in _CAPITALISED.finditer(text):
            pos = hit.start()
            for form in by_prefix.get(text[pos : pos + 3], ()):
                end = pos + len(form)
                if not text.startswith(form, pos) or (end < len(text) and text[end].isalnum()):
                    continue
                k = bisect.bisect_right(starts, end) - 1
                if k >= 0 and spans[k][1] > pos:
                    break  # already a mention there
                label = min(labels[form], key=lambda lab: (-labels[form][lab], lab))
                role = title_before(text, pos, gaz) if label != "NORP" else ""
                article = text.endswith(_ARTICLES, max(0, pos - 4), pos)
                found.append(Mention(i, pos, end, form, label, role, article))
                break
    return found

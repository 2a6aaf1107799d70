"""People the model missed or cut, found by the shape of a name in running text:

- a surname in capitals after a given name, the convention of police and court notices and of
  French usage ("charges against Ana VARNEK of Lyon", later "VARNEK and ... will appear"): the
  surname written alone again in capitals is the evidence;
- a full name right after a written title and before running text ("Special Envoy Ana Varn
  also attended", "Commissioner Piet Osk said"): a title of the lists, two or three capitalised
  words of a name's shape, then a lower-case word or a stop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.apposed import _name_shape
from briefing_app.analysis.bodies import address_forms
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    is_title,
    overlaps_taken,
    taken_spans,
    title_before,
)
from briefing_app.analysis.ranked import _abbreviation_before, _title_case_line
from briefing_app.model import Source

_GIVEN_SURNAME = re.compile(
    r"(?<![\w’'.&-])(?P<given>[A-Z][a-z\u00df-\u024f]+(?:-[A-Z][a-z\u00df-\u024f]+)?) "
    r"(?P<surname>[A-Z\u00c0-\u00de]{3,}(?:-[A-Z\u00c0-\u00de]{2,})?)(?![\w’'-])"
)
_CAPITALS_WORD = r"(?<![\w’'.&-]){}(?![\w’'-])"
_GIVEN_BEFORE = re.compile(r"[A-Z][a-z\u00df-\u024f]+ $")
# a capitalised word right after the capitals: they prefix a name ("HMAS Supply"), no surname
_PREFIX_OF_NAME = re.compile(r" [A-Z][a-z]")
_MIXED_CASE = 0.5  # share of lower-case letters that makes a line running text, not a banner


def capitals_surnames(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """A given name and a surname in capitals, the surname written alone again in capitals in
    the same source: one person. A mention the model made of either word alone is widened to
    the whole name (in place); the lone surnames become mentions of that person, returned with
    any name no mention covered. Never a surname the lists know (a place, a body, an acronym,
    a title), one written in lower case, or one on a line in capitals."""
    lower = lowercase_words(sources)
    found: list[Mention] = []
    by_source: dict[int, list[Mention]] = {}
    for m in mentions:
        by_source.setdefault(m.source, []).append(m)
    for i, src in enumerate(sources):
        text = src.text
        for hit in _GIVEN_SURNAME.finditer(text):
            surname = hit.group("surname")
            if not _a_surname(surname, hit.group("given"), lower, gaz) or not _running(
                text, *hit.span()
            ):
                continue
            if f"({surname})" in text:
                continue  # "Kelvo JCTT" after "... Team (JCTT)": an acronym the text defines
            alone = [
                a
                for a in re.finditer(_CAPITALS_WORD.format(re.escape(surname)), text)
                if a.start() != hit.start("surname")
                and not _GIVEN_BEFORE.search(text, max(0, a.start() - 30), a.start())
                and _running(text, a.start(), a.end())
                and not _PREFIX_OF_NAME.match(text, a.end())
            ]
            if not alone:
                continue
            s, e = hit.span()
            inside = [m for m in by_source.get(i, []) if m.start < e and s < m.end]
            if len(inside) > 1 or any(m.start < s or m.end > e for m in inside):
                continue  # part of a longer name the model read, or read in two pieces
            if inside:
                m = inside[0]
                m.start, m.end, m.text, m.label = s, e, text[s:e], "PERSON"
            else:
                found.append(Mention(i, s, e, text[s:e], "PERSON"))
            taken = taken_spans([*by_source.get(i, []), *found])
            for a in alone:
                if not overlaps_taken(taken.get(i, []), a.start(), a.end()):
                    found.append(Mention(i, a.start(), a.end(), surname, "PERSON"))
    return found


def _a_surname(surname: str, given: str, lower: frozenset[str], gaz: Gazetteer) -> bool:
    key = cached_norm(surname)
    given_key = cached_norm(given)
    return not (
        key in lower
        or key in gaz.places
        or key in gaz.organizations
        or key in gaz.demonyms
        or key in gaz.stopwords
        or key in gaz.titles
        or key in gaz.org_suffixes
        or given_key in lower
        or given_key in gaz.titles
        or given_key in gaz.places
        or given_key in gaz.stopwords
    )


def _running(text: str, s: int, e: int) -> bool:
    """The name stands in running text: its line is mostly lower case (a banner is not)."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    line = text[start : end if end != -1 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.islower() for c in letters) >= _MIXED_CASE * len(letters)


_NAME_WORD = r"[A-Z][a-z\u00df-\u024f’'-]+(?:-[A-Z][a-z\u00df-\u024f]+)?"
_TITLED = re.compile(
    rf"(?<![\w’'.&-])(?P<name>{_NAME_WORD}(?: [A-Z]\.)?(?: {_NAME_WORD}){{1,2}})"
    r"(?= (?:[a-z]+\b)|[,.;:])"
)


def titled_full_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Two or three name-shaped words no mention covers, right after a written title and
    followed by a lower-case word or a stop ("Special Envoy Ana Varn also attended"): the
    person holding the title. No word may be written in lower case in the sources or be a
    place, people, title, organisation word or month (``apposed._name_shape``)."""
    lower = lowercase_words(sources)
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        hit = _TITLED.search(text)
        while hit is not None:
            s, e = hit.span("name")
            hit = _TITLED.search(text, s + 1)  # "Envoy Ana Varn" fails, "Ana Varn" is tried
            name = text[s:e]
            if overlaps_taken(spans, s, e) or not title_before(text, s, gaz):
                continue
            if not (text[s - 2 : s - 1].isalnum() or _abbreviation_before(text, s)):
                continue  # "the Commissioner, Cabinet Secretaries": a list, no title's holder
            if text.startswith((" of ", " for "), e) or _title_case_line(text, s):
                continue  # "Director General Briefs Board of Governors": a headline
            words = [cached_norm(w) for w in name.split()]
            if not _name_shape(name, lower, gaz) or any(is_title(w, gaz) for w in words):
                continue
            m = clean_mention(text, i, s, e, "PERSON", gaz)
            if m is not None and m.text == name:
                found.append(m)
    return found


def _bracketed_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    forms = address_forms(gaz)
    return re.compile(
        r"(?<![\w’'.-])(?:" + "|".join(forms) + r")\.? (?P<name>\[[A-Z][\w’'-]+\] "
        rf"{_NAME_WORD}(?: {_NAME_WORD})?)(?![\w’'-])"
    )


def bracketed_given_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """A transcript's editorial brackets around a given name after a form of address ("Mr.
    [Ana] Varn"): one person, "Ana] Varn", which ``kickers.cut_at_brackets`` shows as the
    surname written outside the brackets, "Varn". A mention the model made inside it (often
    the bracketed word alone, read as a body) is widened in place; otherwise a new one is
    returned."""
    pattern = _bracketed_pattern(gaz)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        if "] " not in src.text:
            continue
        own = [m for m in mentions if m.source == i]
        for hit in pattern.finditer(src.text):
            s, e = hit.start("name") + 1, hit.end("name")  # the model's view: no bracket
            inside = [m for m in own if m.start < e and s - 1 < m.end]
            if any(m.start < s - 1 or m.end > e for m in inside):
                continue
            if inside:
                for m in inside:
                    m.start, m.end, m.text, m.label = s, e, src.text[s:e], "PERSON"
            else:
                found.append(Mention(i, s, e, src.text[s:e], "PERSON"))
    return found


_OF_BODY = re.compile(
    rf"(?<![\w’'.&-])(?P<name>{_NAME_WORD}(?: [A-Z]\.)?(?: {_NAME_WORD}){{1,2}}) of (?:the )?"
    r"(?=[A-Z])"
)
_OPENS = (". ", ", ", " and ", " by ", ": ")


def people_of_bodies(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Two or three name-shaped words opening a sentence, a clause or a list item, then "of
    (the)" and a name the model tagged ("Ana Varn of the Harbour Office chaired the briefing",
    "..., and Piet Osk of the Relief Agency"): a person and the body she speaks for. Never on
    a title-case line ("Separatist Regions of Georgia Sign ...") or after "the"."""
    lower = lowercase_words(sources)
    taken = taken_spans(mentions)
    ends = {(m.source, m.start): m.end for m in mentions}
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        for hit in _OF_BODY.finditer(text):
            s, e = hit.span("name")
            opens = s == 0 or text[s - 1] == "\n" or text.endswith(_OPENS, max(0, s - 6), s)
            body_end = ends.get((i, hit.end()))
            if not opens or body_end is None or overlaps_taken(spans, s, e):
                continue
            if _second_post(text, s, body_end, gaz):
                continue  # "Managing Director and Chief Editor of X Ana Varn": a post, no one
            if _title_case_line(text, s) or not _name_shape(hit.group("name"), lower, gaz):
                continue
            m = clean_mention(text, i, s, e, "PERSON", gaz)
            if m is not None and m.text == hit.group("name"):
                found.append(m)
    return found


# the holder's name after a body (perhaps after its acronym in brackets): "... of X (XA) Ana"
_HOLDER_AFTER = re.compile(r"(?: \([A-Z][A-Za-z]{1,7}\))? [A-Z][a-z]")


def _second_post(text: str, s: int, body_end: int, gaz: Gazetteer) -> bool:
    """ "Managing Director and Chief Editor of Kelvo News Agency Ana Varn": after "<title> and"
    the words before "of" are a second post of the holder named after the body."""
    return (
        text.endswith(" and ", 0, s)
        and bool(title_before(text, s - 4, gaz))
        and _HOLDER_AFTER.match(text, body_end) is not None
    )


_PORTFOLIO_HOLDER = re.compile(
    r"(?<![\w’'.-])(?P<title>[A-Z][a-z]+) (?:for|of) (?:the )?"
    r"(?:[A-Z][\w’'-]*(?: (?:and|&))? ){1,4}?"
    rf"(?P<name>{_NAME_WORD}(?: [A-Z]\.)? {_NAME_WORD})(?= [a-z]|[,.;:])"
)


def portfolio_holders(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """A full name right after a title and its portfolio ("Commissioner for Crisis Relief Ana
    Varn said", "Minister of Trade and Industry Piet Osk,", "Secretary of Rural Roads Ana K.
    Varn,"): the model often reads portfolio and name as one body, which the title's portfolio
    then drops. The last two words (a middle initial between them) before a lower-case word or
    a stop, both of a name's shape, no mention covering them."""
    lower = lowercase_words(sources)
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        hit = _PORTFOLIO_HOLDER.search(text)
        while hit is not None:
            s, e = hit.span("name")
            name = hit.group("name")
            if not is_title(cached_norm(hit.group("title")), gaz):
                # "Republic of the Islands and Assistant Secretary" is no holder, and the
                # "Secretary of ..." inside it is tried next
                hit = _PORTFOLIO_HOLDER.search(text, hit.start() + 1)
                continue
            hit = _PORTFOLIO_HOLDER.search(text, e)
            if overlaps_taken(spans, s, e):
                continue
            if text.endswith((" and ", " & "), 0, s):
                continue  # "Minister for the Far North and Inner Steppe": the portfolio goes on
            if _title_case_line(text, s) or not _name_shape(name, lower, gaz):
                continue
            m = clean_mention(text, i, s, e, "PERSON", gaz)
            if m is not None and m.text == name:
                found.append(m)
    return found

"""A person's surname of several words, written on its own after the full name: "Graziano da
Silva" of "José Graziano da Silva", "García Márquez" of "Gabriel García Márquez"; and a name
written surname first, "Abbott, Tony"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import PERSON, Actor, Source

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind


def merge_surname_phrases(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """A person's name of two words or more that ends exactly one longer person's name of a
    source it is written in (a headline's "Graziano da Silva" too) is that person's surname on
    its own. Ending the names of two people ("Lopez Vidal" of "Ana Lopez Vidal" and "Carlos
    Lopez Vidal"), it stays apart."""
    persons = [c for c in clusters.values() if c.type == PERSON]
    forms: dict[int, list[tuple[list[str], _Cluster]]] = {}  # by source: (words, cluster)
    for c in persons:
        for m in c.mentions:
            forms.setdefault(m.source, []).append((cached_norm(m.text).split(), c))
    for c in sorted(persons, key=lambda c: c.key):
        if c.hard:
            continue
        roots: set[str] = set()
        for m in c.mentions:
            short = cached_norm(m.text).split()
            longer = [
                o
                for words, o in forms.get(m.source, ())
                if o is not c and len(words) > len(short) and words[-len(short) :] == short
            ]
            if len(short) < 2:
                roots = set()
                break
            roots |= {uf.find(o.key) for o in longer}
        roots.discard(uf.find(c.key))
        if len(roots) == 1:
            uf.union(roots.pop(), c.key)


def inverted_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer | None = None
) -> list[Mention]:
    """Mentions plus each name written surname first ("Abbott, Tony" in a header or a list)
    of a person the same source names in full ("Tony Abbott"); the pieces the model labelled
    inside it are dropped. "Varn, Piet Osk" (a list of names) is no inverted name, nor are two
    places of a list ("went to Jordan, Chad and Niger" beside "Chad Jordan")."""
    places = {(m.source, m.start, m.end) for m in mentions if m.label in _PLACE_LABELS}
    added: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        if m.label != "PERSON" or len(words) != 2 or not all(w[:1].isupper() for w in words):
            continue
        given, surname = words
        text = sources[m.source].text
        if f"{surname}, {given}" not in text:
            continue  # the cheap test first: most people are never written surname first
        pattern = rf"(?<![\w’'.-]){re.escape(surname)}, {re.escape(given)}(?![\w’'-]| [A-Z])"
        for hit in re.finditer(pattern, text):
            if _places_listed(text, hit, m.source, places, gaz):
                continue
            if not any(a.source == m.source and a.start == hit.start() for a in added):
                added.append(Mention(m.source, hit.start(), hit.end(), hit.group(), "PERSON"))
    if not added:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(a.source == m.source and a.start <= m.start and m.end <= a.end for a in added)
    ]
    return kept + added


_PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")
_NEXT_ITEM = re.compile(r",?(?: and| or)? ([A-Z][\w’'-]*)")
_ITEM_BEFORE = re.compile(r"([A-Z][\w’'-]*),? $")


def _places_listed(text: str, hit: re.Match, source: int, places, gaz: Gazetteer | None) -> bool:
    """True when "Surname, Given" are two places (each labelled a place by the model or a
    place of the gazetteer), or one a place in a list whose next or previous item is a place
    too ("Jordan, Chad and Niger"). A given name that is also a place ("Varn, Georgia") is
    no list."""

    def place(start: int, word: str) -> bool:
        if (source, start, start + len(word)) in places:
            return True
        return gaz is not None and cached_norm(word) in gaz.places

    s, e = hit.span()
    surname, given = hit.group().split(", ")
    found = [place(s, surname), place(e - len(given), given)]
    if all(found):
        return True
    if not any(found):
        return False
    after = _NEXT_ITEM.match(text, e)
    before = _ITEM_BEFORE.search(text, max(0, s - 40), s)
    return bool(
        (after and place(after.start(1), after.group(1)))
        or (before and place(before.start(1), before.group(1)))
    )


def merge_inverted_names(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "Abbott, Tony" joins "Tony Abbott"."""
    persons = {c.key.split(":", 1)[1]: c for c in clusters.values() if c.type == PERSON}
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if not any(", " in m.text for m in c.mentions):
            continue
        words = c.key.split(":", 1)[1].split()
        other = persons.get(" ".join(reversed(words))) if len(words) == 2 else None
        if other is not None and other is not c:
            uf.union(other.key, c.key)
            c.forced_person = True


_TITLE_WORDS = re.compile(r"[\w.’'-]+")


def full_name_in_titles(surname: str, titles: Sequence[str], is_title, common=frozenset()) -> str:
    """ "Vladimir Miklushevsky" when a source's headline writes "... Governor Vladimir
    Miklushevsky" and its text only "Mr Miklushevsky": a title, a given name, then the
    surname. A word the sources also write in lower case ("President Meets Miklushevsky",
    "meet" in the text) is no given name."""
    for title in titles:
        words = _TITLE_WORDS.findall(title)
        for k in range(2, len(words)):
            given = words[k - 1]
            if (
                (words[k] == surname or (surname.isupper() and words[k].upper() == surname))
                and given[:1].isupper()
                and given[1:].islower()
                and len(given) > 1
                and not {given.lower(), given.lower().removesuffix("s")} & common
                and is_title(words[k - 2])
            ):
                return f"{given} {words[k]}"  # as the headline writes it, not in capitals
    return ""


def add_headline_titles(actors: Sequence[Actor], sources: Sequence[Source], is_title) -> None:
    """A headline's "Prime Minister Albanese" as a form of the one person of the sources named
    "… Albanese" in full: a title written right before the surname ("Congressman Sires Chairs
    Hearing"). A surname two people share gives neither the form; so does a person the
    headline's own source does not name, or one the text gives other titles than the
    headline's ("Governor Robert Kale" under "Senator Kale ...": another Kale)."""
    persons: dict[str, list[Actor]] = {}
    for a in actors:
        words = a.name.split()
        if a.type == PERSON and len(words) >= 2:
            persons.setdefault(words[-1], []).append(a)
    for src in sources:
        words = _TITLE_WORDS.findall(src.title or "")
        for k in range(1, len(words)):
            found = persons.get(words[k], ())
            if len(found) != 1 or src.id not in found[0].sources:
                continue
            for n in range(min(3, k), 0, -1):
                role = words[k - n : k]
                if all(w[:1].isupper() for w in role) and is_title(" ".join(role)):
                    form = " ".join([*role, words[k]])
                    if form not in found[0].aliases and _same_post(role, found[0].roles):
                        found[0].aliases.append(form)
                    break


def _same_post(role: list[str], roles: Sequence[str]) -> bool:
    """Whether a headline's title fits the titles the text gives a person: any, when it gives
    none; else one sharing a word with it ("Minister" of "Foreign Minister")."""
    if not roles:
        return True
    words = {w.lower() for w in role}
    return any(words & {w.lower() for w in r.split()} for r in roles)

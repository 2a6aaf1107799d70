"""A title no list has, then the surname of someone the source names in full: "Pastor
Nadarkhani" after "Pastor Youcef Nadarkhani", "Co-Chairman Cohen" after "Steve Cohen", "Chair
Dorjee" after "Tenzin Dorjee", "now president Ghani"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.model import PERSON, Source

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind

_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*) $")
_WORD = re.compile(r"\S+")
_NOT_IN_TITLE = frozenset(',;:()[]"“”')  # "Martin Luther King, Jr.": no title
_TITLE_WORDS = 4  # words of a written title at most ("Lt. Gen.", "Sgt. Maj.", "Rear Adm.")


def _titled(word: str, gaz: Gazetteer) -> bool:
    """A title of the lists, written in any case, or a compound ending in one ("Co-Chairman",
    "Vice-Chair")."""
    key = cached_norm(word)
    return is_title(key, gaz) or ("-" in word and is_title(key.rsplit(" ", 1)[-1], gaz))


def word_before(text: str, start: int) -> str:
    """The word written right before ``start`` on the same line, separated by one space."""
    hit = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return hit.group(1) if hit else ""


def titled_names(sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer) -> set[str]:
    """Keys of the one-word person names written right after a title in any case ("now
    president Ghani"): a person's name, even when it looks like a people ("Ghani", "Ghana")."""
    return {
        cached_norm(m.text)
        for m in mentions
        if m.label == "PERSON"
        and " " not in m.text
        and _titled(word_before(sources[m.source].text, m.start), gaz)
    }


def compound_roles(sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer) -> None:
    """A capitalised compound title no list has but whose last part is a title ("Co-Chairman
    Cohen") becomes the role of the surname after it, as a listed title would."""
    for m in mentions:
        if m.role or m.label != "PERSON" or " " in m.text:
            continue
        word = word_before(sources[m.source].text, m.start)
        if "-" in word and word[:1].isupper() and _titled(word, gaz):
            m.role = word


def merge_titled_surnames(
    clusters: dict[str, _Cluster], uf: _UnionFind, sources: Sequence[Source], gaz: Gazetteer
) -> None:
    """ "Pastor Nadarkhani" (a title no list has, then a surname) joins the one person of its
    source whose full name ends with that surname, when the first word is a title or written
    right before that full name too ("Pastor Youcef Nadarkhani") or in lower case in the text,
    and is no one's given name. And a lone surname said with a title ("Chair Dorjee") joins
    the one name of its source that ends with it, whatever type the model gave that name
    ("Tenzin Dorjee" read as a place). Two people sharing the surname: neither."""
    full: dict[tuple[int, str], set[str]] = {}  # (source, surname) -> keys of full names
    given: dict[str, set[str]] = {}  # first word of a person's full name -> keys
    for c in clusters.values():
        if c.hard and c.type != PERSON:
            continue
        for m in c.mentions:
            words = m.text.split()
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            if c.type == PERSON:
                given.setdefault(words[0], set()).add(c.key)
            elif not _could_be_person(words, gaz):
                continue
            full.setdefault((m.source, words[-1]), set()).add(c.key)
    common = lowercase_words(sources)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.hard or c.type != PERSON:
            continue
        for m in c.mentions:
            words = m.text.split()
            if len(words) == 1 and (m.role or m.address):
                owners = full.get((m.source, words[0]), set())
            elif len(words) == 2 and not given.get(words[0], set()) - {c.key}:
                if not _title_like(words[0], m, sources, common, gaz):
                    continue
                owners = {
                    k
                    for k in full.get((m.source, words[1]), ())
                    if k != c.key and clusters[k].type == PERSON
                }
            else:
                continue
            roots = {uf.find(k) for k in owners} - {uf.find(c.key)}
            if len(roots) == 1 and not _namesakes(owners, roots, uf):
                uf.union(roots.pop(), c.key)
                if len(words) == 2:
                    _as_roles(c)
                for k in owners:
                    clusters[k].forced_person = not clusters[k].hard
                break


def _namesakes(owners: set[str], roots: set[str], uf: _UnionFind) -> bool:
    """Two people of the surname ("Col. Anna Pryce", "Maj. Tomas Pryce"), one of them already
    joined by the lone surname: it joins no second one. Full names of one given name ("Anna
    Pryce", "Anna M. Pryce") are one person's forms."""
    given = {k.split(":", 1)[-1].split(" ", 1)[0] for k in owners}
    return len(given) > 1 and any(uf.find(k) not in roots for k in owners)


def _as_roles(c: _Cluster) -> None:
    """ "Pastor Nadarkhani" becomes the surname said with its title, as a listed title is: the
    person is named by the full name, and "Pastor Nadarkhani" stays one of the forms."""
    for m in c.mentions:
        words = m.text.split()
        if len(words) == 2 and not m.role:
            m.role = words[0]
            m.start = m.end - len(words[1])
            m.text = words[1]


def _could_be_person(words: list[str], gaz: Gazetteer) -> bool:
    """A name of two or three words the model typed otherwise that no list knows and no
    body's word ends: it may be a person's ("Tenzin Dorjee" read as a place)."""
    keys = [cached_norm(w) for w in words]
    return (
        len(words) <= 3
        and cached_norm(" ".join(words)) not in gaz.places
        and not any(
            k in gaz.org_suffixes or k in gaz.places or k in gaz.organizations for k in keys
        )
        and not _titled(words[0], gaz)
    )


def _title_like(
    word: str,
    m: Mention,
    sources: Sequence[Source],
    common: frozenset[str],
    gaz: Gazetteer,
) -> bool:
    if not word[:1].isupper():
        return False
    if _titled(word, gaz) or word.lower() in common:
        return True
    text = sources[m.source].text
    # "Pastor Youcef Nadarkhani": the word written before a given name and the surname
    pattern = _before_given_name(word, m.text.split()[-1])
    found = pattern.search(text)
    while found is not None:  # the word's own start: the search runs on its letters first
        if not found.start() or not _WORDISH.match(text, found.start() - 1):
            return True
        found = pattern.search(text, found.start() + 1)
    return False


_WORDISH = re.compile(r"[\w’'-]")


@lru_cache(maxsize=4096)
def _before_given_name(word: str, surname: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(word)} [A-Z][\w’'-]+ (?:[A-Z][\w’'.-]* )*{re.escape(surname)}")


def written_title(text: str, start: int, role: str, gaz: Gazetteer) -> str:
    """The title as the text writes it, with its space, right before ``start`` when it is
    ``role`` in any of the list's forms: "Col. " for "Colonel", "Lt. Gen. " for "Lieutenant
    General", "Major-General " for "Major General" (the longest written form wins); "" when it
    is not, or is not on the same line."""
    written = text[max(0, start - len(role) - 1) : start]
    if start > len(role) and written.lower() == f"{role.lower()} ":
        return written  # written out as the role is ("MINISTER " of a label in capitals)
    cut = max(0, start - 60)
    window = text[cut:start]
    if not window.endswith(" ") or window.endswith("  "):
        return ""
    line = window.rfind("\n") + 1
    want = cached_norm(role)
    begins = [w.start() for w in _WORD.finditer(window, line)]
    if cut and begins and begins[0] == 0:
        begins = begins[1:]  # a word the window cut
    for begin in begins[-_TITLE_WORDS:]:
        key = cached_norm(window[begin:])
        if (
            _NOT_IN_TITLE.isdisjoint(window[begin:])
            and key in gaz.titles
            and cached_norm(gaz.titles[key]) == want
        ):
            return window[begin:]
    return ""

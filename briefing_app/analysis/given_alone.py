"""A person's given name written alone ("Anon Nampa ... Anon was arrested", "Julie Bishop ...
Julie"): it stands for the one person of the text with that given name, whatever type the
model guessed for either form. And a sentence's first word the model glued to a given name
("Maybe Julie was ...") is no part of the name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.analysis.bodies import ADMIN_WORDS, FACILITY_WORDS
from briefing_app.analysis.clusters import regnal_owners
from briefing_app.analysis.gazetteer import Gazetteer, city_names, gazetteer
from briefing_app.analysis.hypocorisms import formal_names
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.merging import _introduced_apart
from briefing_app.model import ORGANIZATION, PERSON, Source

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.clusters import Cluster, UnionFind

# a sentence opens here: the text's start, a line's start, or after ". ", "? ", '." '
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?][\"”’')\]]?[ \t]+)[ \t]*$")


def _name_word(word: str) -> bool:
    """A capital, then small letters (any script's: "Katrín", "Jakobsdóttir", "Ōtaki")."""
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1].isalpha()
        and all(c.islower() or c in "’'-" for c in word[1:])
    )


def _given_names(mentions: Sequence[Mention]) -> dict[int, set[str]]:
    """Per source, the first words of the persons it names in full ("Julie" of "Julie Bishop")."""
    given: dict[int, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and 2 <= len(words) <= 4 and _name_word(words[0]):
            given.setdefault(m.source, set()).add(words[0])
    return given


def unglued_given_names(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """ "Maybe Julie" is "Julie": a person's name of two words that opens a sentence, whose
    second word is the given name of a person the same source names in full, and whose first
    word is no given name (English given names and nicknames of the ``nicknames`` table) nor
    the first word of another name of that source, and is a word that opens sentences: a
    function word or an adverb ("Maybe", "Perhaps", "Finally"), so "Omar Hassan" beside
    "Hassan Ali" keeps its given name whatever a table of English names holds."""
    given = _given_names(mentions)
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label == "PERSON"
            and len(words) == 2
            and words[1] in given.get(m.source, ())
            and _name_word(words[0])
            and not formal_names(words[0])
            and words[0].lower() not in _known_given()
            and _sentence_adverb(words[0].lower())
            and _SENTENCE_OPENS.search(sources[m.source].text, 0, m.start)
            and sum(1 for x in mentions if x.source == m.source and x.text.startswith(words[0]))
            == 1
        ):
            start = m.end - len(words[1])
            m = Mention(m.source, start, m.end, words[1], m.label, m.role, m.article, m.address)
        out.append(m)
    return out


# adverbs of time and stance that open sentences, beyond a stop list's and the "-ly" ones
# (the deictic and modal adverbs of English grammars)
_OPENING_ADVERBS = frozenset(
    [
        *("maybe", "perhaps", "yesterday", "today", "tomorrow", "tonight", "later", "earlier"),
        *("instead", "meanwhile", "still", "yet", "now", "then", "soon", "again", "also"),
    ]
)


def _sentence_adverb(word: str) -> bool:
    return (
        word in _OPENING_ADVERBS
        or word in gazetteer().stopwords
        or (word.endswith("ly") and len(word) > 4)
    )


@lru_cache(maxsize=1)
def _known_given() -> frozenset[str]:
    from briefing_app.analysis.hypocorisms import _formal_names

    return frozenset(n for names in _formal_names().values() for n in names)


def merge_given_alone(
    clusters: dict[str, Cluster],
    uf: UnionFind,
    gaz: Gazetteer,
    common: frozenset[str],
    texts: Sequence[str] = (),
) -> None:
    """ "Anon" joins "Anon Nampa": a one-word name that is the first word of exactly one name
    of two or three words in the sources, a name of no body's, facility's or area's word,
    joins it even where the model typed either as a place or a body (a given name it did not
    know). Not a word that is also a place, a title, a people or a word the text writes in
    lower case, nor the last word (a surname) of another name, nor one two names share, nor
    one a source introduces as someone of its own ("Teodric, 9, was ...") beside no namesake."""
    owners: dict[str, set[str]] = regnal_owners(clusters)  # "Tomas" of "King Tomas IV" too
    last_words: set[str] = set()
    for c in clusters.values():
        if c.hard and c.type != PERSON:
            continue
        for m in c.mentions:
            words = m.text.split()
            if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
                continue
            keys = [cached_norm(w) for w in words]
            if any(_not_a_name_word(k, gaz, common) for k in keys[1:]):
                continue
            owners.setdefault(keys[0], set()).add(c.key)
            last_words.add(keys[-1])
    for c in sorted(clusters.values(), key=lambda c: c.key):
        word = c.key.split(":", 1)[1]
        if c.hard or " " in word or len(word) < 3 or word in last_words:
            continue
        if not all(_name_word(m.text) for m in c.mentions):
            continue  # "ANON", "Anon’s": only the plain written name
        if _not_a_name_word(word, gaz, common) or word in gaz.countries or word in city_names():
            continue
        roots = {uf.find(k) for k in owners.get(word, ())}
        roots.discard(uf.find(c.key))
        if len(roots) == 1 and _introduced_apart(c, owners[word], clusters, list(texts)):
            continue  # "Teodric, 9, was pulled from ...": a child of another source
        if len(roots) == 1:
            root = roots.pop()
            uf.union(root, c.key)
            body = clusters[root].votes[ORGANIZATION] - clusters[root].votes[PERSON] >= 3
            if (c.votes[PERSON] or clusters[root].votes[PERSON]) and not body:
                c.forced_person = clusters[root].forced_person = True  # a person's given name


def _not_a_name_word(key: str, gaz: Gazetteer, common: frozenset[str]) -> bool:
    return (
        key in common
        or key in gaz.places
        or key in gaz.organizations
        or key in gaz.org_suffixes
        or key in gaz.titles
        or key in gaz.demonyms
        or key in gaz.stopwords
        or key in FACILITY_WORDS
        or key in ADMIN_WORDS
    )


_INITIALS = re.compile(r"[A-Z]{3,5}")


def merge_person_initials(clusters: dict[str, Cluster], uf: UnionFind) -> None:
    """ "MBS" joins "Mohammed bin Salman": a word of three to five capitals, no name a list
    fixes, that is the initials of exactly one person's full name of the sources it is written
    in (particles included) is that person, known by them, whatever the model's type."""
    index: dict[tuple[int, str], set[str]] = {}
    for c in clusters.values():
        if c.type != PERSON:
            continue
        for m in c.mentions:
            words = m.text.split()
            if 2 <= len(words) <= 4 and all(w[:1].isalpha() for w in words):
                initials = "".join(w[0] for w in words).upper()
                index.setdefault((m.source, initials), set()).add(c.key)
    if not index:
        return
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.hard or not all(_INITIALS.fullmatch(m.text) for m in c.mentions):
            continue
        keys = {k for m in c.mentions for k in index.get((m.source, m.text), ())}
        roots = {uf.find(k) for k in keys}
        if len(roots) == 1 and uf.find(c.key) not in roots:
            uf.union(roots.pop(), c.key)
            c.forced_person = True

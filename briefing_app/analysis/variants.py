"""More forms of one body's or facility's name: the organisation word moved or dropped
("Defense Department" = "Department of Defense", "Civic Platform" = "Civic Platform Party"), a
language service ("Radio X Turkish" = "Radio X"), the initials of the last words ("X AB" = "X Air
Base"), and a facility called by its place's name alone ("Incirlik")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_app.analysis.acronyms import acronym_matches
from briefing_app.analysis.clusters import join_sole_owners
from briefing_app.analysis.cuts import COMPANY_FORMS
from briefing_app.analysis.mentions import cached_norm
from briefing_app.analysis.merging import OF_WORDS, is_acronym
from briefing_app.model import ORGANIZATION, PERSON, PLACE

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind


def merge_head_variants(
    clusters: dict[str, _Cluster], uf: _UnionFind, org_words: frozenset, demonym
) -> None:
    """Forms of one body that move or drop its organisation word: "Civic Platform" is "Civic
    Platform Party", "Defense Department" is "Department of Defense", a lone "Commission" is
    the one "Commission on ..." (or "... Commission") of its source (of two, it is dropped),
    and "Radio Tanoa Zulu" (a language service) is "Radio Tanoa"."""
    by_name = {
        c.key.split(":", 1)[1]: c
        for c in sorted(clusters.values(), key=lambda c: c.key, reverse=True)
        if c.type != PLACE or not c.hard
    }
    heads: dict[tuple[int, str], set[str]] = {}
    for name, c in sorted(by_name.items()):
        words = name.split()
        if c.type != ORGANIZATION or len(words) < 2:
            continue
        # "Civic Platform" + "Party"; "Triad" + "Inc.": a company's legal form follows its
        # name of one word too (a body's noun does not: "World" is no "World Bank")
        long_enough = len(words) >= 3 or words[-1] in COMPANY_FORMS
        if long_enough and words[-1] in org_words and " ".join(words[:-1]) in by_name:
            other = by_name[" ".join(words[:-1])]
            person = other.type == PERSON and len(words) < 3  # "Roe" the person is no "Roe Ltd"
            if not other.hard and other.type != PLACE and not person:  # a place's assembly
                uf.union(c.key, other.key)  # is no place
        for j in range(min(3, len(words) - 2)):  # "(U.S.) Department of State"
            if words[j] in org_words and words[j + 1] in OF_WORDS:
                inverted = " ".join([*words[j + 2 :], words[j]])  # "state department"
                own = " ".join([*words[:j], inverted])
                rivals = [n for n in by_name if n.endswith(" " + inverted) and n != own]
                if j and rivals:
                    break  # "Russian Defence Ministry" too: "Defence Ministry" is not the UK's
                if inverted in by_name and by_name[inverted].type != PERSON:
                    uf.union(c.key, by_name[inverted].key)
                break
        if len(words) >= 3 and words[0] in org_words and words[1] in OF_WORDS:
            for m in c.mentions:
                heads.setdefault((m.source, words[0]), set()).add(c.key)
        elif words[-1] in org_words:  # "the Union" of "European Union"
            for m in c.mentions:
                heads.setdefault((m.source, words[-1]), set()).add(c.key)
        cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), 0)
        if cut > 1 and words[cut - 1] in org_words:  # "the Court" of "High Court of Tarn"
            for m in c.mentions:
                heads.setdefault((m.source, words[cut - 1]), set()).add(c.key)
        if demonym(words[-1]) and " ".join(words[:-1]) in by_name:
            other = by_name[" ".join(words[:-1])]
            if other.type == ORGANIZATION:
                uf.union(other.key, c.key)  # a service of the body in one language
    for name, c in sorted(by_name.items()):
        if " " in name or name not in org_words or c.hard:
            continue
        # the bodies of that head in each source it is written in: one source's "European
        # Commission" and another's "Electoral Commission" are two, and it joins neither
        roots = {
            uf.find(k) for i in {m.source for m in c.mentions} for k in heads.get((i, name), ())
        }
        torn = len(roots) > 1
        if len(roots) == 1 and uf.find(c.key) == c.key:
            uf.union(roots.pop(), c.key)
        root = uf.find(c.key)
        if torn and not any(uf.find(k) == root for k in clusters if k != c.key):
            del clusters[c.key]  # "the Union" of two unions: neither, and no actor of its own


# the words a body's head noun may be followed by: "High Court of", "UN Mission in"
_HEAD_ENDS = OF_WORDS | frozenset(["in", "to"])


def abbreviates(abbr: str, word: str) -> bool:
    """ "FWD" of "Forward", "HQ" of "Headquarters", "BN" of "Battalion": capitals that are the
    word's first letter, then some of its later letters in order."""
    low, w = abbr.lower(), word.lower()
    if not (2 <= len(low) < len(w) - 1 and word[:1].isupper() and w.isalpha() and low[0] == w[0]):
        return False
    pos = 1
    for ch in low[1:]:
        pos = w.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def merge_tail_acronyms(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "Korvath AB" joins "Korvath Air Base": the same first words, then the initials of the
    rest of the one longer name, or an abbreviation of its one last word ("Corps FWD" =
    "Corps Forward")."""
    by_head: dict[str, list[_Cluster]] = {}
    for c in clusters.values():
        words = c.key.split(":", 1)[1].split()
        if c.type != PERSON and len(words) >= 2:
            by_head.setdefault(words[0], []).append(c)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        text = max((m.text for m in c.mentions), key=len)
        head, _, last = text.rpartition(" ")
        if c.type == PERSON or not head or not is_acronym(last):
            continue
        size = len(head.split())
        roots = set()
        for o in by_head.get(cached_norm(head).split()[0], ()):
            other = max((m.text for m in o.mentions), key=len).split()
            rest = " ".join(other[size:])
            if (
                o is not c
                and cached_norm(" ".join(other[:size])) == cached_norm(head)
                and (
                    (len(other) - size >= 2 and acronym_matches(last, rest))
                    or (len(other) - size == 1 and abbreviates(last, rest))
                )
            ):
                roots.add(uf.find(o.key))
        roots.discard(uf.find(c.key))
        if len(roots) == 1:
            uf.union(roots.pop(), c.key)


def merge_facility_heads(
    clusters: dict[str, _Cluster], uf: _UnionFind, facility, towns: frozenset[str]
) -> None:
    """ "Korvath" joins "Korvath Air Base" when that is the one facility of its source named so
    (a base, an airport, a camp is called by its place's name alone), unless the word is a
    town or region a gazetteer knows ("Kabul" stays the city beside "Kabul Airport")."""
    heads: dict[tuple[int, str], set[str]] = {}
    for c in clusters.values():
        words = c.key.split(":", 1)[1].split()
        if len(words) >= 2 and words[-1] in facility:
            for m in c.mentions:
                heads.setdefault((m.source, words[0]), set()).add(c.key)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        word = c.key.split(":", 1)[1]
        if c.hard or " " in word or word in towns:
            continue
        roots = {uf.find(k) for m in c.mentions for k in heads.get((m.source, word), ())}
        if len(roots) == 1:
            uf.union(roots.pop(), c.key)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _of_qualified(words: list[str], qualifier, known: set[str]) -> list[str]:
    """The body's names before an "of <place or body>" closing ``words`` ("defence council"
    of "defence council of ardia"): two words at least, never a lone "Government"."""
    heads = []
    for j in range(2, len(words) - 1):
        if words[j] != "of":
            continue
        tail = words[j + 1 :][1:] if words[j + 1] == "the" else words[j + 1 :]
        place = " ".join(tail)
        if tail and len(tail) <= 4 and (qualifier(place) or place in known):
            heads.append(" ".join(words[:j]))
    return heads


def merge_qualified(clusters: dict[str, _Cluster], uf: _UnionFind, qualifier) -> None:
    """ "Security Council" and "United Nations Security Council", "Congress" and "119th
    Congress", "Defence Council" and "Defence Council of Ardia": a body's name, and the same
    name after a place, a body, a people or an ordinal (``qualifier`` tells the first three),
    or before "of" and a place or body, are one body when no other name qualifies it
    differently."""
    names: dict[str, _Cluster] = {}
    known = set()  # a body or place named on its own somewhere qualifies too ("United Nations")
    ranked = []  # "102nd Labour Conference", whatever type its ordinal gave it
    for c in clusters.values():
        if c.type == ORGANIZATION:
            names.setdefault(c.key.split(":", 1)[1], c)
        elif _ORDINAL.match(c.key.split(":", 1)[1]):
            ranked.append((c.key.split(":", 1)[1], c))
        if c.type in (ORGANIZATION, PLACE):
            known.add(c.key.split(":", 1)[1])
    owners: dict[str, set[str]] = {}
    for name, c in [*names.items(), *ranked]:
        words = name.split()
        for k in range(1, min(3, len(words) - 1) + 1):
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            named = qualifier(head) or head in known or (k == 1 and _ORDINAL.fullmatch(head))
            if rest in names and named:
                owners.setdefault(rest, set()).add(c.key)
            if named and (turned := names.get(f"{rest} of {head}")) is not None:
                uf.union(c.key, turned.key)  # "Ardia Health Ministry", "... of Ardia"
        if c.type == ORGANIZATION:
            for head in _of_qualified(words, qualifier, known):
                if head in names:
                    owners.setdefault(head, set()).add(c.key)
    for rest, keys in sorted(owners.items()):
        roots = {uf.find(k) for k in keys}
        if len(roots) == 1:
            uf.union(roots.pop(), names[rest].key)


_APPOSITION = re.compile(r", (?:the |The )?")
# ", said", "'s Assistant High Commissioner": the apposition closes (a title after the owner's
# "'s": the body's name tag, "UNHCR, the UN Refugee Agency's Representative"); not "'s military
# arm" (another body of it), nor ", and the ..." (a list goes on)
_CLOSES_APPOSITION = re.compile(r"[’']s (?=[A-Z])|, (?!(?:and|or|nor)\b)[a-z]")


def merge_appositions(clusters: dict[str, _Cluster], uf: _UnionFind, texts: list[str]) -> None:
    """ "UNHCR, the UN Refugee Agency": an acronym and the body named right after it, set off
    by a comma, are one body."""
    starts: dict[tuple[int, int], _Cluster] = {}
    for c in clusters.values():
        if c.type == ORGANIZATION:
            for m in c.mentions:
                starts[(m.source, m.start)] = c
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.type != ORGANIZATION:
            continue
        for m in c.mentions:
            if not is_acronym(m.text):
                continue
            text = texts[m.source]
            gap = _APPOSITION.match(text, m.end)
            other = starts.get((m.source, gap.end())) if gap else None
            if other is None or other is c or " " not in other.mentions[0].text:
                continue
            after = next(
                x.end for x in other.mentions if x.source == m.source and x.start == gap.end()
            )
            if _CLOSES_APPOSITION.match(text, after):  # not "A, the B (BB), C and D": a list
                uf.union(other.key, c.key)


def merge_bracketed_people(clusters: dict[str, _Cluster], uf: _UnionFind, texts: list[str]) -> None:
    """ "Rev. Mary Roe (Ann Lee)", "Ahmed al-Sharaa (Abu Mohammed al-Julani)": a person's full
    name with another full name alone in a bracket right after it is one person under two
    names (a pen name, a nom de guerre, a name before marriage); not when the sentence holds
    two such pairs: a roll of people and the people they play or stand for ("Meryl Streep
    (Margaret Thatcher), Jim Broadbent (Denis Thatcher)")."""
    starts: dict[tuple[int, int], tuple[_Cluster, int]] = {}
    for c in clusters.values():
        if c.type == PERSON:
            for m in c.mentions:
                starts[(m.source, m.start)] = (c, m.end)
    pairs: list[tuple[int, int, int, _Cluster, _Cluster]] = []  # source, start, end, two people
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.type != PERSON:
            continue
        for m in c.mentions:
            text = texts[m.source]
            if len(m.text.split()) < 2 or not text.startswith(" (", m.end):
                continue
            other, end = starts.get((m.source, m.end + 2), (None, 0))
            if other is None or other is c or not text.startswith(")", end):
                continue
            if len(text[m.end + 2 : end].split()) >= 2:
                pairs.append((m.source, m.start, end, c, other))
    for source, s, e, c, other in pairs:
        if not any(
            p[0] == source
            and p[1] != s
            and not _SENTENCE_END.search(texts[source], *_between(p, s, e))
            for p in pairs
        ):
            uf.union(c.key, other.key)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _between(p: tuple, s: int, e: int) -> tuple[int, int]:
    """The stretch of text between another pair ``p`` and the span ``s``-``e``."""
    return (p[2], s) if p[2] <= s else (e, p[1])


def merge_cut_prefixes(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "United Nations Mission" inside "United Nations Mission in South Sudan (UNMISS)": a body's
    name the model cut short, where the whole name was found at the same place, is that body."""
    whole: dict[tuple[int, int], list[tuple[int, _Cluster]]] = {}
    for c in clusters.values():
        if c.type != PERSON:
            for m in c.mentions:
                whole.setdefault((m.source, m.start), []).append((m.end, c))
    owners: dict[str, set[str]] = {}  # judged together: see join_sole_owners
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.type == PERSON or c.hard:
            continue
        roots = set()
        for m in c.mentions:
            longer = [o for end, o in whole.get((m.source, m.start), ()) if end > m.end]
            if not longer:
                roots = set()
                break  # written on its own somewhere: its own name
            roots |= {uf.find(o.key) for o in longer}
        if roots:
            owners.setdefault(uf.find(c.key), set()).update(roots)
    join_sole_owners(owners, uf)


def merge_regional_offices(clusters: dict[str, _Cluster], uf: _UnionFind, is_place) -> None:
    """ "UNICEF Pacific", "WFP Bangladesh": a body's acronym, then a place or region, is the
    body's office there, listed as the body (a command named after its region, "U.S. Army
    Pacific", is no acronym and stays apart)."""
    owner: dict[str, str] = {}
    for c in clusters.values():
        if c.type == ORGANIZATION:
            for m in c.mentions:
                if is_acronym(m.text):
                    owner.setdefault(m.text, c.key)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        for m in c.mentions:
            head, _, place = m.text.partition(" ")
            if head in owner and owner[head] != c.key and place and is_place(cached_norm(place)):
                uf.union(owner[head], c.key)
                break


def merge_demonym_forms(clusters: dict[str, _Cluster], uf: _UnionFind, is_place) -> None:
    """ "Royal Thai Army" is "Royal Army of Thailand", "the Belarusian government" the
    "Government of Belarus": a body's name with a people's word,
    and the same words with "of <that place>" after them (the people's word and the place
    share their first four letters)."""
    by_rest: dict[tuple[str, ...], list[tuple[str, _Cluster]]] = {}
    for c in clusters.values():
        words = c.key.split(":", 1)[1].split()
        # three words only for a government: "Council of Europe" is no "European Council"
        long = len(words) >= 4 or words[:1] == ["government"]
        if c.type == ORGANIZATION and long and words[-2:-1] == ["of"] and is_place(words[-1]):
            by_rest.setdefault(tuple(words[:-2]), []).append((words[-1], c))
    if not by_rest:
        return
    for c in sorted(clusters.values(), key=lambda c: c.key):
        words = c.key.split(":", 1)[1].split()
        if c.type != ORGANIZATION or len(words) < 2:
            continue
        for i, w in enumerate(words):
            rest = tuple(words[:i] + words[i + 1 :])
            for place, other in by_rest.get(rest, ()):
                if len(w) >= 4 and place[:4] == w[:4] and other is not c:
                    uf.union(other.key, c.key)


# Words that name a whole body of members, never a part of one (unlike "Mission", "Office",
# "Council"): "the NATO Alliance" is NATO, "the OSCE Mission" is not the OSCE.
_WHOLE_BODY = frozenset(["alliance", "bloc", "coalition"])


def merge_acronym_heads(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "NATO Alliance" joins "NATO": an acronym, then a word for the whole body it names, or
    the last word of its own long form ("WHO Organization" of "World Health Organization")."""
    by_form: dict[str, set[str]] = {}
    for c in clusters.values():
        if c.type == ORGANIZATION:
            for m in c.mentions:
                by_form.setdefault(m.text, set()).add(c.key)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        forms = {m.text for m in c.mentions}
        if len(forms) != 1 or c.type == PERSON:
            continue
        acronym, _, word = forms.pop().partition(" ")
        if not is_acronym(acronym) or " " in word or not word:
            continue
        owners = by_form.get(acronym, set()) - {c.key}
        roots = {uf.find(k) for k in owners} - {uf.find(c.key)}
        if len(roots) != 1:
            continue
        key = cached_norm(word)
        long_forms = [m.text for k in owners for m in clusters[k].mentions if " " in m.text]
        long_forms += [clusters[k].canonical for k in owners if clusters[k].canonical]
        if key in _WHOLE_BODY or any(
            cached_norm(f).rsplit(" ", 1)[-1] == key and acronym_matches(acronym, f)
            for f in long_forms
        ):
            uf.union(roots.pop(), c.key)

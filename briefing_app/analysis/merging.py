"""Merging clusters of mentions that name one entity: surnames, spelling variants, acronyms
and shorter forms of an organisation's name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.analysis.acronyms import ORDINAL_BEFORE, TAGGED_ACRONYM, acronym_matches
from briefing_app.analysis.clusters import by_root_now, regnal_owners
from briefing_app.analysis.family_first import given_first
from briefing_app.analysis.name_parts import double_surname, is_surname, surname_of, without_suffix
from briefing_app.analysis.name_words import PARTICLES, cached_norm, two_monarchs
from briefing_app.analysis.spellings import american, mended_key, one_swap, ordinal_digits
from briefing_app.model import ORGANIZATION, PERSON, PLACE

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind

SURNAME_SIMILARITY = 88  # rapidfuzz ratio for "Tokayev" ~ "Tokaev"
NAME_SIMILARITY = 90  # rapidfuzz ratio for "Kassym-Jomart Tokayev" ~ "Kasym-Jomart Tokayev"


# Spellings that romanisations of one name differ by (Aleksei/Alexei, Zelenskiy/Zelensky,
# Dmitriy/Dmitry, Mikhail/Mihail): folded before names are compared, never shown.
_SPELLINGS = [
    (re.compile(r"ks"), "x"),
    (re.compile(r"(?:iy|yy|ij|ii|yi)\b"), "y"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"(\w)\1"), r"\1"),
]


def spelling(key: str) -> str:
    """A name key with the usual differences between romanisations folded away."""
    for pattern, repl in _SPELLINGS:
        key = pattern.sub(repl, key)
    return key


def swapped(a: str, b: str) -> bool:
    """Two spellings of a name that differ by two neighbouring letters swapped, after the
    first two ("Kareau" ~ "Karaeu" of one transliteration copied twice)."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return (
        len(a) == len(b)
        and len(diff) == 2
        and diff[0] >= 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


@lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    """ "NATO", "U.N.", "DoD": short, and all but one letter capitals (cached: every vote and
    merge asks it of the same names)."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 8 and upper >= max(2, len(letters) - 1) and " " not in text


def merge_surnames(
    clusters: dict[str, _Cluster], uf: _UnionFind, texts: list[str] | None = None
) -> None:
    """A lone surname joins the full-name person it belongs to ("Scholz" -> "Olaf Scholz")."""
    from rapidfuzz import fuzz

    by_surname: dict[str, list[_Cluster]] = {}
    by_first_last: dict[tuple[str, str], list[_Cluster]] = {}
    hyphenated = set()  # "salazar xirinachs" of "José Manuel Salazar-Xirinachs"
    for c in clusters.values():
        if c.type != PERSON or c.words < 2 or is_surname(without_suffix(c.key.split(":", 1)[1])):
            continue
        for m in c.mentions:
            parts = given_first(m.text, without_suffix(cached_norm(m.text)).split())
            if len(parts) >= 2:
                if double := double_surname(m.text):
                    hyphenated.add(double)
                for surname in {parts[-1], surname_of(parts), double} - {""}:
                    by_surname.setdefault(surname, [])
                    if c not in by_surname[surname]:
                        by_surname[surname].append(c)
                by_first_last.setdefault((parts[0], parts[-1]), [])
                if c not in by_first_last[(parts[0], parts[-1])]:
                    by_first_last[(parts[0], parts[-1])].append(c)
    for group in by_first_last.values():
        for c in group[1:]:
            if not (c.hard and group[0].hard and c.canonical != group[0].canonical):
                uf.union(group[0].key, c.key)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        word = without_suffix(c.key.split(":", 1)[1])
        if c.hard or not (" " not in word or is_surname(word) or word in hyphenated):
            continue
        found = by_surname.get(word)
        if not found and len(word) >= 5:
            near = [
                s
                for s in by_surname
                if s[:1] == word[:1]
                and (
                    fuzz.ratio(spelling(s), spelling(word)) >= SURNAME_SIMILARITY
                    or swapped(s, word)
                )
            ]
            found = [x for s in sorted(near) for x in by_surname[s]]
        if found:
            best = _nearest_before(c, found)
            uf.union(best.key, c.key)
            c.forced_person = True
            best.forced_person = best.type == PERSON
    _merge_first_names(clusters, uf, by_first_last, set(by_surname), texts or [])


def _nearest_before(c: _Cluster, found: list[_Cluster]) -> _Cluster:
    """Of several full names a lone surname may stand for ("Kaczynski" for two brothers), the
    one written last before the surname's first use; else the one named most."""
    first = min(c.mentions, key=lambda m: (m.source, m.start))

    def last_before(x: _Cluster) -> int:
        starts = [m.start for m in x.mentions if m.source == first.source and m.start < first.start]
        return max(starts, default=-1)

    if len(found) > 1 and any(last_before(x) >= 0 for x in found):
        return max(found, key=lambda x: (last_before(x), len(x.mentions), x.key))
    return max(found, key=lambda x: (len(x.mentions), x.key))


# ", 9, was pulled from ...", ", a pupil, ...": the text introduces the one it names there
_INTRODUCED = re.compile(r",(?: \d{1,3},| (?:a|an) )")


def _merge_first_names(
    clusters: dict[str, _Cluster],
    uf: _UnionFind,
    by_first_last: dict,
    surnames: set[str],
    texts: list[str],
) -> None:
    """A lone given name ("Jeffrey") joins the one full-name person of the sources who has it
    as first name (or as a middle word: "Lula" of "Luiz Inácio Lula da Silva"), unless it is
    also someone's surname, or its source introduces it as someone of its own ("Jeffrey, 9,")
    and names no such full name."""
    by_first: dict[str, set[str]] = {}
    for (first, _last), group in by_first_last.items():
        for x in group:
            by_first.setdefault(first, set()).add(x.key)
    for given, keys in regnal_owners(clusters).items():  # "Abdullah" of "Abdullah II"
        by_first.setdefault(given, set()).update(keys)
    # "Lula" of "Luiz Inácio Lula da Silva": a word inside a name of three words or more
    for x in clusters.values():
        if x.type == PERSON and x.words >= 3:
            for m in x.mentions:
                parts = without_suffix(cached_norm(m.text)).split()
                last = len(parts) - len(surname_of(parts).split())
                for word in parts[1:last]:
                    if word not in PARTICLES and len(word) > 2:
                        by_first.setdefault(word, set()).add(x.key)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        word = c.key.split(":", 1)[1]
        if c.hard or " " in word or word in surnames or len(word) < 2 or c.votes[PERSON] == 0:
            continue  # two letters do: "Xi" of "Xi Jinping" (the family name first)
        if is_acronym(c.mentions[0].text):
            continue
        owners = {uf.find(k) for k in by_first.get(word, ())}
        if len(owners) == 1 and _introduced_apart(c, by_first.get(word, ()), clusters, texts):
            continue
        if len(owners) == 1:  # the one person of all the sources with that first name
            uf.union(owners.pop(), c.key)
            c.forced_person = True


def _introduced_apart(c: _Cluster, owners, clusters: dict[str, _Cluster], texts: list[str]) -> bool:
    """True when a source introduces the lone name as someone of its own and names none of
    its namesakes in full."""
    near = {m.source for k in owners for m in clusters[k].mentions}
    return any(
        m.source < len(texts) and m.source not in near and _INTRODUCED.match(texts[m.source], m.end)
        for m in c.mentions
    )


def merge_initials(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "J. Austin" joins "Lloyd J. Austin": a name whose words, initials included, all appear
    in order in exactly one fuller name with the same surname."""
    persons = [c for c in clusters.values() if c.type == PERSON and c.words >= 2]
    words = {c.key: without_suffix(c.key.split(":", 1)[1]).split() for c in persons}
    for c in sorted(persons, key=lambda c: (len(words[c.key]), c.key)):
        short = words[c.key]
        if len(short) < 2 or len(short[0]) != 1:
            continue  # only names that open with an initial
        _join_the_one_longer(c, persons, words, uf)


# the initials of a dotted acronym ("U.S.", "U.K.") as a name's key writes them: "u s "
_DOTTED = re.compile(r"(?:[a-z] ){2,4}(?=[a-z]{2})")


def merge_expanded(clusters: dict[str, _Cluster], uf: _UnionFind, expand: dict[str, str]) -> None:
    """ "UN Population Fund" joins "United Nations Population Fund", "U.S. Navy" the "United
    States Navy": a leading acronym that a gazetteer spells out ("UN", "US", "EU", dotted or
    not) makes the same name."""
    by_key: dict[str, str] = {}
    for c in clusters.values():
        if c.type != PERSON:
            by_key.setdefault(c.key.split(":", 1)[1], c.key)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        name = c.key.split(":", 1)[1]
        dotted = _DOTTED.match(name)  # "U.S. Navy" is keyed "u s navy"
        if dotted:
            name = dotted.group().replace(" ", "") + " " + name[dotted.end() :]
        first, _, rest = name.partition(" ")
        long = expand.get(first)
        if c.type == PERSON or not rest or not long:
            continue
        target = by_key.get(f"{long} {rest}")
        if target:
            uf.union(target, c.key)


def merge_admin_places(clusters: dict[str, _Cluster], uf: _UnionFind, admin: frozenset) -> None:
    """ "Rakhine State" and "Rakhine" are one place."""
    places = {c.key.split(":", 1)[1]: c.key for c in clusters.values() if c.type == PLACE}
    for name, key in sorted(places.items()):
        head, _, last = name.rpartition(" ")
        if head and last in admin and head in places:
            uf.union(places[head], key)


_DIGITS = re.compile(r"\d+")


def merge_variants(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """Spelling variants of multi-word names of the same type merge."""
    from rapidfuzz import fuzz

    blocks: dict[tuple[str, str], list[_Cluster]] = {}
    for c in sorted(clusters.values(), key=lambda c: c.key):
        name = c.key.split(":", 1)[1]
        if c.words < 2 and not (c.hard and " " in name):
            continue  # a gazetteer's full name counts ("Zelenskiy" -> "Volodymyr Zelensky")
        blocks.setdefault((c.type, name.rsplit(" ", 1)[-1][:1]), []).append(c)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if a.hard and b.hard:
                    continue
                ka, kb = spelling(a.key.split(":", 1)[1]), spelling(b.key.split(":", 1)[1])
                na, nb = _DIGITS.findall(ordinal_digits(ka)), _DIGITS.findall(ordinal_digits(kb))
                if na and nb and na != nb:
                    continue  # "5th", "Sixth Battalion": two units; a name without a number: one
                alike = fuzz.ratio(ka, kb) >= NAME_SIMILARITY  # or one misspelt in a source:
                alike = alike or (one_swap(ka, kb) and bool(a.sources & b.sources))
                if alike and not two_monarchs(a.key, b.key):
                    uf.union(a.key, b.key)


def merge_acronyms(clusters: dict[str, _Cluster], uf: _UnionFind, pairs: list) -> None:
    """ "CSTO" joins "Collective Security Treaty Organization" (written together or not)."""
    for long_key, short_key in pairs:
        if long_key in clusters and short_key in clusters:
            uf.union(long_key, short_key)
    long_forms = [c for c in clusters.values() if c.words >= 2 and c.type != PERSON]
    for c in sorted(clusters.values(), key=lambda c: c.key):
        text = c.mentions[0].text
        bare = ORDINAL_BEFORE.sub("", text)  # "2nd BCT": an ordinal, then the acronym
        tagged = TAGGED_ACRONYM.fullmatch(bare)
        bare = tagged.group(1) if tagged else bare  # "JTF-Bravo": initials, then a unit's name
        if c.hard or len(bare.split()) != 1 or not is_acronym(bare) or len(bare) > 8:
            continue
        spelt = [
            lf for lf in long_forms if any(acronym_matches(text, m.text) for m in lf.mentions[:3])
        ]
        hits = {uf.find(lf.key) for lf in spelt}
        if len(hits) > 1 and uf.find(c.key) not in hits:
            # "EIB" spells "European Investment Bank" word for word and "European Investment
            # Bank Group" only without its last word: the name it spells whole is its own
            hits = {
                uf.find(lf.key)
                for lf in spelt
                if any(acronym_matches(text, m.text, strict=True) for m in lf.mentions[:3])
            }
        if len(hits) == 1:
            uf.union(hits.pop(), c.key)


def merge_org_variants(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "the Agency" and "the Atomic Energy Agency" join "International Atomic Energy Agency".

    A shorter organisation name whose words end the same way and all appear, in order, in
    exactly one longer organisation name of the sources it is written in is that organisation:
    "the Commission" of one source's "European Commission" and of another's "Electoral
    Commission" joins neither (else it would chain the two bodies into one).
    """
    by_source: dict[int, list[_Cluster]] = {}
    for c in clusters.values():
        if c.type == ORGANIZATION:
            for i in {m.source for m in c.mentions}:
                by_source.setdefault(i, []).append(c)
    orgs = {c.key: c for members in by_source.values() for c in members}
    words = {
        k: cached_norm(max((m.text for m in c.mentions), key=len)).split() for k, c in orgs.items()
    }
    defined = _acronyms_by_root(clusters, uf)
    # Longest first: "Atomic Energy Agency" joins its long form before "Agency" is tried.
    for c in sorted(orgs.values(), key=lambda c: (-len(words[c.key]), c.key)):
        if not words[c.key] or is_acronym(c.mentions[0].text):
            continue  # acronyms have their own rule
        members = {o.key: o for i in {m.source for m in c.mentions} for o in by_source[i]}
        defined = by_root_now(defined, uf)  # joins in this loop give bodies new roots
        own = defined.get(uf.find(c.key), set())
        if own:  # "Assistance Mission (UNSOM)" is no "Transitional Assistance Mission (UNTMIS)"
            members = {
                k: o for k, o in members.items() if own & defined.get(uf.find(k), own) or k == c.key
            }
        rivals = _head_rivals(words[c.key], members.values(), words, uf)
        _join_the_one_longer(c, list(members.values()), words, uf, rivals)


def _acronyms_by_root(clusters: dict[str, _Cluster], uf: _UnionFind) -> dict[str, set[str]]:
    """The acronyms each body already holds (the text defined them with its long forms)."""
    found: dict[str, set[str]] = {}
    for c in clusters.values():
        if c.type == ORGANIZATION:
            for m in c.mentions:
                if is_acronym(m.text):
                    found.setdefault(uf.find(c.key), set()).add(m.text)
    return found


OF_WORDS = frozenset(["of", "for", "on", "o", "ki"])  # Māori "o", "ki" too


def _head_rivals(short: list[str], members, words: dict[str, list[str]], uf) -> set[str]:
    """The roots of the bodies whose name's head, before its "of", ends with the one word
    ``short`` ("High Court of Tarn" for "Court"): other bodies "the Court" may stand for."""
    if len(short) != 1:
        return set()
    found = set()
    for o in members:
        w = words[o.key]
        cut = next((i for i, x in enumerate(w) if x in OF_WORDS), len(w))
        if 1 < cut < len(w) and w[cut - 1] == short[0]:
            found.add(uf.find(o.key))
    return found


def _join_the_one_longer(
    c, candidates, words: dict[str, list[str]], uf: _UnionFind, rivals: set[str] = frozenset()
) -> None:
    """Join ``c`` to the one cluster among ``candidates`` whose longer name ends with c's last
    word and holds c's words in order; with none or several such clusters (``rivals``
    included), nothing is joined."""
    short = words[c.key]
    roots = set(rivals) | {
        uf.find(o.key)
        for o in candidates
        if len(words[o.key]) > len(short)
        and words[o.key][-1] == short[-1]
        and _in_order(short, words[o.key])
        and _same_complement(short, words[o.key])
    }
    roots.discard(uf.find(c.key))
    if len(roots) == 1:
        uf.union(roots.pop(), c.key)


def _same_complement(short: list[str], long: list[str]) -> bool:
    """What a name is "of"/"for" is the same in both: "Department of Defense" is not
    "Department of National Defense"; and "European Union" is what "Council of the European
    Union" belongs to, not that council."""
    cut = next((i for i, w in enumerate(short) if w in OF_WORDS), None)
    if cut is None:
        of = next((i for i, w in enumerate(long) if w in OF_WORDS), None)
        return of is None or not _in_order(short, long[of + 1 :])
    return long[len(long) - (len(short) - cut) :] == short[cut:]


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def merge_spacing(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "Airbase" and "Air Base", "Health Care" and "Healthcare", "Co-operation" and
    "Cooperation", "Fifth Fleet" and "5th Fleet": names that differ only in spaces, hyphens,
    British and American spelling or an ordinal in words or digits are one actor (a person
    never joins a non-person this way)."""
    seen: dict[str, _Cluster] = {}
    for c in sorted(clusters.values(), key=lambda c: c.key):
        name = mended_key((m.text for m in c.mentions), c.key.split(":", 1)[1])  # "Organi- sation"
        # "Organisation" = "Organization"; a person's or a place's own name keeps its spelling
        name = american(name) if c.type == ORGANIZATION else name
        name = ordinal_digits(name) if c.type != PERSON else name  # "Fifth Fleet" = "5th Fleet"
        compact = name.replace(" ", "").replace("-", "")
        if len(compact) < 4:
            continue
        other = seen.setdefault(compact, c)
        if other is c or (other.hard and c.hard and other.hard != c.hard):
            continue
        if (other.type == PERSON) == (c.type == PERSON):
            uf.union(other.key, c.key)

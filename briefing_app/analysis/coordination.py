"""Coordination: names listed together ("A, B, C and D") are of one kind.

A list under a place's head noun ("the districts of A, B and C", "A and B districts") is a list
of places; a name the model typed on its own weak evidence takes the kind its confidently typed
neighbours share ("Oxfam" listed among charities is a body, "Kavre" among districts a place).
A neighbour's type never overrides a name's own evidence (a gazetteer hit, a body's word): the
vote only tips names whose votes are close.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.model import ORGANIZATION, PERSON, PLACE

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster

# between two listed names; a word the model left out of the name before may stand first
# ("Mercy Corps Scotland, ...": the model's name ends at "Corps")
_SEPARATOR = re.compile(r"(?: [A-Z][\w’'.-]*){0,3}(?:, | and |, and | or |, or | & )")
# plural head nouns of places: "the districts of A, B and C", "A and B provinces"
_PLACE_HEADS = (
    r"districts|provinces|regions|states|counties|municipalities|prefectures|villages|towns"
    r"|cities|islands|departments|governorates|oblasts|communes|townships|areas|countries"
    # plurals of the facilities that name places: "the ports of A, B and C", "A and B camps"
    r"|ports|harbou?rs|airports|camps|settlements|crossings"
)
_BODY_HEADS = r"organisations|organizations|agencies|charities|ngos|ngo's|ngos'"
# the head, then only linking words before the list ("the districts of", "districts were
# reported to be", "organisations such as"); "in" only after a place's head ("districts in")
_LINK = r"(?:of|were|was|are|is|be|being|to|reported|said|also|namely|as|such|like|include"
_LINK += r"|includes|included|including|the|most|worst|hardest|badly|affected|hit)"
_HEAD_BEFORE = re.compile(
    rf"\b(?:(?P<place>{_PLACE_HEADS})(?: in)?|(?P<body>{_BODY_HEADS}))\b"
    rf"(?: {_LINK})*(?::|,)?\s*$",
    re.IGNORECASE,
)
_HEAD_AFTER = re.compile(rf"\s+(?:(?P<place>{_PLACE_HEADS})|(?P<body>{_BODY_HEADS}))\b")
# "Governors of the hardest-hit states, A, B and C", "Foreign ministers of the three
# countries, A, B and C": a plural (of a title) heads the phrase; the list names its holders
_ROLE_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?(?:[\w-]+ ){0,3}$")
_LOCATIVE = re.compile(r"\b(?:in|at|near|across|around|outside|inside)\s+(?:the\s+)?$")
_NEIGHBOUR_WEIGHT = 2
_HEAD_WEIGHT = 3


def _kind(c: _Cluster) -> tuple[str, int]:
    """The kind a name has on its own evidence and how sure it is: 2 for a gazetteer's type or
    a clear lead, 1 for a lead of one vote (the model's label alone), 0 for a tie."""
    if c.hard:
        return c.hard, 2
    if c.forced_person:
        return PERSON, 2
    ranked = sorted((c.votes[t] for t in (PERSON, ORGANIZATION, PLACE)), reverse=True)
    lead = ranked[0] - ranked[1]
    kind = max((PERSON, ORGANIZATION, PLACE), key=lambda t: c.votes[t])
    return (kind, min(lead, 2)) if lead else ("", 0)


def _lists(
    items: list[tuple[Mention, _Cluster]], text: str
) -> list[list[tuple[Mention, _Cluster]]]:
    """Runs of listed names in one source; a name written right after another ("Mercy Corps
    Scotland") belongs to the item it follows and is left out."""
    runs: list[list[tuple[Mention, _Cluster]]] = []
    run: list[tuple[Mention, _Cluster]] = []
    last_end = -1
    for m, c in items:
        gap = text[last_end : m.start] if last_end >= 0 else None
        if run and gap == " ":
            last_end = max(last_end, m.end)
            continue
        if run and gap is not None and _SEPARATOR.fullmatch(gap):
            run.append((m, c))
        else:
            if _a_list(run, text):
                runs.append(run)
            run = [(m, c)]
        last_end = m.end
    if _a_list(run, text):
        runs.append(run)
    return runs


def _a_list(run: list[tuple[Mention, _Cluster]], text: str) -> bool:
    """Two names or more; two only with a conjunction between them: "Speaking in Kyiv, Varenko
    said" joins a phrase and its clause's subject, no list."""
    if len(run) != 2:
        return len(run) > 2
    gap = text[run[0][0].end : run[1][0].start]
    return re.search(r"\b(?:and|or)\b|&", gap) is not None


def _head(run: list[tuple[Mention, _Cluster]], text: str) -> str:
    start, end = run[0][0].start, run[-1][0].end
    window = text[max(0, start - 70) : start]
    window = re.split(r"[.!?\n;]", window)[-1]
    before = _HEAD_BEFORE.search(window)
    if before is not None and before.group("place"):
        role = _ROLE_OF.search(window, 0, before.start())
        if role is not None and _role_plural(role.group(1)):
            return PERSON  # the holders of a post in the places, listed after them
    found = before or _HEAD_AFTER.match(text, end)
    if found is None:
        return ""
    return PLACE if found.group("place") else ORGANIZATION


def _role_plural(word: str) -> bool:
    key = cached_norm(word)
    return key.endswith("s") and is_title(key, gazetteer())


def add_list_votes(
    mentions: Sequence[Mention], cluster_of: dict[int, _Cluster], texts: Sequence[str]
) -> None:
    """Add to each listed name's votes the kind its list shows (see the module's text)."""
    by_source: dict[int, list[tuple[Mention, _Cluster]]] = {}
    for m in sorted(mentions, key=lambda m: (m.source, m.start)):
        c = cluster_of.get(id(m))
        if c is not None:
            by_source.setdefault(m.source, []).append((m, c))
    extra: list[tuple[_Cluster, str, int]] = []
    for source, items in by_source.items():
        text = texts[source]
        for run in _lists(items, text):
            head = _head(run, text)
            _in_each(run, text)
            kinds = [_kind(c) for _, c in run]
            located = _LOCATIVE.search(text, max(0, run[0][0].start - 20), run[0][0].start)
            for i, (m, c) in enumerate(run):
                if kinds[i][1] == 2:
                    continue  # its own evidence is clear
                if head:
                    extra.append((c, head, _HEAD_WEIGHT))
                    continue
                if m.label == "PERSON" and " " in m.text:
                    continue  # a person's full name the model saw ("A, B, and Jo Bell from C")
                if _among_people(m, [r for r in run if r[0] is not m], kinds[i][1]):
                    extra.append((c, PERSON, _NEIGHBOUR_WEIGHT))
                    continue
                others: Counter = Counter()
                for j, (kind, sure) in enumerate(kinds):
                    if j != i and kind:
                        others[kind] += sure
                if not others:
                    continue
                kind, n = others.most_common(1)[0]
                rest = sum(others.values()) - n
                # people are listed with bodies and places ("A, B and the UN"): no kind for them
                # after "in", "at", "near": one known place is enough ("in Orvalo and Kathmandu")
                need = 2 if kind == PLACE and located else 3
                if kind != PERSON and kind != kinds[i][0] and n >= need and n >= 3 * rest:
                    extra.append((c, kind, _NEIGHBOUR_WEIGHT))
    for c, kind, weight in extra:  # after reading every list: votes added never cascade
        c.votes[kind] += weight


# "in" right before a list, not of a stake or a belief ("shares in A and B")
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
_STAKE_IN = re.compile(
    r"(?<![\w-])(?:invest\w*|stakes?|shares?|interests?|jobs?|work\w*|roles?|members?|career"
    r"|trust|faith|confidence|believe\w*|listed|traded)[ \t]+in[ \t]+$",
    re.IGNORECASE,
)
_ONE_NAME = re.compile(r"[A-Z][\w’'-]+")


def _in_each(run: list[tuple[Mention, _Cluster]], text: str) -> None:
    """ "camps in Dauro, Tse-Ama and Ukpa": "in" stands before each listed name, so each
    one-word name the model read as a body takes the vote a name right after "in" takes (the
    first has it already); read before the list's kinds, so the neighbours count as places."""
    start = run[0][0].start
    if not _IN_BEFORE.search(text, max(0, start - 4), start) or _STAKE_IN.search(
        text, max(0, start - 20), start
    ):
        return
    for m, c in run[1:]:
        if m.label == "ORG" and not c.hard and _ONE_NAME.fullmatch(m.text):
            c.votes[PLACE] += 2


_GIVEN_AND_SURNAME = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}")


def _among_people(m: Mention, others: list[tuple[Mention, _Cluster]], sure: int) -> bool:
    """ "Saheb Fadaie, Jo Omidi, and Yasser Bell": a name of two or three plain words listed
    only with people's full names the model saw is a person's too (no body's or place's word,
    no gazetteer entry: its own evidence is weak)."""
    if sure == 2 or not others or not _GIVEN_AND_SURNAME.fullmatch(m.text):
        return False
    gaz = gazetteer()
    key = cached_norm(m.text)
    if key in gaz.organizations or key in gaz.places:
        return False
    if any(w in gaz.org_suffixes or w in gaz.places for w in key.split()):
        return False
    return all(o.label == "PERSON" and " " in o.text.strip() for o, _ in others)

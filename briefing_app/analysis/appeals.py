"""An appeal for contributions told by several sources in other words: "the Council called on
Member States to contribute personnel, equipment and financial resources" / "we look to the
international community to provide funding, equipment and personnel" / "it asked other
countries to contribute funding or forces".

An appeal is a verb of asking ("ask", "call on", "urge", "appeal to", "invite", "encourage",
"look to"), the ones asked, "to", a verb of giving ("contribute", "provide", "give", "donate",
"pledge", "send", "supply", "fund") and what is asked for: resources of three kinds (money,
people, materiel: the nouns of WordNet's synsets for funding, personnel and equipment). Two
appeals from different sources are one fact when they ask for a kind of resource in common and
not each for its own place ("urged donors to give money to Sarnet" / "asked its neighbours to
send police to Marden" are two; who asks may differ). An appeal for no resource ("urged the
parties to provide humanitarian access") and a gift ("Kestrel contributed 200 troops") are no
appeal.

General English rules only, nothing read from particular articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASK = (
    r"(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|"
    r"appeal(?:s|ed|ing)?\s+to|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|"
    r"look(?:s|ed|ing)?\s+to)"
)
_GIVE = r"(?:contribute|provide|give|donate|pledge|send|supply|fund|offer)"
_APPEAL = re.compile(
    rf"\b{_ASK}\b(?:\s+[^\s.;:!?]+){{1,6}}?\s+to\s+(?:also\s+|further\s+|urgently\s+)?{_GIVE}\b"
    r"(?P<asked>[^.;!?]*)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
# What is asked for, by kind (WordNet: funding.n.01 financing; personnel.n.01 force;
# equipment.n.01, materiel, supplies), as stems of up to seven letters
_RESOURCES = {
    "money": "fund funds funding financi money cash donatio",
    "people": "personn force forces troops staff police officer experts volunte",
    "materiel": "equipme materie supplie logisti resourc asset assets vehicle aircraf",
}
_KIND = {w: kind for kind, words in _RESOURCES.items() for w in words.split()}
WINDOW = 12  # words after the verb of giving: "contribute personnel, equipment, and ..."


@lru_cache(maxsize=65536)
def asked_for(text: str) -> frozenset[str]:
    """The kinds of resource a sentence appeals to others to give ("money", "people",
    "materiel"), nothing when it makes no appeal."""
    out: set[str] = set()
    for m in _APPEAL.finditer(text):
        for word in _WORD.findall(m.group("asked"))[:WINDOW]:
            kind = _KIND.get(word.lower()[:7])
            if kind:
                out.add(kind)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _asked_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span("asked") for m in _APPEAL.finditer(text))


def _for_places(s) -> frozenset[str]:
    """The places an appeal asks resources for: those named after its verb of giving ("to
    Marden"), not who asks ("Kestrel urged ...")."""
    spans = _asked_spans(s.text)
    return frozenset(
        x
        for at, x in s.placed
        if x.startswith("place:") and any(start <= at < end for start, end in spans)
    )


def same_appeal(a, b) -> bool:
    """Whether two candidates (``keypoints.Sentence``) from different sources tell one appeal
    for contributions: a kind of resource asked for in common, and not each for its own
    place."""
    if a.source == b.source or not asked_for(a.text) & asked_for(b.text):
        return False
    places_a, places_b = _for_places(a), _for_places(b)
    return not (places_a and places_b and not places_a & places_b)

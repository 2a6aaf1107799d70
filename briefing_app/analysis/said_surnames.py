"""The surname of someone the source names in full, written alone as the one who speaks ("Berer
commented that ...", "said Okafor", "according to Okafor"): a later mention of that person the
small model missed, most often at the head of a paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, overlaps_taken, taken_spans
from briefing_app.analysis.ranked import surname_hits
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

# a verb of saying right after the name ("Berer commented", "Okafor Says" in a headline) ...
_VERB_AFTER = re.compile(
    r" (?:(?i:said|says)|added|adds|commented|comments|noted|notes|stated|states|stressed"
    r"|explained|explains|argued|argues|warned|warns|urged|urges|told|wrote|writes|replied"
    r"|recalled|insisted|acknowledged|agreed|cautioned|emphasi[sz]ed)\b"
)
# ... or right before it ("said Okafor.", "according to Okafor")
_VERB_BEFORE = re.compile(r"(?:\bsaid|\bsays|\badded|\baccording to)[ \t]$")
_NOT_NAMES = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))


def said_surnames(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Lone surnames of full names (of one person in their source) beside a verb of saying,
    where no mention covers them, as PERSON mentions. A surname two people of the source share,
    or a word the lists know as a place or a title, is left alone."""
    given: dict[int, dict[str, set[str]]] = {}  # by source: surname -> the given names
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            given.setdefault(m.source, {}).setdefault(words[-1], set()).add(words[0])
    taken = None
    found: list[Mention] = []
    for i, by_surname in given.items():
        names = {s for s, g in by_surname.items() if len(g) == 1 and _may_stand_alone(s, gaz)}
        if not names:
            continue
        text = sources[i].text
        if taken is None:
            taken = taken_spans(mentions)
        spans = taken.get(i, [])
        for name, hits in surname_hits(text, names).items():
            for s, e in hits:
                if overlaps_taken(spans, s, e):
                    continue
                if _VERB_AFTER.match(text, e) or _VERB_BEFORE.search(text, max(0, s - 16), s):
                    found.append(Mention(i, s, e, name, "PERSON"))
    return found


def _may_stand_alone(surname: str, gaz: Gazetteer) -> bool:
    key = cached_norm(surname)
    return (
        len(key) >= 3
        and key.isalpha()
        and key not in _NOT_NAMES
        and key not in gaz.stopwords
        and key not in gaz.titles
        and key not in gaz.places
        and key not in gaz.demonyms
    )

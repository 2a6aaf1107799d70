"""A capitalised word a text only uses to say what kind of thing a common noun is: "a QuickPoll
card", "a Tamarek phrase", "a Velorian ceremony". The article belongs to the noun after the word
(a name takes no "a"), so there the word names a kind, no actor; read at every place the word
stands in its source, since one place where it stands alone ("the Velorian said") or after
"the" ("the Velorian card": one body's card) may be an actor's. Not a word whose noun names
people or a body ("a Wikinews reporter", "a Hamas fighter", "a Velorian team": the people and
the body act), nor an acronym ("a PCR test", "a UN agency": acronyms are mostly bodies'), nor
a name the gazetteer knows ("a U.S. diplomat"), nor one the model tagged a place ("an
Orvania official", "a Tarrow airport": gold lists places named only so)."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.type_cues import BODY_WORDS

# "a", "an", and at most one lower-case word between it and the name ("a personalised X card")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'.-])(?:[Aa]|[Aa]n)[ \t]+(?:[a-z]+[ \t]+)?$")
# the lower-case word after the name, and what follows it (a stop, a space, a line's end)
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)(?![\w’'-])")
# words after the name that make no noun of a kind: verbs, adverbs, function words
_NO_NOUN = frozenset(
    [
        *("and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as"),
        *("is", "was", "has", "had", "will", "would", "can", "could", "may", "must"),
        *("said", "says", "did", "does", "also", "who", "which", "that", "than"),
    ]
)
# endings of nouns of people (agent nouns): "reporter", "operator", "activist", "spokesman",
# "chairperson", "technician", "participant", "resident"
_PEOPLE_ENDINGS = ("er", "or", "ist", "man", "men", "person", "ian", "ant", "ent")
# nouns of people the endings miss, of a body or a group besides type_cues.BODY_WORDS
_BODY_NOUNS = frozenset(
    [
        *("official", "envoy", "delegate", "diplomat", "aide", "chief", "head", "citizen"),
        *("national", "ally", "representative", "candidate", "employee", "veteran", "agent"),
        *("group", "force", "forces", "army", "militia", "party", "faction", "movement"),
        *("company", "firm", "network", "delegation", "crew", "regime", "government"),
        *("administration", "family", "clan", "tribe", "community", "affiliate", "outlet"),
    ]
)


def a_kind_word(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """True when every place the one-word name ``m`` stands in ``text`` is "a"/"an", the
    name, and a lower-case singular noun of a thing (see the module's text)."""
    name = m.text.strip()
    if " " in name or not name[:1].isupper() or not name.replace("-", "").isalpha():
        return False
    if is_acronym(name) or gaz.knows(cached_norm(name)) or m.label in ("GPE", "LOC"):
        return False  # a place the model tagged: its people or its airport ("a Tarrow official")
    places = list(re.finditer(rf"(?<![\w’'.-]){re.escape(name)}(?![\w’'-])", text))
    return bool(places) and all(_classifies(text, p.start(), p.end(), gaz) for p in places)


def _classifies(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    if not _ARTICLE_BEFORE.search(text, max(0, start - 40), start):
        return False
    after = _NOUN_AFTER.match(text, end)
    if after is None:
        return False
    noun = after.group(1)
    return not (
        noun in _NO_NOUN
        or (noun.endswith("s") and not noun.endswith("ss"))  # a plural or a verb after "a"
        or noun.endswith(("ed", "ing", "ly"))
        or noun.endswith(_PEOPLE_ENDINGS)
        or noun in BODY_WORDS
        or noun in _BODY_NOUNS
        or noun in gaz.org_suffixes
        or is_title(noun, gaz)
    )

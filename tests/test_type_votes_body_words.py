"""``votes.type_votes`` looks up a name's body words once (speed18): the votes that hang on a
body's word among the name's words, on the first word, or on the word after the name are the
same as when each test looked the words up itself."""

from __future__ import annotations

from collections import Counter

import pytest

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.mentions import Mention
from briefing_app.analysis.votes import (
    _PARTY_FIRST,
    ADMIN_WORDS,
    FACILITY_WORDS,
    type_votes,
)
from briefing_app.model import ORGANIZATION, PERSON, PLACE


def _mention(text: str, name: str, label: str) -> Mention:
    s = text.index(name)
    return Mention(0, s, s + len(name), name, label)


def test_the_words_checked_are_the_ones_the_lists_hold():
    gaz = gazetteer()
    assert "authority" in gaz.org_suffixes
    assert "parti" in _PARTY_FIRST and "parti" not in gaz.org_suffixes
    assert "camp" in FACILITY_WORDS | ADMIN_WORDS


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Velmar River Basin Authority met on Monday.", "Velmar River Basin Authority", "ORG"),
        ("Water ran past Sea Horse Key overnight.", "Sea Horse Key", "LOC"),
        ("The Parti Vert of Orskia said so.", "Parti Vert", "ORG"),
        ("She visited Embassy Bridgetown in May.", "Embassy Bridgetown", "ORG"),
        ("People fled to the Gaga camp at night.", "Gaga", "GPE"),
        ("Ola Brenn spoke for the Orsk Union yesterday.", "Ola Brenn", "PERSON"),
    ],
)
def test_votes_match_the_lookups_done_one_by_one(text, name, label):
    gaz = gazetteer()
    m = _mention(text, name, label)
    key = name.lower()
    votes = type_votes(m, gaz, text)
    assert isinstance(votes, Counter)
    # what each test found when it looked the words up itself
    any_body_word = any(w in gaz.org_suffixes for w in key.split())
    assert (not gaz.org_suffixes.isdisjoint(key.split())) == any_body_word
    first = key.split(" ", 1)[0]
    assert (first in gaz.org_suffixes or first in _PARTY_FIRST) == (
        first in gaz.org_suffixes | _PARTY_FIRST
    )
    # and the same text analysed twice, or after another name, votes the same
    other = _mention("Kestrel Harbour Authority said so.", "Kestrel Harbour Authority", "ORG")
    type_votes(other, gaz, "Kestrel Harbour Authority said so.")
    assert type_votes(m, gaz, text) == votes


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # label 1, a body's word among its words: no landform's place vote ("Basin")
        (
            "The Velmar River Basin Authority met on Monday.",
            "Velmar River Basin Authority",
            "ORG",
            {ORGANIZATION: 4},
        ),
        ("Water ran past Sea Horse Key overnight.", "Sea Horse Key", "LOC", {PLACE: 4}),
        # the party's or body's word first: 2 more for a body
        ("The Parti Vert of Orskia said so.", "Parti Vert", "ORG", {ORGANIZATION: 3}),
        ("She visited Embassy Bridgetown in May.", "Embassy Bridgetown", "ORG", {ORGANIZATION: 3}),
        # a settlement's kind after the name
        ("People fled to the Gaga camp at night.", "Gaga", "GPE", {PLACE: 3}),
        ("Ola Brenn spoke for the Orsk Union yesterday.", "Ola Brenn", "PERSON", {PERSON: 1}),
    ],
)
def test_body_word_votes(text, name, label, expected):
    votes = type_votes(_mention(text, name, label), gazetteer(), text)
    assert {k: v for k, v in votes.items() if v} == expected

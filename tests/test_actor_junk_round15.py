"""False actors of the fifteenth round, on invented texts with hand-made labels.

A lone capitalised word the text writes only where a sentence or a line opens, as the modifier
of a lowercase subject noun a clause's verb follows ("Adult spiders can ...", "Journal
articles can ..."), and also writes in lower case ("adults", "journals"), is no name: its
capital is the position's. A place so written ("Orvane police have ..."), a word the text also
writes as a name elsewhere ("Kestra's win", "the Kestra caucus") and a known body stay actors.

Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.modifier_words import a_modifier_word


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_word_opening_sentences_as_a_modifier_is_no_actor():
    text = (
        "Customs officers in Orvane seized 40 live spiders, most of them adults, on Monday, "
        "Tarra Quell said. Buyers read journals on the trade.\n\n"
        "    Adult spiders can fetch high prices at markets, the Veldrian Wildlife Board said.\n\n"
        "Journal articles can help buyers learn the rules, Quell added."
    )
    actors = _actors(
        text,
        [
            ("Orvane", "GPE"),
            ("Tarra Quell", "PERSON"),
            ("Adult", "PERSON"),
            ("Veldrian Wildlife Board", "ORG"),
            ("Journal", "ORG"),
            ("Quell", "PERSON"),
        ],
    )
    assert "Adult" not in actors and "Journal" not in actors
    assert actors["Tarra Quell"] == "person" and "Veldrian Wildlife Board" in actors
    assert "Orvane" in actors


def test_near_misses_stay_actors():
    text = (
        "Orvane police have arrested two men, the ministry said.\n\n"
        "Kestra workers have left the port. Congratulations on Kestra's win.\n\n"
        "Voss staff were moved. The Voss board met on Friday.\n\n"
        "Brill said the talks failed. Brill officials will meet again."
    )
    actors = _actors(
        text,
        [("Orvane", "GPE"), ("Kestra", "ORG"), ("Voss", "ORG"), ("Brill", "PERSON")],
    )
    assert "Orvane" in actors  # a place before a noun stays the place
    assert "Kestra" in actors  # a possessive elsewhere: a name
    assert "Voss" in actors  # written mid-sentence elsewhere ("The Voss board")
    assert "Brill" in actors  # before a verb elsewhere ("Brill said")


def test_the_shape_needs_a_subject_noun_and_a_clause_verb():
    gaz = gazetteer()
    assert a_modifier_word("x adults.\nAdult ticks can bite.", "Adult", "PERSON", gaz, False)
    # the text never writes the word in lower case: a name written once so ("Vantor aides")
    assert not a_modifier_word("x.\nAdult ticks can bite.", "Adult", "PERSON", gaz, False)
    # the lowercase word is a verb, not a noun: "Marrow has been", "Marrow said"
    assert not a_modifier_word("x.\nMarrow has been named.", "Marrow", "PERSON", gaz, False)
    assert not a_modifier_word("x.\nMarrow said it was.", "Marrow", "PERSON", gaz, False)
    assert not a_modifier_word("x.\nMarrow reported they were.", "Marrow", "ORG", gaz, False)
    # a surname of a full name in the source, an acronym, two words
    assert not a_modifier_word("x.\nAdult ticks can bite.", "Adult", "PERSON", gaz, True)
    assert not a_modifier_word("x.\nUNDP staff have left.", "UNDP", "ORG", gaz, False)
    assert not a_modifier_word("x.\nRed Cross staff have.", "Red Cross", "ORG", gaz, False)

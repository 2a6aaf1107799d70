"""Round 17 (recall17b): a body that is the subject of a headline or a list headline written in
sentence case ("KVMIS chief briefs the council on Veldra", "Tarn Harbour Authority hits the water
for a rescue drill") is an actor of the story, even when the body text never writes its name
again: in a sentence-case line only names are capitalised, so the model's span there is no
title-case headline word misread as a name.

Near misses keep the filters' junk out: a title-case headline, a name ending in a title or in a
plural of people, a single capitalised word opening the line, a mention inside the line rather
than opening it. Every name is made up; the near misses are written as ordinary news headlines.
"""

from __future__ import annotations

from labelled import analyse_labelled

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.mentions import Mention
from briefing_app.analysis.sentence_case import headline_subject

_analyse = analyse_labelled


def _names(analysis) -> set[str]:
    return {a.name for a in analysis.actors}


_BODY = """

The head of the mission told the council on Tuesday that the ceasefire in Veldra had held for
a month. She said returns to the northern villages had begun and asked members to renew the
mandate before the rains. Several members praised the mission's patrols.
"""


def test_an_acronym_opening_a_sentence_case_headline_is_an_actor(tmp_path):
    page = "KVMIS chief briefs the council on Veldra" + _BODY
    analysis = _analyse(tmp_path, page, [("KVMIS", "ORG"), ("Veldra", "GPE")])
    assert "KVMIS" in _names(analysis)


def test_the_same_acronym_in_a_title_case_headline_stays_out(tmp_path):
    page = "KVMIS Chief Briefs Council On Veldra Ceasefire" + _BODY
    analysis = _analyse(tmp_path, page, [("KVMIS", "ORG"), ("Veldra", "GPE")])
    assert "KVMIS" not in _names(analysis)


def _subject(line: str, name: str, label: str = "ORG") -> bool:
    text = line + "\n\nThe story follows here.\n"
    start = text.index(name)
    m = Mention(0, start, start + len(name), name, label)
    return headline_subject(text, m, (0, len(line)), gazetteer())


def test_a_body_opening_a_sentence_case_list_headline_is_its_subject():
    assert _subject(
        "Tarn Harbour Authority hits the water for a rescue drill", "Tarn Harbour Authority"
    )
    assert _subject(
        "Ostvik Army National Guard brings the firepower to the exercise",
        "Ostvik Army National Guard",
    )
    assert _subject("• KVMIS chief briefs the council on Veldra", "KVMIS")


def test_near_misses_are_not_read_as_a_headline_subject():
    # title case: the verb is capitalised ("Ships Arrive in Port ...")
    assert not _subject(
        "Tarn Harbour Authority Hits The Water For Rescue Drill", "Tarn Harbour Authority"
    )
    # only function words in lower case after it
    assert not _subject("Tarn Harbour Authority in Port Ostvik", "Tarn Harbour Authority")
    # one lower-case word only
    assert not _subject("Tarn Harbour Authority responds", "Tarn Harbour Authority")
    # a single capitalised word opening a sentence ("Flooding hits ...")
    assert not _subject("Flooding hits the coast of Tarn again", "Flooding")
    # no body's word: a person's role or a piece of a name ("Mobility Airman recalls ...")
    assert not _subject("Mobility Airman recalls first humanitarian mission", "Mobility Airman")
    # the body's people, a plural ("U.S. Army Pacific Soldiers participate in ...")
    assert not _subject(
        "Ostvik Army Soldiers participate in flood relief training", "Ostvik Army Soldiers"
    )
    # not the line's subject: a name inside an ordinary sentence-case headline
    assert not _subject(
        "Storm cuts power as Tarn Harbour Authority close roads", "Tarn Harbour Authority"
    )
    # a people or a person is not judged here
    assert not _subject("Ostvik Party leaders meet the press today", "Ostvik Party", "NORP")
    # "UNOG Bi-weekly press briefing": a lower-case word inside the span is no name
    assert not _subject("KVMIS Bi-weekly press briefing on the elections", "KVMIS Bi-weekly")

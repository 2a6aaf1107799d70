"""Key points: the frame of a report is not its fact. The body a sentence names as its source
("according to the Veloria Emergency Centre") acts in nothing, the day a clause says the fact
was told on ("the weather office reported on Monday") is no day of the fact, a sentence that
recalls a blow in passing is dated by its own act, and a stance (condemning, thanking) joins
two reports of one act without setting reports of one fact apart. Each rule has near-misses it
must leave alone.

Invented event sets (places, bodies and storms are made up); entities are labelled by hand.
"""

from __future__ import annotations

import dataclasses

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.tellers import attributions, untold

_LABELS = [
    ("Veloria", "GPE"),
    ("Marden", "GPE"),
    ("Kestrel", "GPE"),
    ("Veloria Emergency Centre", "ORG"),
    ("Ardian Red Shield", "ORG"),
    ("Ostrava Union", "ORG"),
    ("Ivo", "GPE"),
    ("Tamar Osk", "PERSON"),
]
_FILLER = (
    "Engineers will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival drew large crowds of visitors from the coast.\n"
)


def _cites(analysis, word: str) -> list[str]:
    found = [sorted(p.sources) for p in analysis.key_points if word in p.text]
    assert len(found) == 1, [(p.text, p.sources) for p in analysis.key_points]
    return found[0]


def _dated(part, day: str):
    source, sa = part
    return dataclasses.replace(source, published=day), sa


# ---- who told it ----------------------------------------------------------------------


def _quake_told_by(teller: str):
    a = _source(
        f"{teller}, the earthquake caused severe damage after it struck the coast of Marden.\n"
        + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "A powerful quake hit Marden late in the evening, flattening fishing villages along the "
        "rocky northern shore and leaving families in tents.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    return _combine(a, b)


def test_the_body_a_point_has_its_fact_from_is_no_actor_another_source_must_name():
    analysis = _quake_told_by("According to the Veloria Emergency Centre")
    assert _cites(analysis, "severe damage") == ["a", "b"]


def test_a_body_acting_in_the_point_must_still_be_named_by_its_support():
    # the Red Shield reports, and acts: "sent rescuers" is its own fact
    analysis = _quake_told_by("The Ardian Red Shield sent rescuers to Marden and said that")
    assert _cites(analysis, "severe damage") == ["a"]


def test_attributions_are_the_according_to_phrase_and_the_reporting_clause_only():
    text = "According to the ministry, the storm killed nine people."
    assert [text[s:e] for s, e in attributions(text)] == ["According to the ministry"]
    text = "The storm was the strongest on record, the weather office reported on Monday, leaving"
    assert [text[s:e] for s, e in attributions(text)] == ["the weather office reported on Monday"]
    # a reporting verb with its object is the sentence's own fact, not a clause about it
    assert attributions("The storm hit Marden, the government announced new funding.") == ()
    assert attributions("The weather office reported that nine people died.") == ()
    # a passive tells the fact itself, and "states" may be a noun
    assert attributions("In Marden, 14 deaths have so far been reported, with 200 injured.") == ()
    assert attributions("It met ministers of Kestrel, and representatives of member states.") == ()


# ---- when it was told -----------------------------------------------------------------


def test_the_day_a_clause_says_the_fact_was_told_is_no_day_of_the_fact():
    a = _source(
        "Cyclone Ivo was the strongest storm to hit Veloria, the weather office reported on "
        "Monday, leaving a trail of destruction in Marden.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "Cyclone Ivo crossed the coast of Veloria on 14 May, making it the strongest storm on "
        "record there.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    assert _cites(_combine(a, b), "Cyclone Ivo") == ["a", "b"]


def test_a_day_the_fact_itself_names_still_parts_two_facts():
    assert "Monday" in untold("Cyclone Ivo struck Marden on Monday, the weather office said.")
    assert "Monday" not in untold("Cyclone Ivo struck Marden, the weather office said on Monday.")
    a = _source(
        "The Ardian Red Shield met the governor of Marden on Monday to plan new shelters for "
        "the families.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "Talks between the governor and the Ardian Red Shield on Friday turned to the cost of "
        "water pumps, its spokesman said.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    analysis = _combine(a, b)
    assert _cites(analysis, "Monday") == ["a"]
    assert _cites(analysis, "Friday") == ["b"]


# ---- a blow recalled in passing -------------------------------------------------------


def test_a_visit_today_to_see_the_aftermath_recalls_the_quake_of_two_days_before():
    a = _dated(
        _source(
            "A strong earthquake struck Marden on 6 May, destroying 300 homes.\n" + _FILLER,
            _LABELS,
            "a",
        ),
        "2024-05-07",
    )
    b = _dated(
        _source(
            "The governor today visited Marden to see the aftermath of this week's massive "
            "earthquake, pledging support for the rescue efforts.\n"
            "Schools across the valley stayed closed while teachers counted pupils.\n",
            _LABELS,
            "b",
        ),
        "2024-05-08",
    )
    assert _cites(_combine(a, b), "300 homes") == ["a", "b"]


def test_a_quake_recalled_with_another_month_is_another_quake():
    a = _dated(
        _source(
            "A strong earthquake struck Marden on 6 May, destroying 300 homes.\n" + _FILLER,
            _LABELS,
            "a",
        ),
        "2024-05-07",
    )
    b = _dated(
        _source(
            "The governor today visited Marden to see the rebuilding after the massive "
            "earthquake of March.\n"
            "Schools across the valley stayed closed while teachers counted pupils.\n",
            _LABELS,
            "b",
        ),
        "2024-05-08",
    )
    assert _cites(_combine(a, b), "300 homes") == ["a"]


# ---- a stance taken ---------------------------------------------------------------------


def test_two_bodies_condemning_one_coup_in_other_words_cite_each_other():
    a = _source(
        "The Ostrava Union strongly condemns the unconstitutional change of government in "
        "Veloria of 26 July.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The leaders condemned the coup attempt and demanded the immediate release and "
        "reinstatement of President Tamar Osk, emphasizing zero tolerance for unconstitutional "
        "changes of government.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    analysis = _combine(a, b)
    assert _cites(analysis, "condemn") == ["a", "b"]  # one point, not one a source


def test_thanks_for_concern_told_by_two_sources_is_one_point():
    a = _source(
        "On behalf of the people of Veloria, the Foreign Ministry expresses its heartfelt "
        "appreciation to the international community for showing concern and sympathy "
        "following the flood.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "Care and concern shown by the nation's allies, friendly countries and supporters in "
        "the wake of the flood in Marden is deeply appreciated by the government of Veloria, "
        "according to the Foreign Ministry.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    assert _cites(_combine(a, b), "concern") == ["a", "b"]


def test_a_stance_never_parts_two_tellings_of_one_fact():
    a = _source(
        "The council, condemning the increasing violence in Marden, extended the mission of "
        "the Ardian Red Shield.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The Ardian Red Shield has highlighted the increasing violence in Marden and its toll "
        "on aid convoys.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    assert _cites(_combine(a, b), "increasing violence") == ["a", "b"]


def test_condemning_one_act_does_not_support_thanks_for_another():
    a = _source(
        "The Ostrava Union strongly condemns the shelling of Marden by the forces of Kestrel.\n"
        + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The government of Veloria thanked Kestrel for the relief supplies flown to the "
        "coast.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    analysis = _combine(a, b)
    assert _cites(analysis, "condemns") == ["a"]
    assert _cites(analysis, "thanked") == ["b"]


def test_one_stance_taken_on_two_things_is_two_points():
    a = _source(
        "The Ostrava Union strongly condemns the shelling of Marden by the forces of Kestrel.\n"
        + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "Veloria condemned the arrest of three journalists in Marden on Friday.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    analysis = _combine(a, b)
    assert _cites(analysis, "shelling") == ["a"]
    assert _cites(analysis, "journalists") == ["b"]


# ---- a blow told as having occurred ---------------------------------------------------


def _occurred(told: str):
    a = _source(
        "The earthquake that struck Marden flattened fishing villages along the rocky northern "
        "shore and left families in tents.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        told + "\nSchools across the valley stayed closed while teachers counted pupils.\n",
        _LABELS,
        "b",
    )
    return _combine(a, b)


def test_an_earthquake_that_occurred_in_a_place_is_the_quake_that_struck_it():
    analysis = _occurred("A strong earthquake occurred in Marden late in the evening.")
    assert any(p.sources == ["a", "b"] for p in analysis.key_points), [
        (p.text, p.sources) for p in analysis.key_points
    ]


def test_earthquakes_that_occur_in_a_place_tell_no_blow():
    analysis = _occurred("Earthquakes occur in Marden every few years, the survey office says.")
    assert not any(p.sources == ["a", "b"] for p in analysis.key_points)

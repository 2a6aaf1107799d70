"""Key points: one appeal for contributions told by several sources in other words ("called on
member states to contribute personnel and financial resources" / "asked other countries to
contribute funding or forces") is one point citing them all; appeals for two places, an appeal
for no resource and a gift stay apart.

Invented event sets (places, bodies and people are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.appeals import asked_for

_MISSION = [
    ("Sarnet", "GPE"),
    ("Marden", "GPE"),
    ("Kestrel", "GPE"),
    ("Orsk", "GPE"),
    ("Council", "ORG"),
]
_COUNCIL = (
    "The Council called on member states and regional bodies to contribute personnel, "
    "equipment and financial resources to the stabilization mission in Sarnet.\n"
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)
_SCHOOLS = "\nSchools across the valley stayed closed while teachers counted pupils.\n"


def _points(*texts: str):
    parts = [_source(_COUNCIL, _MISSION, "a")]
    parts += [_source(t + _SCHOOLS, _MISSION, sid) for t, sid in zip(texts, "bc", strict=False)]
    analysis = _combine(*parts)
    return analysis, [(p.text, sorted(p.sources)) for p in analysis.key_points]


def _cites(analysis, words: str) -> list[str]:
    found = [sorted(p.sources) for p in analysis.key_points if words in p.text]
    assert len(found) == 1, [(p.text, p.sources) for p in analysis.key_points]
    return found[0]


def test_one_appeal_told_in_other_words_cites_every_source():
    _, points = _points(
        "Kestrel asked other countries to contribute funding or forces to the new mission.",
        "Orsk will look to the international community to also provide funding, training and "
        "police officers.",
    )
    assert ["a", "b", "c"] in [cited for _, cited in points], points


def test_appeals_for_two_places_stay_apart():
    analysis, _ = _points(
        "Kestrel urged its neighbours to send police officers and vehicles to Marden."
    )
    assert _cites(analysis, "called on member states") == ["a"]


def test_an_appeal_for_no_resource_stays_apart():
    analysis, _ = _points(
        "Kestrel urged the armed groups around Sarnet to provide safe access for convoys."
    )
    assert _cites(analysis, "called on member states") == ["a"]


def test_an_appeal_names_what_it_asks_for_and_a_gift_is_none():
    assert asked_for("The Council urged donors to give money and send supplies.") == {
        "money",
        "materiel",
    }
    assert asked_for("Kestrel appealed to its allies to supply troops.") == {"people"}
    # near misses: a gift, an appeal for access, a request to do something else
    assert not asked_for("Kestrel contributed 200 troops and two aircraft to the mission.")
    assert not asked_for("The Council urged the parties to provide humanitarian access.")
    assert not asked_for("Kestrel asked the court to review the funding decision.")

"""Key points: the blow leads. When every source tells the disaster only briefly and its own
response at length, the sentence telling the disaster striking, stated by several sources,
takes the place of the last key point picked (which moves to the background); a blow one
source alone tells, or one a key point already tells with its sources, changes nothing.

Invented event sets (places, bodies and people are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis import keypoints
from briefing_app.analysis.lead_blow import blow_first
from briefing_app.model import KeyPoint

_NAMES = [
    ("Veloria", "GPE"),
    ("Kestrel", "GPE"),
    ("Marden", "GPE"),
    ("Orsk", "GPE"),
    ("Ardian Red Shield", "ORG"),
    ("Orsk Relief Agency", "ORG"),
    ("Tomas Brell", "PERSON"),
    ("Ilsa Varn", "PERSON"),
]
_CLINICS = (
    "The Ardian Red Shield, with the Kestrel Ministry of Health and the Marden Water Board, "
    "opened six field clinics and two water points in the northern districts of Veloria on "
    "Monday.\n"
    "Tomas Brell, head of the Ardian Red Shield, said volunteers from Kestrel, Marden and Orsk "
    "would staff the clinics for at least three months.\n"
)
_CARGO = (
    "The Orsk Relief Agency, working with Kestrel and the Ardian Red Shield, flew 40 tonnes of "
    "tents, blankets and water purification tablets to the Veloria capital airport on "
    "Tuesday.\n"
    "Ilsa Varn, director of the Orsk Relief Agency, said a second cargo flight from Marden and "
    "Kestrel would follow within the week.\n"
)
_BLOW_A = (
    "Volunteers came to help the villagers after Veloria was hit by a strong earthquake on "
    "3 March.\n"
)
_BLOW_B = (
    "The cargo goes to families whose homes were damaged by the earthquake that struck Veloria "
    "on 3 March.\n"
)
_MEASLES = "The clinics will also vaccinate children against measles.\n"


def _set(first: str, second: str, top_n: int = 3):
    a = _source(
        _CLINICS + first + "The clinics will also vaccinate children against measles.\n",
        _NAMES,
        "a",
    )
    b = _source(_CARGO + second + "The agency is also sending engineers.\n", _NAMES, "b")
    return _combine(a, b, top_n=top_n)


def _with(analysis, word: str) -> list[KeyPoint]:
    return [p for p in analysis.key_points if word in p.text]


def test_a_quake_every_source_tells_in_passing_is_a_key_point_citing_them_all():
    analysis = _set(_BLOW_A, _BLOW_B)
    blow = _with(analysis, "earthquake")
    assert len(blow) == 1 and sorted(blow[0].sources) == ["a", "b"]
    # the response the blow displaced stays in the briefing, in the background
    kept = [p.text for p in analysis.key_points + analysis.background]
    assert any("six field clinics" in t for t in kept)
    assert any("40 tonnes" in t for t in kept)
    assert analysis.summary.count("earthquake") == 1  # the bottom line tells what happened


def _unchanged(monkeypatch, first: str, second: str) -> None:
    """The key points are those picked without the rule."""
    found = [p.text for p in _set(first, second).key_points]
    monkeypatch.setattr(keypoints, "blow_first", lambda picked, top_n: picked)
    assert found == [p.text for p in _set(first, second).key_points]


def test_a_quake_only_one_source_tells_does_not_displace_a_response(monkeypatch):
    other = "The agency thanked the pilots of the two cargo planes for their long night.\n"
    assert not _with(_set(_BLOW_A, other), "earthquake")
    _unchanged(monkeypatch, _BLOW_A, other)


def test_a_figure_of_speech_or_a_season_is_no_blow():
    clinics = _point("The Ardian Red Shield opened six field clinics in Veloria.", "a")
    for text in (
        "A political storm hit the Veloria cabinet over the clinics on 3 March.",
        "Volunteers teach earthquake preparedness in the schools of Veloria.",
    ):
        picked = [((0, 0), clinics), ((1, 0), _point(text, "a", "b"))]
        assert blow_first(picked, 1) == picked
    quake = _point("A strong earthquake hit the Veloria highlands on 3 March.", "a", "b")
    assert blow_first([((0, 0), clinics), ((1, 0), quake)], 1)[0][1] is quake


def _point(text: str, *sources: str) -> KeyPoint:
    return KeyPoint(text=text, score=0.5, sources=list(sources), evidence=[])


def test_a_key_point_already_telling_the_blow_with_its_sources_keeps_its_place():
    quake = _point("A strong earthquake struck Veloria on 3 March, killing four people.", "a", "b")
    clinics = _point("The Ardian Red Shield opened six field clinics in Veloria.", "a")
    told_again = _point("The earthquake that struck Veloria damaged 300 homes.", "a", "b")
    picked = [((0, 0), quake), ((0, 9), clinics), ((1, 0), told_again)]
    assert blow_first(picked, 2) == picked
    # the same background point is promoted when the key points tell no blow
    other = _point("Tomas Brell praised the volunteers of the Ardian Red Shield.", "a")
    promoted = blow_first([((0, 5), other), ((0, 9), clinics), ((1, 0), told_again)], 2)
    assert [p.text for _, p in promoted[:2]] == [other.text, told_again.text]
    # not when it is stated by fewer sources than the point it would displace
    wide = _point("Volunteers from Kestrel, Marden and Orsk staff the clinics.", "a", "b", "c")
    assert blow_first([((0, 5), other), ((0, 9), wide), ((1, 0), told_again)], 2)[1][1] is wide


def test_a_key_point_naming_the_quake_with_more_sources_keeps_its_place():
    covered = _point(
        "As we continue our coverage of the 7.3 earthquake in Veloria, aid flights arrive.",
        "a",
        "b",
        "c",
    )
    clinics = _point("The Ardian Red Shield opened six field clinics in Veloria.", "a")
    quake = _point("A strong earthquake hit the Veloria highlands on 3 March.", "a", "b")
    picked = [((0, 0), covered), ((0, 9), clinics), ((1, 0), quake)]
    assert blow_first(picked, 2) == picked

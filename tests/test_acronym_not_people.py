"""An acronym is never read as a people by its ending: "PASC" is no people of Pasco (a place
in the gazetteer), so the model's nationality label on it does not hide the body the text
defines it for. Invented text; entities labelled by hand as the small model labels them."""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source


def _actors(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


def test_an_acronym_the_model_calls_a_nationality_is_the_body_it_stands_for():
    analysis = _combine(
        _source(
            "The Pacific Aviation Safety Council (PASC) published its annual report today.\n"
            "PASC says that small airlines should share their incident records.\n"
            "PASC recommends a joint register for the region's airports.\n",
            [("Pacific Aviation Safety Council", "ORG"), ("PASC", "NORP"), ("PASC", "NORP")],
            "a",
        )
    )
    names = _actors(analysis)
    assert "Pacific Aviation Safety Council" in names, names
    assert "PASC" not in analysis.groups, analysis.groups
    actor = next(a for a in analysis.actors if a.name == "Pacific Aviation Safety Council")
    assert "PASC" in actor.aliases, actor.aliases


def test_near_miss_a_peoples_name_stays_a_group_in_capitals_or_not():
    analysis = _combine(
        _source(
            "Kazakh farmers met Mongolian traders in the border town of Tarn.\n"
            "KAZAKH AND MONGOLIAN OFFICIALS SIGNED THE TRADE PACT ON MONDAY.\n",
            [("Kazakh", "NORP"), ("Mongolian", "NORP"), ("KAZAKH", "NORP"), ("MONGOLIAN", "NORP")],
            "a",
        )
    )
    names = _actors(analysis)
    assert not {"Kazakh", "KAZAKH", "Mongolian", "MONGOLIAN"} & set(names), names

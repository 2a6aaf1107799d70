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


def test_a_plural_acronym_defined_in_a_bracket_joins_its_plural_name():
    analysis = _combine(
        _source(
            "The Joint Border Response Teams (JBRTs) arrested two men near Tarn on Monday.\n"
            "JBRTs work with customs officers along the whole northern border.\n",
            [("Joint Border Response Teams", "ORG"), ("JBRTs", "ORG"), ("Tarn", "GPE")],
            "a",
        )
    )
    teams = [a for a in analysis.actors if "Joint Border Response Teams" in a.name]
    assert len(teams) == 1 and "JBRTs" in teams[0].aliases, [
        (a.name, a.aliases) for a in analysis.actors
    ]
    assert "JBRTs" not in _actors(analysis)


def test_near_miss_a_plural_acronym_needs_a_tagged_plural_name():
    from briefing_app.analysis.acronyms import _plural_spells

    assert _plural_spells("NGOs", "Non-Governmental Organisations")
    assert not _plural_spells("NGOs", "Non-Governmental Organisation")
    assert not _plural_spells("DoS", "Department of State")  # no plural: the rule is silent
    analysis = _combine(
        _source(
            "Read the Flood Frequently Asked Questions (FAQs) before you travel to Tarn.\n"
            "The council of Tarn answers the FAQs every week in its newsletter.\n",
            [("Tarn", "GPE"), ("Tarn", "GPE")],
            "a",
        )
    )
    assert not [a for a in analysis.actors if "Questions" in a.name or a.name == "FAQs"]

"""Merging rules for forms of one actor that the corpus showed unmerged, on invented names.

Entities are labelled by hand, as the small model would (its mistakes included), so only the
rules can join the forms.
"""

from __future__ import annotations

from test_analysis_generalise import actor_named
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.acronyms import acronym_matches


def test_an_acronym_inside_a_long_form_gives_all_its_letters_to_the_short_form():
    assert acronym_matches("UNHCB", "UN High Commission for Basins")
    assert acronym_matches("UKFDT", "UK Flood Defence team")
    assert not acronym_matches("UNHCB", "Upper High Commission for Basins")
    text = (
        "The UN High Commission for Basins (UNHCB) sent staff. "
        "The UK Flood Defence team (UKFD) arrived later; UKFD engineers met UNHCB staff."
    )
    src, sa = labelled(
        text,
        [
            ("UN High Commission for Basins", "ORG"),
            ("Flood Defence", "ORG"),
            ("UK", "GPE"),
            ("UNHCB", "ORG"),
            ("UKFD", "ORG"),
        ],
    )
    analysis = combine([src], [sa])
    assert actor_named(analysis, "UNHCB").name == "UN High Commission for Basins"
    # the long form is guessed from the capitalised words before "team (UKFD)"
    assert actor_named(analysis, "UKFD").name == "UK Flood Defence"


def test_names_that_differ_only_in_spaces_or_hyphens_are_one_actor():
    text = (
        "Planes landed at Korvath Airbase on Monday. "
        "Crews at Korvath Air Base unloaded tents. Lena Marsh-Ovin and Lena Marshovin spoke."
    )
    src, sa = labelled(
        text,
        [
            ("Korvath Airbase", "ORG"),
            ("Korvath Air Base", "FAC"),
            ("Lena Marsh-Ovin", "PERSON"),
            ("Lena Marshovin", "PERSON"),
        ],
    )
    analysis = combine([src], [sa])
    base = actor_named(analysis, "Korvath Airbase")
    assert "Korvath Air Base" in base.aliases
    assert actor_named(analysis, "Lena Marshovin").name in ("Lena Marsh-Ovin", "Lena Marshovin")
    assert actor_named(analysis, "Lena Marsh-Ovin") is actor_named(analysis, "Lena Marshovin")


def test_a_word_made_of_first_syllables_joins_the_organisation_it_contracts():
    text = (
        "The Northern Maritime Command sent two ships. "
        "Normacom said more would follow, and Normacom staff met Tarek Oldan. Oldan agreed."
    )
    src, sa = labelled(
        text,
        [
            ("Northern Maritime Command", "ORG"),
            ("Normacom", "PERSON"),  # the model's mistake on an unknown word
            ("Tarek Oldan", "PERSON"),
            ("Oldan", "PERSON"),
        ],
    )
    analysis = combine([src], [sa])
    command = actor_named(analysis, "Normacom")
    assert command.name == "Northern Maritime Command" and command.type == "organization"
    # a surname is never taken for a contraction, and a person keeps their name
    assert actor_named(analysis, "Oldan").name == "Tarek Oldan"

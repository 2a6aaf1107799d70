"""Names ``analysis.common_uses`` must not read as common nouns: a town the model tagged after
"its" ("its Leeds, York and Hull offices"), and an acronym glossed by a body's word and what it
is "of" ("the ministry of fisheries (MOFA)"). Invented pages, entities labelled by hand."""

from __future__ import annotations

from labelled import analyse_labelled


def _actors(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


def test_a_town_after_its_is_still_a_place(tmp_path):
    page = "Offices\n\nThe charity runs its Leeds, York and Hull offices from one desk.\n"
    labels = [("Leeds", "GPE"), ("York", "GPE"), ("Hull", "GPE")]
    assert _actors(analyse_labelled(tmp_path, page, labels)).get("Leeds") == "place"


def test_a_word_after_its_is_still_a_common_noun(tmp_path):
    page = "Offices\n\nThe charity said its Agency, not the board, would decide.\n"
    assert "Agency" not in _actors(analyse_labelled(tmp_path, page, [("Agency", "ORG")]))


def test_an_acronym_glossed_by_a_ministry_of_something_is_a_body(tmp_path):
    page = (
        "Fish\n\nOfficials of the ministry of fisheries (MOFA) met traders on Monday. "
        "MOFA said stocks were low.\n"
    )
    got = _actors(analyse_labelled(tmp_path, page, [("MOFA", "ORG")]))
    assert got.get("MOFA") == "organization"


def test_an_acronym_glossed_by_a_thing_of_something_stays_a_thing(tmp_path):
    page = (
        "Data\n\nThe team used yield data of farms (YDF) in the study. The YDF covers ten years.\n"
    )
    assert "YDF" not in _actors(analyse_labelled(tmp_path, page, [("YDF", "ORG")]))

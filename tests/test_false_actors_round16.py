"""False actors (round 16), each a class seen on two or more publishers and removed by the
shape of the text, with hand-made labels and invented text:

- a storm's name: qualifiers, a storm word and the name ("Tropical Storm Varla", "Super
  Typhoon Kelmor"), or the name alone once the text writes it after a storm word ("Tessin"
  of "Typhoon Tessin"), left out once key points have counted them (``storms``);
- a post named after the post it serves ("Special Representative of the Secretary-General",
  and its acronym "SRSG"): a title, "of" and a title, no body (``title_posts``);
- a country's crews ("Estonian Airmen") when the text counts the plural elsewhere ("more than
  300 Airmen"): a group (``junk._people_plural``);
- documents: an instrument of exchange ("Letter of Exchange", and its acronym) and a roadmap
  ("... Modernization Roadmap", "the Roadmap" read as a person), as plans already were
  (``things``, ``junk``).

Every name is made up; the near misses are ordinary news sentences.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return {a.name: a for a in combine([src], [sa]).actors}


def test_a_storm_with_qualifiers_before_its_word_is_no_actor():
    text = (
        "Governor Lena Marsh declared a state of emergency in 12 counties as Tropical Storm "
        "Varla neared the coast. Super Typhoon Kelmor struck Ostrava Island a week earlier."
    )
    actors = _actors(
        text,
        [
            ("Lena Marsh", "PERSON"),
            ("Tropical Storm Varla", "ORG"),
            ("Super Typhoon Kelmor", "ORG"),
            ("Ostrava Island", "GPE"),
        ],
    )
    assert "Tropical Storm Varla" not in actors
    assert "Super Typhoon Kelmor" not in actors
    assert actors["Lena Marsh"].type == "person"
    assert "Ostrava Island" in actors


def test_a_storms_name_written_alone_is_no_actor():
    text = (
        "Typhoon Tessin made landfall on Kelvo on Saturday night. Tessin is thought to have "
        "destroyed 800 homes, the Kelvo Red Cross said."
    )
    actors = _actors(text, [("Kelvo", "GPE"), ("Tessin", "PERSON"), ("Kelvo Red Cross", "ORG")])
    assert not any("Tessin" in name for name in actors)  # nor "Typhoon Tessin" grown from it
    assert "Kelvo Red Cross" in actors


def test_bodies_and_people_beside_a_storm_stay():
    # near misses: weather bodies named after the hazard, a person whose surname is a storm
    # word, a sports team, a fighter jet, a group named like a storm that the text writes in
    # lower case as a common word, and a person who shares the storm's name in full
    text = (
        "The Storm Prediction Center and the National Hurricane Center warned of Hurricane "
        "Dara. Dara Quinlan, a nurse, said the clinic was ready. Ann Storm of the Carolina "
        "Hurricanes said the game was off. An RAF Typhoon flew over the coast. Tropical Storm "
        "Risk, a forecasting group, said the risk of another storm was high."
    )
    actors = _actors(
        text,
        [
            ("Storm Prediction Center", "ORG"),
            ("National Hurricane Center", "ORG"),
            ("Dara Quinlan", "PERSON"),
            ("Ann Storm", "PERSON"),
            ("Carolina Hurricanes", "ORG"),
            ("RAF", "ORG"),
            ("Tropical Storm Risk", "ORG"),
        ],
    )
    for name in (
        "National Hurricane Center",
        "Dara Quinlan",
        "Ann Storm",
        "Carolina Hurricanes",
        "Tropical Storm Risk",
    ):
        assert name in actors, name
    assert actors["Dara Quinlan"].type == "person"


def test_a_post_named_after_a_post_is_no_body():
    text = (
        "The Special Representative of the Secretary-General (SRSG) in Tarn, Ivo Brel, briefed "
        "the Security Council on Monday. The SRSG said the Tarn Assembly would meet next week."
    )
    actors = _actors(
        text,
        [
            ("Special Representative of the Secretary-General", "ORG"),
            ("SRSG", "ORG"),
            ("Tarn", "GPE"),
            ("Ivo Brel", "PERSON"),
            ("Security Council", "ORG"),
            ("Tarn Assembly", "ORG"),
        ],
    )
    assert not any("Special Representative" in name for name in actors)
    assert not any("SRSG" in a.aliases for a in actors.values())
    assert actors["Ivo Brel"].type == "person"
    assert "Tarn Assembly" in actors


def test_bodies_named_after_posts_stay():
    # near misses: an office headed by a post, a body of ministers, a central bank, a council
    text = (
        "The Office of the Special Representative of the Secretary-General (OSRSG) opened in "
        "Kelvo. The Committee of Ministers of the Council of Europe met in Strasbourg, and the "
        "Bank of England held rates, the President of the Senate said."
    )
    actors = _actors(
        text,
        [
            ("Office of the Special Representative of the Secretary-General", "ORG"),
            ("OSRSG", "ORG"),
            ("Kelvo", "GPE"),
            ("Committee of Ministers", "ORG"),
            ("Council of Europe", "ORG"),
            ("Strasbourg", "GPE"),
            ("Bank of England", "ORG"),
        ],
    )
    assert "Office of the Special Representative of the Secretary-General" in actors
    for name in ("Committee of Ministers", "Council of Europe", "Bank of England"):
        assert name in actors, name


def test_a_countrys_crews_the_text_counts_are_a_group():
    text = (
        "More than 300 Airmen took part in the drill at Kelvo Air Base. Colonel Ivo Brel, who "
        "leads the Estonian Airmen in the exercise, said the crews flew 40 sorties."
    )
    actors = _actors(
        text,
        [
            ("Kelvo Air Base", "FAC"),
            ("Ivo Brel", "PERSON"),
            ("Estonian Airmen", "ORG"),
        ],
    )
    assert not any("Airmen" in name for name in actors)
    assert actors["Ivo Brel"].type == "person"


def test_teams_and_carriers_named_by_a_country_stay():
    # near misses: a sports team whose players the text counts ("two Warriors players"), a
    # carrier, and a ranger force the text never counts
    text = (
        "The New Zealand Warriors beat the Brisbane Broncos 24-12, and two Warriors players "
        "were injured. British Airways cancelled flights, and the Canadian Rangers searched "
        "the coast."
    )
    actors = _actors(
        text,
        [
            ("New Zealand Warriors", "ORG"),
            ("Brisbane Broncos", "ORG"),
            ("British Airways", "ORG"),
            ("Canadian Rangers", "ORG"),
        ],
    )
    for name in ("New Zealand Warriors", "British Airways", "Canadian Rangers"):
        assert name in actors, name


def test_letters_and_roadmaps_are_documents():
    text = (
        "The two ministers signed a Letter of Exchange (LOE) on farm equipment and backed the "
        "Coastal Schools Modernization Roadmap. Officials said the Roadmap would run to 2030, "
        "Minister Ana Korr said."
    )
    actors = _actors(
        text,
        [
            ("Letter of Exchange", "ORG"),
            ("LOE", "ORG"),
            ("Coastal Schools Modernization Roadmap", "ORG"),
            ("Roadmap", "PERSON"),
            ("Ana Korr", "PERSON"),
        ],
    )
    assert not any("Letter" in name or "Roadmap" in name for name in actors)
    assert not any("LOE" in a.aliases for a in actors.values())
    assert actors["Ana Korr"].type == "person"


def test_firms_and_people_named_like_documents_stay():
    # near misses: a firm whose name opens with a document's word, a person whose given name
    # is one, and a charter airline
    text = (
        "Roadmap Partners, a consultancy, said demand rose. Kit Marlow, its founder, said the "
        "firm would hire 20 staff. Charter Air Transport flew the team to Kelvo."
    )
    actors = _actors(
        text,
        [
            ("Roadmap Partners", "ORG"),
            ("Kit Marlow", "PERSON"),
            ("Charter Air Transport", "ORG"),
            ("Kelvo", "GPE"),
        ],
    )
    for name in ("Roadmap Partners", "Kit Marlow", "Charter Air Transport"):
        assert name in actors, name

"""A title, its portfolio or its body run together with the holder's name (round 15 of issue 8),
on invented texts with hand-made labels (the labels stand for the model's spans).

- The model's one span holds what a title is "for" or "of" and then the holder ("Assistant
  Secretary for Ports and Harbours Dara McKellan"), or a title the gazetteer knows completed by
  the span's first word ("Secretary of Defense Varnholt"), or the portfolios after a post and a
  comma ("Investigation Manager, Rivers & Harbours Tamsin Oakridge", the surname written alone
  elsewhere): the holder is a person, the portfolio is no actor.
- A title's "of" chain with one word written in lower case ("Minister of foreign Affairs of
  Moldova Tarra Quell") still cuts the place from its holder.
- A customs rank ("Comptroller") before a name is the person's role.
- A list of portfolios begun before the span ("Minister of Foreign Affairs and | Emigrants
  Tarek Bel-Hadi"): the words after its last portfolio are the holder.
- Two or three name words set off by commas after a title's portfolio ("Minister of Fisheries,
  Forestry and Ports, Tamsin Oakridge, said") are the holder, whatever the model's label.

Near misses must not change: a body whose name ends in a body's word after a title, a body
and its head in apposition, a portfolio with no holder, a body's subcommittee on a subject, a
portfolio list going on after a comma. Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, tuple]:
    src, sa = labelled(text, labels)
    return {a.name: (a.type, a.aliases, a.roles) for a in combine([src], [sa]).actors}


def _people(actors: dict) -> set[str]:
    return {name for name, (kind, _, _) in actors.items() if kind == "person"}


def test_a_holder_after_a_list_of_portfolios_is_a_person():
    text = (
        "Funds were approved.\nThe waiver was signed by Assistant Secretary for Ports and "
        "Harbours Dara McKellan. Further waivers may follow next month."
    )
    actors = _actors(text, [("Ports and Harbours Dara McKellan", "ORG")])
    assert _people(actors) == {"Dara McKellan"}
    assert not any("Harbours" in name for name in actors)


def test_a_surname_after_a_title_its_first_words_complete_is_a_person():
    text = "We will meet Secretary of Defense Varnholt in the afternoon of the fourth."
    actors = _actors(text, [("Defense Varnholt", "ORG")])
    assert actors["Varnholt"][0] == "person"
    assert "Defense" not in actors


def test_a_holder_after_a_post_and_its_portfolios_is_merged_with_the_surname():
    text = (
        "Customs Investigation Manager, Rivers & Harbours Tamsin Oakridge says the shipment "
        "is being traced. Ms Oakridge says the cargo left port in May."
    )
    actors = _actors(text, [("Rivers & Harbours Tamsin Oakridge", "ORG"), ("Oakridge", "PERSON")])
    assert _people(actors) == {"Tamsin Oakridge"}
    assert not any("Harbours" in name for name in actors)


def test_a_place_after_a_title_with_a_lower_case_word_is_cut_from_its_holder():
    text = (
        "Talks were held with the Minister of foreign Affairs of Moldova Tarra Quell on "
        "Monday. Quell said talks would go on."
    )
    actors = _actors(text, [("Moldova Tarra Quell", "ORG"), ("Quell", "PERSON")])
    assert actors["Tarra Quell"][0] == "person"
    assert actors["Moldova"][0] == "place"


def test_a_customs_rank_before_a_name_is_the_role():
    text = (
        "According to the zone's controller, Comptroller Adaeze Okonkwo, the seizures rose. "
        "Okonkwo said four suspects were held."
    )
    actors = _actors(text, [("Comptroller Adaeze Okonkwo", "ORG"), ("Okonkwo", "PERSON")])
    assert actors["Adaeze Okonkwo"][0] == "person"
    assert "Comptroller" in actors["Adaeze Okonkwo"][2]
    assert not any(name.startswith("Comptroller") for name in actors)


def test_a_holder_in_commas_after_a_portfolio_is_a_person():
    text = (
        "Minister of Fisheries, Forestry and Ports, Tamsin Oakridge, made the statement "
        "during the budget debate."
    )
    actors = _actors(text, [("Tamsin Oakridge", "ORG")])
    assert actors["Tamsin Oakridge"][0] == "person"


def test_a_holder_after_the_last_of_a_list_of_portfolios_begun_before_is_a_person():
    text = (
        "The delegation was headed by Minister of Foreign Affairs and Emigrants Tarek "
        "Bel-Hadi, the ministry said."
    )
    actors = _actors(text, [("Emigrants Tarek Bel-Hadi", "PERSON")])
    assert _people(actors) == {"Tarek Bel-Hadi"}
    assert "Emigrants" not in actors


def test_near_misses_keep_their_bodies_and_make_no_person():
    cases = [
        # a body whose name ends in a body's word, after a title
        ("The Director of the Harlan Kelvo Foundation spoke.", "Harlan Kelvo Foundation", "ORG"),
        # a portfolio and no holder
        ("The Secretary for Ports and Harbours spoke.", "Ports and Harbours", "ORG"),
        # a body's subcommittee on a subject, a list inside the body's name
        (
            "Rep. Ana Varn, the Chairman of the Kelvo Committee on Roads and Bridges’ Panel "
            "on Rural Transport, spoke.",
            "Kelvo Committee on Roads and Bridges’ Panel on Rural Transport",
            "ORG",
        ),
        # the last of a list of portfolios, no holder after it
        (
            "The Minister of Foreign Affairs and Regional Cooperation spoke.",
            "Regional Cooperation",
            "ORG",
        ),
        # a portfolio list going on after a comma
        (
            "The Minister of Foreign Affairs, Regional Trade and Tourism met them.",
            "Regional Trade",
            "ORG",
        ),
    ]
    for text, span, label in cases:
        actors = _actors(text, [(span, label)])
        assert not (_people(actors) - {"Ana Varn"}), span


def test_a_body_and_its_head_in_apposition_stay_two_actors():
    text = "The Ministry of Health, Dr Ana Varn, said the clinics would open."
    actors = _actors(text, [("Ministry of Health", "ORG"), ("Ana Varn", "PERSON")])
    assert actors["Ministry of Health"][0] == "organization"
    assert actors["Ana Varn"][0] == "person"

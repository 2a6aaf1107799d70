"""Round 5b merging rules, on invented paragraphs: a title no list has before a surname, the end
of "Minister of the Interior" glued onto a person, two neighbouring letters swapped in a
surname, and the near-misses each rule must leave alone.

Entities are labelled by hand, as the small model would (its mistakes included), so only the
rules can join the forms.
"""

from __future__ import annotations

from test_analysis_generalise import actor_named
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.model import PERSON


def _analyse(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa])


# ---- a title no list has, then the surname of a full-named person ---------------------------


def test_an_unlisted_title_before_a_surname_joins_the_full_name():
    text = (
        "Rabbi Miriam Oskarsdottir opened the shelter on Monday. "
        "Rabbi Oskarsdottir said the doors would stay open all winter. "
        "Volunteers thanked Rabbi Oskarsdottir for the food."
    )
    analysis = _analyse(text, [("Miriam Oskarsdottir", "PERSON"), ("Rabbi Oskarsdottir", "PERSON")])
    person = actor_named(analysis, "Miriam Oskarsdottir")
    assert person.name == "Miriam Oskarsdottir"
    assert "Rabbi Oskarsdottir" in person.aliases
    assert len([a for a in analysis.actors if a.type == PERSON]) == 1


def test_a_compound_title_becomes_the_role_and_a_form_of_the_person():
    text = (
        "The panel elected Co-Chairwoman Lena Vasquez-Brell last week. "
        '"We start at once," said Co-Chairman Varnholt. Tomas Varnholt chairs the other panel.'
    )
    analysis = _analyse(
        text,
        [("Lena Vasquez-Brell", "PERSON"), ("Varnholt", "PERSON"), ("Tomas Varnholt", "PERSON")],
    )
    person = actor_named(analysis, "Tomas Varnholt")
    assert "Co-Chairman Varnholt" in person.aliases


def test_a_titled_surname_joins_a_full_name_the_model_typed_as_a_place():
    text = (
        "Chair Pemba Norgay said the vote was fair. "
        "The panel's chair Tashi Lhundup disagreed. Chair Lhundup asked for a recount."
    )
    analysis = _analyse(
        text,
        [("Pemba Norgay", "PERSON"), ("Tashi Lhundup", "GPE"), ("Chair Lhundup", "ORG")],
    )
    person = actor_named(analysis, "Tashi Lhundup")
    assert person.type == PERSON
    assert "Lhundup" in person.aliases


def test_a_lower_case_title_makes_a_people_looking_word_a_person():
    text = "The talks were saved by the statesmanship of now president Ghani and his rival."
    analysis = _analyse(text, [("Ghani", "PERSON")])
    assert actor_named(analysis, "Ghani").type == PERSON


def test_a_given_name_before_a_shared_surname_is_no_title():
    """Near-miss: "Maria Cohen" is another Cohen, and two Cohens leave "Cohen" alone."""
    text = (
        "Steve Cohen met the mayor. Maria Cohen, his sister, ran the campaign. "
        "Maria Cohen said the campaign had ended. Cohen declined to comment."
    )
    analysis = _analyse(text, [("Steve Cohen", "PERSON"), ("Maria Cohen", "PERSON")])
    steve = actor_named(analysis, "Steve Cohen")
    maria = actor_named(analysis, "Maria Cohen")
    assert steve is not maria


def test_a_capitalised_word_that_is_no_title_stays_apart():
    """Near-miss: "Harbour Varnholt" (a place word then the surname, never before the full
    name, never written in lower case) is not the person."""
    text = (
        "Ines Varnholt runs the ferry company. "
        "The Harbour Varnholt terminal opened in May, the company said."
    )
    analysis = _analyse(text, [("Ines Varnholt", "PERSON"), ("Harbour Varnholt", "PERSON")])
    assert actor_named(analysis, "Ines Varnholt") is not actor_named(analysis, "Harbour Varnholt")


# ---- "Minister of the Interior <Name>": the portfolio glued onto the person -----------------


def test_the_portfolio_of_a_minister_is_cut_from_the_person():
    text = (
        "Minister of the Interior Petra Anneli Saarivuo (Saarivou) and Deputy Minister of the "
        "Interior Jonas Heikki Laaksoharju (Laaksoharju) were named in the decision. "
        "The Interior Ministry did not reply."
    )
    analysis = _analyse(
        text,
        [
            ("Interior Petra Anneli Saarivuo", "ORG"),
            ("Saarivou", "GPE"),
            ("Interior Jonas", "ORG"),
            ("Laaksoharju", "GPE"),
            ("Interior Ministry", "ORG"),
        ],
    )
    names = {a.name for a in analysis.actors}
    assert "Petra Anneli Saarivuo" in names
    assert "Jonas Heikki Laaksoharju" in names
    assert not any(n.startswith("Interior ") and n != "Interior Ministry" for n in names)
    petra = actor_named(analysis, "Petra Anneli Saarivuo")
    assert petra.type == PERSON
    assert "Saarivou" in petra.aliases  # two neighbouring letters swapped
    assert "Laaksoharju" in actor_named(analysis, "Jonas Heikki Laaksoharju").aliases


def test_a_body_after_minister_of_stays_a_body():
    """Near-miss: "Minister of Finance" then no person: the body is left whole."""
    text = "The Minister of Finance Office said the budget would pass. Tarvenia agreed."
    analysis = _analyse(text, [("Finance Office", "ORG"), ("Tarvenia", "GPE")])
    assert not any(a.type == PERSON for a in analysis.actors)


def test_surnames_with_other_letters_stay_apart():
    """Near-miss: "Karlsen" and "Karslen" swap letters, "Karlson" does not: only the swap
    joins."""
    text = (
        "Ola Karlsen chairs the board. Karslen said the fund was empty. "
        "Karlson, a rival bidder, disagreed."
    )
    analysis = _analyse(
        text, [("Ola Karlsen", "PERSON"), ("Karslen", "PERSON"), ("Karlson", "PERSON")]
    )
    ola = actor_named(analysis, "Ola Karlsen")
    assert "Karslen" in ola.aliases
    assert "Karlson" not in ola.aliases


# ---- bodies the model split at "and", or called by an acronym and a body word ---------------


def test_a_company_form_after_and_closes_one_company_name():
    text = "Funds went through Harrow Logistics and Trading LLC, a firm in Tarvenia."
    analysis = _analyse(
        text, [("Harrow Logistics", "ORG"), ("Trading LLC", "ORG"), ("Tarvenia", "GPE")]
    )
    names = {a.name for a in analysis.actors}
    assert "Harrow Logistics and Trading LLC" in names
    assert "Trading LLC" not in names


def test_two_companies_each_with_a_form_stay_two():
    """Near-miss: "Acme Holdings Ltd and Borealis LLC" are two companies."""
    text = "Acme Holdings Ltd and Borealis LLC signed the contract in Tarvenia."
    analysis = _analyse(
        text, [("Acme Holdings Ltd", "ORG"), ("Borealis LLC", "ORG"), ("Tarvenia", "GPE")]
    )
    names = {a.name for a in analysis.actors}
    assert {"Acme Holdings Ltd", "Borealis LLC"} <= names


def test_an_acronym_then_a_word_for_the_whole_body_is_that_body():
    text = (
        "The Coastal Defence Treaty Organization (CDTO) met in Tarvenia. "
        "Leaders of the CDTO Alliance agreed to meet again."
    )
    analysis = _analyse(
        text,
        [
            ("Coastal Defence Treaty Organization", "ORG"),
            ("CDTO", "ORG"),
            ("CDTO Alliance", "ORG"),
            ("Tarvenia", "GPE"),
        ],
    )
    body = actor_named(analysis, "Coastal Defence Treaty Organization")
    assert "CDTO Alliance" in body.aliases


def test_an_acronym_then_a_part_of_the_body_stays_apart():
    """Near-miss: "the CDTO Mission" is a mission of the body, not the body."""
    text = (
        "The Coastal Defence Treaty Organization (CDTO) met in Tarvenia. "
        "The CDTO Mission will open an office there."
    )
    analysis = _analyse(
        text,
        [
            ("Coastal Defence Treaty Organization", "ORG"),
            ("CDTO", "ORG"),
            ("CDTO Mission", "ORG"),
            ("Tarvenia", "GPE"),
        ],
    )
    body = actor_named(analysis, "Coastal Defence Treaty Organization")
    assert "CDTO Mission" not in body.aliases


# ---- a country's people word, then "government" ---------------------------------------------


def test_a_people_word_then_government_is_that_government():
    text = (
        "Observers said the Kenyan government would respond. The Government of Kenya "
        "later published a statement, and the Kenyan government-backed fund paid out."
    )
    analysis = _analyse(text, [("Kenyan", "NORP"), ("Kenya", "GPE")])
    government = actor_named(analysis, "Kenyan government")
    assert "Government of Kenya" in government.aliases
    assert government.type == "organization"
    assert "Kenyan government-backed" not in government.aliases


def test_a_people_word_before_other_words_is_no_government():
    """Near-miss: "Kenyan governments" (plural) and "Kenyan farmers" name no body."""
    text = "Kenyan farmers and successive Kenyan governments argued over the price."
    analysis = _analyse(text, [("Kenyan", "NORP")])
    assert not any("government" in a.name.lower() for a in analysis.actors)


# ---- the speaker a headline names ------------------------------------------------------------


def test_the_speaker_a_headline_names_is_an_actor():
    text = (
        "Briefing by the Special Envoy for Tarvenia, Mira Olsund, to the Harbour Council\n\n"
        "Thank you, Madame President. The ceasefire holds in Tarvenia.\n"
    )
    analysis = _analyse(text, [("Mira Olsund", "PERSON"), ("Tarvenia", "GPE")])
    assert actor_named(analysis, "Mira Olsund").type == PERSON


def test_a_headline_name_that_speaks_nothing_stays_furniture():
    """Near-miss: a headline body after "of" and a name in a plain headline are no speakers."""
    text = (
        "Statement by the Ministry of Harbour Affairs\n\n"
        "The ministry welcomed the vote in Tarvenia on Monday.\n"
    )
    analysis = _analyse(text, [("Harbour Affairs", "PERSON"), ("Tarvenia", "GPE")])
    assert not any(a.type == PERSON for a in analysis.actors)


# ---- the bodies of a ";" list of people with their posts ------------------------------------


def test_the_bodies_of_a_list_of_people_with_posts_are_bodies():
    text = (
        "The panel heard Ana Varnholt, President of the Harbour Trust; "
        "Piet Oskarsen, Senior Editor of Tidewatch; and Lise Marrow, Researcher at "
        "Coast Rights Watch.\n"
    )
    analysis = _analyse(
        text,
        [
            ("Ana Varnholt", "PERSON"),
            ("Harbour Trust", "ORG"),
            ("Piet Oskarsen", "PERSON"),
            ("Lise Marrow", "PERSON"),
        ],
    )
    assert actor_named(analysis, "Tidewatch").type == "organization"
    assert actor_named(analysis, "Coast Rights Watch").type == "organization"


def test_a_list_of_people_from_places_adds_no_body():
    """Near-miss: posts "of" places a list knows, and no body tagged, add nothing."""
    text = (
        "The panel heard Ana Varnholt, Mayor of Tarvenia; "
        "Piet Oskarsen, Governor of Kenya; and Lise Marrow, a farmer from Coldharbour Vale.\n"
    )
    analysis = _analyse(
        text,
        [("Ana Varnholt", "PERSON"), ("Piet Oskarsen", "PERSON"), ("Lise Marrow", "PERSON")],
    )
    assert not any(a.type == "organization" for a in analysis.actors)


# ---- a name read as a people in another spelling ---------------------------------------------


def test_a_respelt_name_read_as_a_people_joins_the_name():
    text = (
        "The reform exempts Tokmakbayev from the limit on terms. "
        "Critics of Tokmakbaev gathered on the square in Tarvenia."
    )
    analysis = _analyse(text, [("Tokmakbayev", "ORG"), ("Tokmakbaev", "NORP"), ("Tarvenia", "GPE")])
    assert "Tokmakbaev" in actor_named(analysis, "Tokmakbayev").aliases


def test_a_people_word_near_a_name_stays_a_people():
    """Near-miss: "Kazakhs" is a people even beside the name "Kazakhov"."""
    text = "Kazakhs and Russians voted. Kazakhov said the vote in Kazakhstan was fair."
    analysis = _analyse(
        text,
        [("Kazakhs", "NORP"), ("Russians", "NORP"), ("Kazakhov", "PERSON"), ("Kazakhstan", "GPE")],
    )
    assert "Kazakhs" not in actor_named(analysis, "Kazakhov").aliases


# ---- a post of a body is no body ------------------------------------------------------------


def test_a_post_of_a_body_is_the_body_and_a_post():
    text = (
        "The Coastal Parliamentary Assembly (PA) met in Tarvenia. It named Ola Karlsen "
        "the first CPA PA Special Representative on Fisheries. The CPA PA will meet in May."
    )
    analysis = _analyse(
        text,
        [
            ("Coastal Parliamentary Assembly", "ORG"),
            ("PA", "ORG"),
            ("CPA PA Special Representative on Fisheries", "ORG"),
            ("Ola Karlsen", "PERSON"),
            ("Tarvenia", "GPE"),
        ],
    )
    names = {a.name for a in analysis.actors}
    assert "CPA PA Special Representative on Fisheries" not in names
    assert "CPA PA" in {alias for a in analysis.actors for alias in a.aliases}


def test_a_body_named_after_a_title_stays_whole():
    """Near-miss: "Special Court for Tarvenia" (no acronym before the title) is a body."""
    text = "The Special Court for Tarvenia sat on Monday. The UN Special Court for Tarvenia met."
    analysis = _analyse(text, [("Special Court for Tarvenia", "ORG")])
    assert "Special Court for Tarvenia" in {a.name for a in analysis.actors}


def test_a_post_that_is_a_body_with_its_own_acronym_stays_whole():
    """Near-miss: "UN High Commissioner for Fisheries (UNHCF)" names a body, acronym and all."""
    text = (
        "The UN High Commissioner for Fisheries (UNHCF) opened an office in Tarvenia. "
        "UNHCF staff arrived on Monday."
    )
    analysis = _analyse(
        text,
        [("UN High Commissioner for Fisheries", "ORG"), ("UNHCF", "ORG"), ("Tarvenia", "GPE")],
    )
    body = actor_named(analysis, "UNHCF")
    assert "UN High Commissioner for Fisheries" in body.aliases

"""False actors of the thirteenth round, on invented texts with hand-made labels.

A news agency's credit in a paragraph's dateline ("PLACE (AGENCY) –", "PLACE, Mar 3 /WIRE/ –",
"PLACE, Region, Apr 11, ABC –") is the wire the story came over, not an actor; the dateline's
place stays, and an agency the story names in its own words stays too.

Each class has near misses that must stay actors. Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dateline_credits import credit_zones
from briefing_app.analysis.gazetteer import gazetteer


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_bracketed_agency_in_a_dateline_is_no_actor():
    text = (
        "Valletta (VNX) - The Ambassador of Veldria met Minister Tarra Quell on Monday.\n"
        "Quell said the Veldrian Trade Board would open an office in Valletta."
    )
    actors = _actors(
        text,
        [
            ("Valletta", "GPE"),
            ("VNX", "ORG"),
            ("Veldria", "GPE"),
            ("Tarra Quell", "PERSON"),
            ("Quell", "PERSON"),
            ("Veldrian Trade Board", "ORG"),
        ],
    )
    assert "VNX" not in actors
    assert actors["Valletta"] == "place" and actors["Tarra Quell"] == "person"
    assert "Veldrian Trade Board" in actors


def test_a_wire_tag_read_with_the_date_is_no_actor():
    text = (
        "ORVANE, MAR 9 /KPN/ – Today, Secretary Lio Banter met the Minister of Fisheries of "
        "Veldria in Orvane.\nBanter thanked the Veldrian Fisheries Council for its help."
    )
    actors = _actors(
        text,
        [
            ("ORVANE", "GPE"),
            ("MAR 9 /KPN/", "PERSON"),
            ("Lio Banter", "PERSON"),
            ("Banter", "PERSON"),
            ("Veldria", "GPE"),
            ("Orvane", "GPE"),
            ("Veldrian Fisheries Council", "ORG"),
        ],
    )
    assert not any("KPN" in name for name in actors)
    assert actors["Lio Banter"] == "person"
    assert "Veldrian Fisheries Council" in actors


def test_an_acronym_after_a_datelines_date_is_no_actor():
    text = (
        "PORT TELLAN, Veldria, Apr 11, TMC – Five sailors were detained by the Veldria "
        "Defence Force (VDF) near Port Tellan.\n"
        "MIRRA, Orvane, Mar 21, TMC – The Press Guild of Orvane (PGO) said it was concerned."
    )
    actors = _actors(
        text,
        [
            ("PORT TELLAN", "GPE"),
            ("Veldria", "GPE"),
            ("TMC", "ORG"),
            ("Veldria Defence Force", "ORG"),
            ("VDF", "ORG"),
            ("Port Tellan", "GPE"),
            ("MIRRA", "GPE"),
            ("Orvane", "GPE"),
            ("Press Guild of Orvane", "ORG"),
            ("PGO", "ORG"),
        ],
    )
    assert "TMC" not in actors
    assert "Veldria Defence Force" in actors and "Press Guild of Orvane" in actors


def test_an_agency_the_story_names_in_its_own_words_stays():
    # near miss: the agency is credited and also quoted as a party of the story
    text = (
        "Valletta (VNX) - Minister Tarra Quell told VNX that the talks had failed.\n"
        "VNX had asked for an interview in May."
    )
    actors = _actors(
        text,
        [("Valletta", "GPE"), ("VNX", "ORG"), ("Tarra Quell", "PERSON")],
    )
    assert "VNX" in actors
    # and the credit's own mention stays one of its mentions (review13: with the check off the
    # assert above still passed, the story's two mentions keeping the actor)
    src, sa = labelled(text, [("Valletta", "GPE"), ("VNX", "ORG"), ("Tarra Quell", "PERSON")])
    vnx = next(a for a in combine([src], [sa]).actors if a.name == "VNX")
    assert vnx.mentions == 3


def test_a_body_the_lists_know_in_a_credit_stays():
    # (review13) the issuer's own dateline, "GENEVA (UNHCR) –": a body the lists know is kept
    # even when the story does not name it again
    text = "GENEVA (UNHCR) – Refugees crossed the border into Veldria on Monday."
    actors = _actors(text, [("GENEVA", "GPE"), ("UNHCR", "ORG"), ("Veldria", "GPE")])
    assert "United Nations High Commissioner for Refugees" in actors, actors


def test_no_credit_zone_without_a_credit():
    # near misses: a region after a comma with no date; a bracketed date; a person in brackets;
    # a list's item (a body and its acronym, no place before the bracket)
    gaz = gazetteer()
    for line in (
        "Port Aldren, VL – The talks ended.",
        "MIRRA (18 December 2031) – The talks ended.",
        "The Minister (Tarra Quell) - The talks ended.",
        "Port Aldren – The talks ended.",
        "Kelvo Aid Society (KAS) – 500 tents.",
        # (review13) a list of places and their venues, lower-case descriptions after the dash
        "Veldria (Marrow) – the ferry's new quay opens in May.",
        "MIRRA (Harbourside) – a reception for the delegates.",
    ):
        assert credit_zones(line, gaz) == [], line
    assert credit_zones("MIRRA, 3rd May, 2031 (VNX) – The talks ended.", gaz) == [(7, 26)]
    assert credit_zones("Valletta (Orvane News) - The talks ended.", gaz) == [(8, 22)]


# ---- the second half of a title's portfolio ----------------------------------------------


def test_the_second_half_of_a_portfolio_is_no_body():
    text = (
        "Minister Ana Rell met the Veldria Minister of Foreign Affairs and Coastal Trade, "
        "Hon. Tobin Marsh, in Port Aldren.\n"
        "Later the Minister of the Interior and the Orvane Mineral Wealth, Lia Dorn, signed a "
        "memorandum."
    )
    actors = _actors(
        text,
        [
            ("Ana Rell", "PERSON"),
            ("Veldria", "GPE"),
            ("Coastal Trade", "ORG"),
            ("Tobin Marsh", "PERSON"),
            ("Port Aldren", "GPE"),
            ("Orvane Mineral Wealth", "ORG"),
            ("Lia Dorn", "PERSON"),
        ],
    )
    assert "Coastal Trade" not in actors and "Orvane Mineral Wealth" not in actors
    assert actors["Tobin Marsh"] == "person" and actors["Port Aldren"] == "place"


def test_a_body_or_a_person_after_a_titles_portfolio_stays():
    # near misses: a body's word ends the name; the first half is a body (no portfolio); a
    # person; a place; and no title before "of"
    text = (
        "The Minister of Fisheries and the Veldrian Boatmen Union met in Mirra.\n"
        "The Governor of the Orvane Central Bank and Kelvo Mining spoke first.\n"
        "The Minister of Defence and Tobin Marsh arrived.\n"
        "The President of Veldria and Orvane Coast met.\n"
        "Friends of the Coast and Kelvo Mining joined the talks.\n"
        "The Chairman of Orvane Holdings and Kelvo Air spoke last."
    )
    actors = _actors(
        text,
        [
            ("Veldrian Boatmen Union", "ORG"),
            ("Mirra", "GPE"),
            ("Orvane Central Bank", "ORG"),
            ("Kelvo Mining", "ORG"),
            ("Tobin Marsh", "PERSON"),
            ("Veldria", "GPE"),
            ("Orvane Coast", "GPE"),
            ("Kelvo Air", "ORG"),
        ],
    )
    assert "Kelvo Air" in actors  # the bodies a chair heads
    assert "Veldrian Boatmen Union" in actors
    assert "Kelvo Mining" in actors
    assert actors["Tobin Marsh"] == "person"
    assert "Orvane Coast" in actors
    # (review13) a chair heads bodies: no portfolio even when the post closes with a comma
    # (with the office check off, the test above passed: "Holdings" is a body's word)
    text = "The Chairman of Tarn Shipping and Kelvo Air, Lia Dorn, spoke last."
    actors = _actors(text, [("Tarn Shipping", "ORG"), ("Kelvo Air", "ORG"), ("Lia Dorn", "PERSON")])
    assert "Kelvo Air" in actors


def test_a_company_after_a_titles_portfolio_with_a_verb_after_it_stays():
    # near misses (review13): a news story's two parties, the minister and a company, each
    # named once; the company's name is followed by its verb, not by a holder's name
    text = (
        "Talks between the Minister of Energy and Kelvo Petroleum ended on Monday.\n"
        "The Secretary of Defence and Orvane Dynamics signed a contract for new radars.\n"
        "A deal between the Minister of Foreign Affairs and Veldria Oil is expected in May."
    )
    labels = [("Kelvo Petroleum", "ORG"), ("Orvane Dynamics", "ORG"), ("Veldria Oil", "ORG")]
    actors = _actors(text, labels)
    assert {"Kelvo Petroleum", "Orvane Dynamics", "Veldria Oil"} <= set(actors)


# ---- an article, then an opening quote ---------------------------------------------------


def test_a_quote_after_the_article_opens_the_name():
    text = (
        "The ministry signed a memorandum with the “Green Reef Foundation” in Mirra.\n"
        'A second meeting of the "Coastal Fisheries Working Group" will be held in Orvane.'
    )
    actors = _actors(
        text,
        [
            ("the “Green Reef Foundation", "ORG"),
            ("Mirra", "GPE"),
            ('the "Coastal Fisheries Working Group', "ORG"),
            ("Orvane", "GPE"),
        ],
    )
    assert "Green Reef Foundation" in actors and "Coastal Fisheries Working Group" in actors
    assert "Reef Foundation" not in actors and "Fisheries Working Group" not in actors


def test_a_name_after_the_article_without_a_quote_is_unchanged():
    text = "The ministry signed a memorandum with the Green Reef Foundation in Mirra."
    actors = _actors(text, [("the Green Reef Foundation", "ORG"), ("Mirra", "GPE")])
    assert actors["Green Reef Foundation"] == "organization"


# ---- file formats, feeds and keys of a page's interface ----------------------------------


def test_file_formats_and_keys_are_no_actors():
    text = (
        "The Veldria Water Board published its report on Monday.\n"
        "The full report is available here as HTML. To the PDF-Version of the report.\n"
        "Subscribe to the Board News by e-mail or RSS. What is RSS?\n"
        "Press Enter to show all options, press Tab to go to the next option.\n"
        "The Q&A session followed the minister's remarks in Mirra."
    )
    actors = _actors(
        text,
        [
            ("Veldria Water Board", "ORG"),
            ("HTML", "ORG"),
            ("PDF-Version", "ORG"),
            ("RSS", "ORG"),
            ("Enter", "PERSON"),
            ("Tab", "PERSON"),
            ("Q&A", "ORG"),
            ("Mirra", "GPE"),
        ],
    )
    for word in ("HTML", "PDF-Version", "RSS", "Enter", "Tab", "Q&A"):
        assert word not in actors, word
    assert "Veldria Water Board" in actors and actors["Mirra"] == "place"


def test_names_holding_a_format_word_stay():
    # near misses: a body whose name holds a format's letters or a key's word; a town whose
    # name starts like a key
    text = (
        "RSS Holdings and the Enterprise Council of Veldria met in Tabora.\n"
        "RSS Holdings said the Enterprise Council of Veldria would invest in Tabora."
    )
    actors = _actors(
        text,
        [
            ("RSS Holdings", "ORG"),
            ("Enterprise Council of Veldria", "ORG"),
            ("Tabora", "GPE"),
        ],
    )
    assert "RSS Holdings" in actors and "Enterprise Council of Veldria" in actors
    assert actors["Tabora"] == "place"


# ---- a title's place and its holder read as one name -------------------------------------
# (the places are real: the rule needs a place the lists know; the people are made up)


def test_a_titles_place_and_its_holder_are_two_actors():
    text = (
        "The President of Malta Tarra Quell met the President of the Republic of Moldova "
        "Lio Banter in Valletta.\n"
        "The Ambassador of Chile to Lisbon Sela Dorn attended.\n"
        "The Prime Minister of Malta Ana Lise Pell spoke last."  # a holder of three words
    )
    actors = _actors(
        text,
        [
            ("Malta Tarra Quell", "GPE"),
            ("the Republic of Moldova Lio Banter", "GPE"),
            ("Valletta", "GPE"),
            ("Chile", "GPE"),
            ("Lisbon Sela Dorn", "ORG"),
            ("Malta Ana Lise Pell", "GPE"),
        ],
    )
    for person in ("Tarra Quell", "Lio Banter", "Sela Dorn", "Ana Lise Pell"):
        assert actors.get(person) == "person", person
    assert actors.get("Malta") == "place" and actors.get("Lisbon") == "place"
    assert not any(name.startswith(("Malta ", "Republic", "Lisbon ")) for name in actors)


def test_a_place_and_a_bodys_words_stay_one_name():
    # near misses: no title before the place; a body's word after it; a place's words after it
    text = (
        "Trade rose at Lisbon Harbour Works last year.\n"
        "The Minister of Malta Shipping Authority spoke.\n"
        "The Ambassador to Chile Valparaiso Region arrived."
    )
    actors = _actors(
        text,
        [
            ("Lisbon Harbour Works", "ORG"),
            ("Malta Shipping Authority", "ORG"),
            ("Chile Valparaiso Region", "GPE"),
        ],
    )
    assert "Lisbon Harbour Works" in actors and "Malta Shipping Authority" in actors
    assert not any(kind == "person" for kind in actors.values())


# ---- a body's name found by its shape never runs over a paragraph's end --------------------


def test_a_bodys_name_found_by_its_shape_never_takes_the_next_paragraph():
    text = (
        "The signing took place at the Ministry of Fisheries of Veldria\n\n"
        "On Monday the delegation met Tarra Quell in Mirra."
    )
    actors = _actors(text, [("Tarra Quell", "PERSON"), ("Mirra", "GPE")])
    assert not any("\n" in name for name in actors)
    assert actors["Tarra Quell"] == "person" and actors["Mirra"] == "place"

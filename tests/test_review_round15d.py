"""Review of round 15's roles and dates rules: near misses from ordinary prose, on invented
texts. A list of bodies or portfolios going on after a comma ("the Minister of Health, Doctors
Without Borders, and the Red Cross") is no holder set off by commas; a weekday heading a
timeline with a part of the day ("Tuesday Morning") is a day, not a paper's section."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _types(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def _dates(text: str) -> dict[str, str]:
    src, sa = labelled(text, [])
    src.published = "2031-05-15"
    return {text[e.start : e.end]: d.date for d in combine([src], [sa]).dates for e in d.evidence}


def test_bodies_listed_after_a_portfolio_and_a_comma_stay_bodies():
    text = "Talks included the Minister of Trade, Orlen Haulage, and Brask Freight on Monday."
    types = _types(text, [("Orlen Haulage", "ORG"), ("Brask Freight", "ORG")])
    assert types["Orlen Haulage"] == "organization"


def test_a_portfolio_listed_after_a_comma_is_no_holder():
    text = (
        "Tamsin Oakridge is the Minister for Small Business, Export Promotion, and Coastal "
        "Trade, she says the fund will open in May."
    )
    types = _types(text, [("Export Promotion", "ORG"), ("Tamsin Oakridge", "PERSON")])
    assert types.get("Export Promotion") != "person"


def test_the_holder_set_off_by_commas_is_still_a_person():
    text = "The Minister of Ports, Forestry and Fisheries, Tamsin Oakridge, made the statement."
    assert _types(text, [("Tamsin Oakridge", "ORG")])["Tamsin Oakridge"] == "person"


def test_a_weekday_and_a_part_of_the_day_heading_a_timeline_is_a_day():
    text = "Timeline\n\nTuesday Morning\n\nTroops crossed the river before dawn.\n"
    assert _dates(text).get("Tuesday") == "2031-05-13"


def test_a_title_case_headline_opened_by_a_weekday_is_a_day():
    text = "Sunday Vote\n\nVoters in Lakeport go to the polls, the harbour board said.\n"
    assert _dates(text).get("Sunday") == "2031-05-11"
    text = "Monday Talks Collapse\n\nThe two sides left the table, a spokesman said.\n"
    assert _dates(text).get("Monday") == "2031-05-12"


def test_a_weekday_after_our_before_talks_with_someone_is_a_day():
    text = "After our Monday talks with the minister, the deal was signed, the union said.\n"
    assert _dates(text).get("Monday") == "2031-05-12"
    text = "Our Tuesday meetings with the donors went well, the agency said.\n"
    assert _dates(text).get("Tuesday") == "2031-05-13"


def test_a_three_word_name_after_a_post_and_a_comma_keeps_its_given_name():
    text = "The Minister, Ana Lúa Varnholt, said the port will reopen. Varnholt added no date."
    labels = [("Ana Lúa Varnholt", "PERSON"), ("Varnholt", "PERSON")]
    assert "Ana Lúa Varnholt" in _types(text, labels)
    text = "Director, Amadu Kofi Brask said the clinic will open. Brask gave no date."
    assert "Amadu Kofi Brask" in _types(text, [("Amadu Kofi Brask", "PERSON"), ("Brask", "PERSON")])

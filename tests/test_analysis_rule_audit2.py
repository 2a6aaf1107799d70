"""Tonight's actor rules must not fire on ordinary text they were not written for (second
review): a pledge line, people at both ends of "from X to Y", an editorial gloss after a name,
a person named like a country and a hill, a company selling supplies, a quoted appeal with
its speaker, and a lone "the Union" with two bodies to choose from.

Entities are labelled by hand as the small model labels them; every name here is made up.
"""

from __future__ import annotations

import pytest
from test_analysis_generalise import actor_named
from test_analysis_rules import labelled

from briefing_app.analysis import analyze, combine
from briefing_app.model import ORGANIZATION, PERSON, PLACE, Source


def _analyse(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa])


def _names(analysis) -> set[str]:
    return {a.name for a in analysis.actors}


def test_a_pledge_line_without_a_full_stop_is_text_not_a_price_tag():
    text = (
        "Donors pledged money for flood repairs in Ostravel on Monday, officials said.\n\n"
        "The World Bank pledged $20 million\n\n"
        "Japan gave $5 million through the Kelvo Relief Fund\n\n"
        "Pledges will be reviewed next month.\n"
    )
    labels = [
        ("Ostravel", "GPE"),
        ("The World Bank", "ORG"),
        ("Japan", "GPE"),
        ("Kelvo Relief Fund", "ORG"),
    ]
    assert {"World Bank", "Japan", "Kelvo Relief Fund"} <= _names(_analyse(text, labels))
    text = (
        "Donors pledged money for flood repairs in Ostravel on Monday, officials said.\n\n"
        "The Kelvo Savings Trust donated €150,000 to the Harbour Fund\n\n"
        "Pledges will be reviewed next month.\n"
    )
    labels = [("Ostravel", "GPE"), ("Kelvo Savings Trust", "ORG"), ("Harbour Fund", "ORG")]
    assert {"Kelvo Savings Trust", "Harbour Fund"} <= _names(_analyse(text, labels))


def test_a_shop_line_with_a_price_is_still_page_furniture():
    text = (
        "Premium Purchase PDF for $24.95 (3 pages)\n"
        "Add the Tessaly Review to your cart for £9.99\n"
        "Flood waters rose in Ostravel on Monday, officials said.\n"
    )
    labels = [("Premium Purchase PDF", "ORG"), ("Tessaly Review", "ORG"), ("Ostravel", "GPE")]
    names = _names(_analyse(text, labels))
    assert "Ostravel" in names
    assert not names & {"Premium Purchase PDF", "Tessaly Review"}


def test_people_at_both_ends_of_from_to_stay_people():
    text = (
        "Command of the relief effort passed from Anna Bergvik to Mark Solend on Monday, the "
        "agency said.\n\nBergvik led the effort for two years. Solend said he would visit the "
        "camps this week.\n"
        "In a letter from Ivan Petrell to Maria Lopesca, the envoy asked for more time. Petrell "
        "later met Lopesca in Geneva.\n"
    )
    labels = [
        ("Anna Bergvik", "PERSON"),
        ("Mark Solend", "PERSON"),
        ("Bergvik", "PERSON"),
        ("Solend", "PERSON"),
        ("Ivan Petrell", "PERSON"),
        ("Maria Lopesca", "PERSON"),
        ("Petrell", "PERSON"),
        ("Lopesca", "PERSON"),
        ("Geneva", "GPE"),
    ]
    analysis = _analyse(text, labels)
    for full, short in [
        ("Anna Bergvik", "Bergvik"),
        ("Mark Solend", "Solend"),
        ("Ivan Petrell", "Petrell"),
        ("Maria Lopesca", "Lopesca"),
    ]:
        actor = actor_named(analysis, full)
        assert actor.type == PERSON and short in actor.aliases, (full, actor)


def test_both_ends_of_a_journey_are_still_places():
    text = (
        "Families were evacuated from Atavo and Fenoifu to Nomukalo on Monday, and others "
        "fled from Velmora to Tessaly by boat."
    )
    labels = [
        ("Atavo", "PERSON"),
        ("Fenoifu", "ORG"),
        ("Nomukalo", "PERSON"),
        ("Velmora", "PERSON"),
        ("Tessaly", "GPE"),
    ]
    analysis = _analyse(text, labels)
    for name in ["Atavo", "Fenoifu", "Nomukalo", "Velmora"]:
        assert actor_named(analysis, name).type == PLACE, name


def test_an_editorial_gloss_after_a_name_keeps_the_name():
    text = (
        '"We trusted Lopesca [the president] and she failed us," a farmer told reporters in '
        'Ostravel on Monday. "Krausen [the opposition leader] never came here either." '
        "Villagers said they were shaken by Jinnar [evil spirits] after the flood."
    )
    labels = [
        ("Lopesca", "PERSON"),
        ("Krausen", "PERSON"),
        ("Ostravel", "GPE"),
        ("Jinnar", "PERSON"),
    ]
    names = _names(_analyse(text, labels))
    assert {"Lopesca", "Krausen"} <= names
    assert "Jinnar" not in names


def test_a_person_named_like_a_country_and_a_common_word_who_speaks_is_a_person():
    text = (
        "Jordan Hill, who chairs the roads board, said the hill road would reopen on Friday. "
        "Hill did not give a cost.\n"
        "Officials met Chad Rivers on Monday. The flood rivers rose again, said Chad Rivers.\n"
    )
    labels = [
        ("Jordan Hill", "PERSON"),
        ("Hill", "PERSON"),
        ("Chad Rivers", "PERSON"),
    ]
    analysis = _analyse(text, labels)
    hill = actor_named(analysis, "Jordan Hill")
    assert hill.type == PERSON and "Hill" in hill.aliases
    assert actor_named(analysis, "Chad Rivers").type == PERSON


def test_an_event_named_by_its_country_is_still_no_person():
    text = "Vanuatu Earthquake.\nThe earthquake struck on Monday, officials said."
    names = _names(_analyse(text, [("Vanuatu Earthquake", "PERSON")]))
    assert "Vanuatu Earthquake" not in names


def test_a_company_named_for_its_supplies_is_an_actor():
    text = (
        "Ostravel Medical Supplies, a private firm, said on Monday it had run out of insulin. "
        "The chief executive of Ostravel Medical Supplies, Lena Krausen, blamed the port "
        "strike.\n\nKrausen said Ostravel Medical Supplies would fly stock in from Drevny. "
        "Harbour Field Equipment announced it would lend pumps.\n"
        "Emergency Health Kits were distributed in the camps.\n"
    )
    labels = [
        ("Ostravel Medical Supplies", "ORG"),
        ("Lena Krausen", "PERSON"),
        ("Krausen", "PERSON"),
        ("Drevny", "GPE"),
        ("Harbour Field Equipment", "ORG"),
        ("Emergency Health Kits", "ORG"),
    ]
    analysis = _analyse(text, labels)
    assert actor_named(analysis, "Ostravel Medical Supplies").type == ORGANIZATION
    assert actor_named(analysis, "Harbour Field Equipment").type == ORGANIZATION
    assert "Emergency Health Kits" not in _names(analysis)


def test_a_quoted_appeal_with_its_speaker_is_text():
    text = (
        "Donors pledged money for flood repairs in Ostravel on Monday.\n\n"
        '"Please donate today," said Lena Krausen of the Ostravel Red Cross.\n'
        "“Subscribe to our newsletter for updates,” Tomas Varga, a volunteer, told reporters.\n"
        "Subscribe to our newsletter\n"
    )
    labels = [
        ("Ostravel", "GPE"),
        ("Lena Krausen", "PERSON"),
        ("Ostravel Red Cross", "ORG"),
        ("Tomas Varga", "PERSON"),
    ]
    names = _names(_analyse(text, labels))
    assert {"Lena Krausen", "Ostravel Red Cross", "Tomas Varga"} <= names


def test_a_standalone_call_to_donate_is_still_page_furniture():
    text = (
        "Make a charitable donation in support of the Tessaly Flood Fund!\n"
        "Flood waters rose in Ostravel on Monday, officials said.\n"
    )
    names = _names(_analyse(text, [("Tessaly Flood Fund", "ORG"), ("Ostravel", "GPE")]))
    assert "Ostravel" in names and "Tessaly Flood Fund" not in names


def test_a_lone_union_between_two_unions_is_never_a_new_actor():
    text = (
        "The Union of Ostravel Farmers and the European Union met on Monday. The Union said "
        "farmers needed help with seed."
    )
    labels = [
        ("The Union of Ostravel Farmers", "ORG"),
        ("the European Union", "ORG"),
        ("Union", "ORG"),
    ]
    analysis = _analyse(text, labels)
    assert _names(analysis) == {"Union of Ostravel Farmers", "European Union"}
    assert all(a.type == ORGANIZATION for a in analysis.actors)


def test_a_lone_union_with_one_union_in_its_source_joins_it():
    text = "The European Union met on Monday. The Union said farmers needed help with seed."
    labels = [("The European Union", "ORG"), ("Union", "ORG")]
    analysis = _analyse(text, labels)
    assert "Union" in actor_named(analysis, "European Union").aliases
    assert len(analysis.actors) == 1


@pytest.mark.slow
def test_the_review_cases_hold_on_model_output():
    text = (
        "Donors pledged money for flood repairs in Ostravel on Monday, officials said.\n\n"
        "The World Bank pledged $20 million\n\n"
        "Command of the relief effort passed from Anna Bergvik to Mark Solend on Monday. "
        "Bergvik led the effort for two years. Solend said he would visit the camps.\n\n"
        "Jordan Hill, who chairs the roads board, said the hill road would reopen on Friday.\n\n"
        '"Please donate today," said Lena Krausen of the Ostravel Red Cross.\n'
    )
    src = Source(id="m", path="m.txt", format="txt", text=text, sha256="", title="")
    analysis = analyze([src])
    assert "World Bank" in _names(analysis)
    for name in ["Anna Bergvik", "Mark Solend", "Jordan Hill", "Lena Krausen"]:
        assert actor_named(analysis, name).type == PERSON, name

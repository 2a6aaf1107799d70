"""Headlines, authors and publishers the metadata rules must not mistake: invented pages an
adversarial review ran through the app (a headline whose initials happen to spell the domain,
a headline opening with an office, a 'Letter from <place>', a file server's host). Every page
here is invented for the test.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_text
from briefing_app.ingest.byline import office_line
from briefing_app.ingest.urls import outlet_domain

STORM = (
    "Rescue efforts were underway on Wednesday as Bangladesh braced for the cyclone, and aid "
    "was blocked at the crossing as coastal villages were emptied.\n\n"
    "Thousands moved to shelters inland and the army opened schools to house them overnight."
)


# ---- 16: a headline whose initials spell the domain is no masthead ---------------------------
@pytest.mark.parametrize(
    ("url", "headline"),
    [
        ("https://www.bbc.co.uk/news/world-asia-99999999", "Bangladesh Braces for Cyclone"),
        ("https://www.bbc.co.uk/news/world-asia-99999999", "Bangladesh Braces Cyclone"),
        ("https://www.reuters.com/world/asia/99999", "Rescue Efforts Underway"),
        ("https://www.abcnews.example/intl/99999", "Aid Blocked at Crossing"),
    ],
)
def test_a_headline_whose_initials_spell_the_domain_stays_the_headline(url, headline):
    page = f"URL: {url}\n\nAsia weather desk\n\n{headline}\n\n12 March 2031\n\n{STORM}"
    assert source_from_text(page).title == headline


# ---- 17: a headline with a verb is no office line; an outlet's name is no person -------------
def test_a_masthead_over_a_headline_opening_with_an_office_is_no_author():
    page = (
        "Harbor Herald\nMinister for Water Resigns Over Audit\n12 March 2031\n\n"
        "The minister resigned on Wednesday after an audit of the water board found missing "
        "funds.\n"
    )
    source = source_from_text(page)
    assert source.author == ""
    assert source.title == "Minister for Water Resigns Over Audit"


def test_an_outlet_like_name_over_an_office_line_is_no_author():
    page = (
        "Kelvo Gazette\nMinister for Water Resources\n12 March 2031\n\n"
        "The minister resigned on Wednesday after an audit of the water board found missing "
        "funds.\n"
    )
    assert source_from_text(page).author == ""


# ---- 18: a headline under the by-line is not the author's office ----------------------------
@pytest.mark.parametrize(
    "headline",
    ["Secretary of State Visits Flooded Towns", "Minister for Rivers Quits Over Audit"],
)
def test_a_headline_under_the_by_line_is_not_the_authors_office(headline):
    page = (
        f"By Jane Roe\n{headline}\n\nThe secretary toured three flooded towns on Wednesday and "
        "promised more money for repairs.\n"
    )
    source = source_from_text(page)
    assert source.author == "Jane Roe"
    assert source.title == headline


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("Secretary of State", True),
        ("Minister for Veterans Affairs", True),
        ("Minister for Foreign Affairs and Trade", True),
        ("Minister for the Armed Forces", True),
        ("Secretary of State Visits Flooded Towns", False),
        ("Minister for Water Resigns Over Audit", False),
        ("Minister for Health Says Wards Are Full", False),
    ],
)
def test_an_office_line_has_no_headline_verb_after_its_object(line, office):
    assert office_line(line) is office


# ---- 19: a 'Letter from <place>' names no author --------------------------------------------
@pytest.mark.parametrize(
    "headline",
    [
        "Letter from Port Moresby",
        "Letter from Kelvo City on the eve of the vote",
        "Letter from Fort Ostra",
    ],
)
def test_a_letter_from_a_place_names_no_author(headline):
    page = (
        f"{headline}\n12 March 2031\n\nThe city woke to rain on Wednesday and the market "
        "stalls stayed shut for the third day in a row.\n"
    )
    source = source_from_text(page)
    assert source.author == ""
    assert source.title == headline


def test_a_letter_from_a_ranked_person_still_names_the_author():
    page = (
        "Letter from Ambassador Jane Roe\n12 March 2031\n\nThe embassy thanked the people of "
        "the valley on Wednesday for their help after the floods.\n"
    )
    assert source_from_text(page).author == "Jane Roe"


@pytest.mark.parametrize(
    ("headline", "author"),
    [
        ("Statement by Kelvo City on the Floods", ""),  # a place's council, no person
        ("Statement by Port Ostra Council on the Floods", ""),
        ("Remarks by Jane Roe on the Floods", "Jane Roe"),
    ],
)
def test_a_statement_by_a_place_names_no_speaker(headline, author):
    page = (
        f"{headline}\n12 March 2031\n\nThe council thanked the people of the valley on "
        "Wednesday for their help after the floods.\n"
    )
    assert source_from_text(page).author == author


# ---- 20: a file server's host label is no publishing body -----------------------------------
@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        (
            "https://assets.publishing.service.gov.uk/media/abc/ostra-flood-report.pdf",
            "publishing.service.gov.uk",
        ),
        ("https://media.defense.gov/2031/Mar/10/2003/ostra.pdf", "defense.gov"),
        ("https://static.agency.europa.eu/files/report.pdf", "agency.europa.eu"),
        ("https://cdn.un.org/files/report.pdf", "un.org"),
    ],
)
def test_a_file_servers_host_label_is_not_the_publishing_body(url, outlet):
    assert outlet_domain(url) == outlet

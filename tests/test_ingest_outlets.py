"""The outlet a citation names, from the page itself (issue 8 §3): the publishing body under a
shared government domain, the site's own name in a masthead, a staff by-line, a domain line or
a copy-protection notice. Every page here is invented for the test.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes, source_from_text
from briefing_app.ingest.urls import outlet_domain

BODY = (
    "The ministers of five Central Asian states agreed on river water quotas in Tashkent on "
    "Monday, officials said.\n\nThey will meet again in the autumn to review the quotas."
)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.agency.europa.eu/news/ministers-agree", "agency.europa.eu"),
        ("https://press.un.org/en/2031/sg1234.doc.htm", "press.un.org"),
        ("https://www.wing12.airforce.mil/News/Article/1/", "wing12.airforce.mil"),
        ("https://minister.water.gov.au/releases/quotas", "minister.water.gov.au"),
        ("https://viz.centre.space.gov/story/1", "viz.centre.space.gov"),  # the most specific
        ("https://www.state.gov/remarks/", "state.gov"),  # a site's version, not a body
        ("https://2009-2017.state.gov/r/", "state.gov"),  # an archive of the same publisher
        ("https://news.ledger.co.uk/world/quotas", "ledger.co.uk"),  # a company's site
        ("https://m.ledger.example/world/quotas", "ledger.example"),
    ],
)
def test_a_body_under_a_shared_government_domain_is_the_outlet(url, outlet):
    assert outlet_domain(url) == outlet
    assert source_from_text(f"URL: {url}\n\nMinisters agree on quotas\n\n{BODY}").outlet == outlet


LEDGER_BODY = (
    "The Kelvo Ledger has learned that the ministers of five states agreed on river water "
    "quotas in Tashkent on Monday.\n\nThe Kelvo Ledger will report on the next talks."
)


@pytest.mark.parametrize(
    ("url", "masthead"),
    [
        ("https://www.kelvoledger.example/story/48213", "Kelvo Ledger"),  # spells the domain
        ("https://kelvo-ledger.example/story/48213", "KELVO LEDGER"),
        ("https://www.tklnews.example/story/48213", "The Kelvo Ledger"),  # its initials
    ],
)
def test_a_line_naming_the_site_is_a_masthead_never_the_title(url, masthead):
    page = f"URL: {url}\n\n{masthead}\n\nMinisters agree on river water quotas\n\n{LEDGER_BODY}"
    assert source_from_text(page).title == "Ministers agree on river water quotas"


def test_a_line_equal_to_the_publisher_named_by_the_page_is_a_masthead():
    page = (
        "Source: Kelvo Ledger\n\nKELVO LEDGER\n\nMinisters agree on river water quotas\n\n"
        f"{LEDGER_BODY}"
    )
    source = source_from_text(page)
    assert source.outlet == "Kelvo Ledger"
    assert source.title == "Ministers agree on river water quotas"


@pytest.mark.parametrize("byline", ["By Kelvo Ledger contributor", "By the Kelvo Ledger staff"])
def test_a_by_line_of_the_outlets_own_staff_names_the_outlet_not_an_author(byline):
    source = source_from_bytes(f"{byline}\n\n{BODY}".encode(), "copy.txt")
    assert (source.outlet, source.author, source.title) == ("Kelvo Ledger", "", "")
    assert "Kelvo Ledger" not in source.text
    # The address's outlet, when the page has one, stays.
    addressed = f"URL: https://www.ledger.example/story/1\n{byline}\n\n{BODY}"
    assert source_from_text(addressed).outlet == "ledger.example"


def test_a_domain_name_alone_near_the_top_is_the_sites_masthead_and_outlet():
    page = f"Menu\n\nKelvoLedger.com\n\nMinisters agree on river water quotas\n\n{BODY}"
    source = source_from_bytes(page.encode(), "copy.txt")
    assert source.outlet == "kelvoledger.com"
    assert source.title == "Ministers agree on river water quotas"
    assert "KelvoLedger.com" not in source.text


def test_a_copy_protection_notice_naming_the_site_gives_the_outlet_and_goes():
    notice = "error: KELVO LEDGER content is protected !!"
    page = f"Ministers agree on river water quotas\n\n{BODY}\n\n{notice}"
    source = source_from_bytes(page.encode(), "copy.txt")
    assert source.outlet == "KELVO LEDGER"
    assert "protected" not in source.text


@pytest.mark.parametrize(
    "credit", ["By Kelvo Ledger Staff", "Kelvo Ledger Staff", "Kelvo News Desk"]
)
def test_a_capitalised_group_credit_is_a_corporate_author(credit):
    page = f"Ministers agree on river water quotas\n\n{credit}\n\n{BODY}"
    source = source_from_text(page)
    assert source.author == credit.removeprefix("By ")
    assert source.title == "Ministers agree on river water quotas"

"""Source metadata the briefing cites: title, outlet, URL, author, date (issue 8 §3).

Small pages written for these tests; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import socket

import pytest
from story import story, story_kinds, story_paragraphs

from briefing_app.ingest import html, source_from_bytes, source_from_text
from briefing_app.ingest.title import headline_like
from briefing_app.ingest.urls import registered_domain

BODY = (
    "The ministers of five Central Asian states agreed on river water quotas in Tashkent on "
    "Monday, officials said.\n\nThey will meet again in the autumn to review the quotas."
)


def test_title_skips_masthead_breadcrumb_and_date_widget():
    source = source_from_text(
        "DAILY LEDGER\n\nHome : World : Asia : Politics\n\nMonday, 3 March 2025\n\n"
        f"Ministers agree on river water quotas in Tashkent\n\n{BODY}"
    )
    assert source.title == "Ministers agree on river water quotas in Tashkent"
    assert story(source).startswith("The ministers of five Central Asian states")
    assert "DAILY LEDGER" not in source.text and "Home : World" not in source.text
    assert source.published == "2025-03-03"


def test_title_is_never_an_internal_id():
    numbered = source_from_text(f"SG/SM/21929\n\nMinisters agree on water quotas\n\n{BODY}")
    assert numbered.title == "Ministers agree on water quotas"
    hexed = source_from_text(f"Title: 3f9a2c81d0e4b7a6\n\nMinisters agree on quotas\n\n{BODY}")
    assert hexed.title == "Ministers agree on quotas"


def test_a_cut_off_breadcrumb_is_not_the_title_and_goes():
    source = source_from_text(
        "HomeWorldWater Ministers Agree on River Water Quotas in Tashkent - Daily...\n\n"
        f"Ministers agree on river water quotas in Tashkent\n\n{BODY}"
    )
    assert source.title == "Ministers agree on river water quotas in Tashkent"
    assert "Daily..." not in source.text


def test_the_file_name_stands_in_when_no_line_is_a_headline():
    source = source_from_bytes(BODY.encode(), "3f9a2c81d0e4b7a6.txt")
    assert source.title == ""
    assert source.display_name == "3f9a2c81d0e4b7a6.txt"
    assert story(source).startswith("The ministers")


def test_the_federal_website_banner_is_furniture():
    banner = (
        "An official website of the United States Government\nHere's how you know\n\n"
        "Official websites use .gov\n\n.gov website belongs to an official government "
        "organization in the United States.\n\nSecure .gov websites use HTTPS\n\n"
    )
    source = source_from_text(f"{banner}Ministers agree on river water quotas\n\n{BODY}")
    assert source.title == "Ministers agree on river water quotas"
    assert ".gov" not in source.text and "how you know" not in source.text


def test_outlet_is_the_registered_domain_of_the_address():
    url = "https://press.example.co.uk/2025/03/ministers-agree-on-river-water-quotas"
    source = source_from_text(f"URL: {url}\n\nMinisters agree on river water quotas\n\n{BODY}")
    assert (source.outlet, source.url) == ("example.co.uk", url)


def test_a_long_address_is_kept_whole_and_never_becomes_the_title():
    url = (
        "https://www.defence.example.gov.au/news/media-releases/2025-03-03/ministers-agree-"
        "on-river-water-quotas-in-tashkent-after-three-years-of-talks?utm_source=feed&id=41"
    )
    assert len(url) > 120
    source = source_from_text(f"URL: {url}\n\nMinisters agree on river water quotas\n\n{BODY}")
    assert source.url == url
    # Under a government's domain the subdomain is the publishing body (test_ingest_metadata).
    assert source.outlet == "defence.example.gov.au"
    assert source.title == "Ministers agree on river water quotas"


def test_web_page_outlet_falls_back_to_the_registered_domain():
    page = (
        "<html><head><title>Ministers agree on river water quotas</title>"
        '<link rel="canonical" href="https://news.example.com.au/world/water-quotas-41">'
        f"</head><body><article><p>{BODY.replace(chr(10), ' ')}</p></article></body></html>"
    )
    source = source_from_bytes(page.encode(), "quotas.html")
    assert source.url == "https://news.example.com.au/world/water-quotas-41"
    assert source.outlet == "example.com.au"
    assert source.title == "Ministers agree on river water quotas"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By: Ana de la Cruz, Li Wei - Reuters", "Ana de la Cruz, Li Wei"),
        ("By Jane Doe, John Roe and Ali bin Said, AP", "Jane Doe, John Roe and Ali bin Said"),
        ("By Government of the Republic of Kazakhstan", "Government of the Republic of Kazakhstan"),
    ],
)
def test_bylines_give_the_author(byline, author):
    source = source_from_text(f"Ministers agree on river water quotas\n{byline}\n\n{BODY}")
    assert source.author == author
    assert byline not in source.text


def test_a_sentence_starting_with_by_stays_text():
    line = "By the end of the talks, the ministers had agreed on quotas for ten years."
    source = source_from_text(f"Ministers agree on quotas\n\n{line}\n\n{BODY}")
    assert source.author == ""
    assert line in source.text


def test_registered_domain_reads_the_bundled_list_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the public-suffix lookup tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from briefing_app.ingest import urls

    urls._suffixes.cache_clear()
    assert registered_domain("https://a.b.example.gov.au/x") == "example.gov.au"
    assert registered_domain("https://www.bbc.co.uk/news") == "bbc.co.uk"
    assert registered_domain("http://192.0.2.7/page") == "192.0.2.7"
    assert registered_domain("not an address") == ""


def test_a_web_page_is_parsed_once(monkeypatch):
    calls = []
    real = html.parse

    def counting(text, name):
        calls.append(name)
        return real(text, name)

    monkeypatch.setattr(html, "parse", counting)
    page = f"<html><head><title>Quotas agreed</title></head><body><p>{BODY}</p></body></html>"
    source = source_from_bytes(page.encode(), "once.html")
    assert "Tashkent" in source.text
    assert calls == ["once.html"]


def test_a_syndication_label_goes_and_a_sentence_about_publishing_stays():
    sentence = "The report was originally published in 2019 by the ministry of water."
    source = source_from_text(
        "Ministers agree on river water quotas\n\n"
        "World Desk - Asia originally published at World Desk - Asia\n\n"
        f"{sentence}\n\n{BODY}"
    )
    assert "World Desk" not in source.text
    assert sentence in source.text


def test_a_hard_wrapped_report_keeps_its_wrapped_headline_and_its_paragraphs():
    text = (
        "REPORT\n"
        "Water Sharing in Central Asia: What Next for the\n"
        "River Basin Commission?\n"
        "Updated March 3, 2025\n"
        "The ministers of five Central Asian states agreed on river water quotas in Tashkent on\n"
        "Monday after three years of talks, officials said, and the commission will meet again in\n"
        "the spring and in the autumn of each year to review the quotas and the state of the two\n"
        "rivers.\n"
        "Background of the Commission\n"
        "The commission was set up in 1992 by the five states to share the waters of the Amu\n"
        "Darya and the Syr Darya rivers, and it has met every year since then in one of the\n"
        "capitals of the region, most often in Tashkent and Almaty, with observers from the UN.\n"
    )
    source = source_from_text(text)
    headline = "Water Sharing in Central Asia: What Next for the River Basin Commission?"
    assert source.title == headline
    assert source.published == "2025-03-03"
    texts = story_paragraphs(source)
    assert story_kinds(source) == ["lead", "heading", "body"]
    assert texts[0].startswith("The ministers") and texts[0].endswith("the two rivers.")
    assert texts[1] == "Background of the Commission"
    assert "REPORT" not in source.text


@pytest.mark.parametrize(
    ("issuer", "author"),
    [
        ("Rt Hon Winston Peters", "Winston Peters"),
        ("Hon Jane Doe MP", "Jane Doe"),
        ("Senator the Hon Penny Wong", "Penny Wong"),
    ],
)
def test_the_issuer_of_a_media_statement_is_its_author(issuer, author):
    source = source_from_text(
        f"Ministers agree on river water quotas\n{issuer}\nMedia Statement\n\n{BODY}"
    )
    assert source.author == author
    assert issuer not in source.text and "Media Statement" not in source.text


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("05/07/2031 | Press release | Distributed by Wirehouse on 05/07/2031 15:50", "2031-05-07"),
        ("13/07/2031 | Statement", "2031-07-13"),  # 13 cannot be a month: day first
        ("2031-07-13 · News release", "2031-07-13"),
        ("July 13, 2031 — Press Release", "2031-07-13"),
        ("News | 13 July 2031 | 2 min read", "2031-07-13"),
    ],
)
def test_a_distributors_dated_header_gives_the_date_and_the_issuer_above_it(header, published):
    source = source_from_text(
        f"Ministry of Water of Ardia\n\n{header}\n\nMinisters agree on river water quotas\n\n{BODY}"
    )
    assert source.published == published
    assert source.outlet == "Ministry of Water of Ardia"
    assert source.title == "Ministers agree on river water quotas"
    assert "Distributed by" not in source.text and "Ministry of Water" not in source.text


def test_a_headline_above_a_dated_header_is_not_taken_for_the_issuer():
    source = source_from_text(
        f"Ministers agree on river water quotas in Tashkent today\n\n05/07/2031 | News\n\n{BODY}"
    )
    assert source.published == "2031-05-07"
    assert source.outlet == ""


@pytest.mark.parametrize(
    "line",
    [
        "Issued on: 13/07/2031 - 10:14",
        "By Jane Roe | July 13, 2031",
        "2031-07-13",
        "13.07.2031",
        "13.07.2031 10:14",  # a numeric date with its time of day
        "2031-07-13T10:14:00Z",
    ],
)
def test_date_lines_under_the_headline_give_the_published_date(line):
    source = source_from_text(f"Ministers agree on river water quotas\n\n{line}\n\n{BODY}")
    assert source.published[:10] == "2031-07-13"
    assert story(source).startswith("The ministers")


def test_a_line_of_two_dates_is_an_event_span_not_a_header():
    line = "Friday 11 July 2031 – Sunday 13 July 2031"
    source = source_from_text(f"Ministers agree on river water quotas\n\n{line}\n\n{BODY}")
    assert line in source.text


def test_the_date_in_the_articles_address_is_its_published_date():
    source = source_from_text(
        f"URL: https://news.example.org/world/2031/07/13/water-quotas/\n\n"
        f"Ministers agree on river water quotas\n\nMonday, 21 July 2031\n\n{BODY}"
    )
    assert source.published == "2031-07-13"  # above the date widget (the day it was seen)
    numbered = source_from_text(
        f"URL: https://news.example.org/story/2031/13/45/\n\nMinisters agree on quotas\n\n{BODY}"
    )
    assert numbered.published == ""  # not a day: an id


def test_a_date_widget_above_the_masthead_is_not_the_articles_date():
    header = "Monday, 21 July 2031\n\nDAILY LEDGER\n\nWhere News Meets You\n\nHome : World : Asia"
    source = source_from_text(f"{header}\n\nMinisters agree on river water quotas\n\n{BODY}")
    assert source.title == "Ministers agree on river water quotas"
    assert source.published == ""  # the site's header shows the day the page was seen
    below = source_from_text(
        f"Ministers agree on river water quotas\n\nMonday, 21 July 2031\n\n{BODY}"
    )
    assert below.published == "2031-07-21"  # next to the headline: the article's date
    label = source_from_text(f"21 July 2031\n\nMEDIA NOTICE\n\nMinisters agree on quotas\n\n{BODY}")
    assert label.published == "2031-07-21"  # one label between: still the article's date


def test_a_letterhead_with_contact_details_is_never_the_title_nor_text():
    letterhead = (
        "Harbour Centre PO Box 12, Kelvo Tel: (+99) 555 0100 Fax: (+99) 555 0101 "
        "Email: info@harbour.example"
    )
    source = source_from_bytes(f"{letterhead}\n\n{BODY}".encode(), "release.txt")
    assert source.title == ""  # the file's name stands in
    assert source.display_name == "release.txt"
    assert "Fax" not in source.text
    assert not headline_like("Contact us Tel. 555 0100 or e-mail press@harbour.example")


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("Story by Sgt. Jane Roe", "Jane Roe", ""),
        ("By Navy Petty Officer 2nd Class Jane Roe, Fleet Media Office", "Jane Roe", ""),
        ("By Sgt. 1st Class Jane RoeJuly 13, 2031", "Jane Roe", "2031-07-13"),
    ],
)
def test_a_ranked_byline_gives_the_name_without_rank_unit_or_glued_date(byline, author, published):
    source = source_from_text(f"Ministers agree on river water quotas\n\n{byline}\n\n{BODY}")
    assert source.author == author
    assert source.published == published
    assert "Roe" not in source.text


@pytest.mark.parametrize(
    ("title", "author"),
    [
        ("Statement by Ambassador Jane Roe on the National Day", "Jane Roe"),
        ("Statement by National Security Advisor Jane Roe on the Water Quotas", "Jane Roe"),
        ("Statement by the Ministry of Water on the Quotas", ""),
        ("Statement by Kelvo on the Quotas", ""),  # one bare word: a body or a place
    ],
)
def test_a_statement_headline_names_its_author(title, author):
    source = source_from_text(f"{title}\n\n{BODY}")
    assert source.title == title
    assert source.author == author


def test_labelled_fields_below_a_listing_sites_navigation_give_title_date_and_author():
    navigation = (
        "Menu Search Account\n\nLedgerHub\n\nGet LedgerHub App Visit Product Demo Website\n\n"
        "» Get LedgerHub App\n\n» Get LedgerHub Pro Free Demo"
    )
    fields = (
        "Premium Purchase PDF for $9.95 (3 pages)\nRelease Date Revised Jul. 13, 2031\n"
        "Report Number XY123\nAuthors Jane Roe\nSummary:"
    )
    text = f"{navigation}\n\nRiver Water Quotas in Central Asia\n\n{fields}\n\n{BODY}"
    source = source_from_text(text, title="")
    assert source.title == "River Water Quotas in Central Asia"  # not the menu line
    assert source.published == "2031-07-13"
    assert source.author == "Jane Roe"


def test_a_dateline_on_its_own_line_outranks_the_sites_date_widget():
    text = f"Fri. Jul 18th, 2031\n\nKelvo, 13 July 2031\n\nHonourable Members,\n\n{BODY}"
    source = source_from_text(text, title="")
    assert source.published == "2031-07-13"
    assert not headline_like("Honourable Members,")  # a salutation is no headline
    widget_only = source_from_text(f"Thursday, 17 July 2031\n\n{BODY}", title="")
    assert widget_only.published == "2031-07-17"  # a weekday is no place: still the widget


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Roe on July 13, 2031",
        "Posted by Jane Roe on July 13, 2031",
        "By Jane Roe, 13 July 2031",
        "By Jane Roe July 13, 2031",
        "By Jane Roe Published: July 13, 2031",
        "Posted on July 13, 2031 by Jane Roe",
        "13 July 2031 | By Jane Roe",
        "Reporter: Jane Roe | 13/07/2031",
    ],
)
def test_a_bylines_date_is_set_apart_wherever_it_stands(byline):
    source = source_from_text(f"Ministers agree on river water quotas\n\n{byline}\n\n{BODY}")
    assert source.author == "Jane Roe"
    assert source.published[:10] == "2031-07-13"
    assert story(source).startswith("The ministers")


@pytest.mark.parametrize(
    "first_line",
    [
        "PRESS RELEASE : Ministers agree on river water quotas [July 2031]",
        "Ministers agree on river water quotas | Daily Ledger",
    ],
)
def test_a_kind_label_date_tag_or_site_name_around_the_headline_is_not_the_title(first_line):
    source = source_from_text(f"{first_line}\n\n{BODY}", title="")
    assert source.title == "Ministers agree on river water quotas"


def test_a_year_in_round_brackets_stays_in_the_headline():
    title = "Council adopts Resolution 2231 (2031) on river water quotas (2031)"
    assert source_from_text(f"{title}\n\n{BODY}", title="").title == title


def test_a_republishers_issued_on_note_gives_the_published_date():
    note = "The press release issued by the Ministry of Water on 13 July 2031."
    source = source_from_text(f"Ministers agree on river water quotas\n\n{note}\n\n{BODY}")
    assert source.published == "2031-07-13"


def test_a_trending_teaser_above_the_headline_is_not_the_title():
    text = (
        "Daily Ledger\n\nTrending: Ministers meet over water quotas again\n\n"
        f"Ministers agree on river water quotas\n\n{BODY}"
    )
    assert source_from_text(text, title="").title == "Ministers agree on river water quotas"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe, Secretary of Water", "Jane Roe"),
        ("JANE ROE, DEPARTMENT SPOKESPERSON", "JANE ROE"),
        ("Kelvo, Northern Province", ""),  # a place and its region
        ("Jane Roe, Daily Ledger", ""),  # an outlet is no office
    ],
)
def test_a_name_and_office_line_under_a_statement_gives_its_author(line, author):
    source = source_from_text(f"On the Water Quotas\n\nPress Statement\n\n{line}\n\n{BODY}")
    assert source.author == author


def test_a_short_headline_sharing_one_word_with_the_text_beats_the_site_name_above_it():
    text = "Daily Ledger\n\nKelvo pledges help\n\n" + BODY.replace("Tashkent", "Kelvo")
    assert source_from_text(text, title="").title == "Kelvo pledges help"


def test_a_byline_under_a_saved_pages_menus_caption_place_and_date_gives_the_author():
    top = (
        "Maintenance window scheduled tonight\n\n(e.g. yourname@example.org)\n\nForgot Password?"
        "\n\nLedger Media Service Logo\n\nMinisters agree on river water quotas\n\n"
        "Photo By Sgt. Ana Lee | Ministers at the table...... read more\n\nKELVO, NORTHLAND\n\n"
        "07.13.2031\n\nStory by Staff Sgt. Jane Roe\n\nLedger Public Affairs"
    )
    source = source_from_text(f"{top}\n\n{BODY}", title="")
    assert source.author == "Jane Roe"

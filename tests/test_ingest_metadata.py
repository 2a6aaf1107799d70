"""Source metadata classes found on real pages (issue 8 §3): mastheads, letterheads, list items
and dated headlines are told apart from the headline; by-lines and statements give the author.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest
from story import story

from briefing_app.ingest import source_from_bytes, source_from_text
from briefing_app.ingest.byline import office_line
from briefing_app.ingest.title import date_line, headline_like

BODY = (
    "The ministers of five Central Asian states agreed on river water quotas in Tashkent on "
    "Monday, officials said.\n\nThey will meet again in the autumn to review the quotas."
)


def test_the_sites_own_name_is_a_masthead_never_the_title():
    # "Ministry" and "Water" come back in the text below: before, that made the masthead win.
    page = (
        "Official website of the Ministry of Water\n\n"
        f"Ministers agree on river water quotas in Tashkent\n\n{BODY}"
    )
    assert source_from_text(page).title == "Ministers agree on river water quotas in Tashkent"
    assert not headline_like("The Official Portal of the City of Kelvo")
    assert not headline_like("Welcome to the official website of the Kelvo Water Board")
    # The name first may be a title-case headline about the site: it stays one.
    assert headline_like("Kelvo Ministry Launches New Official Website")
    # A headline about such a site is still a headline.
    assert headline_like("Official website of the water ministry hacked")


def test_a_bullet_point_is_a_list_item_never_the_title():
    assert not headline_like("• Ministers agree on river water quotas in Tashkent")
    assert not headline_like("- Ministers agree on river water quotas")
    assert not headline_like("1. Questions to the Minister for Water")
    assert headline_like("10 Things to Know About the River Water Quotas")
    page = (
        "Situation Report #4 on the Kelvo basin\n\nKey points\n\n"
        f"• Five ministers agree river water quotas in Tashkent\n\n{BODY}"
    )
    assert source_from_text(page).title == "Situation Report #4 on the Kelvo basin"


@pytest.mark.parametrize(
    "line",
    [
        "Thursday, 3 April 2031",
        "Updated 3 April 2031 10:14 GMT",
        "Last updated: Thursday 3 April 2031 at 10:14 BST by the Newsroom",
        "Kelvo, 3 April 2031",
        "Published on Apr. 3, 2031 at 10:14 am",
        "03/04/2031",
    ],
)
def test_a_line_that_is_only_a_date_is_not_a_headline(line):
    assert date_line(line)
    assert not headline_like(line)


def test_a_headline_carrying_its_date_stays_the_title():
    report = "Water Situation Report #4: all information from 1-7 April 2031, valid as of 8 April"
    assert headline_like(report)
    page = f"Water Council\n\nWater Council, 3 April 2031\n\nMain results\n\n{BODY}"
    source = source_from_text(page)
    assert source.title == "Water Council, 3 April 2031"  # not the series' name above it
    assert source.published == "2031-04-03"
    # The series' name above goes; the dated headline stays in the text for the timeline too.
    assert story(source).startswith("Water Council, 3 April 2031\n")


def test_the_addresss_slug_names_the_headline_under_a_letterhead():
    # The issuer's name shares "ministry"/"water" with the text; the address spells the headline.
    page = (
        "URL: https://www.kelvo.example/news/five-ministers-agree-river-water-quotas-2/\n"
        "Ministry of Water Resources\nPress Section\nTel: 555 0100\n"
        f"FIVE MINISTERS AGREE RIVER WATER QUOTAS\n\n{BODY}"
    )
    assert source_from_text(page).title == "FIVE MINISTERS AGREE RIVER WATER QUOTAS"
    # An address that ends in a number names nothing: the text below decides, and the
    # letterhead's body name is passed over for the headline-like line under it (round 15).
    numbered = page.replace("five-ministers-agree-river-water-quotas-2/", "events/55548")
    assert source_from_text(numbered).title == "FIVE MINISTERS AGREE RIVER WATER QUOTAS"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Capt. Jane Roe 12th Wing Public Affairs", "Jane Roe"),
        ("By Jane Roe JTF-Kelvo Public Affairs", "Jane Roe"),
        ("By Staff Sgt. Jane Q. Roe Air Mobility Command", "Jane Q. Roe"),
        ("By Jane Roe and John Doe", "Jane Roe and John Doe"),  # no unit: both writers stay
    ],
)
def test_a_writers_unit_run_on_after_the_name_is_not_part_of_it(byline, author):
    source = source_from_text(f"Ministers agree on river water quotas\n\n{byline}\n\n{BODY}")
    assert source.author == author
    assert "Public Affairs" not in source.text


@pytest.mark.parametrize(
    ("title", "author"),
    [
        ("Statement by Ambassador Jane Roe", "Jane Roe"),
        ("Remarks by Minister Jane Q. Roe", "Jane Q. Roe"),
        ("Remarks by the Secretary-General Jane Roe at the Water Summit", "Jane Roe"),
        ("Statement by the Ministry of Water", ""),
        ("Statement by the President on the Quotas", ""),  # an office, no name
        ("Statement by Kelvo", ""),  # one bare word: a body or a place
    ],
)
def test_a_statement_headline_ending_with_its_speaker_names_the_author(title, author):
    source = source_from_text(f"{title}\n\n{BODY}")
    assert source.title == title
    assert source.author == author


def test_a_date_then_place_line_under_the_headline_gives_the_published_date():
    menus = "View settings\n\nFont size:\n\nImages\n\nSettings\n\nMenu\n\nSearch\n\nArchive\n\n"
    page = f"{menus}Ministers agree on river water quotas\n\nMarch 3, 2031, Tashkent\n\n{BODY}"
    source = source_from_text(page)
    assert source.title == "Ministers agree on river water quotas"
    assert source.published == "2031-03-03"
    assert story(source).startswith("The ministers")


def test_a_dateline_without_a_year_takes_the_year_the_text_writes():
    lead = (
        "TASHKENT, MARCH 16 – Five ministers agreed on river water quotas yesterday, after "
        "talks that began in January 2031."
    )
    source = source_from_text(f"Ministers agree on river water quotas\n\n{lead}\n\n{BODY}")
    assert source.published == "2031-03-16"
    no_year = lead.replace(" in January 2031", "")
    assert source_from_text(f"Ministers agree on quotas\n\n{no_year}\n\n{BODY}").published == ""


def test_the_authors_office_under_the_name_is_neither_title_nor_text():
    page = (
        "Related ministers\n\nThe Hon Jane Roe MP\n\nMinister for Water Resources\n\n"
        f"Minister for Rivers and Lakes\n\n{BODY}"
    )
    source = source_from_text(page)
    assert source.author == "Jane Roe"
    assert "Minister for" not in source.title
    assert "Minister for" not in source.text
    # Not under a name, a title-case headline opening with an office stays a headline.
    headline = source_from_text(f"Minister for Water Visits Tashkent\n\n{BODY}")
    assert headline.title == "Minister for Water Visits Tashkent"


def test_the_slug_finds_the_headline_under_a_long_run_of_menus():
    menus = [
        "Ministry of Water Resources",
        "Our work",
        "Regional offices",
        "Speeches and statements",
        "Photo gallery",
        "Open vacancies",
        "Annual reports",
        "Tenders and contracts",
        "Media centre",
        "Water statistics",
    ]
    url = "https://water.kelvo.example/media/five-ministers-agree-river-water-quotas"
    page = "\n\n".join([f"URL: {url}", *menus, "Five ministers agree river water quotas", BODY])
    source = source_from_text(page)
    assert source.title == "Five ministers agree river water quotas"
    assert story(source).startswith("The ministers")


@pytest.mark.parametrize(
    "line",
    [
        "MEDIA ADVISORY",
        "Weekly news bulletin",
        "Round-up Release",
        "The following statement was issued today by the Spokesman for the Water Board:",
        "Key points:",
    ],
)
def test_a_kind_label_or_a_lead_in_ending_with_a_colon_is_not_a_headline(line):
    assert not headline_like(line)


def test_a_lead_in_line_stays_text_and_the_file_name_stands_in():
    lead = "The following statement was issued today by the Spokesman for the Water Board:"
    source = source_from_bytes(f"MEDIA ADVISORY\n\n{lead}\n\n{BODY}".encode(), "advisory.txt")
    assert source.title == ""
    assert source.display_name == "advisory.txt"
    assert lead in source.text  # it names who speaks: the analysis must read it


def test_you_are_here_is_a_breadcrumb_label():
    source = source_from_text(f"You are here\n\nMinisters agree on quotas\n\n{BODY}")
    assert source.title == "Ministers agree on quotas"
    assert "You are here" not in source.text


@pytest.mark.parametrize(
    "first_line",
    [
        "[kelvo-news] Ministers agree on river water quotas",
        "[<< wire] Ministers agree on river water quotas",
        "Press Releases: Ministers agree on river water quotas",
    ],
)
def test_a_forwarded_headlines_list_tag_or_plural_kind_label_is_not_the_title(first_line):
    source = source_from_text(f"{first_line}\n\n{BODY}")
    assert source.title == "Ministers agree on river water quotas"


def test_a_date_tag_at_the_end_is_not_taken_for_a_list_tag():
    source = source_from_text(f"Ministers agree on river water quotas [2031]\n\n{BODY}")
    assert source.title == "Ministers agree on river water quotas"


def test_a_name_over_an_office_line_near_the_top_is_the_author():
    page = (
        "Ministers agree on river water quotas\n\nPress Statement\n\nJane Q. Roe\n\n"
        f"Secretary of Water\n\nKelvo\n\nMarch 3, 2031\n\n{BODY}"
    )
    source = source_from_text(page)
    assert source.author == "Jane Q. Roe"
    assert "Roe" not in source.text and "Secretary of Water" not in source.text
    # A name alone, with no office under it, is not taken for the author.
    alone = source_from_text(f"Ministers agree on river water quotas\n\nJane Roe\n\n{BODY}")
    assert alone.author == ""


def test_a_date_line_right_under_a_headline_far_down_the_page_is_its_date():
    menus = "\n\n".join(["Our work", "Regional offices", "Photo gallery", "Open vacancies"] * 3)
    url = "URL: https://water.kelvo.example/ministers-agree-on-river-water-quotas"
    headline = "Ministers agree on river water quotas"
    page = f"{url}\n\n{menus}\n\n{headline}\n\nMonday, 3 March 2031\n\n{BODY}"
    source = source_from_text(page)
    assert source.title == "Ministers agree on river water quotas"
    assert source.published == "2031-03-03"
    assert story(source).startswith("The ministers")


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("Minister for Water Resources", True),
        ("Deputy Prime Minister", True),
        ("Deputy Prime Minister and Minister for Rivers", True),
        ("President Doe Under Fire", False),  # a title-case headline opening with an office
    ],
)
def test_an_office_line_is_role_words_then_what_the_office_is_of(line, office):
    assert office_line(line) is office
    page = f"Ministers agree on river water quotas\n\nBy Jane Roe\n\n{line}\n\n{BODY}"
    assert (line in source_from_text(page).text) is not office


@pytest.mark.parametrize(
    ("first_lines", "title"),
    [
        (
            "URL: https://www.kelvoledger.example/story/48213\n"
            "Ministers agree on river water quotas – Kelvo Ledger",
            "Ministers agree on river water quotas",
        ),
        (
            "URL: https://www.kelvo.example/news/48213\n"
            "Ministers agree on river water quotas - Kelvo News",
            "Ministers agree on river water quotas",
        ),
        (  # what follows the dash is not the site's name: it stays
            "URL: https://www.kelvoledger.example/story/48213\n"
            "War on the river – Voices from the Front",
            "War on the river – Voices from the Front",
        ),
    ],
)
def test_the_sites_name_after_a_dash_is_not_part_of_the_title(first_lines, title):
    assert source_from_text(f"{first_lines}\n\n{BODY}").title == title


def test_a_page_header_run_into_one_line_gives_its_issuer_and_date():
    header = (
        "You are subscribed to news for the Kelvo Water Board. This information has recently "
        "been updated, and is now available. 03/16/2031 05:10 PM On the River Water "
        "QuotasPress Statement Jane Roe Secretary of Water Kelvo City March 16, 2031"
    )
    source = source_from_bytes(f"{header}\n\n{BODY}".encode(), "notice.txt")
    assert source.author == "Jane Roe"
    assert source.published == "2031-03-16"
    assert source.title == "On the River Water Quotas"
    # A paragraph cut off by a short copy after a date is a clause, not a header.
    cut = "The ministers of five Central Asian states said the talks resume on March 16, 2031"
    plain = source_from_bytes(f"{cut}\n\n{BODY}".encode(), "cut.txt")
    assert (plain.author, plain.published) == ("", "")


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        (  # an office's by-line run on with its command, place and date
            "By U.S. Kelvo Command Public Affairs Kelvo Command Kelvo City, Kelvo Mar 3, 2031",
            "U.S. Kelvo Command Public Affairs",
            "2031-03-03",
        ),
        ("By U.S. Army Sgt. Jane Roe 1st Cavalry Division Public Affairs", "Jane Roe", ""),
        ("Narration: Jane Roe", "Jane Roe", ""),  # a video script's narrator
    ],
)
def test_an_office_or_a_narrator_in_the_by_line_is_the_author(byline, author, published):
    source = source_from_text(f"Ministers agree on river water quotas\n\n{byline}\n\n{BODY}")
    assert (source.author, source.published) == (author, published)


@pytest.mark.parametrize(
    ("title", "author"),
    [
        ("Statement on the Water Quotas by Jane Roe", "Jane Roe"),
        ("Statement on the Attack by Rebel Forces", ""),  # a body, not a person
    ],
)
def test_a_statement_on_a_subject_by_a_person_names_the_author(title, author):
    assert source_from_text(f"{title}\n\n{BODY}").author == author


def test_a_line_of_dialogue_is_not_a_headline_and_a_short_slug_names_one():
    assert not headline_like("Journalist: And we meet tomorrow. Will you stay on as minister?")
    assert headline_like("Sen. Roe and Gen. Doe Visit Kelvo")  # abbreviations, one sentence
    page = (
        "URL: https://water.kelvo.example/minister/transcript/doorstop-tashkent-0\n"
        "Doorstop, Tashkent\n"
        "Journalist: Thank you for joining us. How did the talks on the quotas go?\n"
        "Minister Roe: Well, the ministers of five states agreed on river water quotas.\n"
        "Journalist: And the ministers meet again in the autumn. Will the quotas change?\n"
        f"\n{BODY}"
    )
    assert source_from_text(page).title == "Doorstop, Tashkent"


def test_a_date_in_brackets_ending_the_headline_is_the_published_date():
    headline = "Kelvo – relief for the river basin after the floods (March 23, 2031)"
    source = source_from_text(f"{headline}\n\n{BODY}")
    assert source.title == headline  # the page writes it so: it stays
    assert source.published == "2031-03-23"
    # A year alone in brackets names no day.
    assert source_from_text(f"Resolution 2231 (2031) on the quotas\n\n{BODY}").published == ""


def test_a_feed_readers_channel_label_is_not_the_title_and_a_kind_inside_a_word_stays():
    page = (
        "Channel: Recent Updates for the Water Ministers Newsroom\n\n"
        f"UPDATE: MULTIMEDIA RELEASE: Ministers agree on river water quotas\n\n{BODY}"
    )
    title = source_from_text(page).title
    assert title == "UPDATE: MULTIMEDIA RELEASE: Ministers agree on river water quotas"


def test_a_headline_wrapped_over_two_lines_is_joined():
    page = f"Water Quotas Key to\n\nKelvo's Future, Basin Leader Stresses\n\n{BODY}"
    source = source_from_text(page)
    assert source.title == "Water Quotas Key to Kelvo's Future, Basin Leader Stresses"
    assert source.author == ""  # "Kelvo's Future, Basin Leader ...": not a name and an office


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe | UNKO Kelvo Office", "Jane Roe"),  # a name, a bar, a body
        ("Jane Roe | Kelvo Water Ministry", "Jane Roe"),
        ("Author: UNKO", "UNKO"),  # a labelled field naming a body by its acronym
        ("World News | Asia", ""),  # a section trail, no name
    ],
)
def test_a_name_and_a_body_or_a_labelled_acronym_give_the_author(line, author):
    page = f"Ministers agree on river water quotas\n\nMay 25, 2031\n{line}\n\n{BODY}"
    assert source_from_text(page).author == author


def test_the_label_heading_a_listing_page_is_its_title():
    items = "\n\n".join(
        f"Ministers agree on river quota number {n}\n\nKelvo City, {n} March 2031 - The "
        f"ministers of five states agreed on river water quota {n} on Monday, officials said."
        for n in (3, 10, 17)
    )
    page = f"Ministry of Water Resources\n\nPress Releases\n\n{items}"
    assert source_from_text(page).title == "Press Releases"


def test_a_section_label_over_one_story_stays_a_label():
    page = (
        "News\n\nMinisters agree on river water quotas\n\nMonday, 3 March 2031\n\n"
        f"{BODY}\n\nThey last met on 3 February 2031 and on 3 January 2031."
    )
    assert source_from_text(page).title == "Ministers agree on river water quotas"


def test_a_headline_ending_with_an_adverb_is_not_joined_to_the_standfirst():
    page = (
        "Floods in Kelvo: one week on\n\nFast-tracked funding released for charities on the "
        f"ground in Kelvo\n\n{BODY}"
    )
    assert source_from_text(page).title == "Floods in Kelvo: one week on"

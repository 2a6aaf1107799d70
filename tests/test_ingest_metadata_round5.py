"""Source metadata from the page itself (issue 8 §3), fifth round: listing pages whose label
reads as a kind of page, bodies under a shared host, an issuer named with its acronym, dates
in the shapes pages print them and by-lines in bulleted header lists.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

from story import story

from briefing_app.ingest import source_from_bytes, source_from_text
from briefing_app.ingest.outlet import acronym_and_name, subdomain_body

BODY = (
    "The ministers of five Central Asian states agreed on river water quotas in Tashkent on "
    "Monday, officials said.\n\nThey will meet again in the autumn to review the quotas."
)


# --- Listing pages -------------------------------------------------------------------------


def _listing(label: str) -> str:
    items = "\n\n".join(
        f"• {n:02d} Mar 2031 -\n\nThe KFOR commander met the mayors of {n} towns on Monday to "
        "discuss the river water quotas, the mission said."
        for n in (3, 10, 17)
    )
    return f"URL: https://kfor.missions.example/all-press-releases?page=4\n{label}\n\n{items}"


def test_a_kind_of_page_label_over_dated_bullets_is_a_listings_title():
    # "Press releases" alone reads as a document-kind label, and no item below is headline-like:
    # the label still names the page.
    # Read as a saved file is (no pasted-text fallback to the first line).
    source = source_from_bytes(_listing("Press releases").encode(), "listing.txt")
    assert source.title == "Press releases"
    # The first item's date is that item's, not the listing's.
    assert source.published == ""


def test_a_press_release_label_over_one_story_is_not_a_listing():
    page = (
        f"Press releases\n\nMinisters agree on river water quotas\n\nMonday, 3 March 2031\n\n{BODY}"
    )
    assert source_from_text(page).title == "Ministers agree on river water quotas"


# --- A shared host's subdomain names the body ------------------------------------------------


def test_a_shared_hosts_subdomain_named_as_an_acronym_in_the_text_is_the_outlet():
    assert source_from_text(_listing("Press releases")).outlet == "kfor.missions.example"
    text = "KFOR said so. The KFOR commander agreed."
    assert (
        subdomain_body("https://kfor.missions.example/a", "missions.example", text)
        == "kfor.missions.example"
    )


def test_a_subdomain_that_is_a_word_of_the_text_or_unnamed_is_not_a_body():
    url = "https://news.ledger.example/world/quotas"
    # "news" is written as a word: a section of the site, not a body.
    assert subdomain_body(url, "ledger.example", "NEWS | The news of the day. NEWS") == ""
    # The text never names the label: nothing says which body it is.
    assert subdomain_body("https://kfor.missions.example/a", "missions.example", BODY) == ""
    # Named only once: too weak.
    assert subdomain_body("https://kfor.missions.example/a", "missions.example", "KFOR.") == ""
    # An outlet the page named itself stays.
    assert subdomain_body("https://kfor.missions.example/a", "Kelvo Ledger", "KFOR KFOR") == ""


# --- An issuer named with its acronym heads a distributor's copy ---------------------------


def test_an_issuers_name_with_its_acronym_above_a_dated_header_is_the_outlet():
    page = (
        "KWB - Kelvo Water Board\n\n03/07/2031 | Press release | Distributed by Wire on "
        f"03/08/2031 05:09\n\n{BODY}"
    )
    source = source_from_text(page)
    assert source.outlet == "Kelvo Water Board"
    assert source.title != "KWB - Kelvo Water Board"
    assert acronym_and_name("Kelvo Water Board (KWB)") == "Kelvo Water Board"
    assert acronym_and_name("U.S. Kelvo Survey - USKS") == "U.S. Kelvo Survey"


def test_a_line_whose_acronym_is_not_its_initials_names_no_issuer():
    assert acronym_and_name("KWB - Ministers agree on quotas") == ""
    assert acronym_and_name("Water Board (WHO)") == ""
    assert acronym_and_name("Ministers agree - Kelvo Ledger") == ""


# --- Dates in the shapes pages print them --------------------------------------------------


def _dated(header: str, url: str = "") -> str:
    top = f"URL: {url}\n" if url else ""
    page = f"{top}Ministers agree on river water quotas\n\n{header}\n\n{BODY}"
    return source_from_bytes(page.encode(), "page.txt").published


def test_a_numeric_date_follows_the_order_the_page_shows():
    # The page's own dates say day first: "18/09/2029" cannot be month first.
    header = "Period of service: 18/09/2029 - 15/09/2033\nRelease Date:\n04/06/2031"
    assert _dated(header) == "2031-06-04"
    # No evidence in the page: the address's country writes the day first.
    assert _dated("Release Date:\n04/06/2031", "https://pm.kelvo.gov.au/release/1") == "2031-06-04"


def test_a_us_ordered_page_keeps_month_first():
    # Near miss: a date that can only be month first ("09/18/2029") says so.
    header = "Period of service: 09/18/2029 - 09/15/2033\nRelease Date:\n04/06/2031"
    assert _dated(header, "https://pm.kelvo.gov.au/release/1") == "2031-04-06"
    # A US government address and no evidence: month first, as before.
    assert _dated("Release Date:\n04/06/2031", "https://www.kelvo.gov/release/1") == "2031-04-06"
    # A country code sold as a generic name says nothing about the order.
    assert _dated("Release Date:\n04/06/2031", "https://kelvo.io/release/1") == "2031-04-06"


def test_a_label_then_a_dashed_date_is_the_pages_date():
    url = "https://www.kelvo.europa.eu/document/1"
    assert _dated("At a Glance 08-12-2031", url) == "2031-12-08"


def test_a_headline_opening_with_a_date_is_not_a_type_line():
    page = f"27 April 2031 Floods Remembered Across Kelvo\n\n{BODY}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.title == "27 April 2031 Floods Remembered Across Kelvo"


def test_a_dateline_of_a_date_alone_gives_the_published_date():
    page = (
        "Ministers agree on river water quotas\n\nNews and Press Release\n\nOriginally "
        "published\n\n25 April 2031 – The ministers of five Central Asian states agreed on "
        "river water quotas in Tashkent, officials said.\n\nThey will meet again."
    )
    assert source_from_bytes(page.encode(), "page.txt").published == "2031-04-25"


def test_a_span_of_two_dates_opening_a_paragraph_is_no_dateline():
    page = (
        "Water week in Kelvo\n\n25 April 2031 – 3 May 2031: the ministers of five Central "
        "Asian states meet on river water quotas in Tashkent, officials said.\n\nThey agree."
    )
    assert source_from_bytes(page.encode(), "page.txt").published == ""


def test_a_date_split_over_two_lines_and_the_department_above_it():
    header = "Department for Water Resources\n\nJuly 24\n12:57 2031"
    body = f"{BODY}\n\nThe Department for Water Resources will publish the quotas."
    page = f"Kelvo Wire\n\nMinisters agree on river water quotas\n\n{header}\n\n{body}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.published == "2031-07-24"
    # The body names the department again: a body's name, not a headline, over the date.
    assert source.outlet == "Department for Water Resources"
    assert not source.text.startswith("Department for Water Resources")
    assert "12:57" not in source.text


def test_a_headline_naming_a_ministry_over_its_date_stays_the_headline():
    body = f"{BODY}\n\nThe Ministry of Water will publish the quotas."
    page = f"Ministry of Water Announces Quotas\n\nJuly 24, 2031\n\n{body}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.title == "Ministry of Water Announces Quotas"
    assert source.outlet == ""
    # A number and a year on two lines that are no date: the text keeps them.
    page = f"Ministers agree on river water quotas\n\nChapter 24\n2031\n\n{BODY}"
    assert source_from_bytes(page.encode(), "page.txt").published == ""


# --- By-lines in a bulleted header, and the speaker a remarks headline names ---------------


def _header(items: str) -> str:
    page = f"Airlift crews fly relief to Kelvo\n\n{items}\n\n{BODY}"
    return page


def test_a_rank_byline_in_a_bulleted_header_gives_the_author_and_drops_the_unit():
    page = _header("• Published\n• By Staff Sgt. Jane Roe\n• 12th Airlift Wing Public Affairs")
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.author == "Jane Roe"
    assert "Public Affairs" not in source.text and "Published" not in source.text


def test_an_office_alone_in_a_bulleted_header_is_the_author():
    page = _header("• Published\n• Kelvo Mobility Command Public Affairs")
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.author == "Kelvo Mobility Command Public Affairs"


def test_bulleted_points_that_are_no_office_stay_text():
    # Near misses: a person with a rank is no office; an office that goes on into a clause,
    # a point of the story, stays text.
    page = _header("• Public Affairs Office opens a relief desk in Kelvo\n• Flights resume")
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.author == ""
    assert "Public Affairs Office opens a relief desk in Kelvo" in source.text


def test_a_remarks_headline_names_its_speaker_before_during():
    page = (
        "Remarks by Ambassador Jane Roe During a Briefing Before a Security Council Meeting "
        f"on Kelvo\n\n{BODY}"
    )
    assert source_from_bytes(page.encode(), "page.txt").author == "Jane Roe"
    # A body, not a person, before "During": no author.
    page = f"Remarks by the Water Ministry During the Kelvo Summit\n\n{BODY}"
    assert source_from_bytes(page.encode(), "page.txt").author == ""


# --- Headlines the headline-like test turns down --------------------------------------------

LONG = (
    "Transcript of remarks to the press by Jane Roe, Director of the Coordination Division, "
    "Kelvo Water Office: Joint launch of the Revised River Response Plan 2031 and the Regional "
    "Water Quota Plan for the Five States of the Kelvo Basin"
)


def test_a_long_headline_the_address_spells_is_the_title():
    slug = "-".join(w.strip(",:").lower() for w in LONG.split())
    page = f"URL: https://kelvo.example/report/{slug}\n{LONG}\n\nAttachments\n\n{BODY}"
    assert source_from_bytes(page.encode(), "page.txt").title == LONG


def test_a_long_line_the_address_does_not_spell_is_no_title():
    page = f"URL: https://kelvo.example/report/ministers-meet\n{LONG}\n\nAttachments\n\n{BODY}"
    assert source_from_bytes(page.encode(), "page.txt").title != LONG


SENTENCE = "Water talks show the strength of the partnership between Kelvo and Ostra."
STORY = (
    "The water talks between Kelvo and Ostra ended on Monday with a new partnership on river "
    "quotas, the ministers said.\n\nThe partnership between the two states is two hundred years "
    "old, and the talks marked it."
)


def test_a_one_sentence_headline_over_the_pages_date_is_the_title():
    page = f"KelvoWire\n\n{SENTENCE}\n\nJuly 24, 2031\n\n{STORY}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.title == SENTENCE
    assert source.published == "2031-07-24"


def test_a_short_lead_sentence_with_no_date_under_it_stays_text():
    # Near miss: the same sentence opening the text, no date or by-line under it, is the lead.
    page = f"KelvoWire\n\n{SENTENCE}\n\n{STORY}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.title != SENTENCE
    assert SENTENCE in source.text


MENU = "\n".join(f"• {w}" for w in ("Home", "World", "Opinion", "Gallery", "Shop")) + "\n"
HEADLINE = "Kelvo and Ostra sign a river water partnership in Tashkent"


def test_a_headline_the_page_prints_three_times_past_its_menus_is_the_title():
    page = (
        f"{MENU * 6}Kelvo Ledger\n\n{HEADLINE}\n\nASIA\n\nJanuary 22, 2031\n\nReading Time: 5 "
        f"mins\n\n{HEADLINE}\n\n{HEADLINE}\n\n{STORY}"
    )
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.title == HEADLINE
    # The date under it, past the section's label, is the article's.
    assert source.published == "2031-01-22"


def test_lines_repeated_that_are_no_headline_are_not_the_title():
    # Near misses: a newsletter prompt printed three times whose words the text never uses,
    # and a short menu label printed three times.
    prompt = "Subscribe to our weekly newsletter today"
    page = f"{MENU * 6}{prompt}\n\n{prompt}\n\nLatest stories here\n\n{prompt}\n\n{STORY}"
    assert source_from_bytes(page.encode(), "page.txt").title != prompt
    page = f"{MENU * 6}View All Results\n\nView All Results\n\nView All Results\n\n{STORY}"
    assert source_from_bytes(page.encode(), "page.txt").title != "View All Results"


def test_a_tag_label_heading_a_listing_of_dated_items_is_its_title():
    items = "\n\n".join(
        f"Kelvo Guard trains with Ostra partners {n}\n\nMarch {n}, 2031\n\nSoldiers of the Kelvo "
        f"Guard trained with their Ostra partners for {n} days on river rescue, officials said."
        for n in (3, 10, 17, 24, 28)  # a listing's page holds many items
    )
    page = (
        f"URL: https://guard.example/News/Tag/4798/\nHome : News\nTag: State Partnership\n\n{items}"
    )
    assert source_from_bytes(page.encode(), "page.txt").title == "Tag: State Partnership"


def test_a_tag_line_on_a_storys_page_stays_furniture():
    page = f"Ministers agree on river water quotas\n\nTag: Water\n\nMarch 3, 2031\n\n{BODY}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.title == "Ministers agree on river water quotas"
    assert "Tag: Water" not in source.text


# --- Outlets and dates a page prints as labelled fields, copyright lines and headlines ---


def test_a_label_alone_over_its_value_is_one_field():
    page = (
        "Ministers agree on river water quotas\n\nNews and Press Release\n\nSource\n\nKelvo "
        f"Water Board\n\nPosted\n\n25 Apr 2031\n\n{BODY}"
    )
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.outlet == "Kelvo Water Board"
    assert source.published == "2031-04-25"
    assert "Source" not in source.text.split()


def test_a_word_like_a_label_over_a_sentence_is_text():
    # Near miss: "Source" ending a line of text, and a heading "Date" over a paragraph.
    page = f"Ministers agree on river water quotas\n\nDate\n\n{BODY}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.published == "" and "ministers of five Central Asian states" in source.text


def test_a_copyright_line_names_the_outlet_when_nothing_else_does():
    for foot, outlet in [
        ("© 2031 Kelvo Ledger. All rights reserved.", "Kelvo Ledger"),
        ("Copyright © 2029-2031 Kelvo Ledger", "Kelvo Ledger"),
    ]:
        page = f"Ministers agree on river water quotas\n\n{BODY}\n\n{foot}"
        source = source_from_bytes(page.encode(), "page.txt")
        assert source.outlet == outlet
        assert foot not in source.text


def test_a_photo_credit_or_an_address_outlet_is_not_overridden_by_a_copyright_line():
    page = f"Ministers agree on river water quotas\n\n{BODY}\n\n© Jane Roe"
    assert source_from_bytes(page.encode(), "page.txt").outlet == ""
    page = (
        "URL: https://www.kelvoledger.example/news/quotas\nMinisters agree on river water "
        f"quotas\n\n{BODY}\n\n© 2031 Kelvo Media Group. All rights reserved."
    )
    assert source_from_bytes(page.encode(), "page.txt").outlet == "kelvoledger.example"


def test_a_dated_documents_headline_gives_its_day():
    page = f"Kelvo bi-weekly press briefing: 19 November 2031\n\n{BODY}"
    assert source_from_bytes(page.encode(), "page.txt").published == "2031-11-19"


def test_a_headline_about_a_past_date_gives_no_day():
    page = f"Report on the 7 October 2029 floods in Kelvo\n\n{BODY}"
    assert source_from_bytes(page.encode(), "page.txt").published == ""


# --- A report's cover: its addressee wrapped over lines, its date and series label ----------


def test_a_report_covers_addressee_and_series_label_are_not_its_title():
    headline = "Water Board Should Take Steps to Improve Timeliness of Quota Reporting"
    page = (
        "Kelvo Accountability Office\n\nReport to the Chairman, Subcommittee\n\non Water, "
        "Rivers, and\n\nRelated Programs, Committee on\n\nAppropriations, Kelvo Senate\n\n"
        f"September 2031 WATER QUOTAS\n\n{headline}\n\nKAO-31-600\n\nThe Water Board has "
        "reported its quota allocations late, the office found, and should take steps to "
        "improve the timeliness of its reporting to the Senate."
    )
    assert source_from_bytes(page.encode(), "page.txt").title == headline


def test_a_headline_opening_with_a_brand_in_lower_case_is_still_a_headline():
    page = f"iPhone sales soar in Kelvo after water deal\n\n{BODY}"
    assert source_from_bytes(page.encode(), "page.txt").title.startswith("iPhone sales soar")


def test_a_headline_over_a_lower_case_label_is_still_the_headline():
    # Near miss: the line under the headline opens in lower case but is a label of its own.
    page = f"Kelvo soldiers train for flood relief\n\nusa image\n\n{BODY}"
    source = source_from_bytes(page.encode(), "page.txt")
    assert source.title == "Kelvo soldiers train for flood relief"
    assert not story(source).startswith("Kelvo soldiers train")

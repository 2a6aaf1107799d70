"""Source fields, tenth round: a compact day in the address, a speaker named under the title,
a banner's heading or a line of bracketed navigation above the headline, a document's date
in its headline ("... on 4 October 2031", "... [2031] KVSC 4 (14 February 2031)").

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.urls import date_in_url


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_BODY = (
    "The Ministry of Water thanked the many governments that sent pumps, tents and engineers "
    "after the floods in the north of Kelvo last week.\n\n"
    "Minister Jane Roe said the help had saved lives in four river towns."
)

# --- A compact day in the address ------------------------------------------------------------


def test_an_eight_digit_day_glued_to_a_name_in_the_address_is_the_pages_day():
    assert date_in_url("https://kelvo.gov/Pages/Roe20311118.aspx") == "2031-11-18"
    assert date_in_url("https://kelvo.gov/eng/202311/t20231107_4411.htm") == "2023-11-07"


def test_the_addresss_compact_day_outranks_an_event_date_in_the_headline():
    page = (
        "URL: https://kelvo.gov/Activities/Pages/Roe20311118.aspx\n"
        "Remarks on the Investigation into the Collapse of the Kelvo Bridge, March 26, 2030\n\n"
        f"{_BODY}"
    )
    assert _read(page).published == "2031-11-18"


def test_near_miss_an_id_of_many_digits_or_an_impossible_day_is_no_date():
    assert date_in_url("https://kelvo.gov/news/1202311071") == ""  # part of a longer number
    assert date_in_url("https://kelvo.gov/item/20231399") == ""  # no 13th month
    assert date_in_url("https://kelvo.gov/page?id=20231107") == ""  # a query, not the path
    assert date_in_url("https://kelvo.gov/doc/31201107") == ""  # no plausible year


# --- The speaker named on a line of the header -----------------------------------------------


def test_a_speech_by_line_under_the_headline_names_the_author():
    page = (
        "Kelvo and its rivers in a new decade\n\n"
        "Speech by Jane Roe, Minister of Water, at the Kelvo River Forum, 16 January 2031\n\n"
        f"{_BODY}"
    )
    assert _read(page).author == "Jane Roe"


def test_a_keynote_speech_line_with_an_honorific_names_the_author():
    page = (
        "Jane Roe: Commitment and patience on the rivers of Kelvo\n\n"
        "Keynote speech by Ms Jane Roe, Governor of the Bank of Kelvo, at the 3rd Kelvo "
        "Water Congress, Port Kelvo, 19 November 2031.\n\n"
        f"{_BODY}"
    )
    assert _read(page).author == "Jane Roe"


def test_opening_remarks_or_delivered_by_alone_on_a_line_name_the_author():
    remarks = (
        "Kelvo Press Conference\nPort Kelvo, Kelvo  07 March 2031\n\n"
        f"Opening remarks by Jane Roe-Doe\nMinister of Water of Kelvo\n\n{_BODY}"
    )
    assert _read(remarks).author == "Jane Roe-Doe"
    delivered = f"Delivered by Jane Amara Roe\n\n15 December 2031\n\n{_BODY}"
    assert _read(delivered).author == "Jane Amara Roe"


def test_near_miss_an_office_then_a_date_after_the_comma_is_no_speaker():
    page = f"Address by An Uachtarán, Tuesday 14 May 2031\n\n{_BODY}"
    assert _read(page).author == ""


def test_near_miss_a_body_or_a_role_is_no_author():
    body = f"Floods in the north\n\nStatement by the Ministry of Water on the floods\n\n{_BODY}"
    assert _read(body).author == ""
    role = f"Weekly briefing\n\nRemarks by the Spokesperson, at the weekly briefing\n\n{_BODY}"
    assert _read(role).author == ""
    for body in ("Kelvo Water Board", "European Commission", "UN Women"):
        page = f"Floods in the north\n\nStatement by {body} on the floods\n\n{_BODY}"
        assert _read(page).author == "", body


def test_near_miss_a_speech_line_inside_the_text_is_not_read():
    page = (
        "Floods in the north\n\n"
        "The Ministry of Water thanked the many governments that sent pumps and tents to the "
        "north of Kelvo last week.\n\n"
        "Speech by Jane Roe, Minister of Water, at the donors' dinner\n\n"
        "Minister Jane Roe said the help had saved lives in four river towns."
    )
    assert _read(page).author == ""


# --- The house a copy's dateline names in brackets ------------------------------------------

_RELEASE = (
    "the Kelvo Water Board approved new loans for thirty-one river projects across the "
    "country.\n\nThe board also approved lending for small farms in the north of Kelvo."
)


def test_the_name_in_a_datelines_brackets_is_the_outlet_of_a_copy_that_names_none():
    page = f"Board approves river loans\n\nKELVO CITY, 13th April, 2031 (KNA) – The {_RELEASE}"
    assert _read(page).outlet == "KNA"
    glued = f"Board approves river loans\n\nPort Kelvo, 26 February 2031 (KWB)--The {_RELEASE}"
    assert _read(glued).outlet == "KWB"


def test_a_staff_credit_of_the_datelines_house_is_no_author_and_the_house_is_the_outlet():
    page = (
        "Board approves river loans\n\nMarch 31, 2031\n\nBy Kelvo Digest News Staff\n\n"
        f"Kelvo City, KV – (Kelvo Digest) – Within hours of the request, the {_RELEASE}"
    )
    source = _read(page)
    assert source.outlet == "Kelvo Digest"
    assert source.author == ""


def test_near_miss_a_group_credit_without_such_a_dateline_stays_the_author():
    page = f"Board approves river loans\n\nKelvo Forum Staff\n\nThe {_RELEASE}"
    assert _read(page).author == "Kelvo Forum Staff"


def test_near_miss_a_name_and_its_acronym_opening_a_sentence_is_no_dateline():
    page = f"Board approves river loans\n\nKelvo Water Board (KWB) - the {_RELEASE}"
    assert _read(page).outlet != "KWB"


# --- The headline a breadcrumb trail ends on ---------------------------------------------------

_JUDGMENT = (
    "1. This appeal concerns the licence conditions the Kelvo Water Board imposed on river "
    "fishing in the north of Kelvo.\n\n"
    "2. The respondent, Mr Roe, holds a lease of a fishery at Port Kelvo on the north bank."
)


def test_a_trails_last_crumb_outranks_a_banner_and_a_navigation_line_above_it():
    page = (
        "Kelvo Law is celebrating 12 years of free access to the law! Would you consider "
        "making a contribution?\n\n"
        "KELVOLII [Home] [Databases] [Search] [Help] [Feedback]\n\n"
        "High Court of Kelvo Decisions\n\n"
        "You are here: KELVOLII >> Databases >> High Court of Kelvo Decisions >> Roe v Kelvo "
        "Water Board [2031] KVHC 4 (09 May 2031)\n\n"
        f"{_JUDGMENT}"
    )
    source = _read(page)
    assert source.title == "Roe v Kelvo Water Board [2031] KVHC 4 (09 May 2031)"
    assert source.published == "2031-05-09"  # the day in the headline's closing brackets


def test_near_miss_a_headline_under_the_trail_stays_the_title():
    page = (
        "Home > News > Rivers > Board fines river fishery\n\n"
        "Board fines river fishery over its licence\n\n"
        f"{_JUDGMENT}"
    )
    assert _read(page).title == "Board fines river fishery over its licence"


def test_near_miss_a_trail_ending_on_a_section_names_no_headline():
    page = (
        "Kelvo Water Board\n\nHome > News > Press releases\n\n"
        "Board fines river fishery over its licence\n\n"
        f"{_JUDGMENT}"
    )
    assert _read(page).title == "Board fines river fishery over its licence"


# --- The day closing a dated record's headline ------------------------------------------------


def test_a_briefings_day_after_on_closing_the_headline_is_the_pages_date():
    page = f"Ministry of Water Weekly Media Briefing on 04 October 2031\n\n{_BODY}"
    assert _read(page).published == "2031-10-04"
    press = f"Spokesperson Jane Roe's Regular Press Conference on September 7, 2031\n\n{_BODY}"
    assert _read(press).published == "2031-09-07"


def test_near_miss_a_day_inside_the_headline_is_what_it_is_about():
    page = f"Remarks on September 11, 2001 anniversary at the Kelvo memorial\n\n{_BODY}"
    assert _read(page).published == ""


# --- The headline right above the speaker's line -----------------------------------------------


def test_the_line_over_a_speakers_line_is_the_headline_not_the_slogan_or_the_speaker():
    page = (
        "Connecting every river town\n\nKelvo Water Union\n\n↩ Back to all speeches\n\n"
        "Kelvo Press Conference\n\nOpening remarks by Jane Roe\n\n"
        f"{_BODY}"
    )
    source = _read(page)
    assert source.title == "Kelvo Press Conference"
    assert source.author == "Jane Roe"
    speech = (
        "Search options\n\nHome Media Research Statistics Careers\n\n"
        "Kelvo and its rivers in a new decade\n\n"
        "Speech by Jane Roe, Minister of Water, at the Kelvo River Forum, 16 January 2031\n\n"
        f"{_BODY}"
    )
    assert _read(speech).title == "Kelvo and its rivers in a new decade"


def test_near_miss_a_listing_label_over_the_speakers_line_is_no_headline():
    page = (
        "Latest speeches\n\n"
        "Speech by Jane Roe, Minister of Water, at the Kelvo River Forum, 16 January 2031\n\n"
        f"{_BODY}"
    )
    assert _read(page).title != "Latest speeches"
    dated = (
        "Thursday, 16 January 2031\n\n"
        "Speech by Jane Roe, Minister of Water, at the Kelvo River Forum\n\n"
        f"{_BODY}"
    )
    assert _read(dated).title != "Thursday, 16 January 2031"


# --- A menu of bracketed links ------------------------------------------------------------------


def test_a_line_of_bracketed_link_labels_is_furniture_not_text_or_title():
    page = (
        "KELVOLII [Home] [Databases] [World Law] [Search] [Help] [Feedback]\n\n"
        "Roe v Kelvo Water Board [2031] KVHC 4\n\n"
        "[New search] [Context] [Printable PDF version] [Buy report: [2031] 1 KLR 22] [Help]\n\n"
        f"{_JUDGMENT}"
    )
    source = _read(page)
    assert source.title == "Roe v Kelvo Water Board [2031] KVHC 4"
    assert "[Home]" not in source.text and "[Printable PDF version]" not in source.text


def test_near_miss_a_line_of_law_report_citations_stays_text():
    cited = "Cite as: [2031] KVHC 4, [2031] 1 KLR 22, [2031] Env LR 20"
    page = f"Roe v Kelvo Water Board [2031] KVHC 4\n\n{cited}\n\n{_JUDGMENT}"
    assert cited in _read(page).text


def test_near_miss_a_headline_over_its_trail_with_the_crumb_shortening_it_stays():
    page = (
        "Board fines river fishery over its licence, citing the floods\n\n"
        "Home > News > Rivers > Board fines river fishery over its licence\n\n"
        f"{_JUDGMENT}"
    )
    assert _read(page).title == "Board fines river fishery over its licence, citing the floods"


def test_near_miss_a_headline_right_over_its_deck_and_the_speakers_line_stays():
    page = (
        "Kelvo and its rivers in a new decade\n\n"
        "A city of twelve rivers looks to the next century\n\n"
        "Speech by Jane Roe, Minister of Water, at the Kelvo River Forum, 16 January 2031\n\n"
        f"{_BODY}"
    )
    assert _read(page).title == "Kelvo and its rivers in a new decade"

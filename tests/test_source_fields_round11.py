"""Source fields, eleventh round: a by-line whose unit after a comma holds service words, a
mission's host on the UN's shared domain, a logo's text naming the publisher, a distributor's
"on behalf of" sign-off, a database record's bracketed fields and header, a wire dateline's
house after square brackets or a colon, a section's plural name over its one item, a headline's
date line with its time and host, and a host label two names spell.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_BODY = (
    "The Ministry of Water thanked the many governments that sent pumps, tents and engineers "
    "after the floods in the north of Kelvo last week.\n\n"
    "Minister Jane Roe said the help had saved lives in four river towns."
)

# --- A rank before the writer's name, a unit after a comma ------------------------------------

_RANKED = "Airmen Deliver Pumps to Kelvo River Towns\n\nBy {byline}\n\n" + _BODY


def test_a_rank_before_and_a_unit_with_service_words_after_a_comma_leave_the_name():
    source = _read(_RANKED.format(byline="Tech. Sgt. Lena Marsh, Joint Task Force Kelvo"))
    assert source.author == "Lena Marsh"


def test_a_units_air_force_after_the_comma_is_no_rank():
    source = _read(_RANKED.format(byline="Staff Sgt. Lena Marsh, 12th Air Force"))
    assert source.author == "Lena Marsh"


def test_near_miss_a_plain_byline_with_its_paper_after_a_comma_keeps_the_name():
    # No rank: the name is the writer's and the paper after the comma is not cut into a rank.
    source = _read(_RANKED.format(byline="Lena Marsh, Kelvo Air Force Times"))
    assert source.author == "Lena Marsh"


# --- A peace operation's host on the UN's shared domain ------------------------------------


def test_a_mission_host_on_the_shared_un_domain_is_the_publisher_not_the_shared_domain():
    page = (
        "URL: https://unkm.unmissions.org/all-press-releases\n"
        "Press statements\n\n"
        "12 May 2031 - Port Kelvo – The Special Representative paid tribute to the towns that "
        "sheltered families after the floods.\n\n"
        "10 May 2031 - Port Kelvo – The partners welcomed the agreement on the river quotas."
    )
    assert _read(page).outlet == "unkm.unmissions.org"


def test_a_mission_the_text_names_by_its_initials_is_named_in_full():
    page = (
        "URL: https://unkm.unmissions.org/mission-welcomes-quotas\n"
        "Mission welcomes the river quotas\n\n"
        "The United Nations Kelvo Mission (UNKM) welcomed the new river quotas today and said "
        "the towns had shown great patience through the floods.\n\n"
        "UNKM will help the towns report their use of water every month."
    )
    assert _read(page).outlet == "United Nations Kelvo Mission"


def test_near_miss_a_newspapers_subdomain_stays_the_papers_domain():
    page = "URL: https://news.kelvoherald.org/river-quotas\nRiver Quotas Set\n\n" + _BODY
    assert _read(page).outlet == "kelvoherald.org"


# --- A logo's text names the publisher -----------------------------------------------------


def test_a_logo_line_in_a_copy_names_its_outlet_and_leaves_the_text():
    page = "Water Quotas Cut for Four Provinces\n\nLogo Kelvo Herald\n\n" + _BODY
    source = _read(page)
    assert source.outlet == "Kelvo Herald"
    assert source.title == "Water Quotas Cut for Four Provinces"
    assert "Logo" not in source.text


def test_a_logo_line_over_a_capitals_headline_is_no_title_and_names_the_body():
    page = (
        "URL: https://archive.kelvoassembly.example.org/press/2031/quotas.htm\n"
        "Kelvo Assembly Crest Logo\nPRESS RELEASE\n11 September 2031\n"
        "  ‘INQUIRY ON THE RIVER QUOTAS’\n\n"
        "The river committee of the Kelvo Assembly met today to examine the written "
        "submissions it had received over the summer.\n\n"
        "The committee will take oral evidence from the towns in October."
    )
    source = _read(page)
    assert "INQUIRY ON THE RIVER QUOTAS" in source.title
    assert source.outlet == "Kelvo Assembly"


def test_near_miss_a_headline_about_a_new_logo_stays_the_headline():
    page = "Kelvo Water Board Unveils New Logo\n\n" + _BODY
    source = _read(page)
    assert source.title == "Kelvo Water Board Unveils New Logo"
    assert source.outlet != "Kelvo Water Board Unveils New"


def test_near_miss_a_caption_about_a_logo_stays_text_and_names_no_outlet():
    page = "Water Quotas Cut for Four Provinces\n\nKWB logo at the Kelvo office\n\n" + _BODY
    source = _read(page)
    assert "KWB logo at the Kelvo office" in source.text
    assert source.outlet == ""


def test_near_miss_a_generic_logo_line_names_no_outlet():
    page = "Water Quotas Cut for Four Provinces\n\nSite Logo\n\n" + _BODY
    assert _read(page).outlet == ""


# --- A distributor's sign-off names the body it sends the release for ----------------------

_SIGNED = "Water Quotas Cut for Four Provinces\n\n" + _BODY + "\n\n{sign_off}\nSource: Kelvo Wire"


def test_a_distributors_sign_off_names_the_issuer_over_the_distributors_source_line():
    page = _SIGNED.format(
        sign_off="Distributed by Kelvo Wire Group on behalf of Ministry of Water of Kelvo."
    )
    source = _read(page)
    assert source.outlet == "Ministry of Water of Kelvo"
    assert "Distributed by" not in source.text


def test_the_issuers_bracketed_acronym_is_left_out():
    page = _SIGNED.format(
        sign_off="Distributed by Kelvo Wire (Kelvo Press Agency) on behalf of Kelvo Water "
        "Board (KWB)."
    )
    assert _read(page).outlet == "Kelvo Water Board"


def test_near_miss_a_sentence_spoken_on_behalf_of_a_people_names_no_issuer():
    page = (
        "Water Quotas Cut for Four Provinces\n\n" + _BODY + "\n\n"
        "On behalf of the people of Kelvo, I thank the towns for their patience."
    )
    source = _read(page)
    assert source.outlet == ""
    assert "On behalf of the people of Kelvo" in source.text


# --- A database record's bracketed field names ---------------------------------------------

_RECORD = (
    '"Kelvo Papers" Database (Project Leader: ROE Jane)\n'
    "Database of Kelvo Politics\n\n"
    "[Title] Press Conference by the Minister of Water on the River Quotas\n\n"
    "[Date] April 15, 2031\n"
    "[Source] Ministry of Water of Kelvo\n"
    "{notes}\n"
    "[Full text]\n\n"
    "(On the river quotas)\n\n"
    "We have just held a meeting with the governors of the four provinces and agreed on the "
    "new quotas for the towns along the river.\n\n"
    "The towns will report their use of water every month."
)


def test_bracketed_field_names_give_the_records_title_date_and_issuer():
    source = _read(_RECORD.format(notes="[Notes] Provisional Translation"))
    assert source.title == "Press Conference by the Minister of Water on the River Quotas"
    assert source.published == "2031-04-15"
    assert source.outlet == "Ministry of Water of Kelvo"


def test_near_miss_a_transcripts_bracketed_stage_note_stays_text():
    page = _RECORD.format(notes="").replace(
        "(On the river quotas)", "[Translation] The minister opened the meeting at noon."
    )
    source = _read(page)
    assert "[Translation] The minister opened the meeting at noon." in source.text
    assert source.outlet == "Ministry of Water of Kelvo"


def test_near_miss_a_bracketed_date_field_with_no_date_gives_none():
    page = _RECORD.format(notes="").replace("[Date] April 15, 2031", "[Date] to be confirmed")
    assert _read(page).published == ""


# --- A wire dateline's house after a bracketed region, a colon or no mark --------------------


def test_a_wire_dateline_with_its_region_in_square_brackets_and_a_colon_names_the_house():
    page = (
        "River Quotas Set for Four Towns\n\n"
        "Port Kelvo [Kelvo], October 14 (KNA): The river council set new quotas for four "
        "towns on Tuesday after the floods.\n\n"
        "The towns will report their use of water every month."
    )
    assert _read(page).outlet == "KNA"


def test_a_wire_dateline_run_into_its_first_word_names_the_house():
    page = (
        "River Quotas Set for Four Towns\n\n"
        "Port Kelvo, Nov 26 (KNA) On the anniversary of the floods the river council set new "
        "quotas for four towns.\n\n"
        "The towns will report their use of water every month."
    )
    assert _read(page).outlet == "KNA"


@pytest.mark.parametrize("bracket", ["(Monday)", "(Thursday) –", "(November)"])
def test_near_miss_a_day_in_brackets_after_a_datelines_date_names_no_house(bracket):
    # review: the dateline's weekday or month in brackets is no wire house
    page = (
        "River Quotas Set for Four Towns\n\n"
        f"Port Kelvo, Nov 26 {bracket} Officials of the river council set new quotas for four "
        "towns.\n\n"
        "The towns will report their use of water every month."
    )
    assert _read(page).outlet == ""


def test_near_miss_a_speaker_and_party_before_a_colon_name_no_house():
    page = (
        "Debate on the River Quotas\n\n"
        "Jane Roe (Kelvo Party): We will vote for the quotas because the towns need water.\n\n"
        "Lena Marsh (River Alliance): We will not, because the farms need it more."
    )
    assert _read(page).outlet == ""


def test_the_databases_header_over_the_records_fields_is_not_the_records_text():
    source = _read(_RECORD.format(notes=""))
    assert "ROE Jane" not in source.text
    assert "Database of Kelvo Politics" not in source.text
    assert "governors of the four provinces" in source.text


def test_near_miss_a_sentence_over_the_fields_keeps_the_lines_above():
    page = _RECORD.format(notes="").replace(
        "Database of Kelvo Politics\n", "The ministry released this record on the same day.\n"
    )
    assert "The ministry released this record on the same day." in _read(page).text


# --- A section's plural name over its one item; a headline's date with time and host --------

_TRANSCRIPT = (
    "URL: https://water.kelvo.example.gov/press/conference/c355.html\n"  # no date in it
    "{label}\n\n"
    "Press Conference by Deputy Press Secretary ROE Jane\n\n"
    "{dated}\n\n"
    "This is a provisional translation for reference purposes only.\n\n"
    "Opening remarks\n\n"
    "Deputy Press Secretary Roe: The minister will receive the governors of the four river "
    "provinces tomorrow to agree on the new water quotas.\n\n"
    "The towns will report their use of water every month."
)


def test_a_sections_plural_name_over_its_item_is_no_title():
    page = _TRANSCRIPT.format(label="Press Conferences", dated="")
    assert _read(page).title == "Press Conference by Deputy Press Secretary ROE Jane"


def test_a_date_line_with_its_time_and_host_under_the_headline_is_the_pages_date():
    # a host of four words: an older rule reads a date line with three words after it
    dated = "Wednesday, March 22, 2031, 4:37 p.m. Ministry of Water Affairs"
    source = _read(_TRANSCRIPT.format(label="Press Conferences", dated=dated))
    assert source.published == "2031-03-22"


def test_near_miss_a_section_label_of_another_kind_stays_apart_from_the_rule():
    # "Speeches" over a press conference: no singular of the label opens the line under it.
    from briefing_app.ingest.title_section import section_over_item

    assert not section_over_item("Speeches", "Press Conference by Deputy Press Secretary")
    assert section_over_item("Speeches", "Speech by the Minister of Water at the Summit")
    assert not section_over_item("Press Conferences Resume", "Press Conference by the Minister")


def test_near_miss_a_sentence_opening_with_a_date_gives_no_date():
    from briefing_app.ingest.date_heading import dated_heading

    assert dated_heading("March 22, 2031 was the day the river rose over the banks") == ""
    assert dated_heading("March 7, 2031 at 9:14 am Marta says:") == ""


# --- Two names spelled by a host's initials: neither is sure ------------------------------

_GUARD = (
    "URL: https://www.kng.example.mil/News/Article/2031/guard-deploys/\n"
    "Kelvo National Guard Airmen Deploy for Flood Relief\n\n"
    "Fifteen airmen of the Kelvo National Guard deployed to the river towns on Monday to "
    "help with the flood relief.\n\n"
    "{second}"
)


def test_a_host_label_two_names_spell_leaves_the_host_as_the_outlet():
    page = _GUARD.format(
        second="They flew on an aircraft of the Kelvo Naval Garrison from the coast."
    )
    assert _read(page).outlet == "kng.example.mil"


def test_near_miss_one_name_written_twice_with_a_possessive_is_the_body():
    page = _GUARD.format(second="The Kelvo National Guard’s engineers will rebuild the roads.")
    assert _read(page).outlet == "Kelvo National Guard"

"""Source fields, thirteenth round: datelines closed by a stop, a colon after the house's name in
brackets or a dash typed with no space, the date alone closed by a stop, a dateline in
Markdown's emphasis.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.wire_dateline import wire_dateline


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_REST = (
    "\n\nThe board will pay the farmers of the four southern provinces for the crops they lose "
    "this spring.\n\n"
    "Its chair, Jane Roe, will meet the provincial governors again next month."
)

# --- Datelines the earlier forms did not read -------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "iso"),
    [
        # a place in any case, its date and a full stop (a European institute's opening)
        ("Kelvo, 3 March 2031. The water board cut the quotas of four provinces", "2031-03-03"),
        # the house's name in brackets after the date, then a colon (a news site's own line)
        ("Port Avel, 9 April 2030 (KNA): The water board cut the quotas of four", "2030-04-09"),
        # a dash typed with no space after it
        ("PORT AVEL, November 4, 2030—The water board cut the quotas of four", "2030-11-04"),
        # the date alone, a comma before its year, and a full stop
        ("14 June, 2029. The chair of the water board wrote to the governors", "2029-06-14"),
        # Markdown's emphasis around a dash-closed dateline
        ("**PORT AVEL, May 2, 2030 — **The water board cut the quotas of four", "2030-05-02"),
    ],
)
def test_a_dateline_closed_by_a_stop_a_colon_or_a_glued_dash_dates_the_page(opening, iso):
    assert wire_dateline(opening) == iso
    page = "Water board cuts quotas for four provinces\n\n" + opening + " provinces." + _REST
    assert _read(page).published == iso


@pytest.mark.parametrize(
    "opening",
    [
        # near misses: a place and a date inside a sentence, a date the sentence looks back
        # to, a span, a number after the date
        "Kelvo, 3 March 2031 was the day the water board cut the quotas",
        "On 3 March 2031 the water board met in Kelvo and cut the quotas",
        "3 March 2031. That day the water board cut the quotas of four provinces",
        "Kelvo, 3 March 2031 – 9 March 2031: the board met daily",
        "Kelvo, 3 March 2031.5 per cent of the quota was cut",
        "**Kelvo** cut the quotas of four provinces on 3 March 2031.",
    ],
)
def test_a_place_and_a_date_inside_a_sentence_are_no_dateline(opening):
    assert wire_dateline(opening) == ""


def test_a_dated_sentence_further_down_does_not_date_the_page():
    page = (
        "Water board cuts quotas for four provinces\n\n"
        "The water board cut the quotas of four provinces after a dry winter, its chair said."
        "\n\nKelvo, 3 March 2031. The board met again to hear the farmers." + _REST
    )
    assert _read(page).published == ""


# --- A national ministry's generic name as the text writes it with its country ------------------

_MINISTRY = (
    "URL: https://www.{host}/en/news/118.html\n"
    "Statement on the floods in the river provinces\n\n"
    "{opening} expresses its deep sympathy to the families of the victims of the floods in the "
    "river provinces.\n\n"
    "The Ministry of Foreign Affairs stands ready to send help, the statement said."
)


@pytest.mark.parametrize(
    ("host", "opening", "outlet"),
    [
        (
            "mfa.gov.az",
            "The Ministry of Foreign Affairs of the Republic of Azerbaijan",
            "Ministry of Foreign Affairs of the Republic of Azerbaijan",
        ),
        (
            "mofa.go.jp",
            "The Ministry of Foreign Affairs of Japan",
            "Ministry of Foreign Affairs of Japan",
        ),
    ],
)
def test_a_national_ministrys_generic_name_takes_its_country_as_the_text_writes_it(
    host, opening, outlet
):
    page = _MINISTRY.format(host=host, opening=opening)
    assert _read(page).outlet == outlet


@pytest.mark.parametrize(
    ("host", "opening"),
    [
        # near misses: the text writes no country after the name (the host's code alone does
        # not name it); another country's ministry; a host under no country code
        ("mofa.go.jp", "The Ministry"),
        ("mfa.gov.az", "Talks with the Ministry of Foreign Affairs of Georgia ended; the Ministry"),
        ("mfa.org", "The Ministry of Foreign Affairs of Japan"),
    ],
)
def test_a_ministry_without_its_own_country_in_the_text_keeps_its_name(host, opening):
    page = _MINISTRY.format(host=host, opening=opening)
    assert _read(page).outlet == "Ministry of Foreign Affairs"


def test_a_body_named_with_its_country_or_no_ministry_is_left_alone():
    from briefing_app.ingest.national_body import with_country

    url = "https://www.mfa.gov.az/en/news/1"
    text = "the {} of the Republic of Azerbaijan"
    for name in ("Azerbaijan Ministry of Water", "Ministry of Kenya Affairs", "Water Agency"):
        assert with_country(name, url, text.format(name)) == name


# --- A document's number glued to its headline --------------------------------------------------


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a statement's number opening the headline line
        (
            "No:118/31, Statement of the Ministry of Water on the floods",
            "Statement of the Ministry of Water on the floods",
        ),
        ("118/31, Statement of the Ministry of Water on the floods", None),
        # a publication's DOI on the line under the headline, joined to it
        ("Water and Peace in the River Provinces\ndoi:10.55555/2031C07", None),
    ],
)
def test_a_documents_number_is_left_out_of_the_title(head, title):
    page = f"{head}\n\nThe Kelvo Water Board cut the quotas of four provinces today." + _REST
    expected = title or (
        "Water and Peace in the River Provinces"
        if "doi" in head
        else "Statement of the Ministry of Water on the floods"
    )
    assert _read(page).title == expected


@pytest.mark.parametrize(
    "head",
    [
        # near misses: a name with a digit, a year, a resolution's number closing the headline,
        # a version, a date opening it
        "COVID-19: Kelvo closes all schools in the river provinces",
        "G20: leaders meet in Kelvo to talk about water",
        "Council adopts resolution 2720/2031 on the river provinces",
        "Kelvo water accounts reach version 2.0",
        "No. 4: the shortest headline",
        # (review13) a number with a slash that is the headline's words, closed by a colon or
        # a dash: a day, a schedule, a share
        "9/11: Twenty years on, families remember the day",
        "24/7 – Inside the flood hotline of the Kelvo Red Cross",
        "50/50: Women hold half the seats in the new cabinet",
    ],
)
def test_a_headlines_own_numbers_stay(head):
    from briefing_app.ingest.title_ids import without_id

    assert without_id(head) == head


# --- A release's datelined opening names its issuer in the present -----------------------------

_RELEASE = (
    "Water service helps river towns after the floods\n\n"
    "{opening} pumps and tents to the four river towns hit by the floods last week.\n\n"
    "Crews of the Kelvo Water Service have cleared the main roads, and more will arrive "
    "tomorrow.\n\n"
    "Its director, Jane Roe, thanked the town councils for their help."
)


@pytest.mark.parametrize(
    "opening",
    [
        "PORT AVEL – The Kelvo Water Service is sending",
        "PORT AVEL, March 3, 2031—The Kelvo Water Service will be sending",
        "KELVO CITY -- The Kelvo Water Service is pleased to send",
    ],
)
def test_a_datelined_release_opening_names_its_issuer(opening):
    assert _read(_RELEASE.format(opening=opening)).outlet == "Kelvo Water Service"


@pytest.mark.parametrize(
    "opening",
    [
        # near misses: a wire's house in brackets (the house is the outlet), a report's past,
        # a person as the subject, no dateline, a place in mixed case
        "PORT AVEL (KNA) – The Kelvo Water Service is sending",
        "PORT AVEL – The Kelvo Water Service sent on Monday",
        "PORT AVEL – Jane Roe is sending",
        "The Kelvo Water Service is sending",
        "Port Avel – The Kelvo Water Service is sending",
    ],
)
def test_no_dateline_a_past_a_person_or_a_house_name_no_issuer(opening):
    assert _read(_RELEASE.format(opening=opening)).outlet != "Kelvo Water Service"


def test_a_body_the_opening_names_once_is_no_issuer():
    # (review13) a story about a body, naming it only in its datelined opening: the page is not
    # about its doings (with MIN_MENTIONS at 1 every test above passed)
    page = _RELEASE.format(opening="PORT AVEL – The Kelvo Water Service is sending").replace(
        "Crews of the Kelvo Water Service", "Crews"
    )
    assert _read(page).outlet != "Kelvo Water Service"


# --- A numeric date among a header's stamp fields ------------------------------------------------

_STAMPED = (
    "River towns get pumps after the floods\n\n{line}\n\n"
    + ("The Kelvo Water Service sent pumps and tents to the four river towns hit by the floods.")
    + _REST
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Kelvo Comment 2031/C 07, 30.04.2031, 8 Pages", "2031-04-30"),
        ("Source: Kelvo News| 2031-04-30 22:35:55|Editor: Jane Roe", "2031-04-30"),
        ("Kelvo Court, Kelvo City, KV1 2AB Date: 30/04/2031", "2031-04-30"),
        ("Date: 30/04/2031", "2031-04-30"),
    ],
)
def test_a_numeric_date_among_stamp_fields_is_the_published_date(line, iso):
    assert _read(_STAMPED.format(line=line)).published[:10] == iso


@pytest.mark.parametrize(
    "line",
    [
        # near misses: another day's label, a sentence, a date beside words only, a span
        "Kelvo Court, Kelvo City, KV1 2AB Hearing Date: 30/04/2031",
        "The hearing was held on 30.04.2031, in room 2, the court said.",
        "Kelvo Comment, Water and Peace, 2031",
        "Closing date: 30.04.2031, applications to room 2",
        "Sessions 30.04.2031, 02.05.2031, room 2",
        # (review13) an event's fields in a notice's header: a meeting's day, not the page's
        "Session 4, 12/05/2031, Room 2B",
        "Meeting 3 | 2031-05-02 | Room 4",
        "Registration deadline, 30.04.2031, 200 seats",
    ],
)
def test_a_date_of_another_kind_is_no_stamp(line):
    from briefing_app.ingest.draft import BODY, Block, Draft
    from briefing_app.ingest.field_stamps import fields_date

    assert fields_date(Draft(blocks=[Block([line], BODY)])) == ""

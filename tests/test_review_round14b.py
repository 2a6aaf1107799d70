"""Review of round 14's rules (second half): near misses the rules' authors did not write down.

Every page and sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from test_byline_round14 import STORY
from test_claims_round14 import _one_blow, _pair
from test_dates_round14 import FILED, _dates
from test_outlet_round14 import _STORY

from briefing_app.analysis.facts import same_fact
from briefing_app.ingest import source_from_bytes

# --- dates14: a dateline's day is the undated page's today ------------------------------------


def test_a_chronologys_weekday_line_is_no_dateline():
    text = (
        "Harbour dispute: a timeline\n\n"
        "Monday, Mar 4: The councils met for the first time.\n\n"
        "The talks are due to resume today, the chairman said.\n"
    )
    assert "today" not in _dates(text, FILED)


def test_a_dateline_after_the_storys_first_sentence_is_a_quotations():
    text = (
        "Harbour talks\n\n"
        "The chairman of the Drevny council recalled the night of the storm.\n\n"
        "Lakeport, Mar 4 - a date the town will never forget, he said today.\n"
    )
    assert "today" not in _dates(text, FILED)


def test_a_dateline_months_from_the_pages_filed_month_dates_no_today():
    text = "Harbour talks resume\n\nLakeport, Oct 6: The councils met again today.\n"
    assert "today" not in _dates(text, FILED)  # filed under 2019/03
    assert _dates(text, "https://news.example.org/2019/10/talks").get("today") == "2019-10-06"


# --- outlet14: a headline naming the paper's kind and its sender ------------------------------


@pytest.mark.parametrize(
    "head",
    [
        # a news story judging a body's paper: the press's words, not the body's headline
        "Mixed message from Kelvo Central Bank on rates\n\n",
        "Stern statement from Kelvo Foreign Ministry\n\n",
        "Clear message from the Kelvo Water Board for farmers\n\n",
    ],
)
def test_a_headline_judging_a_bodys_paper_names_no_outlet(head):
    assert source_from_bytes((head + _STORY).encode(), "page.txt").outlet == ""


def test_a_bodys_own_update_headline_still_names_it():
    head = "Flood update from the Kelvo Water Board on the lower valley\n\n"
    assert source_from_bytes((head + _STORY).encode(), "page.txt").outlet == "Kelvo Water Board"


# --- claims14: one day written two ways is one fact in picking --------------------------------


def test_a_toll_told_as_it_rose_stays_two_facts():
    """Two leads of one blow on one day in two forms, each with its own death toll: the toll
    rose between them, and the later count must not leave the key points."""
    a, b = _pair(
        "A strong earthquake struck Veloria late Sunday, killing at least 800 people.",
        "A powerful earthquake hit Veloria on 1 March, leaving at least 250 people dead.",
    )
    assert not same_fact(a, b, synonyms=False)
    a, b = _pair(
        "A strong earthquake struck Veloria late Sunday, killing at least 250 people.",
        "A powerful earthquake hit Veloria on 1 March, leaving at least 250 people dead.",
    )
    assert same_fact(a, b, synonyms=False)


def test_a_lead_with_a_risen_toll_is_not_the_points_one_blow():
    lead, other = _pair(
        "A strong earthquake struck Veloria, leaving at least 250 people dead.",
        "The earthquake destroyed hundreds of homes across Veloria, killing at least 800 people.",
    )
    assert not _one_blow(other, lead)


# --- byline14: a bare name line under the date line is the writer ------------------------------


@pytest.mark.parametrize("line", ["Avel Harbour Board", "Rimsk Province"])
def test_a_body_or_a_place_under_the_date_line_is_no_writer(line):
    text = "Kelvo water quotas cut for four provinces\n\nApril 29, 2031\n\n" + line + "\n\n"
    assert source_from_bytes((text + STORY).encode(), "page.txt").author == ""


def test_a_persons_name_under_the_date_line_is_still_the_writer():
    text = "Kelvo water quotas cut for four provinces\n\nApril 29, 2031\n\nJane Roe\n\n"
    assert source_from_bytes((text + STORY).encode(), "page.txt").author == "Jane Roe"


@pytest.mark.parametrize(
    "line",
    [
        # a person writing in, not a site's line of origin
        "From Jane Roe, the editor of our weekly news magazine",
        "From Jane Roe, a news website editor",
        # a place and a phrase about it
        "From Rimsk, the heart of the news",
    ],
)
def test_a_from_line_naming_a_person_or_a_place_is_no_site(line):
    text = "River still high in the lower valley\n\n" + line + "\n\n" + _STORY
    assert source_from_bytes(text.encode(), "page.txt").outlet == ""


def test_a_sites_line_of_origin_still_names_it():
    text = "River still high\n\nFrom Kelvo Times, the daily newspaper of record\n\n" + _STORY
    assert source_from_bytes(text.encode(), "page.txt").outlet == "Kelvo Times"


# --- cutdates14: a dated line among the furniture a page ends with ---------------------------


def test_a_readers_comment_stamp_stays_cut_when_cleaning_dropped_the_thread_mark():
    """A thread's "2 comments" goes while cleaning, before the tail is trimmed: the thread is
    still a thread, and its reader's day no date of the page."""
    page = (
        "Water prices to rise\n\n"
        "The Ardia water board said on Monday that household water prices will rise by a tenth "
        "next year to pay for the repair of the main dam and two pumping stations.\n\n"
        "2 comments\n\nMarta (July 7, 2031)\n\nToo much\n"
    )
    assert "July 7, 2031" not in source_from_bytes(page.encode(), "page.txt").text

"""Review of the fifteenth round's outlet, merging and by-line rules: ordinary pages and lines
their authors did not write for must not change (issue 8).

Named ``..._round15b`` (the brief's ``..._round15a`` is the other reviewer's file). Every page,
line and name here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest
from test_byline_round15 import OFFICE_PAGE, _source
from test_outlet_round15 import _STORY, _read

from briefing_app.ingest.byline import without_unit
from briefing_app.ingest.date_bar_byline import date_bar_byline

# --- A court's caption: only on a judgment's page ------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        # a news site's section line naming a court, over a story about its ruling
        "Courts\n\nSupreme Court of Kelvo\n\nTop court upholds ban on river fishing\n\n",
        "Law\n\nKelvo Court of Appeals, Northern Circuit\n\nJudges clear the water board\n\n",
        # an opinion column's headline
        "Opinion\n\nThe Court of Public Opinion\n\nWhy the valley has lost patience\n\n",
    ],
)
def test_a_court_named_over_a_story_is_no_caption(head):
    assert _read(f"{head}{_STORY}").outlet == ""


def test_a_caption_under_a_case_s_name_still_names_the_court():
    page = (
        "Roe v. Rimsk Water Board ( 2031 )\n\nKelvo Court of Appeals\n\n"
        "FOR THE DISTRICT OF NORTH KELVO CIRCUIT\n\n" + _STORY
    )
    # the district's "of" inside the circuit's name is the caption's too
    assert _read(page).outlet == "Kelvo Court of Appeals for the District of North Kelvo Circuit"


# --- A body that "wishes to" tell the public ------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        # a body's wish reported in a story: no telling verb, the reporter's attribution
        "The Kelvo Central Bank wishes to lower inflation before the elections, analysts say.",
        "The Rimsk Board of Governors wishes to keep rates unchanged, according to two officials.",
    ],
)
def test_a_body_s_wish_reported_in_a_story_names_no_issuer(paragraph):
    page = f"River still high in the lower valley\n\n{_STORY}\n{paragraph}\n\nMore rain is due."
    assert _read(page).outlet == ""


# --- A release's label: a headline after it -------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        # a headline's verb before a body named at its end is still a headline
        "Press Release: Governor Signs Bill Creating Rimsk Water Board",
        "Press release: Premier Visits Kelvo Water Board",
    ],
)
def test_a_label_over_a_headline_ending_in_a_body_names_no_issuer(label):
    page = f"River still high in the lower valley\n\n{label}\n\n{_STORY}"
    assert _read(page).outlet == ""


@pytest.mark.parametrize("body", ["Kelvo Customs Service", "Rimsk Nations Water Office"])
def test_a_plural_among_the_two_words_before_the_head_noun_is_the_name_s(body):
    page = f"River still high in the lower valley\n\nPress Release: {body}\n\n{_STORY}"
    assert _read(page).outlet == body


# --- A date, a bar and a name: only a military rank marks a writer --------------------------


@pytest.mark.parametrize(
    "line",
    [
        # a dated list of speeches or photographs names whom each is of
        "12 May 2031 | Minister Jane Roe",
        "March 3, 2031 | President Jane Roe",
        "3 May 2031 | Ambassador Jane Roe",
        "3 May 2031 | Dr. Jane Roe",
    ],
)
def test_an_office_holder_after_a_date_and_a_bar_is_no_writer(line):
    assert date_bar_byline(line) == line


def test_a_rank_after_a_date_and_a_bar_still_names_the_writer():
    assert date_bar_byline("15 Mar 2031 | Lance Cpl. Jane Roe 12th Marine Regiment") == (
        "By Jane Roe | 15 Mar 2031"
    )


# --- A double surname before a unit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        # a hyphened word opening the unit, no unit opening right after it: the unit's word
        ("Sgt. Jane Roe Marine-Air Ground Task Force", "Sgt. Jane Roe"),
        ("Jane Roe Marine-Air Ground Task Force", "Jane Roe"),
        # the double surname itself, a unit opening right after it (as the round's rule)
        ("Cpl. Juan A. Roe-Smith 26th Marine Expeditionary Unit", "Cpl. Juan A. Roe-Smith"),
        ("Jane Mary Roe-Smith 12th Wing Public Affairs", "Jane Mary Roe-Smith"),
    ],
)
def test_a_hyphened_unit_word_is_no_double_surname(byline, name):
    assert without_unit(byline) == name


# --- "• By <name> <office>" in a bulleted header: a person keeps the name -----------------


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # a person's name run into the unit, no rank: the person, as without "By"
        ("By Jane Roe 12th Wing Public Affairs", "Jane Roe"),
        ("By Mari Lee Public Affairs", "Mari Lee"),
        # an office still gives the office (the round's rule)
        ("By Kelvo Command Public Affairs", "Kelvo Command Public Affairs"),
        ("By Kelvo Air Forces Public Affairs", "Kelvo Air Forces Public Affairs"),
    ],
)
def test_a_bulleted_by_line_of_a_person_and_a_unit_keeps_the_person(byline, author):
    assert _source(OFFICE_PAGE.format(byline=byline)).author == author

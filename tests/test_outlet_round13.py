"""Outlets of republished copies, thirteenth round: the office a copied release signs off with.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_RELEASE = (
    "Avel Archive\n\n"
    "Government clarifies remarks on the water quotas\n\n"
    "The remarks attributed to the deputy minister were taken out of context at the meeting.\n\n"
    "The government thanks the farmers' unions and the river boards for their patience.\n"
)

# --- A release's sign-off -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        # an office over the place it issues from, another post of the blog after it
        (
            "Office of the Prime Minister\nPort Avel, Kelvo\n\nNext post\n\n"
            "Kelvo Ledger reports that the quotas were cut again in the north.",
            "Office of the Prime Minister",
        ),
        # a press office's name, a second copy of the text's quotes after it
        (
            "Avel Media Unit\n\n"
            "The government thanks the farmers' unions and the river boards for their patience.",
            "Avel Media Unit",
        ),
        # after an end mark
        ("ENDS\n\nKelvo Water Board Press Office", "Kelvo Water Board Press Office"),
        # a public body's name as the page's last line
        ("Ministry of Water Resources", "Ministry of Water Resources"),
    ],
)
def test_a_copied_release_signed_off_by_its_office_names_the_outlet(tail, outlet):
    assert _read(_RELEASE + "\n" + tail).outlet == outlet


@pytest.mark.parametrize(
    "tail",
    [
        # near misses: a body's name heading more prose (a subheading)
        "Ministry of Water Resources\n\nThe ministry said the quotas would be reviewed in May.",
        # a by-line, a photo credit
        "By Jane Roe, Avel Public Affairs",
        "Photo: Kelvo Press Office",
        # a paper's name ("Press" with no office's kind after it)
        "Kelvo Press\nPort Avel, Kelvo",
        # a place over a date: a dateline, not a sign-off
        "Port Avel, Kelvo\n3 March 2031",
    ],
)
def test_other_lines_after_a_release_name_no_outlet(tail):
    assert _read(_RELEASE + "\n" + tail).outlet == ""


def test_a_body_named_under_a_heading_is_no_sign_off():
    page = (
        "Avel Archive\n\nWho pays for the river works\n\nPartners\n\n"
        "Ministry of Water Resources\nPort Avel, Kelvo\n\n"
        "The ministry pays for the dredging of the four southern river channels this year."
    )
    assert _read(page).outlet == ""


# --- A copied statement opening on its own doings, in its own voice ---------------------------

_STATEMENT = (
    "Remarks by the spokesperson\n\n"
    "{opening}\n\n"
    "{middle}\n\n"
    "The quotas of the four southern provinces will be reviewed before the spring sowing.\n"
)


def test_a_body_opening_in_a_release_present_and_speaking_as_we_is_the_outlet():
    page = _STATEMENT.format(
        opening="The Ministry of Water of Kelvo is following the floods in Avel with concern.",
        middle="We are deeply saddened by the loss of life. We urge all parties to open the "
        "river roads to our relief convoys.",
    )
    assert _read(page).outlet == "Ministry of Water of Kelvo"


@pytest.mark.parametrize(
    ("opening", "middle"),
    [
        # near misses: the "we" only inside quotations (a news story quoting the body)
        (
            "The Ministry of Water of Kelvo is following the floods in Avel with concern.",
            "“We are deeply saddened by the loss of life,” the spokesperson said. “We urge all "
            "parties to open the river roads to our relief convoys.”",
        ),
        # a quotation running over two paragraphs
        (
            "The Ministry of Water of Kelvo is following the floods in Avel with concern.",
            "“We are deeply saddened by the loss of life.\n\n“We urge all parties to open the "
            "river roads to our relief convoys,” the spokesperson said.",
        ),
        # a report's past, not a release's present
        (
            "The Ministry of Water of Kelvo followed the floods in Avel with concern on Monday.",
            "We are deeply saddened by the loss of life. We urge all parties to open the river "
            "roads to our relief convoys.",
        ),
        # the subject is a person, not a body
        (
            "Minister Jane Roe is following the floods in Avel with concern from the capital.",
            "We are deeply saddened by the loss of life. We urge all parties to open the river "
            "roads to our relief convoys.",
        ),
    ],
)
def test_a_body_in_a_story_that_does_not_speak_as_we_is_no_outlet(opening, middle):
    assert _read(_STATEMENT.format(opening=opening, middle=middle)).outlet == ""


def test_a_by_lined_column_speaking_as_we_is_the_writers_not_the_bodys():
    page = _STATEMENT.format(
        opening="The Ministry of Water of Kelvo is failing the farmers of the south again.",
        middle="By Jane Roe\n\nWe have seen this before. Our provinces deserve better, and we "
        "should say so.",
    ).replace("Remarks by the spokesperson", "The quota trap\n\nBy Jane Roe")
    assert _read(page).outlet == ""


# --- A wire's dateline in the shapes the earlier rule missed ---------------------------------

_WIRE_REST = (
    "The Kelvo Water Board has cut the quotas of the four southern provinces for the spring.\n\n"
    "Its chair, Jane Roe, will meet the provincial governors again next month."
)


@pytest.mark.parametrize(
    ("dateline", "house"),
    [
        # the date alone, no place, the house after it (an unplaced wire story)
        ("Oct 3 (Kelvo News Agency) - ", "Kelvo News Agency"),
        # the same, set on a line of its own under the headline by the copy
        ("March 29 (KNA) –\n\n", "KNA"),
        # the place in capitals, its country in mixed case after a comma
        ("PORT AVEL, Kelvo (KNA) - ", "KNA"),
        # the house's own site name in the brackets
        ("PORT AVEL (kelvoledger.com) – ", "kelvoledger.com"),
    ],
)
def test_a_wire_dateline_names_its_house_as_the_outlet(dateline, house):
    page = "Water board cuts quotas in the south\n\n" + dateline + _WIRE_REST
    assert _read(page).outlet == house


@pytest.mark.parametrize(
    "dateline",
    [
        # near misses: a day's name in the brackets, a body and its acronym in mixed case,
        # a place and its country in mixed case with no date or dash
        "March 29 (Monday) - ",
        "Kelvo Water Board (KWB) - ",
        "Port Avel, Kelvo (KNA) - ",
        # a word in lower case in the brackets
        "PORT AVEL (unofficial) - ",
    ],
)
def test_other_brackets_at_the_opening_name_no_outlet(dateline):
    page = "Water board cuts quotas in the south\n\n" + dateline + _WIRE_REST
    assert _read(page).outlet == ""

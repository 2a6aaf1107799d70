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

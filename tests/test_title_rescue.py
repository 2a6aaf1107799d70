"""Long headlines and one-sentence headlines with their stop, found under a weaker line
(``ingest.title_rescue``): invented pages, and near-misses whose headline must stay."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes

STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the board had been warned about the drought for months.\n\n"
    "The board will meet the provincial governors again next month to review the quotas."
)
LONG = (
    "Water Board Cuts Quotas for Four Provinces by a Third, Orders Review of Irrigation "
    "Permits in Southern Kelvo, as Farmers Warn Spring Sowing Will Fail Without Emergency "
    "Relief From the Provincial Governors and the Ministry"
)
LONG_SENTENCE_CASE = (
    "Water board cuts the quotas of four provinces by a third and orders a review of the "
    "irrigation permits in the south, as farmers warn that the spring sowing will fail without "
    "relief from the provincial governors"
)


def _title(page: str) -> str:
    return source_from_bytes(page.encode("utf-8"), "page.txt").title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # meetings coverage: a label, a document symbol, the date, then the long headline
        (
            f"Meetings Coverage and Press Releases\n\nSC/99999\n\n3 March 2031\n\n{LONG}\n\n"
            + STORY,
            LONG,
        ),
        (f"{LONG}\n\n3 March 2031\n\n{STORY}", LONG),  # over its date line
        (f"{LONG_SENTENCE_CASE}\n\nMarch 3, 2031\n\n{STORY}", LONG_SENTENCE_CASE),
        # a one-sentence headline with its stop under a masthead, over the date
        (
            "The Kelvo Basin Water Ledger\n\nBoard cuts water quotas for four provinces.\n\n"
            f"March 3, 2031\n\n{STORY}",
            "Board cuts water quotas for four provinces.",
        ),
        (
            "KELVO WATER BOARD\n\nBOARD CUTS WATER QUOTAS FOR FOUR PROVINCES.\n\n"
            f"3 MARCH 2031\n\n{STORY}",
            "BOARD CUTS WATER QUOTAS FOR FOUR PROVINCES.",
        ),
    ],
)
def test_the_headline_under_a_weaker_line_is_the_title(page, title):
    assert _title(page) == title


def test_near_miss_a_lead_left_without_its_stop_under_a_title_case_headline():
    lead = (
        "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
        "third since the winter, and that the quotas of four provinces would be cut from April, "
        "after farmers in the south had warned about the drought for months"
    )
    page = f"Board Cuts Water Quotas\n\nMarch 3, 2031\n\n{lead}\n\n{STORY}"
    assert _title(page) == "Board Cuts Water Quotas"


def test_near_miss_a_sentence_under_a_name_with_no_date_is_the_lead():
    page = "Kelvo Water Board\n\nBoard cuts water quotas for four provinces.\n\n" + STORY
    assert _title(page) != "Board cuts water quotas for four provinces."


def test_near_miss_a_long_deck_under_the_date_of_a_short_headline():
    deck = (
        "The water board cut the quotas of four provinces by a third on Tuesday, and farmers in "
        "the south say the cuts came too late for the spring sowing after months of warnings "
        "about the drought in the basin"
    )
    page = f"Dry Spell\n\nMarch 3, 2031\n\n{deck}\n\n{STORY}"
    assert _title(page) != deck

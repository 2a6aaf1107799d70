"""The issuer a republished release's opening names: a body "pleased to" act under a place
and state dateline, a body acting through its board under a whole day's dateline. Every
page here is invented for the test.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_text

STORY = (
    "Since March, river levels across the Kelvo basin have fallen by a third, and the water "
    "board has cut the quotas of four provinces.\n\n"
    "Farmers in the south say the cuts came too late for the spring sowing."
)

# --- the issuer a release's opening names ---------------------------------------------------


def test_a_body_pleased_to_announce_under_a_place_and_state_dateline_is_the_issuer():
    text = (
        "Rimsk, K.C. - The Kelvo Water Board (KWB) is pleased to announce new quotas for the "
        "four southern provinces after a dry spring. The KWB will publish them in May.\n\n"
        "Farmers in the south say the cuts came too late for the spring sowing."
    )
    assert source_from_text(text).outlet == "Kelvo Water Board"


def test_a_body_acting_through_its_board_under_a_whole_day_dateline_is_the_issuer():
    text = (
        "RIMSK, May 3, 2031 — The Kelvo Development Bank’s Board of Directors approved a loan "
        "of $40 million to help the southern provinces store water.\n\n"
        "Farmers in the south say the loan comes too late for the spring sowing."
    )
    assert source_from_text(text).outlet == "Kelvo Development Bank"


def test_a_report_of_a_past_decision_without_the_whole_day_names_no_issuer():
    # near-miss: a news story says the bank approved on a weekday; no release's dateline
    text = (
        "The Kelvo Development Bank on Tuesday approved a loan of $40 million to help the "
        "southern provinces store water, the bank said.\n\n"
        "Farmers in the south say the loan comes too late for the spring sowing."
    )
    assert source_from_text(text).outlet == ""
    text = (
        "The Kelvo Development Bank approved a loan of $40 million to help the southern "
        "provinces store water, a spokesman said.\n\n"
        "Farmers in the south say the loan comes too late for the spring sowing."
    )
    assert source_from_text(text).outlet == ""

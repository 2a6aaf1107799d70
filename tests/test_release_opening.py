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


# --- a story retelling a body's act is no release of it (review) ---------------------------


def test_a_story_under_a_whole_day_dateline_reporting_a_body_s_act_names_no_issuer():
    # near-miss: a dated dateline over a reporter's sentence ("officials said", "according
    # to"): the body is the story's subject, not its issuer
    for opening in (
        "The Kelvo Reserve Board approved a rule on bank capital, officials said.",
        "The Kelvo Reserve Board approved a rule on bank capital, according to two people "
        "familiar with the decision.",
        "The Kelvo Health Agency commended the vaccine drive, a spokeswoman told reporters.",
    ):
        text = (
            f"RIMSK, May 3, 2031 — {opening}\n\n"
            "The move follows weeks of talks over the provinces' budgets.\n\n"
            "Lawmakers in both parties questioned the cost."
        )
        assert source_from_text(text).outlet == "", opening


def test_a_body_pleased_to_act_quoted_by_a_reporter_names_no_issuer():
    text = (
        "The Kelvo Water Board is pleased to announce that the new dam is open, a spokesman "
        "told reporters, reading from a statement.\n\n"
        "Farmers near the river said they had waited ten years for the dam.\n\n"
        "The Kelvo Water Board did not say what the dam cost."
    )
    assert source_from_text(text).outlet == ""


def test_a_paper_s_story_of_a_board_s_decision_keeps_the_paper_as_outlet():
    # the page shows its own name over the headline: a body acting through its board under a
    # dated dateline is the story's subject
    text = (
        "The Rimsk Herald\n\n"
        "Kelvo Steel shareholders back job cuts\n\n"
        "RIMSK, May 3, 2031 — Kelvo Steel Corp's Board approved a plan to cut 2,000 jobs, sending "
        "the shares up 4%.\n\n"
        "The cuts will fall mostly on its mills in the south.\n\n"
        "Kelvo Steel Corp did not reply to a request for comment."
    )
    assert source_from_text(text).outlet == "The Rimsk Herald"


def test_a_body_reaffirming_as_its_ministers_said_names_no_issuer():
    text = (
        "The Kelvo Union reaffirms its support for the southern provinces, the union's "
        "ministers said after meeting in Rimsk.\n\n"
        "The ministers also discussed the water quotas.\n\n"
        "The Kelvo Union will meet again in June."
    )
    assert source_from_text(text).outlet == ""

"""A republisher's line of issue ("The press release issued by the Kelvo Water Board on 3 March
2031."): the body gives the outlet when no line above named one, and the line stays in the text
(the analysis meets the issuer as an actor). Invented pages; near misses are a story's
sentences about another paper, a writer's name and a body named in lower case."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.issuer_about import issue_line_body
from briefing_app.ingest.outlet import head_words

HEAD = (
    "Tag: Water\n\n"
    "PRESS RELEASE : Board cuts water quotas for four provinces [March 2031]\n\n"
    "PRESS RELEASE : Board cuts water quotas for four provinces [March 2031]\n\n"
)
STORY = (
    "River levels in the Kelvo basin have fallen by a third since the winter, and four "
    "provinces will see their quotas cut from next month.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the warnings about the drought had been ignored for months.\n\n"
    "The quotas will be reviewed with the provincial governors in the summer."
)


def _source(page: str):
    return source_from_bytes(page.encode("utf-8"), "release.txt")


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("The press release issued by the Kelvo Water Board on 3 March 2031.", "Kelvo Water Board"),
        ("The press release issued by the Ministry of Water on March 3, 2031", "Ministry of Water"),
        ("This statement was released by the Kelvo Government.", "Kelvo Government"),
        ("The news release issued by the Rimsk Rivers Agency on 2031-03-03.", "Rivers Agency"),
    ],
)
def test_issue_line_names_its_body(line: str, body: str) -> None:
    assert body in issue_line_body(line, head_words())


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence about another paper the body issued
        "The report issued by the ministry last year found that rivers rose.",
        "The statement issued by the Kelvo Water Board on 3 March 2031 said rivers rose.",
        "A report issued by the Kelvo Water Board last September confirmed the drought.",
        # a writer, not a body; a body in lower case
        "This statement was published by Jane Roe on 3 March 2031.",
        "The press release issued by the government on 3 May 2031.",
    ],
)
def test_no_issue_line(line: str) -> None:
    assert issue_line_body(line, head_words()) == ""


def test_issue_line_gives_outlet_date_and_stays_in_text() -> None:
    line = "The press release issued by the Kelvo Water Board on 3 March 2031."
    source = _source(f"{HEAD}    {line}\n\n{STORY}")
    assert source.outlet == "Kelvo Water Board"
    assert source.published == "2031-03-03"
    assert line in source.text


def test_government_issuer() -> None:
    line = "The press release issued by the Rimsk Government on 17 January 2031."
    source = _source(f"{HEAD}{line}\n\n{STORY}")
    assert source.outlet == "Rimsk Government"
    assert line in source.text


def test_story_sentence_sets_no_outlet() -> None:
    sentence = (
        "The report issued by the Ministry of Water last year found that the basin's "
        "reservoirs were half empty."
    )
    source = _source(f"{HEAD}{STORY}\n\n{sentence}")
    assert "Ministry of Water" not in source.outlet
    assert sentence in source.text


def test_source_line_above_wins() -> None:
    line = "The press release issued by the Kelvo Water Board on 3 March 2031."
    source = _source(f"Source: Rimsk Rivers Agency\n\n{HEAD}{line}\n\n{STORY}")
    assert source.outlet == "Rimsk Rivers Agency"


def test_undated_issue_line_at_the_top() -> None:
    line = "This press release was issued by the Kelvo Water Board."
    source = _source(f"Board cuts water quotas for four provinces\n\n{line}\n\n{STORY}")
    assert source.outlet == "Kelvo Water Board"
    assert line in source.text


def test_undated_story_sentence_at_the_top_sets_no_outlet() -> None:
    sentence = "The report issued by the Kelvo Water Board last year found that rivers rose."
    source = _source(f"Board cuts water quotas for four provinces\n\n{sentence}\n\n{STORY}")
    assert "Kelvo Water Board" not in source.outlet
    assert sentence in source.text

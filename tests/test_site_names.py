"""A site's masthead named by its tagline, and a public body's name over its paper's dated
heading (``masthead.tagline_masthead``, ``copy_issuer.body_over_its_paper``): invented pages
and near-misses."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.masthead import tagline_masthead

STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the board had been warned about the drought for months.\n\n"
    "The board will meet the provincial governors again next month to review the quotas."
)


def _source(page: str):
    return source_from_bytes(page.encode("utf-8"), "page.txt")


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("The River Desk\n\nA blog about water and farming in the Kelvo basin", "The River Desk"),
        (
            "Skip to content\n\nDelta Law Review\n\nAn independent journal of river law and policy",
            "Delta Law Review",
        ),
        ("Basin Weekly\n\nYour newsletter for the farms of the river provinces", "Basin Weekly"),
    ],
)
def test_a_sites_tagline_names_its_masthead(head, outlet):
    page = f"{head}\n\nWhy the quota cuts came too late\n\nPosted on March 5, 2031\n\n{STORY}"
    source = _source(page)
    assert source.outlet == outlet
    assert source.title == "Why the quota cuts came too late"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Water Policy", "A site visit shows the Kelvo dam is leaking"),  # a headline
        ("Kelvo Farmers", "A review of the quotas finds the cuts came too late"),
        ("The River Desk", "A blog post on the quotas, and why it matters."),  # a sentence
    ],
)
def test_near_miss_a_headline_opening_like_a_tagline_names_no_site(first, second):
    assert tagline_masthead([first, second, "March 5, 2031"]) == ""


@pytest.mark.parametrize(
    "body",
    ["Parliament of Kelvo", "Kelvo Water Commission", "Ministry of Water and Rivers"],
)
def test_a_bodys_name_over_its_papers_dated_heading_is_the_outlet(body):
    page = (
        f"{body}\n\nSitting of Tuesday, 11 March 2031\n\nWater quotas for four provinces\n\n"
        "The Speaker opened the sitting at ten o'clock and gave the floor to the member for the "
        "southern provinces, who asked about the quotas.\n\n" + STORY
    )
    assert _source(page).outlet == body


def test_near_miss_a_section_over_a_date_is_no_outlet():
    page = "Latest News\n\n11 March 2031\n\nWater quotas cut for four provinces\n\n" + STORY
    assert _source(page).outlet == ""

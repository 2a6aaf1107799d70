"""The issuer a release names in its closing boilerplate (``ingest.issuer_about``): invented
pages in several layouts, and near-misses that name no body."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes

HEAD = "Board cuts water quotas for four provinces\n\nMarch 3, 2031\n\n"
STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the board had been warned about the drought for months.\n\n"
    "The board will meet the provincial governors again next month to review the quotas."
)


def _outlet(page: str) -> str:
    return source_from_bytes(page.encode("utf-8"), "release.txt").outlet


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        (
            "About the Kelvo Water Board\n\nThe Kelvo Water Board manages the rivers of the "
            "Kelvo basin for the four provinces.",
            "Kelvo Water Board",
        ),
        (
            "About River Trust International: River Trust International works with farmers in "
            "forty countries to share water fairly.\n\nFor more information visit our site.",
            "River Trust International",
        ),
        ("This press release was issued by the Kelvo Water Board.", "Kelvo Water Board"),
        (
            "This statement has been released by the Office of the Governor.",
            "Office of the Governor",
        ),
    ],
)
def test_a_releases_boilerplate_names_its_issuer(tail, outlet):
    assert _outlet(f"{HEAD}{STORY}\n\n{tail}") == outlet


@pytest.mark.parametrize(
    "tail",
    [
        "About us\n\nWe are a group of farmers who write about the river.",
        "About the author\n\nJane Roe writes about water for the provinces.",
        "About This Site\n\nThe pages are kept by volunteers of the basin.",  # not repeated
        "This article was shared by many readers of the basin.",
    ],
)
def test_near_miss_closing_lines_that_name_no_issuer(tail):
    assert _outlet(f"{HEAD}{STORY}\n\n{tail}") == ""

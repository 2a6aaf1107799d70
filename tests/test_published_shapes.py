"""Published dates in header and footer shapes (``published_labels``, ``foot_date``): invented
pages, and near-misses that must give no date or the other one."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes

HEADLINE = "Board cuts water quotas for four provinces"
STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the board had been warned about the drought for months.\n\n"
    "The board will meet the provincial governors again next month to review the quotas."
)


def _published(page: str) -> str:
    return source_from_bytes(page.encode("utf-8"), "page.txt").published[:10]


@pytest.mark.parametrize(
    "stamps",
    [
        "Updated on 5 March 2031 | Published on 3 March 2031",
        "Last updated: 5 March 2031 · Published: 3 March 2031",
        "Published 3 March 2031 | Updated 5 March 2031 | 4 min read",
    ],
)
def test_published_wins_over_updated_on_one_line(stamps):
    assert _published(f"{HEADLINE}\n\n{stamps}\n\n{STORY}") == "2031-03-03"


@pytest.mark.parametrize(
    "sign_off",
    [
        "Issued by the Kelvo Water Board, 3 March 2031",
        "Released by the Press Office of the Ministry of Water on March 3, 2031.",
        "Published by Kelvo Ledger on 03 Mar 2031",
    ],
)
def test_a_releases_sign_off_dates_it(sign_off):
    assert _published(f"{HEADLINE}\n\n{STORY}\n\n{sign_off}") == "2031-03-03"


@pytest.mark.parametrize(
    "foot",
    [
        "Issued by the Kelvo Water Board",  # no date
        "Released by the board on 3 March 2029, the first report found the cuts too late.",
        "Distributed by the board on 3 March 2029 to farmers in four provinces",
    ],
)
def test_near_miss_a_foot_line_that_dates_no_page(foot):
    assert _published(f"{HEADLINE}\n\n{STORY}\n\n{foot}") == ""

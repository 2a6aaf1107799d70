"""A copy's credit glued to a headline ("– (via Kelvo Gov Website 19/03/31)") and a copying
site's joined-word brand after a dash ("- NewsHub") are not the headline (invented titles),
while a surname after a dash, a "via" telling how, and a short title stay whole (near-misses)."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.title_tidy import clean_title

STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers say the cuts came too late for the spring sowing."
)


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Plan for future of Kelvo dam – (via Kelvo Gov Website 19/03/31)",
            "Plan for future of Kelvo dam",
        ),
        ("Board cuts water quotas (via Kelvo Ledger)", "Board cuts water quotas"),
        (
            "The Board announces 400 million for dams - TopicsDaily",
            "The Board announces 400 million for dams",
        ),
        ("Board cuts water quotas | NewsHub", "Board cuts water quotas"),
    ],
)
def test_a_copys_credit_is_not_the_headline(title, headline):
    assert clean_title(title) == headline
    assert source_from_bytes(f"{title}\n\n{STORY}".encode(), "p.txt").title == headline


@pytest.mark.parametrize(
    "title",
    [
        "Storm floods the border town - McAllen",
        "Governors meet the new minister - DeSantis",
        "Leaders agree on water quotas (via video link)",
        "Leaders agree on water quotas (via Zoom)",
        "Quotas - NewsHub",
    ],
)
def test_a_surname_a_means_or_a_short_title_stays(title):
    assert clean_title(title) == title

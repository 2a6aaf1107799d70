"""Labels over the headline that the headline rules took for it (``ingest.title_labels``):
invented pages in the shapes real pages take, and near-misses whose headline must stay."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.title_labels import bilingual_name, kind_dated_headline, kind_label

RELEASE = (
    "The Water Board announced today that the quotas of four provinces in the Kelvo basin will "
    "be cut by a third from April, after a winter without rain.\n\n"
    "The chair of the board said the cuts were needed to keep drinking water flowing to the "
    "cities, and that farmers would be paid for the crops they lose.\n\n"
    "The board will publish the new quotas for each province next week."
)
BRIEFING = (
    "The spokesperson of the Mission told journalists that the patrols along the river border "
    "would go on through the rainy season, as the drought hits Kelvo.\n\n"
    "Asked about the quotas of the four provinces, she said the Mission had raised the matter "
    "with the Water Board and the provincial governors.\n\n"
    "The next briefing will be held on Friday."
)


def _title(page: str) -> str:
    return source_from_bytes(page.encode("utf-8"), "page.txt").title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a bilingual ministry's masthead over the headline (two layouts)
        (
            "Vesiministeriö / Vattenministeriet\n\nWater Board cuts quotas for four provinces"
            "\n\n" + RELEASE,
            "Water Board cuts quotas for four provinces",
        ),
        (
            "Ministère de l’Eau / Ministry of Water\n\nPress release\n\n"
            "Quotas cut by a third in the Kelvo basin\n\n" + RELEASE,
            "Quotas cut by a third in the Kelvo basin",
        ),
        # a committee's or a board's name and the kind of document over the headline
        (
            "Water Select Committee: Press Notice\n\nFriday 3 March 2031\n\n"
            "BOARD MUST PAY FARMERS FOR LOST CROPS, SAYS COMMITTEE\n\n" + RELEASE,
            "BOARD MUST PAY FARMERS FOR LOST CROPS, SAYS COMMITTEE",
        ),
        (
            "Kelvo Water Board: Media Release\n\nQuotas for four provinces cut by a third\n\n"
            + RELEASE,
            "Quotas for four provinces cut by a third",
        ),
        # a site's label run into the headline, the headline alone under it
        (
            "12.4 C\n\nMonday, March 6, 2031\n\nNewsKelvo: Water Board cuts quotas by a third\n\n"
            "Kelvo: Water Board cuts quotas by a third\n\n" + RELEASE,
            "Kelvo: Water Board cuts quotas by a third",
        ),
        (
            "WorldAfrica: Kelvo board cuts water quotas\n\nAfrica: Kelvo board cuts water quotas"
            "\n\n" + RELEASE,
            "Africa: Kelvo board cuts water quotas",
        ),
        # a country's tag over a dated briefing's headline
        (
            "North Kelvo\n\nMission Press Briefing, 21 Dec 2029\n\nNews and Press Release\n\n"
            + BRIEFING,
            "Mission Press Briefing, 21 Dec 2029",
        ),
        (
            "Kelvo\n\nWeekly Security Update, March 3, 2030\n\n" + BRIEFING,
            "Weekly Security Update, March 3, 2030",
        ),
    ],
)
def test_the_headline_under_a_label_is_the_title(page, title):
    assert _title(page) == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a headline with a place tag and a slash stays whole
        (
            "Kelvo / North Province: Board cuts water quotas\n\nMarch 3, 2031\n\n" + RELEASE,
            "Kelvo / North Province: Board cuts water quotas",
        ),
        # the headline repeated under itself with a spaced tag: the first, whole, stays
        (
            "Kelvo: Water Board cuts quotas by a third\n\nWater Board cuts quotas by a third\n\n"
            + RELEASE,
            "Kelvo: Water Board cuts quotas by a third",
        ),
        # a Title Case headline over a dated briefing line is no tag
        (
            "Drought Hits Kelvo\n\nMission Press Briefing, 21 Dec 2029\n\n" + BRIEFING,
            "Drought Hits Kelvo",
        ),
    ],
)
def test_a_headline_that_looks_like_a_label_stays(page, title):
    assert _title(page) == title


def test_the_label_shapes():
    assert bilingual_name("Vesiministeriö / Vattenministeriet")
    assert not bilingual_name("Kelvo / North Province: Board cuts water quotas")
    assert not bilingual_name("Floods / what the board knew")
    assert kind_label("Water Select Committee: Press Notice")
    assert not kind_label("Kelvo floods: a statement")
    assert not kind_label("Statement: Board cuts quotas")
    assert kind_dated_headline("Mission Press Briefing, 21 Dec 2029")
    assert not kind_dated_headline("Briefing, 21 Dec 2029")  # a label and its date: a date line
    assert not kind_dated_headline("Kelvo, 21 Dec 2029")


def test_an_issuers_kicker_stays_in_the_headline_a_republishers_label_goes():
    readout = "Readout: Water Minister meets Kelvo counterpart on river quotas\n\n" + RELEASE
    assert _title(readout) == "Readout: Water Minister meets Kelvo counterpart on river quotas"
    copied = "PRESS RELEASE : Water Board cuts quotas for four provinces\n\n" + RELEASE
    assert _title(copied) == "Water Board cuts quotas for four provinces"

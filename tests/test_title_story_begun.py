"""A short paragraph deep in a story is none of its headline: a distribution copy that shows
no headline opens with its story, and a sentence ending in an abbreviation ("... Air Base,
Fla.") once passed for a headline because its stop reads as the abbreviation's. Near misses:
a headline under one paragraph of page furniture (a cookie notice) stays the title, and so
does a headline over the story. Every name is made up."""

from __future__ import annotations

from briefing_app.ingest import source_from_bytes

_STORY = (
    "PORT KELVO – The Kelvo Coast Command set up a relief task force on May 3 to support "
    "the people of Tarn after the storm.\n\n"
    "The task force is led by Rear Adm. Ona Brell, commander of the Kelvo Navy's second fleet "
    "in the southern waters.\n\n"
    "A team of 14 arrived in Tarn City on May 4, where it will work with the relief agency "
    "assessing the damage in the flooded districts.\n\n"
    "A Kelvo Air Force transport flew the team from Orvane Air Base, Fla.\n\n"
    "The team's reports will be used by planners to decide what the Kelvo Navy can send to "
    "Tarn in the coming days.\n"
)


def _title(text: str) -> str:
    return source_from_bytes(text.encode(), "relief_copy.txt").title


def test_a_short_paragraph_under_the_storys_opening_paragraphs_is_no_headline():
    assert "Orvane Air Base" not in _title(_STORY)


def test_near_miss_a_headline_under_a_cookie_notice_stays_the_title():
    page = (
        "We use cookies on this site to make it work and to understand how you use it. You "
        "can change your settings at any time on the privacy page.\n\n"
        "Kelvo Navy sends relief task force to Tarn\n\n" + _STORY
    )
    assert _title(page) == "Kelvo Navy sends relief task force to Tarn"


def test_near_miss_a_headline_over_the_story_stays_the_title():
    assert _title("Relief task force reaches Tarn\n\n" + _STORY) == "Relief task force reaches Tarn"

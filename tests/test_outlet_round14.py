"""Outlets and titles of republished copies, fourteenth round.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_STORY = (
    "The board asks residents of the lower valley to keep away from the river banks until the "
    "water falls below the warning mark, which the engineers expect by the end of the week.\n\n"
    "Crews are clearing the culverts along the old mill road, and the pumping station at "
    "Rimsk is running again after two days without power.\n"
)

# --- A copy's line of origin ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        # a blog passing a release on, its line closed by a colon
        (
            "Latest Post\n\nRiver still high in the lower valley\n\n"
            "Information bulletin from the Kelvo Water Board, May 3:\n\n",
            "Kelvo Water Board",
        ),
        (
            "Saturday, May 3, 2031\n\nRiver still high\n\nFrom the City of Rimsk:\n\n",
            "City of Rimsk",
        ),
        # a headline naming the paper's kind and its sender
        ("Weekly flood update from the Kelvo Emergency Agency\n\n", "Kelvo Emergency Agency"),
        ("Update from County of Avel on the River Situation\n\n", "County of Avel"),
        # a wiki's line of origin under its headline
        (
            "River still high in the lower valley\n\n"
            "From Kelvopedia, the free news source anyone can edit!\n\n",
            "Kelvopedia",
        ),
    ],
)
def test_a_copy_naming_where_it_comes_from_names_the_outlet(head, outlet):
    assert _read(head + _STORY).outlet == outlet


@pytest.mark.parametrize(
    "head",
    [
        # near misses: a body the headline mentions, no paper's kind
        "Aid from the Kelvo Water Board reaches the lower valley\n\n",
        # a place, no body
        "Letter from Rimsk\n\n",
        "Update from the front line\n\n",
        # a sentence opening with "From", not a line of origin
        "River still high\n\nFrom Rimsk, the minister flew on to Avel.\n\n",
        # a lower-case sender, a caption's "From left to right:"
        "River still high\n\nThe latest flood update from the government:\n\n",
        "River still high\n\nFrom left to right: Jane Roe, John Doe.\n\n",
        # a headline's "good news from", "release from": a story's words, no paper
        "Good news from the Kelvo Water Board on the loans\n\n",
        "Hostage release from the Kelvo Army camp delayed\n\n",
        # two bodies, no one sender
        "Statement from the Kelvo Water Board and the Army\n\n",
        "Statement from Kelvo Water Board and Rimsk Council\n\n",
    ],
)
def test_a_body_merely_named_near_the_top_is_no_outlet(head):
    assert _read(head + _STORY).outlet == ""


def test_a_line_of_origin_inside_the_story_is_the_storys():
    text = (
        "River still high in the lower valley\n\n"
        + _STORY
        + "\nThe mayor read out a note:\n\nFrom the Kelvo Water Board:\n\n"
        + "Keep away from the banks.\n"
    )
    assert _read(text).outlet == ""


# --- A body's name over the copy, with its acronym or its fields listed ----------------------

_BOARD_STORY = (
    "The board asks residents of the lower valley to keep away from the river banks until the "
    "water falls below the warning mark, the board's chief engineer said today.\n\n"
    "KWB crews are clearing the culverts along the old mill road, and the Kelvo Water Board "
    "(KWB) pumping station at Rimsk is running again after two days without power.\n"
)
_FIELDS_STORY = (
    "The minister met the heads of the river boards this afternoon to discuss the response to "
    "the floods in the lower valley and the work planned for the coming week.\n\n"
    "Farming communities along the river will receive help to clear their fields, and the "
    "Rural Affairs team will visit the worst hit villages.\n"
)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the body's name with its acronym, right under the headline
        (
            "River still high in the lower valley\n\nKelvo Water Board (KWB)\n\n" + _BOARD_STORY,
            "Kelvo Water Board",
        ),
        # a department whose name lists its fields, over the headline
        (
            "Department for Water, Farming and Rural Affairs\n\n"
            "Floods minister and river boards meet again to plan the response in the lower "
            "valley\n\n" + _FIELDS_STORY,
            "Department for Water, Farming and Rural Affairs",
        ),
    ],
)
def test_a_body_named_over_the_copy_with_acronym_or_fields_is_the_outlet(text, outlet):
    assert _read(text).outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the acronym is not the name's initials
        "River still high in the lower valley\n\nKelvo Water Board (RIM)\n\n" + _BOARD_STORY,
        # a heading about the body, not its name
        "River still high in the lower valley\n\nOrigins of the Kelvo Mission (KM)\n\n"
        + _BOARD_STORY,
        # a body and a place after a comma, no list of fields
        "Ministry of Water, Rimsk\n\nMinister meets river boards on the flood response\n\n"
        + _FIELDS_STORY,
        # a headline with a verb after the fields
        "Ministry of Water, Farming and Fisheries Cuts Quotas\n\n" + _FIELDS_STORY,
        # a body the text never names again
        "River still high in the lower valley\n\nAvel Harbour Authority (AHA)\n\n" + _FIELDS_STORY,
    ],
)
def test_a_name_line_that_is_no_issuers_is_no_outlet(text):
    assert _read(text).outlet == ""


def test_a_department_listing_its_fields_over_the_headline_is_no_title():
    text = (
        "Department for Water, Farming and Rural Affairs\n\n"
        "Minister meets river boards on the flood response\n\n" + _FIELDS_STORY
    )
    assert _read(text).title == "Minister meets river boards on the flood response"

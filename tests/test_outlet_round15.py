"""Outlets of republished copies, fifteenth round: a release's label with a comma or a plural
before its head noun, a judgment's caption, a release's "wishes to" voice.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_STORY = (
    "Residents of the lower valley are asked to keep away from the river banks until the "
    "water falls below the warning mark, which engineers expect by the end of the week.\n\n"
    "Crews are clearing the culverts along the old mill road, and the pumping station at "
    "Rimsk is running again after two days without power.\n"
)

# --- A release's label ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        # a comma after the label, the fields of the body listed with commas, the day after a dash
        (
            "PRESS RELEASE, Ministry of Water, Farming and Rural Affairs - Friday, May 2nd, 2031 "
            "at 11:00 AM",
            "Ministry of Water, Farming and Rural Affairs",
        ),
        # a plural before the body's head noun is part of its name, not a headline's verb
        ("Press Release: Kelvo Customs Service", "Kelvo Customs Service"),
        ("Media release: Rimsk Nations Water Office", "Rimsk Nations Water Office"),
    ],
)
def test_a_release_label_names_the_copy_s_issuer(label, outlet):
    page = f"River still high in the lower valley\n\n{label}\n\n{_STORY}"
    assert _read(page).outlet == outlet


@pytest.mark.parametrize(
    "label",
    [
        "Press Release: Kelvo Police Arrests Ten Smugglers",  # a headline after the label
        "Press Release: Minister Opens Rimsk Bridge",  # no body's head noun
        "Press release, updated Friday, May 2nd, 2031",  # no body at all
    ],
)
def test_a_label_over_a_headline_names_no_issuer(label):
    page = f"River still high in the lower valley\n\n{label}\n\n{_STORY}"
    assert _read(page).outlet == ""


# --- A judgment's caption -------------------------------------------------------------------

_JUDGMENT = (
    "Appeal from the Kelvo District Court. Before ROE and DOE, Circuit Judges.\n\n"
    "The appellant challenges the order of the district court granting judgment to the "
    "water board. For the reasons below, we affirm the decision of the district court.\n"
)


@pytest.mark.parametrize(
    ("caption", "outlet"),
    [
        (
            "No. 31-0417.\n\nKelvo Court of Appeals, Northern Circuit.\n\n",
            "Kelvo Court of Appeals, Northern Circuit",
        ),
        (
            "Menu:\n  •   KELVO COURT OF APPEALS\n    FOR THE NORTHERN CIRCUIT\n"
            "    No. 31-0417\n\n",
            "Kelvo Court of Appeals for the Northern Circuit",
        ),
        ("Supreme Court of Kelvo\n\nNo. 31-0417\n\n", "Supreme Court of Kelvo"),
    ],
)
def test_a_caption_names_the_court(caption, outlet):
    page = f"Roe v. Rimsk Water Board ( 2031 )\n\n{caption}{_JUDGMENT}"
    assert _read(page).outlet == outlet


@pytest.mark.parametrize(
    "head",
    [
        "Court rules against the water board\n\n",  # a headline about a court
        "Courts\n\nSupreme Court\n\n",  # a site's section labels
        "Kelvo Court of Appeals overturns water ruling\n\n",  # a headline naming the court
    ],
)
def test_a_story_about_a_court_names_no_issuer(head):
    assert _read(f"{head}{_STORY}").outlet == ""


# --- A release's voice ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        (
            "The Kelvo Water Board wishes to inform the public that the river will stay closed.",
            "Kelvo Water Board",
        ),
        (
            "RIMSK - Flooding closed three roads overnight.\n\nKWB wishes to remind residents "
            "that the KWB hotline is open all night.",
            "KWB",
        ),
        (
            "The Ministry of Water, Farming and Rural Affairs wishes to reassure the public "
            "that drinking water is safe.",
            "Ministry of Water, Farming and Rural Affairs",
        ),
    ],
)
def test_a_body_wishing_to_tell_the_public_issues_the_text(opening, outlet):
    page = f"River still high in the lower valley\n\n{opening}\n\n{_STORY}"
    assert _read(page).outlet == outlet


@pytest.mark.parametrize(
    "opening",
    [
        # quoted: another's words in a story
        "“The Kelvo Water Board wishes to inform the public that the river is closed,” the "
        "spokesman read out.",
        "Jane Roe wishes to thank the volunteers who filled sandbags all night.",  # a person
        "The mayor wishes to reopen the bridge before the market on Friday.",  # no name
        "KWB wishes to remind residents that the hotline is open.",  # an acronym named once
    ],
)
def test_a_wish_in_a_story_names_no_issuer(opening):
    page = f"River still high in the lower valley\n\n{opening}\n\n{_STORY}"
    assert _read(page).outlet == ""


def test_a_comma_label_under_the_first_paragraph_names_no_issuer():
    first, rest = _STORY.split("\n\n", 1)
    page = (
        f"River still high in the lower valley\n\n{first}\n\n"
        f"PRESS RELEASE, Kelvo Customs Service - Friday, May 2nd, 2031\n\n{rest}"
    )
    assert _read(page).outlet == ""

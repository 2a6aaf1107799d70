"""Review of round 16's source rules: ordinary news shapes the new rules must leave alone
(every line invented for this test).

- A bracketed code is a rank's qualification only right after the rank ("Petty Officer 1st
  Class (SW/AW) Jane Roe"); after a name it is the writer's own ("Jane Roe (ICRC) and John
  Doe (MSF)": two writers, not a rank and one writer).
- A hyphened word is a unit run on after the name only when its noun comes first
  ("Task Force-Kelvo"); a double surname ending in such a noun is the name ("Jane Roe-Wing").
- The line under a reporter's by-line that is a section's label ("Current Affairs") names no
  body: one plain word is left of it.
- A copy's first sentence "The Kelvo Water Board (KWB) has warned ..." opens a news story as
  often as a release: without a release's sign (its dated dateline, "today", the present
  tense, or where the body works after its acronym) it names no issuer.
- A wire's house in the dateline ("KELVO CITY (KNS) --") published the copy: the writer's
  office in the by-line does not replace it as the outlet.
"""

from __future__ import annotations

import pytest
from test_site_names import STORY, _source

from briefing_app.ingest.byline import plain_byline
from briefing_app.ingest.byline_issuer import byline_issuer

HEADLINE = "River quotas cut in four provinces after a dry winter"


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("By Jane Roe (ICRC) and John Doe (MSF)", "By Jane Roe (ICRC) and John Doe (MSF)"),
        ("By Jane Roe (AP) and John Doe (AFP)", "By Jane Roe (AP) and John Doe (AFP)"),
        ("By Mary Ellen Roe-Wing", "By Mary Ellen Roe-Wing"),
        ("By Jane Roe and John Smith-Wing", "By Jane Roe and John Smith-Wing"),
        # the shapes the rules were written for still read
        ("By Petty Officer 1st Class (SW/AW) Jane Roe", "By Jane Roe"),
        ("By Lt. Jane Roe Joint Task Force-Kelvo", "By Jane Roe"),
    ],
)
def test_brackets_and_double_names_after_a_writers_name_stay_the_writers(line, plain):
    assert plain_byline(line) == plain


@pytest.mark.parametrize(
    ("under", "outlet"),
    [
        ("Current Affairs", ""),
        ("Veterans Affairs", ""),
        ("12th Wing Public Affairs", "12th Wing"),
    ],
)
def test_a_section_label_under_a_reporters_byline_names_no_body(under, outlet):
    assert byline_issuer(["By Sgt. Jane Roe", under, STORY.split("\n\n")[0]]) == outlet


REST = (
    "\n\nThe board said the cuts would be reviewed in the autumn, once the reservoirs had been "
    "surveyed again by its engineers.\n\nFarmers' unions said they would meet the KWB next week."
)


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        # a news story's opening about a body: no issuer
        (
            "The Kelvo Water Board (KWB) has warned that four provinces face a dry summer "
            "after the rains failed again.",
            "",
        ),
        (
            "The Kelvo Water Board (KWB) has reported that two engineers were hurt when a "
            "canal wall gave way near Rimsk, a spokesman said.",
            "",
        ),
        # a capitals-and-dash run inside the sentence is no dateline opening it
        (
            "The Kelvo Water Board (KWB) has warned that the canal at RIMSK NORTH – Kelvo's "
            "oldest – may give way this summer.",
            "",
        ),
        # a release's signs: its dated dateline, "today", where the body works
        (
            "Rimsk, 3 May 2031 – The Kelvo Water Board (KWB) has warned that four provinces "
            "face a dry summer after the rains failed again.",
            "Kelvo Water Board",
        ),
        (
            "The Kelvo Water Board (KWB) today announced that four provinces face a dry summer "
            "after the rains failed again.",
            "Kelvo Water Board",
        ),
    ],
)
def test_a_bodys_bracketed_acronym_in_a_news_opening_names_no_issuer(opening, outlet):
    page = f"Quotas for the southern provinces\n\n{opening}{REST}"
    assert _source(page).outlet == outlet


def test_a_wires_house_in_the_dateline_stays_the_outlet_over_the_writers_office():
    page = (
        f"{HEADLINE}\n\nBy Sgt. Jane Roe, Kelvo Task Force Public Affairs\n\n"
        f"RIMSK, Kelvo (KNS) -- {STORY}"
    )
    assert _source(page).outlet == "KNS"
    page = f"{HEADLINE}\n\nBy Sgt. Jane Roe, Kelvo Task Force Public Affairs\n\n{STORY}"
    assert _source(page).outlet == "Kelvo Task Force"


def test_a_from_line_naming_a_public_body_is_no_byline():
    # "From Kelvo Water Commission" is a line of origin (``copy_issuer.sender_line`` reads
    # those); test_source_round16's near miss "From the Ministry of Water" passed with the
    # by-line rule's "From" check removed, as "the" already kept it from a body's form.
    assert byline_issuer([HEADLINE, "From Kelvo Water Commission", STORY.split("\n\n")[0]]) == ""
    assert byline_issuer([HEADLINE, "By Kelvo Water Commission", STORY.split("\n\n")[0]]) != ""


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        (
            "By Mass Communication Specialist Seaman Apprentice Jane Q. Roe, USS Kelvo (CVN 9) "
            "Public Affairs",
            "By Jane Q. Roe",
        ),
        ("By Airman Apprentice Jane Roe", "By Jane Roe"),
        # near misses: a name and a headline word stay
        ("By Jane Roe", "By Jane Roe"),
        ("By Jane Roe, The Apprentice Review", "By Jane Roe, The Apprentice Review"),
    ],
)
def test_a_navy_rates_apprentice_grade_is_the_writers_rank(line, plain):
    # US Navy rates "Seaman Apprentice", "Airman Apprentice": the grade is no part of the name
    # (fresh navy_tgex_milcom gave the author "Apprentice Kole E. Carpenter")
    assert plain_byline(line) == plain

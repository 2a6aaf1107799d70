"""Author and outlet, round 17: invented pages (every line written for this test) in the shapes
fresh pages and the corpus took, with near misses from ordinary news that must not change.

A court's opinion names its writer on a line of its own over the text: the judge's surname, a
comma and the judicial office ("ROE, Circuit Judge.", "ROE, C.J."). The panel ("Before ROE and
DOE, Circuit Judges."), a separate opinion ("DOE, Circuit Judge, dissenting:") and "PER
CURIAM:" name no writer of the opinion.
"""

from __future__ import annotations

import pytest
from test_site_names import _source

OPINION = (
    "KELVO RIVER TRUST v. RIMSK WATER BOARD\n\n"
    "No. 31-1147\n\n"
    "Court of Appeals of Kelvo.\n\n"
    "Argued March 3, 2031. Filed June 9, 2031.\n\n"
    "Before OSTRA, ROE and DANE, Circuit Judges.\n\n"
    "{line}\n\n"
    "The trust appeals the dismissal of its suit against the water board, which cut the "
    "quotas of four river districts after a dry winter without hearing their farmers.\n\n"
    "We hold that the board was bound to hear the districts before it cut their quotas, and "
    "we reverse the judgment of the district court."
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("ROE, Circuit Judge.", "ROE"),
        ("ROE, Circuit Judge:", "ROE"),
        ("OSTRA, C.J.", "OSTRA"),
        ("McDANE, Senior Circuit Judge.", "McDANE"),
        ("Roe, Chief Justice:", "Roe"),
        ("DANE, J.", "DANE"),
    ],
)
def test_a_judges_line_over_the_opinion_names_its_writer(line, author):
    assert _source(OPINION.format(line=line)).author == author


@pytest.mark.parametrize(
    "line",
    [
        "PER CURIAM:",
        "DANE, Circuit Judge, dissenting:",
        "AFFIRMED.",
        "Opinion of the court.",
    ],
)
def test_no_writer_named_over_the_opinion_gives_no_author(line):
    assert _source(OPINION.format(line=line)).author == ""


NEWS = (
    "Rimsk judge halts quota cuts\n\n"
    "{line}\n\n"
    "A judge in Rimsk on Tuesday halted the water board's cuts to the quotas of four river "
    "districts, saying the farmers had not been heard before the board decided.\n\n"
    "The board said it would appeal the ruling and that the cuts were needed to save the "
    "reservoirs after the driest winter in thirty years."
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Roe", "Jane Roe"),  # an ordinary by-line is still read
        ("Judge Anna Ostra, a former prosecutor, was appointed in 2024.", ""),
        ("Before the ruling, the board had cut the quotas twice.", ""),
        ("KELVO, June 9 (Kelvo Wire)", ""),
        ("ROE, Kelvo", ""),  # a dateline's shape, no judicial office
    ],
)
def test_news_lines_near_a_judges_shape_are_unchanged(line, author):
    assert _source(NEWS.format(line=line)).author == author


# Writers' names alone under the headline, joined by a slash, no "By" (a surname-first citation
# form may open the line): the writers. Places, topics, photo credits and newsrooms in that
# shape are no writers.
STORY = (
    "Quotas cut in four river districts\n\n"
    "{line}\n\n"
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four districts would see their quotas cut.\n\n"
    "Farmers in the southern districts say the cuts came too late for the spring sowing."
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe/John Q. Doe", "Jane Roe and John Q. Doe"),
        ("Jane Roe / John Doe / Ann Lee", "Jane Roe, John Doe and Ann Lee"),
        ("Roe, Jane-Marie / John Doe", "Jane-Marie Roe and John Doe"),
        # a compass word is a surname too (was: read as a place's word, no writer named)
        ("Catherine West/John Doe", "Catherine West and John Doe"),
        ("Ann North / Lee Haas", "Ann North and Lee Haas"),
    ],
)
def test_slash_joined_writers_under_the_headline_are_the_authors(line, author):
    assert _source(STORY.format(line=line)).author == author


@pytest.mark.parametrize(
    "line",
    [
        "New York/New Jersey",
        "Sierra Leone/Liberia",
        "Los Ostros/San Marco",
        "Kelvo Republic/Ostra",
        "Jane Roe/Getty Images",
        "Jane Roe/AFP",
        "Jane Roe/Kelvo Herald",
        "Jane Roe/Staff Photographer",
        "Jane Roe/Kelvo Water Board",
        "Jane Roe/Kelvo Command",
        "Climate Policy/Food Security",
        "Politics / World News",
        "Health/Science",
        "24/7 coverage",
        "Jane Roe",
    ],
)
def test_other_slashed_lines_name_no_writer(line):
    assert _source(STORY.format(line=line)).author == ""


# A body named where a by-line stands by a release's label or a "From" line ("Press Release:
# Kelvo Electoral Commission", "From Kelvo Command Public Affairs") is the author when no
# by-line names a person, as "By Kelvo Water Board" and "By Kelvo Command Public Affairs" are.
# A person's by-line under it stays the author; a headline in a label's shape names no body.
RELEASE = (
    "Scoop Kelvo\n\n"
    "Quotas cut in four river districts\n\n"
    "{line}\n\n"
    "{byline}"
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four districts would see their quotas cut.\n\n"
    "Farmers in the southern districts say the cuts came too late for the spring sowing."
)


@pytest.mark.parametrize(
    ("line", "byline", "author"),
    [
        ("Press Release: Kelvo Electoral Commission", "", "Kelvo Electoral Commission"),
        ("From Kelvo Command Public Affairs", "", "Kelvo Command Public Affairs"),
        ("From 12th Wing Public Affairs", "", "12th Wing Public Affairs"),
        ("Press Release: Kelvo Electoral Commission", "By Jane Roe\n\n", "Jane Roe"),
        ("From Kelvo Command Public Affairs", "By Jane Roe\n\n", "Jane Roe"),
    ],
)
def test_a_body_labelled_where_a_byline_stands_is_the_author(line, byline, author):
    assert _source(RELEASE.format(line=line, byline=byline)).author == author


@pytest.mark.parametrize(
    "line",
    [
        "Press Release: Minister Opens New Bridge",
        "From our correspondent in Rimsk",
        "From the archive",
        "From Rimsk to the sea: a river in trouble",
        "Press release",
    ],
)
def test_other_label_lines_name_no_author(line):
    assert _source(RELEASE.format(line=line, byline="")).author == ""

"""Adversarial pages for the sixth round's ingest rules: shapes the rules were not written on
(other label wordings, a related box inside the article, a chart's "Source:" credit under the
first paragraph). Each case failed before its fix; the near-misses pin what must stay.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest
from story import story

from briefing_app.ingest import source_from_bytes

_P = [
    "The water board set new quotas for the five river towns on Monday, its chair told "
    "reporters in Port Kelvo after a long meeting.",
    "Use of water in the towns rose by a fifth last year, the figures published by the board show.",
    "The towns will report their use of water to the board every month from now on, the "
    "chair said.",
    "A review of the quotas is planned for the autumn, when the board meets again in the capital.",
    "Farmers downstream said the quotas left too little water for their fields this summer.",
]


def _read(*parts: str):
    return source_from_bytes("\n\n".join(parts).encode(), "page.txt")


# --- A related box inside the article is not the article's end ------------------------------


def test_a_dateline_paragraph_after_a_related_box_inside_the_article_stays():
    # The box sits in the page's first half: the article goes on after it, dateline or not.
    own = (
        "PORT KELVO, March 3, 2031 – The chair said the towns had agreed after three rounds "
        "of talks, and the quotas start in May."
    )
    source = _read(
        "River Towns Agree Quotas",
        _P[0],
        "Related stories",
        "- Dam opens on the Kelvo",
        own,
        _P[2],
        _P[3],
        _P[4],
    )
    assert own in source.text
    assert source.text.rstrip().endswith(_P[4])


def test_a_related_box_above_the_articles_dateline_paragraph_cuts_nothing():
    # Before: the whole article went as "another story past the list"; title and date too.
    opening = (
        "PORT KELVO, March 3, 2031 (KNA) – The water board set new quotas for the five river "
        "towns on Monday, its chair told reporters."
    )
    source = _read(
        "River Towns Agree Quotas",
        "Related stories",
        "- Dam opens on the Kelvo",
        "- Farmers protest new rules",
        opening,
        _P[2],
        _P[3],
    )
    assert story(source).startswith(opening)
    assert source.text.rstrip().endswith(_P[3])
    assert (source.title, source.published) == ("River Towns Agree Quotas", "2031-03-03")


def test_near_miss_another_story_after_the_closing_related_list_is_still_cut():
    other = (
        "RUVIA, March 4, 2031 (RUVIA WIRE) – The Ruritanian senate ratified the dam treaty "
        "after two years of talks with its neighbours."
    )
    source = _read(
        "River Towns Agree Quotas", *_P, "Related stories", "- Dam opens on the Kelvo", other
    )
    assert "RUVIA WIRE" not in source.text
    assert source.text.rstrip().endswith(_P[4])


def test_a_dateline_opening_a_later_paragraph_of_a_plain_story_stays():
    own = "PORT KELVO, March 3, 2031 – The chair said the towns had agreed after three rounds."
    source = _read("River Towns Agree Quotas", _P[0], own, _P[2])
    assert own in source.text


# --- Other kinds of an office's paper label their issuer -------------------------------------


@pytest.mark.parametrize("label", ["Readout: Kelvo Ministry of Water", "Statement | Kelvo Agency"])
def test_a_readout_or_statement_label_names_the_issuer_not_the_title(label):
    source = _read(label, "Minister Calls Ruritanian Premier", _P[0], _P[2])
    assert source.outlet == label.split(": ")[-1].split(" | ")[-1]
    assert source.title == "Minister Calls Ruritanian Premier"
    assert label not in source.text


@pytest.mark.parametrize(
    "headline",
    [
        "Statement by the Kelvo Ministry of Water on the River Quotas",
        "Statement: Minister Opens Kelvo Bridge",
    ],
)
def test_near_miss_a_statement_headline_stays_the_title(headline):
    source = _read(headline, _P[0], _P[2])
    assert source.outlet == ""
    assert headline.endswith(source.title)  # the kind before a colon may go, not the headline
    assert len(source.title.split()) >= 4


# --- A chart's "Source:" credit in the body is not the page's publisher -----------------------


def test_a_source_credit_under_the_first_paragraph_names_no_publisher():
    source = _read(
        "River Towns Agree Quotas", _P[0], "Chart: water use by town, 2030", "Source: IMF", *_P[1:]
    )
    assert source.outlet == ""
    assert _P[1] in source.text


def test_a_source_credit_right_under_the_first_paragraph_of_a_short_page_names_no_one():
    source = _read("River Towns Agree Quotas", _P[0], "Source: Kelvo Statistics Office", *_P[1:])
    assert source.outlet == ""


@pytest.mark.parametrize("where", ["top", "bottom"])
def test_near_miss_a_source_line_above_the_text_or_closing_it_still_names_the_publisher(where):
    credit = "Source: Kelvo Ministry of Water"
    parts = (
        [credit, "River Towns Agree Quotas", *_P]
        if where == "top"
        else ["River Towns Agree Quotas", *_P, credit]
    )
    source = _read(*parts)
    assert source.outlet == "Kelvo Ministry of Water"
    assert credit not in source.text


def test_a_release_label_under_the_first_paragraph_names_no_issuer():
    source = _read(
        "River Towns Agree Quotas", _P[0], "Press release: Kelvo Ministry of Water", *_P[1:]
    )
    assert source.outlet == ""


def test_near_miss_a_release_label_above_the_text_still_names_the_issuer():
    source = _read("Press release: Kelvo Ministry of Water", "River Towns Agree Quotas", *_P)
    assert source.outlet == "Kelvo Ministry of Water"


# --- "Originally published": only an outlet, and only a date after it ------------------------


def test_a_note_of_where_else_a_person_wrote_it_names_no_outlet():
    note = "This article was originally published by Jane Roe on her own blog."
    source = _read("River Towns Agree Quotas", *_P, note)
    assert source.outlet == ""


def test_near_miss_an_outlet_and_its_date_after_originally_published_still_count():
    note = "This article was originally published in Kelvo Weekly on March 3, 2031."
    source = _read("River Towns Agree Quotas", *_P, note)
    assert source.outlet == "Kelvo Weekly"
    assert "originally published" not in source.text


# --- A short headline closed by its date is the title, not only the page's date --------------


@pytest.mark.parametrize(
    "headline",
    [
        "Press briefing: 19 November 2031",
        "Daily noon briefing: 3 March 2031",
        "Situation update – 3 March 2031",
        "Next review of the quotas: 30 June 2031",
    ],
)
def test_a_short_headline_closed_by_its_date_is_the_title(headline):
    # Before: read as a date line only, the page had no title.
    source = _read(headline, _P[0], _P[2])
    assert source.title == headline
    assert headline in source.text
    assert (
        source.published
        == "2031-" + {"November": "11-19", "March": "03-03", "June": "06-30"}[headline.split()[-2]]
    )


def test_near_miss_a_dated_kicker_over_a_headline_leaves_the_headline_the_title():
    source = _read("Press briefing: 19 November 2031", "Minister Opens Kelvo Bridge", _P[0], _P[2])
    assert source.title == "Minister Opens Kelvo Bridge"
    assert source.published == "2031-11-19"


def test_near_miss_a_stamp_with_its_label_is_no_title():
    source = _read("Last updated: 3 March 2031", _P[0], _P[2])
    assert source.title != "Last updated: 3 March 2031"
    assert source.published == "2031-03-03"


# --- A release's label over two lines; a label closed by the date ----------------------------


def test_a_release_kind_over_the_bodys_name_names_the_issuer():
    source = _read(
        "News release", "Kelvo Ministry of Water", "Minister Sets River Quotas", "3 March 2031", *_P
    )
    assert (source.outlet, source.title) == (
        "Kelvo Ministry of Water",
        "Minister Sets River Quotas",
    )


@pytest.mark.parametrize(
    "below", ["Deputy PM and Minister for Water of Kelvo", "Minister Opens Kelvo Bridge"]
)
def test_near_miss_a_release_kind_over_an_office_or_a_headline_names_no_issuer(below):
    source = _read("Media Statement", below, "3 March 2031", *_P)
    assert source.outlet == ""


def test_a_release_kind_closed_by_the_date_gives_the_published_date():
    source = _read("Media statement – 3 March 2031", "Minister Sets River Quotas", *_P)
    assert (source.title, source.published) == ("Minister Sets River Quotas", "2031-03-03")

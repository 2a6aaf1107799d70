"""An anniversary told from a day ("on this day in 1998", "this date 25 years ago", "on this day
last year") names that day's day and month in the year it tells, not the year alone.

Every fixture is invented; near misses ("in 1998" alone, "to this day", no date to stand on)
must not give a day."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.analysis.dates import scan_dates

REF = dt.date(2031, 3, 14)


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, ref, [])]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On this day in 2004, the first ferry crossed the strait.", "2004-03-14"),
        ("On this date in 1987 the dam at Orvik was opened.", "1987-03-14"),
        ("This day 25 years ago, the league played its first match.", "2006-03-14"),
        ("On this day, ten years ago, the bridge collapsed.", "2021-03-14"),
        ("On this day last year the council approved the budget.", "2030-03-14"),
        ("It was on this very day in 1999 that the treaty was signed.", "1999-03-14"),
    ],
)
def test_this_day_takes_the_articles_day_and_month(text: str, iso: str) -> None:
    assert [d for _, d in _dates(text)] == [iso]


def test_this_day_refers_back_to_the_date_its_paragraph_gave() -> None:
    text = (
        "The institute opened its doors on 9 May 2012. Friday 9 May 2031 therefore marks its "
        "anniversary. On this date in 2012, forty staff moved into the old mill."
    )
    assert ("this date in 2012", "2012-05-09") in _dates(text)


def test_a_date_in_an_earlier_paragraph_is_not_the_anchor() -> None:
    text = "The mill closed on 9 May 2012.\nOn this day in 1990, the mill first opened."
    assert ("this day in 1990", "1990-03-14") in _dates(text)


def test_without_any_date_to_stand_on_only_the_year_is_kept() -> None:
    assert [d for _, d in _dates("On this date in 1998, the mill opened.", None)] == ["1998"]
    assert _dates("On this day ten years ago, the mill opened.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 1998, the mill opened its doors to the public.",
        "The mill has stayed open to this day in 2031 terms of trade.",
        "The dispute remains unresolved until this day in 1998 prices.",
    ],
)
def test_near_misses_give_no_day(text: str) -> None:
    assert all(len(iso) < 10 for _, iso in _dates(text))


def test_to_this_day_alone_is_no_date() -> None:
    assert _dates("The families have waited for answers to this day.") == []

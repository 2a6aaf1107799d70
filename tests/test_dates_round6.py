"""Date rules of the sixth round on small invented texts (issue 8, section 4): each rule with a
near-miss it must leave alone. The places and names are made up, so only the rules can place
the dates."""

from __future__ import annotations

import datetime as dt

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import YEAR_FROM_ITEM, scan_dates

REF = dt.date(2031, 3, 7)


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, ref, [])]


def _timeline(text: str, published: str = "") -> list[tuple[str, str, str]]:
    src, sa = labelled(text, [])
    src.published = published
    return [(d.date, d.text, d.inferred) for d in combine([src], [sa]).dates]


# --- "In April of 2029": a month and its year joined by "of" ---------------------------------


def test_a_month_of_a_year_is_that_month():
    text = "In April of 2029, the Oskvel council closed the river port."
    assert _dates(text) == [("April of 2029", "2029-04")]


def test_a_march_of_so_many_people_is_no_month():
    # near miss: "March" the noun, then a count of people after "of"
    text = "A Peace March of 2029 supporters crossed the Oskvel bridge."
    assert _dates(text, None) == []


# --- a listing of dated items: each item's relative and yearless dates count from its stamp ---

_LISTING = (
    "Kelvo harbour reopens to grain ships\n"
    "Posted March 2nd, 2031 at 9:00 pm (UTC-5)\n"
    "The Kelvo port authority said today that the harbour reopened after the storm, and the "
    "first grain ship docked on Tuesday.\n"
    "Leave a comment\n"
    "Ardia votes on a new charter\n"
    "Posted October 20th, 2030 at 11:15 am (UTC-5)\n"
    "Voters in Ardia approved this month's charter, which the assembly drafted after the "
    "vote of October 9 in the Belmar district.\n"
)


def test_a_listed_items_dates_count_from_its_own_stamp():
    dates = _timeline(_LISTING, published="2031-03-02")
    by_text = {text: (iso, inferred) for iso, text, inferred in dates}
    assert by_text["today"][0] == "2031-03-02"
    assert by_text["October 9"] == ("2030-10-09", YEAR_FROM_ITEM)  # not October 2031
    assert by_text["this month"][0] == "2030-10"  # the item's month, not the page's
    assert all(iso != "2031-03" for iso, _, _ in dates)


def test_a_published_and_an_updated_line_are_one_pages_stamps():
    # near miss: two stamp lines on adjacent lines date one page, not two items
    text = (
        "Published: 2 March 2031\n"
        "Updated: 4 March 2031\n"
        "The Kelvo port authority said the vote of October 9 had been annulled this month.\n"
    )
    dates = {text: iso for iso, text, _ in _timeline(text, published="2031-03-02")}
    assert dates["this month"] == "2031-03"
    assert dates["October 9"] == "2030-10-09"


# --- a republished copy: another story's dateline further down never dates the first story ---


def test_a_later_storys_dateline_does_not_date_the_first_storys_today():
    text = (
        "We welcome the accord the parties signed in Kelvo today, which ends two years of "
        "fighting over the Ardia valley. We commend the mediators for their patience and the "
        "hosts for their welcome, and we stand ready to support the work that lies ahead, "
        "from the return of the displaced to the rebuilding of the valley's schools.\n\n"
        "Source: Ministry of Foreign Affairs of Belmar\n\n"
        "OSKVEL, Jan. 31, 2028 (Wirelink) — Drevny Labs today announced a partnership with the "
        "Oskvel air quality network.\n"
    )
    src, sa = labelled(text, [])
    cited = {(d.date, e.start) for d in combine([src], [sa]).dates for e in d.evidence}
    assert ("2028-01-31", text.index("today")) not in cited  # the first story's "today"
    assert ("2028-01-31", text.rindex("today")) in cited  # the second story's


def test_a_copy_opening_with_its_own_dateline_still_dates_its_today():
    # near miss: the only item's dateline heads the copy, so its "today" is that day
    text = (
        "OSKVEL, Jan. 31, 2028 (Wirelink) — Drevny Labs today announced a partnership with the "
        "Oskvel air quality network.\n"
    )
    dates = {t: iso for iso, t, _ in _timeline(text)}
    assert dates["today"] == "2028-01-31"


# --- a year as the subject of a modal: "2031 can and must be the year" ---


def test_a_year_as_the_subject_of_a_modal_is_a_year():
    text = "If 2030 was a disaster for the Kelvo delta, 2031 can and must be the year it recovers."
    assert ("2031", "2031") in _dates(text, None)


def test_a_count_as_the_subject_of_a_modal_stays_a_number():
    # near miss: a number before "will be" and a participle is a count of people
    text = "Officials in Kelvo said 2030 will be displaced and 1800 could be moved by boat."
    assert _dates(text, None) == []


# --- a month told in the past takes no year the text names looking ahead ---


def test_a_past_month_takes_no_year_named_looking_ahead():
    text = (
        "Ardia was a main theme of our campaign at the election in May. We will celebrate fifty "
        "years of the Kelvo partnership in 2031, and the Oskvel members will visit then. We "
        "pledged a Kelvo Delta Strategy to 2040."
    )
    assert [(t, iso) for t, iso in _dates(text, None) if t == "May"] == []


def test_a_past_month_still_takes_a_year_told_in_the_past():
    # near miss: the year before it is told in the past, so the month takes it
    text = (
        "The Kelvo accord was signed in 2029. Talks had stalled in May, and the parties will "
        "meet again in 2031."
    )
    assert ("May", "2029-05") in _dates(text, None)


# --- a list of releases whose last items look like a run of links ---

_RELEASES = (
    "Press releases of the Kelvo court\n\n"
    "No 41/2031 : 14 June 2031\n"
    "Fisheries\n"
    "The court rules that the Ardia fleet may keep its quota for the river delta, since the "
    "quota was set before the new rules on catches in the delta came into force.\n\n"
    "No 40/2031 : 9 June 2031\n"
    "Transport\n"
    "The court holds that the Belmar ferry company must refund passengers whose crossings were "
    "cancelled by the strike, whatever the cause of the strike was.\n\n"
    "No 39/2031 : 8 June 2031\n"
    "New judges take office at the General Court\n\n"
    "No 38/2031 : 7 June 2031\n"
    "Area of justice\n"
)


def test_a_listings_last_stamps_are_items_not_links():
    dates = {iso for iso, _, _ in _timeline(_RELEASES)}
    assert {"2031-06-14", "2031-06-09", "2031-06-08", "2031-06-07"} <= dates


def test_dated_links_after_a_story_stay_links():
    # near miss: a run of related links after the story, one of them dated; the page shows
    # no stamp of that shape in its body
    text = (
        "No 41/2031 : 14 June 2031\n"
        "The court rules that the Ardia fleet may keep its quota for the river delta, since the "
        "quota was set before the new rules on catches in the delta came into force.\n\n"
        "Related stories\n"
        "Kelvo fleet sails again\n"
        "No 12/2031 : 3 March 2031\n"
        "Oskvel quota talks\n"
    )
    assert "2031-03-03" not in {iso for iso, _, _ in _timeline(text)}


# --- irregular past verbs put a yearless day in the past ---


def test_a_yearless_day_after_an_irregular_past_verb_is_in_the_past():
    ref = dt.date(2031, 4, 28)
    text = "The quake struck central Kelvo on the night of 8 September, and talks began on 2 May."
    assert _dates(text, ref) == [("8 September", "2030-09-08"), ("2 May", "2030-05-02")]


def test_a_yearless_day_after_a_future_or_a_saying_verb_stays_ahead():
    # near miss: "will open" looks ahead, and "said" introduces a clause that may
    ref = dt.date(2031, 4, 28)
    text = "The summit will open on 8 September. She said the vote on 12 May."
    assert _dates(text, ref) == [("8 September", "2031-09-08"), ("12 May", "2031-05-12")]

"""Round 11 date rules, on invented pages shaped like the ones that failed on unseen text: a
weekday that fits the page's own year confirms it whatever the tense; a date given as a labelled
field ("Date: 13 August 2031", "[Date] April 15, 2031") is no link of a link list, and a record's
"[Date]" field heading a transcript is the day its "tomorrow" counts from."""

from __future__ import annotations

import datetime as dt

from test_analysis_rules import labelled

from briefing_app.analysis import analyze, combine
from briefing_app.analysis.anchors import article_date
from briefing_app.analysis.dates import scan_dates
from briefing_app.ingest import source_from_bytes

PAGE = dt.date(2031, 9, 11)  # a Thursday


def _dates(text: str, ref: dt.date | None = PAGE) -> dict[str, str]:
    return {text[d.start : d.end]: d.iso for d in scan_dates(text, ref, [])}


def _timeline(text: str, published: str = "") -> dict[str, str]:
    src = source_from_bytes(text.encode("utf-8"), "page.txt")
    src.published = published or src.published
    return {d.text: d.date for d in analyze([src]).dates}


def _combined(text: str, published: str = "") -> dict[str, str]:
    """The timeline of the text as given, line for line (no loader cutting date lines)."""
    src, sa = labelled(text, [])
    src.published = published
    return {d.text: d.date for d in combine([src], [sa]).dates}


def test_a_weekday_fitting_the_pages_year_confirms_it_whatever_the_tense():
    # "has now been extended until" reads as past; 24 September 2031 is a Wednesday, 13 days
    # after the page: the page's year, not the year before.
    text = (
        "The Kelvo committee also confirmed that the deadline for written submissions has now "
        "been extended until Wednesday 24 September to allow for wider consultation."
    )
    assert _dates(text)["Wednesday 24 September"] == "2031-09-24"


def test_a_weekday_not_fitting_the_pages_year_leaves_the_tense_to_decide():
    # near-miss: Tuesday 24 September is 2030's; told in the past, a year back is right
    text = "The Kelvo committee closed its inquiry on Tuesday 24 September."
    assert _dates(text)["Tuesday 24 September"] == "2030-09-24"
    # near-miss: a weekday fitting the page's year only far from its date does not override
    # the tense (14 March 2031 is a Friday, six months before the page); nor does the tense give
    # a year the weekday contradicts (14 March 2032 is a Sunday): the day is left out (round 16)
    text = "The Kelvo committee will next meet on Friday 14 March."
    assert "Friday 14 March" not in _dates(text)
    assert not any(v.endswith("-03-14") for v in _dates(text).values())


RELEASE = (
    "Kelvo committee to hold hearings on river pollution\n\n"
    "The Joint Committee on River Safety will hold two public hearings this week for its "
    "inquiry into pollution of the Drevny river.\n\n"
    "The Chair, Ms Anna Lind, said the hearings would let the committee hear from farmers, "
    "water boards and the environment agency.\n\n"
    "Public hearing details\n\n"
    "Date: 13 August 2031\n"
    "Time: 9.00am – 5.00pm\n"
    "Location: Committee Room 2, Parliament House, Kelvo\n\n"
    "Date: 14 August 2031\n"
    "Time: 8.30am – 4.00pm\n"
    "Location: Town Hall, Drevny\n"
)


def test_the_dates_of_a_hearing_details_block_are_listed():
    dates = _timeline(RELEASE)
    assert dates.get("13 August 2031") == "2031-08-13"
    assert dates.get("14 August 2031") == "2031-08-14"


def test_a_link_list_after_the_story_keeps_its_dates_out():
    # near-miss: bare dates under headlines in a related-stories run are other stories' days
    text = (
        "Kelvo committee to hold hearings on river pollution\n\n"
        "The Joint Committee on River Safety will hold two public hearings next month for its "
        "inquiry into pollution of the Drevny river, its chair Anna Lind said.\n\n"
        "More news\n"
        "Drevny bridge reopens to traffic\n"
        "12 August 2031\n"
        "Farmers protest water prices\n"
        "11 August 2031\n"
        "Council names new harbour master\n"
        "10 August 2031\n"
    )
    dates = _timeline(text)
    assert "12 August 2031" not in dates and "11 August 2031" not in dates


def test_a_records_date_field_is_the_day_a_transcript_speaks_from():
    text = (
        "Kelvo Archive of Public Papers (Project Lead: ORVAL Mira)\n"
        "Database of Kelvo Politics\n\n"
        "[Title] Press Conference by the Premier of Kelvo on His Visit to Ardia and Other "
        "Matters of the Week\n\n"
        "[Date] April 15, 2031\n"
        "[Source] Office of the Premier of Kelvo\n"
        "[Notes] Provisional Translation\n"
        "[Full text]\n\n"
        "We have just held a meeting of the five ministers concerned and discussed the number "
        "of new cases in the Drevny region. Hence, we decided to consult the expert panel "
        "tomorrow over the measures for the region.\n"
    )
    assert _timeline(text).get("tomorrow") == "2031-04-16"
    # the timeline's own reading of the head, whatever the loader made of it
    src, _ = labelled(text, [])
    assert article_date(src) == dt.date(2031, 4, 15)


def test_a_date_field_below_the_story_is_no_date_of_the_page():
    # near-miss: "Date:" under a release's sentences details an event, not the page (the
    # loader may take it for the published date; the timeline's own reading must not)
    text = (
        "Kelvo committee opens river inquiry\n\n"
        "The Joint Committee on River Safety today opened its inquiry into pollution of the "
        "Drevny river, its chair Anna Lind said.\n\n"
        "Public hearing details\n"
        "Date: 13 August 2031\n"
        "Time: 9.00am – 5.00pm\n"
        "Location: Committee Room 2, Parliament House, Kelvo\n"
    )
    src, _ = labelled(text, [])
    assert article_date(src) is None
    # ...while the same field heading the page, before any sentence, is its date
    src, _ = labelled("Kelvo committee opens river inquiry\nDate: 13 August 2031\n\n" + text, [])
    assert article_date(src) == dt.date(2031, 8, 13)


def test_a_day_of_next_or_last_year_takes_that_year():
    page = dt.date(2031, 6, 18)
    text = (
        "Ministers running in the Kelvo elections have until April 3 of next year to leave office."
    )
    assert _dates(text, page) == {"April 3 of next year": "2032-04-03"}
    # told in the past, the closest past 31 March would be this year's: "of last year" says not
    text = "The Drevny fund closed on March 31 of last year, the council said."
    assert _dates(text, page) == {"March 31 of last year": "2030-03-31"}


def test_a_day_beside_a_later_next_year_keeps_its_own_year():
    # near-misses: "next year" in the next sentence, and a month of last year, are as before
    page = dt.date(2031, 6, 18)
    text = "The Kelvo bridge closed on 3 April. Next year it will reopen."
    assert _dates(text, page) == {"3 April": "2031-04-03", "Next year": "2032"}
    assert _dates("It happened in February of last year.", page) == {
        "February of last year": "2030-02"
    }


def test_a_hearing_date_in_a_judgments_head_is_listed():
    text = (
        "Kelvo Legal Information Institute: Supreme Court of Kelvo judgments, decisions and "
        "summaries of the year, with the full text of every judgment handed down.\n\n"
        "Hilary Term\n"
        "[2031] KSC 10\n"
        "JUDGMENT\n"
        "14 February 2031\n"
        "Heard on 13 December 2030\n"
        "Appellant\n"
        "Anna Lind KC\n\n"
        "The appeal concerns the licence granted to the Drevny water board in 2029, which the "
        "court of appeal upheld.\n"
    )
    assert _combined(text).get("13 December 2030") == "2030-12-13"


def test_a_teasers_posted_on_stamp_in_a_link_list_stays_out():
    # near-miss: "Posted on" dates a teaser in a list of links, no event of the story
    text = (
        "Kelvo committee to hold hearings on river pollution\n\n"
        "The Joint Committee on River Safety will hold two public hearings next month for its "
        "inquiry into pollution of the Drevny river, its chair Anna Lind said.\n\n"
        "More news\n"
        "Drevny bridge reopens to traffic\n"
        "Posted on 12 August 2031\n"
        "Farmers protest water prices\n"
        "Posted on 11 August 2031\n"
        "Council names new harbour master\n"
    )
    dates = _combined(text)
    assert "12 August 2031" not in dates and "11 August 2031" not in dates


def test_day_ranges_joined_by_through_or_to_the_give_both_days():
    page = dt.date(2031, 6, 19)
    text = "The premier is visiting Ardia on 21st through 23rd of June at its president's call."
    assert _dates(text, page) == {"21st": "2031-06-21", "23rd of June": "2031-06-23"}
    text = "The Kelvo expo ran February 7th through 8th at the river base."
    assert _dates(text, page) == {"February 7th": "2031-02-07", "8th": "2031-02-08"}
    text = "From July 19th to the 21st, the minister will visit Drevny and Belmar."
    assert _dates(text, page) == {"July 19th": "2031-07-19", "21st": "2031-07-21"}
    # the timeline lists the range once, from its first day, named by the whole range
    text = "From July 19th to the 21st, the minister will visit Drevny."
    assert _combined(text, "2031-06-19") == {"July 19th to the 21st": "2031-07-19"}


def test_a_count_after_to_the_is_no_end_of_a_range():
    # near-miss: "to the 5 members" counts members; no ordinal, no day
    page = dt.date(2031, 6, 19)
    text = "The chair sent the report on May 3 to the 5 members of the board."
    assert _dates(text, page) == {"May 3": "2031-05-03"}


SUNDAY = dt.date(2031, 8, 17)  # a Sunday


def test_a_weekday_ahead_in_a_contraction_or_after_coming_is_the_next_one():
    text = "It's expected to make landfall on the Kelvo coast early Tuesday."
    assert _dates(text, SUNDAY) == {"Tuesday": "2031-08-19"}
    text = "They're due to reach the Drevny camp Wednesday."
    assert _dates(text, SUNDAY) == {"Wednesday": "2031-08-20"}
    text = "The ministry holds its memorial lecture on 18th August, that is the coming Monday."
    assert _dates(text, SUNDAY) == {"18th August": "2031-08-18", "Monday": "2031-08-18"}


def test_a_possessive_or_a_past_weekday_stays_in_the_past():
    # near-misses: "'s" of a possessive before "expected" with no "to", a plain past verb
    text = "The minister's expected visit was cancelled on Tuesday."
    assert _dates(text, SUNDAY) == {"Tuesday": "2031-08-12"}
    text = "The storm made landfall on the Kelvo coast on Tuesday."
    assert _dates(text, SUNDAY) == {"Tuesday": "2031-08-12"}


def test_the_articles_own_month_alone_is_this_years_whatever_the_tense():
    # a future late in the month, a past early in it: the month holds the page's day
    text = "In late February the committee will advertise the inquiry in the press."
    assert _dates(text, dt.date(2031, 2, 22)) == {"February": "2031-02"}
    text = "The Kelvo talks began in March and soon stalled."
    assert _dates(text, dt.date(2031, 3, 5)) == {"March": "2031-03"}


def test_another_month_alone_keeps_the_tenses_side():
    # near-misses: April told in the past from March is last year's; December from January too
    assert _dates("The Kelvo council met in April.", dt.date(2031, 3, 25)) == {"April": "2030-04"}
    text = "The Kelvo council will meet again in early April."
    assert _dates(text, dt.date(2031, 3, 25)) == {"April": "2031-04"}
    text = "The Kelvo council met in December."
    assert _dates(text, dt.date(2031, 1, 5)) == {"December": "2030-12"}

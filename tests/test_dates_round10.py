"""Dates of the tenth round (brief dates10): dotted dates with one-digit parts, "today" on a page
that shows no day of its own. Each class has an invented fixture and a near miss the rule must
leave alone. Places, names and outlets are made up."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import analyze_sources, combine
from briefing_app.ingest import source_from_bytes


def _page_timeline(page: str) -> dict[str, list[str]]:
    """{date: the words each entry cites} of a page read through ingest, as an analyst loads it."""
    src = source_from_bytes(page.encode(), "page.txt")
    analysis = combine([src], analyze_sources([src]))
    out: dict[str, list[str]] = {}
    for d in analysis.dates:
        out.setdefault(d.date, []).extend(src.text[e.start : e.end] for e in d.evidence)
    return out


def _timeline(text: str, published: str = "") -> dict[str, list[str]]:
    """{date: the words each entry cites} of the timeline of ``text`` (no ingest)."""
    src, sa = labelled(text, [])
    src.published = published
    out: dict[str, list[str]] = {}
    for d in combine([src], [sa]).dates:
        out.setdefault(d.date, []).extend(text[e.start : e.end] for e in d.evidence)
    return out


# ---- dotted dates whose day or month has one digit ("16.8.2031", "4.12.2031") ----------------

_DOTTED_LISTING = (
    "Kelvo border crossings to reopen in stages\n\n"
    "4.12.2031 14.32\n"
    "The Ministry of the Interior said the crossings of the northern border will reopen one at a "
    "time once the new registration centres are ready to receive travellers.\n\n"
    "Registration centres planned for the eastern region\n\n"
    "28.11.2031 16.16\n"
    "The government decided in its extraordinary session that arrivals across the eastern border "
    "will be processed at registration centres in three towns.\n\n"
    "Minister meets the border guard commanders\n\n"
    "16.8.2031 11.01\n"
    "The Minister of the Interior met the commanders of the border guard districts to discuss "
    "the situation at the crossings and the staffing of the guard posts.\n"
)


def test_dotted_stamps_with_one_digit_parts_date_each_item_of_a_listing():
    dates = _page_timeline(_DOTTED_LISTING)
    assert dates.get("2031-12-04") == ["4.12.2031"]
    assert dates.get("2031-11-28") == ["28.11.2031"]
    assert dates.get("2031-08-16") == ["16.8.2031"]
    assert "2031-04-12" not in dates  # the page writes its days first


def test_a_dotted_date_with_a_one_digit_month_in_a_sentence_is_read():
    text = "The Ardia council approved the dike plan on 16.8.2031 and the budget on 28.11.2031."
    dates = _timeline(text)
    assert dates.get("2031-08-16") == ["16.8.2031"]
    assert dates.get("2031-11-28") == ["28.11.2031"]


def test_near_miss_a_version_or_a_section_number_with_dots_is_no_date():
    text = (
        "The Kelvo registry runs software v4.12.2031 and its manual, section 2.5.2031.1, lists "
        "the steps to follow, the registry said."
    )
    assert _timeline(text, "2031-03-20") == {}


# ---- "today" on a page showing no day of its own ---------------------------------------------
# Its latest full date may be the event it looks back on, or a notice above it: a weekday or
# "last year" needs only that week or year, "today" the very day, which the page does not show.

_LOOKING_BACK = (
    "The Kelvo Transport Board opened its hearing on the collapse of the Ardia bridge. "
    "On 26 March 2031, a barge struck the central pier and the span fell into the river. "
    "With me today are the members of the Board. Today's meeting is open to the public. "
    "The inspectors met the families of the victims on Tuesday."
)


def test_today_on_a_page_without_a_day_of_its_own_stays_undated():
    dates = _timeline(_LOOKING_BACK)
    assert dates.get("2031-03-26") == ["26 March 2031"]  # the event, dated as written
    cited = [w for words in dates.values() for w in words]
    assert "today" not in cited and "Today" not in cited


def test_near_miss_a_weekday_still_counts_from_the_latest_date_written():
    dates = _timeline(_LOOKING_BACK)
    assert dates.get("2031-03-25") == ["Tuesday"]  # the Tuesday up to 26 March 2031


def test_today_set_beside_its_date_after_a_comma_takes_that_date():
    text = (
        "In the Council of State today, the King appointed a new Minister of Water. "
        "The changes take effect at noon today, 28 June 2031."
    )
    dates = _timeline(text)
    assert sorted(dates.get("2031-06-28", [])) == ["28 June 2031", "today", "today"]


def test_near_miss_a_comma_before_a_date_without_its_year_states_no_today():
    # "Today, 13 March" on a page of several years' items: its year is a guess, not a day shown.
    text = (
        "Today, 13 March, the minister announced more aid for the delta towns.\n\n"
        "On 11 March 2030, the flag was raised at the alliance headquarters.\n\n"
        "On 24 February 2031 in Kelvo, the leaders issued a joint statement."
    )
    dates = _timeline(text)
    cited = [w for words in dates.values() for w in words]
    assert "Today" not in cited
    assert dates.get("2031-02-24") == ["24 February 2031"]


def test_a_dotted_date_with_a_one_digit_part_reads_day_first_when_the_page_does_not_say():
    text = "The Kelvo cabinet took office on 11.1.2031 and its predecessor on 7.4.2029."
    dates = _timeline(text)
    assert dates.get("2031-01-11") == ["11.1.2031"]
    assert dates.get("2029-04-07") == ["7.4.2029"]


def test_near_miss_a_page_writing_its_months_first_keeps_them_first():
    text = "Date: 10.29.2031\n\nPosted: 11.2.2031 15:04\n\nKelvo airmen flew relief to the delta."
    dates = _timeline(text)
    assert "2031-11-02" in dates and "2031-02-11" not in dates


# ---- a listing whose first teaser's headline is long: the short dated lines under it ----------

_TEASERS = (
    "News and Articles\n\n"
    "New Kelvo Government - the cabinet of Mr. Arno Lind takes office in the capital"
    " - 11.1.2031\n\n"
    "A government of the Harbour Party and the Valley Party took office today.\n\n"
    "Cabinet of Ms. Vera Sol takes office - 7.4.2029\n\n"
    "Ten ministers took their seats in the new government of the Valley Party.\n"
)


def test_a_short_dated_headline_under_a_long_dated_one_is_no_page_date():
    dates = _timeline(_TEASERS)
    assert dates.get("2031-01-11") == ["11.1.2031"]
    assert dates.get("2029-04-07") == ["7.4.2029"]
    cited = [w for words in dates.values() for w in words]
    assert "today" not in cited  # not the second teaser's day


def test_near_miss_a_date_line_above_the_long_headline_is_the_pages_date():
    text = "Published 14 March 2031\n\n" + _TEASERS.split("\n\n", 1)[1]
    dates = _timeline(text)
    assert "today" in dates.get("2031-03-14", [])


def test_near_miss_a_short_line_heading_the_copy_with_its_date_still_gives_today_its_day():
    text = (
        "Energy forum in Kelvo on Wednesday, March 13, 2031.\n\n"
        "Remarks as prepared for delivery\n\n"
        "Thank you for the kind introduction. Today, at the ministry, we are opening the new "
        "grid laboratory to every utility of the valley."
    )
    dates = _timeline(text)
    assert "Today" in dates.get("2031-03-13", [])

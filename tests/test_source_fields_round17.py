"""Source fields, round 17: invented pages (every line written for this test) in shapes a fresh
page and a newly folded article took, with near misses from ordinary news that must not change.

A headline carrying the page's day where no other line gives one: a gathering's record opening
with its kind and closing with its day ("Meeting of the Kelvo Council of Ministers of July 10,
2031"), or a dated message opening with its day set off by a colon or a dash ("March 30, 2031:
Message for Kelvo Residents"). A day inside a headline, or closing one that does not open with a
gathering's kind, is an event's ("Families remember the victims of 3 March 2031").
"""

from __future__ import annotations

import pytest
from test_site_names import STORY, _source

from briefing_app.ingest.title_day import title_date, title_stamp


@pytest.mark.parametrize(
    ("title", "iso"),
    [
        ("Meeting of the Kelvo Council of Ministers of July 10, 2031", "2031-07-10"),
        ("Extraordinary Meeting of the Council of Ministers of August 27, 2031", "2031-08-27"),
        ("Session of the Kelvo Assembly on 3 March 2031", "2031-03-03"),
        ("Briefing by the Water Board spokesperson on 4 June 2031", "2031-06-04"),
        ("March 30, 2031: Message for Kelvo Residents", "2031-03-30"),
        ("3 March 2031 – Statement by the Kelvo Water Board", "2031-03-03"),
        ("March 30, 2031: Message for Kelvo Residents: Stay Home", "2031-03-30"),
        # near misses: an event's day, a span of days, a day inside a headline
        ("Families remember the victims of 3 March 2031", ""),
        ("Statement on the anniversary of the flood of 7 October 2031", ""),
        ("Speech at the memorial of 7 October 2031", ""),
        ("Meeting with the President on the crisis", ""),
        ("Hurricane hits the coast on March 3, 2031", ""),
        ("Meeting of survivors of the 3 March 2031 flood held in Rimsk", ""),
        ("3 March 2031 – 5 March 2031: water forum in Rimsk", ""),
        ("March 30, 2031 storm: what we know so far", ""),
        ("Rain returns to the Kelvo basin after a dry winter", ""),
        ("How the 2031 drought changed farming in Kelvo", ""),
    ],
)
def test_a_headline_carries_the_pages_day(title, iso):
    assert (title_date(title) or title_stamp(title)) == iso


def test_a_day_opening_a_headline_is_only_a_last_resort():
    assert title_date("March 30, 2031: Message for Kelvo Residents") == ""
    assert title_stamp("March 30, 2031: Message for Kelvo Residents") == "2031-03-30"
    assert title_stamp("Meeting of the Kelvo Council of Ministers of July 10, 2031") == ""


def test_a_gathering_record_with_no_other_date_is_dated_by_its_headline():
    page = (
        "Meeting of the Kelvo Council of Ministers of July 10, 2031\n\nPress Release\n\n"
        "The Council of Ministers met at the Government Palace and approved the new river "
        "quotas for the four southern provinces.\n\n" + STORY
    )
    source = _source(page)
    assert source.title == "Meeting of the Kelvo Council of Ministers of July 10, 2031"
    assert source.published == "2031-07-10"


def test_a_dated_message_is_dated_by_its_headline():
    page = "March 30, 2031: Message for Kelvo Residents: Stay Safe in the Floods\n\n" + STORY
    assert _source(page).published == "2031-03-30"


def test_another_date_on_the_page_still_ranks_above_the_headlines():
    page = "March 30, 2031: Message for Kelvo Residents\n\nPosted on April 2, 2031\n\n" + STORY
    assert _source(page).published == "2031-04-02"


@pytest.mark.parametrize(
    "title",
    [
        "Families remember the victims of 3 March 2031",
        "Statement on the anniversary of the flood of 7 October 2031",
        "March 30, 2031 storm: what we know so far",
    ],
)
def test_a_headline_telling_of_an_events_day_gives_no_page_date(title):
    assert _source(f"{title}\n\n{STORY}").published == ""


def test_a_foot_date_ranks_above_a_day_opening_the_headline():
    page = f"March 30, 2031: Message for Kelvo Residents\n\n{STORY}\n\n[ENDS]\n\n2 April 2031"
    assert _source(page).published == "2031-04-02"

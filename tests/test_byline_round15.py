"""By-lines and published dates, round 15: invented pages (every line written for this test)
in two shapes fresh pages took, with near misses that must not change.

- an address that files its article under the month's name ("/2031/mar/04/", "/2031/july/07/")
  dates a page that prints no date of its own;
- a blog's archive address ("/2031_12_01_archive.html") carries where the archive starts, not the
  day of the post the page opens with;
- a bulleted header's "By <office>" ("• By Kelvo Air Forces Public Affairs") names the office as
  the writer, without the label.
"""

from __future__ import annotations

import pytest
from test_site_names import STORY, _source

from briefing_app.ingest.urls import date_in_url


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.kelvo-ledger.example/region/2031/mar/04/quotas-cut-123.html", "2031-03-04"),
        ("http://kelvo.example/news-and-media/2031/july/7/quotas-cut", "2031-07-07"),
        ("https://kelvo.example/2031/Sept/30/", "2031-09-30"),
        # near misses: a folder that only begins like a month, a day that is no day, a year
        # without its day, a slug's number
        ("https://kelvo.example/2031/marketing/04/quotas", ""),
        ("https://kelvo.example/2031/feb/30/quotas", ""),
        ("https://kelvo.example/2031/mar/quotas-cut", ""),
        ("https://kelvo.example/2031/mar/2031-quotas", ""),
        # the numeric folders are read as before
        ("https://kelvo.example/2031/03/04/quotas", "2031-03-04"),
        ("https://kelvo.example/news_2031_03_04_quotas.html", "2031-03-04"),
        # a blog's archive of a month or a week: its first day is no post's day
        ("http://kelvowater.blogspot.example/2031_12_01_archive.html", ""),
        ("http://kelvowater.blogspot.example/2031_12_07_archive.html?m=1", ""),
    ],
)
def test_an_address_filing_its_article_under_the_months_name_gives_its_day(url, iso):
    assert date_in_url(url) == iso


def test_an_undated_page_under_a_month_named_folder_is_published_that_day():
    page = (
        "URL: https://www.kelvo-ledger.example/region/2031/mar/04/quotas-cut-123.html\n"
        "By Ledger News Desk\n\n" + STORY
    )
    assert _source(page).published == "2031-03-04"


def test_a_dated_page_keeps_its_own_date_over_its_month_named_folder():
    page = (
        "URL: https://www.kelvo-ledger.example/region/2031/mar/04/quotas-cut-123.html\n"
        "Quotas cut for four provinces\n\nPublished: 5 March 2031\n\n" + STORY
    )
    assert _source(page).published == "2031-03-05"


def test_a_blog_archive_page_is_published_on_its_first_posts_day_not_the_archives():
    page = (
        "URL: http://kelvowater.blogspot.example/2031_12_01_archive.html\n"
        "Saturday, 27 December 2031\n\n\n" + STORY + "\n\nPosted by Kelvo Water at 09:14\n\n"
        "Monday, 8 December 2031\n\n\nThe board published its winter report on Monday."
    )
    assert _source(page).published == "2031-12-27"


OFFICE_PAGE = (
    "URL: https://www.kelvo-air.example/News/Article/1234/quotas-cut/\n"
    "Airmen fly water to four provinces\n\n  • Published\n  • {byline}\n" + STORY
)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Kelvo Air Forces Public Affairs", "Kelvo Air Forces Public Affairs"),
        ("By 12th Wing Public Affairs", "12th Wing Public Affairs"),
        # near misses: a person's by-line keeps the person; an office without "By" as before
        ("By Senior Airman Jane Roe", "Jane Roe"),
        ("Kelvo Air Forces Public Affairs", "Kelvo Air Forces Public Affairs"),
    ],
)
def test_a_bulleted_by_line_naming_an_office_gives_the_office_without_its_label(byline, author):
    assert _source(OFFICE_PAGE.format(byline=byline)).author == author


DATE_BAR_PAGE = (
    "URL: https://www.kelvo-marines.example/News/Article/5678/water-for-four-provinces/\n"
    "Photo Information\n\nMarines unload water at Kelvo airfield. (Photo by Sgt. Mari Lee)\n\n"
    "Marines fly water to four provinces\n\n{line}\n\n" + STORY
)


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("14 Mar 2031 | Lance Cpl. Jane Roe", "Jane Roe", "2031-03-14"),
        (
            "14 Mar 2031 | Cpl. Jane A. Roe-Smith 12th Marine Expeditionary Unit",
            "Jane A. Roe-Smith",
            "2031-03-14",
        ),
        # near misses: no rank, a clock, a comment count: no writer
        ("14 Mar 2031 | 18:27", "", "2031-03-14"),
        ("14 Mar 2031 | No Comments", "", "2031-03-14"),
    ],
)
def test_a_rank_after_the_date_and_a_bar_names_the_writer(line, author, published):
    source = _source(DATE_BAR_PAGE.format(line=line))
    assert (source.author, source.published) == (author, published)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Capt. Jane Roe-Smith 12th Wing Public Affairs", "Jane Roe-Smith"),
        # near misses: a coded unit after the name is cut as before
        ("By Capt. Jane Roe 12th Wing Public Affairs", "Jane Roe"),
        ("By Jane Roe JTF-Kelvo Public Affairs Office", "Jane Roe"),
    ],
)
def test_a_double_surname_before_the_unit_stays_whole(byline, author):
    assert _source(f"Airmen fly water to four provinces\n\n{byline}\n\n{STORY}").author == author

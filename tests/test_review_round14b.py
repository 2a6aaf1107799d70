"""Review of round 14's rules (second half): near misses the rules' authors did not write down.

Every page and sentence here is invented for the test.
"""

from __future__ import annotations

from test_dates_round14 import FILED, _dates

# --- dates14: a dateline's day is the undated page's today ------------------------------------


def test_a_chronologys_weekday_line_is_no_dateline():
    text = (
        "Harbour dispute: a timeline\n\n"
        "Monday, Mar 4: The councils met for the first time.\n\n"
        "The talks are due to resume today, the chairman said.\n"
    )
    assert "today" not in _dates(text, FILED)


def test_a_dateline_after_the_storys_first_sentence_is_a_quotations():
    text = (
        "Harbour talks\n\n"
        "The chairman of the Drevny council recalled the night of the storm.\n\n"
        "Lakeport, Mar 4 - a date the town will never forget, he said today.\n"
    )
    assert "today" not in _dates(text, FILED)


def test_a_dateline_months_from_the_pages_filed_month_dates_no_today():
    text = "Harbour talks resume\n\nLakeport, Oct 6: The councils met again today.\n"
    assert "today" not in _dates(text, FILED)  # filed under 2019/03
    assert _dates(text, "https://news.example.org/2019/10/talks").get("today") == "2019-10-06"

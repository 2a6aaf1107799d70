"""A body's name heading a page is no headline: a ministry's page opens with the ministry's
name ("Ministry of Water Affairs of Kelvo"), its words come back in the statement below, and
it was taken for the headline over the statement's own headline. Near misses: a title-case
headline that opens with a body's name and goes on with a verb ("... Announces ...") or with
words a name does not hold ("... Statement on ..."), and a body's name that is the page's
only headline-like line, stay the title. Every name is made up."""

from __future__ import annotations

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.title_body import body_name

_TEXT = (
    "The Ministry of Water Affairs of Kelvo strongly condemns the damage done to the Tarn "
    "dam by unknown attackers last night, which left two workers wounded.\n\n"
    "The Ministry of Water Affairs calls on the authorities of Tarn to find those "
    "responsible and to protect the water works of the region.\n\n"
    "Such attacks on the water supply of a whole region have no justification whatever "
    "their aim, and the ministry will follow the inquiry closely.\n"
)


def _title(text: str) -> str:
    return source_from_bytes(text.encode(), "ministry_page.txt").title


def test_a_bodys_name_over_the_headline_is_no_headline():
    page = (
        "Ministry of Water Affairs of Kelvo\n\n"
        "Orvane 10:14\n\n"
        "Statement of the Ministry on the attack on the Tarn dam\n\n"
        "12 March, 09:40\n\n" + _TEXT
    )
    assert _title(page) == "Statement of the Ministry on the attack on the Tarn dam"


def test_an_office_name_over_the_headline_is_no_headline():
    page = "Office of the Minister of Water Affairs\n\nKelvo condemns the attack on the dam\n\n"
    assert _title(page + _TEXT) == "Kelvo condemns the attack on the dam"


def test_near_miss_a_title_case_headline_opening_with_a_bodys_name_stays():
    page = (
        "Ministry of Water Affairs Condemns Attack on Tarn Dam\n\n"
        "Two workers wounded, repairs to take weeks\n\n" + _TEXT
    )
    assert _title(page) == "Ministry of Water Affairs Condemns Attack on Tarn Dam"


def test_near_miss_a_bodys_name_alone_stays_the_title():
    assert _title("Ministry of Water Affairs of Kelvo\n\n" + _TEXT) == (
        "Ministry of Water Affairs of Kelvo"
    )


def test_body_name_shapes():
    assert body_name("Ministry of Water Affairs of Kelvo")
    assert body_name("The Office of the Minister of Water Affairs")
    assert body_name("Department of Water, Republic of Kelvo")
    assert not body_name("Ministry of Water Statement on the Tarn Dam")  # "on": goes on
    assert not body_name("Ministry of Water Says Dams Are Full")  # a verb's "-s"
    assert not body_name("Ministry of Water 2031 Report")  # a number
    assert not body_name("Kelvo Water Ministry")  # the body word last: a headline may end so
    assert not body_name("Department of Water: Press Notice")  # a label

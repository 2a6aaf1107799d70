"""Source fields, round 16: invented pages (every line written for this test) in a shape fresh
pages and the last blind round took, with near misses from ordinary news that must not change.

A copy without its address whose by-line names an office, not a person ("By Kelvo Command
Public Affairs", "By Kelvo Water Commission"), or a person and then the writer's public office
("By Sgt. Jane Roe, USS Kelvo (LHA 9) Public Affairs"): the office's body is the issuer, the
outlet a citation names, when nothing else on the page names one. A newsroom's desk or bureau
("Washington Bureau", "Sports Desk"), a wire, a paper or a person alone names no issuer.

A copy's first sentence names its issuer with the body's acronym in brackets ("The Kelvo Water
Board (KWB) in Rimsk has welcomed ..."), after a dateline with the place and the day.

A military by-line carries the rank's qualifications in brackets before the name ("Petty
Officer 1st Class (SW/AW) Jane Roe"), or a unit named after its noun ("Joint Task Force-Kelvo")
and a dateline in capitals before the date, run on after the name: the writer is the name.

A headline written with its full stop ("Statement from the Ambassador Jane Roe.") is the title
when the article's address spells it word for word in its slug.
"""

from __future__ import annotations

import pytest
from test_site_names import STORY, _source

from briefing_app.ingest.byline import plain_byline
from briefing_app.ingest.byline_issuer import byline_issuer
from briefing_app.ingest.load import load_source

HEADLINE = "River quotas cut in four provinces after a dry winter"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Kelvo Task Force Public Affairs", "Kelvo Task Force"),
        ("By KTF-North Public Affairs", "KTF-North"),
        ("From U.S. 9th Fleet Public Affairs", "U.S. 9th Fleet"),
        ("By Kelvo Water Commission", "Kelvo Water Commission"),
        ("By Petty Officer 2nd Class Jane Roe, USS Kelvo (LHA 9) Public Affairs", "USS Kelvo"),
        ("By Capt. Jane Roe 12th Wing Public Affairs", "12th Wing"),
        # near misses: a person, a wire, a paper, a newsroom's desk or bureau, a staff line
        ("By Jane Roe", ""),
        ("By Reuters", ""),
        ("By The Associated Press", ""),
        ("By Kelvo News", ""),
        ("By Jane Roe, Washington Bureau", ""),
        ("By Jane Roe, Sports Desk", ""),
        ("By Jane Roe, Staff Writer", ""),
        ("By Jane Roe, Kelvo Ledger", ""),
        ("By the Editorial Board", ""),
        ("By Staff Reporter", ""),
        ("By Amnesty International", ""),
        ("From the Ministry of Water", ""),  # a line of origin: read by the copy's own rules
    ],
)
def test_a_byline_naming_an_office_gives_its_body(byline, outlet):
    assert byline_issuer([HEADLINE, byline, STORY.split("\n\n")[0]]) == outlet


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["• Published", "• By Staff Sgt. Jane Roe", "• 12th Wing Public Affairs"], "12th Wing"),
        (["By Sgt. Jane Roe", "Kelvo Task Force Public Affairs", HEADLINE], "Kelvo Task Force"),
        # near misses: a reporter over a paper's bureau or the story's first line
        (["By Jane Roe", "Washington Bureau"], ""),
        (["By Jane Roe", "The Kelvo Water Board has cut the quotas of four provinces."], ""),
    ],
)
def test_the_office_under_a_writers_byline_gives_its_body(lines, outlet):
    assert byline_issuer([*lines, STORY.split("\n\n")[0]]) == outlet


def test_a_byline_closing_the_page_names_no_issuer():
    assert (
        byline_issuer([HEADLINE, *STORY.split("\n\n"), "By Kelvo Task Force Public Affairs"]) == ""
    )


def test_a_copy_whose_byline_is_an_office_takes_the_offices_body_as_outlet():
    page = f"{HEADLINE}\n\nBy Kelvo Task Force Public Affairs\n\n{STORY}"
    source = _source(page)
    assert source.outlet == "Kelvo Task Force"
    assert source.title == HEADLINE


def test_a_copy_whose_byline_is_a_public_body_drops_the_label():
    page = f"{HEADLINE}\n\n\nBy Kelvo Water Commission\n\n{STORY}"
    assert _source(page).outlet == "Kelvo Water Commission"


def test_a_writers_public_office_after_the_name_gives_its_body():
    page = (
        f"{HEADLINE}\n\nBy Petty Officer 2nd Class (SW) Jane Roe, USS Kelvo (LHA 9) Public "
        f"Affairs\n\n{STORY}"
    )
    assert _source(page).outlet == "USS Kelvo"


@pytest.mark.parametrize(
    "byline",
    ["By Jane Roe", "By Jane Roe, Washington Bureau", "By Reuters", "By Jane Roe, Staff Writer"],
)
def test_a_reporters_byline_names_no_outlet(byline):
    page = f"{HEADLINE}\n\n{byline}\n\n{STORY}"
    assert _source(page).outlet == ""


def test_an_address_or_a_source_label_still_names_the_outlet_first():
    with_address = (
        f"URL: https://www.kelvo-ledger.example/2031/03/04/quotas\n{HEADLINE}\n\n"
        f"By Kelvo Task Force Public Affairs\n\n{STORY}"
    )
    assert _source(with_address).outlet == "kelvo-ledger.example"
    labelled = (
        f"{HEADLINE}\n\nSource: Rimsk Herald\n\nBy Kelvo Task Force Public Affairs\n\n{STORY}"
    )
    assert _source(labelled).outlet == "Rimsk Herald"


# A copy's first sentence names its issuer as a release opens: the body, its acronym in
# brackets after the name (where it works may follow), then a release's verb; a dateline with
# the place and the day may stand before it ("Kelvo City, 3 May 2031 –").
REST = (
    "\n\nThe board said the cuts would be reviewed in the autumn, once the reservoirs had been "
    "surveyed again by its engineers.\n\nFarmers' unions said they would meet the KWB next week."
)


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        (
            "The Kelvo Water Board (KWB) in Rimsk has welcomed a new grant of 2 million euros "
            "for the repair of the southern canals.",
            "Kelvo Water Board",
        ),
        (
            "Kelvo City, 3 May 2031 – The Kelvo Water Board (KWB) today reconfirmed that it has "
            "not raised the quotas of the southern provinces this year.",
            "Kelvo Water Board",
        ),
        (
            "Kelvo City, May 3, 2031 - The Kelvo Water Board (KWB) today announced new quotas "
            "for the southern provinces.",
            "Kelvo Water Board",
        ),
        # near misses: a report's past with its day, a body a story is about, two bodies
        (
            "The Kelvo Water Board (KWB) announced on Monday that quotas would be cut in the "
            "southern provinces.",
            "",
        ),
        (
            "Farmers in the south say the Kelvo Water Board (KWB) has failed them for years "
            "and want the quotas raised.",
            "",
        ),
        (
            "The Kelvo Water Board (KWB) and the Rimsk Council have welcomed a new grant of 2 "
            "million euros for the canals.",
            "",
        ),
        # an acronym in the middle that does not spell the name: where it works is no name
        (
            "The Kelvo Water Board (UNX) in Rimsk has welcomed a new grant for the canals.",
            "",
        ),
    ],
)
def test_a_copys_first_sentence_with_the_bodys_acronym_names_the_issuer(opening, outlet):
    page = f"Quotas for the southern provinces\n\n{opening}{REST}"
    assert _source(page).outlet == outlet


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("By Petty Officer 1st Class (SW/AW) Jane Roe, USS Kelvo Public Affairs", "By Jane Roe"),
        ("By Chief Petty Officer (SS) Jane Roe", "By Jane Roe"),
        (
            "By Lieutenant Jane Roe Joint Task Force-Kelvo CAMP RIMSK, Kelvo Jan 14, 2031",
            "By Jane Roe | Jan 14, 2031",
        ),
        ("By Sgt. Jane Roe Marine Corps Base Kelvo", "By Jane Roe"),
        ("By Jane Roe Joint Task Force-Kelvo", "By Jane Roe"),
        ("By Jane Roe NEW YORK, N.Y. March 3, 2031", "By Jane Roe | March 3, 2031"),
        # near misses: reporters' by-lines of ordinary news stay as they were
        ("By Jane Roe", "By Jane Roe"),
        ("By John Smith and Jane Roe", "By John Smith and Jane Roe"),
        ("By Jane Roe (AP)", "By Jane Roe (AP)"),
        ("By Jane Roe, Air Force Times", "By Jane Roe, Air Force Times"),
        ("By Jane Roe, Reuters March 3, 2031", "By Jane Roe, Reuters | March 3, 2031"),
        ("By Maria De La Cruz Department of Water", "By Maria De La Cruz Department of Water"),
        ("By JANE ROE, Kelvo March 3, 2031", "By JANE ROE, Kelvo | March 3, 2031"),
    ],
)
def test_a_military_bylines_qualifications_unit_and_dateline_are_set_apart(line, plain):
    assert plain_byline(line) == plain


def test_a_copys_military_byline_gives_its_writer_and_day():
    page = (
        f"{HEADLINE}\n\nBy Lieutenant Jane Roe Joint Task Force-Kelvo CAMP RIMSK, Kelvo "
        f"Jan 14, 2031\n\n{STORY}"
    )
    source = _source(page)
    assert (source.author, source.published) == ("Jane Roe", "2031-01-14")
    page = f"{HEADLINE}\n\nBy Petty Officer 1st Class (SW/AW) Jane Roe\n\n{STORY}"
    assert _source(page).author == "Jane Roe"


STATEMENT_TEXT = (
    "In recent months, Kelvo has worked to reform its water boards and to open its river "
    "trade to its neighbours. The Rimsk government supports the reform plan under the "
    "leadership of the Kelvo minister of water, and the two countries share a long border "
    "along the river. The ambassador said the two countries would meet again in the spring "
    "to review the river quotas and the dredging of the southern channels."
)
STATEMENT = "Statement from the U.S. Ambassador Mara T. Vellin"


@pytest.mark.parametrize(
    ("url", "title"),
    [
        (
            "https://kelvo.embassy.example/statement-from-the-u-s-ambassador-mara-t-vellin/",
            STATEMENT,
        ),
        # near misses: a slug naming more or fewer words, or none: the sentence is no title
        ("https://kelvo.embassy.example/statement-from-the-ambassador-mara-vellin-on-rivers/", ""),
        ("https://kelvo.embassy.example/statement-ambassador/", ""),
        ("https://kelvo.embassy.example/news/55548", ""),
    ],
)
def test_a_headline_with_its_full_stop_spelled_by_the_slug_is_the_title(url, title, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(f"URL: {url}\n{STATEMENT}.\n\n{STATEMENT_TEXT}\n", encoding="utf-8")
    source = load_source(page)
    assert source.title == title
    assert source.author == ("Mara T. Vellin" if title else "")


def test_a_lead_sentence_the_slug_does_not_spell_stays_text(tmp_path):
    lead = "Kelvo and Rimsk agreed on Monday to share the river's water for ten more years."
    page = tmp_path / "page.txt"
    page.write_text(
        f"URL: https://kelvo.embassy.example/river-accord-signed/\n{lead}\n\n{STATEMENT_TEXT}\n",
        encoding="utf-8",
    )
    assert load_source(page).title == ""

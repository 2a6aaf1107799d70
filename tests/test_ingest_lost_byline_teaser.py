"""Story text the cleaning step used to drop with the furniture around it.

- A by-line run on into the item's sentence after its date ("By Kelvo Embassy | 3 March, 2031,
  the Ambassador met ..."): the by-line is metadata, the sentence from the date on stays text.
- A teaser cut off with an ellipsis above the chosen headline, holding whole sentences of prose
  ("... The candidates are Jane Roe and Tomas Vell. Interviewed are ..."): it stays text, where a
  breadcrumb's headline cut short ("Home > News > Minister Opens ...") still goes.

Near misses: a by-line alone, a by-line with a date and a short tail, a photo credit, a cookie
sentence, a "Related: ..." line, a long navigation line. Every text here is invented for the test.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.byline import byline_tail
from briefing_app.ingest.cruft import is_cruft
from briefing_app.ingest.furniture import cut_teaser


def _load(*paragraphs: str):
    return source_from_bytes(("\n\n".join(paragraphs) + "\n").encode(), "page.txt")


EMBASSY_LISTING = (
    "Kelvo Embassy news",
    "Water Minister Visits Rimsk Port",
    "By Kelvo Embassy Rimsk | 12 March, 2031",
    (
        "Today, the Water Minister of Kelvo, Ada Korr, visited Rimsk port to open the new pumping"
        " station built with the support of the Kelvo Water Board and its partners."
    ),
    "Ambassador Tomas Vell's Visit to Dorn",
    (
        "By Kelvo Embassy Rimsk | 9 March, 2031, the Ambassador of Kelvo, Tomas Vell, met the"
        " Governor of Dorn, Lena Prist, and visited the flood barrier to discuss its repair."
    ),
)


def test_byline_run_on_into_a_sentence_keeps_the_sentence() -> None:
    source = _load(*EMBASSY_LISTING)
    assert "the Ambassador of Kelvo, Tomas Vell, met the Governor of Dorn" in source.text
    assert "9 March, 2031, the Ambassador" in source.text  # the item's own date stays with it
    assert "By Kelvo Embassy" not in source.text  # the by-line itself stays metadata
    assert source.author == "Kelvo Embassy Rimsk"


def test_byline_tail_shapes() -> None:
    assert byline_tail("By Jane Roe, March 3, 2031 — The minister said prices would rise.") == (
        "March 3, 2031 — The minister said prices would rise."
    )
    assert byline_tail("By Jane Roe | 3 March 2031") == ""  # a by-line alone
    assert byline_tail("By Jane Roe | 3 March 2031 | Updated 4 March 2031") == ""
    assert byline_tail("By Jane Roe on March 3, 2031. Updated.") == ""  # no sentence after
    assert byline_tail("Photo by Jane Roe, 3 March 2031, taken at the port of Rimsk.") == ""


def test_byline_alone_and_photo_credit_still_go() -> None:
    source = _load(
        "Water Minister Opens Rimsk Pumping Station",
        "By Jane Roe | 3 March 2031",
        (
            "The Water Minister of Kelvo, Ada Korr, opened the new pumping station at Rimsk on"
            " Monday, the ministry said in a statement."
        ),
        "Photo by Tomas Vell",
    )
    assert source.author == "Jane Roe"
    assert "By Jane Roe" not in source.text and "3 March 2031" not in source.text
    assert "Photo by Tomas Vell" not in source.text


TEASERS = (
    (
        "This interview is part of a series on the city vote. See the series page for more."
        " On 14 May, voters in Rimsk will elect a new council. Among the wards is Dorn North,"
        " where the candidates are Jane Roe, Tomas Vell and Ada Korr. Interviewed are newcomer"
        " Jane Roe and the sitting councillor Tomas Vell. Click on their names to read…"
    ),
    "Author: Admin",
    "Floods close the coast road at Dorn",
    (
        "Heavy rain closed the coast road at Dorn on Tuesday, the Kelvo Roads Agency said,"
        " and crews expect to reopen it by the weekend."
    ),
)


def test_teaser_cut_off_above_the_headline_stays_text() -> None:
    source = _load(*TEASERS)
    assert source.title == "Floods close the coast road at Dorn"
    assert "the candidates are Jane Roe, Tomas Vell and Ada Korr" in source.text


def test_breadcrumb_cut_off_above_the_headline_still_goes() -> None:
    source = _load(
        "Home › News › Regions › Minister Opens New Water Plant in the Northern Districts of…",
        "Floods close the coast road at Dorn",
        (
            "Heavy rain closed the coast road at Dorn on Tuesday, the Kelvo Roads Agency said,"
            " and crews expect to reopen it by the weekend."
        ),
    )
    assert "Home ›" not in source.text


def test_cut_teaser_near_misses() -> None:
    # a long headline list cut short: no whole sentence before the cut
    assert not cut_teaser(
        "Minister Opens New Water Plant | Floods Close Coast Road | Council Votes On Budget"
        " | Port Strike Ends After Talks | Rimsk Mayor Names New Deputy Ahead Of…"
    )
    # a whole sentence, not cut off: not a teaser (kept by the sentence rule instead)
    assert not cut_teaser(
        "Heavy rain closed the coast road at Dorn on Tuesday. Crews expect to reopen it by"
        " the weekend, the Kelvo Roads Agency said."
    )
    # a short teaser: under the teaser's length
    assert not cut_teaser("Rain closed the road. Crews expect to reopen it by…")


def test_cruft_near_misses_still_cruft() -> None:
    assert is_cruft(
        "We use cookies to give you the best experience on our website. By continuing to"
        " browse you agree to our use of cookies."
    )
    related = "Related: Floods close the coast road at Dorn, where crews expect to reopen it."
    assert not cut_teaser(related) and byline_tail(related) == ""  # neither rule reads it
    nav = (
        "Home | News | Regions | Business | Sport | Weather | Opinion | Video | Podcasts"
        " | Newsletters | Contact us | About us | Advertise | Jobs…"
    )
    assert not cut_teaser(nav) and byline_tail(nav) == ""  # a long menu cut off is no teaser

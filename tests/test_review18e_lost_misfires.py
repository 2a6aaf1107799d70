"""Review of lost18: what its three rules kept that is still furniture, or read as a vehicle.

- A teaser cut off with an ellipsis above the headline is another page's when it sits under a
  list's label ("Most read"), opens with a related item's label ("Previous post: ..."), or
  speaks to the reader as a promo ("Get our newsletter. ..."): it goes, as before lost18.
- A by-line whose date is followed by an update stamp or a credit ("..., updated ...",
  "..., Photo courtesy of ...") keeps no text; a dateline and a sentence after it still do.
- "Directorate of Combat Vehicles", "Ministry of Tactical Vehicles": a body named after the
  vehicles it looks after, not equipment. Every text here is invented for the test.
"""

from __future__ import annotations

from briefing_app.analysis.things import is_equipment
from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.byline import byline_tail
from briefing_app.ingest.furniture import cut_teaser

STORY = "The minister of Kelvo visited the Dorn dam on Wednesday to inspect the repairs."


def _load(*paragraphs: str):
    return source_from_bytes(("\n\n".join(paragraphs) + "\n").encode(), "page.txt")


def _above(*teaser: str):
    return _load(
        "Kelvo Daily", *teaser, "Minister Visits Dorn Dam", "By Jane Roe | 5 March 2031", STORY
    )


def test_teaser_under_a_list_label_above_the_headline_goes() -> None:
    source = _above(
        "Most read",
        "Floods hit Dorn again. The river rose two metres overnight and hundreds of families had"
        " to leave their homes before the rescue teams from the capital could ...",
    )
    assert source.title == "Minister Visits Dorn Dam" and source.author == "Jane Roe"
    assert "Floods hit Dorn" not in source.text and STORY in source.text


def test_previous_post_teaser_above_the_headline_goes() -> None:
    source = _above(
        "Previous post: The minister of Kelvo opened the port of Rimsk on Monday. Officials said"
        " the port would handle grain from the north and from the ..."
    )
    assert "Previous post" not in source.text and "port of Rimsk" not in source.text


def test_newsletter_promo_above_the_headline_goes() -> None:
    source = _above(
        "Get our newsletter. Every morning the editors pick the stories that matter to understand"
        " the day, from politics to sport, delivered straight to the inbox before…"
    )
    assert "newsletter" not in source.text and source.title == "Minister Visits Dorn Dam"


def test_cut_teaser_still_reads_a_story_intro() -> None:
    assert cut_teaser(
        "This interview is part of a series on the city vote. On 14 May, voters in Rimsk will"
        " elect a new council, and the candidates in Dorn North are Jane Roe and Tomas Vell…"
    )
    assert not cut_teaser(
        "Next story: Floods hit Dorn again. The river rose two metres overnight and hundreds of"
        " families had to leave their homes before the rescue teams could…"
    )


def test_byline_date_then_update_stamp_or_credit_keeps_no_text() -> None:
    for tail in (
        "updated March 4, 2031 at 10:15 a.m. local time.",
        "Photo courtesy of the Ministry of Water of Kelvo.",
        "Last updated on 4 March 2031 at 10.15 in the morning.",
    ):
        line = f"By Jane Roe | March 3, 2031, {tail}"
        assert byline_tail(line) == ""
        source = _load("Minister Opens Port", line, STORY)
        assert tail not in source.text and source.author == "Jane Roe"
    # near miss: a dateline and the story's sentence after the date stay text
    assert byline_tail(
        "By Jane Roe, March 3, 2031, RIMSK — The minister opened the port of Rimsk on Monday."
    ).startswith("March 3, 2031, RIMSK")


def test_body_named_after_vehicles_is_no_equipment() -> None:
    for name in (
        "Directorate of Combat Vehicles",
        "Ministry of Tactical Vehicles",
        "Association of Armoured Vehicles",
        "Office for Combat Vehicles",
    ):
        assert not is_equipment(name), name
    for name in ("Bradley Fighting Vehicles", "Armored Personnel Carriers"):
        assert is_equipment(name), name  # near misses: the class itself still is


INTRO = (
    "This interview is part of a series on the city vote. On 14 May, voters in Rimsk will"
    " elect a new council, and the candidates in Dorn North are Jane Roe and Tomas Vell…"
)


def test_listed_story_blurb_under_its_own_headline_goes() -> None:
    source = _load(
        "Kelvo Diplomat",
        "Kelvo aims to counter rivals by opening Rimsk embassy",
        "Kelvo ran an embassy in Rimsk for five years before closing it. Since then, diplomats"
        " from the capital have covered the islands and the ports of the south ...",
        "published on : 12th February 2031",
        "Minister Visits Dorn Dam",
        STORY,
    )
    assert source.title == "Minister Visits Dorn Dam"
    assert "five years" not in source.text and STORY in source.text
    # near miss: a story's intro under the masthead alone stays text
    kept = _load("Kelvo Daily", INTRO, "Author: Admin", "Minister Visits Dorn Dam", STORY)
    assert "the candidates in Dorn North" in kept.text

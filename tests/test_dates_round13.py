"""Round 13 date rules, on invented pages shaped like the ones that failed on unseen text: a
listing's item stamp that names where the item comes from before its date (a dateline's place,
a digest's newspaper), with a caption or a place line between it and the item's prose, dates
that item; a list of links with such stamps and no prose under them stays out."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _combined(text: str, published: str = "") -> dict[str, str]:
    """The timeline of the text as given, line for line (no loader cutting date lines)."""
    src, sa = labelled(text, [])
    src.published = published
    return {d.text: d.date for d in combine([src], [sa]).dates}


DIGEST = (
    "Water headlines\n\n"
    "Every week we pick stories about rivers, dams and water prices from newspapers across the "
    "region and sum each one up for our readers.\n\n"
    "Dam levels fall again\n"
    "Kelvo Herald (Ardia), 12 May 2031\n"
    "Belmar district\n"
    "The Ardia water board said the main dam had fallen below a third of its capacity for the "
    "first time since the long drought began.\n"
    "River cleanup draws hundreds\n"
    "Drevny Post, May 3, 2031\n"
    "Volunteers cleared rubbish from both banks of the Drevny river over the weekend, the town "
    "council said in a statement on its website.\n"
)


def test_a_digests_stamp_naming_its_newspaper_dates_the_item():
    dates = _combined(DIGEST)
    assert dates.get("12 May 2031") == "2031-05-12"  # a place line between stamp and prose
    assert dates.get("May 3, 2031") == "2031-05-03"  # the prose right under the stamp


NEWS_LIST = (
    "News\n\n"
    "Kelvo tribunal president ends visit to Ardia\n\n"
    "Belmar, 8 April 2031\n\n"
    "On 8 April 2031, the president of the Kelvo tribunal, Judge Ann Roe, ended her first "
    "official visit to Ardia, where she met survivors and officials.\n\n"
    "Kelvo tribunal president to visit Ardia\n"
    "Drevny, 27 March 2031\n"
    "President Ann Roe\n"
    "President Ann Roe\n"
    "The president of the Kelvo tribunal, Judge Ann Roe, will pay an official visit to Ardia "
    "from 1 to 7 April 2031, her first since taking office.\n"
)


def test_a_listed_items_dateline_above_captions_dates_the_item():
    dates = _combined(NEWS_LIST)
    assert dates.get("27 March 2031") == "2031-03-27"
    assert dates.get("1 to 7 April 2031") == "2031-04-01"


def test_near_miss_a_link_list_with_newspaper_stamps_and_no_prose_stays_out():
    text = (
        "Water board fines three towns\n\n"
        "The Ardia water board fined three towns for letting sewage into the Drevny river, its "
        "chair Ann Roe said on Tuesday at a meeting with the mayors.\n\n"
        "More stories\n"
        "Dam levels fall again\n"
        "Kelvo Herald, 12 May 2031\n"
        "River cleanup draws hundreds\n"
        "Drevny Post, 3 May 2031\n"
        "Council names new harbour master\n"
    )
    dates = _combined(text, "2031-05-20")
    assert "12 May 2031" not in dates and "3 May 2031" not in dates


def test_near_miss_a_stamp_far_above_the_prose_stays_out():
    # three lines between the stamp and the prose, or a line holding a figure: no item's stamp
    text = (
        "Water board fines three towns\n\n"
        "The Ardia water board fined three towns for letting sewage into the Drevny river, its "
        "chair Ann Roe said on Tuesday at a meeting with the mayors.\n\n"
        "More stories\n"
        "Dam levels fall again\n"
        "Kelvo Herald, 12 May 2031\n"
        "Belmar district\n"
        "Drevny district\n"
        "Ardia district\n"
        "The mayors of the three towns said they would appeal against the fines at the court in "
        "Kelvo as soon as the board sends its written decision.\n"
        "Related links\n"
        "River cleanup draws hundreds\n"
        "Drevny Post, 3 May 2031\n"
        "Page 2 of 14\n"
        "The board said the fines would pay for new filters at the three treatment plants that "
        "serve the towns along the lower river.\n"
    )
    dates = _combined(text, "2031-05-20")
    assert "12 May 2031" not in dates and "3 May 2031" not in dates

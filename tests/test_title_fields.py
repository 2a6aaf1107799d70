"""An archive's item: a series' label over a run of fields, the item's headline after them
(``title_rescue.headline_after_fields``); invented pages and near-misses."""

from __future__ import annotations

from briefing_app.ingest import source_from_bytes

SPEECH = (
    "MINISTER ROE: Thank you all for coming to Port Kelvo. The quotas of the four provinces "
    "will be cut by a third from April, after a winter without rain.\n\n"
    "The governors of the provinces have agreed to review the irrigation permits with the "
    "Water Board, and farmers will be paid for the crops they lose.\n\n"
    "JOURNALIST: Minister, when will the new quotas be published?\n\n"
    "MINISTER ROE: Next week, for each province."
)
HEADLINE = "Joint press conference with the provincial governors on the river quotas, Port Kelvo"


def _source(page: str):
    return source_from_bytes(page.encode("utf-8"), "page.txt")


def test_the_headline_after_an_archives_fields_each_value_under_its_label():
    page = (
        "Kelvo Transcripts\n\nTranscripts from the Ministers of Water of Kelvo\n\nRoe, Jane\n\n"
        "Period of Office: 01/02/2029 - 31/01/2033\nRelease Date:\n03/03/2031\n"
        "Release Type:\nTranscript\nTranscript ID:\n4521\nLocation:\nPort Kelvo\n"
        f"{HEADLINE}\n\n{SPEECH}"
    )
    source = _source(page)
    assert source.title == HEADLINE
    assert source.published == "2031-03-03"  # the field's value is the item's date


def test_the_headline_after_an_archives_fields_written_inline():
    page = (
        "Kelvo Minister Speeches\n\nSpeeches and statements by the ministers of Kelvo\n\n"
        "Roe, Jane\n\nDate: 03/03/2031\nType: Press conference\nLocation:\nPort Kelvo\n"
        f"{HEADLINE}\n\n{SPEECH}"
    )
    assert _source(page).title == HEADLINE


def test_near_miss_one_items_headline_over_fields_stays():
    headline = "Remarks by the Minister of Water of Kelvo to the provincial governors"
    page = (
        f"{headline}\n\nDate: 03/03/2031\nType: Speech\nLocation:\nPort Kelvo\n"
        f"Opening of the water conference, Port Kelvo\n\n{SPEECH}"
    )
    assert _source(page).title == headline

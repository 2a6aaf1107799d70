"""A wire digest's item whose dateline gives no date ("OSKVEL – ... said today") is its own
story: its "today" is not the day of the dated item above it (invented digests), while a dated
item's "today" is its own day and a lone undated dateline is the page's own (near-misses)."""

from __future__ import annotations

from briefing_app.analysis import analyze
from briefing_app.ingest import source_from_bytes

DATED = (
    "OSKVEL, Jan. 30, 2031 – Water Minister Jana Roe visited the broken Kelvo dam. She told "
    "engineers today that it would be rebuilt within two years, after the floods of the winter."
)
UNDATED = (
    "OSKVEL – The Kelvo basin needs more than a new dam. A new flood plan was presented "
    "today at a meeting with the provincial governors, a senior water official said."
)
EARLIER = (
    "PORT ARDIA, Aug. 13, 2030 – The Kelvo river reached its highest level in a century "
    "today, the basin's water board said in a statement."
)


def _dates(text: str) -> list[tuple[str, str, str]]:
    src = source_from_bytes(text.encode("utf-8"), "digest.txt")
    return [(d.text, d.date, d.sentence) for d in analyze([src]).dates]


def test_an_undated_items_today_is_not_the_item_above():
    found = _dates(f"{EARLIER}\n\n{DATED}\n\n{UNDATED}")
    todays = {date for text, date, sentence in found if text == "today"}
    assert "2031-01-30" in todays  # the dated item's own "today"
    assert not any("flood plan" in sentence for _, _, sentence in found)


def test_a_lone_undated_dateline_keeps_the_pages_day():
    """Near-miss: no dated item on the page; the page's own date resolves its "today"."""
    found = _dates(f"Published: 4 February 2031\n\nKelvo needs a flood plan\n\n{UNDATED}")
    assert ("today", "2031-02-04") in {(t, d) for t, d, _ in found}

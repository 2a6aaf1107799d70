"""A release's long headline right over its dateline paragraph is the title
(``title_fallback.headline_over_dateline``): invented pages, and near-misses."""

from __future__ import annotations

from briefing_app.ingest import source_from_bytes

LONG = (
    "The work of the Tribunal is to be measured by “the steady progress it has made in the "
    "settlement of disputes between the river provinces and in the advancement of the law of "
    "shared waters”, the President of the Tribunal tells the Assembly"
)
REST = (
    "The President recalled that the Tribunal had heard four cases over the shared waters of "
    "the river provinces in the last year, and had given its rulings in each.\n\n"
    "He told the Assembly that the Tribunal would move to the hearings of the next case without "
    "delay, now that the written exchanges of the provinces were complete."
)


def _source(page: str):
    return source_from_bytes(page.encode("utf-8"), "release.txt")


def test_a_tribunals_quoted_headline_over_a_capitals_dateline():
    page = (
        "RIVER PROVINCES TRIBUNAL Water Palace, Kelvo Square 2, Kelvo City, Tel.: +99 (0)12 "
        "345 6789 Fax: +99 (0)12 345 6780 Website: www.rpt.example Press Release Unofficial\n\n"
        "No. 2031/12 3 March 2031\n\n"
        f"{LONG}\n\n"
        "KELVO CITY, 3 March 2031. Today, the President of the River Provinces Tribunal told "
        "the Assembly of the provinces that the Tribunal had continued to settle the disputes "
        "over the shared waters of the Kelvo basin, and the progress of the law.\n\n" + REST
    )
    source = _source(page)
    assert source.title == LONG
    assert source.published == "2031-03-03"


def test_a_wire_releases_long_headline_over_its_wire_dateline():
    headline = (
        "Kelvo Water Board and the four river provinces sign a ten-year agreement on shared "
        "water quotas, the first since the drought, opening the way to new irrigation works "
        "across the southern provinces"
    )
    page = (
        f"{headline}\n\n"
        "KELVO CITY, March 3, 2031 /Kelvo Newswire/ - The Kelvo Water Board and the four river "
        "provinces today signed an agreement on shared water quotas for the next ten years, "
        "which opens the way to new irrigation works in the southern provinces.\n\n" + REST
    )
    source = _source(page)
    assert source.title == headline
    assert source.published == "2031-03-03"


def test_near_miss_a_lead_paragraph_or_a_caption_over_the_dateline_is_no_headline():
    lead = (
        "The President of the Tribunal spoke to the Assembly of the provinces for the first time "
        "since the drought, and recalled the four cases the Tribunal heard over the shared "
        "waters of the provinces in the last year."
    )
    caption = (
        "KELVO CITY (March 3, 2031) The President of the Tribunal addresses the Assembly of "
        "the provinces. Tribunal photo by Jane Roe. RELEASED"
    )
    for above in (lead, caption):
        page = (
            f"{above}\n\nKELVO CITY, 3 March 2031. Today, the President of the River Provinces "
            "Tribunal told the Assembly that the Tribunal had settled the disputes over the "
            "shared waters of the Kelvo basin.\n\n" + REST
        )
        assert _source(page).title != above

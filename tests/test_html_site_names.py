"""A saved page's site named by its JSON-LD publisher, and an <h1> of the site's name under a
<title> "Headline | Site" (``ingest.html_meta``): invented pages and near-misses."""

from __future__ import annotations

import json

import pytest

from briefing_app.ingest import source_from_bytes

HEADLINE = "Board cuts water quotas for four provinces"
PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
        "third since the winter, and that four provinces would see their quotas cut.",
        "Farmers in the southern provinces say the cuts came too late for the spring sowing, "
        "and that the board had been warned about the drought for months.",
        "The board will meet the provincial governors again next month to review the quotas.",
    )
)


def _source(html: str):
    return source_from_bytes(html.encode("utf-8"), "page.html")


@pytest.mark.parametrize(
    "ld",
    [
        {"@type": "NewsArticle", "headline": HEADLINE, "publisher": {"name": "Kelvo Ledger"}},
        {
            "@graph": [
                {"@type": "WebPage"},
                {"@type": "Article", "publisher": {"name": "Kelvo Ledger"}},
            ]
        },
        [{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Kelvo Ledger"}}],
    ],
)
def test_the_json_ld_publisher_names_the_site(ld):
    html = (
        f"<html><head><title>{HEADLINE}</title><script type='application/ld+json'>"
        f"{json.dumps(ld)}</script></head><body><h1>{HEADLINE}</h1>{PARAS}</body></html>"
    )
    assert _source(html).outlet == "Kelvo Ledger"


def test_near_miss_a_json_ld_item_with_no_publisher_names_no_site():
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "author": {"name": "Jane Roe"}}
    html = (
        f"<html><head><title>{HEADLINE}</title><script type='application/ld+json'>"
        f"{json.dumps(ld)}</script></head><body><h1>{HEADLINE}</h1>{PARAS}</body></html>"
    )
    assert _source(html).outlet == ""


def test_an_h1_of_the_sites_name_gives_way_to_the_headline_in_the_title_tag():
    html = (
        f"<html><head><title>{HEADLINE} | Kelvo Water Board</title></head><body>"
        f"<h1>Kelvo Water Board</h1><h2>{HEADLINE}</h2><p>3 March 2024</p>{PARAS}</body></html>"
    )
    source = _source(html)
    assert (source.title, source.outlet) == (HEADLINE, "Kelvo Water Board")


def test_near_miss_an_h1_headline_with_the_site_after_it_stays():
    html = (
        f"<html><head><title>{HEADLINE} | Kelvo Water Board</title></head><body>"
        f"<h1>{HEADLINE}</h1><p>3 March 2024</p>{PARAS}</body></html>"
    )
    assert _source(html).title == HEADLINE

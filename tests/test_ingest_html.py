"""Saved web pages: main text without page furniture, metadata, hostile markup refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from story import story, story_kinds, story_paragraphs

from briefing_app.ingest import SourceError, load_source, source_from_bytes
from briefing_app.ingest.html import _fallback, parse

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = FIXTURES / "news_page.html"


def assert_paragraphs(source) -> list[str]:
    texts = story_paragraphs(source)
    assert texts and all(t and t.strip() == t for t in texts)
    assert "\n\n".join(texts) == story(source)
    return texts


def test_page_metadata():
    source = load_source(PAGE)
    assert source.format == "html"
    assert source.title == "Tokayev hosts Putin for defence talks in Astana"
    assert source.outlet == "Steppe Herald"
    assert source.url == "https://www.steppeherald.example/world/tokayev-putin-talks"
    assert source.author == "Aigerim Nurlanova"
    assert source.published.startswith("2024-11-28T09:30")
    assert source.language == "en"


def test_page_main_text_without_furniture():
    source = load_source(PAGE)
    texts = assert_paragraphs(source)
    assert texts[0].startswith("Kazakh President Kassym-Jomart Tokayev welcomed Vladimir Putin")
    assert story_kinds(source)[0] == "lead"
    assert "Trade at the centre" in texts
    assert story_kinds(source)[texts.index("Trade at the centre")] == "heading"
    assert any(t.startswith("“We have no contentious issues") for t in texts)
    assert texts[-1].startswith("Analysts in Almaty said")
    for cruft in (
        "Skip to main content",
        "cookies",
        "Accept all",
        "Live broadcast",
        "Share this article",
        "16 px",
        "Advertisement",
        "Related stories",
        "Leave a Reply",
        "email address",
        "Great article",
        "new articles available",
        "window.dataLayer",
        "All rights reserved",
    ):
        assert cruft not in source.text, cruft
    # The headline is metadata, not the first paragraph.
    assert not texts[0].startswith("Tokayev hosts Putin")


def test_metadata_from_json_ld_and_time_only(tmp_path):
    page = """<html><head><title>Water deal signed - Daily Steppe</title>
    <link rel="canonical" href="https://daily.example/water">
    <script type="application/ld+json">{"@context": "https://schema.org",
      "@graph": [{"@type": "WebSite", "name": "x"},
      {"@type": "NewsArticle", "headline": "Water deal signed by five states",
       "author": [{"name": "A. Writer"}, {"name": "B. Writer"}],
       "publisher": {"name": "Daily Steppe"}}]}</script></head>
    <body><article><p>Five Central Asian states signed a water-sharing deal on Friday after
    years of talks, officials in Tashkent said. The deal covers the Amu Darya and the Syr Darya
    and sets quotas for each country for the next ten years.</p>
    <p>Published <time datetime="2024-03-01">1 March</time></p></article></body></html>"""
    path = tmp_path / "water.htm"
    path.write_text(page, encoding="utf-8")
    source = load_source(path)
    assert source.title == "Water deal signed by five states"
    assert source.author == "A Writer, B Writer"  # trafilatura drops the initials' stops
    assert source.outlet == "Daily Steppe"
    assert source.url == "https://daily.example/water"
    assert source.published == "2024-03-01"
    assert "Five Central Asian states signed a water-sharing deal" in source.text


def test_title_from_title_tag_without_site_suffix():
    page = b"""<html lang="de"><head><title>Wasserabkommen unterzeichnet | Steppenbote</title>
    </head><body><p>Die f\xc3\xbcnf Staaten haben am Freitag ein Abkommen \xc3\xbcber das Wasser
    unterzeichnet, und die Minister sind mit dem Ergebnis sehr zufrieden.</p></body></html>"""
    source = source_from_bytes(page, "wasser.html")
    assert source.title == "Wasserabkommen unterzeichnet"
    assert source.language == "de"
    assert "fünf Staaten" in source.text


def test_legacy_charset_from_meta(tmp_path):
    body = "<p>Президент России Владимир Путин прибыл в Астану, где провёл переговоры.</p>" * 3
    head = '<head><meta charset="windows-1251"><title>Визит</title></head>'
    page = f"<html>{head}<body>{body}</body></html>"
    source = source_from_bytes(page.encode("cp1251"), "ru.html")
    assert "Владимир Путин прибыл в Астану" in source.text
    assert source.title == "Визит"


def test_fallback_extraction_reads_article_paragraphs():
    tree = parse(
        "<html><body><nav><p>Home World</p></nav><div class='cookie-banner'><p>We use cookies</p>"
        "</div><article><h2>Water</h2><p>First <b>bold</b> paragraph.</p><ul><li>An item</li>"
        "</ul><div class='share-tools'><p>Share</p></div></article><footer><p>Footer</p>"
        "</footer></body></html>",
        "x.html",
    )
    blocks = [(" ".join(b.lines), b.kind) for b in _fallback(tree)]
    assert blocks == [("Water", "heading"), ("First bold paragraph.", "body"), ("An item", "body")]


def test_page_with_no_text(tmp_path):
    with pytest.raises(SourceError, match=r"^blank\.html: no readable text found$"):
        source_from_bytes(b"<html><body><img src='x.png'></body></html>", "blank.html")


SECRET = "TOP-SECRET-7f3a9c"


def _xxe_pages(secret_file: Path) -> dict[str, str]:
    uri = secret_file.as_uri()
    return {
        "external": f"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "{uri}">]>
<html><body><article><p>The leak would appear here: &xxe; if entities were resolved by the
parser, which they never are in this application, not even once.</p></article></body></html>""",
        "laughs": """<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;"><!eNtItY lol4 "&lol3;&lol3;&lol3;&lol3;">]>
<html><body><p>&lol4; expansion of entities must never happen here at all.</p></body></html>""",
        "parameter": f"""<!DOCTYPE x [<!ENTITY % remote SYSTEM "{uri}"> %remote;]>
<html><body><p>A page that pulls in a parameter entity from a local file.</p></body></html>""",
    }


@pytest.mark.parametrize("kind", ["external", "laughs", "parameter"])
def test_entity_payloads_are_refused_and_never_resolved(tmp_path, kind):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    page = tmp_path / f"{kind}.html"
    page.write_text(_xxe_pages(secret_file)[kind], encoding="utf-8")
    with pytest.raises(SourceError) as info:
        load_source(page)
    assert (
        str(info.value)
        == f"{page}: refused: the markup declares XML entities (possible entity-expansion attack)"
    )
    assert SECRET not in str(info.value)


def test_parsers_never_resolve_entities_even_without_the_guard(tmp_path):
    """Defence in depth: the lxml parsers we use leave entities alone on their own."""
    from lxml import etree
    from lxml import html as lhtml

    from briefing_app.ingest.xmlsafe import html_parser, xml_parser

    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    markup = _xxe_pages(secret_file)["external"]
    html_tree = lhtml.document_fromstring(markup.split("?>", 1)[1], parser=html_parser())
    xml_tree = etree.fromstring(markup.encode(), parser=xml_parser())
    assert SECRET not in html_tree.text_content()
    assert SECRET not in etree.tostring(xml_tree, encoding="unicode")
    assert SECRET not in "".join(xml_tree.itertext())


def test_line_breaks_split_sentences_not_words():
    page = (
        "<html><head><title>Old page</title></head><body><div id='content'><h1>Old page</h1>"
        "<p>The first paragraph of the old page talks about the summit in Astana and its results."
        "<br><br>The second paragraph describes the reaction of the neighbours<br>in detail, "
        "over several lines of an old hand-made page.</p></div></body></html>"
    )
    source = source_from_bytes(page.encode(), "old.html")
    assert source.title == "Old page"
    assert story_paragraphs(source) == [
        "The first paragraph of the old page talks about the summit in Astana and its results.",
        "The second paragraph describes the reaction of the neighbours in detail, over several "
        "lines of an old hand-made page.",
    ]

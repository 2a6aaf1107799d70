"""Page furniture and metadata on unseen pages (issue 8 §2-§3): general rules, own fixtures.

Every page here is written for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest
from story import story, story_paragraphs, story_start

from briefing_app.ingest import source_from_bytes, source_from_text
from briefing_app.ingest.urls import registered_domain

BODY = (
    "The ministers of five Central Asian states agreed on river water quotas in Tashkent on "
    "Monday, officials said.\n\nThey will meet again in the autumn to review the quotas."
)


def _page(site: str, url: str) -> bytes:
    head = f'<meta property="og:site_name" content="{site}"><link rel="canonical" href="{url}">'
    return (
        f"<html><head>{head}</head><body><article><h1>Ministers agree on river water quotas</h1>"
        f"<p>{BODY.replace(chr(10), ' ')}</p></article></body></html>"
    ).encode()


def test_a_site_that_is_a_public_suffix_host_is_named_by_the_suffix():
    assert registered_domain("https://www.gov.uk/government/news/x") == "gov.uk"
    assert registered_domain("https://www.example.org/a") == "example.org"
    assert registered_domain("www.example.co.uk") == "example.co.uk"
    url = "https://www.gov.uk/government/news/ministers-agree-on-river-water-quotas"
    source = source_from_text(f"URL: {url}\n\nMinisters agree on river water quotas\n\n{BODY}")
    assert source.outlet == "gov.uk"
    assert source.url == url


def test_the_site_name_the_page_writes_beats_the_domain():
    url = "https://www.gov.uk/government/news/water-quotas"
    assert source_from_bytes(_page("GOV.UK", url), "quotas.html").outlet == "GOV.UK"
    assert source_from_bytes(_page("Daily Ledger", url), "quotas.html").outlet == "Daily Ledger"


def test_a_host_name_as_site_name_gives_the_registered_domain_without_www():
    url = "https://www.example.com.au/world/water-quotas"
    page = _page("www.example.com.au", url)
    assert source_from_bytes(page, "quotas.html").outlet == "example.com.au"


def test_the_short_lines_a_page_ends_with_go_and_the_article_stays():
    tail = (
        "FINISHED\n\nMore in regional politics\n\n"
        "Harbour Board Chair Quits Over Ferry Contract Row\n\nBy: Sam Cole - Local Reporter\n\n"
        "What Next For The Northern Rail Link?\n\nBy: Transit Watch\n\n"
        "Type your reply!\n\nYour name\n\nLatest Replies\n\nPowered By : SomePlugin.example\n"
    )
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}\n\n{tail}")
    assert source.text.endswith("They will meet again in the autumn to review the quotas.")
    for gone in ("FINISHED", "Harbour Board", "Sam Cole", "Northern Rail", "Latest Replies"):
        assert gone not in source.text


def test_a_cut_off_last_paragraph_and_a_last_table_stay():
    cut = "In May 2024, the council agreed that the qu"
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}\n\n{cut}\n")
    assert source.text.endswith(cut)
    table = "| State | Quota |\n|---|---|\n| Kazakhstan | 41 |\n| Uzbekistan | 52 |\n"
    md = source_from_bytes(f"# Water quotas agreed\n\n{BODY}\n\n{table}".encode(), "quotas.md")
    assert md.tables and md.text.endswith("Uzbekistan | 52")


def test_a_short_note_is_not_trimmed_to_nothing():
    source = source_from_text("Call the embassy\n\nAsk about visas\n\nThen report back")
    assert "Then report back" in source.text


CREDITS = [
    "Photo By: Ana Ruiz, Coast Guard",
    "Photo by Li Wei/Daily Ledger",
    "(Image credit: Harbour Press)",
    "Credit: Harbour Press",
    "Reporting by Ana Ruiz in Almaty; Additional reporting by Li Wei; Editing by Sam Cole",
    "(Reporting by Ana Ruiz; Editing by Sam Cole)",
    "(Harbour Press)",
    "VIRIN: 250303-D-XY123-0042",
    "3 hours ago",
    "0:00 0:01:47 0:00",
    "Tags: Water, Central Asia, Diplomacy",
    "Filed under: World",
    "Home > World > Asia > Politics",
    "Media : News : Article View",
    "World | Asia • Water • Diplomacy",
    "Is this page useful?",
    "Yes this page is useful",
    "Please enter your comment!",
    "• Transcript E&OE",
    "Story by Ana Ruiz and Li Wei",
    "Ana Ruiz, Staff Writer",
]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_tag_and_widget_lines_go(line):
    source = source_from_text(f"Ministers agree on river water quotas\n\n{line}\n\n{BODY}")
    assert line not in source.text
    assert story(source).startswith("The ministers of five Central Asian states")


KEPT = [
    "Reporting by the ministry shows that forty people were displaced by the floods.",
    "Photographs show the damage along the river in the city centre, officials said.",
    "Home ministers of the five states will meet in Almaty next week to review it.",
    "Credit card payments for the aid fund opened on Monday, the ministry said.",
    "Kazakhstan, Uzbekistan and Tajikistan signed the quotas.",
    "By Monday, the river had fallen back below the flood mark, engineers said.",
]


@pytest.mark.parametrize("line", KEPT)
def test_sentences_that_start_like_credits_stay(line):
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}\n\n{line}")
    assert line in source.text


def test_a_comma_headline_is_not_a_tag_list():
    source = source_from_text(f"Press conference, Almaty, Kazakhstan\n\n{BODY}")
    assert source.title == "Press conference, Almaty, Kazakhstan"


def test_a_dated_byline_gives_the_author_and_leaves_the_text():
    line = "Mar. 3, 2025 | By Ana Ruiz , Ledger News"
    source = source_from_text(f"Ministers agree on river water quotas\n\n{line}\n\n{BODY}")
    assert source.author == "Ana Ruiz"
    assert "Ana Ruiz" not in source.text


def test_a_date_widget_is_the_date_only_when_nothing_better_gives_one():
    widget = "Friday, 7 March 2025"
    alone = source_from_text(f"{widget}\n\nMinisters agree on river water quotas\n\n{BODY}")
    assert alone.published == "2025-03-07"
    stated = source_from_text(
        f"{widget}\n\nMinisters agree on river water quotas\n\nPublished: 3 March 2025\n\n{BODY}"
    )
    assert stated.published == "2025-03-03"
    dated = source_from_text(
        f"{widget}\n\nMinisters agree on river water quotas\n\n"
        f"TASHKENT, March 4, 2025 (Ledger) – {BODY}"
    )
    assert dated.published == "2025-03-04"
    assert "Friday" not in dated.text


def test_a_dateline_without_a_date_gives_none():
    source = source_from_text(f"Ministers agree on quotas\n\nTASHKENT – {BODY}")
    assert source.published == ""


def test_a_republisher_source_line_names_the_original_outlet():
    top = source_from_text(
        f"Ministers agree on river water quotas\n\nSource: Ministry of Water Resources\n\n{BODY}"
    )
    assert top.outlet == "Ministry of Water Resources"
    assert "Source:" not in top.text
    url = "https://www.copyingsite.example/2025/03/quotas"
    bottom = source_from_text(
        f"URL: {url}\n\nMinisters agree on quotas\n\n{BODY}\n\nIssued by the Press Office"
    )
    assert (bottom.outlet, bottom.url) == ("Press Office", url)
    assert "Issued by" not in bottom.text


def test_a_figure_source_in_the_body_stays_text():
    later = BODY.replace("They", "Officials")
    middle = "\n\n".join([BODY, later, BODY, "Source: Regional Water Board", later, BODY])
    source = source_from_text(f"Ministers agree on river water quotas\n\n{middle}")
    assert source.outlet == ""
    assert "Source: Regional Water Board" in source.text


SHOUTED = (
    "Floods in the south\n\n"
    "WITNESSES SAID RIVER WATER ROSE QUICKLY OVERNIGHT NEAR THE BORDER TOWN. RESCUE TEAMS "
    "REACHED STRANDED FAMILIES BY BOAT, AND ENGINEERS CHECKED THE DAMS AT DAWN.\n\n"
    "HEALTH WORKERS WARNED OF DISEASE IN CROWDED SHELTERS. PRESIDENT ALI KARIMOV TOLD "
    "REPORTERS IN TASHKENT ON MONDAY THAT HELP FROM THE UNITED NATIONS WOULD ARRIVE SOON.\n\n"
    "Karimov later flew over the flooded districts with WFP officials, his office said."
)


def test_capitals_get_an_ordinary_case_view_and_the_text_stays():
    source = source_from_text(SHOUTED)
    view = source.text_for_model
    assert len(view) == len(source.text) and view != source.text
    assert "WITNESSES SAID RIVER WATER ROSE" in source.text  # the text is never rewritten
    assert view[story_start(source) :].startswith("Witnesses said river water rose quickly")
    assert "President Ali Karimov told reporters in Tashkent on Monday" in view
    assert "Health workers warned" in view
    assert "the United Nations would arrive soon" in view
    last = story_paragraphs(source)[-1]
    assert view.endswith(last)  # a paragraph in ordinary case is read as it is


def test_no_view_for_ordinary_text():
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}")
    assert source.model_text == "" and source.text_for_model == source.text


def test_capitalised_words_do_not_become_actors_and_evidence_points_into_the_text():
    from briefing_app.analysis import analyze_sources, combine

    source = source_from_text(SHOUTED)
    analysis = combine([source], analyze_sources([source]))
    names = {a.name.casefold() for a in analysis.actors}
    assert any("karimov" in n for n in names) and "tashkent" in names
    assert not any(w in n for n in names for w in ("river", "water", "dams", "told", "health"))
    for actor in analysis.actors:
        for ev in actor.evidence:
            written = source.text[ev.start : ev.end].casefold()
            assert any(written == f.casefold() for f in (actor.name, *actor.aliases)), written


def test_a_caption_loses_its_bracketed_photo_credit():
    caption = "Engineers inspect a dam near Tashkent, March 3, 2025."
    line = f"{caption} (Ledger Navy photo by Petty Officer Ana Ruiz)"
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}\n\n{line}")
    assert caption in source.text and "Ana Ruiz" not in source.text
    kept = "The images (taken by satellite on Monday) show the damage along the river."
    assert kept in source_from_text(f"Ministers agree on quotas\n\n{BODY}\n\n{kept}").text


def test_a_site_name_line_at_the_bottom_goes():
    source = source_from_text(
        f"Ministers agree on quotas\n\n{BODY}\n\nLedger.Example & Co Press Ltd."
    )
    assert "Ledger.Example" not in source.text


def test_a_closing_list_of_sources_or_related_stories_goes():
    sources = (
        "Sources\n\n"
        'Ana Ruiz. "Quotas agreed after long talks" — Daily Ledger, March 4, 2025\n\n'
        '"Water deal signed in Tashkent" — Harbour Press, March 3, 2025'
    )
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}\n\n{sources}")
    assert source.text.endswith("review the quotas.")
    assert "Ana Ruiz" not in source.text and "Harbour Press" not in source.text


def test_a_sources_heading_above_prose_stays():
    prose = (
        "Sources\n\nOfficials who spoke on condition of anonymity said the quotas had been "
        "debated for three years before the ministers finally agreed on the shares of each "
        "state, and that the deal still needs the approval of five parliaments before it takes "
        "effect in the spring."
    )
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}\n\n{prose}")
    assert "Officials who spoke" in source.text


def test_a_related_links_list_inside_the_page_goes_and_the_article_goes_on():
    links = (
        "Related stories\n\nHarbour Board Chair Quits Over Ferry Contract Row\n\n"
        "4 March 2025\n\nWhat Next For The Northern Rail Link?"
    )
    after = "Officials said the quotas would be reviewed every five years by a joint commission."
    source = source_from_text(
        f"Ministers agree on river water quotas\n\n{BODY}\n\n{links}\n\n{after}"
    )
    assert "Harbour Board" not in source.text and "Northern Rail" not in source.text
    assert after in source.text and "They will meet again" in source.text


def test_a_dateline_or_speaker_label_in_capitals_is_read_in_ordinary_case():
    text = (
        "Ministers agree on river water quotas\n\n"
        f"TASHKENT, March 4, 2025 – {BODY.split(chr(10))[0]}\n\n"
        "MINISTER KARIMOVA:  Thank you all for coming to Tashkent today.\n\n"
        "UNHCR, the refugee agency, said it would help."
    )
    source = source_from_text(text)
    view = source.text_for_model
    assert len(view) == len(source.text) and "TASHKENT, March 4" in source.text
    assert "Tashkent, March 4, 2025 – The ministers" in view
    assert "Minister Karimova: Thank you" in view
    assert "UNHCR, the refugee agency" in view  # an acronym opening a sentence stays


def test_a_documents_last_heading_and_its_sources_section_stay():
    md = (
        f"# Water quotas\n\n{BODY}\n\n## Sources\n\n"
        "Daily Ledger report on the Tashkent quotas\n\n## Outlook\n"
    ).encode()
    source = source_from_bytes(md, "note.md")
    headings = [
        t
        for t, p in zip(source.paragraph_texts(), source.paragraphs, strict=True)
        if p.kind == "heading"
    ]
    assert headings[-2:] == ["Sources", "Outlook"]
    assert "Daily Ledger report on the Tashkent quotas" in source.text


def test_a_related_posts_list_of_bulleted_headlines_goes():
    related = (
        "Related Posts\n- [ledger] Press Releases: Kelvo's National Day\n"
        "- [ledger] Harbour office under repair\n"
        "- [ledger] Press Releases: Assistant Secretary for Water, Rivers, Quotas and Dams "
        "Jane Roe Travels to Kelvo and the Northern River Provinces"
    )
    source = source_from_text(f"Ministers agree on river water quotas\n\n{BODY}\n\n{related}")
    assert "ledger" not in source.text
    assert source.text.endswith("review the quotas.")


def test_in_capitals_an_acronym_spelled_by_words_of_the_text_stays_and_those_words_are_a_name():
    from briefing_app.ingest.casing import spelled_names

    text = (
        "Harbour News: VECOCOM SENDS SHIPS\n\n"
        "THE VELMOR COASTAL COMMAND SENT TWO SHIPS TO THE KORVATH NAVAL BASE ON MONDAY.\n\n"
        "VECOCOM SAID THE SHIPS WOULD STAY AT KORVATH NB UNTIL THE STORM HAD PASSED, AND THE "
        "LEDGER RELIEF AGENCY (LRA) WOULD HELP. THE SEA WAS ROUGH."
    )
    acronyms, _ = spelled_names(text)
    assert acronyms == {"VECOCOM", "NB"}  # "LRA": three letters are too often a word
    view = source_from_text(text).text_for_model
    assert "Velmor Coastal Command" in view and "VECOCOM said" in view
    assert "Naval Base" in view and "NB until" in view
    assert "the sea was rough" in view.lower() and "SEA" not in view


def test_in_capitals_a_place_then_words_ending_in_a_body_word_are_a_name():
    text = (
        "VELMOR AIR FORCE PLANES LANDED ON MONDAY. U.S. ARMY HELICOPTERS FLEW TO THE CAMPS "
        "WHILE U.S. ROTARY WING ASSETS WAITED AND THE LEAD COMPONENT COMMAND WATCHED."
    )
    view = source_from_text(f"Planes land\n\n{text}").text_for_model
    assert "U.S. Army helicopters" in view
    assert "rotary wing assets" in view and "lead component command" in view

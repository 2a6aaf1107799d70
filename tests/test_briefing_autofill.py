"""Auto-fill from a hand-built Analysis: evidence everywhere, refresh, dismissal, switching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing_app.briefing import (
    autofill,
    briefing_from_json,
    briefing_to_json,
    decline_title_offer,
    get_template,
    load_templates,
    mark_edited,
    switch_template,
)
from briefing_app.model import (
    AUTO,
    BULLET,
    EDITED,
    PARAGRAPH,
    TABLE_ROW,
    USER,
    Actor,
    Analysis,
    Block,
    Briefing,
    Citation,
    DateMention,
    Evidence,
    KeyPoint,
    Run,
)

TEXTS = {
    "src-a": (
        "Russia is pivoting eastward to deepen its partnership with Kazakhstan. "
        "President Vladimir Putin visited Astana on 27 November 2024 for talks on defence. "
        "Kassym-Jomart Tokayev welcomed plans for a new Eurasian security framework. "
        "Sanctions continue to weigh on Russian industry."
    ),
    "src-b": (
        "Kazakhstan signed seventeen agreements with Russia on 28 November 2024. "
        "Владимир Путин said trade between the two countries had reached a record. "
        "The Collective Security Treaty Organization met in Astana in October 2024."
    ),
    "src-c": (
        "China is watching the Russian move closely. "
        "Beijing announced a rail project through Kazakhstan on 2 December 2024."
    ),
}
TITLES = {"src-a": "Russia turns east", "src-b": "Astana deals", "src-c": "China watches"}


def ev(source: str, phrase: str) -> Evidence:
    start = TEXTS[source].index(phrase)
    return Evidence(source, start, start + len(phrase))


def kp(text: str, score: float, *sources: str) -> KeyPoint:
    return KeyPoint(text, score, list(sources), [ev(s, text) for s in sources])


def make_analysis(sources: list[str]) -> Analysis:
    """An analysis as spaCy would give it for these sources (built by hand, no model)."""
    a = TEXTS["src-a"].split(". ")
    points = {
        "src-a": [
            kp(a[0] + ".", 0.95, "src-a"),
            kp(a[1] + ".", 0.9, "src-a"),
            kp(a[2] + ".", 0.6, "src-a"),
            kp(a[3], 0.3, "src-a"),
        ],
        "src-b": [
            kp(
                "Kazakhstan signed seventeen agreements with Russia on 28 November 2024.",
                0.92,
                "src-b",
            ),
            kp(
                "Владимир Путин said trade between the two countries had reached a record.",
                0.5,
                "src-b",
            ),
            kp(
                "The Collective Security Treaty Organization met in Astana in October 2024.",
                0.2,
                "src-b",
            ),
        ],
        "src-c": [
            kp(
                "Beijing announced a rail project through Kazakhstan on 2 December 2024.",
                0.93,
                "src-c",
            ),
            kp("China is watching the Russian move closely.", 0.4, "src-c"),
        ],
    }
    key_points = sorted((p for s in sources for p in points[s]), key=lambda p: -p.score)
    putin_ev = [ev("src-a", "Vladimir Putin")] + (
        [ev("src-b", "Владимир Путин")] if "src-b" in sources else []
    )
    actors = [
        Actor(
            "person:vladimir-putin",
            "Vladimir Putin",
            "person",
            ["Владимир Путин"],
            ["President of Russia"],
            len(putin_ev),
            sorted({e.source for e in putin_ev}),
            putin_ev,
            0.9,
        ),
        Actor(
            "person:kassym-jomart-tokayev",
            "Kassym-Jomart Tokayev",
            "person",
            [],
            ["President of Kazakhstan"],
            1,
            ["src-a"],
            [ev("src-a", "Kassym-Jomart Tokayev")],
            0.7,
        ),
        Actor(
            "place:kazakhstan",
            "Kazakhstan",
            "place",
            [],
            [],
            2,
            [s for s in sources if "Kazakhstan" in TEXTS[s]],
            [ev(s, "Kazakhstan") for s in sources if "Kazakhstan" in TEXTS[s]],
            0.6,
        ),
    ]
    if "src-b" in sources:
        actors.append(
            Actor(
                "organization:csto",
                "Collective Security Treaty Organization",
                "organization",
                ["CSTO"],
                ["military alliance"],
                1,
                ["src-b"],
                [ev("src-b", "Collective Security Treaty Organization")],
                0.5,
            )
        )
    dates = [
        DateMention("2024-11-27", "27 November 2024", [ev("src-a", "27 November 2024")], a[1] + ".")
    ]
    if "src-b" in sources:
        dates += [
            DateMention(
                "2024-11-28",
                "28 November 2024",
                [ev("src-b", "28 November 2024")],
                points["src-b"][0].text,
            ),
            DateMention(
                "2024-10", "October 2024", [ev("src-b", "October 2024")], points["src-b"][2].text
            ),
        ]
    if "src-c" in sources:
        dates.append(
            DateMention(
                "2024-12-02",
                "2 December 2024",
                [ev("src-c", "2 December 2024")],
                points["src-c"][0].text,
            )
        )
    citations = [
        Citation(n, s, outlet="Outlet " + s[-1].upper(), title=TITLES[s], url=f"https://e.x/{s}")
        for n, s in enumerate(sources, 1)
    ]
    summary = " ".join(p.text for p in key_points[:2])
    return Analysis(actors, key_points, dates, citations, summary=summary)


@pytest.fixture(autouse=True)
def no_user_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(tmp_path / "no-user-templates"))


def all_texts(b: Briefing) -> list[str]:
    """Every piece of text a reader would see in the blocks (table cells one by one)."""
    out = []
    for s in b.sections:
        for block in s.blocks:
            out += [c for c in block.cells if c] if block.kind == TABLE_ROW else [block.text]
    return out


def test_every_fed_section_is_filled_and_every_auto_block_has_evidence() -> None:
    analysis = make_analysis(["src-a", "src-b", "src-c"])
    for template in load_templates()[0]:
        b = autofill(analysis, template)
        assert b.template == template.id
        assert [s.id for s in b.sections] == [s.id for s in template.sections]
        for section in b.sections:
            if section.fill not in ("none", "sources"):
                assert section.blocks, f"{template.id}/{section.id} is empty"
            else:
                assert section.blocks == []
            for block in section.blocks:
                assert block.origin == AUTO and block.key and block.evidence
                for e in block.evidence:
                    assert 0 <= e.start < e.end <= len(TEXTS[e.source])
        assert [c.number for c in b.citations] == [1, 2, 3]


def test_key_points_carry_their_sentence_evidence_and_citations() -> None:
    analysis = make_analysis(["src-a", "src-b"])
    b = autofill(analysis, get_template("analyst_brief"))
    bullets = b.section("key_points").blocks
    assert bullets and all(x.kind == BULLET for x in bullets)
    bluf = b.section("bluf").blocks[0].text
    assert not any(x.text in bluf for x in bullets)  # key points do not repeat the BLUF
    top = next(p for p in analysis.key_points if p.text not in bluf)
    assert bullets[0].text == top.text
    for block in bullets:
        assert block.key.startswith("kp:")
        for e in block.evidence:  # clicking through selects exactly the sentence
            assert TEXTS[e.source][e.start : e.end] == block.text
        assert block.citations == block.sources
        assert block.runs[0].text == block.text and all(r.cite for r in block.runs[1:])
    assert len({x.key for x in bullets}) == len(bullets)


def test_actor_rows_show_type_role_and_source_numbers() -> None:
    b = autofill(make_analysis(["src-a", "src-b"]), get_template("analyst_brief"))
    rows = {r.cells[0]: r for r in b.section("actors").blocks}
    assert all(r.kind == TABLE_ROW and r.key.startswith("actor:") for r in rows.values())
    putin = rows["Vladimir Putin"]
    number = {c.source: str(c.number) for c in b.citations}
    assert putin.cells == [
        "Vladimir Putin",
        "Person",
        "President of Russia",
        f"{number['src-a']}, {number['src-b']}",
    ]
    assert rows["Collective Security Treaty Organization"].cells[1] == "Organisation"
    assert rows["Kazakhstan"].cells[1] == "Place"
    assert {TEXTS[e.source][e.start : e.end] for e in putin.evidence} == {
        "Vladimir Putin",
        "Владимир Путин",
    }


def test_key_developments_are_dated_and_in_time_order() -> None:
    b = autofill(make_analysis(["src-a", "src-b", "src-c"]), get_template("situation_report"))
    # dated entries: date (the template's ISO style) — place — event — source
    rows = [x.cells for x in b.section("developments").blocks]
    assert rows[0][0] == "2024-10" and rows[0][2].startswith("The Collective Security")
    assert rows[1][0] == "2024-11-27" and rows[1][2].startswith("President Vladimir Putin")
    assert rows[-1][0] == "2024-12-02" and rows[-1][2].startswith("Beijing")
    assert all(row[3] for row in rows)
    # the place is the place actor the event names
    named = [row for row in rows if "Kazakhstan" in row[2]]
    assert named and all(row[1] == "Kazakhstan" for row in named)


def test_bluf_is_a_short_cited_summary_of_the_top_points() -> None:
    analysis = make_analysis(["src-a", "src-b"])
    b = autofill(analysis, get_template("analyst_brief"))
    (bluf,) = b.section("bluf").blocks
    assert bluf.kind == PARAGRAPH
    assert analysis.key_points[0].text in bluf.text
    assert 2 <= bluf.text.count(".") <= 3
    assert set(bluf.citations) == {"src-a", "src-b"}


def test_background_adds_context_not_already_in_key_points() -> None:
    b = autofill(make_analysis(["src-a", "src-b", "src-c"]), get_template("analyst_brief"))
    points = {x.text for x in b.section("key_points").blocks}
    background = " ".join(x.text for x in b.section("background").blocks)
    assert background
    assert not any(p in background for p in points)


def test_fields_come_from_arguments_else_are_derived() -> None:
    one = autofill(make_analysis(["src-a"]), get_template("analyst_brief"))
    assert one.title == "Russia turns east"
    assert one.classification == "OFFICIAL"
    assert one.date == dt.date.today().isoformat()
    many = autofill(make_analysis(["src-a", "src-b"]), get_template("analyst_brief"))
    assert many.title.startswith("Briefing: ") and "Vladimir Putin" in many.title
    given = {
        "title": "Astana",
        "author": "J. Doe",
        "classification": "SECRET",
        "date": "2024-12-01",
    }
    mine = autofill(make_analysis(["src-a"]), get_template("analyst_brief"), fields=given)
    assert (mine.title, mine.author, mine.classification, mine.date) == tuple(given.values())


def edit_briefing(b: Briefing) -> tuple[Block, Block, Block]:
    """What an analyst does: edit a key point, write one of their own, fill in the assessment."""
    points = b.section("key_points").blocks
    edited = points[1]
    mark_edited(edited)
    edited.runs[0] = Run(edited.runs[0].text + " This is the analyst's gloss.", italic=True)
    mine = Block(BULLET, [Run("My own point, "), Run("bold", bold=True)], origin=USER)
    points.insert(0, mine)
    judgement = Block(PARAGRAPH, [Run("Closer integration is likely to continue.")])
    b.section("assessment").blocks.append(judgement)
    b.section("assessment").fields.update(likelihood="likely", confidence="moderate confidence")
    b.title = "My title"
    return edited, mine, judgement


def test_refresh_keeps_the_analysts_work_and_updates_auto_blocks() -> None:
    template = get_template("analyst_brief")
    first = autofill(make_analysis(["src-a"]), template)
    edited, mine, judgement = edit_briefing(first)
    before = briefing_to_json(first)

    refreshed = autofill(make_analysis(["src-a", "src-b", "src-c"]), template, previous=first)

    assert briefing_to_json(first) == before  # the previous briefing is not modified
    points = refreshed.section("key_points").blocks
    assert points[0] == mine and points[2] == edited  # same places, same words and formatting
    assert refreshed.section("assessment").blocks == [judgement]
    assert refreshed.section("assessment").fields == {
        "likelihood": "likely",
        "confidence": "moderate confidence",
    }
    assert refreshed.title == "My title"
    keys = [x.key for x in points]
    assert keys.count(edited.key) == 1  # the edited point is not added again
    texts = [x.text for x in points]
    assert "Kazakhstan signed seventeen agreements with Russia on 28 November 2024." in texts
    assert "Beijing announced" in refreshed.section("bluf").blocks[0].text
    putin = next(r for r in refreshed.section("actors").blocks if r.cells[0] == "Vladimir Putin")
    assert putin.cells[3] == "1, 2"
    assert [c.source for c in refreshed.citations] == ["src-a", "src-b", "src-c"]
    assert all(x.evidence for s in refreshed.sections for x in s.blocks if x.origin == AUTO)


def test_citation_numbers_stay_put_when_sources_arrive_in_another_order() -> None:
    template = get_template("analyst_brief")
    first = autofill(make_analysis(["src-b"]), template)
    later = autofill(make_analysis(["src-a", "src-b"]), template, previous=first)
    assert [(c.number, c.source) for c in later.citations] == [(1, "src-b"), (2, "src-a")]


def test_a_shown_title_stays_and_a_new_one_is_only_offered() -> None:
    template = get_template("analyst_brief")
    first = autofill(make_analysis(["src-a"]), template)
    later = autofill(make_analysis(["src-a", "src-b"]), template, previous=first)
    assert first.title == "Russia turns east" and later.title == "Russia turns east"
    assert later.title_offer.startswith("Briefing: ") and "Vladimir Putin" in later.title_offer
    # the analyst types over it: their title stays, and a refresh offers nothing it already is
    later.title = later.title_offer
    again = autofill(make_analysis(["src-a", "src-b", "src-c"]), template, previous=later)
    assert again.title == later.title


def test_a_declined_title_offer_is_not_made_again() -> None:
    template = get_template("analyst_brief")
    first = autofill(make_analysis(["src-a"]), template)
    later = autofill(make_analysis(["src-a", "src-b"]), template, previous=first)
    declined = decline_title_offer(later)
    assert declined.title_offer == "" and declined.title == "Russia turns east"
    again = autofill(make_analysis(["src-a", "src-b"]), template, previous=declined)
    assert again.title_offer == "" and again.title == "Russia turns east"


def test_an_empty_title_is_filled_in() -> None:
    template = get_template("analyst_brief")
    empty = Briefing(
        template="analyst_brief", sections=autofill(make_analysis(["src-a"]), template).sections
    )
    empty.title = ""
    filled = autofill(make_analysis(["src-a", "src-b"]), template, previous=empty)
    assert filled.title.startswith("Briefing: ") and filled.title_offer == ""


def test_deleted_auto_blocks_stay_deleted() -> None:
    template = get_template("analyst_brief")
    first = autofill(make_analysis(["src-a", "src-b"]), template)
    gone_point = first.section("key_points").blocks.pop(0)
    gone_actor = first.section("actors").blocks.pop(1)
    saved = briefing_from_json(briefing_to_json(first))  # survives a save in between

    second = autofill(make_analysis(["src-a", "src-b", "src-c"]), template, previous=saved)
    third = autofill(make_analysis(["src-a", "src-b", "src-c"]), template, previous=second)

    for b in (second, third):
        assert gone_point.key in b.dismissed and gone_actor.key in b.dismissed
        texts = all_texts(b)
        assert gone_point.text not in texts and gone_actor.cells[0] not in texts


def test_a_dismissed_key_given_by_the_editor_is_honoured() -> None:
    template = get_template("analyst_brief")
    first = autofill(make_analysis(["src-a"]), template)
    first.dismissed.append("actor:place:kazakhstan")
    first.section("actors").blocks = [
        r for r in first.section("actors").blocks if r.key != "actor:place:kazakhstan"
    ]
    second = autofill(make_analysis(["src-a", "src-b"]), template, previous=first)
    assert "Kazakhstan" not in [r.cells[0] for r in second.section("actors").blocks]


def test_mark_edited_changes_only_auto_blocks() -> None:
    auto, user, edited = Block(origin=AUTO), Block(origin=USER), Block(origin=EDITED)
    for block in (auto, user, edited):
        mark_edited(block)
    assert (auto.origin, user.origin, edited.origin) == (EDITED, USER, EDITED)


@pytest.mark.parametrize("target", ["situation_report", "government_note"])
def test_switching_template_loses_no_text(target: str) -> None:
    b = autofill(make_analysis(["src-a", "src-b", "src-c"]), get_template("analyst_brief"))
    edit_briefing(b)
    b.section("outlook").blocks.append(Block(QUOTE_KIND, [Run("Watch the CSTO summit.")]))

    switched = switch_template(b, get_template(target))

    assert switched.template == target
    after = "\n".join(all_texts(switched))
    for block in (x for s in b.sections for x in s.blocks if x.origin != AUTO):
        for text in [c for c in block.cells if c] or [block.text]:
            assert text in after  # the analyst's text moves; auto text is refilled
    kept = [s.id for s in switched.stash["analyst_brief"]]
    assert kept == [s.id for s in b.sections]  # and all of it is kept for switching back
    assert "likely" in after and "moderate confidence" in after
    assert switched.title == b.title and switched.citations == b.citations
    template_ids = [s.id for s in get_template(target).sections]
    assert [s.id for s in switched.sections if s.id in template_ids] == template_ids


QUOTE_KIND = "quote"


def test_switch_moves_content_by_kind_and_refresh_then_fills_the_new_sections() -> None:
    analysis = make_analysis(["src-a", "src-b", "src-c"])
    b = autofill(analysis, get_template("analyst_brief"))
    edited, mine, _ = edit_briefing(b)
    note = switch_template(b, get_template("government_note"))
    considerations = [x.text for x in note.section("key_considerations").blocks]
    assert mine.text in considerations and edited.text in considerations

    sitrep = switch_template(b, get_template("situation_report"))
    assert sitrep.section("actors").blocks == []  # auto rows are the refresh's to fill
    notes = sitrep.section("notes")
    assert notes is not None and mine.text in [x.text for x in notes.blocks]
    assert sitrep.sections[-1].fill == "sources"  # Notes come before Sources

    refreshed = autofill(analysis, get_template("situation_report"), previous=sitrep)
    assert refreshed.section("developments").blocks  # newly fed section filled
    assert refreshed.section("actors").blocks == b.section("actors").blocks
    assert refreshed.section("notes").blocks == notes.blocks  # Notes are left alone


def test_refresh_keeps_the_previous_template() -> None:
    b = autofill(make_analysis(["src-a"]), get_template("situation_report"))
    again = autofill(make_analysis(["src-a", "src-b"]), get_template("analyst_brief"), previous=b)
    assert again.template == "situation_report"
    assert [s.id for s in again.sections] == [s.id for s in b.sections]


def test_hidden_actors_stay_out_of_the_table() -> None:
    analysis = make_analysis(["src-a", "src-b"])
    analysis.actors[0].hidden = True
    b = autofill(analysis, get_template("analyst_brief"))
    names = [r.cells[0] for r in b.section("actors").blocks]
    assert "Vladimir Putin" not in names and "Kassym-Jomart Tokayev" in names
    assert "Vladimir Putin" not in b.title


def test_an_edited_bluf_is_not_joined_by_a_new_one() -> None:
    template = get_template("analyst_brief")
    first = autofill(make_analysis(["src-a"]), template)
    (bluf,) = first.section("bluf").blocks
    mark_edited(bluf)
    bluf.runs = [Run("Russia is courting Kazakhstan.")]
    later = autofill(make_analysis(["src-a", "src-b", "src-c"]), template, previous=first)
    (kept,) = later.section("bluf").blocks
    assert (kept.text, kept.origin, kept.key) == (bluf.text, bluf.origin, bluf.key)
    assert kept.based_on == ["src-a"]  # written from one source: flagged now there are three


def test_source_summary_counts_grades_agreement_and_disagreement() -> None:
    from briefing_app.briefing.source_summary import source_summary

    analysis = make_analysis(["src-a", "src-b", "src-c"])
    analysis.citations[0].reliability, analysis.citations[0].credibility = "B", "2"
    for c in analysis.citations:
        c.kind = "html"
    a_text = "Kazakhstan signed 17 agreements with Russia on 28 November 2024."
    b_text = "Kazakhstan signed 12 agreements with Russia, officials said."
    analysis.key_points += [
        KeyPoint(a_text, 0.5, ["src-a"], [Evidence("src-a", 0, 10)]),
        KeyPoint(b_text, 0.4, ["src-b"], [Evidence("src-b", 0, 10)]),
    ]
    numbers = {"src-a": 1, "src-b": 2, "src-c": 3}
    texts = [b.text for b in source_summary(analysis, numbers)]
    assert texts[0].startswith("This note draws on 3 sources (3 web pages)")
    assert texts[1] == "Source grades (Admiralty code): B2 (source 1); ungraded (sources 2 and 3)."
    differ = next(t for t in texts if "differ" in t)
    assert "Sources 1 and 2 differ" in differ and "17 agreements" in differ
    assert "12 agreements" in differ


def test_source_summary_quotes_a_quoted_point_once_with_nested_marks() -> None:
    """A point that is itself a quotation is quoted as nested speech, not as ““…””."""
    from briefing_app.briefing.source_summary import source_summary

    analysis = make_analysis(["src-a", "src-b"])
    said = "“The United Nations is supporting the Government of Nepal,” she said."
    analysis.key_points = [
        KeyPoint(said, 0.9, ["src-a", "src-b"], [Evidence("src-a", 0, 10), Evidence("src-b", 0, 9)])
    ]
    texts = [b.text for b in source_summary(analysis, {"src-a": 1, "src-b": 2})]
    agree = next(t for t in texts if "agree that" in t)
    assert "““" not in agree and "””" not in agree
    assert "“‘The United Nations is supporting the Government of Nepal,’ she said”." in agree

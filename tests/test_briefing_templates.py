"""Templates are data: the built-ins load, user templates join them, broken ones are skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.briefing import (
    TemplateError,
    get_template,
    load_templates,
    parse_template,
    user_templates_dir,
)
from briefing_app.model import BriefingError

GOOD_USER = """
id = "press_summary"
name = "Press summary"
[[sections]]
id = "headline"
heading = "Headline"
fill = "summary"
[[sections]]
id = "points"
heading = "What was reported"
fill = "key_points"
kind = "list"
"""


@pytest.fixture
def empty_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(folder))
    return folder


def test_built_in_templates_load_without_problems(empty_user_dir: Path) -> None:
    templates, problems = load_templates()
    assert problems == []
    ids = [t.id for t in templates]
    assert {"analyst_brief", "government_note", "situation_report"} <= set(ids)
    assert all(t.origin == "built-in" and t.sections for t in templates)


def test_analyst_brief_has_the_sections_an_analyst_expects(empty_user_dir: Path) -> None:
    brief = get_template("analyst_brief")
    fills = {s.heading: s.fill for s in brief.sections}
    headings = [s.heading.casefold() for s in brief.sections]
    assert "key points" in headings and "background" in headings and "sources" in headings
    assert any("bottom line" in h or "bluf" in h for h in headings)
    assert any(h.startswith("outlook") for h in headings)
    assert fills["Key points"] == "key_points"
    assert fills["Sources"] == "sources"
    assert brief.defaults.get("classification")
    actors = next(s for s in brief.sections if s.fill == "actors")
    assert actors.kind == "table"
    assert [c.casefold() for c in actors.columns] == ["name", "type", "role", "sources"]
    assessment = next(s for s in brief.sections if s.heading == "Assessment")
    assert assessment.fill == "none" and "likely" in assessment.hint
    assert set(assessment.fields) == {"likelihood", "confidence"}
    assert "roughly even chance" in brief.choices["likelihood"]
    assert "moderate confidence" in brief.choices["confidence"]
    assert all(s.hint for s in brief.sections)


def test_government_note_and_situation_report_sections(empty_user_dir: Path) -> None:
    note = get_template("Government briefing note")
    assert [s.heading for s in note.sections] == [
        "Purpose",
        "Summary",
        "Background",
        "Considerations",
        "Options",
        "Recommendation",
        "Sources",
    ]
    required = {s.heading for s in note.sections if s.required}
    assert {"Purpose", "Options", "Recommendation"} <= required
    assert note.style["header"] == ["To", "From", "Date", "Subject", "File number", "For"]
    assert note.style["decision"] == ["Approved", "Not approved", "Discussed"]
    assert note.style["signoff"] == ["Prepared by", "Approved by"]
    assert note.style["numbered"] is True
    sitrep = get_template("situation-report")
    headings = [s.heading for s in sitrep.sections]
    assert headings == [
        "Situation",
        "Changes since last report",
        "Key developments",
        "Actors",
        "Outlook",
        "Sources",
    ]
    developments = sitrep.section("developments")
    assert developments.fill == "dates" and developments.kind == "table"
    assert developments.columns == ["Date", "Place", "Event", "Source"]
    assert sitrep.style["header"] == ["As of", "Reporting period", "Next update due"]


def test_templates_name_their_standards(empty_user_dir: Path) -> None:
    from briefing_app.standards import citation_style, estimative_scale

    for template in load_templates()[0]:
        assert estimative_scale(template.style["estimative"]).bands
        assert citation_style(template.style["citation_style"]).parts
    brief = get_template("analyst_brief")
    judgements = brief.section("key_judgements")
    assert judgements.required and set(judgements.fields) == {"likelihood", "confidence"}
    assert brief.section("source_summary").fill == "source_summary"


def test_get_template_is_case_insensitive_and_lists_known_ids(empty_user_dir: Path) -> None:
    assert get_template("ANALYST BRIEF").id == "analyst_brief"
    assert get_template("Situation_Report").id == "situation_report"
    with pytest.raises(TemplateError) as caught:
        get_template("memo")
    message = str(caught.value)
    assert "memo" in message and "analyst_brief" in message and "situation_report" in message
    assert isinstance(caught.value, BriefingError)


def test_user_templates_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(tmp_path / "mine"))
    assert user_templates_dir() == tmp_path / "mine"
    monkeypatch.delenv("BRIEFING_TEMPLATES_DIR")
    assert user_templates_dir().parts[-2:] == ("briefing-app", "templates")


def test_broken_user_templates_are_skipped_with_a_message(empty_user_dir: Path) -> None:
    (empty_user_dir / "press.toml").write_text(GOOD_USER, encoding="utf-8")
    (empty_user_dir / "bad_toml.toml").write_text('id = "x"\nname = [unclosed', encoding="utf-8")
    no_heading = GOOD_USER.replace('heading = "Headline"\n', "").replace("press_", "a_")
    (empty_user_dir / "no_heading.toml").write_text(no_heading, encoding="utf-8")
    bad_fill = GOOD_USER.replace('fill = "summary"', 'fill = "horoscope"').replace("press_", "b_")
    (empty_user_dir / "bad_fill.toml").write_text(bad_fill, encoding="utf-8")
    (empty_user_dir / "latin1.toml").write_bytes('name = "Résumé"'.encode("latin-1"))

    templates, problems = load_templates()

    press = get_template("press summary", templates)
    assert press.origin == "user" and press.path.endswith("press.toml")
    assert [s.heading for s in press.sections] == ["Headline", "What was reported"]
    assert "analyst_brief" in [t.id for t in templates]
    assert len(problems) == 4
    for name, reason in [
        ("bad_toml.toml", "TOML"),
        ("no_heading.toml", "heading"),
        ("bad_fill.toml", "horoscope"),
        ("latin1.toml", "read"),
    ]:
        line = next(p for p in problems if name in p)
        assert reason in line and "\n" not in line
    assert {t.id for t in templates}.isdisjoint({"a_summary", "b_summary"})


def test_a_user_template_can_replace_a_built_in(empty_user_dir: Path) -> None:
    mine = GOOD_USER.replace("press_summary", "analyst_brief").replace("Press", "My analyst")
    (empty_user_dir / "analyst_brief.toml").write_text(mine, encoding="utf-8")
    templates, problems = load_templates()
    assert problems == []
    brief = get_template("analyst_brief", templates)
    assert brief.origin == "user" and brief.name == "My analyst summary"
    assert sum(t.id == "analyst_brief" for t in templates) == 1


def test_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    templates, problems = load_templates(tmp_path / "does-not-exist")
    assert problems == [] and len(templates) >= 3


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda t: t.replace('fill = "key_points"\nkind = "list"', 'kind = "table"'), "columns"),
        (lambda t: t.replace('fill = "key_points"', 'fill = "actors"'), "cannot feed"),
        (lambda t: t.replace('id = "points"', 'id = "headline"'), "twice"),
        (lambda t: t.replace('heading = "Headline"', 'heading = "H"\nheadin = "x"'), "headin"),
        (lambda t: t.split("[[sections]]")[0], "section"),
        (lambda t: t.replace('name = "Press summary"', ""), "name"),
    ],
)
def test_parse_template_names_the_file_and_the_reason(change, reason: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(change(GOOD_USER), origin="user", path="/x/press.toml")
    assert str(caught.value).startswith("/x/press.toml: ")
    assert reason in str(caught.value)

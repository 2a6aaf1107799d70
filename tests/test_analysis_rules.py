"""The rules behind the analysis, on hand-labelled text: no model needed, so they run fast."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefing_app.analysis import SourceAnalysis, combine
from briefing_app.analysis.dates import find_dates
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.mentions import clean_mention
from briefing_app.model import Source


def labelled(text: str, labels: list[tuple[str, str]], sid: str = "s1") -> tuple:
    """A Source and a SourceAnalysis whose entities are given by hand (longest names first)."""
    entities: list[tuple[int, int, str]] = []
    for surface, label in sorted(labels, key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in entities):
                entities.append((m.start(), m.end(), label))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]", text)]
    sentences = [(s + (len(text[s:e]) - len(text[s:e].lstrip())), e) for s, e in sentences]
    source = Source(id=sid, path=f"{sid}.txt", format="txt", text=text, sha256="", title="")
    return source, SourceAnalysis(sid, "test", sentences, sorted(entities))


def names(analysis, kind: str) -> set[str]:
    return {a.name for a in analysis.actors if a.type == kind}


# ---- mentions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "name", "role"),
    [
        ("Talks with the Eurasian Economic Union’s council.", "ORG", "Eurasian Economic Union", ""),
        ("He met Russian President Vladimir Putin there.", "PERSON", "Vladimir Putin", ""),
        (
            "Then Foreign Minister Sergei Lavrov spoke.",
            "PERSON",
            "Sergei Lavrov",
            "Foreign Minister",
        ),
        (
            "Under Kazakh President Kassym-Jomart Tokayev, it grew.",
            "PERSON",
            "Kassym-Jomart Tokayev",
            "Kazakh President",
        ),
        ("Putin's aides said so.", "PERSON", "Putin", ""),
    ],
)
def test_mentions_lose_articles_possessives_and_titles(text, label, name, role):
    gaz = gazetteer()
    start = text.index(name)
    # the model's span may include the title or the article: start where it would
    raw_start = text.index("Russian") if "Russian President" in text else start
    if text[start - 4 : start] == "the ":
        raw_start = start - 4
    raw_end = start + len(name) + (2 if text[start + len(name) :].startswith(("'s", "’s")) else 0)
    mention = clean_mention(text, 0, raw_start, raw_end, label, gaz)
    assert mention is not None and mention.text == name
    assert text[mention.start : mention.end] == name
    if role:
        assert mention.role == role
    if "Russian President" in text:
        assert mention.role == "Russian President"


# ---- merging and typing ----------------------------------------------------------------


def test_wrong_model_labels_are_corrected_by_votes_and_gazetteers():
    text = (
        "Donald Trump met envoys of the Collective Security Treaty Organization (CSTO) in Moscow. "
        "Trump's administration said the CSTO must grow.\n"
        "A Kazakh delegation from Uzbekistan and Kazakhstan joined them. Trump left early."
    )
    src, sa = labelled(
        text,
        [
            ("Donald Trump", "PERSON"),
            ("Trump", "ORG"),  # the small model's favourite mistake
            ("Collective Security Treaty Organization", "ORG"),
            ("Moscow", "GPE"),
            ("Kazakh", "PERSON"),
            ("Uzbekistan", "NORP"),
            ("Kazakhstan", "GPE"),
        ],
    )
    analysis = combine([src], [sa])
    assert "Donald Trump" in names(analysis, "person")
    assert not any("Trump" in a.aliases for a in analysis.actors if a.type != "person")
    trump = next(a for a in analysis.actors if a.name == "Donald Trump")
    assert trump.mentions == 3 and "Trump" in trump.aliases
    csto = [a for a in analysis.actors if "CSTO" in a.aliases]
    assert len(csto) == 1 and csto[0].mentions == 3  # long form, "(CSTO)", later bare "CSTO"
    assert {"Moscow", "Uzbekistan", "Kazakhstan"} <= names(analysis, "place")
    assert "Kazakh" in analysis.groups and "Kazakh" not in names(analysis, "person")


def test_spelling_variants_and_surnames_merge_across_sources():
    first = labelled(
        "Minister Annalena Baerbock flew to Kyiv. Baerbock met officials there.",
        [("Annalena Baerbock", "PERSON"), ("Baerbock", "PERSON"), ("Kyiv", "GPE")],
        "a",
    )
    second = labelled(
        "Analena Baerbock, the minister, landed in Kiev on Monday. Baerbock spoke.",
        [("Analena Baerbock", "PERSON"), ("Baerbock", "ORG"), ("Kiev", "GPE")],
        "b",
    )
    third = labelled(
        "Officials said Baerbok would return soon to the capital city.",
        [("Baerbok", "GPE")],
        "c",
    )
    sources = [first[0], second[0], third[0]]
    analysis = combine(sources, [first[1], second[1], third[1]])
    baerbock = [a for a in analysis.actors if "Baerbock" in a.name]
    assert len(baerbock) == 1, [a.name for a in analysis.actors]
    actor = baerbock[0]
    assert actor.type == "person" and actor.name == "Annalena Baerbock"
    assert {"Analena Baerbock", "Baerbok"} <= set(actor.aliases)
    assert actor.sources == ["a", "b", "c"] and actor.roles == ["Minister"]
    kyiv = [a for a in analysis.actors if a.type == "place"]
    assert [a.name for a in kyiv] == ["Kyiv"] and set(kyiv[0].aliases) == {"Kyiv", "Kiev"}


def test_acronym_matching_long_form_without_brackets():
    src, sa = labelled(
        "The North Korean Peace Fund said on Monday that NKPF staff would visit. NKPF grew.",
        [("North Korean Peace Fund", "ORG"), ("NKPF", "ORG")],
    )
    analysis = combine([src], [sa])
    orgs = [a for a in analysis.actors if a.type == "organization"]
    assert len(orgs) == 1 and orgs[0].name == "North Korean Peace Fund"
    assert set(orgs[0].aliases) == {"North Korean Peace Fund", "NKPF"}


def test_near_duplicate_sentences_become_one_key_point():
    shared = "The agency will send a permanent team of inspectors to the power plant next month."
    texts = [
        f"{shared} Ministers met in the capital on Tuesday to agree the details of the plan.",
        "Diplomats said the agency will send a permanent team of inspectors to the power plant "
        "next month. Engineers warned that the generators could fail within ten days of use.",
        "Officials confirmed the agency will send a permanent team of inspectors to the plant "
        "next month. A spokesman declined to say how many experts would be in the team.",
    ]
    pairs = [labelled(t, [], f"s{i}") for i, t in enumerate(texts)]
    analysis = combine([p[0] for p in pairs], [p[1] for p in pairs], top_n=3)
    merged = [k for k in analysis.key_points if len(k.sources) == 3]
    assert len(merged) == 1 and len(merged[0].evidence) == 3
    assert sum("inspectors" in k.text for k in analysis.key_points) == 1


def test_key_points_skip_titles_fragments_and_boilerplate():
    text = (
        "Leaders agree a new border plan\n"
        "Leaders agree a new border plan for the region after talks that lasted two long days.\n"
        "Border talks.\n"
        "Your email address will not be published and required fields are marked with a star.\n"
        "The new plan opens three crossings for trucks and doubles the staff at each of them.\n"
        "Officials expect trade across the border to grow by a fifth within the next two years.\n"
        "Farmers welcomed the plan but asked for faster checks of their goods at the crossings.\n"
    )
    src, sa = labelled(text, [])
    src.title = (
        "Leaders agree a new border plan for the region after talks that lasted two long days."
    )
    analysis = combine([src], [sa], top_n=3)
    assert len(analysis.key_points) == 3
    for point in analysis.key_points:
        assert (
            point.text != src.title and "email" not in point.text and point.text != "Border talks."
        )
    starts = [p.evidence[0].start for p in analysis.key_points]
    assert starts == sorted(starts)  # reading order


# ---- dates --------------------------------------------------------------------------------


TUESDAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("It happened on 12 March 2024 in the city.", None, [("12 March 2024", "2024-03-12")]),
        ("It happened on March 12, 2024.", None, [("March 12, 2024", "2024-03-12")]),
        ("Talks resume in March 2024.", None, [("March 2024", "2024-03")]),
        ("Filed 2024-03-12 by staff.", None, [("2024-03-12", "2024-03-12")]),
        ("Troops moved in 2014.", None, [("2014", "2014")]),
        ("They met on Tuesday.", TUESDAY, [("Tuesday", "2024-03-12")]),
        ("They met on Monday.", TUESDAY, [("Monday", "2024-03-11")]),
        ("They meet next Tuesday.", TUESDAY, [("next Tuesday", "2024-03-19")]),
        ("It was announced yesterday.", TUESDAY, [("yesterday", "2024-03-11")]),
        ("It will close next month.", TUESDAY, [("next month", "2024-04")]),
        ("The vote is on 3 May.", TUESDAY, [("3 May", "2024-05-03")]),
        ("They met on Tuesday.", None, []),
        ("Ties have grown in recent years and for decades.", TUESDAY, []),
        # an impossible day falls back to the month it names
        ("Nothing on 31 February 2024 happened.", None, [("February 2024", "2024-02")]),
        ("May said it may rain.", TUESDAY, []),
    ],
)
def test_dates_normalise_to_iso(text, ref, expected):
    found = [(text[s:e], iso) for s, e, iso in find_dates(text, ref, [])]
    assert found == expected


def test_model_date_spans_with_a_year_are_kept_vague_ones_dropped():
    text = "It began in summer 2021 and has lasted for many years."
    summer = (text.index("summer"), text.index("2021") + 4)
    vague = (text.index("many"), len(text) - 1)
    assert list(find_dates(text, None, [summer, vague])) == [(*summer, "2021")]


def test_timeline_groups_a_date_across_sources_and_sorts():
    a = labelled("The summit opened on 20 March 2024 in Astana with two leaders.", [], "a")
    b = labelled("Leaders met in 2019 and again on 20 March 2024 at the summit.", [], "b")
    analysis = combine([a[0], b[0]], [a[1], b[1]])
    assert [d.date for d in analysis.dates] == ["2019", "2024-03-20"]
    assert [e.source for e in analysis.dates[1].evidence] == ["a", "b"]
    assert analysis.dates[1].sentence.startswith("The summit opened")
    assert [e.label for e in analysis.entities].count("date") == 3


def test_every_way_of_naming_putin_and_tokayev_is_one_person():
    text = (
        "Russian President Vladimir Putin arrived in Astana. President Putin met "
        "Kassym-Jomart Tokayev there. Putin’s aides and Kasym-Jomart Tokayev’s staff spoke. "
        "Vladimir Putin and Tokayev signed a deal."
    )
    src, sa = labelled(
        text,
        [
            ("Vladimir Putin", "PERSON"),
            ("Putin", "PERSON"),
            ("Kassym-Jomart Tokayev", "ORG"),
            ("Kasym-Jomart Tokayev’s", "PERSON"),
            ("Tokayev", "GPE"),
            ("Astana", "GPE"),
        ],
    )
    analysis = combine([src], [sa])
    persons = {a.name: a for a in analysis.actors if a.type == "person"}
    assert set(persons) == {"Vladimir Putin", "Kassym-Jomart Tokayev"}
    putin = persons["Vladimir Putin"]
    assert putin.mentions == 4 and {"Russian President", "President"} <= set(putin.roles)
    # "President Putin" as written is a form of him too, as "Mr Putin" would be
    assert {"Putin", "Vladimir Putin", "President Putin"} == set(putin.aliases)
    tokayev = persons["Kassym-Jomart Tokayev"]
    assert tokayev.mentions == 3
    assert {"Kassym-Jomart Tokayev", "Kasym-Jomart Tokayev", "Tokayev"} == set(tokayev.aliases)
    assert all(text[e.start : e.end] in tokayev.aliases for e in tokayev.evidence)
    assert "Astana" in {a.name for a in analysis.actors if a.type == "place"}


def test_gazetteers_are_data_a_user_can_edit(tmp_path, monkeypatch):
    from briefing_app.analysis import gazetteer as gz
    from briefing_app.resources import clear_caches, resource_path

    folder = tmp_path / "gazetteers"
    folder.mkdir()
    for f in resource_path("gazetteers").glob("*.txt"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    with (folder / "non_actors.txt").open("a", encoding="utf-8") as out:
        out.write("Ministry of Truth\n")
    with (folder / "persons.txt").open("a", encoding="utf-8") as out:
        out.write("Ada Quill Lovelace;Lovelace\n")
    text = "Lovelace spoke to the Ministry of Truth about the budget."
    src, sa = labelled(text, [("Lovelace", "ORG"), ("Ministry of Truth", "ORG")])
    before = combine([src], [sa])
    assert {a.name for a in before.actors} == {"Lovelace", "Ministry of Truth"}
    monkeypatch.setattr(gz, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    clear_caches()
    try:
        after = combine([src], [sa])
    finally:
        monkeypatch.undo()
        clear_caches()
    assert [(a.name, a.type) for a in after.actors] == [("Ada Quill Lovelace", "person")]

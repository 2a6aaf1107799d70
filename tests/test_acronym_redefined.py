"""An acronym a source defines as something other than what the lists expand it to keeps the
source's meaning there: "Disaster Recovery Center (DRC)" is no Democratic Republic of the Congo.
Near misses: a source defining the acronym as the list does, and a source that writes it
undefined, still get the list's place. Texts invented; the acronym and the country are real
list entries (all countries)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(*texts_and_labels) -> dict[str, str]:
    pairs = [labelled(t, labels, f"s{i}") for i, (t, labels) in enumerate(texts_and_labels)]
    analysis = combine([p[0] for p in pairs], [p[1] for p in pairs])
    return {a.name: a.type for a in analysis.actors}


def test_an_acronym_the_text_defines_otherwise_keeps_the_text_s_meaning():
    text = (
        "The agency will open a Disaster Recovery Center (DRC) in Harlow on Monday to help "
        "survivors of the fires. The DRC will be open daily, and survivors can visit any DRC."
    )
    actors = _actors(
        (text, [("Disaster Recovery Center", "ORG"), ("DRC", "GPE"), ("Harlow", "GPE")])
    )
    assert "Democratic Republic of the Congo" not in actors
    assert actors.get("Disaster Recovery Center") == "organization"


def test_near_miss_the_list_s_meaning_stands_where_the_text_agrees_or_says_nothing():
    agrees = (
        "Fighting in the east of the Democratic Republic of the Congo (DRC) displaced "
        "thousands. The DRC asked for help."
    )
    bare = "Aid convoys reached the DRC on Tuesday."
    actors = _actors(
        (agrees, [("Democratic Republic of the Congo", "GPE"), ("DRC", "GPE")]),
        (bare, [("DRC", "GPE")]),
    )
    assert actors.get("Democratic Republic of the Congo") == "place"
    assert "DRC" not in actors

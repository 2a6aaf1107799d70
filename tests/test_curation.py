"""Actor curation: the analyst's decisions apply, chain, and survive a re-analysis."""

from __future__ import annotations

import json
import re

import pytest

from briefing_app.analysis import curation
from briefing_app.model import Actor, Analysis, EntitySpan, Evidence, Source
from briefing_app.model.decisions import decision_from_dict

TEXTS = {
    "s1": (
        "Russian President Vladimir Putin met Kassym-Jomart Tokayev in Astana on Monday. "
        "Putin said the Kremlin would help. Tokayev thanked Putin. "
        "Wagner was not mentioned, nor anything Wagnerian."
    ),
    "s2": (
        "The Kremlin confirmed the visit. Kazakhstan asked the CSTO for help. "
        "Putin and Tokayev spoke again. Wagner fighters were seen in Almaty."
    ),
}
SOURCES = [Source(id=k, path=f"{k}.txt", format="txt", text=v, sha256=k) for k, v in TEXTS.items()]

# what a (hypothetical) model found: name -> (type, aliases); note its two mistakes:
# "Tokayev" as a separate actor, and "Wagner" lumped into the CSTO
FOUND = {
    "Vladimir Putin": ("person", ["Putin"]),
    "Kassym-Jomart Tokayev": ("person", []),
    "Tokayev": ("person", []),
    "Kremlin": ("organization", []),
    "CSTO": ("organization", ["Wagner"]),
    "Kazakhstan": ("place", []),
    "Astana": ("place", []),
    "Almaty": ("place", []),
}


def build(found: dict, ids=None, reverse: bool = False) -> Analysis:
    """An Analysis as the analysis package would produce it, by finding each name in the texts."""
    actors, entities, taken = [], [], []
    items = list(found.items())
    for i, (name, (type_, aliases)) in enumerate(items):
        actor_id = ids[i] if ids else f"{type_}:{curation.slug(name)}"
        actor = Actor(id=actor_id, name=name, type=type_, aliases=list(aliases))
        for form in sorted([name, *aliases], key=len, reverse=True):
            for sid, text in TEXTS.items():
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    if any(s == sid and a < m.end() and m.start() < b for s, a, b in taken):
                        continue
                    taken.append((sid, m.start(), m.end()))
                    entities.append(EntitySpan(sid, m.start(), m.end(), type_, actor_id))
                    actor.evidence.append(Evidence(sid, m.start(), m.end()))
        actor.evidence.sort()
        actor.mentions = len(actor.evidence)
        actor.sources = list(dict.fromkeys(e.source for e in actor.evidence))
        actor.salience = actor.mentions / 10
        actors.append(actor)
    if reverse:
        actors.reverse()
    return Analysis(actors=actors, entities=entities, model="test")


def by_name(analysis: Analysis, name: str) -> Actor:
    hits = [a for a in analysis.actors if a.name == name]
    assert len(hits) == 1, [a.name for a in analysis.actors]
    return hits[0]


def spans_of(analysis: Analysis, actor: Actor) -> list[str]:
    return [TEXTS[e.source][e.start : e.end] for e in analysis.entities if e.actor == actor.id]


def summary(analysis: Analysis) -> list[tuple]:
    """What an analyst sees in the Actors panel, independent of ids and order."""
    return sorted(
        (
            a.name,
            a.type,
            tuple(sorted(a.aliases)),
            a.mentions,
            tuple(sorted(a.sources)),
            a.hidden,
            tuple(sorted(spans_of(analysis, a))),
        )
        for a in analysis.actors
    )


@pytest.fixture
def analysis() -> Analysis:
    return build(FOUND)


def test_rename_keeps_the_actor_and_its_mentions(analysis):
    before = analysis.to_dict()
    putin = by_name(analysis, "Vladimir Putin")
    out = curation.apply_decisions(analysis, [curation.rename(putin.id, "V. V. Putin")], SOURCES)
    renamed = by_name(out, "V. V. Putin")
    assert "Vladimir Putin" in renamed.aliases
    assert renamed.mentions == putin.mentions
    assert sorted(spans_of(out, renamed)) == sorted(spans_of(analysis, putin))
    assert analysis.to_dict() == before, "the input analysis must not change"


def test_retype_relabels_the_highlights(analysis):
    astana = by_name(analysis, "Astana")
    out = curation.apply_decisions(analysis, [curation.retype(astana.id, "organization")], SOURCES)
    assert by_name(out, "Astana").type == "organization"
    assert {e.label for e in out.entities if e.actor == astana.id} == {"organization"}
    bogus = curation.apply_decisions(analysis, [curation.retype(astana.id, "planet")], SOURCES)
    assert by_name(bogus, "Astana").type == "place"


def test_merge_combines_everything(analysis):
    full, short = by_name(analysis, "Kassym-Jomart Tokayev"), by_name(analysis, "Tokayev")
    out = curation.apply_decisions(analysis, [curation.merge(full.id, short.id)], SOURCES)
    assert [a.name for a in out.actors].count("Tokayev") == 0
    merged = by_name(out, "Kassym-Jomart Tokayev")
    assert "Tokayev" in merged.aliases
    assert merged.mentions == full.mentions + short.mentions == 3
    assert set(merged.sources) == {"s1", "s2"}
    assert set(merged.evidence) == set(full.evidence) | set(short.evidence)
    assert sorted(spans_of(out, merged)) == ["Kassym-Jomart Tokayev", "Tokayev", "Tokayev"]
    assert not any(e.actor == short.id for e in out.entities)


def test_a_decision_naming_a_merged_away_actor_follows_the_merge(analysis):
    full, short = by_name(analysis, "Kassym-Jomart Tokayev"), by_name(analysis, "Tokayev")
    decisions = [curation.merge(full.id, short.id), curation.hide(short.id)]
    out = curation.apply_decisions(analysis, decisions, SOURCES)
    assert by_name(out, "Kassym-Jomart Tokayev").hidden


def test_split_gives_the_alias_its_own_actor(analysis):
    csto = by_name(analysis, "CSTO")
    out = curation.apply_decisions(analysis, [curation.split(csto.id, "Wagner")], SOURCES)
    wagner, csto_after = by_name(out, "Wagner"), by_name(out, "CSTO")
    assert wagner.type == "organization" and wagner.id != csto.id
    assert wagner.mentions == 2 and sorted(wagner.sources) == ["s1", "s2"]
    assert spans_of(out, wagner) == ["Wagner", "Wagner"]
    assert spans_of(out, csto_after) == ["CSTO"]
    assert csto_after.mentions == 1 and csto_after.sources == ["s2"]
    assert "Wagner" not in csto_after.aliases
    assert all(TEXTS[e.source][e.start : e.end] == "Wagner" for e in wagner.evidence)


def test_split_of_an_alias_the_actor_does_not_have_is_skipped(analysis):
    csto = by_name(analysis, "CSTO")
    out = curation.apply_decisions(analysis, [curation.split(csto.id, "NATO")], SOURCES)
    assert summary(out) == summary(analysis)


def test_hide_and_unhide(analysis):
    kremlin = by_name(analysis, "Kremlin")
    out = curation.apply_decisions(analysis, [curation.hide(kremlin.id)], SOURCES)
    assert by_name(out, "Kremlin").hidden
    assert len(out.actors) == len(analysis.actors), "hidden actors stay listed"
    assert Analysis.from_dict(json.loads(json.dumps(out.to_dict()))).actor(kremlin.id).hidden
    again = curation.apply_decisions(
        analysis, [curation.hide(kremlin.id), curation.unhide(kremlin.id)], SOURCES
    )
    assert not by_name(again, "Kremlin").hidden


def test_old_actor_dicts_without_hidden_still_load():
    data = {"id": "person:x", "name": "X", "type": "person"}
    assert Actor.from_dict(data).hidden is False
    assert "hidden" not in Actor.from_dict(data).to_dict()


def test_add_finds_every_whole_word_occurrence(analysis):
    start = TEXTS["s1"].index("Wagner was")
    # the model lumped Wagner into the CSTO; the analyst first splits nothing, just adds
    plain = build({k: v for k, v in FOUND.items() if k != "CSTO"} | {"CSTO": ("organization", [])})
    decision = curation.add("s1", start, start + 6, "Wagner", "organization")
    out = curation.apply_decisions(plain, [decision], SOURCES)
    wagner = by_name(out, "Wagner")
    assert wagner.type == "organization"
    assert wagner.mentions == 2, "both 'Wagner's, not 'Wagnerian'"
    assert wagner.sources == ["s1", "s2"]
    assert spans_of(out, wagner) == ["Wagner", "Wagner"]
    assert {e.label for e in out.entities if e.actor == wagner.id} == {"organization"}


def test_add_of_a_name_already_known_or_a_bad_span_is_skipped(analysis):
    start = TEXTS["s2"].index("Almaty")
    known = curation.add("s2", start, start + 6, "Almaty", "place")
    outside = curation.add("s2", 5, 10_000, "Nowhere", "place")
    gone = curation.add("s9", 0, 3, "Ghost", "person")
    out = curation.apply_decisions(analysis, [known, outside, gone], SOURCES)
    assert summary(out) == summary(analysis)


def test_chain_rename_merge_split(analysis):
    full, short = by_name(analysis, "Kassym-Jomart Tokayev"), by_name(analysis, "Tokayev")
    decisions = [
        curation.rename(full.id, "President Tokayev"),
        curation.merge(full.id, short.id),
        curation.split(full.id, "Tokayev"),
    ]
    out = curation.apply_decisions(analysis, decisions, SOURCES)
    president = by_name(out, "President Tokayev")
    assert president.aliases == ["Kassym-Jomart Tokayev"]
    assert spans_of(out, president) == ["Kassym-Jomart Tokayev"]
    back = by_name(out, "Tokayev")
    assert spans_of(out, back) == ["Tokayev", "Tokayev"] and back.mentions == 2


def curate(analysis: Analysis) -> list[dict]:
    """The decisions an analyst makes on ``analysis``, recorded with names as the UI would."""
    full, short = by_name(analysis, "Kassym-Jomart Tokayev"), by_name(analysis, "Tokayev")
    csto, kremlin = by_name(analysis, "CSTO"), by_name(analysis, "Kremlin")
    astana = by_name(analysis, "Astana")
    raw = [
        curation.merge(full.id, short.id),
        curation.rename(full.id, "President Tokayev"),
        curation.split(csto.id, "Wagner"),
        curation.hide(kremlin.id),
        curation.retype(astana.id, "organization"),
    ]
    decisions, current = [], analysis
    for d in raw:  # anchor against the curated state the analyst is looking at
        decisions.append(curation.anchor(d, current))
        current = curation.apply_decisions(analysis, decisions, SOURCES)
    return decisions


def test_decisions_survive_a_reanalysis_with_new_ids_and_order(analysis):
    decisions = curate(analysis)
    first = curation.apply_decisions(analysis, decisions, SOURCES)
    ids = [f"e{i}" for i in range(len(FOUND))]
    fresh = build(FOUND, ids=ids, reverse=True)
    second = curation.apply_decisions(fresh, decisions, SOURCES)
    assert summary(second) == summary(first)
    assert by_name(second, "President Tokayev").mentions == 3
    assert by_name(second, "Kremlin").hidden


def test_a_merge_stays_made_when_the_canonical_name_changes(analysis):
    decisions = curate(analysis)
    # a new source made the model prefer "Putin"; Tokayev's actors now carry other ids
    found = dict(FOUND)
    found["Putin"] = ("person", ["Vladimir Putin"])
    del found["Vladimir Putin"]
    fresh = build(found, ids=[f"x{i}" for i in range(len(found))])
    out = curation.apply_decisions(fresh, decisions, SOURCES)
    assert by_name(out, "President Tokayev").mentions == 3
    assert "Tokayev" not in [a.name for a in out.actors]
    assert by_name(out, "Putin").aliases == ["Vladimir Putin"]


def test_unanchored_decisions_still_find_actors_by_their_id_slug(analysis):
    full = by_name(analysis, "Kassym-Jomart Tokayev")
    fresh = build(FOUND, ids=[f"e{i}" for i in range(len(FOUND))])
    out = curation.apply_decisions(fresh, [curation.hide(full.id)], SOURCES)
    assert by_name(out, "Kassym-Jomart Tokayev").hidden


def test_decisions_round_trip_through_json(analysis):
    decisions = curate(analysis)
    start = TEXTS["s1"].index("Monday")
    decisions.append(curation.add("s1", start, start + 6, "Monday", "place"))
    text = json.dumps([d.to_dict() for d in decisions])
    again = [decision_from_dict(d) for d in json.loads(text)]
    assert again == decisions  # typed values, equal field by field
    assert summary(curation.apply_decisions(analysis, again, SOURCES)) == summary(
        curation.apply_decisions(analysis, decisions, SOURCES)
    )


def test_unknown_stale_and_malformed_decisions_are_reported_not_applied(analysis):
    decisions = [
        {"op": "teleport", "actor": {"id": "person:vladimir-putin"}},
        {"no": "op"},
        "not a dict",
        {"op": "rename"},
        {"op": "merge", "keep": {"id": "person:nobody"}, "other": {"id": "place:astana"}},
        curation.hide("person:nobody-at-all"),
        {"op": "add", "source": "s1", "start": "x", "end": 3, "name": "A", "type": "person"},
    ]
    result = curation.curate(analysis, decisions, SOURCES)
    assert summary(result.analysis) == summary(analysis)
    # two that can be read but find nothing, five that cannot be read; each one said
    assert [d.describe() for d in result.stale] == [
        "Merge place:astana into person:nobody",
        "Hide person:nobody-at-all",
    ]
    assert len(result.unreadable) == 5
    assert "unknown decision 'teleport'" in result.unreadable[0]
    assert "'start' is not a number" in result.unreadable[-1]


def test_describe_says_what_a_decision_does(analysis):
    full, short = by_name(analysis, "Kassym-Jomart Tokayev"), by_name(analysis, "Tokayev")
    line = curation.describe(curation.anchor(curation.merge(full.id, short.id), analysis))
    assert "Tokayev" in line and "Kassym-Jomart Tokayev" in line
    assert "teleport" in curation.describe({"op": "teleport"})


def test_anchored_names_find_an_actor_whose_canonical_name_is_gone():
    first = build({"Kremlin": ("organization", ["Moscow"]), "Astana": ("place", [])})
    kremlin = by_name(first, "Kremlin")
    anchored = curation.anchor(curation.hide(kremlin.id), first)
    assert set(anchored.actor.names) == {"Kremlin", "Moscow"}
    # the next analysis calls it only "Moscow", under an opaque id
    fresh = build({"Astana": ("place", []), "Moscow": ("organization", [])}, ids=["a1", "a2"])
    assert by_name(curation.apply_decisions(fresh, [anchored], SOURCES), "Moscow").hidden
    bare = curation.apply_decisions(fresh, [curation.hide(kremlin.id)], SOURCES)
    assert not by_name(bare, "Moscow").hidden, "without names there is nothing to match"


def test_actors_whose_aliases_include_their_name():
    # the analysis package lists the canonical name among the aliases too
    found = {
        "Vladimir Putin": ("person", ["Vladimir Putin", "Putin"]),
        "Kremlin": ("organization", []),
    }
    analysis = build(found)
    putin = by_name(analysis, "Vladimir Putin")
    same = curation.apply_decisions(analysis, [curation.split(putin.id, "Vladimir Putin")], SOURCES)
    assert summary(same) == summary(analysis), "the name itself cannot be split off"
    out = curation.apply_decisions(analysis, [curation.rename(putin.id, "Putin")], SOURCES)
    renamed = by_name(out, "Putin")
    assert renamed.aliases == ["Vladimir Putin"]
    split = curation.apply_decisions(analysis, [curation.split(putin.id, "Putin")], SOURCES)
    assert spans_of(split, by_name(split, "Putin")) == ["Putin"] * 3
    assert spans_of(split, by_name(split, "Vladimir Putin")) == ["Vladimir Putin"]

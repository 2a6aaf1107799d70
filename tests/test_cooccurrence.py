"""Co-occurrence edges: actors named in the same sentence, counted once a sentence."""

from __future__ import annotations

import random
import re

from briefing_app.analysis.cooccurrence import Edge, cooccurrence
from briefing_app.model import Actor, Analysis, EntitySpan
from briefing_app.model.text import naive_sentences

TEXTS = {
    "s1": "Putin met Tokayev. The Kremlin said Putin would help Putin's ally. "
    "Tokayev thanked Putin and the CSTO.",
    "s2": "The CSTO sent troops to Almaty. Tokayev said the Kremlin and Putin agreed.",
}
ACTORS = {
    "Putin": "person",
    "Tokayev": "person",
    "Kremlin": "organization",
    "CSTO": "organization",
    "Almaty": "place",
}


def ident(name: str) -> str:
    return f"{ACTORS[name]}:{name.lower()}"


def build(hidden: tuple[str, ...] = ()) -> Analysis:
    actors = [Actor(ident(n), n, t, hidden=n in hidden) for n, t in ACTORS.items()]
    entities = [
        EntitySpan(sid, m.start(), m.end(), ACTORS[name], ident(name))
        for sid, text in TEXTS.items()
        for name in ACTORS
        for m in re.finditer(rf"\b{name}\b", text)
    ]
    return Analysis(actors=actors, entities=entities)


SENTENCES = {sid: naive_sentences(text) for sid, text in TEXTS.items()}


def weights(edges: list[Edge]) -> dict[frozenset, int]:
    names = {ident(n): n for n in ACTORS}
    return {frozenset((names[e.a], names[e.b])): e.weight for e in edges}


def test_naive_sentences_split_where_a_reader_would():
    assert [TEXTS["s1"][s:e] for s, e in SENTENCES["s1"]] == [
        "Putin met Tokayev.",
        "The Kremlin said Putin would help Putin's ally.",
        "Tokayev thanked Putin and the CSTO.",
    ]
    text = 'He said "Go home." Then left!\nNew line  here'
    assert [text[s:e] for s, e in naive_sentences(text)] == [
        'He said "Go home."',
        "Then left!",
        "New line  here",
    ]
    assert naive_sentences("   ") == []


def test_weights_count_sentences_in_all_sources():
    got = weights(cooccurrence(build(), SENTENCES))
    assert got == {
        frozenset({"Putin", "Tokayev"}): 3,  # s1 twice, s2 once
        frozenset({"Kremlin", "Putin"}): 2,
        frozenset({"Putin", "CSTO"}): 1,
        frozenset({"Tokayev", "CSTO"}): 1,
        frozenset({"CSTO", "Almaty"}): 1,
        frozenset({"Tokayev", "Kremlin"}): 1,
    }


def test_evidence_is_the_shared_sentences_and_ids_are_ordered():
    edges = cooccurrence(build(), SENTENCES)
    for edge in edges:
        assert edge.a < edge.b
        assert len(edge.evidence) == edge.weight
        a_name = next(n for n in ACTORS if ident(n) == edge.a)
        b_name = next(n for n in ACTORS if ident(n) == edge.b)
        for ev in edge.evidence:
            sentence = TEXTS[ev.source][ev.start : ev.end]
            assert a_name in sentence and b_name in sentence
    top = edges[0]
    assert top.weight == max(e.weight for e in edges)
    assert [TEXTS[e.source][e.start : e.end] for e in top.evidence] == [
        "Putin met Tokayev.",
        "Tokayev thanked Putin and the CSTO.",
        "Tokayev said the Kremlin and Putin agreed.",
    ]


def test_hidden_actors_are_left_out():
    edges = cooccurrence(build(hidden=("Putin",)), SENTENCES)
    assert all(ident("Putin") not in (e.a, e.b) for e in edges)
    assert weights(edges)[frozenset({"Tokayev", "Kremlin"})] == 1


def test_order_does_not_depend_on_input_order():
    first = cooccurrence(build(), SENTENCES)
    shuffled = build()
    rng = random.Random(7)
    rng.shuffle(shuffled.actors)
    rng.shuffle(shuffled.entities)
    backwards = {k: list(reversed(v)) for k, v in SENTENCES.items()}
    assert [e.to_dict() for e in cooccurrence(shuffled, backwards)] == [e.to_dict() for e in first]
    keys = [(-e.weight, e.a, e.b) for e in first]
    assert keys == sorted(keys)


def test_sources_without_sentences_and_unknown_actors_add_nothing():
    analysis = build()
    analysis.entities.append(EntitySpan("s1", 0, 5, "person", "person:ghost"))
    only_s2 = cooccurrence(analysis, {"s2": SENTENCES["s2"]})
    assert weights(only_s2) == {
        frozenset({"CSTO", "Almaty"}): 1,
        frozenset({"Tokayev", "Kremlin"}): 1,
        frozenset({"Tokayev", "Putin"}): 1,
        frozenset({"Kremlin", "Putin"}): 1,
    }
    assert cooccurrence(Analysis(), SENTENCES) == []

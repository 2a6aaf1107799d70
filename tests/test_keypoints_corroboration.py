"""Key points that several sources state cite all of them: cross-source corroboration rules on
small invented texts (made-up names, so no list helps)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def test_an_actor_named_inside_another_name_counts_as_shared_and_joins_the_closest_point():
    a = labelled(
        "The Marden Relief Office is ready to assist the Government of Veloria in its efforts "
        "after the storm.",
        [("Marden Relief Office", "ORG"), ("Government of Veloria", "ORG")],
        "a",
    )
    b = labelled(
        "The Ardian Red Shield stands ready to provide any assistance Veloria needs after the "
        "storm.",
        [("Ardian Red Shield", "ORG"), ("Veloria", "GPE")],
        "b",
    )
    c = labelled(
        "Ardian engineers will deploy two field hospitals to Veloria and send rescue teams "
        "tomorrow.\nThe Ardian Red Shield also counted the damage to the harbour roads.",
        [("Veloria", "GPE")],
        "c",
    )
    analysis = combine([x[0] for x in (a, b, c)], [x[1] for x in (a, b, c)], top_n=3)
    ready = [p for p in analysis.key_points if "ready" in p.text]
    # "Government of Veloria" names Veloria: the two offers of help are one point citing both,
    # and not attached to the deployment point that shares only Veloria and a kind of event.
    assert len(ready) == 1 and sorted(ready[0].sources) == ["a", "b"]
    deploy = next(p for p in analysis.key_points if "deploy" in p.text)
    assert deploy.sources == ["c"]

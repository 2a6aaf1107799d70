"""Another actor's act in the same place: in citing, a sentence joined to a point that tells
an act only loosely (a shared detail such as "humanitarian assistance" or "response teams"),
sharing no actor but places with it, and naming an agent the point does not, tells that agent's
act, not the point's ("the Red Shield is getting humanitarian assistance to Orsk" / "Kestrel is
providing humanitarian assistance to Orsk"). The same act told by another source names the
point's actor and is untouched. Used only in citing, never in picking points.
"""

from __future__ import annotations

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.hazards import agents, blow_kinds
from briefing_app.analysis.tellers import expressive_kinds, stated


def others_act(a, b) -> bool:
    """In citing, point ``b`` tells an act (a kind of event besides a blow's and the
    expressives, ``tellers.stated``: two bodies condemning one coup are one fact), ``a`` and ``b``
    share only places, ``b`` names an actor ``a`` does not and ``a`` names an agent (not a
    place) ``b`` does not: two actors' acts in one place. Not when both take one stance on the
    same kinds of event ("Orsk condemns the coup" / "the leaders condemned the coup"): the act
    is the object of the stance, and the actors named take it, not do the act."""
    acts = stated(b.fact_events)
    if expressive_kinds() & a.fact_events & b.fact_events and acts <= a.fact_events:
        return False
    shared = a.fact_actors & b.fact_actors
    return (
        bool(acts - blow_kinds(gazetteer().event_words))
        and all(x.startswith("place:") for x in shared)
        and bool(b.fact_actors - a.fact_actors)
        and bool(agents(a.fact_actors) - b.fact_actors)
    )

"""Graph maths with no Qt and no NLP: where the Actors map puts its nodes and labels."""

from briefing_app.graph.layout import force_layout, separate
from briefing_app.graph.placement import MapSnapshot, place_nodes

__all__ = ["MapSnapshot", "force_layout", "place_nodes", "separate"]

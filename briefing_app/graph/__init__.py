"""Graph maths with no Qt and no NLP: where the Actors map puts its nodes and labels."""

from briefing_app.graph.layout import force_layout, separate

__all__ = ["force_layout", "separate"]

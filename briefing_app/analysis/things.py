"""Names of things, not actors: documents, areas, storms, operations, supplies, equipment
and exercises ("Paris Agreement", "Hurricanes X and Y", "Health Kits", "UH-60", "Balikatan
2024 exercise")."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer, norm

# Last and first words of names that are not actors: documents, areas, storms, operations.
NOT_ACTOR_LAST = frozenset(
    [
        "agreement",
        "accord",
        "accords",
        "treaty",
        "act",
        "convention",
        "protocol",
        "declaration",
        "charter",
        "memorandum",
        "zone",
        "initiative",
        "strategy",
        "doctrine",
        # supplies and equipment ("Emergency Health Kits"): things sent, not who sends them
        "kit",
        "kits",
        "supplies",
        "equipment",
        "rations",
    ]
)
NOT_ACTOR_FIRST = frozenset(
    [
        *("cyclone", "hurricane", "typhoon", "storm", "operation", "exercise"),
        *("cyclones", "hurricanes", "typhoons", "storms", "operations", "exercises"),
    ]
)


def names_a_thing(words: list[str]) -> bool:
    """A name (normalised words) of a document, an area, a storm, an operation or supplies."""
    return len(words) > 1 and (words[-1] in NOT_ACTOR_LAST or words[0] in NOT_ACTOR_FIRST)


_DESIGNATION = re.compile(r"[A-Z]{1,4}-\d{1,4}[A-Za-z]?\b")  # "UH-60", "CH-47", "F-16C"
# an aircraft's or a vehicle's type after a name ("A400M", "C-17"); never "G20"
TYPE_CODE = re.compile(r"[A-Z]{1,4}(?:-\d{1,4}[A-Za-z]?|\d{2,4}[A-Z])")
_EXERCISE_AFTER = re.compile(
    r"\s+(?:\d{4}\s+)?(?:exercises?|drills?|manoeuvres|maneuvers|war ?games|games|festival)\b"
)


def names_an_exercise(text: str, e: int, name: str, gaz: Gazetteer) -> bool:
    """ "the Balikatan 2024 exercise": the name of an exercise or an event, not an actor; a
    place, a known body or a body's acronym holds drills ("NATO exercises")."""
    key = norm(name)
    if key in gaz.places or key in gaz.organizations or name.replace(".", "").isupper():
        return False
    return bool(_EXERCISE_AFTER.match(text, e))


def is_equipment(name: str) -> bool:
    """ "UH-60 Black Hawk", "F-16": a designation of an aircraft or a vehicle."""
    return _DESIGNATION.match(name) is not None

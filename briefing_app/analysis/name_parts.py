"""The parts of a person's name key: without a generational suffix ("teodoro jr"), its
surname with the particles before it ("von der leyen"), a hyphenated last name. Used where
people's names are matched (``merging``)."""

from __future__ import annotations

from briefing_app.analysis.name_words import PARTICLES, cached_norm

_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def without_suffix(key: str) -> str:
    """A person's name key without a generational suffix ("teodoro jr" -> "teodoro")."""
    parts = key.split()
    while len(parts) > 1 and parts[-1] in _SUFFIXES:
        parts.pop()
    return " ".join(parts)


def surname_of(parts: list[str]) -> str:
    """The last name with its particles ("von der leyen" of "ursula von der leyen")."""
    k = len(parts) - 1
    while k > 1 and parts[k - 1] in PARTICLES:
        k -= 1
    return " ".join(parts[k:])


def double_surname(name: str) -> str:
    """The key of a hyphenated last name written after a given name ("Salazar-Xirinachs" of
    "José Manuel Salazar-Xirinachs"), else ""."""
    words = name.split()
    if len(words) < 2 or "-" not in words[-1] or words[-1].startswith("-"):
        return ""
    return cached_norm(words[-1])


def is_surname(key: str) -> bool:
    """A key that is only particles and one name ("von der leyen", "al assad")."""
    parts = key.split()
    return len(parts) > 1 and all(p in PARTICLES for p in parts[:-1])

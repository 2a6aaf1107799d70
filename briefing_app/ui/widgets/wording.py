"""Counted nouns in the window's messages: "1 mention", "2 mentions", never "1 mentions"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str = "") -> str:
    """``n`` and ``noun``, in the plural unless ``n`` is 1 (``plural`` for irregular ones)."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"

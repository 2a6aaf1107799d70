"""Names written family name first, in capitals ("OHTAKA Masato", as Japanese and some other
governments write them): put in given-name-first order before surnames are matched."""

from __future__ import annotations


def given_first(name: str, parts: list[str]) -> list[str]:
    """The key's words in given-name-first order: a family name written first in capitals
    ("OHTAKA Masato", "MOTEGI Toshimitsu", as Japanese and some other governments write
    them) goes last, so it meets "Masato Ohtaka" and a lone "Ohtaka". "NATO Allied Command"
    or "UN Women" is no such name: one capitalised word after it, in lower case after its
    capital ("Masato"), is the given name."""
    words = name.split()
    if len(words) == 2 == len(parts) and is_family_first(words[0], words[1]):
        return [parts[1], parts[0]]
    return parts


def is_family_first(first: str, second: str) -> bool:
    """ "OHTAKA" then "Masato": a family name in capitals, then a given name in title case."""
    return (
        len(first) >= 3
        and first.isalpha()
        and first.isupper()
        and second[:1].isupper()
        and len(second) >= 3
        and second[1:].isalpha()
        and second[1:].islower()
    )

"""An acronym the text defines in a bracket right after a body's name is that body's, whatever
its initials: "Federal Ministry for Economic Cooperation and Development (BMZ)" writes the
German name's initials, "the International Maize and Wheat Improvement Center’s (CIMMYT)" the
Spanish one's. The bracket says so; the letters need not. So do a bracket holding the name and
its acronym ("(Landelijke Regietafel Migratie en Integratie, LRT)") and an acronym followed by
its name in brackets ("UNITAD (the United Nations Investigative Team ...)")."""

from __future__ import annotations

import re

from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.spellings import american

_OWNED = ("’s", "'s")  # "... Center’s (CIMMYT)": the bracket defines the owner's name
_BODY_LABELS = ("ORG", "FAC")
# "... Ministry (AFP) –", "... Ministry (AFP)" closing its line: an agency's credit, no acronym
_CREDIT_AFTER = re.compile(r"[ \t]*(?:$|\n|[-–—])")


def defined_long_form(
    text: str, end: int, acronym: str, by_end: dict[int, Mention], match: re.Match
) -> Mention | None:
    """The body's name (tagged by the model, two words or more) that ends right before a
    bracket holding only ``acronym``, as its long form; None when the bracket goes on ("(ABC;
    2004-2017)") or closes a line or a dateline (a credit), when the acronym is no run of
    capitals, when none of its letters is an initial of the name's words ("Kelvo Mining
    Corporation (TSX)"), or when the lists know it as a place or as another body ("(UK)",
    "(WHO)")."""
    from briefing_app.analysis.gazetteer import gazetteer

    letters = acronym.replace(".", "")
    if (
        not match.group(0).endswith(")")
        or _CREDIT_AFTER.match(text, match.end())
        or not 2 <= len(letters) <= 8
        or not letters.isalpha()
        or not letters[0].isupper()
        or sum(c.isupper() for c in letters) < len(letters) - 1
    ):
        return None
    for owned in ("", *_OWNED):
        if owned and not text.endswith(owned, 0, end):
            continue
        m = by_end.get(end - len(owned))
        if m is not None and m.label in _BODY_LABELS and len(m.text.split()) >= 2:
            if not _shares_an_initial(letters, m.text):
                return None  # "Kelvo Mining Corporation (TSX)": an exchange, a ticker
            return None if _known_otherwise(cached_norm(acronym), m.text, gazetteer()) else m
    return None


def _shares_an_initial(letters: str, name: str) -> bool:
    """A letter of the acronym is the initial of a word of the name, as a translated name's
    acronym still shares one ("Federal Ministry for ... (BMZ)": M, "German Development
    Institute (DIE)": D, I); a bracket sharing none names something else, a stock exchange
    after a company ("Kelvo Mining Corporation (TSX)"), a ticker."""
    initials = {w[0].upper() for w in name.split()}
    return any(c.upper() in initials for c in letters)


def _known_otherwise(key: str, long_form: str, gaz) -> bool:
    """ "(UK)" after a charity's name, "(WHO)" after a health board's: a place, or a body the
    lists spell out otherwise, is no acronym of that name."""
    if key in gaz.places or key in gaz.persons:
        return True
    canonical = gaz.organizations.get(key)
    if canonical is None:
        return False
    # "UN Agriculture and Food Organization (FAO)": the list's name in other words is no other
    words = set(american(cached_norm(long_form)).split())
    return not set(american(cached_norm(canonical)).split()) - _MINOR <= words


_MINOR = frozenset(["of", "the", "and", "for", "on", "in", "&"])


# "(Landelijke Regietafel Migratie en Integratie, LRT)": a name, a comma, then its acronym
_NAME_THEN_ACRONYM = re.compile(
    r"\(((?:[A-Z][\w’'&-]*)(?: (?:[A-Z][\w’'&-]*|[a-zäöüéèà]{1,4}))+), ([A-Z][A-Za-z]{1,7})\)"
)
# "UNITAD (the United Nations Investigative Team to ...)": an acronym, then its name in brackets
_NAME_AFTER = re.compile(r" \((?:the )?")


def bracket_definitions(
    text: str, source: int, mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """Pairs (long form, acronym) the text writes in the other two shapes of a definition: the
    name and its acronym inside one bracket, and an acronym the model tagged followed by a
    bracket opening with the name (tagged, of two words or more, the same first letter)."""
    from briefing_app.analysis.gazetteer import gazetteer

    gaz = gazetteer()
    pairs = []
    for hit in _NAME_THEN_ACRONYM.finditer(text):
        name, acronym = hit.group(1), hit.group(2)
        if sum(c.isupper() for c in acronym) < len(acronym) - 1 or name.count(" ") > 9:
            continue
        if _known_otherwise(cached_norm(acronym), name, gaz):
            continue
        long_form = Mention(source, hit.start(1), hit.end(1), name, "ORG")
        pairs.append((long_form, Mention(source, hit.start(2), hit.end(2), acronym, "ORG")))
    if " (" not in text:
        return pairs
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        after = _NAME_AFTER.match(text, m.end)
        if after is None or m.label not in _BODY_LABELS or not _capitals(m.text):
            continue
        long_form = by_start.get(after.end())
        if (
            long_form is None
            or long_form.label not in _BODY_LABELS
            or " " not in long_form.text
            or long_form.text[0] != m.text[0]
            or ")" not in text[long_form.end : long_form.end + 120].split("\n", 1)[0]
            or _known_otherwise(cached_norm(m.text), long_form.text, gaz)
        ):
            continue
        pairs.append((long_form, m))
    return pairs


def _capitals(word: str) -> bool:
    letters = word.replace(".", "")
    return (
        2 <= len(letters) <= 8
        and letters.isalpha()
        and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
    )


def without_cut_pieces(
    text: str, mentions: list[Mention], long_forms: list[Mention]
) -> list[Mention]:
    """Without the pieces the model cut from a name written with its acronym inside one bracket
    ("Landelijke Regietafel Migratie" and "Integratie" of "(Landelijke Regietafel Migratie en
    Integratie, LRT)"): a mention inside that long form that opens or closes it. A place, a
    people, or a name the lists know stays. (A name before its bracket keeps its pieces: the
    other rules join them, "UN Office" + "Coordination of Humanitarian Affairs".)"""
    long_forms = [
        lf
        for lf in long_forms
        if text[lf.start - 1 : lf.start] == "(" and text.startswith(", ", lf.end)
    ]
    if not long_forms:
        return mentions
    from briefing_app.analysis.gazetteer import gazetteer

    gaz = gazetteer()
    return [
        m
        for m in mentions
        if m.label in ("GPE", "LOC", "NORP")
        or gaz.knows(cached_norm(m.text))
        or not any(
            lf.start <= m.start
            and m.end <= lf.end
            and (lf.start == m.start or lf.end == m.end)
            and (m.start, m.end) != (lf.start, lf.end)
            for lf in long_forms
        )
    ]

"""British and American spellings of one word folded together for matching names: "Organisation"
and "Organization", "Defence" and "Defense", "Centre" and "Center", "Programme" and "Program",
"Labour" and "Labor" (the regular patterns of the two spellings, not a list of names)."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import norm

_PATTERNS = [
    # organisation, specialised: an "-ise" or "-iser" ending is as often a name or a word of
    # its own ("Kaiser", "Louise", "Enterprise") as a spelling of "-ize", and stays
    (re.compile(r"(?<=\w\w)is(?=ed\b|es\b|ing\b|ation)"), "iz"),
    (re.compile(r"(?<=\w)yse\b"), "yze"),  # analyse
    (re.compile(r"(?<=\w\w)tre(?=s?\b)"), "ter"),  # centre, theatre
    (re.compile(r"(?<=[fc]en)ce(?=s?\b)"), "se"),  # defence, licence, offence
    (re.compile(r"(?<=\w\w)mme(?=s?\b)"), "m"),  # programme
    (re.compile(r"(?<=\w\w\w)our(?=s?\b)"), "or"),  # labour, harbour, neighbour
]


def american(key: str) -> str:
    """A lower-case name key with British spellings written the American way (for matching
    only, never shown)."""
    for pattern, repl in _PATTERNS:
        key = pattern.sub(repl, key)
    return key


# A word broken at a line's end in a PDF or OCR text, the lines joined with a space or not
# ("Hen- rietta", "Organi- sation", "Sec-" + line break + "retary"): a hyphen, a space or line
# break and a lower-case continuation that is no word of a suspended hyphen ("Jean- and Paul-",
# "pre- or post-war", "two- to three-day").
_BROKEN = re.compile(
    r"(?<=[^\W\d_])-(?: [ \t]*\n?|\n)[ \t]*(?=[a-z])(?!(?:and|or|nor|to|und|et|ou|y|e|bis)\b)"
)


# ordinal words as a unit's or a street's name writes them in digits ("Fifth Fleet" is the
# "5th Fleet", "Twenty-First Century" the "21st"): the regular English ordinals, not a list
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"]
_TEENS += ["sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_TENS = ["twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"]  # + "ieth", "y"
_ORDINALS = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: i + 10 for i, w in enumerate(_TEENS)}
_ORDINALS |= {t + "ieth": 10 * (i + 2) for i, t in enumerate(_TENS)}
_ORDINALS |= {  # "twenty first": a key writes "Twenty-First" as two words
    f"{t}y {u}": 10 * (i + 2) + j + 1 for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS)
}
_ORDINAL_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\b")


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordinal_digits(key: str) -> str:
    """A lower-case name key with its ordinal words written in digits ("u s 5th fleet" for
    "u s fifth fleet"), for matching only."""
    if "th" not in key and "st" not in key and "nd" not in key and "rd" not in key:
        return key

    def digits(m: re.Match) -> str:
        n = _ORDINALS.get(m.group())
        return f"{n}{_suffix(n)}" if n else m.group()

    return _ORDINAL_WORDS.sub(digits, key)


def mended(text: str) -> str:
    """A name with its words broken across lines written whole ("Henrietta Lacks" for "Hen-
    rietta Lacks"), for matching and naming only: the source text is never changed."""
    return _BROKEN.sub("", text) if "-" in text else text


def mended_key(texts, key: str) -> str:
    """The matching key of the first of ``texts`` with a word broken across lines, mended
    ("organisation" for "Organi- sation"); ``key`` when none has one."""
    return next((norm(m) for t in texts if "-" in t and (m := mended(t)) != t), key)


_SWAP_LETTERS = 6  # letters of a word at least for a misspelling by two exchanged letters


def one_swap(a: str, b: str) -> bool:
    """Two name keys alike but in one long word whose two letters, one or two apart and not the
    first, are exchanged ("jokela high school", "joleka high school"): one name misspelt. Names
    of other lengths or letters ("Austria"/"Australia", "Jordan"/"Jordon") are never this."""
    wa, wb = a.split(), b.split()
    pairs = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y]
    if len(wa) != len(wb) or len(pairs) != 1:
        return False
    x, y = pairs[0]
    diff = [i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q]
    return (
        len(x) == len(y) >= _SWAP_LETTERS
        and len(diff) == 2
        and diff[0] >= 1
        and diff[1] - diff[0] <= 2
        and x[diff[0]] == y[diff[1]]
        and x[diff[1]] == y[diff[0]]
    )

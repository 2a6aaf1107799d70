"""A view of text written in capitals (radio scripts, wire slugs, shouted headlines) in ordinary
case, for the language model only.

A model trained on ordinary text reads every capitalised word as a name, so a paragraph in
capitals yields junk actors. The view lower-cases such paragraphs and puts capitals back where
ordinary text has them: at a sentence's start, on words the same source writes with a capital
elsewhere (its title, its other paragraphs), on countries, on the words after a title or an
honorific ("PRESIDENT JANE DOE" -> "president Jane Doe"), and on acronyms (short words,
dotted or with digits). Every character keeps its place, so the view is exactly as long as the
text and every span found in it points at the same words of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from briefing_app.resources import read_list, resource_path

SHOUTED_SHARE = 0.8  # a paragraph is in capitals when this share of its letters is upper case
MIN_LETTERS = 12  # fewer letters say nothing (an acronym line, a label)
NAME_AFTER_TITLE = 2  # words capitalised after a title or honorific, until a function word
_WORD = re.compile(r"[^\W\d_]+(?:[’'.-][^\W\d_]+)*\.?")
_OPENS = re.compile(r"(?:[.!?:]['\"”’)]*\s+|\n)['\"“‘(]*$")  # a sentence opens here


def is_shouted(text: str) -> bool:
    """True when most letters of ``text`` are capitals."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(1 for c in letters if c.isupper()) >= SHOUTED_SHARE * len(letters)


_CALENDAR = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january"}
    | {"february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Function words, the last words of titles and honorifics, words of places and calendar
    names that take a capital, and known acronyms (all case-folded)."""
    folder = resource_path("gazetteers")
    function = {w.casefold() for line in read_list(folder / "stopwords.txt") for w in line.split()}
    # The last word of a title or honorific ("Minister", "General", "Mr") comes before a name.
    titles = {
        re.split(r"[\s-]+", form.strip())[-1].casefold().rstrip(".")
        for name in ("titles.txt", "honorifics.txt")
        for line in read_list(folder / name)
        for form in line.split(";")  # "President;Pres.": a title and its abbreviations
        if form.strip()
    }
    places = {w.casefold() for line in read_list(folder / "places.txt") for w in line.split()}
    acronyms = {
        alias.replace(".", "").casefold()
        for line in read_list(folder / "organizations.txt")
        for alias in line.split(";")
        if alias.replace(".", "").isupper() and " " not in alias.strip()
    }
    try:
        import pycountry

        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                places.update(w.casefold() for w in getattr(country, attr, "").split())
    except ImportError:  # pragma: no cover - pycountry is a dependency; the view still works
        pass
    capitalised = (places - function - titles) | _CALENDAR
    return (
        frozenset(function),
        frozenset(titles - function),
        frozenset(capitalised),
        frozenset(acronyms),
    )


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str] | None:
    """Names of several words that take capitals: organisations and places of the gazetteers
    and pycountry ("United Nations", "Red Cross", "Russian Federation")."""
    folder = resource_path("gazetteers")
    names = {
        alias.strip()
        for name in ("organizations.txt", "places.txt")
        for line in read_list(folder / name)
        for alias in line.split(";")
        if " " in alias.strip()
    }
    try:
        import pycountry

        for country in pycountry.countries:
            names.update(getattr(country, a, "") for a in ("name", "common_name", "official_name"))
    except ImportError:  # pragma: no cover
        pass
    names = {n for n in names if " " in n and not n.isupper()}
    if not names:
        return None
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)", re.I)


def _same_length(word: str, mapped: str) -> str:
    """``mapped`` when it keeps every character in place, else ``word`` ("ß" -> "SS")."""
    return mapped if len(mapped) == len(word) else word


def _lower(word: str) -> str:
    return "".join(_same_length(c, c.lower()) for c in word)


def _title(word: str) -> str:
    return _same_length(word[:1], word[:1].upper()) + _lower(word[1:])


def _known_forms(plain: str) -> dict[str, str]:
    """How the ordinary-case text of the source writes each word (its most common form); a
    word in capitals there is an acronym."""
    forms: dict[str, Counter[str]] = {}
    for match in _WORD.finditer(plain):
        word = match.group()
        opens = match.start() == 0 or _OPENS.search(
            plain[max(0, match.start() - 6) : match.start()]
        )
        if opens and word[:1].isupper() and not word.isupper():
            continue  # a sentence's first word has its capital from its place, not its kind
        forms.setdefault(word.casefold(), Counter())[word] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in forms.items()}


def _acronym(word: str, acronyms: frozenset[str]) -> bool:
    """Dotted ("U.N."), a known acronym ("NATO"), or letters with no vowel ("WFP")."""
    bare = word.rstrip(".")
    if "." in bare:
        return True
    key = bare.replace(".", "").casefold()
    return key in acronyms or (len(key) >= 2 and not re.search(r"[aeiouy]", key))


def _case_word(word: str, known: dict[str, str], name: bool, phrase: bool) -> str:
    key = word.casefold()
    function, titles, capitalised, acronyms = _lists()
    form = known.get(key)
    if form is not None and len(form) == len(word):
        return form
    if key in function:
        return _lower(word)
    if phrase:
        return word if _acronym(word, acronyms) else _title(word)
    if key.rstrip(".") in titles:
        return _lower(word)
    if _acronym(word, acronyms):
        return word
    if name or key.rstrip(".") in capitalised:
        return _title(word)
    return _lower(word)


def ordinary_case(text: str, known: dict[str, str]) -> str:
    """``text`` (in capitals) in ordinary case, character for character."""
    function, titles, _, _ = _lists()
    pattern = _phrases()
    in_phrase = [False] * len(text)
    for found in pattern.finditer(text) if pattern else ():
        in_phrase[found.start() : found.end()] = [True] * (found.end() - found.start())
    out: list[str] = []
    last = 0
    start = True
    name_words = 0  # words after a title or honorific that are taken for a name
    since_title = 99  # words since the last title word: "MINISTER OF X, JANE DOE"
    for match in _WORD.finditer(text):
        word = match.group()
        between = text[last : match.start()]
        if re.search(r"[.!?:]\s*$", between):
            start = True
        elif between.strip() == "," and since_title <= 3:
            name_words = NAME_AFTER_TITLE  # a name in apposition to the title
        elif between.strip(" \"'“‘(") and name_words:
            name_words = 0  # a comma or dash ends the name
        out.append(between)
        key = word.casefold().rstrip(".")
        cased = _case_word(word, known, name_words > 0, in_phrase[match.start()])
        if start and cased[:1].islower():
            cased = _title(cased)
        out.append(cased)
        since_title = 0 if key in titles else since_title + 1
        if key in titles:
            name_words = NAME_AFTER_TITLE
        elif key in function:
            name_words = 0
        else:
            name_words = max(0, name_words - 1)
        start = word.endswith(".") and len(word.rstrip(".")) > 3 and "." not in word[:-1]
        last = match.end()
    out.append(text[last:])
    return "".join(out)


# A paragraph opening with words in capitals before a colon, a dash, a comma or a bracket: a
# dateline ("NAIROBI –", "N’DJAMENA, 3 March") or a speaker's label ("MINISTER DOE:").
_CAPS_OPENING = re.compile(r"(?:[^\W\da-z][^\sa-z]*\s+){0,4}[^\W\da-z][^\sa-z]*?(?=\s*[:–—,(-])")


_DATE_AFTER = re.compile(r"\s*,\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")


def _opening_label(paragraph: str, known: dict[str, str]) -> str:
    """The paragraph with an opening dateline or speaker label in capitals put in ordinary case
    (each word a name: "N’Djamena", "Minister Doe"), the rest as it is."""
    match = _CAPS_OPENING.match(paragraph)
    if not match or sum(c.isalpha() for c in match.group()) < 4:
        return paragraph
    single = " " not in match.group().strip()
    rest = paragraph[match.end() :]
    if single and rest.lstrip()[:1] == "," and not _DATE_AFTER.match(rest):
        return paragraph  # "UNHCR, the agency, said": an acronym in a sentence, not a dateline
    function, titles, _, acronyms = _lists()
    words = []
    last = 0
    for found in _WORD.finditer(match.group()):
        word = found.group()
        words.append(match.group()[last : found.start()])
        form = known.get(word.casefold(), "")
        if form and not form.isupper() and len(form) == len(word):
            words.append(form)  # how the source writes it elsewhere (not this label itself)
        elif word.casefold().rstrip(".") in titles:
            words.append(_title(word))
        elif _acronym(word, acronyms):
            words.append(word)
        elif word.casefold() in function and words != [""]:
            words.append(_lower(word))
        else:
            words.append(_title(word))
        last = found.end()
    words.append(match.group()[last:])
    return "".join(words) + paragraph[match.end() :]


def model_view(text: str, spans: list[tuple[int, int]], title: str = "") -> str:
    """The text with each paragraph written in capitals put in ordinary case, and each
    dateline or speaker label in capitals too ("" when there is none): same length as
    ``text``, for the language model to read."""
    shouted = [(s, e) for s, e in spans if is_shouted(text[s:e])]
    ordinary = [(s, e) for s, e in spans if (s, e) not in shouted]
    plain = "\n".join([title if not is_shouted(title) else "", *(text[s:e] for s, e in ordinary)])
    known = _known_forms(plain)
    view = list(text)
    for s, e in shouted:
        view[s:e] = ordinary_case(text[s:e], known)
    for s, e in ordinary:
        view[s:e] = _opening_label(text[s:e], known)
    result = "".join(view)
    return result if len(result) == len(text) and result != text else ""

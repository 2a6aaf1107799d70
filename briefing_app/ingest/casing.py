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
from collections.abc import Sequence

from briefing_app.resources import read_list, resource_cache, resource_path

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


@resource_cache
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


@resource_cache
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
    form = known.get(key[:-1]) if key.endswith(".") else None
    if form is not None and form.isupper() and len(form) + 1 == len(word):
        return form + "."  # "USAID." at the end of a sentence
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


def ordinary_case(text: str, known: dict[str, str], names: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` (in capitals) in ordinary case, character for character; ``names`` are spans
    of ``text`` known to be names (each word takes a capital)."""
    function, titles, _, _ = _lists()
    pattern = _phrases()
    in_phrase = [False] * len(text)
    for found in pattern.finditer(text) if pattern else ():
        in_phrase[found.start() : found.end()] = [True] * (found.end() - found.start())
    for s, e in names:
        in_phrase[s:e] = [True] * (e - s)
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
    # "AFN Incirlik Radio News: USEUCOM SUPPORTS ...": the title's parts in ordinary case count
    title_parts = [p for p in _TITLE_PARTS.split(title) if not is_shouted(p)]
    plain = "\n".join([*title_parts, *(text[s:e] for s, e in ordinary)])
    known = _known_forms(plain)
    capitals = "\n".join(text[s:e] for s, e in shouted)
    acronyms, _ = spelled_names(capitals)
    for word in acronyms:
        known.setdefault(word.casefold(), word)
    view = list(text)
    for s, e in shouted:
        _, names = spelled_names(text[s:e], acronyms)
        names += headed_names(text[s:e])
        view[s:e] = ordinary_case(text[s:e], known, names)
    for s, e in ordinary:
        view[s:e] = _opening_label(text[s:e], known)
    result = "".join(view)
    return result if len(result) == len(text) and result != text else ""


_TITLE_PARTS = re.compile(r"\s*[:|–—]\s+|\s+-\s+")
_SPELL_PREFIX = 3  # a word gives at most its first three letters to a contraction ("COM")
_SPELL_WORDS = 6


def _spells(word: str, tokens: list[str], function: frozenset[str]) -> int:
    """How many tokens (from the first) spell ``word`` by their first letters or syllables
    ("USEUCOM" <- "U.S. EUROPEAN COMMAND"), function words giving nothing; 0 if they don't."""

    def walk(pos: int, i: int, used: int) -> int:
        if pos == len(word):
            return i if used >= 2 else 0
        if i >= len(tokens) or used >= _SPELL_WORDS:
            return 0
        token = tokens[i]
        if token.casefold() in function:
            return walk(pos, i + 1, used) if used else 0
        letters = token.replace(".", "")
        options = [letters] if "." in token else []
        options += [letters[:k] for k in range(min(_SPELL_PREFIX, len(letters) - 1), 0, -1)]
        for option in options:
            if option and word.startswith(option, pos):
                end = walk(pos + len(option), i + 1, used + 1)
                if end:
                    return end
        return 0

    return walk(0, 0, 0)


def spelled_names(
    text: str, acronyms: frozenset[str] | set[str] | None = None
) -> tuple[set[str], list[tuple[int, int]]]:
    """In a text in capitals, the words that spell the initials or first syllables of a run
    of words of the same text (acronyms: "USAID", "USEUCOM", "AB"), and the spans of those
    runs (names: "U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT", "AIR BASE")."""
    function = _lists()[0]
    matches = list(_WORD.finditer(text))
    tokens = [m.group().rstrip(".") if m.group().count(".") == 1 else m.group() for m in matches]
    if acronyms is None:
        candidates = {
            t
            for t, m in zip(tokens, matches, strict=True)
            if t.isalpha()
            and (len(t) == 2 or 4 <= len(t) <= 8)  # three letters are too often a word
            and t.isupper()
            and t.casefold() not in function
            and text[m.end() : m.end() + 1] != "-"  # "UH-60": a model number
        }
    else:
        candidates = set(acronyms)
    found: set[str] = set()
    spans: list[tuple[int, int]] = []
    by_first: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        by_first.setdefault(t[:1], []).append(i)
    for word in sorted(candidates):
        runs: dict[str, list[tuple[int, int]]] = {}
        for i in by_first.get(word[:1], ()):
            if tokens[i] == word:
                continue
            end = _spells(word, tokens[i : i + 2 * _SPELL_WORDS], function)
            run = tokens[i : i + end]
            if not end or word in run or (len(word) == 2 and (end != 2 or "." in "".join(run))):
                continue
            span = (matches[i].start(), matches[i + end - 1].end())
            runs.setdefault(" ".join(run), []).append(span)
        if runs:  # several runs spell it: the one the text writes most often
            best = max(runs, key=lambda r: (len(runs[r]), -runs[r][0][0]))
            found.add(word)
            spans.extend(runs[best])
    return found, sorted(spans)


HEADED_WORDS = 3  # "U.S. AIR FORCE": at most this many words after the place, the last a body's


@resource_cache
def _org_words() -> frozenset[str]:
    """Last words of organisations' names ("Army", "Force", "Ministry"), case-folded."""
    folder = resource_path("gazetteers")
    return frozenset(w.casefold().rstrip(".") for w in read_list(folder / "org_suffixes.txt"))


org_words = _org_words  # issuer rules read bodies' names the same way


def headed_names(text: str) -> list[tuple[int, int]]:
    """In a text in capitals, a place or a dotted acronym followed by a few words that end with
    an organisation word is a body's name: "U.S. ARMY", "U.S. AIR FORCE", "FRENCH NAVY"."""
    function, _, capitalised, _ = _lists()
    org = _org_words()
    matches = list(_WORD.finditer(text))
    spans = []
    for i, m in enumerate(matches):
        word = m.group()
        key = word.casefold().rstrip(".")
        if not (key in capitalised or ("." in word.rstrip(".") and word.isupper())):
            continue
        for j in range(i + 1, min(len(matches), i + 1 + HEADED_WORDS)):
            nxt = matches[j].group()
            if nxt.casefold() in function or nxt.endswith(".") or not nxt.isupper():
                break
            if re.split(r"[-’']", nxt.casefold())[-1] in org:
                spans.append((m.start(), matches[j].end()))
                break
    return spans

"""A title's portfolio and its holder read as one name: "Assistant Secretary for Community
Planning and Development Ann Roe", "Secretary of Defense Roe", "Investigation Manager,
Intelligence & Enforcement Ann Roe". The model's one span holds what the title is "for" or
"of" (or the portfolios after a post and a comma) and then the holder's name; the portfolio is
no actor, the holder is a person. Where the name starts is decided by form: the holder's
surname written alone elsewhere in the text, or a list of portfolios ("X and Y", "X & Y")
closed by its last word, after which two name words follow. ("Secretary of Defense Roe" needs
no rule here: the title in titles.txt is cut from the span where mentions are cleaned.)"""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.name_words import cached_norm, is_title

# a title, then "for"/"of" (and "the") right before the span: "Assistant Secretary for "
_TITLE_FOR = re.compile(
    r"(?<![\w’'-])(?P<title>[A-Z][\w-]*)[ \t]+(?P<prep>for|of)[ \t]+(?:the[ \t]+)?$"
)
# a title's list of portfolios going on into the span: "Minister of Foreign Affairs and "
_LIST_GOES_ON = re.compile(
    r"(?<![\w’'-])(?P<title>[A-Z][\w-]*)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w’'-]*[ \t]+)+(?:and|&)[ \t]+$"
)
# a post and a comma right before the span: "Customs Investigation Manager, "
_POST_COMMA = re.compile(r"(?<![\w’'-])(?P<title>[A-Z][a-z-]+),[ \t]+$")
# a title, what it is "of" or "for" (a list of portfolios), and a comma right before the span:
# "Minister of Agriculture, Forestry and Fisheries, "
_PORTFOLIO_COMMA = re.compile(
    r"(?<![\w’'-])(?P<title>[A-Z][\w-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[A-Z][\w’'-]*|and|&),?[ \t]+)+$"
)
# what follows a name in apposition: a bracket, or a verb or clause in lower case, perhaps after
# a comma ("Ana Varn, said", "Ana Varn, who"); not a list going on ("Export Promotion, and
# International Trade", "Doctors Without Borders, and the Red Cross", "Acme Logistics, the ...")
_AFTER_APPOSED = re.compile(r"\(|,?[ \t]+(?!(?:and|or|the|an?)\b)[a-z]")
# the endings of English agent nouns, the nouns of a job ("Manager", "Controller", "Director")
_AGENT_ENDINGS = ("er", "or", "ent", "ist", "ant", "ary", "ian")
_NAME_WORD = re.compile(
    r"[A-Z](?:[a-z]?[A-Z])?[a-z\u00c0-\u024f’'-]+(?:-[A-Z][a-z\u00c0-\u024f’']+)*"
)
_WORD = re.compile(r"\S+")
_JOINERS = ("and", "&")
_BEFORE_ENDINGS = (" for ", " of ", " the ", ", ", " and ", " & ")


def portfolio_and_holder(text: str, s: int, e: int, label: str, gaz: Gazetteer) -> int | None:
    """The start of the holder's name when ``text[s:e]`` is a title's portfolio and then the
    name of the one holding it, else None."""
    if label not in ("ORG", "PERSON") or not text.endswith(_BEFORE_ENDINGS, max(0, s - 5), s):
        return None  # no "for"/"of"/"the" or comma right before the span: nothing to look at
    words = [w for w in _WORD.finditer(text, s, e)]
    if words and words[0].group() in ("the", "The"):
        words = words[1:]
    if len(words) < 2 or "\n" in text[s:e]:
        return None
    line_start = text.rfind("\n", max(0, s - 100), s) + 1
    window = text[max(line_start, s - 100) : words[0].start()]
    if label == "ORG" and _apposed_to_portfolio(text, e, words, window, gaz):
        return words[0].start()
    before = _TITLE_FOR.search(window)
    if before is not None and is_title(cached_norm(before.group("title")), gaz):
        return _holder_after_list(text, s, e, words, gaz)
    goes_on = _LIST_GOES_ON.search(window)
    if goes_on is not None and is_title(cached_norm(goes_on.group("title")), gaz):
        return _holder_after_list(text, s, e, words, gaz, listed=True)
    post = _POST_COMMA.search(window)
    if post is None:
        return None
    title = post.group("title")
    if not (is_title(cached_norm(title), gaz) or title.endswith(_AGENT_ENDINGS)):
        return None
    return _holder_after_list(text, s, e, words, gaz, surname_needed=True)


def _apposed_to_portfolio(
    text: str, e: int, words: list[re.Match[str]], window: str, gaz: Gazetteer
) -> bool:
    """ "Minister of Agriculture, Forestry and Fisheries, Ana Varn, said": two or three name
    words set off by commas after a title's portfolio are its holder, whatever label the model
    gave them."""
    if not 2 <= len(words) <= 3 or not all(holder_word(w.group(), gaz) for w in words):
        return False
    hit = _PORTFOLIO_COMMA.search(window)
    if hit is None or not window.endswith(", ") or not is_title(cached_norm(hit["title"]), gaz):
        return False
    return _AFTER_APPOSED.match(text, e) is not None


def _holder_after_list(
    text: str,
    s: int,
    e: int,
    words: list[re.Match[str]],
    gaz: Gazetteer,
    surname_needed: bool = False,
    listed: bool = False,
) -> int | None:
    """Two name words closing the span after a portfolio: kept when the surname is written
    alone elsewhere in the text, or (unless ``surname_needed``) when the portfolio is a list
    closed by its last word ("Planning and Development"; ``listed``: the list began before
    the span, "Minister of Foreign Affairs and | Expatriates Ana Varn"). After a post and a
    comma (``surname_needed``) the portfolio must be a list as well: "The Minister, Ana María
    López, said ... López added" is one three-word name."""
    if len(words) < 3:
        return None
    tail = words[-2:]
    if not all(holder_word(w.group(), gaz) for w in tail):
        return None
    portfolio = [w.group().rstrip(",") for w in words[:-2]]
    if not portfolio[-1][:1].isupper() or words[-3].group().endswith(","):
        return None  # "Ministry of | Foreign Affairs", "Subcommittee on | National Security"
    if any(cached_norm(w) in gaz.org_suffixes for w in portfolio):
        return None  # "Committee on Oversight and Reform": a body's name, not a portfolio
    alone = _written_alone(text, s, e, tail[0].group(), tail[-1].group())
    listed = listed or any(w in _JOINERS for w in portfolio[1:])
    if (alone and listed) if surname_needed else (alone or listed):
        return tail[0].start()
    return None


def _written_alone(text: str, s: int, e: int, given: str, surname: str) -> bool:
    """The surname written elsewhere in the text without the given name before it ("Mr Roe",
    "Roe said"), not inside this span."""
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
        if not s <= found.start() < e and not text.endswith(given, 0, found.start() - 1):
            return True
    return False


def holder_word(word: str, gaz: Gazetteer) -> bool:
    """A word of a person's name: capitalised, no body's or title's word, no place."""
    key = cached_norm(word)
    return (
        _NAME_WORD.fullmatch(word) is not None
        and key not in gaz.org_suffixes
        and not is_title(key, gaz)
        and key not in gaz.places
        and key not in gaz.countries
        and key not in gaz.organizations
        and key not in gaz.demonyms
    )

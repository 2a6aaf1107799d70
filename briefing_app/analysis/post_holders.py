"""A post and its holder written together, read as one actor: "OCHA Spokesperson Jens Laerke"
(a body's acronym, its post, then the person) and "Ana Varn, Regional Correspondent, tel. ..."
(a name, then its post in apposition, as contact lines write them). The person keeps the post
as a role; the acronym is the body; the post alone is no actor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import Mention, cached_norm, is_title, written_role
from briefing_app.analysis.merging import is_acronym
from briefing_app.model import Source

_NAME_WORD = re.compile(r"[A-Z][a-z\u00df-\u024f’'-]+$")
# after a name and a comma: one to three capitalised words, then the end of the apposition
_POST_AFTER = re.compile(r", (?P<post>[A-Z][a-z-]+(?: [A-Z][a-z-]+){0,2})(?=[,;.]|\s*\n|$)")
# the endings of English agent nouns, the nouns of a job ("Correspondent", "Adviser",
# "Officer", "Counsellor", "Specialist", "Consultant", "Secretary", "Librarian", "Trustee")
_LIST_GOES_ON = re.compile(r", (?:the )?[A-Z]|,? and |,? or ")
_AGENT_ENDINGS = ("ent", "er", "or", "ist", "ant", "ary", "ian", "ee")


def post_holders(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """The person out of "ACRONYM Title Given Family" (and the acronym as a body), and a name
    with an apposed post of an agent noun as a person with that role, the post dropped."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(_acronym_post_person(m, gaz))
    lower = lowercase_words(sources)
    posts: set[tuple[int, int, int]] = set()
    named = {(m.source, m.start) for m in out if m.label != "ORG"}
    for m in out:
        span = _apposed_agent_post(sources[m.source].text, m, lower, gaz)
        if span is not None and (m.source, span[0]) not in named:
            posts.add((m.source, *span))
            m.label, m.role = "PERSON", m.role or sources[m.source].text[span[0] : span[1]]
    return [m for m in out if (m.source, m.start, m.end) not in posts]


def _acronym_post_person(m: Mention, gaz: Gazetteer) -> list[Mention]:
    words = m.text.split(" ")
    if m.label not in ("PERSON", "ORG") or len(words) < 4 or not is_acronym(words[0]):
        return _capitals_before_name(m, words, gaz)
    for n in range(min(gaz.max_title_words, len(words) - 3), 0, -1):
        title = words[1 : 1 + n]
        if not title[0][:1].isupper():
            continue
        meant = "" if n > 1 else _misspelt_title(title[0], gaz)
        if not is_title(cached_norm(" ".join(title)), gaz) and not meant:
            continue
        name = words[1 + n :]
        if len(name) < 2 or not all(_NAME_WORD.match(w) for w in name):
            return [m]
        if any(cached_norm(w) in gaz.titles for w in name):
            return [m]
        start = m.start + len(" ".join(words[: 1 + n])) + 1
        text = " ".join(name)
        role = m.role or (gaz.titles[meant] if meant else written_role(title, 0, gaz))
        person = replace(m, start=start, text=text, label="PERSON", role=role, article=False)
        body = replace(m, end=m.start + len(words[0]), text=words[0], label="ORG", role="")
        return [body, person]
    return _capitals_before_name(m, words, gaz)


def _misspelt_title(word: str, gaz: Gazetteer) -> str:
    """The one-word title a word misspells by one letter dropped, added or changed
    ("Spokeperson" for "spokesperson"), or "": a post between a body's acronym and a full name,
    misspelt. Only words of seven letters or more, and only when one title is that near."""
    key = cached_norm(word)
    if len(key) < 7 or key in gaz.titles:
        return ""
    near = [
        t
        for t in _one_word_titles(gaz)
        if abs(len(t) - len(key)) <= 1 and Levenshtein.distance(key, t, score_cutoff=1) <= 1
    ]
    return near[0] if len(near) == 1 else ""


_TITLE_WORDS: dict[int, frozenset[str]] = {}


def _one_word_titles(gaz: Gazetteer) -> frozenset[str]:
    if id(gaz.titles) not in _TITLE_WORDS:
        _TITLE_WORDS[id(gaz.titles)] = frozenset(t for t in gaz.titles if " " not in t)
    return _TITLE_WORDS[id(gaz.titles)]


def _capitals_before_name(m: Mention, words: list[str], gaz: Gazetteer) -> list[Mention]:
    """ "LSIS Ana Varn", "LEUT Piet Osk": a rank's abbreviation in capitals glued to a person's
    full name is no part of the name (the name alone is kept; the abbreviation names no body)."""
    # three capitals at least: "JP", "TJ" are a person's initials ("TJ Varn Osk")
    if m.label != "PERSON" or len(words) not in (3, 4) or len(words[0]) < 3:
        return [m]
    if not words[0].isalpha():
        return [m]
    if not words[0].isupper() or not all(_NAME_WORD.match(w) for w in words[1:]):
        return [m]
    if any(cached_norm(w) in gaz.titles for w in words[1:]):
        return [m]
    start = m.start + len(words[0]) + 1
    return [replace(m, start=start, text=" ".join(words[1:]))]


def _apposed_agent_post(
    text: str, m: Mention, lower: frozenset[str], gaz: Gazetteer
) -> tuple[int, int] | None:
    """The span of the post apposed to ``m``, when ``m`` is a name of two or three words, the
    post's last word is a listed title or an agent noun and no list of names goes on."""
    words = m.text.split()
    if m.label not in ("PERSON", "ORG") or not 2 <= len(words) <= 3:
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    keys = [cached_norm(w) for w in words]
    if (
        any(
            k in lower
            or k in gaz.places
            or k in gaz.demonyms
            or k in gaz.org_suffixes
            or k in gaz.titles
            or k in gaz.stopwords
            for k in keys
        )
        or cached_norm(m.text) in gaz.organizations
    ):
        return None
    hit = _POST_AFTER.match(text, m.end)
    if hit is None:
        return None
    post = hit.group("post")
    head = cached_norm(post.split()[-1])
    if any(cached_norm(w) in gaz.places for w in post.split()):
        return None
    if not (
        is_title(cached_norm(post), gaz) or is_title(head, gaz) or head.endswith(_AGENT_ENDINGS)
    ):
        return None
    if _LIST_GOES_ON.match(text, hit.end("post")):
        return None  # "Ana Varn, Piet Osk, the Harbour Trust and ...": a list of names
    return hit.start("post"), hit.end("post")

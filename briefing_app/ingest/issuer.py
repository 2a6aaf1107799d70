"""The body that issued a page, read from how the page names it.

General rules, no strings from particular pages:

- a subdomain label of a shared host spells the initials of a body the text names in full
  ("unkwm.missions.example" and "United Nations Kelvo Water Mission"): acronyms take the first
  letter of each capitalised word, both letters of a hyphenated pair ("Secretary-General": SG)
  or only the first, and may keep or skip the small words of names ("in", "of", "for"), as
  "UNSMIL" keeps the "in" of "... Mission in Libya" and "OSESGY" skips "of the";
- a dateline that runs date, place, issuing body, parted by dashes ("March 3, 2031 – Port
  Kelvo, Kelvo Province – Water Affairs Kelvo"): the last part is the body that issued it;
- a "From" line at the top naming a body, maybe with its section ("From Embassy of Kelvo to
  Ruritania, Public Affairs Section"): a release as a news site copied it, its issuer;
- a release's label naming its body ("Press Release: Kelvo Water Board", "Kelvo Water Board
  Press Release"): the issuer, as a republisher's copy keeps it; the dates read above it are
  the republisher's stamp, and the release's own date, when a line gives it, comes after.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import headline_verb
from briefing_app.ingest.draft import Draft
from briefing_app.model.text import spells

_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "at", "&"})
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'.&]*(?:-[A-Z][\w’'.&]*)*")
MAX_NAME_WORDS = 12


def _letters(word: str) -> tuple[tuple[str, ...], bool]:
    """The ways a word may add to an acronym and whether it may add nothing (a small word)."""
    if word.casefold() in _SMALL:
        return (word[0].upper(),), True
    heads = "".join(p[0] for p in word.split("-") if p).upper()
    return tuple({heads, heads[0]}), False


def _runs(text: str):
    """Runs of capitalised words and the small words of names, within one phrase."""
    for line in text.splitlines():
        words: list[str] = []
        for raw in line.split():
            word = raw.strip("“”\"‘’'")
            clean = word.rstrip(",;:.!?)")
            fits = clean and (_CAPITAL_WORD.fullmatch(clean) or clean in _SMALL)
            if fits and not raw.startswith("("):
                words.append(clean)
            if not fits or raw.startswith("(") or clean != word:
                if words:
                    yield words
                words = []
        if words:
            yield words


def body_spelled(label: str, text: str) -> str:
    """The name in ``text`` whose initials spell the subdomain ``label`` ("unkwm": "United
    Nations Kelvo Water Mission"), or "" when none does; the longest name at the first place
    one starts. "" too when two names of as many words spell it ("Kelvo National Guard" and
    "Kelvo Naval Garrison" for "kng"): the label names neither for sure (a long form and its
    short one, "United Nations Kelvo Mission" and "UN Kelvo Mission", are one body)."""
    names = spelled_names(label, text)
    if not names:
        return ""
    first = _bare(names[0])
    rivals = {_bare(n) for n in names if len(n.split()) == len(names[0].split())}
    return names[0] if rivals == {first} else ""


def _bare(name: str) -> str:
    """The name without case or a possessive ending ("Kelvo Water Board’s")."""
    return re.sub(r"[’']s?$", "", name).casefold()


def spelled_names(label: str, text: str) -> list[str]:
    """Every name in ``text`` whose initials spell ``label``, the longest at each place one
    starts, in the text's order."""
    found: list[str] = []
    first = label[:1].upper()
    for run in _runs(text):
        for start, word in enumerate(run):
            if not word.startswith(first) or word in _SMALL:
                continue
            for end in range(min(len(run), start + MAX_NAME_WORDS), start + 1, -1):
                name = run[start:end]
                if name[-1] in _SMALL or sum(w not in _SMALL for w in name) < 2:
                    continue
                if " and the " in f" {' '.join(name)} ":
                    continue  # "the Mission and the Ministry": two bodies, not one name
                if spells(label.upper(), [_letters(w) for w in name]):
                    found.append(" ".join(name))
                    break
    return found


_DEFINED_WORD = r"(?:[A-Z][\w’'.&-]*|of|for|and|the|on|in|to|at)"


def defined_name(label: str, text: str, org_words: frozenset[str]) -> str:
    """The name the text defines ``label`` as an acronym of, in brackets after it ("the Office
    of the Kelvo Coordinator (UNKCO)": "Office of the Kelvo Coordinator"), whatever letters the
    acronym keeps; a body's name (an organisation word in it), so a person with the body in
    brackets ("Jane Roe (UNKCO)") is not taken."""
    # One paragraph's words (a wrapped line may break it): a name never runs on across a blank
    # line from the headings above it ("Closure of UNSOM" over "The United Nations ... (UNSOM)").
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    pattern = rf"(?P<name>{_DEFINED_WORD}(?:{gap}{_DEFINED_WORD}){{1,11}})\s+\(\s*{label}\s*\)"
    for match in re.finditer(pattern, text):
        words = match["name"].split()
        while words and (words[0] in _SMALL or words[0] == "The"):
            words.pop(0)
        while words and words[-1] in _SMALL:
            words.pop()
        if len(words) >= 2 and any(w.casefold() in org_words for w in words):
            return " ".join(words)
    return ""


_DASH = re.compile(r"\s+[–—-]\s+")
_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|for|and|the|on|in|to|at|&")
_PLACE = re.compile(r"[A-Z][\w’'.-]*(?:[ ,]+[A-Z][\w’'.-]*){0,4}")
# A document's kind, not a body: "News Release", "Press Statement", "Media Advisory".
_KIND = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:releases?|statements?|advisory|note|notice|readout|bulletin|"
    r"backgrounder|update|remarks|speech|transcript)",
    re.I,
)


def _body_name(name: str) -> bool:
    """Capitalised words and the small words of names, one to eight, no document kind."""
    words = name.split()
    if not 1 <= len(words) <= 8 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    capitalised = words[0][:1].isupper() and words[-1][:1].isupper()
    return capitalised and not _KIND.fullmatch(name)


def _lines(draft: Draft) -> list[str]:
    return [" ".join(line.split()) for b in draft.blocks for line in b.lines if line.strip()]


def dateline_issuer(draft: Draft, line: str, org_words: frozenset[str]) -> str:
    """The issuing body of a dated line that runs date, place and body ("March 3, 2031 – Port
    Kelvo, Kelvo Province – Water Affairs Kelvo"), "" for any other line: the body carries an
    organisation word, or the page writes its name again (a category line, a sentence), so a
    person's name in that place is not taken. It is the outlet when nothing in the text named
    one."""
    parts = _DASH.split(line.strip())
    if len(parts) != 3 or not re.search(r"\d{4}", parts[0]) or re.search(r"\d", parts[2]):
        return ""
    place, body = parts[1].strip(), parts[2].strip().rstrip(".")
    if not _PLACE.fullmatch(place) or not _body_name(body):
        return ""
    named = any(w.casefold() in org_words for w in body.split())
    again = sum(body in other for other in _lines(draft)) >= 2
    if not (named or again):
        return ""
    if not draft.outlet_from_text:
        draft.outlet, draft.outlet_from_text = body, True
    return body


_FROM = re.compile(r"From\s+(?:the\s+)?(?P<body>[^,]{5,90}?)(?:,\s+(?P<section>[^,]{3,60}))?")
FROM_LINES = 4  # a copied release's header sits at the top
LABEL_LINES = 6  # a release's label may sit under a republisher's headline and stamp
_RELEASE = r"(?:press|news|media)\s+(?:release|statement)"
# "Press Release: Kelvo Water Board", "Media release from the Kelvo Water Board" (any body's
# name: the label says what it is) and "Kelvo
# Water Board Press Release" (a body with an organisation word: "Joint Press Statement" is
# a headline's kind, not a body's label).
_LABEL_FIRST = re.compile(
    rf"{_RELEASE}(?:\s*[:|–—-]|\s+(?:from|by))\s*(?:the\s+)?(?P<body>.{{3,90}})", re.I
)
_LABEL_LAST = re.compile(rf"(?:the\s+)?(?P<body>.{{3,90}}?)\s*[:|–—-]?\s+{_RELEASE}", re.I)
# Other kinds of an office's paper label their body after a colon or a bar only ("Readout:
# Kelvo Ministry of Water", "Media advisory | Kelvo Water Board"): "Statement by the Minister
# for Water" is a headline.
_KIND_FIRST = re.compile(
    r"(?:readout|statement|(?:media\s+)?advisory|communiqu[eé]|fact\s+sheet|media\s+note)"
    r"\s*[:|]\s*(?:the\s+)?(?P<body>.{3,90})",
    re.I,
)


def release_label(line: str, org_words: frozenset[str]) -> str:
    """The body a release's label names ("Press Release: UN Water Envoy", "Department of Water
    Press Release"), "" for any other line: a body's name (capitalised words, no headline's
    verb: "Press Release: Minister Opens Bridge" is a headline) with an organisation word, or,
    after the label, an acronym ("UN")."""
    line = " ".join(line.split()).rstrip(".")
    for pattern, after in ((_LABEL_FIRST, True), (_KIND_FIRST, True), (_LABEL_LAST, False)):
        match = pattern.fullmatch(line)
        if not match:
            continue
        body = match["body"].strip()
        words = body.split()
        if not _body_name(body) or headline_verb(words):
            continue
        named = any(w.casefold() in org_words for w in words)
        if named or (after and any(len(w) >= 2 and w.isupper() for w in words)):
            return body
    return ""


_BARE_KIND = re.compile(
    rf"{_RELEASE}|readout|statement|(?:media\s+)?advisory|communiqu[eé]|media\s+note", re.I
)


def label_over(above: str, line: str, org_words: frozenset[str]) -> str:
    """The body a release's label names over two lines: the kind alone ("News release"), then
    the body's name with an organisation word ("Kelvo Ministry of Water"); "" for any other."""
    if not _BARE_KIND.fullmatch(above.strip()):
        return ""
    body = release_label(f"{above.strip()}: {line}", org_words)
    # An organisation word, not only an acronym: "Deputy PM and Minister of ..." is an office.
    return body if any(w.casefold() in org_words for w in body.split()) else ""


def from_issuer(
    draft: Draft, line: str, number: int, org_words: frozenset[str], above: str = ""
) -> bool:
    """A line at the top that is "From" and a body, maybe with its section ("From Embassy of
    Kelvo to Ruritania, Public Affairs Section"): a news site's copy of a release names its
    issuer so; the body must carry an organisation word ("From Our Correspondent" is a
    credit), and the section after the comma, if any, be a name too. A release's label
    (``release_label``, or ``label_over`` with the line ``above``) names it too: a date read
    above it is the republisher's stamp."""
    if draft.outlet_from_text or number > min(LABEL_LINES, draft.prose_at):
        return False  # a label under the first paragraph is not the page's
    if body := release_label(line, org_words) or label_over(above, line, org_words):
        draft.outlet, draft.outlet_from_text = body, True
        draft.label_author = draft.label_author or body
        draft.stamp = draft.published or draft.page_date
        draft.published = draft.page_date = ""
        return True
    if number > FROM_LINES:
        return False
    match = _FROM.fullmatch(line.strip())
    if not match or not _body_name(match["body"]):
        return False
    if not any(w.casefold() in org_words for w in match["body"].split()):
        return False
    if match["section"] and not _body_name(match["section"]):
        return False
    draft.outlet, draft.outlet_from_text = match["body"], True
    return True

"""The outlet a page names when its address gives only a shared host or nothing at all.

General rules, no strings from particular pages:

- a shared host serves many bodies, each under its own subdomain ("kfor.missions.example",
  "unko.missions.example"): when the text names the subdomain's label as an acronym in
  capitals ("KFOR") and never writes it as a lower-case word (as "news" or "press" are
  written), the subdomain is the publishing body: the outlet is the whole host, as on an
  umbrella domain (``urls.outlet_domain``);
- an organisation's name with its acronym on a line of its own at the top of a copy
  ("KWB - Kelvo Water Board", "Kelvo Water Board (KWB)"): the acronym's letters are the
  initials of the name's capitalised words, so the line names a body, the issuer;
- a department's name alone on a line right above the page's date ("Department for Water
  Resources" over "July 24, 2031"): the issuing body, as government pages print it; not when
  the page is someone else's writing about it (a genre label of comment over it, "Commentary";
  a by-lined author whose affiliation line places them at another body, "Lee is a senior
  fellow at the Kelvo Institute"), nor when the first sentence makes it its topic with a
  possessive ("The Department of X's budget ..."): a topic line over a date, not an issuer.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing_app.ingest.byline import headline_verb
from briefing_app.ingest.casing import org_words
from briefing_app.ingest.draft import Draft
from briefing_app.ingest.issuer import body_spelled, defined_name
from briefing_app.ingest.national_body import with_country
from briefing_app.ingest.urls import host_of, outlet_domain, registered_domain

_SITE_VERSION = re.compile(r"www\d*|m|mobile|amp")
# Head nouns of public bodies that the gazetteer's organisation words (last words of names:
# "Ministry", "Agency") lack, as governments name their kinds of body: a treasury, an
# administration, a directorate, a board, a cabinet.
_PUBLIC_HEADS = frozenset({"treasury", "administration", "directorate", "board", "cabinet"})

MIN_MENTIONS = 2  # the acronym is written at least this often in the text
MIN_PROSE_WORDS = 4  # a line of running words, not a heading: this many lower-case words


def subdomain_body(url: str, outlet: str, text: str) -> str:
    """The body a shared host's subdomain names (``_named_subdomain``), else the body a label
    of the address spells (``spelled_domain``), else the government host without its press
    office's label (``without_press_office``); "" when none."""
    return (
        _named_subdomain(url, outlet, text)
        or spelled_domain(url, outlet, text)
        or without_press_office(url, outlet)
    )


# The labels a government body gives its press office's host ("publicaffairs.kwa.gov",
# "newsroom.kwa.gov"): the office of the body below, not a body of its own.
_PRESS_OFFICE = re.compile(r"public-?affairs|press(?:room|office)?|newsroom|news|media(?:room)?")
_GOVERNMENT_SUFFIX = re.compile(r"(?:^|\.)(?:gov|govt|mil|gouv|gob|go)(?:\.[a-z]{2})?$")


def without_press_office(url: str, outlet: str) -> str:
    """The body's domain under its press office's host on a government domain
    ("publicaffairs.kwa.gov": "kwa.gov"); "" for any other outlet (an umbrella's "press.un.org"
    keeps its office: the umbrella is no body)."""
    found = registered_domain(url)
    if not outlet or outlet != outlet_domain(url) or outlet == found:
        return ""
    first, _, rest = outlet.partition(".")
    if not _PRESS_OFFICE.fullmatch(first) or not _GOVERNMENT_SUFFIX.search(found):
        return ""
    return rest


def _named_subdomain(url: str, outlet: str, text: str) -> str:
    """The body a shared host's subdomain names: its name when the text writes a name whose
    initials spell the label ("United Nations Kelvo Office" on "unko.missions.example") or
    defines the label as a body's acronym ("the Office of the Kelvo Envoy (UNKO)"), else
    the host when the text writes the label as an acronym ("UNKO") twice, once inside a line
    of running words, or as its own account's handle ("@UNKO") once; "" when the outlet is
    not the address's registered domain, the host has no subdomain, or the text names
    neither."""
    found = registered_domain(url)
    if not found or outlet != outlet_domain(url):
        return ""
    labels = host_of(url).removesuffix(f".{found}").split(".")
    while labels and _SITE_VERSION.fullmatch(labels[0]):
        labels.pop(0)
    if len(labels) != 1 or not re.fullmatch(r"[a-z]{3,10}", labels[0]):
        return ""
    label = labels[0]
    if outlet not in (found, f"{label}.{found}"):
        return ""
    if re.search(rf"\b{label}\b", text):  # "news", "press": a word of the language
        return ""
    if name := body_spelled(label, text) or defined_name(label.upper(), text, org_words()):
        return name
    if outlet != found:
        return ""  # an umbrella's host names its body already ("unko.missions.example")
    mentions = re.findall(rf"\b{label.upper()}\b", text)
    if re.search(rf"(?m)^\s*@{label}\s*$", text, re.I):
        return f"{label}.{found}"  # the body's own account, on a line of its own
    if len(mentions) >= MIN_MENTIONS or _acronym_in_prose(label, text):
        return f"{label}.{found}"
    return ""


# Words a site's domain adds to its publisher's initials ("kbcnews", "kbconline").
_SITE_WORDS = ("news", "online", "tv", "radio", "media", "daily", "live", "web", "press")


def head_words() -> frozenset[str]:
    """Organisation words heading a body's name: the gazetteer's and the public bodies' own."""
    return org_words() | _PUBLIC_HEADS


def spelled_domain(url: str, outlet: str, text: str) -> str:
    """The body whose initials a label of the address's host spells, the name an organisation's
    ("publicaffairs.kwa.gov" and "the Kelvo Water Administration": an organisation
    word in it, as a body's name has), when the outlet is the address's domain; the most
    specific label first, with or without a word for the site after the initials ("kbcnews").
    "" when no label is spelled so: "kwp" stays the domain beside "Kelvo Water Park", a
    place."""
    if not outlet or outlet != outlet_domain(url):
        return ""
    labels = outlet.split(".")
    labels = labels[: max(1, len(labels) - len(registered_domain(url).split(".")) + 1)]
    for label in labels:
        if not re.fullmatch(r"[a-z]{3,14}", label) or _SITE_VERSION.fullmatch(label):
            continue
        # "kbcnews": a body's initials and a word for what the site is
        stems = [label[: -len(w)] for w in _SITE_WORDS if label.endswith(w)]
        for stem in [label, *stems]:
            name = body_spelled(stem, text) if 2 <= len(stem) <= 10 else ""
            if name and any(w.casefold() in head_words() for w in name.split()):
                return with_country(name, url, text)  # "Ministry of Foreign Affairs of Kelvo"
    return ""


def _acronym_in_prose(label: str, text: str) -> bool:
    """The label is written once in capitals inside a line of running words ("a vaccination
    centre (UNKO Photo/Jane Roe)"), never capitalised as a word ("World"): an acronym, as
    a caption or a sentence writes it, not a heading in capitals ("WORLD" over a menu)."""
    if re.search(rf"\b{label.capitalize()}\b", text):
        return False
    for line in text.splitlines():
        if re.search(rf"\b{label.upper()}\b", line):
            return len(re.findall(r"\b[a-z]{2,}\b", line)) >= MIN_PROSE_WORDS
    return False


_CAPITALISED = re.compile(r"[A-Z][\w.’'&-]*")
_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})
# "KWB - Kelvo Water Board", "Kelvo Water Board - KWB", "Kelvo Water Board (KWB)".
_ACRONYM_LINE = (
    re.compile(r"(?P<acronym>[A-Z][A-Za-z]{1,9})\s+[-–—|:]\s+(?P<name>.{5,80})"),
    re.compile(
        r"(?P<name>.{5,80}?)\s+(?:[-–—|:]\s+(?P<acronym>[A-Z][A-Za-z]{1,9})|"
        r"\((?P<bracketed>[A-Z][A-Za-z]{1,9})\))"
    ),
)


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, "U.S." giving both its letters."""
    out = ""
    for word in name.split():
        if word.casefold() in _SMALL:
            continue
        if not _CAPITALISED.fullmatch(word):
            return ""
        out += "".join(re.findall(r"[A-Z]", word)) if "." in word else word[0]
    return out


def acronym_and_name(line: str) -> str:
    """The name of an organisation on a line that is its name and its acronym and nothing else
    ("KWB - Kelvo Water Board", "Kelvo Water Board (KWB)": "Kelvo Water Board"), the
    acronym's capitals being the name's initials; "" for any other line."""
    line = line.strip()
    for pattern in _ACRONYM_LINE:
        match = pattern.fullmatch(line)
        if not match:
            continue
        acronym = match.group("acronym") or match.group("bracketed") or ""
        capitals = "".join(c for c in acronym if c.isupper())
        if len(capitals) >= 2 and _initials(match.group("name")).upper() == capitals:
            return match.group("name").strip()
    return ""


_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|for|and|the|on|&")


def department_line(line: str, org_words: frozenset[str]) -> bool:
    """The line is the name of a public body in the form government departments take: an
    organisation word heading it, what it is "of" or "for" after it ("Department for Water
    Resources", "Ministry of Rivers and Lakes", "Kelvo Water Agency"); capitalised words and the
    small words of names only, no headline's verb ("Ministry of Water Announces Plan")."""
    words = line.split()
    if not 2 <= len(words) <= 8 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if not words[0][:1].isupper() or words[-1] in ("of", "for", "and", "the", "on", "&"):
        return False
    heads = [i for i, w in enumerate(words) if w.casefold() in org_words]
    if not heads:
        return False
    head = heads[0]
    rest = words[head + 1 :]
    if rest and rest[0] not in ("of", "for", "on"):
        return False  # "Kelvo Ministry Launches Plan": the organisation word starts a clause
    return not headline_verb(rest[1:])


# Genre labels of comment and analysis (IPTC's genre NewsCodes "Analysis", "Opinion" and the
# names papers print for the same genre): a page under one is an author's view, not a release.
_COMMENT_LABEL = re.compile(
    r"(?:commentary|analysis|opinion|op-?ed|perspective|viewpoint|column|editorial|essay)s?",
    re.I,
)
_BY_NAME = re.compile(r"By\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})")
# "Lee is a senior fellow at the Kelvo Institute": a person's post at a named body.
_AFFILIATION = (
    r"\s+(?:is|was)\s+(?:an?|the)\s+[^.]{0,60}?\b(?:at|with|of)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^.,;]*)"
)


def _lines(draft: Draft) -> list[str]:
    return [" ".join(line.split()) for b in draft.blocks for line in b.lines if line.strip()]


def someone_elses(draft: Draft, body: str) -> bool:
    """The page is an outside author's writing about ``body``: a genre label of comment on a
    line of its own, or a by-lined author whose affiliation line names another body."""
    lines = _lines(draft)
    if any(
        _COMMENT_LABEL.fullmatch(line) and not _in_menu(lines, i) for i, line in enumerate(lines)
    ):
        return True
    for line in lines:
        byline = _BY_NAME.fullmatch(line)
        if not byline:
            continue
        name = byline.group("name")
        who = rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})"
        for other in lines:
            post = re.search(who + _AFFILIATION, other)
            if post and body not in post.group("body") and not _heads(post.group(0), body):
                return True
    return False


def _in_menu(lines: list[str], i: int) -> bool:
    """Line ``i`` sits in a run of short menu lines ("Home", "News", "Analysis"): two or more of
    the lines within two of it are a word or two without a sentence's stop."""
    near = lines[max(0, i - 2) : i] + lines[i + 1 : i + 3]
    return sum(len(line.split()) <= 2 and not line.endswith(".") for line in near) >= 2


_DEPARTMENT_HEAD = re.compile(r"(?:Ministry|Department|Office|Agency)\s+(?:of|for)\s+(?:the\s+)?")


def _heads(post: str, body: str) -> bool:
    """The post is the head of ``body`` itself: "Minister of Foreign Affairs" of the "Ministry
    of Foreign Affairs" (the department's subject, capitalised, named in the post)."""
    head = _DEPARTMENT_HEAD.match(body)
    return bool(head) and body[head.end() :] in post


def possessive_topic(draft: Draft, body: str) -> bool:
    """The text's first sentence opens on ``body``'s possession ("The Department of X's budget
    request leaves ..."): the body is what the text is about."""
    first = next((line for line in _lines(draft) if len(line.split()) >= 8), "")
    return bool(re.match(rf"(?:The\s+)?{re.escape(body)}[’']s?\s", first))


def department_over_date(
    draft: Draft, previous: str, org_words: frozenset[str], above: str = ""
) -> str:
    """``previous`` (the line above a date line) is a department's name, which the text names
    again inside a longer line (a headline is not written again within a sentence), and
    nothing names the outlet yet: it is the issuing body, the outlet a citation names.
    When ``above`` (the line over it) is a department too, the two are a body over its office
    ("Department of Water" over "Office of Public Affairs"): the body is the issuer. Returns
    the lines taken as the issuer's (to drop from the text), none when it is not one."""
    if draft.outlet or not previous or not department_line(previous, org_words):
        return ""
    block = [above, previous] if above and department_line(above, org_words) else [previous]

    def again(name: str) -> bool:
        return any(name in line and line != name for b in draft.blocks for line in b.lines)

    issuer = next((name for name in block if again(name)), "")
    if not issuer or someone_elses(draft, issuer) or possessive_topic(draft, issuer):
        return ""
    draft.outlet, draft.outlet_from_text = block[0], True
    return "\n".join(block)


_SOURCE_LABEL = re.compile(r"(?:source|issued\s+by|publisher)\s*:\s*(?P<value>\S.*)", re.I)
LABEL_LINES = 8  # a copy's labelled header sits at its top


def rejoin_source_label(draft: Draft) -> None:
    """Join a "Source:" line that a hard wrap broke inside the body's name ("Source: United" over
    "Nations Water Mission in Kelvo (UNWMK)"), in place: the next line ends in a bracketed
    acronym whose letters are the initials of the name the two lines make together, so it is
    the rest of the value, not the first line of the text."""
    places = [(b, at) for b in draft.blocks for at, line in enumerate(b.lines) if line.strip()]
    for (block, at), (after, following_at) in pairwise(places[: LABEL_LINES + 1]):
        match = _SOURCE_LABEL.fullmatch(block.lines[at].strip())
        if not match or acronym_and_name(match["value"]):
            continue
        following = after.lines[following_at].strip()
        name = acronym_and_name(f"{match['value']} {following}")
        if following[:1].isupper() and name:
            block.lines[at] = f"{block.lines[at].strip()} {following}"
            after.lines[following_at] = ""  # an empty line: read as none
            return

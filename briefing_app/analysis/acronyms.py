"""Acronyms: "Long Form Name (LFN)" definitions, initials that spell a long form, and bare
acronyms the model missed whose long form some loaded source names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from briefing_app.analysis.defined import bracket_definitions, defined_long_form
from briefing_app.analysis.foreign_names import foreign_words_long_form, glossed
from briefing_app.analysis.gazetteer import Gazetteer, gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, taken_spans
from briefing_app.analysis.things import names_a_thing
from briefing_app.analysis.title_posts import title_of_title
from briefing_app.model import Source
from briefing_app.model.text import spells

# "(ACR)", or "(ACR; 2004-2017)" / "(ACR, in French)": the acronym opens the bracket
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&.]{1,9}(?:-[A-Z]{1,5})*)(?:\)|[;,] )")
# "Long Form in Place (ACR": the model's name may stop before an "in/of Place" the acronym covers
_PLACE_TAIL = re.compile(r"(?: (?:in|of|for|on) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)?")
_PLACE_WORDS = re.compile(r" [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?")
_CUT_ENDS = (" in", " of", " for", " on")
_CAP_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|and|for|the|on|in|to|&")
# "2nd ", "101st ", "3rd " before an acronym; "JTF-HD": capitals joined by hyphens
ORDINAL_BEFORE = re.compile(r"^(\d+(?:st|nd|rd|th)) (?=[A-Z])")
_HYPHENATED = re.compile(r"[A-Z]{1,5}(?:-[A-Z]{1,5})+")
# an acronym with a unit's name after a hyphen: "JTF-Bravo", "CTF-Sierra"
TAGGED_ACRONYM = re.compile(r"([A-Z]{2,6})-([A-Z][a-z]{2,})")
_MINOR = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des"})


def initials(long_form: str) -> str:
    """Initials of the capitalised words of a long name ("of", "the" skipped)."""
    return "".join(w[0] for w in long_form.replace("-", " ").split() if w not in _MINOR)


def acronym_matches(acronym: str, long_form: str, strict: bool = False) -> bool:
    """True when the acronym spells the long form's initials (dots and case ignored).

    Every content word gives its initial; a function word ("of", "for", "and") may give its
    own or none ("Organisation of American States" -> OAS, "Department of Defense" -> DoD);
    a hyphenated word may give one initial or one per part ("Co-operation" -> C or CO); an
    acronym inside the long form may give all its letters ("UN Development Fund" -> UNDF);
    a leading "Department of" may give none ("HHS"). ``strict``: every word as written, none
    of the ways below a long form may drop a word.
    """
    tagged = TAGGED_ACRONYM.fullmatch(acronym)
    if tagged:  # "JTF-Bravo" = "Joint Task Force-Bravo": the same word after the initials
        word = tagged.group(2)
        if long_form.endswith(("-" + word, " " + word)):
            return acronym_matches(tagged.group(1), long_form[: -len(word) - 1])
        return False
    ordinal = ORDINAL_BEFORE.match(acronym)
    if ordinal:  # "2nd BCT" = "2nd Brigade Combat Team": the same ordinal, then the initials
        head, _, rest = long_form.partition(" ")
        return head == ordinal.group(1) and acronym_matches(acronym[ordinal.end() :], rest)
    if _HYPHENATED.fullmatch(acronym):
        acronym = acronym.replace("-", "")  # "JTF-HD": the initials of consecutive parts
    letters = acronym.replace(".", "").replace("&", "").upper()
    if len(letters) < 2 or not letters.isalnum():
        return False
    words = [w for w in long_form.replace("’s", "").replace("'s", "").split() if w[:1].isalnum()]
    if not words or len(words) < 2:
        return False
    options = []
    for w in words:
        parts = [p for p in w.split("-") if p]
        opts = {w[0].upper()}
        if len(parts) > 1:
            opts.add("".join(p[0] for p in parts).upper())
        caps = w.replace(".", "")
        if 2 <= len(caps) <= 4 and caps.isalpha() and caps.isupper():
            opts.add(caps)  # an acronym inside the long form gives all its letters (UN ... -> UN..)
        minor = w.lower() in _MINOR or w.lower() in ("a", "an", "to", "at", "by", "with")
        options.append((opts, minor))
    if len(letters) > len(options) * 2:
        return False
    if spells(letters, options):
        return True
    if strict:
        return False
    # "HHS" of "Department of Health and Human Services": a department's acronym may leave
    # out the leading "Department of" (a ministry's, an office's too)
    lead = _generic_lead(words)
    if lead and len(letters) >= 3 and len(options) - lead >= 2 and spells(letters, options[lead:]):
        return True
    # "UN World Health Organization" -> WHO: a body's own acronym leaves out the acronym of
    # the family it belongs to, written before its name
    lead = words[0].replace(".", "")
    if (
        2 <= len(lead) <= 3
        and lead.isupper()
        and lead.isalpha()
        and len(options) > 2
        and len(letters) >= 3
        and spells(letters, options[1:])
    ):
        return True
    # Long forms often drop their last generic word in the acronym ("... Organisation").
    return len(options) > 2 and spells(letters, options[:-1])


_DEPARTMENT_HEADS = frozenset(["Department", "Ministry", "Office"])


def _generic_lead(words: list[str]) -> int:
    """How many words "Department of (the)" takes at the start of a name (0 without it); a
    country's or a state's word before it goes with it ("U.S. Department of Housing and Urban
    Development" -> HUD, "Hawaii Department of Human Services" -> DHS)."""
    owner = int(len(words) > 3 and words[0][:1].isupper() and words[1] in _DEPARTMENT_HEADS)
    head = words[owner:]
    if len(head) < 3 or head[0] not in _DEPARTMENT_HEADS or head[1] not in ("of", "for"):
        return 0
    return owner + (3 if head[2] == "the" else 2)


def find_acronyms(text: str, source: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs (long form, acronym) written as "Long Form Name (LFN)"; the long form may be new."""
    by_end = {m.end: m for m in mentions}
    pairs = []
    for match in _ACRONYM.finditer(text):
        acr = match.group(1)
        gap_start = match.start()
        end = gap_start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        long_form = by_end.get(end)
        if not any(c.isupper() for c in acr[1:]) and len(acr) > 3:
            # "(Reuters)" is not an acronym; "the Department of State (State)" defines a word
            # of the name as its short form
            if long_form is not None and _defines_word(acr, long_form.text, match):
                pairs.append((long_form, Mention(source, *match.span(1), acr, long_form.label)))
            continue
        plural = long_form is not None and _plural_spells(acr, long_form.text)
        if not plural and (long_form is None or not acronym_matches(acr, long_form.text)):
            long_form = _plural_tail(text, source, end, acr, long_form) or _guess_long_form(
                text, source, end, acr
            )
        if long_form is None:
            # "... Rescue team (UKISAR)": a generic lower-case word may close the long form
            last = re.search(r"\s([a-z]{3,12})$", text[max(0, end - 14) : end])
            if last:
                long_form = _guess_long_form(text, source, end - len(last.group()), acr)
        if long_form is None:
            long_form = _foreign_long_form(text, end, acr, mentions)
        if long_form is None:
            long_form = foreign_words_long_form(text, source, end, acr)
        if long_form is None:  # "... Development (BMZ)": defined whatever its initials
            long_form = defined_long_form(text, end, acr, by_end, match)
        if long_form is None:
            continue
        short = Mention(source, match.start(1), match.end(1), acr, long_form.label)
        pairs.append((long_form, short))
        gloss = glossed(text, match, mentions)
        if gloss is not None:  # "(CNDP, National Congress for the Defence of People)"
            pairs.append((gloss, short))
    return pairs + bracket_definitions(text, source, mentions)


def _plural_spells(acronym: str, long_form: str) -> bool:
    """A plural acronym after a name the model tagged spells the plural name: "Joint Border
    Response Teams (JBRTs)". Only a tagged name: a guessed run of capitals ("Frequently Asked
    Questions (FAQs)") is no body."""
    return (
        len(acronym) > 2
        and acronym.endswith("s")
        and acronym[-2].isupper()
        and long_form.endswith("s")
        and acronym_matches(acronym[:-1], long_form)
    )


@lru_cache(maxsize=1024)
def spells_a_name(acronym: str, named: frozenset[str]) -> bool:
    """ "AU" the model read as a people ("the AU monitoring mechanism") where the sources name
    the "African Union": an acronym spelling a name of the sources is that body's, no people.
    Cached: a frozenset keeps its hash, and a text repeats its acronyms."""
    return (
        2 <= len(acronym) <= 8
        and acronym.isupper()
        and acronym.isalpha()
        and any(" " in n and acronym_matches(acronym, n) for n in named)
    )


def _plural_tail(
    text: str, source: int, end: int, acronym: str, tagged: Mention | None
) -> Mention | None:
    """ "K Division Integrated National Security Enforcement Teams (INSETs)": the last words of
    a tagged name spell a plural acronym; they are the long form (a unit's label before them
    is not)."""
    if tagged is None or len(acronym) < 3 or not acronym.endswith("s") or not acronym[-2].isupper():
        return None
    tail = _guess_long_form(text, source, end, acronym[:-1])
    if tail is None or tail.start <= tagged.start or not tail.text.endswith("s"):
        return None
    tail.label = tagged.label
    return tail


def _defines_word(word: str, long_form: str, match: re.Match) -> bool:
    """ "Department of State (State)": the bracket, closed right after the word, holds one word
    of a name of several words (the name's own words, never a place or an agency after it)."""
    words = long_form.split()
    return len(words) >= 2 and word in words[1:] and match.group(0).endswith(")")


def _foreign_long_form(text: str, end: int, acr: str, mentions: list[Mention]) -> Mention | None:
    """ "UN Stabilization Mission in Haiti (MINUSTAH)": an acronym of the name in another
    language (French, Spanish) spells other initials; a bracket of four or more capitals right
    after an organisation's name (and an "in/of Place") still defines it."""
    if len(acr) < 4 or not acr.isupper():
        return None
    for m in mentions:
        if m.label == "ORG" and " " in m.text and m.end <= end <= m.end + 40:
            words = text[m.start : end].split()
            initials_ = {w[0].upper() for w in words if w[:1].isalpha()}
            # its first letter one of the name's initials ("MINUSTAH", "SOCSOUTH"), or the
            # same letters in another order but one, a word of the other language ("Bureau
            # intégré des Nations Unies en Haïti (BINUH)")
            if acr[0] not in initials_ and sum(c not in initials_ for c in acr) > 1:
                continue
            if _PLACE_TAIL.fullmatch(text, m.end, end):
                # "... Stabilization Mission" + " in Mali (MINUSMA)": the place is the name's
                return m if m.end == end else _widened(m, text, end)
            # "United Nations Assistance Mission in" + "Somalia": the model cut it after "in"
            if m.text.endswith(_CUT_ENDS) and _PLACE_WORDS.fullmatch(text, m.end, end):
                return _widened(m, text, end)
    return None


def _widened(m: Mention, text: str, end: int) -> Mention:
    return Mention(m.source, m.start, end, text[m.start : end], "ORG", m.role, m.article)


def _guess_long_form(
    text: str, source: int, end: int, acr: str, things: bool = False
) -> Mention | None:
    """The capitalised words before "(ACR)" whose initials spell it, as a new ORG mention."""
    words = list(re.finditer(r"[^\s]+", text[max(0, end - 200) : end]))
    base = max(0, end - 200)
    need = len(acr.replace(".", "").replace("&", ""))
    # a word may give more than one letter ("UN", "Co-operation"): start from half the letters
    for k in range(max(2, (need + 1) // 2), min(len(words), need + 4) + 1):
        chunk = words[-k:]
        # "#European Union (EU)": a hashtag's mark is no part of the name
        tag = int(chunk[0].group().startswith("#"))
        first = chunk[0].group()[tag:]
        if not first[:1].isupper() or first.lower() in _MINOR:
            continue  # "The ..." never opens the name
        s = base + chunk[0].start() + tag
        name = text[s:end]
        words_ = [first, *(w.group() for w in chunk[1:])]
        if "\n" in name or not all(_CAP_WORD.fullmatch(w) for w in words_):
            continue
        if acronym_matches(acr, name):
            # "Emergency Health Kits (EHK)": supplies or a document, not a body; nor a post
            # named after a post ("Special Representative of the Secretary-General (SRSG)")
            key = cached_norm(name).split()
            thing = names_a_thing(key) or title_of_title(key, gazetteer())
            return None if thing and not things else Mention(source, s, end, name, "ORG")
    return None


def acronyms_of_things(text: str) -> frozenset[str]:
    """Acronyms the text defines as a thing ("Anti-Ship Cruise Missile (ASCM)", "Health
    Kits (EHK)") or as a post named after a post ("SRSG"): never actors, wherever written."""
    found = set()
    for match in _ACRONYM.finditer(text):
        end = len(text[: match.start()].rstrip(" "))
        long_form = _guess_long_form(text, 0, end, match.group(1), things=True)
        words = cached_norm(long_form.text).split() if long_form is not None else []
        if words and (names_a_thing(words) or title_of_title(words, gazetteer())):
            found.add(match.group(1))
    return frozenset(found)


_BARE_ACRONYM = re.compile(r"(?<![\w’'.-])[A-Z][A-Za-z&]{1,7}(?![\w’'-])")


def recall_acronyms(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer | None = None
) -> list[Mention]:
    """Bare acronyms the model did not tag, whose long form some loaded source names (or the
    organisations gazetteer spells out)."""
    long_forms: dict[str, str] = {}
    for m in mentions:
        if m.label in ("ORG", "GPE", "LOC", "FAC") and " " in m.text:
            long_forms.setdefault(cached_norm(m.text), m.text)
    known = gaz.organizations if gaz is not None else {}
    if not long_forms and not known:
        return []
    taken = taken_spans(mentions)
    verdict: dict[str, bool] = {}
    found = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        starts = [a for a, _ in spans]
        # in the model's view, so that words of a text in capitals are not taken for acronyms
        for hit in _BARE_ACRONYM.finditer(src.text_for_model):
            token = hit.group()
            if sum(c.isupper() for c in token) < max(2, len(token) - 1):
                continue
            if token not in verdict:
                matches = {k for k, text in long_forms.items() if acronym_matches(token, text)}
                verdict[token] = len(matches) == 1 or cached_norm(token) in known
            if not verdict[token]:
                continue
            k = bisect.bisect_right(starts, hit.start()) - 1
            if k >= 0 and spans[k][1] > hit.start():
                continue
            found.append(Mention(i, hit.start(), hit.end(), token, "ORG"))
    return found


_CAPITALS_ONLY = re.compile(r"[A-Z]{3,8}")
# between two words of a long form: spaces, and perhaps a function word ("of", "for")
_WORD_GAP = r"(?:\s+(?:of|and|for|the|on|in|&))?\s+"


def recall_long_forms(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Long forms the model did not tag of an acronym it did ("DART" and, elsewhere, "Disaster
    Assistance Response Team"): capitalised words whose initials spell the acronym, when just
    one such name is written in the loaded sources."""
    names = {m.text for m in mentions if " " in m.text}
    bare = {m.text for m in mentions if m.label == "ORG" and _CAPITALS_ONLY.fullmatch(m.text)}
    # each distinct acronym against each distinct name once: a long text repeats them
    acronyms = sorted(a for a in bare if not any(acronym_matches(a, n) for n in names))
    if not acronyms:
        return []
    taken = taken_spans(mentions)
    found = []
    for acr in acronyms:
        words = _WORD_GAP.join(rf"{c}[\w’'-]*" for c in acr)
        pattern = re.compile(rf"(?<![\w’'-]){words}(?![\w’'-])")
        hits = [
            (i, h)
            for i, src in enumerate(sources)
            for h in pattern.finditer(src.text)
            if acronym_matches(acr, h.group()) and "\n" not in h.group() and not _a_role(h.group())
        ]
        if len({h.group() for _, h in hits}) != 1:
            continue
        for i, h in hits:
            spans = taken.get(i, [])
            if not any(a < h.end() and h.start() < b for a, b in spans):
                found.append(Mention(i, h.start(), h.end(), h.group(), "ORG"))
    return found


def _a_role(name: str) -> bool:
    """ "Minister for Foreign Affairs": a title heads the name, a role held by a person, not the
    body an acronym ("MFA") stands for."""
    from briefing_app.analysis.gazetteer import gazetteer
    from briefing_app.analysis.mentions import is_title

    words = cached_norm(name).split()
    head = words[: next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    return bool(head) and is_title(" ".join(head), gazetteer())


def spelt_by_acronyms(before: list[Mention], kept: list[Mention]) -> list[Mention]:
    """``kept`` plus each mention of ``before`` left out of it whose initials an acronym of the
    sources spells: "Health and Human Services" of "Health and Human Services Secretary Alex
    Azar" beside "HHS" names a body, no mere portfolio."""
    if len(before) == len(kept):
        return kept  # nothing was left out (the usual case)
    acronyms = {
        m.text
        for m in kept
        if _BARE_ACRONYM.fullmatch(m.text) and sum(c.isupper() for c in m.text) >= 3
    }
    if not acronyms:
        return kept
    taken = {id(m) for m in kept}
    return [
        m
        for m in before
        if id(m) in taken
        or (
            m.label == "ORG" and " " in m.text and any(acronym_matches(a, m.text) for a in acronyms)
        )
    ]


def redefined_acronyms(
    pairs: Sequence[tuple[Mention, Mention]], gaz: Gazetteer
) -> frozenset[tuple[int, str]]:
    """(source, key) of each acronym a source defines as something other than what a list
    expands it to: "Disaster Recovery Center (DRC)" is no Democratic Republic of the Congo in
    that source, however often it writes "the DRC" after."""
    out = set()
    for long_form, short in pairs:
        key, long_key = cached_norm(short.text), cached_norm(long_form.text)
        for table in (gaz.places, gaz.organizations, gaz.persons):
            canonical = table.get(key)
            if (
                canonical
                and long_key != cached_norm(canonical)
                and table.get(long_key) != canonical
            ):
                out.add((short.source, key))
    return frozenset(out)

"""A briefing's title from what its sources' headlines share.

Analysts title a note by its event ("Earthquake in Morocco"), not by a list of names. When
several sources are about one event their headlines usually share the words that name it; the
longest such run is the title auto-fill offers. Nothing here knows any event or name.
"""

from __future__ import annotations

import re

from briefing_app.resources import read_list, resource_cache, resource_path

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*", re.UNICODE)
MIN_WORDS = 3  # "Security Council" alone names no event; "Earthquake in Morocco" does,
MIN_CONTENT = 2  # and so do two words one of which is a place: "Myanmar earthquake"


@resource_cache
def _function_words() -> frozenset[str]:
    lines = read_list(resource_path("gazetteers", "stopwords.txt"))
    return frozenset(w.casefold() for line in lines for w in line.split())


def shared_headline(titles: list[str], places: frozenset[str] = frozenset()) -> str:
    """The longest run of words that at least half of the headlines (two or more) share,
    beginning and ending on a content word, with at least two content words and three words
    (or two, one of them a place in ``places``, casefolded); "" if none."""
    heads = [[m.group() for m in _WORD.finditer(t)] for t in titles if t.strip()]
    if len(heads) < 2:
        return ""
    need = max(2, (len(heads) + 1) // 2)
    function = _function_words()

    def content(word: str) -> bool:
        return word.casefold() not in function and not word.isdigit()

    counts: dict[tuple[str, ...], int] = {}
    first: dict[tuple[str, ...], tuple[int, list[str]]] = {}
    for h, words in enumerate(heads):
        seen: set[tuple[str, ...]] = set()
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                run = words[i:j]
                if j - i < MIN_WORDS and not any(w.casefold() in places for w in run):
                    continue
                key = tuple(w.casefold() for w in run)
                if key in seen or not (content(run[0]) and content(run[-1])):
                    continue
                if sum(map(content, run)) < MIN_CONTENT:
                    continue
                seen.add(key)
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, (h, run))
    shared = [k for k, n in counts.items() if n >= need]
    if not shared:
        return ""
    best = max(shared, key=lambda k: (len(k), counts[k], -first[k][0]))
    words = first[best][1]
    title = " ".join(words)
    return title[:1].upper() + title[1:]

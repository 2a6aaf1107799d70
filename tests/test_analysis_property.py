"""Any text at all analyses without error, and every span it reports lies inside its source."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_app.analysis import analyze, load_nlp
from briefing_app.model import Source

pytestmark = pytest.mark.slow
_PRONOUN = re.compile(r"\b(?:he|she|his)\b", re.IGNORECASE)
_REFERENT = re.compile(r"\[[^\]]+\]")

NEWS = [
    "President Putin met Kassym-Jomart Tokayev in Astana on Tuesday.",
    "The Collective Security Treaty Organization (CSTO) met on 12 March 2024.",
    "Chancellor Scholz said the IAEA would send inspectors next month.",
    "Trump’s team flew to Moscow.",
]
CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))
PIECES = st.one_of(
    st.sampled_from(NEWS),
    st.text(CHARS, max_size=40),  # anything, control characters included
    st.text("\u05d0\u05d1\u05d2\u0627\u0644\u0639\u202e\u200f\u200d ", max_size=30),  # RTL
    st.text("😀🇺🇦👩‍👩‍👧🔥 \ufe0f", max_size=20),  # emoji, flags, joiners
    st.text("abcXYZ-’'", min_size=500, max_size=3000).map(
        lambda w: w.replace(" ", "")
    ),  # huge words
    st.sampled_from(["\n", "\n\n", "\r\n", "\t", "\x00", "\x0b", "\u2028", " (", ") ", "’s "]),
)
TEXTS = st.lists(PIECES, max_size=12).map("".join)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def check_spans(sources: list[Source], analysis) -> None:
    texts = {s.id: s.text for s in sources}
    spans = [e for a in analysis.actors for e in a.evidence]
    spans += [e for k in analysis.key_points for e in k.evidence]
    spans += [e for d in analysis.dates for e in d.evidence]
    spans += analysis.entities
    for span in spans:
        assert span.source in texts
        assert 0 <= span.start < span.end <= len(texts[span.source])
    for actor in analysis.actors:
        for ev in actor.evidence:
            assert texts[ev.source][ev.start : ev.end] in actor.aliases
    # A click on a key point or a date lands on its own words, not merely somewhere inside
    # (an opening "He" may stand as the bracketed name of its referent: "[Name] said…").
    for point in analysis.key_points:
        said = " ".join(point.text.split())
        spans = [" ".join(texts[e.source][e.start : e.end].split()) for e in point.evidence]
        assert said in spans or any(
            _PRONOUN.sub("", s, count=1) == _REFERENT.sub("", said, count=1) for s in spans
        )
    for date in analysis.dates:
        # one event, one entry: the sources may write its date differently ("12 March 2024",
        # "Tuesday"); the entry is named by one of them and every span is a date's own words
        written = [texts[ev.source][ev.start : ev.end].casefold() for ev in date.evidence]
        assert date.text.casefold() in written
        assert all(w.strip() and w == w.strip() for w in written)


# A paragraph of whole news sentences: whatever surrounds it, it gives at least one key point.
NEWS_PARAGRAPH = "\n\n" + " ".join(NEWS[:3]) + "\n\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Found by Hypothesis: three sentences a scrape glued together ("2024.Chancellor") were one
# sentence stating every fact, so the news paragraph's three sentences became one point.
@example(
    texts=[
        "The Collective Security Treaty Organization (CSTO) met on 12 March 2024.Chancellor "
        "Scholz said the IAEA would send inspectors next month.President Putin met "
        "Kassym-Jomart Tokayev in Astana on Tuesday.",
        "",
    ],
    published="",
    top_n=3,
    news_at=1,
)
@given(
    texts=st.lists(TEXTS, min_size=1, max_size=3),
    published=st.sampled_from(["", "2024-03-12", "garbage"]),
    top_n=st.integers(min_value=3, max_value=7),
    news_at=st.none() | st.integers(min_value=0, max_value=2),
)
def test_any_text_analyses_and_spans_stay_inside(nlp, texts, published, top_n, news_at):
    if news_at is not None:
        at = news_at % len(texts)
        texts[at] = texts[at] + NEWS_PARAGRAPH
    sources = [
        Source(id=f"s{i}", path=f"s{i}.txt", format="txt", text=t, sha256="", published=published)
        for i, t in enumerate(texts)
    ]
    analysis = analyze(sources, top_n=top_n)
    check_spans(sources, analysis)
    assert [c.number for c in analysis.citations] == list(range(1, len(sources) + 1))
    points = analysis.key_points
    assert len(points) <= top_n  # the analyst's count is a ceiling, never exceeded
    assert len({p.text for p in points}) == len(points)  # no point said twice
    if news_at is not None:
        assert points, "a paragraph of whole news sentences gave no key point"
        assert len(points) + len(analysis.background) >= 2  # two of its sentences are distinct

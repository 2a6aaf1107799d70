"""Hostile lines load in linear time: a line twice as long costs at most about three times as much.

A regular expression that can cut a run of characters in many ways ("A-A-A-..." as one place's
word or as words joined by hyphens) backtracks exponentially: a page made of such a run hung the
app for minutes. Every check here runs under an alarm, so a hang fails in seconds instead.
"""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_app.ingest import SourceError, source_from_bytes

PROSE = "The water board met on Tuesday and agreed to cut the quotas for the dry season."
BUDGET = 20.0  # seconds for one load: far above a linear load of these sizes (well under 1 s)

# Characters that patterns of places, names, dates, by-lines and cruft treat specially.
HOSTILE = "Aa1 -.,:'’\"()[]|/–—•*#_\t\u00a0Ωл中\u200b\x0b"
UNITS = st.one_of(
    st.sampled_from(
        ["A-", "A.", "A ", "A. B. ", "Ab Cd, ", "Ab-", "1.2.", "Jan 1 ", "By A ", "Ab, Cd and "]
    ),
    st.text(HOSTILE, min_size=1, max_size=4),
)


class _TooSlow(Exception):
    pass


def _alarm(signum, frame):
    raise _TooSlow


def _seconds(work: Callable[[], object]) -> float:
    """How long ``work`` took (the best of two runs), failing after BUDGET seconds."""
    best = float("inf")
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for _ in range(2):
            signal.setitimer(signal.ITIMER_REAL, BUDGET)
            started = time.perf_counter()
            try:
                work()
            except _TooSlow:
                pytest.fail(f"still running after {BUDGET:.0f} s")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, time.perf_counter() - started)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return best


def _load(text: str, fmt: str) -> None:
    data = text.encode("utf-8")
    if fmt == "html":
        paragraphs = b"".join(b"<p>" + p + b"</p>" for p in data.split(b"\n\n"))
        data = b"<html><body>" + paragraphs + b"</body></html>"
    # refusing it ("no readable text found") is an answer too, as long as it is quick
    with contextlib.suppress(SourceError):
        source_from_bytes(data, f"hostile.{fmt}")


def _page(line: str, where: str) -> str:
    if where == "alone":
        return line
    if where == "first":
        return line + "\n\n" + PROSE + "\n"
    return "Water board cuts quotas\n\n" + PROSE + "\n\n" + line + "\n\n" + PROSE + "\n"


def assert_linear(make: Callable[[int], str], fmt: str, size: int = 1500) -> None:
    """Loading make(2n) costs at most ~3x loading make(n) (plus a little for timer noise)."""
    _load(make(8), fmt)  # warm the caches and lazy imports
    short = _seconds(lambda: _load(make(size), fmt))
    long = _seconds(lambda: _load(make(2 * size), fmt))
    assert long <= 3 * short + 0.3, f"{short:.3f} s for {size} repeats, {long:.3f} s for twice"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(
    unit=UNITS,
    where=st.sampled_from(["alone", "first", "middle"]),
    fmt=st.sampled_from(["txt", "md", "html"]),
)
@example(unit="A-", where="first", fmt="txt")  # the dateline alone on a line: minutes at 200
@example(unit="Ab-", where="alone", fmt="txt")
def test_a_line_of_any_repeated_run_loads_in_linear_time(unit, where, fmt):
    assert_linear(lambda n: _page(unit * n, where), fmt, size=max(1, 1500 // len(unit)))


@pytest.mark.parametrize("unit", ["A-", "A-A ", "Ab-Cd, "])
def test_a_whole_page_of_hyphenated_capitals_loads_in_linear_time(unit):
    # Ten lines of the run, each ending like a dateline that is none ("...-B! 3 March 2031").
    def page(repeats: int) -> str:
        return "\n".join([unit * repeats + "B! 3 March 2031"] * 10) + "\n\n" + PROSE

    assert_linear(page, "txt", size=150)


def test_a_place_with_hyphens_before_its_date_is_still_the_dateline():
    # near-miss: the rewritten dateline-alone rule still reads a hyphenated place and its date
    page = "Kelvo water cuts\n\nPort-Avel Saint-Rémy, 18 September 2031\n\n" + PROSE + "\n"
    assert source_from_bytes(page.encode(), "dateline.txt").published == "2031-09-18"


def test_a_run_of_hyphenated_capitals_reads_as_before_and_quickly():
    page = "Kelvo water cuts\n\n" + "A-" * 300 + "B, 18 September 2031\n\n" + PROSE + "\n"
    started = time.perf_counter()
    source = source_from_bytes(page.encode(), "run.txt")
    assert time.perf_counter() - started < 5
    # One long hyphenated word before a comma and a date: the rule read it so before, too
    assert source.published == "2031-09-18"


def test_listed_items_opening_with_hyphenated_capitals_read_in_linear_time():
    # An item's dateline place took hyphens inside a word and between words: an opening that is
    # no place ("A-A-...-B! 3 March 2031 - ...") had the pattern try every cut before giving up
    # (a tenth of a second an item at 28 pairs, so minutes for a long page of them).
    from briefing_app.analysis.anchors import by_item_dateline
    from briefing_app.analysis.dates import scan_dates

    def dated(pairs: int) -> None:
        line = "A-" * pairs + "B! 3 March 2031 - The board met today.\n\n"
        text = "Press releases\n\n" + line * 40
        by_item_dateline(list(scan_dates(text, None, [])), text)

    dated(2)
    short = _seconds(lambda: dated(14))
    long = _seconds(lambda: dated(28))  # the opening stays within the 60 characters looked at
    assert long <= 3 * short + 0.3, f"{short:.3f} s for 14 pairs, {long:.3f} s for 28"


def test_a_hyphenated_place_still_dates_its_listed_item():
    # near-miss: "Port-Avel" is a place of one word with a hyphen; its item's "today" is its day
    from briefing_app.analysis.anchors import by_item_dateline
    from briefing_app.analysis.dates import scan_dates

    text = (
        "Press releases\n\n"
        "Port-Avel, 3 March 2031 - The quays opened today.\n\n"
        "Saint-Rémy Sur-Mer, 24 April 2030 - The board met today.\n"
    )
    found = by_item_dateline(list(scan_dates(text, None, [])), text)
    todays = sorted(d.iso for d in found if text[d.start : d.end] == "today")
    assert todays == ["2030-04-24", "2031-03-03"]


def test_a_date_line_padded_with_spaces_reads_in_linear_time():
    # "<date> <spaces> by" could split the spaces between the two runs of \s* around an optional
    # bar in every way: a header line of 2,000 spaces took seconds (4,000: over ten).
    from briefing_app.ingest.byline import plain_byline

    short = _seconds(lambda: plain_byline("March 3, 2031" + " " * 2000 + "x"))
    long = _seconds(lambda: plain_byline("March 3, 2031" + " " * 4000 + "x"))
    assert long <= 3 * short + 0.3, f"{short:.3f} s for 2,000 spaces, {long:.3f} s for 4,000"


@pytest.mark.parametrize(
    "line",
    ["March 3, 2031 | By Jane Roe", "Published on: March 3, 2031  —  by Jane Roe"],
)
def test_a_date_then_by_still_reads_its_writer(line):
    # near-miss: the bar and the spaces around it are still read past
    from briefing_app.ingest.byline import plain_byline

    assert plain_byline(line) == "By Jane Roe | March 3, 2031"

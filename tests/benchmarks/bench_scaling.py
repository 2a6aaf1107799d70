"""Benchmark: does time grow linearly with input? Seconds per MB at growing sizes.

Run with ``python tests/benchmarks/bench_scaling.py [--sizes 1,4,16] [--kinds ...] [--profile]``
(``--docx MB`` instead times loading the same prose as .txt and as .docx: target ratio <= 5).
For each kind of text (prose, short lines, non-Latin script, punctuation runs) it builds a .txt
of each size, then times loading it (ingest: decoding, cruft, paragraphs) and analysing it
with the model loaded (analysis: spaCy, actors, key points, dates), and prints seconds per MB
and the ratio of the largest size's per-MB time to the smallest's. Target: every ratio <= 1.5
(a ratio well above that is a superlinear step: ``--profile`` shows where). The model is loaded
before the first timing, so its load time is in no figure.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyze, load_nlp  # noqa: E402
from briefing_app.ingest import source_from_bytes  # noqa: E402

MB = 1024 * 1024
WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "in",
    "Astana",
    "would",
    "resume",
    "after",
    "gas",
    "prices",
    "rose",
    "again",
    "while",
    "officials",
    "in",
    "Moscow",
    "and",
    "Beijing",
    "disagreed",
    "about",
    "the",
    "pipeline",
    "and",
    "its",
    "cost",
    "to",
    "farmers",
]
NAMES = ["Kassym-Jomart Tokayev", "Vladimir Putin", "Xi Jinping", "the European Union", "Gazprom"]
CYRILLIC = [
    "министр",
    "сказал",
    "что",
    "переговоры",
    "в",
    "Астане",
    "возобновятся",
    "после",
    "роста",
    "цен",
    "на",
    "газ",
]


def _prose(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def _short_lines(rng: random.Random) -> str:
    return "\n".join(f"{rng.choice(WORDS)} {rng.randint(1, 999)}" for _ in range(40))


def _non_latin(rng: random.Random) -> str:
    return " ".join(" ".join(rng.choice(CYRILLIC) for _ in range(15)) + "." for _ in range(4))


def _punctuation(rng: random.Random) -> str:
    run = "".join(rng.choice(".,;:!?-—*#😀🚀") for _ in range(rng.randint(200, 2000)))
    return f"{_prose(rng)}\n\n{run}"


KINDS = {
    "prose": _prose,
    "short-lines": _short_lines,
    "non-latin": _non_latin,
    "punctuation": _punctuation,
}


def make_text(kind: str, size: int, seed: int = 3) -> bytes:
    """About ``size`` bytes of UTF-8 text of ``kind``, in paragraphs."""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        part = KINDS[kind](rng).encode()
        parts.append(part)
        total += len(part) + 2
    return b"\n\n".join(parts)[:size].rsplit(b"\n", 1)[0]


def measure(kind: str, size_mb: float, profile: bool) -> tuple[float, float]:
    """(ingest seconds, analysis seconds) for one text."""
    data = make_text(kind, int(size_mb * MB))
    start = time.perf_counter()
    source = source_from_bytes(data, f"{kind}.txt", max_bytes=64 * MB)
    loaded = time.perf_counter()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    analyze([source])
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)
    return loaded - start, time.perf_counter() - loaded


def docx_ratio(size_mb: float) -> tuple[float, float]:
    """(seconds for .txt, seconds for .docx) to load the same prose paragraphs."""
    import io

    import docx

    text = make_text("prose", int(size_mb * MB)).decode()
    document = docx.Document()
    for n, paragraph in enumerate(text.split("\n\n")):
        document.add_paragraph(paragraph, style="Heading 1" if n % 40 == 0 else None)
    buffer = io.BytesIO()
    document.save(buffer)
    timings = []
    for data, name in ((text.encode(), "same.txt"), (buffer.getvalue(), "same.docx")):
        start = time.perf_counter()
        source_from_bytes(data, name, max_bytes=64 * MB)
        timings.append(time.perf_counter() - start)
    return timings[0], timings[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,4,16", help="sizes in MB, comma-separated")
    parser.add_argument("--kinds", default=",".join(KINDS), help="kinds, comma-separated")
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    parser.add_argument(
        "--docx", type=float, default=0, metavar="MB",
        help="instead: load the same prose as .txt and .docx, print the ratio (target <= 5)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.docx:
        txt, docx_time = docx_ratio(args.docx)
        print(f".txt {txt:.2f} s, .docx {docx_time:.2f} s: ratio {docx_time / txt:.1f}")
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    kinds = args.kinds.split(",")
    load_nlp()
    print(f"{'kind':12} {'MB':>5} {'ingest s/MB':>12} {'analysis s/MB':>14} {'total s/MB':>11}")
    ratios = {}
    for kind in kinds:
        per_mb = []
        for size in sizes:
            ingest, analysis = measure(kind, size, args.profile and size == sizes[-1])
            per_mb.append((ingest + analysis) / size)
            print(
                f"{kind:12} {size:5g} {ingest / size:12.3f} {analysis / size:14.3f}"
                f" {per_mb[-1]:11.3f}",
                flush=True,
            )
        ratios[kind] = per_mb[-1] / per_mb[0]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    for kind, ratio in ratios.items():
        verdict = "ok" if ratio <= 1.5 else "SUPERLINEAR"
        print(f"{kind:12} largest/smallest per MB: {ratio:.2f}  {verdict}")
    print(f"peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()

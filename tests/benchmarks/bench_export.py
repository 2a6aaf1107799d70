"""Benchmark the exports against pandoc (DOCX) and LibreOffice (PDF), measured in the same run.

Run: ``python tests/benchmarks/bench_export.py [--words 5000] [--repeat 7]``.
Targets: our DOCX export no slower than pandoc's whole process on the same content (as
Markdown); our PDF export at least 10 times faster than LibreOffice converting our DOCX.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent))

import pypdf  # noqa: E402
from test_export_sample import long_brief  # noqa: E402

from briefing_app.export import export_docx, export_pdf  # noqa: E402
from briefing_app.model import TABLE_ROW, Briefing  # noqa: E402


def median_time(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` runs after one warm-up run."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def as_markdown(briefing: Briefing) -> str:
    """The same content as Markdown, for pandoc (pipe tables, bullets, block quotes)."""
    numbers = {c.source: c.number for c in briefing.citations}

    def inline(block) -> str:
        parts = []
        for run in block.runs:
            if run.cite:
                parts.append(f" [{numbers.get(run.cite, '?')}]")
            elif run.bold:
                parts.append(f"**{run.text}**")
            elif run.italic:
                parts.append(f"*{run.text}*")
            else:
                parts.append(run.text)
        return "".join(parts)

    lines = [f"# {briefing.title}", "", f"{briefing.date} · {briefing.author}", ""]
    for section in briefing.sections:
        if not section.blocks and section.fill != "sources":
            continue
        lines += [f"## {section.heading}", ""]
        if section.fill == "sources":
            lines += [f"{c.number}. {c.text()}" for c in briefing.citations] + [""]
            continue
        rows = [b for b in section.blocks if b.kind == TABLE_ROW]
        if rows:
            lines.append("| " + " | ".join(section.columns) + " |")
            lines.append("|" + "---|" * len(section.columns))
            lines += ["| " + " | ".join(r.cells) + " |" for r in rows]
            lines.append("")
        for block in section.blocks:
            if block.kind == "bullet" or (section.kind == "list" and block.kind != TABLE_ROW):
                lines.append(f"- {inline(block)}")
            elif block.kind == "quote":
                lines += [f"> {inline(block)}", ""]
            elif block.kind != TABLE_ROW:
                lines += [inline(block), ""]
        lines.append("")
    return "\n".join(lines)


def run_process(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=300)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    briefing = long_brief(args.words)
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    docx_path, pdf_path = work / "ours.docx", work / "ours.pdf"
    ours_docx = median_time(lambda: export_docx(briefing, docx_path), args.repeat)
    ours_pdf = median_time(lambda: export_pdf(briefing, pdf_path), args.repeat)
    pages = len(pypdf.PdfReader(str(pdf_path)).pages)
    print(f"briefing: {briefing.word_count()} words, {pages} PDF pages (A4)")
    print(f"ours  DOCX export (in-process median of {args.repeat}): {ours_docx * 1000:7.1f} ms")
    print(f"ours  PDF export  (in-process median of {args.repeat}): {ours_pdf * 1000:7.1f} ms")

    pandoc = shutil.which("pandoc")
    if pandoc:
        markdown = work / "same.md"
        markdown.write_text(as_markdown(briefing), encoding="utf-8")
        command = [pandoc, "-f", "markdown", "-t", "docx", "-o", str(work / "pandoc.docx")]
        seconds = median_time(lambda: run_process([*command, str(markdown)]), 5)
        verdict = "meets" if ours_docx <= seconds else "MISSES"
        print(f"pandoc md->docx   (whole process, median of 5): {seconds * 1000:7.1f} ms")
        print(f"  ratio ours/pandoc DOCX: {ours_docx / seconds:5.2f}  (target <= 1.0: {verdict})")
    else:
        print("pandoc not installed: DOCX baseline skipped")

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office:
        # A private profile: a LibreOffice already running elsewhere would take the job over.
        profile = (work / "lo-profile").as_uri()
        command = [
            office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
            "--outdir", str(work / "lo"), str(docx_path),
        ]  # fmt: skip
        seconds = median_time(lambda: run_process(command), 3)
        verdict = "meets" if seconds >= 10 * ours_pdf else "MISSES"
        print(f"LibreOffice docx->pdf (whole process, median of 3): {seconds * 1000:7.1f} ms")
        print(
            f"  ratio LibreOffice/ours PDF: {seconds / ours_pdf:5.1f}x (target >= 10x: {verdict})"
        )
    else:
        print("LibreOffice not installed: PDF baseline skipped")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

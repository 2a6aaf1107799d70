"""Realistic briefings for the export tests and benchmark, and tests of the export entry points."""

from __future__ import annotations

import random

import pytest

from briefing_app.export import (
    PAGE_SIZES,
    ExportError,
    ExportOptions,
    export_briefing,
)
from briefing_app.model import (
    AUTO,
    BULLET,
    PARAGRAPH,
    QUOTE,
    TABLE_ROW,
    USER,
    Block,
    Briefing,
    Citation,
    Run,
    Section,
)

TOKAYEV = "Касым-Жомарт Токаев"
SRC_A, SRC_B, SRC_C = "68ad32a9bae11705", "1f0c9e2d7a3b4c55", "9b7e4d2c1a0f8e66"

KEY_POINTS = [
    ("Russia is pivoting eastward, deepening its partnership with Kazakhstan before the Trump "
     "presidency begins.", [SRC_A, SRC_B]),
    (f"President Putin met {TOKAYEV} in Astana to discuss defence and security cooperation.",
     [SRC_A]),
    ("A new Eurasian defence framework would tie the CSTO closer to the Eurasian Economic Union.",
     [SRC_B]),
    ("Moscow wants industrial links between western Siberia, Kazakhstan and Uzbekistan to rebuild "
     "its light industry.", [SRC_A, SRC_C]),
    ("Sanctions and the cost of the war in Ukraine limit how far the plan can go.", [SRC_C]),
]  # fmt: skip

ACTORS = [
    ("Vladimir Putin", "person", "President of Russia", "[1], [2]"),
    (TOKAYEV, "person", "President of Kazakhstan", "[1]"),
    ("Collective Security Treaty Organization (CSTO)", "organization", "Regional military "
     "alliance led by Russia", "[2]"),
    ("Eurasian Economic Union", "organization", "Customs union of five post-Soviet states", "[2]"),
    ("Donald Trump", "person", "US President-elect", "[1], [3]"),
]  # fmt: skip


def _para(text: str, *cites: str, kind: str = PARAGRAPH, origin: str = AUTO) -> Block:
    runs = [Run(text)] + [Run(cite=c) for c in cites]
    return Block(kind=kind, runs=runs, origin=origin)


def citations() -> list[Citation]:
    """Three sources with outlets, titles, authors, dates and URLs."""
    return [
        Citation(1, SRC_A, "Eurasia Daily Monitor", "Russia’s Strategic Eastward Shift Before "
                 "Trump’s Presidency", "Paul Goble", "2024-11-28T09:00:00Z",
                 "https://example.org/eurasia/russia-eastward-shift?ref=brief&lang=en"),
        Citation(2, SRC_B, "The Astana Times", "Tokayev and Putin sign declaration on "
                 "comprehensive strategic partnership", "Aida Nurmaganbetova", "2024-11-27",
                 "https://example.com/astana/tokayev-putin-declaration"),
        Citation(3, SRC_C, "Reuters", "Sanctions squeeze Russia’s industrial plans in Central "
                 "Asia", "", "2024-11-25", "https://example.net/world/asia/sanctions-squeeze"),
    ]  # fmt: skip


def analyst_brief(**fields) -> Briefing:
    """An Analyst brief on the Russia–Kazakhstan article, as auto-fill and an analyst make it."""
    key_points = [_para(text, *cites, kind=BULLET) for text, cites in KEY_POINTS]
    actors = [Block(kind=TABLE_ROW, cells=list(row), origin=AUTO) for row in ACTORS]
    assessment = [
        Block(
            kind=PARAGRAPH,
            origin=USER,
            runs=[
                Run("We assess it is "),
                Run("likely", bold=True),
                Run(" (moderate confidence) that Moscow will use the "),
                Run("Kazakh", italic=True),
                Run(" partnership to blunt Western pressure over the next six months."),
                Run(cite=SRC_A),
                Run(cite=SRC_B),
            ],
        ),
        _para("Russia is strategically pivoting eastward in response to the changing "
              "geopolitical environment.", SRC_A, kind=QUOTE),
    ]  # fmt: skip
    briefing = Briefing(
        title="Russia deepens its eastward pivot with Kazakhstan",
        classification="OFFICIAL",
        date="2024-11-28",
        author="Jane Analyst",
        template="analyst-brief",
        subject="Russia–Kazakhstan relations ahead of the Trump presidency",
        keywords=["Russia", "Kazakhstan", "CSTO", "Eurasian Economic Union"],
        citations=citations(),
        sections=[
            Section("bluf", "Bottom line up front", fill="summary", blocks=[
                _para("Russia is using its partnership with Kazakhstan to secure its southern "
                      "flank and rebuild industry before the Trump presidency.", SRC_A),
                _para(f"{TOKAYEV} gains leverage but little room to refuse Moscow.", SRC_B),
            ]),
            Section("key_points", "Key points", fill="key_points", kind="list",
                    blocks=key_points),
            Section("actors", "Actors", fill="actors", kind="table",
                    columns=["Name", "Type", "Role", "Sources"], blocks=actors),
            Section("background", "Background", fill="background", blocks=[
                _para("Kazakhstan shares a 7,600 km border with Russia and hosts the Baikonur "
                      "cosmodrome.", SRC_B),
            ]),
            Section("assessment", "Assessment", blocks=assessment),
            Section("outlook", "Outlook and implications", hint="What happens next?"),
            Section("sources", "Sources", fill="sources"),
        ],
    )  # fmt: skip
    for name, value in fields.items():
        setattr(briefing, name, value)
    return briefing


_WORDS = (
    "Moscow Astana defence industry sanctions border trade pipeline grain energy "
    "security cooperation framework summit ministers agreement logistics corridor "
    "investment railway rouble tenge exports imports Caspian Siberia Uzbekistan "
    "Beijing Washington talks treaty officials analysts pressure influence "
    "partnership integration customs union military "
)
_WORDS_LIST = _WORDS.split()


def long_brief(words: int = 5000, seed: int = 7) -> Briefing:
    """A briefing of about ``words`` words (~14 pages): many paragraphs, bullets and table rows."""
    rng = random.Random(seed)
    briefing = analyst_brief()
    sources = [SRC_A, SRC_B, SRC_C]

    def sentence(n: int) -> str:
        text = " ".join(rng.choice(_WORDS_LIST) for _ in range(n))
        return text[0].upper() + text[1:] + "."

    extra: list[Section] = []
    index = 0
    while briefing.word_count() + sum(len(b.text.split()) for s in extra for b in s.blocks) < words:
        index += 1
        blocks = [
            _para(" ".join(sentence(rng.randint(12, 24)) for _ in range(4)), rng.choice(sources))
            for _ in range(3)
        ]
        blocks += [
            _para(sentence(rng.randint(10, 18)), rng.choice(sources), kind=BULLET) for _ in range(4)
        ]
        extra.append(Section(f"part{index}", f"Development {index}", blocks=blocks))
        if index % 4 == 0:
            rows = [
                Block(kind=TABLE_ROW, cells=[sentence(2), "person", sentence(8), "[1]"])
                for _ in range(8)
            ]
            extra.append(
                Section(
                    f"table{index}",
                    f"Actors in development {index}",
                    kind="table",
                    columns=["Name", "Type", "Role", "Sources"],
                    blocks=rows,
                )
            )
    briefing.sections[4:4] = extra
    return briefing  # fmt: skip


# -- tests of the entry points ------------------------------------------------------------


def test_unknown_suffix_is_a_one_line_export_error(tmp_path):
    with pytest.raises(ExportError) as info:
        export_briefing(analyst_brief(), tmp_path / "brief.odt")
    message = str(info.value)
    assert "brief.odt" in message and "\n" not in message
    assert not (tmp_path / "brief.odt").exists()


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".PDF"])
def test_export_briefing_picks_the_format_from_the_suffix(tmp_path, suffix):
    path = export_briefing(analyst_brief(), tmp_path / f"brief{suffix}")
    magic = path.read_bytes()[:4]
    assert magic == (b"%PDF" if suffix.lower() == ".pdf" else b"PK\x03\x04")


def test_unknown_page_size_is_refused(tmp_path):
    with pytest.raises(ExportError, match="page size"):
        export_briefing(analyst_brief(), tmp_path / "b.pdf", ExportOptions(page_size="A5"))
    assert PAGE_SIZES == ("A4", "letter")


def norm(text: str) -> str:
    """Text with every run of white space folded to one space, as read back from a file."""
    return " ".join(text.split())

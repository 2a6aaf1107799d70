"""Briefing blocks to rich text and back, keeping each block's key and evidence.

Each QTextBlock written from a Block carries a handle (a block-format property) naming the
Block it came from. Reading back, a block whose text and formatting are unchanged returns the
original Block untouched (AUTO stays AUTO, evidence kept); a changed one keeps key and evidence
but becomes EDITED; a paragraph without a handle is the analyst's own (USER).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextListFormat,
)

from briefing_app.model import AUTO, BULLET, EDITED, FIGURE, PARAGRAPH, QUOTE, USER, Block, Run

HANDLE = QTextFormat.Property.UserProperty + 1  # block: which original Block it came from
CITE = QTextFormat.Property.UserProperty + 2  # char: source id of a citation marker
CITE_TEXT = QTextFormat.Property.UserProperty + 3  # char: the citation run's own text
KIND = QTextFormat.Property.UserProperty + 4  # block: "quote" or "figure"
TYPED = QTextFormat.Property.UserProperty + 8  # char: typed by the analyst into auto text
# block: the paragraph's portion mark, and a judgement's likelihood and confidence (they
# travel with the paragraph's format, so a new paragraph started from a marked one keeps it)
ESTIMATE_PROPS = {
    "mark": QTextFormat.Property.UserProperty + 5,
    "likelihood": QTextFormat.Property.UserProperty + 6,
    "confidence": QTextFormat.Property.UserProperty + 7,
}
OBJECT = "\ufffc"  # the character an inline image takes in the text
FIGURE_WIDTH = 520  # a figure is shown at most this wide in a section (px)


def plain_format() -> QTextCharFormat:
    """The character format of ordinary text."""
    return QTextCharFormat()


def typed_format(base: QTextCharFormat, background: QColor | None) -> QTextCharFormat:
    """``base`` marked as the analyst's words, drawn without the auto-fill tint."""
    fmt = QTextCharFormat(base)
    fmt.setProperty(TYPED, True)
    if background is not None:
        fmt.setBackground(background)
    return fmt


def cite_format(source_id: str, run_text: str, colour: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(CITE, source_id)
    fmt.setProperty(CITE_TEXT, run_text)
    fmt.setForeground(colour)
    fmt.setToolTip("Citation: the number of the source in the Sources list")
    return fmt


def write_blocks(
    doc: QTextDocument,
    blocks: list[Block],
    numbers: dict[str, int],
    cite_colour: QColor,
    typed_background: QColor | None = None,
) -> dict[str, Block]:
    """Replace ``doc``'s content with ``blocks``; returns handle -> original Block."""
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    originals: dict[str, Block] = {}
    lists: dict[int, object] = {}  # nesting level -> the list bullets at it join
    for i, block in enumerate(blocks):
        handle = f"b{i}"
        originals[handle] = block
        fmt = QTextBlockFormat()
        fmt.setProperty(HANDLE, handle)
        for name, prop in ESTIMATE_PROPS.items():
            if getattr(block, name):
                fmt.setProperty(prop, getattr(block, name))
        if block.kind == QUOTE:
            fmt.setProperty(KIND, "quote")
            fmt.setLeftMargin(18)
        elif block.kind == FIGURE:
            fmt.setProperty(KIND, "figure")
        if i == 0:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt, plain_format())
        if block.kind == BULLET:
            level = max(0, block.level)
            lists = {k: v for k, v in lists.items() if k <= level}  # deeper lists ended
            if level in lists:
                lists[level].add(cursor.block())
            else:
                lists[level] = cursor.createList(list_format(level))
        else:
            lists = {}
        if block.kind == FIGURE:
            _write_figure(doc, cursor, block, handle)
        _write_runs(cursor, block, numbers, cite_colour, typed_background)
    cursor.endEditBlock()
    doc.clearUndoRedoStacks()
    doc.setModified(False)
    return originals


def _write_figure(doc: QTextDocument, cursor: QTextCursor, block: Block, handle: str) -> None:
    """The figure's picture (or a placeholder line), then a line break before its caption."""
    image = QImage()
    if block.image:
        image.loadFromData(QByteArray.fromBase64(block.image.encode("ascii")), "PNG")
    if image.isNull():
        cursor.insertText("Figure", plain_format())
    else:
        name = f"figure://{handle}/{id(block)}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        fmt = QTextImageFormat()
        fmt.setName(name)
        # maps are rendered at twice their screen size: show them at most half of it
        width = min(FIGURE_WIDTH, image.width() / 2)
        fmt.setWidth(width)
        fmt.setHeight(width * image.height() / max(image.width(), 1))
        fmt.setToolTip("Figure: exported as a picture in DOCX and PDF")
        cursor.insertImage(fmt)
    cursor.insertText("\u2028", plain_format())


def _write_runs(
    cursor: QTextCursor,
    block: Block,
    numbers: dict,
    colour: QColor,
    typed_background: QColor | None = None,
) -> None:
    italic_quote = block.kind in (QUOTE, FIGURE)
    for run in block.runs:
        if run.cite:
            n = numbers.get(run.cite)
            label = run.text or f" [{n if n is not None else '?'}]"
            cursor.insertText(label, cite_format(run.cite, run.text, colour))
            continue
        fmt = plain_format()
        if run.bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if run.italic or italic_quote:
            fmt.setFontItalic(True)
        if run.user:
            fmt = typed_format(fmt, typed_background)
        cursor.insertText(run.text, fmt)
    cursor.setCharFormat(plain_format())


def list_format(level: int) -> QTextListFormat:
    """The format of a bulleted list ``level`` deep (0: the outer list)."""
    fmt = QTextListFormat()
    styles = (
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    )
    fmt.setStyle(styles[level % len(styles)])
    fmt.setIndent(level + 1)
    return fmt


def level_of(qblock: QTextBlock) -> int:
    """How deep a bullet paragraph is nested (0 for the outer list or no list)."""
    text_list = qblock.textList()
    return max(0, text_list.format().indent() - 1) if text_list is not None else 0


def runs_of(qblock: QTextBlock, *, quote: bool = False) -> list[Run]:
    """The runs of one paragraph, adjacent runs with equal formatting merged."""
    runs: list[Run] = []
    it = qblock.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        if not frag.isValid():
            continue
        fmt = frag.charFormat()
        text = frag.text().replace("\u2028", "\n")
        source = fmt.property(CITE)
        if source:
            stored = fmt.property(CITE_TEXT)
            runs.append(Run(text=str(stored or ""), cite=str(source)))
            continue
        bold = fmt.fontWeight() >= QFont.Weight.DemiBold
        # Quotes are shown in italics; only italics beyond that are the analyst's.
        italic = fmt.fontItalic() and not quote
        user = bool(fmt.property(TYPED))
        last = runs[-1] if runs else None
        if (
            last is not None
            and not last.cite
            and (last.bold, last.italic, last.user)
            == (
                bold,
                italic,
                user,
            )
        ):
            runs[-1] = Run(last.text + text, bold, italic, user=user)
        else:
            runs.append(Run(text, bold, italic, user=user))
    return [r for r in runs if r.text or r.cite]


def kind_of(qblock: QTextBlock) -> str:
    if qblock.textList() is not None:
        return BULLET
    kind = qblock.blockFormat().property(KIND)
    if kind == "quote":
        return QUOTE
    if kind == "figure":
        return FIGURE
    return PARAGRAPH


def read_blocks(doc: QTextDocument, originals: dict[str, Block]) -> list[Block]:
    """The document as Blocks: untouched originals as they were, edits marked, new ones USER."""
    out: list[Block] = []
    used: set[str] = set()
    qblock = doc.begin()
    while qblock.isValid():
        block = block_from(qblock, originals, used)
        if block is not None:
            out.append(block)
        qblock = qblock.next()
    return out


def block_from(qblock: QTextBlock, originals: dict[str, Block], used: set[str]) -> Block | None:
    """One paragraph as a Block (None for an empty paragraph)."""
    kind = kind_of(qblock)
    if kind == FIGURE:
        return _figure_from(qblock, originals, used)
    runs = runs_of(qblock, quote=kind == QUOTE)
    if not "".join(r.text for r in runs if not r.cite).strip():
        return None  # an emptied paragraph is a deleted block
    handle = qblock.blockFormat().property(HANDLE)
    original = originals.get(handle) if handle and handle not in used else None
    level = level_of(qblock) if kind == BULLET else 0
    props = block_props(qblock)
    if original is None:
        return Block(kind=kind, runs=runs, origin=USER, level=level, **props)
    used.add(handle)
    same_props = all(getattr(original, k) == v for k, v in props.items())
    if unchanged(original, kind, runs) and original.level == level:
        return original if same_props else replace(original, **props)
    origin = EDITED if original.origin == AUTO else original.origin  # (nesting is an edit)
    return replace(original, kind=kind, runs=runs, origin=origin, level=level, **props)


def block_props(qblock: QTextBlock) -> dict[str, str]:
    """The paragraph's portion mark, likelihood and confidence ("" when unset)."""
    fmt = qblock.blockFormat()
    return {name: str(fmt.property(prop) or "") for name, prop in ESTIMATE_PROPS.items()}


def set_block_prop(qblock: QTextBlock, name: str, value: str) -> None:
    """Set one of ESTIMATE_PROPS on a paragraph (an undoable format change)."""
    cursor = QTextCursor(qblock)
    fmt = QTextBlockFormat()
    fmt.setProperty(ESTIMATE_PROPS[name], value)
    cursor.mergeBlockFormat(fmt)


def _figure_from(qblock: QTextBlock, originals: dict[str, Block], used: set[str]) -> Block | None:
    """A figure keeps its picture; its caption is the text after the picture's line."""
    handle = qblock.blockFormat().property(HANDLE)
    original = originals.get(handle) if handle and handle not in used else None
    if original is None:
        return None
    used.add(handle)
    text = qblock.text()
    if OBJECT not in text and not text.startswith("Figure"):
        return None  # the analyst deleted the picture (or its placeholder): the figure goes
    caption = text.split("\u2028", 1)[1] if "\u2028" in text else text.replace(OBJECT, "")
    caption = caption.replace(OBJECT, "").strip()
    if caption == "".join(r.text for r in original.runs if not r.cite).strip():
        return original
    return replace(original, runs=[Run(caption)] if caption else [])


def unchanged(original: Block, kind: str, runs: list[Run]) -> bool:
    """Whether ``runs``/``kind`` are what ``original`` had (formatting included)."""
    return original.kind == kind and _norm(original.runs) == _norm(runs)


def _norm(runs: list[Run]) -> list[tuple]:
    out: list[tuple] = []
    for r in runs:
        item = ("", False, False, r.cite) if r.cite else (r.text, r.bold, r.italic, "")
        # (whether a run was typed does not matter here: typed words differ from the original)
        if out and not r.cite and not out[-1][3] and out[-1][1:3] == item[1:3]:
            out[-1] = (out[-1][0] + item[0], *item[1:])
        elif item[0] or item[3]:
            out.append(item)
    return out


def is_pristine_auto(qblock: QTextBlock, originals: dict[str, Block]) -> bool:
    """True while a paragraph still holds auto-filled text exactly as auto-fill wrote it."""
    handle = qblock.blockFormat().property(HANDLE)
    original = originals.get(handle) if handle else None
    if original is None or original.origin != AUTO:
        return False
    kind = kind_of(qblock)
    level = level_of(qblock) if kind == BULLET else 0
    return unchanged(original, kind, runs_of(qblock, quote=kind == QUOTE)) and (
        original.level == level
    )


def is_from_auto(qblock: QTextBlock, originals: dict[str, Block]) -> bool:
    """True for a paragraph auto-fill wrote, whether or not the analyst has edited it since."""
    original = original_of(qblock, originals)
    return original is not None and original.origin in (AUTO, EDITED) and bool(original.key)


def original_of(qblock: QTextBlock, originals: dict[str, Block]) -> Block | None:
    handle = qblock.blockFormat().property(HANDLE)
    return originals.get(handle) if handle else None

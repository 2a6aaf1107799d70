"""Copied briefing text carries the Sources entries its [n] markers cite, so that pasted into
an e-mail, a chat or Word the numbers point somewhere (plain text and HTML)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from briefing_app.ui.briefing import block_text
from briefing_app.workspace.cited import SOURCES_HEADING

COPY_KEYS = "Ctrl+Shift+C"  # Edit ▸ Copy with Sources
# The selection alone, for a paste back into the briefing (its own [n] need no list).
BARE = "application/x-briefing-selection"
Entry = tuple[int, str, str]  # (number, text before the URL, URL) as the export prints it
Listing = tuple[str, list[Entry]]  # the Sources heading and the entries cited


def cited_ids(cursor: QTextCursor) -> list[str]:
    """Source ids of the citation markers in ``cursor``'s selection, in order, once each."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    found: list[str] = []
    if start == end:
        return found
    block = cursor.document().findBlock(start)
    while block.isValid() and block.position() < end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid():
                continue
            lo = fragment.position()
            hi = lo + fragment.length()
            source = fragment.charFormat().property(block_text.CITE)
            if source and lo < end and hi > start and str(source) not in found:
                found.append(str(source))
        block = block.next()
    return found


def plain_list(heading: str, entries: list[Entry]) -> str:
    return "\n".join([heading, *(f"{n}. {text}{url}" for n, text, url in entries)])


def html_list(heading: str, entries: list[Entry]) -> str:
    rows = [f"<p><b>{escape(heading)}</b></p>"]
    for n, text, url in entries:
        link = f'<a href="{escape(url, quote=True)}">{escape(url)}</a>' if url else ""
        rows.append(f"<p>{n}. {escape(text)}{link}</p>")
    return "\n".join(rows)


def with_sources(
    mime: QMimeData, entries: list[Entry], heading: str = SOURCES_HEADING
) -> QMimeData:
    """``mime`` (a copied selection) with the Sources ``entries`` after its text and HTML.

    ``mime`` is changed in place and returned: a ``QMimeData`` made here in Python and handed
    to the clipboard from ``createMimeDataFromSelection`` is freed twice (PySide6 keeps its
    ownership), which crashes the process when it quits."""
    if not entries:
        return mime
    text = mime.text()
    html = mime.html() if mime.hasHtml() else f"<p>{escape(text)}</p>"
    for kind in mime.formats():  # (Qt's OpenDocument copy would paste without the list)
        mime.removeFormat(kind)
    mime.setData(BARE, text.encode("utf-8"))
    mime.setText(text.rstrip("\n") + "\n\n" + plain_list(heading, entries) + "\n")
    listing = html_list(heading, entries)
    at = html.rfind("</body>")
    mime.setHtml(html[:at] + listing + html[at:] if at >= 0 else html + listing)
    return mime


def bare(mime: QMimeData) -> QMimeData:
    """What a paste into the briefing takes: the copied selection without the Sources list."""
    if not mime.hasFormat(BARE):
        return mime
    out = QMimeData()
    out.setText(bytes(mime.data(BARE).data()).decode("utf-8"))
    return out


def _whole(edit: QTextEdit) -> QTextCursor:
    cursor = QTextCursor(edit.document())
    cursor.select(QTextCursor.SelectionType.Document)
    return cursor


def copy_with_sources(edit: QTextEdit) -> None:
    """Copy ``edit``'s selection, or all of it when nothing is selected (with its sources)."""
    if edit.textCursor().hasSelection():
        edit.copy()
        return
    keep = edit.textCursor()
    edit.setTextCursor(_whole(edit))
    edit.copy()
    edit.setTextCursor(keep)


def add_menu_entry(edit: QTextEdit, menu: QMenu) -> None:
    """ "Copy with Sources" after the context menu's Copy, where the section cites sources."""
    if not cited_ids(_whole(edit)):
        return
    actions = menu.actions()
    copy = next((a for a in actions if a.objectName() == "edit-copy"), None)
    where = actions[actions.index(copy) + 1] if copy and actions[-1] is not copy else None
    action = QAction("Copy with &Sources", menu)
    action.setShortcut(QKeySequence(COPY_KEYS))
    action.setShortcutVisibleInContextMenu(True)
    action.setStatusTip("Copy the selection, or the whole section, with the sources it cites")
    action.triggered.connect(edit.copy_with_sources)
    menu.insertAction(where, action)

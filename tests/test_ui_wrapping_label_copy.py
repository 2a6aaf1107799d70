"""A WrappingLabel's invisible break points stay on screen: a copy (Ctrl+C or the context
menu's Copy) puts the text as set on the clipboard, and right-to-left and CJK text keep
their characters. Every text here is invented for the test."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication

from briefing_app.ui.widgets.long_words import ZWSP, WrappingLabel, wrappable

URL = "https://news.example.org/2031/03/minister-opens-port?utm_source=feed&item=123456"
RTL = "وزير المياه يفتتح الميناء https://example.org/ar/2031/03/وزير-المياه-يفتتح-الميناء"
CJK = "水利部长今天在港口宣布新的抽水站已经建成并投入使用预计每天可以供应十万吨清洁用水"


def _label(qtbot, text: str) -> WrappingLabel:
    label = WrappingLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    qtbot.addWidget(label)
    label.show()
    shown = wrappable(text)
    assert ZWSP in shown  # the label shows break points
    label.setSelection(0, len(shown))  # all of it
    return label


def test_ctrl_c_copies_the_text_without_break_points(qtbot) -> None:
    label = _label(qtbot, f"1. Kelvo Daily, {URL}")
    QGuiApplication.clipboard().clear()
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == f"1. Kelvo Daily, {URL}"
    assert label.selectedText() == f"1. Kelvo Daily, {URL}"


def test_context_menu_copy_carries_no_break_points(qtbot) -> None:
    label = _label(qtbot, URL)
    QGuiApplication.clipboard().clear()
    label.contextMenuEvent(
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(2, 2), label.mapToGlobal(QPoint(2, 2))
        )
    )
    label._menu.actions()[0].trigger()
    assert QGuiApplication.clipboard().text() == URL


def test_right_to_left_and_cjk_keep_their_characters(qtbot) -> None:
    for text in (RTL, CJK):
        label = _label(qtbot, text)
        assert label.text() == text
        assert label.selectedText() == text
        assert wrappable(text).replace(ZWSP, "") == text
    assert len(CJK) > 30 and ZWSP in wrappable(CJK)  # no spaces: it still breaks

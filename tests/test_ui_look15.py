"""What a design reviewer saw on the window in the fifteenth round (look15), one test each,
read back from widget geometry."""

# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

from briefing_app.model import AUTO, TABLE_ROW, Block
from briefing_app.ui.briefing.table_edit import TableEdit

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
BEIRUT = [
    "state_beirut_licusmonitor_2020",
    "eu_lenarcic_beirut_europeansting_2020",
    "unsg_beirut_2020",
    "dfa_ireland_beirut_reliefweb_2020",
]
DEVELOPMENTS = [
    [
        "1978",
        "Lebanon",
        "Ireland enjoys strong relations with Lebanon – it is a country where "
        "our peacekeepers have served with distinction since 1978.",
        "4",
    ],
    [
        "2020-08-04",
        "Beirut",
        "I'd like to extend my deepest condolences to all those affected "
        "by the massive explosion at the port of Beirut today.",
        "1",
    ],
]


def _table(qtbot, columns, rows, width=560):
    table = TableEdit()
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.set_rows(columns, [Block(kind=TABLE_ROW, cells=r, origin=AUTO) for r in rows])
    table.show()
    qtbot.waitExposed(table)
    return table


def test_the_event_column_of_key_developments_takes_the_room_not_the_source_number(qtbot):
    table = _table(qtbot, ["Date", "Place", "Event", "Source"], DEVELOPMENTS)
    date, place, event, source = (table.columnWidth(c) for c in range(4))
    # was: Date, Event and Source stretched alike (~130 px each), the event cut off with '…'
    assert event > 2 * max(date, place, source), (date, place, event, source)
    assert source < 90, source


def test_the_actor_table_gives_width_to_names_and_roles_not_to_the_source_numbers(qtbot):
    rows = [
        ["Department of Foreign Affairs and Trade", "Organisation", "", "4"],
        ["António Guterres", "Person", "Secretary-General of the United Nations", "3"],
        ["Government of Lebanon", "Organisation", "", "1, 3"],
    ]
    table = _table(qtbot, ["Name", "Type", "Role", "Sources"], rows)
    name, kind, role, sources = (table.columnWidth(c) for c in range(4))
    assert sources < 90 and kind < 130, (name, kind, role, sources)  # was: Sources as wide as Name
    assert name > sources * 2 and role > sources * 2


def test_an_empty_table_shares_its_width_among_its_columns(qtbot):
    table = _table(qtbot, ["Date", "Place", "Event", "Source"], [])
    widths = [table.columnWidth(c) for c in range(4)]
    assert max(widths) - min(widths) <= 2, widths


def _open_one(qtbot, window, tmp_path, size):
    source = tmp_path / "beirut.txt"
    source.write_text(
        "Explosion in Beirut\n\nThe United Nations sent teams to Beirut on Tuesday.\n", "utf-8"
    )
    window.resize(*size)
    window.open_paths([str(source)])
    wait_idle(qtbot, window)


def test_the_marking_box_shows_the_whole_name_of_the_scheme_chosen(qtbot, window, tmp_path):
    _open_one(qtbot, window, tmp_path, (1366, 768))
    box = window.tradecraft.marking_box
    for index in range(box.count()):
        box.setCurrentIndex(index)
        qtbot.wait(10)
        text_width = box.fontMetrics().horizontalAdvance(box.currentText())
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        # was: 'United States (CAPCO-' — the box kept 14 characters' width with room to spare
        assert field.width() >= text_width, (box.currentText(), field.width(), text_width)


def test_the_marking_box_still_gives_way_in_a_narrow_window(qtbot, window, tmp_path):
    _open_one(qtbot, window, tmp_path, (1024, 640))
    box = window.tradecraft.marking_box
    row = window.tradecraft.row
    assert row.minimumSizeHint().width() <= 480, row.minimumSizeHint()  # the editor pane's width
    assert box.minimumWidth() < box.sizeHint().width()


def test_a_wrapped_event_shows_all_its_lines_after_a_switch_to_the_situation_report(qtbot, window):
    window.resize(1366, 768)
    window.open_paths([str(CORPUS / f"{name}.txt") for name in BEIRUT])
    wait_idle(qtbot, window)
    window.set_template("situation_report")  # its tables are filled before they are laid out
    wait_idle(qtbot, window)
    qtbot.wait(50)
    section = next(s for s in window.ws.briefing.sections if s.columns and s.fill != "actors")
    table = window.editor.editor(section.id)
    assert table.rowCount() >= 2
    for row in range(table.rowCount()):
        # was: rows kept the heights fitted before the columns took their widths: a wrapped
        # event lost its last line to '…'
        assert table.rowHeight(row) >= table.sizeHintForRow(row), table.item(row, 2).text()

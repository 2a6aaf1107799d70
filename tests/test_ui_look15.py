"""What a design reviewer saw on the window in the fifteenth round (look15), one test each,
read back from widget geometry."""

# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStyleOptionViewItem
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

from briefing_app.model import AUTO, TABLE_ROW, Actor, Analysis, Block, Source
from briefing_app.ui.actors.actors_panel import ActorsPanel
from briefing_app.ui.briefing.table_edit import TableEdit
from briefing_app.ui.sources.sources_panel import SourcesPanel

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
    # a wide window, so that the room the docks leave the briefing pane never decides it
    _open_one(qtbot, window, tmp_path, (1920, 1080))
    box = window.tradecraft.marking_box

    def field_width() -> int:
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        return (
            box.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                box,
            )
            .width()
        )

    for index in range(box.count()):
        box.setCurrentIndex(index)
        text_width = box.fontMetrics().horizontalAdvance(box.currentText())
        # was: 'United States (CAPCO-' — the box kept 14 characters' width with room to spare
        qtbot.waitUntil(lambda w=text_width: field_width() >= w, timeout=2000)


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


def test_a_long_file_name_as_title_does_not_widen_the_reading_pane(qtbot, window, tmp_path):
    named = tmp_path / "fcdo_belarus_govworld_2020_sanctions_statement.txt"
    named.write_text(
        "The UK has imposed sanctions on Alexander Lukashenko, his son and senior figures in "
        "the Belarusian government, the Foreign Secretary Dominic Raab announced today.\n",
        "utf-8",
    )
    window.resize(1024, 640)
    window.open_paths([str(named)])
    wait_idle(qtbot, window)
    view = window.sources.view
    assert (
        view.title.isVisible()
        and view.title.text() == "fcdo_belarus_govworld_2020_sanctions_statement.txt"
    )
    # was: the unbroken name (~420 px in the title's bold) set the pane's least width
    assert view.title.minimumSizeHint().width() < 200, view.title.minimumSizeHint()
    assert window.sources.minimumSizeHint().width() < 280, window.sources.minimumSizeHint()


def _lines_cut(tree) -> list[str]:
    """Names whose row is too short for the lines they wrap to where the style paints them
    (or a line taller than it needs)."""
    style = tree.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    cut = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        option = QStyleOptionViewItem()
        option.initFrom(tree.viewport())
        option.rect = tree.visualItemRect(item)
        option.rect.setWidth(tree.header().sectionSize(0))
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.decorationSize = QSize(16, 16)
        option.icon = item.icon(0)
        option.text = item.text(0)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = QRect(0, 0, text.width() - margin, 10_000)
        needed = tree.fontMetrics().boundingRect(bound, flags, item.text(0)).height()
        if needed > option.rect.height():
            cut.append(item.text(0))
        elif option.rect.height() >= needed + tree.fontMetrics().height():
            cut.append(f"{item.text(0)} (a blank line below)")
    return cut


def test_an_actor_name_just_too_long_for_one_line_wraps_rather_than_ending_in_an_ellipsis(qtbot):
    names = [
        "U.S. Department of the Treasury",
        "Office of Foreign Assets Control",
        "Organization for Security and Co-operation in Europe",
        "Yuriy Khadzymuratavich Kareau",
        "Belarusian Interior Ministry",
    ]
    actors = [
        Actor(id=f"organisation:{i}", name=n, type="organisation", mentions=3, sources=["s1"])
        for i, n in enumerate(names)
    ]
    panel = ActorsPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 500)
    panel.show()
    panel.set_analysis(Analysis(actors=actors))
    qtbot.waitExposed(panel)
    for width in range(240, 420, 4):
        panel.resize(width, 500)
        qtbot.wait(5)
        # was: 'U.S. Department of the …' — rows fitted as if the icon were -1 px wide
        assert _lines_cut(panel.tree) == [], (width, panel.tree.header().sectionSize(0))


def _shown_rows(panel) -> list[str]:
    """The text each row of the Sources list is painted with, as its delegate lays it out."""
    listed = panel.list
    out = []
    for row in range(listed.count()):
        option = QStyleOptionViewItem()
        listed.initViewItemOption(option)  # as the list paints: icon size, font, widget
        option.rect = listed.visualItemRect(listed.item(row))
        listed.itemDelegate().initStyleOption(option, listed.model().index(row, 0))
        out.append(option.text)
    return out


def test_a_narrow_sources_list_keeps_the_start_of_each_title_and_what_tells_them_apart(qtbot):
    def source(i, title, path):
        return Source(id=f"s{i}", path=path, format="txt", text="x", sha256=str(i), title=title)

    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.set_sources(
        [
            source(1, "Treasury Sanctions Belarus Officials for Undermining Democracy", "/t.txt"),
            source(2, "Canada sanctions Belarus officials", "/c.txt"),
            source(3, "Flood update", "/flood_update_morning.txt"),
            source(4, "Flood update", "/flood_update_evening.txt"),
        ]
    )
    panel.resize(205, 500)
    panel.show()
    qtbot.waitExposed(panel)
    shown = _shown_rows(panel)
    # was (elided in the middle): 'Treasury Sa…g Democracy', 'Canada sancti…rus officials'
    assert shown[0].startswith("Treasury Sanctions") and shown[0].endswith("…"), shown
    assert shown[1].startswith("Canada sanctions"), shown
    assert shown[2].endswith("morning.txt"), shown
    assert shown[3].endswith("evening.txt"), shown
    assert shown[2].startswith("Flood"), shown  # (a tail too long to keep whole: both ends)
    metrics = panel.list.fontMetrics()
    room = panel.list.viewport().width() - 16  # (the icon)
    widths = [metrics.horizontalAdvance(text) for text in shown]
    assert all(w < room for w in widths), (widths, room)


def test_problems_beside_annotations_at_1024_is_not_left_a_word_a_line(qtbot, window, tmp_path):
    _open_one(qtbot, window, tmp_path, (1366, 768))
    window.annotate.dock.show()
    window.problems_dock.show()
    qtbot.wait(100)
    window.resize(1024, 640)
    problems, notes = window.problems_dock, window.annotate.dock
    qtbot.wait(100)
    assert problems.isVisible() and notes.isVisible()
    assert window.dockWidgetArea(problems) == window.dockWidgetArea(notes)
    # was: Problems 161 px beside Annotations 857 px
    qtbot.waitUntil(lambda: problems.width() >= 0.29 * (problems.width() + notes.width()))
    assert notes.width() > problems.width()  # the annotations keep the larger share


def test_a_wide_annotations_panel_gives_its_width_to_the_quote_too(qtbot, window, tmp_path):
    from briefing_app.ui.annotations.annotations_panel import COMMENT, QUOTE

    _open_one(qtbot, window, tmp_path, (1920, 1080))
    window.annotate.dock.show()
    qtbot.wait(100)
    view = window.annotate.panel.view
    quote, comment = view.columnWidth(QUOTE), view.columnWidth(COMMENT)
    # was: the quote 280 px ('ia today to advance the African Union's ca…') beside 1,000 px
    assert quote > 400 and abs(quote - comment) <= 2, (quote, comment)

"""The league table of a wave: one row per location, its scores, rank, change and critical flag.

The rows' display texts and sort keys are computed once, when a programme arrives; sorting then
only reorders a list of rows by a precomputed key (about a millisecond for 200 locations), so the
model sorts itself instead of going through a QSortFilterProxyModel, which would ask `data()` for
every cell on each sort.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from auditor.i18n import Translate, context, score_text
from auditor.names import dimensions
from auditor.names import location_channels as channels
from auditor.names import touchpoint_kinds as touchpoints
from auditor.programme.model import value_of
from ui.widgets import theme

if TYPE_CHECKING:
    from auditor.model import Location
    from auditor.programme import Programme, Result

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's audit id
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's location id
# data() is asked for every role of every painted cell: plain ints compare fastest.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID, _LOCATION = int(ID_ROLE), int(LOCATION_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
UP, DOWN, SAME = "\u25b2", "\u25bc", "\u25cf"
# A change smaller than this (in points) is shown as no change: score noise, not a trend.
STEADY = 0.05


@dataclass(frozen=True)
class Column:
    """A column of the league: its heading and what it shows (a score key of the results)."""

    key: str  # "rank", "location", "code", "region", "channel", "overall", "change",
    # "touchpoint:<kind>", "dimension:<d>", "critical"
    title: str
    numeric: bool = False


@dataclass
class Line:
    """One location's row: texts and sort keys per column, computed once."""

    audit_id: str
    location_id: str
    texts: list[str]
    keys: list[Any]  # None sorts last whichever the order
    change: float | None
    critical: bool
    colors: dict[int, QColor] = field(default_factory=dict)  # column -> text colour


def change_text(change: float | None, lang: str) -> str:
    """Return a change with its arrow: '▲ +3.2', '▼ −1.5', '● 0.0'; empty for a first wave."""
    if change is None:
        return ""
    if abs(change) < STEADY:
        return f"{SAME} {score_text(0.0, lang)}"
    arrow, sign = (UP, "+") if change > 0 else (DOWN, "\u2212")
    return f"{arrow} {sign}{score_text(abs(change), lang)}"


def columns_for(programme: Programme, tr: Translate, lang: str) -> list[Column]:
    """Return the league's columns: the location and its scores, then each touchpoint and
    dimension scored, then where the location is."""
    _ = tr
    pgettext = context(lang)
    kind_names, dim_names = touchpoints(tr), dimensions(tr)
    return [
        # What a reader compares first stays in view on a small screen: the score, its change
        # and the critical flag beside the name; the breakdown and the location's facts follow.
        Column("rank", _("Rank"), True),
        Column("location", _("Location")),
        Column("code", _("Code")),
        Column("overall", _("Overall"), True),
        Column("change", pgettext("against the previous wave", "Change"), True),
        Column("critical", _("Critical")),
        *(Column(f"touchpoint:{k}", kind_names.get(k, k), True) for k in programme.touchpoints),
        *(Column(f"dimension:{d}", dim_names.get(d, d), True) for d in programme.dimensions),
        Column("region", _("Region")),
        Column("channel", _("Channel")),
    ]


def _cell(key: str, location: Location, result: Result | None, names: dict[str, str]) -> Any:
    """Return a cell's sort value (None: empty) for a column key."""
    if key in ("location", "code", "region"):
        return getattr(location, "name" if key == "location" else key).casefold() or None
    if key == "channel":
        return names.get(str(location.channel), str(location.channel)).casefold()
    if result is None:
        return None
    if key == "rank":
        return result.rank
    if key == "change":
        return result.change
    if key == "critical":
        return int(result.critical)
    return value_of(result, key)


def league_lines(
    programme: Programme, wave_id: str, columns: list[Column], tr: Translate, lang: str
) -> list[Line]:
    """Return a line per location of the wave (audited or not), in rank order."""
    _ = tr
    names = channels(tr)
    critical_text = f"\u26a0 {_('critical failure')}"
    not_audited = _("no audit in this wave")
    lines = []
    for league_row in programme.league(wave_id):
        location, result = league_row.location, league_row.result
        texts, keys = [], []
        for column in columns:
            value = _cell(column.key, location, result, names)
            if column.key in ("location", "code", "region"):
                text = getattr(location, "name" if column.key == "location" else column.key)
            elif column.key == "channel":
                text = names.get(str(location.channel), str(location.channel))
            elif column.key == "rank":
                text = "" if value is None else str(value)
            elif column.key == "change":
                text = change_text(value, lang)
            elif column.key == "critical":
                text = critical_text if value else ""
            elif column.key == "overall" and result is None:
                text = not_audited
            else:
                text = "" if value is None else score_text(value, lang)
            texts.append(text)
            keys.append(value)
        lines.append(
            Line(
                result.audit_id if result else "",
                location.id,
                texts,
                keys,
                result.change if result else None,
                bool(result and result.critical),
            )
        )
    return lines


class LeagueModel(QAbstractTableModel):
    """The league table; `sort` reorders precomputed rows (no proxy model)."""

    def __init__(self, tr: Translate, lang: str, parent: Any = None):
        super().__init__(parent)
        self._tr, self._lang = tr, lang
        self.columns: list[Column] = []
        self.lines: list[Line] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._good, self._bad, self._muted = QColor(theme.OK), QColor(theme.FAIL), QColor(theme.NA)
        self._critical = QColor(theme.CRITICAL)
        self.alignments: list[int] = []

    def set_wave(self, programme: Programme | None, wave_id: str | None) -> None:
        """Show a wave of a programme (or nothing), keeping the column sorted by."""
        self.beginResetModel()
        if programme is None or wave_id is None:
            self.columns, self.lines = [], []
        else:
            self.columns = columns_for(programme, self._tr, self._lang)
            self.lines = league_lines(programme, wave_id, self.columns, self._tr, self._lang)
        self._colour()
        self.endResetModel()
        if self._sorted is not None and self._sorted[0] < len(self.columns):
            self.sort(*self._sorted)

    def column_of(self, key: str) -> int:
        """Return the index of the column with this key (-1 when absent)."""
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Views ask only for valid indexes; every text and colour was worked out in set_wave.
        if role == _DISPLAY:
            return self.lines[index.row()].texts[index.column()]
        if role == _FOREGROUND:
            return self.lines[index.row()].colors.get(index.column())
        if role == _ALIGNMENT:
            return self.alignments[index.column()]
        if role == _ID:
            return self.lines[index.row()].audit_id
        if role == _LOCATION:
            return self.lines[index.row()].location_id
        return None

    def _colour(self) -> None:
        change, critical = self.column_of("change"), self.column_of("critical")
        for line in self.lines:
            colors: dict[int, QColor] = {}
            if not line.audit_id:
                colors = dict.fromkeys(range(len(self.columns)), self._muted)
            if line.change is not None:
                if abs(line.change) < STEADY:
                    colors[change] = self._muted
                else:
                    colors[change] = self._good if line.change > 0 else self._bad
            if line.critical:
                colors[critical] = self._critical
            line.colors = colors
        self.alignments = [_RIGHT if c.numeric else _LEFT for c in self.columns]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by a column's precomputed key; empty values stay at the bottom."""
        if not 0 <= column < len(self.columns):
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(index, self.lines[index.row()]) for index in before]
        present = [line for line in self.lines if line.keys[column] is not None]
        missing = [line for line in self.lines if line.keys[column] is None]
        present.sort(
            key=lambda line: line.keys[column], reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.lines = present + missing
        if before:
            rows = {id(line): row for row, line in enumerate(self.lines)}
            self.changePersistentIndexList(
                before, [self.index(rows[id(line)], index.column()) for index, line in moved]
            )
        self.layoutChanged.emit()

    def row_of_audit(self, audit_id: str) -> int:
        """Return the row showing an audit (-1 when not shown)."""
        return next((r for r, line in enumerate(self.lines) if line.audit_id == audit_id), -1)


class LeagueDelegate(QStyledItemDelegate):
    """Paint a league cell as plain text: the style sheet's per-cell styling costs 2 ms a row.

    The table repaints about 30 rows of 13 columns after each sort; drawn by the style sheet's
    style that took 60 ms, drawn here it takes a fraction, within the 50 ms a re-sort may cost.
    """

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._selected = QColor("#dce8f5")
        self._text = QColor("#1d2430")
        self._elided: dict[tuple[str, int], str] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        row, column = index.row(), index.column()
        line = model.lines[row]
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, self._selected)
        text = line.texts[column]
        if not text:
            return
        painter.setPen(line.colors.get(column, self._text))
        inner = rect.adjusted(8, 0, -8, 0)
        key = (text, inner.width())
        shown = self._elided.get(key)
        if shown is None:
            shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, key[1])
            if len(self._elided) > 20000:  # widths change as columns are resized
                self._elided.clear()
            self._elided[key] = shown
        painter.drawText(inner, model.alignments[column], shown)

"""Rows of wrapped text beside their state icon, exactly as tall as the text needs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_PAD_X, _PAD_Y, _GAP, _ICON = 8, 6, 8, 12
_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class WrapDelegate(QStyledItemDelegate):
    """Wrap a list's rows to the viewport's width.

    Qt's default delegate measures a wrapped row with one width and paints it with another (style
    sheet padding, the scroll bar), so some long questions came out elided beside an empty line.
    Measuring and painting through one text rectangle keeps the two in step.
    """

    def _text_rect(self, option: QStyleOptionViewItem, row: QRect) -> QRect:
        left = row.left() + _PAD_X + (_ICON + _GAP if not option.icon.isNull() else 0)
        width = row.right() - _PAD_X - left
        return QRect(left, row.top() + _PAD_Y, width, row.height() - 2 * _PAD_Y)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = (
            view.viewport().width() - 2 * view.spacing()
            if isinstance(view, QListView)
            else opt.rect.width()
        )
        text_width = self._text_rect(opt, QRect(0, 0, max(width, 80), 10_000)).width()
        bounds = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, text_width, 10_000), _FLAGS, opt.text
        )
        return QSize(width, max(bounds.height(), _ICON) + 2 * _PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        text, icon = opt.text, QIcon(opt.icon)  # a copy: the option is emptied below
        text_rect = self._text_rect(opt, opt.rect)
        opt.text, opt.icon = "", QIcon()  # the style draws the row's background only
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        if not icon.isNull():
            top = opt.rect.top() + _PAD_Y + (QFontMetrics(opt.font).height() - _ICON) // 2
            icon.paint(painter, QRect(opt.rect.left() + _PAD_X, top, _ICON, _ICON))
        painter.setFont(opt.font)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None:
            painter.setPen(foreground.color() if hasattr(foreground, "color") else foreground)
        else:
            painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        painter.drawText(text_rect, _FLAGS, text)
        painter.restore()

"""The calm look of the app: one palette of state colours and one style sheet."""

from __future__ import annotations

import logging

from auditor.resources import resource_path

log = logging.getLogger(__name__)

# State colours, used by lists, badges and answer buttons alike.
OK = "#2e7d5b"
FAIL = "#c0392b"
NA = "#8a8f98"
OPEN = "#c9ccd3"
WARN = "#b7791f"
ACCENT = "#2f5d8a"
CRITICAL = "#a61b29"

SEVERITY_COLORS = {"critical": CRITICAL, "major": WARN, "minor": NA}

# What the window shows before the workspace is open. The full sheet costs about 30 ms at the first
# polish, so the app applies it once the window is on screen (ui/app.py).
SHELL_STYLE_SHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QMenuBar { background: #f6f7f9; }
QLabel[role="opening"] { font-size: 15px; color: #6b7380; qproperty-alignment: AlignCenter; }
"""


def _icon(name: str) -> str:
    # Qt style sheets take file paths with forward slashes, also on Windows.
    return resource_path("icons", f"{name}.svg").as_posix()


STYLE_SHEET = (
    SHELL_STYLE_SHEET
    + f"""
QTabWidget::pane {{ border: 1px solid #dfe2e6; border-radius: 6px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; margin-right: 2px; color: #4a5260; border: none; }}
QTabBar::tab:selected {{ color: #1d2430; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
QTableView, QListView, QListWidget {{ background: white; border: 1px solid #dfe2e6; border-radius: 6px;
    selection-background-color: #dce8f5; selection-color: #1d2430; }}
QTableView::item {{ padding: 4px 8px; }}
QListView::item {{ padding: 5px 4px; }}
QScrollArea {{ background: transparent; }}
QHeaderView::section {{ background: #f0f2f5; border: none; border-bottom: 1px solid #dfe2e6;
    padding: 6px 8px; color: #4a5260; font-weight: 600; text-align: left; }}
QHeaderView[role="sortable"]::section {{ padding-right: 20px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    background: white; border: 1px solid #cfd4da; border-radius: 5px; padding: 4px 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {ACCENT}; }}
QComboBox:focus, QAbstractSpinBox:focus {{ border-color: {ACCENT}; }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 22px; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{_icon("chevron-down")}");
    width: 12px; height: 12px; }}
QAbstractSpinBox {{ padding-right: 22px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border;
    width: 20px; border: none; border-left: 1px solid #e3e6ea; background: #f6f7f9; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right;
    border-bottom-right-radius: 5px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: #e8edf3; }}
QAbstractSpinBox::up-arrow {{ image: url("{_icon("chevron-up")}"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{_icon("chevron-down")}"); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off,
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: none; }}
QPushButton {{ background: white; border: 1px solid #cfd4da; border-radius: 5px; padding: 6px 14px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #a0a6ae; background: #f2f3f5; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton[answer="true"] {{ min-width: 84px; min-height: 40px; font-size: 15px; }}
QPushButton[answer="true"]:checked {{ color: white; font-weight: 600; }}
QPushButton[tone="ok"]:checked {{ background: {OK}; border-color: {OK}; }}
QPushButton[tone="fail"]:checked {{ background: {FAIL}; border-color: {FAIL}; }}
QPushButton[tone="na"]:checked {{ background: {NA}; border-color: {NA}; }}
QPushButton[tone="value"]:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
QLabel[role="question"] {{ font-size: 21px; font-weight: 600; color: #1d2430; }}
QLabel[role="guidance"] {{ font-size: 14px; color: #4a5260; }}
QLabel[role="muted"] {{ color: #6b7380; }}
QLabel[role="title"] {{ font-size: 18px; font-weight: 600; color: #1d2430; }}
QLabel[role="score"] {{ font-size: 15px; font-weight: 600; color: #1d2430; }}
QLabel[role="warning"] {{ background: #fdf3e1; color: #7a4d0b; border: 1px solid #f0d49c;
    border-radius: 5px; padding: 6px 10px; }}
QLabel[role="critical"] {{ color: white; background: {CRITICAL}; border-radius: 4px; padding: 2px 8px;
    font-weight: 600; }}
QFrame[role="banner"] {{ background: #fff6e0; border: 1px solid #f0d49c; border-radius: 6px; }}
QFrame[role="card"] {{ background: white; border: 1px solid #dfe2e6; border-radius: 8px; }}
QFrame[role="header"] {{ background: white; border-bottom: 1px solid #dfe2e6; }}
"""
)

"""Choose the checklist item an accepted suggestion documents: the best match proposed first."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

log = logging.getLogger(__name__)


class ItemPicker(QComboBox):
    """A drop-down of a visit's items (and "no item"), showing the proposed one until the auditor picks."""

    def __init__(self, tr: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self.touched = False  # True once the auditor chose: then the choice is kept as it is
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setToolTip(_("The checklist item this finding documents"))
        self._none = _("No checklist item")
        self.activated.connect(self._chosen)

    def set_items(self, items: list[tuple[str, str]], proposed: str | None) -> None:
        """List `(item id, label)` rows and select the proposed item (or "no item")."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self._none, None)
        for item_id, label in items:
            self.addItem(label, item_id)
            self.setItemData(self.count() - 1, label, 3)  # Qt.ToolTipRole: the whole question
        self.blockSignals(False)
        self.propose(proposed)
        self.touched = False

    def propose(self, item_id: str | None) -> None:
        """Select an item unless the auditor already chose one."""
        if self.touched:
            return
        index = self.findData(item_id) if item_id else 0
        self.setCurrentIndex(max(0, index))

    def chosen(self) -> str | None:
        """Return the selected item's id (None: the finding belongs to the visit as a whole)."""
        return self.currentData()

    def _chosen(self, _index: int) -> None:
        self.touched = True

"""Show a check's metrics as plain measurements: names and values, never a verdict about people."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from auditor.i18n import Translate

log = logging.getLogger(__name__)

# A verdict is what the suggestions list is for; the rest is how the check worked, not what it saw.
HIDDEN = frozenset({"verdict", "mode", "stopped", "soft_404"})
KIB = 1024


def metric_labels(tr: Translate) -> dict[str, str]:
    """Return the display name of every metric the checks are known to report."""
    _ = tr
    return {
        "words": _("Words"),
        "sentences": _("Sentences"),
        "lang": _("Language"),
        "readability": _("Readability"),
        "gulpease": _("Gulpease index"),
        "flesch": _("Flesch reading ease"),
        "index": _("Index"),
        "readability_index": _("Readability index"),
        "flesch_reading_ease": _("Flesch reading ease"),
        "score": _("Score"),
        "pages_checked": _("Pages checked"),
        "contact_page": _("Contact page"),
        "found": _("found"),
        "url": _("address"),
        "in_navigation": _("in the menu"),
        "phone_found": _("Phone number shown"),
        "email_found": _("E-mail address shown"),
        "privacy_policy_found": _("Privacy policy linked"),
        "broken_links": _("Broken links"),
        "images_without_alt": _("Images without alternative text"),
        "contact_page_location": _("Contact link"),
        "navigation": _("in the menu"),
        "footer": _("in the footer"),
        "body": _("in the page text"),
        "cookie_policy_found": _("Cookie policy linked"),
        "consent_tool": _("Cookie consent tool"),
        "italian_site": _("Italian site"),
        "vat_number": _("VAT number (P.IVA)"),
        "low_resolution_images": _("Low-resolution images"),
        "links_checked": _("Links checked"),
        "images_checked": _("Images checked"),
        "external_links_not_checked": _("Outside links not checked"),
        "page_limit_reached": _("Page limit reached"),
        "pages_without_title": _("Pages without a title"),
        "meta_description_found": _("Home page description"),
        "favicon_found": _("Favicon"),
        "opening_hours_found": _("Opening hours shown"),
        "opening_hours": _("Opening hours"),
        "opening_hours_page": _("Opening hours page"),
        "forms_checked": _("Forms checked"),
        "contact_forms": _("Contact forms"),
        "forms_without_labels": _("Forms with unlabelled fields"),
        "contact_forms_broken": _("Contact forms that cannot be sent"),
        "mixed_content": _("Insecure resources on secure pages"),
        "https_redirect": _("Plain http leads to https"),
        "https_available": _("Secure connection (https)"),
        "certificate_valid": _("Security certificate accepted by browsers"),
        "heaviest_page_bytes": _("Heaviest page weight"),
        "heaviest_page": _("Heaviest page"),
        "pages_over_weight_budget": _("Pages over the weight budget"),
        "resources_of_unknown_size": _("Resources of unknown size"),
        "tax_code": _("Tax code (codice fiscale)"),
        "width": _("Width"),
        "height": _("Height"),
        "format": _("Format"),
        "sharpness": _("Sharpness"),
        "noise_sigma": _("Noise"),
        "jpeg_quality": _("JPEG quality"),
        "time_to_answer": _("Time to answer (s)"),
        "rings": _("Rings"),
        "holds": _("Holds"),
        "longest_hold": _("Longest hold (s)"),
        "total_hold": _("Time on hold (s)"),
        "transfers": _("Transfers"),
        "total_duration": _("Call length (s)"),
        "answered": _("Answered"),
    }


def format_value(value: Any, tr: Translate, labels: dict[str, str]) -> str:
    """Return a metric value as short text (yes/no, rounded numbers, nested values inline)."""
    _ = tr
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, dict):
        return ", ".join(
            f"{labels.get(k, k.replace('_', ' '))} {format_value(v, tr, labels)}"
            for k, v in value.items()
        )
    if isinstance(value, str) and value in labels:  # a named index such as "gulpease"
        return labels[value]
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v, tr, labels) for v in value)
    return str(value)


def _size(size: int) -> str:
    """Return a size in bytes as the page-weight finding writes it (820 KB, 3.1 MB)."""
    return f"{size / (KIB * KIB):.1f} MB" if size >= 100 * KIB else f"{size / KIB:.0f} KB"


def metric_rows(metrics: dict[str, Any], tr: Translate) -> list[tuple[str, str]]:
    """Return (name, value) pairs of a check's metrics, in the order the check gave them."""
    labels = metric_labels(tr)
    return [
        (
            labels.get(key, key.replace("_", " ").capitalize()),
            _size(value)
            if key.endswith("_bytes") and isinstance(value, int) and not isinstance(value, bool)
            else format_value(value, tr, labels),
        )
        for key, value in metrics.items()
        if key not in HIDDEN
    ]


class MetricsLabel(QLabel):
    """A compact line of measurements: `Name value · Name value`."""

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        self.tr_ = tr
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "muted")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_metrics(self, metrics: dict[str, Any] | None) -> None:
        """Show these metrics (nothing for None)."""
        rows = metric_rows(metrics or {}, self.tr_)
        self.setText("  \u00b7  ".join(f"{name}: {value}" for name, value in rows))

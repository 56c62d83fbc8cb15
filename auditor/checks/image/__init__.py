"""The image check: blur, grain, enlargement and compression of a photo or screenshot.

`check_image` reads a file (or bytes) and refuses unusable input with EvidenceError;
`analyse_image` measures an image already decoded (the evidence intake decodes once).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from PIL import Image

from auditor.checks.base import CheckResult
from auditor.checks.image.analysis import measure
from auditor.checks.image.loading import ACCEPTED_FORMATS, open_checked, read_source
from auditor.checks.image.verdict import judge, verdict

log = logging.getLogger(__name__)

__all__ = ["ACCEPTED_FORMATS", "analyse_image", "check_image"]


def analyse_image(
    img: Image.Image,
    *,
    jpeg_tables: Mapping[int, Sequence[int]] | None = None,
    lang: str = "en",
    target: str = "",
) -> CheckResult:
    """Return the check result of a decoded image (tables default to the image's own)."""
    metrics = measure(img, jpeg_tables)
    findings = judge(metrics, lang)
    metrics["verdict"] = verdict(findings)
    log.debug("image %s: %s", target, metrics)
    return CheckResult(check="image", target=target, findings=findings, metrics=metrics)


def check_image(
    source: Path | bytes, *, lang: str = "en", target: str | None = None
) -> CheckResult:
    """Return the check result of an image file or its bytes; raise EvidenceError if unusable."""
    name = target or (str(source) if isinstance(source, (str, Path)) else "image")
    data = read_source(source, name, lang)
    with open_checked(data, name, lang) as img:
        return analyse_image(img, lang=lang, target=name)

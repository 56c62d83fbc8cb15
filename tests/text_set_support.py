"""What the held-out text sets' tests share: writing a page of a site's snapshot for a reader, and
checking a set is wired into the benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest


def write_file(root: Path, relative: str, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` at `root/relative` in `encoding`, making its folders; return the path."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def assert_registered_after(name: str, previous: str, seed: int, module, snapshot: bool) -> None:
    """Assert a held-out set is wired into the benchmark right after `previous`: its place in
    text_measure.LATER_SETS gives `seed` (1205 + the place), bench_text_accuracy.HELD_OUT holds
    its fetcher and names at the same place, and a snapshot set's reader and cap are registered
    as one (a download set's are not). Skips while the set is not registered yet: a helper
    builds a set, the main session wires it in."""
    from benchmarks.bench_text_accuracy import HELD_OUT, SNAPSHOT_SETS
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    if name not in LATER_SETS:
        pytest.skip(f"{name} is not registered yet (benchmarks/text_measure.LATER_SETS)")
    place = LATER_SETS.index(name)
    assert LATER_SETS[LATER_SETS.index(previous) + 1] == name
    assert 1205 + place == seed
    assert list(HELD_OUT).index(name) == place
    assert HELD_OUT[name] == (getattr(module, f"fetch_{name}"), getattr(module, f"{name}_names"))
    if snapshot:
        assert SNAPSHOT_TEXTS[name] == (getattr(module, f"{name}_texts"), module.WORDS_PER_SOURCE)
        assert name in SNAPSHOT_SETS
    else:
        assert name not in SNAPSHOT_TEXTS and name not in SNAPSHOT_SETS


def capped_messages(monkeypatch, name: str, texts: dict, cap: int) -> dict[str, list[str]]:
    """Return, per language, the messages the benchmark reads from a snapshot set whose reader
    yields `texts` (language -> [(source, its texts)]), capped at `cap` words a source: the
    set's reader and cap as text_measure.messages applies them. Skips while the set is not
    registered yet."""
    from benchmarks import text_measure

    if name not in text_measure.LATER_SETS:
        pytest.skip(f"{name} is not registered yet (benchmarks/text_measure.LATER_SETS)")
    monkeypatch.setitem(text_measure.SNAPSHOT_TEXTS, name, (lambda lang: iter(texts[lang]), cap))
    return {lang: text_measure.messages(name, lang, name) for lang in texts}

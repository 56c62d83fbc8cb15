"""What every held-out text set read from repository snapshots does when its snapshots are not
the rule's: no folder, no $TEXT_SNAPSHOTS, or a folder extracted at another commit. A run that
measured fewer sources than the rule, or other text, would give a figure of another set."""

from __future__ import annotations

import importlib
import re

import pytest

from benchmarks.text_measure import SNAPSHOT_TEXTS

SETS = sorted(SNAPSHOT_TEXTS)


def _set(name: str):
    module = importlib.import_module(f"benchmarks.text_{name}")
    return module.SNAPSHOTS, getattr(module, f"fetch_{name}")


def test_every_snapshot_set_is_here() -> None:
    # every later set from the twenty-fourth on, but the forty-second (downloaded from Debian)
    assert [f"round{n}" for n in range(24, 25 + len(SETS)) if n != 42] == SETS
    assert "round36" in SETS


@pytest.mark.parametrize("name", SETS)
def test_missing_snapshots_raise_naming_the_folder(name, tmp_path, monkeypatch) -> None:
    snapshots, fetch = _set(name)
    monkeypatch.setenv("TEXT_SNAPSHOTS", str(tmp_path))
    first = next(iter(snapshots))
    with pytest.raises(RuntimeError, match=re.escape(str(tmp_path / first))) as info:
        fetch()
    assert "tools/extract_text_snapshot.sh" in str(info.value)
    monkeypatch.delenv("TEXT_SNAPSHOTS")
    with pytest.raises(RuntimeError, match="TEXT_SNAPSHOTS"):
        fetch()


@pytest.mark.parametrize("name", SETS)
def test_a_snapshot_of_another_commit_raises(name, tmp_path) -> None:
    snapshots, fetch = _set(name)
    assert all(re.fullmatch(r"[0-9a-f]{40}", commit) for commit in snapshots.values())
    for repo, commit in snapshots.items():
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch(tmp_path) == tmp_path
    for repo, commit in snapshots.items():
        (tmp_path / repo / ".snapshot-commit").write_text("0" * 40 + "\n")
        with pytest.raises(RuntimeError, match="not at the rule's"):
            fetch(tmp_path)
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")


@pytest.mark.parametrize("name", SETS)
def test_every_source_gives_texts_in_both_languages_when_its_snapshot_is_here(name) -> None:
    from benchmarks.text_round24 import snapshot_root

    snapshots, fetch = _set(name)
    root = snapshot_root()
    if root is None or not all((root / repo).is_dir() for repo in snapshots):
        pytest.skip(f"$TEXT_SNAPSHOTS lacks the {name} set's snapshots")
    module = importlib.import_module(f"benchmarks.text_{name}")
    # a source is a snapshot, but for the thirtieth set's guidelines, which span two
    for source in getattr(module, "SOURCES", snapshots):
        it_texts, en_texts = module.site_paragraphs(source, fetch(root))
        assert it_texts and en_texts, source

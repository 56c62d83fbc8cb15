"""tools/text_snapshots.py on a real git repository made in the test: a snapshot extracted at the
rule's commit, the files the extraction does not keep added from that commit, a snapshot already
there left alone, and a missing clone or file told by name."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location(
        "text_snapshots", ROOT / "tools/text_snapshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


@pytest.fixture
def clones(tmp_path: Path) -> tuple[Path, str, str]:
    """A clones folder holding one repository, `acme+site`, with two commits."""
    repo = tmp_path / "clones" / "acme+site"
    repo.mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "index.html").write_text("<p>Benvenuti</p>", "utf-8")
    (repo / "chi-siamo.php").write_text("<?php echo 1; ?><p>Chi siamo</p>", "utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    first = _git(repo, "rev-parse", "HEAD")
    (repo / "chi-siamo.php").write_text("<p>Changed later</p>", "utf-8")
    _git(repo, "commit", "-q", "-am", "second")
    return tmp_path / "clones", first, _git(repo, "rev-parse", "HEAD")


def test_a_snapshot_is_extracted_at_its_commit_with_its_added_files(clones, tmp_path) -> None:
    mirrors, first, _ = clones
    tool = _tool()
    out = tmp_path / "snaps"
    done = tool.build({"acme+site": first}, {"acme+site": ["chi-siamo.php"]}, mirrors, out)
    assert done == ["acme+site"]
    folder = out / "acme+site"
    assert (folder / ".snapshot-commit").read_text("utf-8").strip() == first
    assert (folder / "index.html").read_text("utf-8") == "<p>Benvenuti</p>"
    # the file the extraction drops, as it was at the rule's commit, not at the newest
    assert (folder / "chi-siamo.php").read_text("utf-8") == "<?php echo 1; ?><p>Chi siamo</p>"
    # already there at its commit: left alone
    assert tool.build({"acme+site": first}, {}, mirrors, out) == []


def test_a_missing_clone_or_file_is_named(clones, tmp_path) -> None:
    mirrors, first, _ = clones
    tool = _tool()
    with pytest.raises(RuntimeError, match=r"acme\+other: no clone"):
        tool.build({"acme+other": first}, {}, mirrors, tmp_path / "snaps")
    with pytest.raises(RuntimeError, match=r"contatti\.php is not in"):
        tool.build({"acme+site": first}, {"acme+site": ["contatti.php"]}, mirrors, tmp_path / "s")


def test_every_snapshot_set_names_its_sources_and_only_files_of_its_repositories() -> None:
    tool = _tool()
    sets = tool.snapshot_sets()
    assert "round24" in sets and "round50" in sets and "round42" not in sets
    for name in sets:
        snapshots, added = tool.set_sources(name)
        assert snapshots and set(added) <= set(snapshots), name
    _, added48 = tool.set_sources("round48")
    assert "en/index.php" in added48["lordel+il-palagetto"]


def test_the_command_line_refuses_a_set_that_is_not_read_from_snapshots(tmp_path) -> None:
    args = ["round42", "--mirrors", str(tmp_path), "--out", str(tmp_path / "o")]
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools/text_snapshots.py"), *args],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "not a snapshot set: round42" in done.stderr

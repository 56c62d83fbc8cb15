"""Build every held-out text set's repository snapshots in one go, into $TEXT_SNAPSHOTS.

Each set read from snapshots names its repositories and their commits (`SNAPSHOTS` in
benchmarks/text_round<N>.py) and, where it reads files the extraction does not keep (`.php`,
`.asp`, `.po`, `.csv`, `.xml`, `.js`, `.py`, `.dtd`, `.odt`, `.ipynb`), those files
(`ADDED_FILES`). By hand that is one `tools/extract_text_snapshot.sh` per repository and one
`git show` per added file, 146 repositories and 630 files: this does it for every set, or for
the sets named, from a folder of clones.

    python tools/text_snapshots.py --mirrors /path/to/clones --out "$TEXT_SNAPSHOTS"
    python tools/text_snapshots.py --mirrors /path/to/clones --out /tmp/snaps round48 round50
    python tools/text_snapshots.py --mirrors /path/to/clones --clone --out /tmp/snaps

The clones folder holds one git directory per repository, named `<owner>+<name>` (bare, or a
work tree with `.git`, or `<owner>+<name>/repo` as a mirror tool leaves them); `--clone` makes a
bare clone from GitHub of each one missing (it needs the network: a session without it fetches
them otherwise). A snapshot already in the output folder at the rule's commit is left alone.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXTRACT = HERE / "extract_text_snapshot.sh"


def _benchmarks_importable() -> None:
    # run as a script from anywhere, the project's benchmarks package is beside this folder
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def snapshot_sets() -> list[str]:
    """Return the held-out sets read from snapshots, in the benchmark's order."""
    _benchmarks_importable()
    from benchmarks.text_measure import SNAPSHOT_TEXTS

    return list(SNAPSHOT_TEXTS)


def set_sources(name: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Return a set's repositories (`owner+name` -> commit) and the files added to each."""
    _benchmarks_importable()
    module = importlib.import_module(f"benchmarks.text_{name}")
    added = getattr(module, "ADDED_FILES", {})
    return dict(module.SNAPSHOTS), {repo: tuple(paths) for repo, paths in added.items()}


def git_dir(mirrors: Path, repo: str) -> Path | None:
    """Return the git directory of a repository's clone in `mirrors`, or None."""
    for candidate in (mirrors / repo / "repo", mirrors / repo, mirrors / f"{repo}.git"):
        if (candidate / ".git").is_dir():
            return candidate / ".git"
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def clone(mirrors: Path, repo: str) -> Path:
    """Make a bare clone of `owner+name` from GitHub in `mirrors` and return it."""
    owner, name = repo.split("+", 1)
    target = mirrors / f"{repo}.git"
    url = f"https://github.com/{owner}/{name}"
    subprocess.run(["git", "clone", "--quiet", "--bare", url, str(target)], check=True)
    return target


def _at_commit(folder: Path, commit: str) -> bool:
    marker = folder / ".snapshot-commit"
    return marker.is_file() and marker.read_text("utf-8").strip() == commit


def build(
    snapshots: Mapping[str, str],
    added: Mapping[str, Iterable[str]],
    mirrors: Path,
    out: Path,
    *,
    may_clone: bool = False,
) -> list[str]:
    """Extract each repository at its commit into `out` and add the files named for it.

    Return the repositories extracted now (those already at their commit are left alone, but
    their added files are written if missing). A repository with no clone, and `may_clone`
    false, raises RuntimeError naming it; so does an added file its commit lacks.
    """
    done = []
    for repo, commit in snapshots.items():
        gd = git_dir(mirrors, repo)
        if gd is None:
            if not may_clone:
                raise RuntimeError(f"{repo}: no clone in {mirrors} (pass --clone to make one)")
            gd = clone(mirrors, repo)
        folder = out / repo
        if not _at_commit(folder, commit):
            subprocess.run(["bash", str(EXTRACT), str(gd), str(folder), commit], check=True)
            done.append(repo)
        for path in added.get(repo, ()):
            target = folder / path
            if target.is_file():
                continue
            shown = subprocess.run(
                ["git", f"--git-dir={gd}", "show", f"{commit}:{path}"], capture_output=True
            )
            if shown.returncode != 0:
                raise RuntimeError(f"{repo}: {path} is not in {commit}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(shown.stdout)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="sets to build (round24 ...): all when none")
    parser.add_argument("--mirrors", type=Path, required=True, help="folder of clones")
    parser.add_argument("--out", type=Path, required=True, help="the $TEXT_SNAPSHOTS folder")
    parser.add_argument("--clone", action="store_true", help="clone missing ones from GitHub")
    args = parser.parse_args(argv)
    known = snapshot_sets()
    unknown = [s for s in args.sets if s not in known]
    if unknown:
        parser.error(f"not a snapshot set: {', '.join(unknown)} (sets: {', '.join(known)})")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets or known:
        snapshots, added = set_sources(name)
        done = build(snapshots, added, args.mirrors, args.out, may_clone=args.clone)
        print(f"{name}: {len(snapshots)} repositories, {len(done)} extracted now", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What every part of the image set writes the same way: photos, degraded copies, screenshots."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path

from PIL import Image

log = logging.getLogger(__name__)


def degraded_copies(
    out: Path,
    stem: str,
    category: str,
    rgb: Image.Image,
    seed: int,
    degrade: Callable[[Image.Image, int], dict[str, bytes]],
) -> list[dict]:
    """Write a photo's degraded copies beside it (`<stem>-<kind>.jpg`); return their entries."""
    entries = []
    for kind, data in degrade(rgb, seed).items():
        name = f"{stem}-{kind}.jpg"
        (out / name).write_bytes(data)
        entries.append({"file": name, "category": category, "kind": kind})
    return entries


def screenshot_entries(paths: Iterable[Path]) -> list[dict]:
    """Return the manifest entries of screenshots, which must be left alone."""
    return [{"file": p.name, "category": "screenshot", "kind": "screenshot"} for p in paths]


def on_white(img: Image.Image) -> Image.Image:
    """Return the image as its documentation page shows it: transparent parts on white."""
    rgba = img.convert("RGBA")
    # Without this, JPEG would show the colour hidden under the window shadows (mostly black).
    return Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("RGB")


def screenshot_copies(
    out: Path, stem: str, src: Path, jpeg: Callable[[Image.Image, int], bytes]
) -> list[dict]:
    """Copy a screenshot as published (`<stem>.png`) and as its page shows it saved at JPEG 85
    (`<stem>-q85.jpg`); return both entries."""
    shot = out / f"{stem}.png"
    shot.write_bytes(src.read_bytes())
    as_jpeg = out / f"{stem}-q85.jpg"
    with Image.open(src) as img:
        as_jpeg.write_bytes(jpeg(on_white(img), 85))
    return screenshot_entries((shot, as_jpeg))


def photo_entries(
    out: Path,
    stem: str,
    category: str,
    src: Path,
    seed: int,
    degrade: Callable[[Image.Image, int], dict[str, bytes]],
) -> list[dict]:
    """Copy a sharp photo as published (`<stem>.jpg`), write its degraded copies; return entries."""
    original = out / f"{stem}.jpg"
    original.write_bytes(src.read_bytes())
    with Image.open(src) as img:
        rgb = img.convert("RGB")
    entry = {"file": original.name, "category": category, "kind": "sharp"}
    return [entry, *degraded_copies(out, stem, category, rgb, seed, degrade)]


def plain_name(name: str) -> str:
    """Return a file name's stem with anything but letters, digits, _ . - as "_" (camera names
    hold spaces and brackets)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def repo_stem(repo: str, src: Path) -> str:
    """Return a photograph's stem as a part writes it: the repository's name, then the file's."""
    return plain_name(f"{repo.split('+')[1]}-{src.stem}")


def file_stem(_name: str, src: Path) -> str:
    """Return a screenshot's own file stem: how a part names it unless it says otherwise."""
    return src.stem


def folder_tail(_name: str, src: Path) -> str:
    """Return a screenshot's tail: its folder and its own name (for documentation that holds
    pictures of one name in several folders, as Spyder's two workshops do)."""
    return f"{src.parent.name}-{src.stem}"


def tail_under(folder: str) -> Callable[[str, Path], str]:
    """Return a screenshot namer: the picture's path under `folder` (a documentation's images
    folder, where several sub-folders hold pictures of one name), without its suffix."""
    inside = tuple(folder.split("/"))

    def tail(_name: str, src: Path) -> str:
        parts = src.with_suffix("").parts
        for start in range(len(parts) - len(inside), -1, -1):
            if parts[start : start + len(inside)] == inside:
                return "-".join(parts[start + len(inside) :])
        return src.stem

    return tail


def screenshot_part(
    out: Path,
    part: str,
    shots: Iterable[tuple[str, Path]],
    stems: set[str],
    jpeg: Callable[[Image.Image, int], bytes],
    tail: Callable[[str, Path], str] = file_stem,
) -> list[dict]:
    """Write the chosen (program, file) screenshots as `screenshot-<program>-<tail>`, each as
    published and as JPEG 85; return the entries. A stem already in `stems` (the part's
    photographs' and screenshots') would overwrite a file: refused."""
    manifest: list[dict] = []
    for name, src in shots:
        stem = plain_name(f"screenshot-{name}-{tail(name, src)}")
        if stem in stems:
            raise ValueError(f"{part}: two screenshots would be written as {stem}.png")
        stems.add(stem)
        manifest += screenshot_copies(out, stem, src, jpeg)
    return manifest


def photo_part(
    out: Path,
    part: str,
    chosen: Iterable[tuple[str, Path]],
    first_seed: int,
    degrade: Callable[[Image.Image, int], dict[str, bytes]],
    stem_of: Callable[[str, Path], str],
) -> tuple[list[dict], set[str]]:
    """Write the chosen (repository, file) photographs with their degraded copies, seeds from
    `first_seed` in order, each under `stem_of(repository, file)`; return the entries and the
    stems used. Two photographs under one stem would overwrite each other: refused."""
    manifest: list[dict] = []
    stems: set[str] = set()
    for seed, (repo, src) in enumerate(chosen, start=first_seed):
        stem = stem_of(repo, src)
        if stem in stems:
            raise ValueError(f"{part}: two photographs would be written as {stem}.jpg")
        stems.add(stem)
        manifest += photo_entries(out, stem, repo, src, seed, degrade)
    return manifest, stems


def snapshot_part(
    root_cache: Path, part: str, write: Callable[[Path, Path], list[dict]]
) -> list[dict]:
    """Return a part built from the repository snapshots named by $IMAGE_SNAPSHOTS.

    `write(snapshots, out)` writes the part's files into `out` (root_cache/<part>) and returns its
    manifest, cached as root_cache/<part>.json; without snapshots the part is empty (and said so).
    """
    manifest_path = root_cache / f"{part}.json"
    if manifest_path.exists():
        return json.loads(manifest_path.read_text())
    snapshots = os.environ.get("IMAGE_SNAPSHOTS")
    if not snapshots or not Path(snapshots).is_dir():
        log.warning("%s: $IMAGE_SNAPSHOTS names no folder: the part cannot be built", part)
        return []
    out = root_cache / part
    out.mkdir(parents=True, exist_ok=True)
    manifest = write(Path(snapshots), out)
    manifest_path.write_text(json.dumps(manifest, indent=1))
    return manifest


def candidates(
    snapshots: Path,
    repo: str,
    pattern: str,
    left_out,
    not_photos: frozenset | set,
    suffixes: tuple[str, ...] = (".jpg", ".jpeg"),
) -> list[tuple[str, Path]]:
    """Return (SHA-256, file) of a repository's JPEGs (or other `suffixes`, lower case) that a
    part's rule admits, sorted: those `pattern` finds, unless `left_out` matches the name or the
    file is, by (repo, path) or by its bytes under another name, one of `not_photos`."""
    root = snapshots / repo
    skipped = left_out_bytes(snapshots, not_photos)
    found = [
        (hashlib.sha256(path.read_bytes()).hexdigest(), path)
        for path in root.glob(pattern)
        if path.is_file()
        and path.suffix.lower() in suffixes
        and not (left_out is not None and left_out.match(path.name))
        and (repo, path.relative_to(root).as_posix()) not in not_photos
    ]
    return sorted((digest, path) for digest, path in found if digest not in skipped)


def pixels_digest(data: bytes, min_side: int) -> str | None:
    """Return the SHA-256 of the decoded pixels, or None when too small or not decoded whole."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            if max(img.size) < min_side:
                return None
            img.load()  # a truncated or malformed file is no photo to judge
            return hashlib.sha256(img.tobytes()).hexdigest()
    except (OSError, SyntaxError, Image.DecompressionBombError) as exc:
        log.info("skipped, does not decode whole: %s", exc)
        return None


def in_repository(repo: str, src: Path) -> tuple[str, ...]:
    """Return a file's path in its repository's snapshot folder, as parts, without its suffix."""
    parts = src.with_suffix("").parts
    return parts[len(parts) - parts[::-1].index(repo) :]


def distinct_photos(
    sources: Iterable[tuple[str, Iterable[tuple[str, Path]], int]],
    per_source: int | Mapping[str, int],
) -> list[tuple[str, Path]]:
    """Return (repository, file) of each source's candidates ((byte digest, path), in order),
    at most `per_source` each (or the repository's own cap, when given by repository), at least
    `min_side` px, distinct across the part by bytes and by decoded pixels (the same picture
    under another name counts once, the first keeping it)."""
    chosen: list[tuple[str, Path]] = []
    seen: set[str] = set()
    for repo, candidates, min_side in sources:
        cap = per_source if isinstance(per_source, int) else per_source[repo]
        taken = 0
        for digest, path in candidates:
            if taken == cap:
                break
            if digest in seen:
                continue
            pixels = pixels_digest(path.read_bytes(), min_side)
            if pixels is None or pixels in seen:
                continue  # too small, damaged, or the same picture under another name
            seen |= {digest, pixels}
            chosen.append((repo, path))
            taken += 1
    return chosen


def chosen_photos(
    snapshots: Path,
    sources: Iterable[tuple[str, str, re.Pattern | None]],
    not_photos: frozenset,
    min_side: int,
    per_source: int,
) -> list[tuple[str, Path]]:
    """Return (repository, file) of a part's photographs by its rule: each source's
    (repository, glob, names left out) candidates, one least size and one cap for all,
    distinct across the part."""
    return capped_photos(
        snapshots,
        ((repo, pattern, left_out, min_side, per_source) for repo, pattern, left_out in sources),
        not_photos,
    )


def capped_photos(
    snapshots: Path,
    sources: Iterable[tuple[str, str, re.Pattern | None, int, int]],
    not_photos: frozenset,
) -> list[tuple[str, Path]]:
    """Return (repository, file) of a part's photographs by its rule: each source's (repository,
    glob, names left out, least long side, cap) candidates in the order of their bytes' SHA-256,
    distinct across the part by bytes and by decoded pixels, the contact sheet's left-out files
    left out under every name they have."""
    sources = tuple(sources)
    found = (
        (repo, candidates(snapshots, repo, pattern, left_out, not_photos), min_side)
        for repo, pattern, left_out, min_side, _cap in sources
    )
    return distinct_photos(found, {repo: cap for repo, *_, cap in sources})


def owner_path_stem(repo: str, src: Path) -> str:
    """Return a photograph's stem: the repository's owner and name and the file's path in it
    (two repositories of one name could otherwise write one stem)."""
    return plain_name("-".join((*repo.split("+"), *in_repository(repo, src))))


def left_out_bytes(snapshots: Path, left_out: Iterable[tuple[str, str]]) -> set[str]:
    """Return the SHA-256 of the bytes of the files a contact sheet left out, by (repository,
    path): a left-out picture is left out under every name it has, or a copy would take its
    place (JabRef's documentation holds some pictures under up to six names, lepton_jpeg_rust
    `mathoverflow.jpg` twice)."""
    return {
        hashlib.sha256((snapshots / repo / path).read_bytes()).hexdigest()
        for repo, path in left_out
        if (snapshots / repo / path).is_file()
    }


def chosen_screenshots(
    snapshots: Path,
    sources: Iterable[tuple[str, str, str]],
    min_side: int,
    per_source: int,
    left_out: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, Path]]:
    """Return (name, file) of a part's screenshots by its rule: each source's (repository, glob,
    name written under) PNGs, distinct across the part, none with the bytes of a left-out file."""
    sources = tuple(sources)
    names = {repo: name for repo, _, name in sources}
    not_shots = frozenset(left_out)
    found = (
        (repo, candidates(snapshots, repo, pattern, None, not_shots, (".png",)), min_side)
        for repo, pattern, _ in sources
    )
    return [(names[repo], path) for repo, path in distinct_photos(found, per_source)]


def photo_and_screenshot_part(
    root_cache: Path,
    part: str,
    photos: Callable[[Path], list[tuple[str, Path]]],
    screenshots: Callable[[Path], list[tuple[str, Path]]],
    first_seed: int,
    degrade: Callable[[Image.Image, int], dict[str, bytes]],
    jpeg: Callable[[Image.Image, int], bytes],
    stem_of: Callable[[str, Path], str] = repo_stem,
    tail: Callable[[str, Path], str] = file_stem,
) -> list[dict]:
    """Return a part of chosen photographs (with their degraded copies, seeds from `first_seed`)
    and chosen screenshots, built from the repository snapshots (the eighth part on)."""

    def write(snapshots: Path, out: Path) -> list[dict]:
        manifest, stems = photo_part(out, part, photos(snapshots), first_seed, degrade, stem_of)
        return manifest + screenshot_part(out, part, screenshots(snapshots), stems, jpeg, tail)

    return snapshot_part(root_cache, part, write)


def capped_part(
    root_cache: Path,
    degrade: Callable[[Image.Image, int], dict[str, bytes]],
    jpeg: Callable[[Image.Image, int], bytes],
    *,
    part: str,
    first_seed: int,
    photo_sources: Iterable[tuple[str, str, re.Pattern | None, int, int]],
    not_photos: frozenset,
    screenshot_sources: Iterable[tuple[str, str, str]],
    screenshots_per_source: int,
    not_screenshots: Iterable[tuple[str, str]],
    min_screen_side: int,
    tail: Callable[[str, Path], str] = file_stem,
) -> list[dict]:
    """Return a part whose rule caps each repository on its own (the fourteenth part on): its
    photographs by `capped_photos`, written under their repository's owner, name and path, and
    its screenshots by `chosen_screenshots`."""
    return photo_and_screenshot_part(
        root_cache,
        part,
        partial(capped_photos, sources=tuple(photo_sources), not_photos=not_photos),
        partial(
            chosen_screenshots,
            sources=tuple(screenshot_sources),
            min_side=min_screen_side,
            per_source=screenshots_per_source,
            left_out=tuple(not_screenshots),
        ),
        first_seed,
        degrade,
        jpeg,
        stem_of=owner_path_stem,
        tail=tail,
    )

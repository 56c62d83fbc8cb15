#!/bin/bash
# Copy the pictures (and READMEs, licences) of a repository's HEAD into a folder, for the image
# benchmark's held-out parts read from $IMAGE_SNAPSHOTS (benchmarks/image_round5.py, _round6.py).
# Works on a bare or a partial clone: files absent from it are skipped and named on stderr.
#   git clone --bare https://github.com/drewnoakes/metadata-extractor-images /tmp/mei.git
#   tools/extract_snapshot.sh /tmp/mei.git /tmp/snapshots/drewnoakes+metadata-extractor-images
# A third argument names the commit a part's rule gives (HEAD otherwise); the commit extracted is
# written to .snapshot-commit in the folder.
set -euo pipefail
git_dir=$1
out=$2
ref=${3:-HEAD}
git --git-dir="$git_dir" ls-tree -r -z "$ref" | while IFS= read -r -d '' line; do
  sha=$(echo "$line" | awk '{print $3}')
  path=${line#*$'\t'}
  case "${path,,}" in
    *.jpg | *.jpeg | *.png | *readme* | *licen* | *copying* | *notice* | *credits* | *attribution*) ;;
    *) continue ;;
  esac
  mkdir -p "$out/$(dirname "$path")"
  git --git-dir="$git_dir" cat-file -p "$sha" >"$out/$path" 2>/dev/null ||
    { rm -f "$out/$path"; echo "absent: $path" >&2; }
done
git --git-dir="$git_dir" rev-parse "$ref" >"$out/.snapshot-commit"

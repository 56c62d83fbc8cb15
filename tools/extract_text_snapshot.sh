#!/bin/bash
# Copy the page files (and READMEs, licences) of a repository's HEAD, or of a named branch or
# commit, into a folder, for the text benchmark's held-out sets read from $TEXT_SNAPSHOTS
# (benchmarks/text_round24.py). Keeps *.md, *.markdown, *.html, *.htm, *.yml, *.yaml, *.toml,
# *.json and readme/licence files; works on a bare or a partial clone: files absent from it are
# skipped and named on stderr.
#   git clone --bare https://github.com/casaway-it/casaway.it /tmp/casaway.git
#   tools/extract_text_snapshot.sh /tmp/casaway.git /tmp/text_snapshots/casaway-it+casaway.it
#   tools/extract_text_snapshot.sh /tmp/aiole.git /tmp/text_snapshots/ziogiugno+agriturismo-aiole aiole-old
set -euo pipefail
git_dir=$1
out=$2
ref=${3:-HEAD}
git --git-dir="$git_dir" ls-tree -r -z "$ref" | while IFS= read -r -d '' line; do
  meta=${line%%$'\t'*}
  path=${line#*$'\t'}
  read -r _mode type sha <<<"$meta"
  [ "$type" = blob ] || continue
  case "${path,,}" in
    node_modules/* | */node_modules/*) continue ;;
    *.md | *.markdown | *.html | *.htm | *.yml | *.yaml | *.toml | *.json) ;;
    *readme* | *licen* | *copying* | *notice*) ;;
    *) continue ;;
  esac
  mkdir -p "$out/$(dirname "$path")"
  git --git-dir="$git_dir" cat-file -p "$sha" >"$out/$path" 2>/dev/null ||
    { rm -f "$out/$path"; echo "absent: $path" >&2; }
done
git --git-dir="$git_dir" rev-parse "$ref" >"$out/.snapshot-commit"

#!/bin/bash
# Copy the pictures (and READMEs, licences, credits) of a repository's HEAD, or of the commit a
# part's rule gives, into a folder, for the image benchmark's held-out parts read from
# $IMAGE_SNAPSHOTS (benchmarks/image_round5.py and after). With --text first, copy its page files
# instead, for the text benchmark's sets read from $TEXT_SNAPSHOTS (tools/extract_text_snapshot.sh
# says which). Works on a bare or a partial clone: files absent from it are skipped and named on
# stderr; the commit extracted is written to .snapshot-commit in the folder.
#   git clone --bare https://github.com/drewnoakes/metadata-extractor-images /tmp/mei.git
#   tools/extract_snapshot.sh /tmp/mei.git /tmp/snapshots/drewnoakes+metadata-extractor-images
#   tools/extract_snapshot.sh GIT_DIR $IMAGE_SNAPSHOTS/<owner>+<name> <commit>
set -euo pipefail
kind=pictures
if [ "${1:-}" = --text ]; then
  kind=text
  shift
fi
git_dir=$1
out=$2
ref=${3:-HEAD}

wanted() {
  if [ "$kind" = text ]; then
    case "${1,,}" in
      node_modules/* | */node_modules/*) return 1 ;;
      *.md | *.markdown | *.rst | *.html | *.htm | *.yml | *.yaml | *.toml | *.json) return 0 ;;
      # an app's interface strings: iOS's, and Android's resources (not every XML file)
      *.strings | */res/values*/strings.xml) return 0 ;;
      # and Java's resource bundles (the forty-seventh set's e-mails to ticket buyers)
      *.properties) return 0 ;;
      *readme* | *licen* | *copying* | *notice*) return 0 ;;
    esac
  else
    case "${1,,}" in
      *.jpg | *.jpeg | *.png | *readme* | *licen* | *copying* | *notice* | *credits* | *attribution*)
        return 0 ;;
    esac
  fi
  return 1
}

git --git-dir="$git_dir" ls-tree -r -z "$ref" | while IFS= read -r -d '' line; do
  meta=${line%%$'\t'*}
  path=${line#*$'\t'}
  read -r _mode type sha <<<"$meta"
  [ "$type" = blob ] || continue
  wanted "$path" || continue
  mkdir -p "$out/$(dirname "$path")"
  git --git-dir="$git_dir" cat-file -p "$sha" >"$out/$path" 2>/dev/null ||
    { rm -f "$out/$path"; echo "absent: $path" >&2; }
done
git --git-dir="$git_dir" rev-parse "$ref" >"$out/.snapshot-commit"

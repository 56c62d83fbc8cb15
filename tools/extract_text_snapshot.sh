#!/bin/bash
# Copy the page files (and READMEs, licences) of a repository's HEAD, or of a named branch or
# commit, into a folder, for the text benchmark's held-out sets read from $TEXT_SNAPSHOTS
# (benchmarks/text_round24.py). Keeps *.md, *.markdown, *.rst, *.html, *.htm, *.yml, *.yaml,
# *.toml, *.json, an app's interface strings (*.strings, res/values*/strings.xml, *.properties) and
# readme/licence files, none under node_modules; works on a bare or a partial clone:
# files absent from it are skipped and named on stderr. The same extraction as the image
# benchmark's (tools/extract_snapshot.sh), of other files.
#   git clone --bare https://github.com/casaway-it/casaway.it /tmp/casaway.git
#   tools/extract_text_snapshot.sh /tmp/casaway.git /tmp/text_snapshots/casaway-it+casaway.it
#   tools/extract_text_snapshot.sh /tmp/aiole.git /tmp/text_snapshots/ziogiugno+agriturismo-aiole aiole-old
exec "$(dirname "$0")/extract_snapshot.sh" --text "$@"

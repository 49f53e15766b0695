#!/usr/bin/env bash
# Checks the system packages trimova needs and installs the missing ones with apt-get
# when run as root; otherwise prints the command to run. Called by `make init`.
#   java + mvn: fetch and run the local Elasticsearch node (not needed with TRIMOVA_ES_URL)
#   hunspell-uk/ru/en-us: stemming dictionaries installed into the local node
#   chromium (with `--tests`): the real-browser tests drive Debian's chromium
set -euo pipefail

missing=()
need_node=1
[ -n "${TRIMOVA_ES_URL:-}" ] && need_node=0

java_ok() {
  command -v java >/dev/null 2>&1 || return 1
  local v
  v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  [ -n "$v" ] && [ "$v" -ge 17 ]
}

if [ "$need_node" = 1 ]; then
  java_ok || missing+=(openjdk-17-jre-headless)
  if [ -z "${TRIMOVA_ES_HOME:-}" ]; then
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
  fi
  for pair in uk_UA:hunspell-uk ru_RU:hunspell-ru en_US:hunspell-en-us; do
    locale=${pair%%:*}; pkg=${pair#*:}
    found=0
    for dir in /usr/share/hunspell /usr/share/myspell/dicts /usr/share/myspell; do
      [ -f "$dir/$locale.dic" ] && found=1
    done
    [ "$found" = 1 ] || missing+=("$pkg")
  done
fi

if [ "${1:-}" = "--tests" ] && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "trimova needs these system packages: ${missing[*]}" >&2
echo "install them with:  sudo apt-get install ${missing[*]}" >&2
echo "(or set TRIMOVA_ES_URL to use an existing Elasticsearch cluster)" >&2
exit 1

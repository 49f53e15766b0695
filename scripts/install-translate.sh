#!/usr/bin/env bash
# Install the optional machine-translation layer (argostranslate on CTranslate2) into a venv.
#
# Plain `pip install argostranslate` pulls stanza -> torch -> ~3 GiB of CUDA wheels. Translating
# with a CTranslate2 model needs none of it: trimova imports only argostranslate.package and
# argostranslate.tokenizer and splits sentences itself (translations/sentences.py), so
# argostranslate goes in with --no-deps next to the few packages that path really imports.
# Prints nothing but errors. Usage: scripts/install-translate.sh [PYTHON]
# (PYTHON defaults to the active virtualenv's python; the system Python is refused.)
set -euo pipefail

PYTHON="${1:-${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}}"
if [ -z "$PYTHON" ]; then
    echo "install-translate.sh: pass the venv's python (e.g. .venv/bin/python) or activate it" >&2
    exit 2
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)'; then
    echo "install-translate.sh: $PYTHON is not a virtualenv's python" >&2
    exit 2
fi

pip=("$PYTHON" -m pip install --quiet --disable-pip-version-check)
# ctranslate2 runs the model (and brings numpy, PyYAML); sentencepiece tokenizes; packaging is
# imported by argostranslate.package; sacremoses tokenizes the packages that use BPE instead
# of SentencePiece.
"${pip[@]}" ctranslate2==4.8.5 sentencepiece==0.2.3 "packaging>=20" sacremoses==0.1.1
# Its declared stanza, spacy and minisbd only split sentences (stanza needs torch): skipped.
"${pip[@]}" --no-deps argostranslate==1.11.0

"""Errors of the translation layer."""
from __future__ import annotations

INSTALL_HINT = "install it with `make init` (it runs scripts/install-translate.sh)"


class TranslationUnavailable(RuntimeError):
    """No argostranslate, or no installed model for the language pair; the message says the fix."""


class InvalidModel(ValueError):
    """The file is not an installable Argos model package (.argosmodel)."""

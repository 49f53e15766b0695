"""Form bodies that cannot be parsed are a 400 saying so, not an empty form.

Werkzeug's parser is silent by default: a malformed or cut-short multipart body gives an
empty ``request.form``, and the reader is then told that the form "has expired" (its
CSRF token is missing) or that no file was chosen. Neither is true. A body that stops
coming is a 408 once the production server's socket gives up on it.
"""
from __future__ import annotations

from flask import Request
from flask_babel import gettext
from werkzeug.exceptions import BadRequest, ClientDisconnected, RequestTimeout
from werkzeug.formparser import FormDataParser


class StrictFormDataParser(FormDataParser):
    """Raise a BadRequest naming the problem when the body is not valid form data."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, silent=False, **kwargs)

    def parse(self, *args, **kwargs):
        try:
            return super().parse(*args, **kwargs)
        except ValueError:
            raise BadRequest(gettext(
                "This request's form could not be read: its multipart body is malformed or "
                "cut short. Send the form again.")) from None
        except ClientDisconnected as exc:
            # Werkzeug reports any failed read so; a timeout is the production server's
            # socket giving up on a silent client (WEB_CLIENT_TIMEOUT)
            if not _timed_out(exc):
                raise
            raise RequestTimeout(gettext(
                "This request's form came too slowly: the server stopped waiting for the "
                "rest of it. Send the form again.")) from None


def _timed_out(exc: BaseException) -> bool:
    """Whether a socket timeout lies behind ``exc`` (Werkzeug raises from inside ``except``)."""
    while exc is not None:
        if isinstance(exc, TimeoutError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


class StrictFormRequest(Request):
    """Flask's request with :class:`StrictFormDataParser`."""

    form_data_parser_class = StrictFormDataParser

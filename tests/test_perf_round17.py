"""The analysis pipeline leaves out the shared tok2vec nobody listens to, without reloading."""

from __future__ import annotations

import pytest

from briefing_app.analysis import load_nlp
from briefing_app.analysis.nlp import _listens


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_the_analysis_pipeline_has_no_shared_tok2vec(nlp):
    assert "tok2vec" not in nlp.component_names
    assert nlp.pipe_names[-1] == "ner"
    assert "senter" in nlp.pipe_names or "sentencizer" in nlp.pipe_names


def test_its_parts_listen_to_nothing(nlp):
    assert not _listens(nlp)


def test_a_listening_part_is_seen():
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    blank.add_pipe(
        "tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": listener}}
    )
    assert _listens(blank)


def test_a_part_with_its_own_embedding_is_no_listener():
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("tagger")  # the default tagger embeds its own tok2vec
    blank.add_pipe("sentencizer")  # and this one has no model at all
    assert not _listens(blank)


def test_sentences_and_entities_are_those_of_the_model_loaded_whole(nlp):
    import spacy

    from briefing_app.analysis.nlp import EXCLUDE, model_name

    whole = spacy.load(model_name(), exclude=list(EXCLUDE))
    whole.enable_pipe("senter")
    whole.remove_pipe("tok2vec")
    text = "Minister Anna Veld met officials in Ostrava on Tuesday. They spoke for an hour."
    ours, theirs = nlp(text), whole(text)
    assert [s.text for s in ours.sents] == [s.text for s in theirs.sents]
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert len(list(ours.sents)) == 2 and ours.ents


def test_the_model_loads_once_without_its_tok2vec(monkeypatch):
    import spacy

    from briefing_app.analysis import nlp as nlp_module

    calls = []
    real = spacy.load

    def load(name, **kwargs):
        calls.append(kwargs.get("exclude", ()))
        return real(name, **kwargs)

    monkeypatch.setattr(spacy, "load", load)
    loaded = nlp_module._load(nlp_module.model_name())
    assert len(calls) == 1 and "tok2vec" in calls[0]
    assert "tok2vec" not in loaded.component_names

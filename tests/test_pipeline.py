import json

import pytest

from rasd.config import load_config
from rasd.document import Document, Entity, Event, Mention, Span
from rasd.errors import ConfigError, StageError
from rasd.pipeline import Pipeline, check_requirements
from rasd.registry import register, registered_names, stage_class


class _Boom:
    name = "test.boom.v1"
    requires = ("tokens",)
    provides = ("mentions",)

    def __init__(self, config):
        pass

    def __call__(self, doc):
        raise ValueError("broken on purpose")


class _NeedsEvents:
    name = "test.needs.v1"
    requires = ("events", "claims")
    provides = ()


register(_Boom.name, _Boom)
register(_NeedsEvents.name, _NeedsEvents)


def test_pipeline_runs_text_stage_and_records_versions():
    nlp = Pipeline(["rasd.text.v1"], load_config())
    doc = nlp(Document(id="a", text="قال الوزير. وأضاف أن المحادثات مستمرة"))
    assert len(doc.sentences) == 2
    assert doc.pipeline == ["rasd.text.v1"]


def test_pipeline_reports_every_unmet_requirement_at_once():
    with pytest.raises(ConfigError) as err:
        check_requirements([_NeedsEvents, stage_class("rasd.text.v1")])
    assert "events, claims" in str(err.value)


def test_pipeline_unknown_stage_lists_registered_ones():
    with pytest.raises(ConfigError) as err:
        stage_class("rasd.nope.v9")
    assert "rasd.text.v1" in str(err.value)


def test_pipeline_stage_failure_becomes_error_record_and_batch_goes_on():
    nlp = Pipeline(["rasd.text.v1", "test.boom.v1"], load_config())
    with pytest.raises(StageError) as err:
        nlp(Document(id="x", text="نص"))
    assert err.value.stage == "test.boom.v1"
    out = list(nlp.run_many([Document(id="a", text="نص"), {"id": "b", "error": {"stage": "ingest", "message": "m"}}]))
    assert out[0] == {"id": "a", "error": {"stage": "test.boom.v1", "message": "ValueError: broken on purpose"}}
    assert out[1]["id"] == "b"


def test_config_rejects_unknown_keys_and_wrong_types(tmp_path):
    bad = tmp_path / "c.toml"
    bad.write_text("[ingest]\nmax_byts = 3\n")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert "ingest.max_byts" in str(err.value) and "max_bytes" in str(err.value)
    bad.write_text("[ingest]\nmax_bytes = 'big'\n")
    with pytest.raises(ConfigError):
        load_config(bad)
    with pytest.raises(ConfigError):
        load_config(overrides={"nosuchsection": {}})


def test_config_default_pipeline_is_valid():
    config = load_config()
    classes = [stage_class(n) for n in config.pipeline]
    check_requirements(classes)


def test_document_json_roundtrip():
    doc = Document(id="d", text="التقى أوستن شويجو")
    doc.mentions = [Mention(6, 11, "PER", "e1")]
    doc.entities = [Entity("e1", "Lloyd Austin", "PER", name_ar="لويد أوستن")]
    doc.events = [Event("v1", "CONSULT", Span(0, 5), source=["e1"])]
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert data["mentions"][0]["text"] == "أوستن"
    assert Document.from_dict(data).to_dict() == data
    with pytest.raises(ValueError):
        Document.from_dict({**data, "schema_version": 99})


def test_registrations_snapshot():
    """Renaming or dropping a registered stage breaks stored provenance: make it deliberate."""
    names = set(registered_names())
    assert {"rasd.text.v1", "rasd.layout.v1", "rasd.mentions.crf.v1", "rasd.checks.v1"} <= names
    for name in names:
        if name.startswith("rasd."):
            assert name.rsplit(".", 1)[-1].startswith("v"), name


def test_pipeline_up_to_a_layer_with_or_without_its_stage():
    from rasd.errors import ConfigError

    with_claims = Pipeline.up_to("claims")
    without = Pipeline.up_to("claims", including=False)
    assert with_claims.names[-1] == "rasd.claims.v1"
    assert without.names == with_claims.names[:-1]
    with pytest.raises(ConfigError, match="no stage"):
        Pipeline.up_to("no-such-layer")

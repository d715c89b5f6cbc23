"""JSON report: the contract, as UTF-8, stable byte for byte."""
from __future__ import annotations

import dataclasses
import json

import pytest

from compare.model import SCHEMA
from compare.report.json_report import json_chunks, render_json
from report_fixtures import bridge_report, hostile_report


def test_json_is_the_report_contract():
    report = bridge_report()
    data = render_json(report)
    assert data.endswith(b"}\n")
    parsed = json.loads(data.decode("utf-8"))
    assert parsed == json.loads(json.dumps(report.to_dict()))
    assert list(parsed)[:2] == ["schema", "date"]
    assert parsed["schema"] == SCHEMA
    assert parsed["findings"][0]["claims"] == ["c1", "c5", "c10"]
    assert parsed["claims"][0]["text"] == "Twelve people"


def test_json_keeps_non_latin_text_and_control_characters_escaped():
    data = render_json(hostile_report())
    text = data.decode("utf-8")
    assert "遇难人数为14人" in text and "Погибли" in text and "قال" in text
    assert "\\u0007" in text and "\x07" not in text
    parsed = json.loads(text)
    assert parsed["claims"][0]["sentence"].startswith("=SUM(A1)")


def test_json_is_deterministic():
    assert render_json(bridge_report()) == render_json(bridge_report())
    assert render_json(hostile_report()) == render_json(hostile_report())


def json_dumps_of(report) -> bytes:
    return (json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace")


@pytest.mark.parametrize("batch", [1, 2, 3, 2000])
def test_claims_encoded_in_batches_are_json_dumps(monkeypatch, batch):
    import compare.report.json_report as json_report

    monkeypatch.setattr(json_report, "CLAIMS_BATCH", batch)
    for report in (bridge_report(), hostile_report()):
        assert render_json(report) == json_dumps_of(report)
        assert b"".join(json_chunks(report)) == render_json(report)


def test_claims_with_values_that_are_not_plain_are_json_dumps():
    report = bridge_report()
    odd = [dataclasses.replace(report.claims[0], value=[12, 14]),
           dataclasses.replace(report.claims[1], value={"low": 1, "high": 2.5}),
           dataclasses.replace(report.claims[2], value=True, subject="a\nb }, {"),
           dataclasses.replace(report.claims[3], value=float("nan"), unit=""),
           dataclasses.replace(report.claims[4], value=-0.0, sentence="},\n      {")]
    report = dataclasses.replace(report, claims=tuple(odd) + report.claims[5:])
    assert render_json(report) == json_dumps_of(report)


def test_source_text_like_the_claims_placeholder_is_json_dumps():
    import compare.report.json_report as json_report

    report = bridge_report()
    sources = (dataclasses.replace(report.sources[0], title=json_report._CLAIMS),) + report.sources[1:]
    report = dataclasses.replace(report, sources=sources)
    assert render_json(report) == json_dumps_of(report)
    assert render_json(dataclasses.replace(report, claims=())) == json_dumps_of(dataclasses.replace(report, claims=()))


def test_every_kind_of_field_value_is_json_dumps():
    report = bridge_report()
    claims = list(report.claims)
    claims[0] = dataclasses.replace(claims[0], value=10 ** 30, unit="100%", subject='say "no"')
    claims[1] = dataclasses.replace(claims[1], value=float("inf"), unit=None, subject=None)
    claims[2] = dataclasses.replace(claims[2], value=None, normalized="%s %d", text="back\\slash")
    claims[3] = dataclasses.replace(claims[3], value=2.5, resolved=False, start=0)
    every = dataclasses.replace(report, claims=tuple(claims))
    assert render_json(every) == json_dumps_of(every)
    bools = dataclasses.replace(report, claims=tuple(dataclasses.replace(c, value=i % 2 == 0)
                                                     for i, c in enumerate(report.claims)))
    assert render_json(bools) == json_dumps_of(bools)


def test_claims_of_another_class_are_json_dumps():
    from compare.model import Claim

    class Rounded(Claim):
        def to_dict(self):
            record = super().to_dict()
            record["value"] = round(record["value"], -1) if isinstance(record["value"], int) else record["value"]
            return record

    report = bridge_report()
    claims = tuple(Rounded(**{f.name: getattr(c, f.name) for f in dataclasses.fields(c)}) for c in report.claims)
    report = dataclasses.replace(report, claims=claims)
    assert render_json(report) == json_dumps_of(report)
    assert json.loads(render_json(report))["claims"][0]["value"] == 10

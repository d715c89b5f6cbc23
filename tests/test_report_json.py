"""JSON report: the contract, as UTF-8, stable byte for byte."""
from __future__ import annotations

import json

from compare.model import SCHEMA
from compare.report.json_report import render_json
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

"""The Python API as the README shows it: its example runs as written, and the frames hold the contract."""
from __future__ import annotations

import os
import re
from pathlib import Path

import compare

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs_as_written(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert "training duration" in capsys.readouterr().out


def test_frames_have_one_row_per_claim_and_finding_with_the_contract_columns():
    report = compare.compare_sources([ROOT / "sources"])
    claims, findings = report.claims_frame(), report.findings_frame()
    assert len(claims) == len(report.claims) and len(findings) == len(report.findings)
    for column in ("id", "source", "kind", "subject", "attribute", "value", "unit", "normalized",
                   "qualifier", "text", "start", "end", "sentence"):
        assert column in claims.columns
    for column in ("id", "kind", "topic", "claims", "sources", "summary"):
        assert column in findings.columns
    assert set(findings.kind) <= {"conflict", "variant", "agreement", "single_source"}


def test_stages_compose_like_the_pipeline():
    rules = compare.load_rules()
    sources, problems = compare.load_sources([ROOT / "sources"])
    assert not problems and len(sources) == 5
    claims = compare.extract_all(sources, rules)
    facts = compare.align(claims, rules)
    findings = compare.classify(facts, claims, rules)
    whole = compare.compare_sources([ROOT / "sources"], rules)
    assert [f.to_dict() for f in findings] == [f.to_dict() for f in whole.findings]


def test_claim_values_are_the_values_of_to_dict_in_the_contract_order():
    from compare.model import CLAIM_COLUMNS, claim_values
    from report_fixtures import bridge_report

    for claim in bridge_report().claims:
        assert tuple(claim.to_dict()) == CLAIM_COLUMNS
        assert claim_values(claim) == tuple(claim.to_dict().values())

"""Smoke test of the benchmark harness: the corpus generator and one tiny run of bench/run.py.

No timing is asserted. The run needs the library's extraction API and is skipped until
`compare.load_sources`, `compare.extract_claims` and `compare.load_rules` exist.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generate():
    return _load("generate")


def _contents(paths):
    return [(p.name, p.read_bytes()) for p in paths]


def test_same_seed_gives_identical_bytes(generate, tmp_path):
    first = generate.generate_corpus(10, 7, tmp_path / "a")
    second = generate.generate_corpus(10, 7, tmp_path / "b")
    assert _contents(first) == _contents(second)


def test_different_seed_gives_different_corpus(generate, tmp_path):
    one = generate.generate_corpus(10, 1, tmp_path / "a")
    two = generate.generate_corpus(10, 2, tmp_path / "b")
    assert [b for _, b in _contents(one)] != [b for _, b in _contents(two)]


def test_smaller_corpus_is_a_prefix_of_a_larger_one(generate, tmp_path):
    small = generate.generate_corpus(5, 3, tmp_path / "a")
    large = generate.generate_corpus(10, 3, tmp_path / "b")
    assert _contents(small) == _contents(large)[:5]


def test_corpus_has_n_plausible_articles(generate, tmp_path):
    paths = generate.generate_corpus(10, 1, tmp_path)
    assert len(paths) == 10
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in paths]
    for index, path in enumerate(paths):
        assert re.fullmatch(rf"{index:05d}_[a-z0-9-]+\.(txt|md)", path.name)
        text = path.read_text(encoding="utf-8")
        assert 1000 < len(text.encode("utf-8")) < 8000
        assert "All rights reserved." in text
        assert re.search(r"\d", text)
    average = sum(p.stat().st_size for p in paths) / len(paths)
    assert 1500 < average < 5000


def test_front_matter_when_present_is_well_formed(generate, tmp_path):
    import yaml

    paths = generate.generate_corpus(40, 1, tmp_path)
    with_front = [p for p in paths if p.read_text(encoding="utf-8").startswith("---\n")]
    assert with_front, "some articles carry front matter"
    for path in with_front:
        head = path.read_text(encoding="utf-8").split("---\n")[1]
        meta = yaml.safe_load(head)
        assert set(meta) == {"title", "outlet", "published"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", str(meta["published"]))


def test_cli_writes_the_corpus(generate, tmp_path, capsys):
    assert generate.main(["--articles", "3", "--seed", "4", "--out", str(tmp_path)]) == 0
    assert len(list(tmp_path.iterdir())) == 3
    assert "wrote 3 articles" in capsys.readouterr().out


def _extraction_api_missing() -> list:
    try:
        compare = importlib.import_module("compare")
    except ImportError:
        return ["compare"]
    return [n for n in ("load_sources", "extract_claims", "load_rules") if not hasattr(compare, n)]


def test_run_writes_results(tmp_path, capsys):
    missing = _extraction_api_missing()
    if missing:
        pytest.skip(f"extraction API not available yet: {', '.join(missing)}")
    run = _load("run")
    code = run.main(["--sizes", "10", "--skip-peers", "--workdir", str(tmp_path)])
    out = capsys.readouterr().out
    results = json.loads((tmp_path / "results.json").read_text())
    assert {"schema", "seed", "story", "sizes", "rows", "targets", "machine"} <= set(results)
    assert results["sizes"] == [10]
    (row,) = results["rows"]
    assert {"size", "articles", "mb", "extraction_s", "articles_per_s", "mb_per_s", "report_s",
            "peak_mb", "extraction_growth", "report_growth", "peers", "ratio", "claims"} <= set(row)
    assert row["articles"] == 10 and row["extraction_s"] > 0 and row["peers"] is None
    assert {t["status"] for t in results["targets"]} <= {"PASS", "FAIL", "not measured"}
    assert "targets:" in out
    if importlib.util.find_spec("compare.cli") is not None:
        assert code == 0, row["report_error"]
        assert row["report_returncode"] == 0

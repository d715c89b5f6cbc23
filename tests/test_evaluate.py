"""The evaluator grades exactly as the project's scorer does; the answer keys it ships are sound."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare.errors import AnswerKeyError
from compare.evaluate import (
    Evaluation,
    answer_key_problems,
    evaluate,
    evaluate_files,
    format_evaluation,
    load_answer_key,
    occurrences,
    quote_problems,
    read_text,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
STORIES = DATA / "stories"

# two tiny sources; offsets below are computed from these texts
TEXTS = {
    "a": "The crew trained for three months. Flight lasts 12 days. Training began in May.",
    "b": "They had Four months of training and a 12-day flight. Ages: 36-year-old actress.",
}


def span(stem: str, quote: str, nth: int = 0) -> tuple:
    return occurrences(TEXTS[stem], quote)[nth]


def claim(cid: str, source: str, quote: str, shift: tuple = (0, 0)) -> dict:
    s, e = span(source, quote)
    return {"id": cid, "source": source, "start": s + shift[0], "end": e + shift[1],
            "text": TEXTS[source][s:e]}


def report(claims: list, findings: list, sources=None) -> dict:
    if sources is None:
        sources = [{"id": "a", "path": "sources/a.txt"}, {"id": "b", "path": "sources/b.txt"}]
    return {"schema": "spacecompare.report/1", "sources": sources, "claims": claims,
            "findings": findings}


def g(source: str, quote: str) -> dict:
    return {"source": source, "quote": quote}


TRAINING_CONFLICT = {"id": "training", "kind": "conflict",
                     "claims": [g("a", "three months"), g("b", "four months")]}


def key(**sections) -> dict:
    base = {"corpus": "test", "must": [], "must_not": []}
    base.update(sections)
    return base


# --------------------------------------------------------------------------- must items

MUST_CASES = [
    # (name, report claims, finding kind, key item, expect hit)
    ("exact spans hit", [("a", "three months", (0, 0)), ("b", "Four months", (0, 0))],
     "conflict", TRAINING_CONFLICT, True),
    ("wider claim span overlapping still hits", [("a", "trained for three months", (0, 0)),
                                                 ("b", "Four months of training", (0, 0))],
     "conflict", TRAINING_CONFLICT, True),
    ("partial overlap of one character hits", [("a", "three months", (11, 3)),
                                               ("b", "Four months", (0, 0))],
     "conflict", TRAINING_CONFLICT, True),
    ("span touching the quote's end does not overlap", [("a", "three months", (12, 12)),
                                                        ("b", "Four months", (0, 0))],
     "conflict", TRAINING_CONFLICT, False),
    ("span touching the quote's start does not overlap", [("a", "three months", (-3, -12)),
                                                          ("b", "Four months", (0, 0))],
     "conflict", TRAINING_CONFLICT, False),
    ("wrong kind misses", [("a", "three months", (0, 0)), ("b", "Four months", (0, 0))],
     "agreement", TRAINING_CONFLICT, False),
    ("kind list accepts either kind", [("a", "three months", (0, 0)), ("b", "Four months", (0, 0))],
     "variant", dict(TRAINING_CONFLICT, kind=["variant", "conflict"]), True),
    ("a missing gold claim misses", [("a", "three months", (0, 0))],
     "conflict", TRAINING_CONFLICT, False),
    ("claim from the other source misses", [("a", "three months", (0, 0)), ("a", "12 days", (0, 0))],
     "conflict", TRAINING_CONFLICT, False),
    ("quote case is ignored", [("a", "three months", (0, 0)), ("b", "Four months", (0, 0))],
     "conflict", {"id": "t", "kind": "conflict",
                  "claims": [g("a", "THREE MONTHS"), g("b", "fOUR mONTHS")]}, True),
    ("extra claims in the finding do no harm", [("a", "three months", (0, 0)),
                                                ("b", "Four months", (0, 0)),
                                                ("a", "12 days", (0, 0))],
     "conflict", TRAINING_CONFLICT, True),
    ("single source item", [("b", "36-year-old", (0, 0))],
     "single_source", {"id": "age", "kind": "single_source", "claims": [g("b", "36-year-old")]}, True),
]


@pytest.mark.parametrize("name,specs,fkind,item,expected", MUST_CASES, ids=[c[0] for c in MUST_CASES])
def test_must_items(name, specs, fkind, item, expected):
    claims = [claim(f"c{i}", src, q, shift) for i, (src, q, shift) in enumerate(specs)]
    rep = report(claims, [{"id": "f1", "kind": fkind, "claims": [c["id"] for c in claims],
                           "summary": "x"}])
    ev = evaluate(rep, key(must=[item]), TEXTS)
    assert ev.must_hit == (1 if expected else 0)
    assert ev.must_total == 1
    assert ev.lines[0].status == ("PASS" if expected else "MISS")


def test_second_occurrence_of_a_quote_counts():
    texts = {"a": "12 days here, and 12 days there.", "b": "12 days."}
    c1 = {"id": "c1", "source": "a", "start": 18, "end": 25}  # the second "12 days"
    c2 = {"id": "c2", "source": "b", "start": 0, "end": 7}
    rep = report([c1, c2], [{"id": "f1", "kind": "agreement", "claims": ["c1", "c2"]}])
    item = {"id": "x", "kind": "agreement", "claims": [g("a", "12 days"), g("b", "12 days")]}
    assert evaluate(rep, key(must=[item]), texts).must_hit == 1


def test_claim_without_offsets_never_matches():
    c1 = claim("c1", "a", "three months")
    c2 = claim("c2", "b", "Four months")
    del c2["start"]
    rep = report([c1, c2], [{"id": "f1", "kind": "conflict", "claims": ["c1", "c2"]}])
    assert evaluate(rep, key(must=[TRAINING_CONFLICT]), TEXTS).must_hit == 0


# --------------------------------------------------------------------------- sources

def test_source_matched_through_path_stem():
    sources = [{"id": "s1", "path": "corpus/a.txt"}, {"id": "s2", "path": "/abs/b.md"}]
    c1 = dict(claim("c1", "a", "three months"), source="s1")
    c2 = dict(claim("c2", "b", "Four months"), source="s2")
    rep = report([c1, c2], [{"id": "f1", "kind": "conflict", "claims": ["c1", "c2"]}], sources)
    assert evaluate(rep, key(must=[TRAINING_CONFLICT]), TEXTS).must_hit == 1


def test_source_id_used_when_path_stem_has_no_text():
    sources = [{"id": "a", "path": "elsewhere/unknown.txt"}, {"id": "b", "path": None}]
    c1, c2 = claim("c1", "a", "three months"), claim("c2", "b", "Four months")
    rep = report([c1, c2], [{"id": "f1", "kind": "conflict", "claims": ["c1", "c2"]}], sources)
    assert evaluate(rep, key(must=[TRAINING_CONFLICT]), TEXTS).must_hit == 1


def test_unknown_source_never_matches():
    c1 = dict(claim("c1", "a", "three months"), source="zzz")
    c2 = claim("c2", "b", "Four months")
    rep = report([c1, c2], [{"id": "f1", "kind": "conflict", "claims": ["c1", "c2"]}])
    assert evaluate(rep, key(must=[TRAINING_CONFLICT]), TEXTS).must_hit == 0


# --------------------------------------------------------------------------- must_not

MUST_NOT = {"id": "ages-differ", "together": [g("a", "12 days"), g("b", "36-year-old")]}


@pytest.mark.parametrize("fkind,kinds,held", [
    ("conflict", None, False),
    ("agreement", None, False),
    ("variant", None, True),           # not in the default kinds
    ("single_source", None, True),
    ("variant", ["variant"], False),
    ("conflict", ["agreement"], True),
])
def test_must_not_kinds(fkind, kinds, held):
    item = dict(MUST_NOT, **({"kinds": kinds} if kinds else {}))
    c1, c2 = claim("c1", "a", "12 days"), claim("c2", "b", "36-year-old")
    rep = report([c1, c2], [{"id": "f9", "kind": fkind, "claims": ["c1", "c2"]}])
    ev = evaluate(rep, key(must_not=[item]), TEXTS)
    assert ev.must_not_held == (1 if held else 0)
    assert ev.must_not_total == 1
    line = ev.lines[0]
    assert (line.status, line.kind, line.id) == ("PASS" if held else "FAIL", "must_not", "ages-differ")
    if not held:
        assert "FAIL must_not ages-differ  (finding f9)" in format_evaluation(ev)


def test_must_not_needs_every_claim_in_one_finding():
    c1, c2 = claim("c1", "a", "12 days"), claim("c2", "b", "36-year-old")
    rep = report([c1, c2], [{"id": "f1", "kind": "agreement", "claims": ["c1"]},
                            {"id": "f2", "kind": "agreement", "claims": ["c2"]}])
    assert evaluate(rep, key(must_not=[MUST_NOT]), TEXTS).must_not_held == 1


def test_must_not_claim():
    item = {"id": "menu", "claim": g("a", "began in May")}
    clean = report([claim("c1", "a", "12 days")], [])
    dirty = report([claim("c1", "a", "12 days"), claim("c2", "a", "May")], [])
    ev_clean = evaluate(clean, key(must_not_claim=[item]), TEXTS)
    ev_dirty = evaluate(dirty, key(must_not_claim=[item]), TEXTS)
    assert (ev_clean.must_not_held, ev_clean.must_not_total) == (1, 1)
    assert (ev_dirty.must_not_held, ev_dirty.must_not_total) == (0, 1)
    assert "FAIL must_not_claim menu" in format_evaluation(ev_dirty).splitlines()


# --------------------------------------------------------------------------- unexplained conflicts

def conflicts_report():
    claims = [claim("c1", "a", "three months"), claim("c2", "b", "Four months"),
              claim("c3", "a", "12 days"), claim("c4", "b", "12-day"),
              claim("c5", "b", "36-year-old")]
    findings = [
        {"id": "f1", "kind": "conflict", "claims": ["c1", "c2"], "summary": "3 vs 4 months"},
        {"id": "f2", "kind": "conflict", "claims": ["c3", "c4"], "summary": "12 days vs 12 days"},
        {"id": "f3", "kind": "conflict", "claims": ["c3", "c5"], "topic": "odd pairing"},
        {"id": "f4", "kind": "agreement", "claims": ["c3", "c4"]},
    ]
    return report(claims, findings)


def test_unexplained_conflicts_counted():
    ev = evaluate(conflicts_report(), key(must=[TRAINING_CONFLICT]), TEXTS)
    assert ev.conflicts_total == 3
    assert [fid for fid, _ in ev.unexplained] == ["f2", "f3"]
    assert ev.unexplained[1] == ("f3", "odd pairing")  # topic when there is no summary
    text = format_evaluation(ev)
    assert "EXTRA conflict f2: 12 days vs 12 days" in text
    assert text.splitlines()[-1] == "score: must 1/1  must_not 0/0  unexplained_conflicts 2/3"


def test_allowed_covers_a_conflict():
    allowed = [{"id": "ok", "claims": [g("b", "36-year-old")]}]
    ev = evaluate(conflicts_report(), key(must=[TRAINING_CONFLICT], allowed=allowed), TEXTS)
    assert [fid for fid, _ in ev.unexplained] == ["f2"]


def test_agreement_must_does_not_explain_a_conflict():
    item = {"id": "agree", "kind": "agreement", "claims": [g("a", "12 days"), g("b", "12-day")]}
    ev = evaluate(conflicts_report(), key(must=[TRAINING_CONFLICT, item]), TEXTS)
    assert ev.must_hit == 2
    assert [fid for fid, _ in ev.unexplained] == ["f2", "f3"]


def test_must_explains_only_the_first_finding_it_hits():
    rep = conflicts_report()
    rep["findings"].append({"id": "f5", "kind": "conflict", "claims": ["c1", "c2"], "summary": "dup"})
    ev = evaluate(rep, key(must=[TRAINING_CONFLICT]), TEXTS)
    assert [fid for fid, _ in ev.unexplained] == ["f2", "f3", "f5"]


# --------------------------------------------------------------------------- output

def test_format_and_summary():
    ev = evaluate(conflicts_report(),
                  key(must=[TRAINING_CONFLICT, dict(TRAINING_CONFLICT, id="nope", kind="variant")],
                      must_not=[MUST_NOT], must_not_claim=[{"id": "m", "claim": g("a", "May")}]),
                  TEXTS)
    assert isinstance(ev, Evaluation)
    assert ev.summary_line() == "score: must 1/2  must_not 1/2  unexplained_conflicts 2/3"
    quiet = format_evaluation(ev).splitlines()
    assert quiet == ["MISS must nope", "FAIL must_not ages-differ  (finding f3)",
                     "EXTRA conflict f2: 12 days vs 12 days", "EXTRA conflict f3: odd pairing",
                     ev.summary_line()]
    loud = format_evaluation(ev, verbose=True).splitlines()
    assert loud[0] == "PASS must training"
    assert "PASS must_not_claim m" in loud
    with pytest.raises(Exception):
        ev.must_hit = 3  # frozen


def test_evaluate_files_matches_scorer_on_files(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for stem, text in TEXTS.items():
        (corpus / f"{stem}.txt").write_text(text, encoding="utf-8")
    rep = conflicts_report()
    rep["sources"] = [{"id": "a", "path": "corpus/a.txt"}, {"id": "b", "path": "corpus/b.txt"}]
    report_path = tmp_path / "out" / "report.json"
    report_path.parent.mkdir()
    report_path.write_text(json.dumps(rep), encoding="utf-8")
    key_path = tmp_path / "key.json"
    key_path.write_text(json.dumps(key(must=[TRAINING_CONFLICT])), encoding="utf-8")

    ev = evaluate_files(report_path, key_path, corpus)
    assert ev.summary_line() == "score: must 1/1  must_not 0/0  unexplained_conflicts 2/3"

    monkeypatch.chdir(tmp_path)  # paths resolved from the current folder
    assert evaluate_files(report_path, key_path).summary_line() == ev.summary_line()

    rep["sources"] = [{"id": "a", "path": "../corpus/a.txt"}, {"id": "b", "path": "../corpus/b.txt"}]
    report_path.write_text(json.dumps(rep), encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # "../corpus" resolves only next to the report
    assert evaluate_files(report_path, key_path).summary_line() == ev.summary_line()


def test_evaluate_files_errors(tmp_path):
    key_path = tmp_path / "key.json"
    key_path.write_text(json.dumps(key(must=[TRAINING_CONFLICT])), encoding="utf-8")
    bad_report = tmp_path / "r.json"
    bad_report.write_text("{not json", encoding="utf-8")
    with pytest.raises(AnswerKeyError, match="r.json"):
        evaluate_files(bad_report, key_path)
    missing = tmp_path / "r2.json"
    missing.write_text(json.dumps(report([], [], [{"id": "a", "path": "nowhere/a.txt"}])),
                       encoding="utf-8")
    with pytest.raises(AnswerKeyError, match="nowhere/a.txt"):
        evaluate_files(missing, key_path)
    with pytest.raises(AnswerKeyError, match="no file for the key's sources a, b"):
        evaluate_files(missing, key_path, tmp_path)
    with pytest.raises(AnswerKeyError, match="cannot read"):
        evaluate_files(tmp_path / "absent.json", key_path)


# --------------------------------------------------------------------------- malformed keys

def test_malformed_key_lists_every_problem(tmp_path):
    bad = {
        "corpus": 3,
        "must_nto": [],
        "must": [
            {"id": "x", "kind": "conflit", "claims": [{"source": "a", "quote": ""}]},
            {"id": "x", "kind": ["agreement"], "claims": []},
            {"kind": "agreement", "claims": [{"source": "a"}], "extra": 1},
            "not an object",
        ],
        "must_not": [{"id": "n", "kinds": "conflict"}],
        "must_not_claim": [{"id": "m", "claim": ["a", "b"]}],
        "allowed": {"id": "al"},
    }
    path = tmp_path / "bad.gold.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(AnswerKeyError) as info:
        load_answer_key(path)
    message = str(info.value)
    expected = [
        "bad.gold.json",
        "unknown section 'must_nto'",
        "'corpus' must be a string",
        "must[0] (x).kind: unknown kind 'conflit'",
        "must[0] (x).claims[0]: 'quote' must be a non-empty string",
        "must[1] (x): id repeats must[0]",
        "must[1] (x).claims: must be a non-empty list of claims",
        "must[2]: 'id' must be a non-empty string",
        "must[2]: unknown field 'extra'",
        "must[2].claims[0]: missing 'quote'",
        "must[3]: must be an object, not str",
        "must_not[0] (n): missing 'together'",
        "must_not[0] (n).kinds: must be a non-empty list of kinds",
        "must_not_claim[0] (m).claim: a claim must be an object",
        "'allowed' must be a list",
    ]
    for text in expected:
        assert text in message
    assert len(info.value.problems) == len(expected) - 1


@pytest.mark.parametrize("content,fragment", [
    ("", "not valid JSON"),
    ("[1, 2]", "must be a JSON object"),
    ('{"corpus": "x"}', "expects nothing"),
])
def test_unusable_keys(tmp_path, content, fragment):
    path = tmp_path / "k.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnswerKeyError, match=fragment):
        load_answer_key(path)


def test_missing_key_file(tmp_path):
    with pytest.raises(AnswerKeyError, match="absent.json"):
        load_answer_key(tmp_path / "absent.json")


def test_evaluate_rejects_a_malformed_key_dict():
    with pytest.raises(AnswerKeyError, match="unknown kind"):
        evaluate(report([], []), {"must": [{"id": "x", "kind": "conflit", "claims": [g("a", "x")]}]},
                 TEXTS)


# --------------------------------------------------------------------------- shipped answer keys

def shipped_keys():
    """Every answer key in the tests with the folder its sources live in."""
    pairs = [(DATA / "gold-seeds.json", ROOT / "sources")]
    for path in sorted(DATA.glob("*.gold.json")) + sorted(STORIES.glob("*.gold.json")):
        pairs.append((path, path.with_name(path.name[: -len(".gold.json")])))
    return pairs


def corpus_texts(folder: Path) -> dict:
    return {p.stem: read_text(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("key_path,folder", shipped_keys(), ids=lambda v: Path(v).name)
def test_shipped_key_quotes_occur_in_their_files(key_path, folder):
    key_data = load_answer_key(key_path)
    assert folder.is_dir(), f"no corpus folder {folder} for {key_path.name}"
    assert quote_problems(key_data, corpus_texts(folder)) == []


STORY_NAMES = ["ferry-collapse", "chipmaker-deal", "marathon", "vaccine-trial", "election-recount"]


@pytest.mark.parametrize("story", STORY_NAMES)
def test_story_keys_are_precise(story):
    """The project's own stories: every must/must_not quote points at one passage, and each key
    checks a useful number of things."""
    key_data = load_answer_key(STORIES / f"{story}.gold.json")
    folder = STORIES / story
    texts = corpus_texts(folder)
    assert 3 <= len(texts) <= 5
    assert quote_problems(key_data, texts, unique_in=("must", "must_not")) == []
    assert 6 <= len(key_data["must"]) <= 12
    assert 3 <= len(key_data["must_not"]) <= 6
    kinds = {k for item in key_data["must"]
             for k in (item["kind"] if isinstance(item["kind"], list) else [item["kind"]])}
    assert {"conflict", "agreement", "single_source"} <= kinds
    for text in texts.values():
        assert 400 <= len(text.split()), "an article is too short"


def test_quote_problems_reports_absent_and_repeated_quotes():
    k = key(must=[{"id": "x", "kind": "agreement",
                   "claims": [g("a", "nothing like this"), g("a", "train"), g("zz", "q")]}])
    problems = quote_problems(k, TEXTS, unique_in=("must",))
    assert problems == ["must x: 'nothing like this' does not occur in a",
                        "must x: 'train' occurs 2 times in a",
                        "must x: no text for source 'zz'"]
    assert answer_key_problems(k) == []

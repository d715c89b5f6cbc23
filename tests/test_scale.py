"""Shortcuts for many sources give what the plain definitions give.

Many outlets of one generated story repeat paragraphs and values, which is what the shortcuts
exploit: counting shared passages by classes of alike paragraphs, checking a fact's values once
per pair of distinct values, counting claims per source once.
"""
from __future__ import annotations

import importlib
import sys
from itertools import combinations
from pathlib import Path

import pytest

import compare
from compare.align import compatible
from compare.classify import _clash_across_sources
from compare.passages import shared_passages, shared_passages_head

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def outlets(tmp_path_factory):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        generate = importlib.import_module("generate")
    finally:
        sys.path.remove(str(REPO / "bench"))
    paths = generate.generate_corpus(40, 3, tmp_path_factory.mktemp("corpus"))
    sources, _ = compare.load_sources(paths)
    return sources


@pytest.mark.parametrize("limit", [1, 25, 10_000_000])
def test_passage_head_and_count_match_the_full_list(outlets, limit):
    everything = shared_passages(outlets)
    assert len(everything) > 25  # the corpus does share paragraphs
    head, total = shared_passages_head(outlets, limit)
    assert head == everything[:limit]
    assert total == len(everything)


def test_passages_of_the_sample_sources():
    sources, _ = compare.load_sources([REPO / "sources"])
    everything = shared_passages(sources)
    assert shared_passages_head(sources, 25) == (everything[:25], len(everything))


def test_passage_count_left_out_beyond_the_budget(outlets):
    head, total = shared_passages_head(outlets, 5, budget=10)
    assert head == shared_passages(outlets)[:5]
    assert total is None


def test_markdown_says_when_passages_were_not_counted(outlets, monkeypatch):
    from compare.report import markdown

    report = compare.compare_loaded(outlets, compare.load_rules())
    counted = markdown.render_markdown(report)
    assert f"Showing the first {markdown.MAX_PASSAGES} of {len(shared_passages(outlets))} shared passages." in counted
    monkeypatch.setattr(markdown, "shared_passages_head",
                        lambda sources, limit: shared_passages_head(sources, limit, budget=10))
    assert "there are too many to count" in markdown.render_markdown(report)


def test_fact_clash_matches_every_pair(outlets):
    rules = compare.load_rules()
    claims = compare.extract_all(outlets, rules)
    facts = compare.align(claims, rules)
    assert any(len({c.source for c in f.claims}) > 5 for f in facts)
    for fact in facts:
        plain = any(not compatible(a, b) for a, b in combinations(fact.claims, 2) if a.source != b.source)
        assert _clash_across_sources(list(fact.claims)) == plain


def test_claims_per_source(outlets):
    report = compare.compare_loaded(outlets, compare.load_rules())
    for source in report.sources:
        assert report.source_dict(source)["claims"] == sum(1 for c in report.claims if c.source == source.id)


def _sheets(workbook) -> dict:
    return {ws.title: ([(c.coordinate, c.value, c.data_type, c.alignment.wrap_text, c.font.b,
                         c.fill.fgColor.rgb if c.fill.fill_type else None)
                        for row in ws.iter_rows() for c in row if c.value is not None or c.has_style],
                       ws.dimensions, ws.freeze_panes, ws.auto_filter.ref,
                       {k: v.width for k, v in ws.column_dimensions.items()})
            for ws in workbook.worksheets}


@pytest.mark.parametrize("which", ["outlets", "hostile"])
def test_excel_rows_written_straight_match_openpyxl_cells(outlets, which):
    import io

    from openpyxl import load_workbook

    from compare.report.excel import build_workbook, render_xlsx

    if which == "hostile":
        sys.path.insert(0, str(REPO / "tests"))
        try:
            report = importlib.import_module("report_fixtures").hostile_report()
        finally:
            sys.path.remove(str(REPO / "tests"))
    else:
        report = compare.compare_loaded(outlets, compare.load_rules())
    plain = io.BytesIO()
    build_workbook(report).save(plain)  # every row as openpyxl cells
    assert _sheets(load_workbook(io.BytesIO(render_xlsx(report)))) == _sheets(load_workbook(plain))


@pytest.mark.parametrize("copies", [1, 8])
def test_story_title_of_many_sources(outlets, monkeypatch, copies):
    from compare.report import markdown

    many = list(outlets) * copies  # with 8 copies, 320 sources and every id repeated
    titled = [(s.id, " ".join(s.title.split())) for s in many if s.title and s.title.strip()]
    words = {sid: set(markdown._TITLE_WORD.findall(title.casefold())) for sid, title in titled}
    monkeypatch.setattr(markdown, "MANY_TITLES", 10 ** 9)
    assert markdown._common_title(titled, words) == markdown.story_title(many)


def test_json_indented_like_json_dumps(outlets):
    import json

    from compare.report.json_report import _indented

    report = compare.compare_loaded(outlets, compare.load_rules())
    tricky = {"a": [], "b": {}, "c": [1, 2.5, float("inf"), -0.0, 1e16, True, None, "\ud800 é\n"],
              "d": [{"e": {"f": [()]}}], "g": {1: "x", "h": [{2.5: None}]}}
    for value in (report.to_dict(), tricky, [], "x", 3):
        assert _indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_extraction_across_processes_gives_the_same_claims(outlets):
    from dataclasses import asdict

    from compare.pipeline import extract_all

    rules = compare.load_rules()
    one = extract_all(outlets, rules, workers=1)
    many = extract_all(list(outlets) * 3, rules, workers=2)  # 120 sources in chunks of 50
    assert [asdict(c) for c in many[:len(one)]] == [asdict(c) for c in one]
    assert [c.id for c in many] == [f"c{n}" for n in range(1, len(many) + 1)]
    assert [asdict(c) for c in extract_all(list(outlets) * 3, rules, workers=1)] == [asdict(c) for c in many]


def test_an_extractor_reads_each_article_as_a_new_one_would(outlets):
    """An extractor keeps what a sentence's text reads as (its names, lexicon words, context)
    from one article to the next, for syndicated copy repeats sentences word for word; each
    article still gets the claims a new extractor gives it, also where the same words read
    otherwise: a window of a long run-on sentence that opens inside "skilled" holds no "killed"."""
    from dataclasses import asdict

    from compare.extract import MAX_SENTENCE, Extractor
    from compare.model import Source

    rules = compare.load_rules()
    filler = ("lorem " * MAX_SENTENCE)[:MAX_SENTENCE - 1]  # the next window opens after one more character
    texts = [filler + joint + "killed 40 workers at the plant on Monday.\n" for joint in ("s", " ")]
    run_on = [Source(id=f"r{n}", path=f"r{n}.txt", text=text, view=text, published="2024-05-03")
              for n, text in enumerate(texts)]
    shared = Extractor(rules)
    forty = []
    for source in [*run_on, *outlets, *run_on]:
        claims = shared.extract(source)
        assert [asdict(c) for c in claims] == [asdict(c) for c in Extractor(rules).extract(source)], source.id
        forty.extend(c.attribute for c in claims if c.text.startswith("40"))
    assert forty[0] != forty[1] and forty[-2:] == forty[:2]


def test_claims_share_one_object_for_equal_values(outlets):
    """extract_all keeps one object for the equal quotes, subjects and features outlets repeat,
    and every claim reads as extraction made it."""
    from dataclasses import asdict

    from compare.extract import Extractor
    from compare.pipeline import SHARED_FIELDS, extract_all, story_date

    rules = compare.load_rules()
    claims = extract_all(outlets, rules, workers=1)
    story, extractor = story_date(outlets), Extractor(rules)
    made = [claim for source in outlets for claim in extractor.extract(source, story)]
    assert [{**asdict(c), "id": None} for c in claims] == [{**asdict(c), "id": None} for c in made]
    for name in SHARED_FIELDS:
        values = [getattr(claim, name) for claim in claims]
        assert len(set(map(id, values))) == len(set(values)) < len(values), name


def test_reading_in_two_processes_gives_the_same_sources_and_problems(outlets, tmp_path, monkeypatch):
    import compare.sources as sources_module

    folder = tmp_path / "mixed"
    folder.mkdir()
    for source in outlets:
        (folder / Path(source.path).name).write_text(source.text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01 not text")
    (folder / "empty.md").write_text("", encoding="utf-8")
    monkeypatch.setattr(sources_module, "PARALLEL_FILES", 10 ** 9)
    one = compare.load_sources([folder])
    monkeypatch.setattr(sources_module, "PARALLEL_FILES", 1)
    monkeypatch.setattr(sources_module, "FILES_CHUNK", 7)
    steps = []
    two = compare.load_sources([folder], on_progress=lambda done, total: steps.append((done, total)))
    assert two == one and len(one[0]) == len(outlets) and len(one[1]) == 2
    assert steps[-1] == (len(outlets) + 2,) * 2 and steps == sorted(steps)
    if sources_module.default_workers(len(outlets), 1) == 2:
        assert steps[0][0] == 7  # read a chunk at a time, by the second process


def test_number_scan_finds_what_the_plain_pattern_finds():
    import re

    from compare import extract, numbers

    words = [*numbers.UNITS_WORDS, *numbers.TENS_WORDS, *numbers.SCALE_WORDS, *numbers.OTHER_WORDS,
             *numbers.ORDINAL_WORDS, "a dozen", "half a million", "one and a half", "two hundred and fifty",
             "4.2bn", "1,800", "12k", "٣", "ſeven", "KELVIN", "Twenty-Five", "an hundred", "A Dozen"]
    text = " ".join(f"{w} {w.upper()} {w.title()}, x{w} -{w}-" for w in words)
    plain = re.compile(numbers.NUMBER_PATTERN, re.IGNORECASE)
    assert [m.span() for m in extract._NUMBER.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_json_report_is_json_dumps_of_the_report(outlets):
    import json

    from compare.report.json_report import render_json

    report = compare.compare_loaded(outlets, compare.load_rules())
    expected = (json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace")
    assert render_json(report) == expected
    empty = compare.model.Report(sources=report.sources, claims=(), findings=(), problems=())
    assert render_json(empty) == (json.dumps(empty.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()


def test_scans_tried_where_a_value_can_start_find_what_full_scans_find():
    from compare import extract, numbers
    from compare.rules import load_rules

    extractor = extract.Extractor(load_rules())
    words = [*numbers.UNITS_WORDS, *numbers.TENS_WORDS, *numbers.SCALE_WORDS, *numbers.OTHER_WORDS,
             *numbers.ORDINAL_WORDS, "a dozen", "half a million", "one and a half", "4.2bn", "1,800", "12k", "٣",
             "Twenty-Five", "A Dozen", "$4.2 billion", "US$ 5", "Rs. 40", "40p", "12 cents", "dlrs 40",
             "aged between 20 and 30", "94 million years ago", "3,000-year-old", "seven to two", "nine in 10",
             "6-4, 6-3", "by 218 votes to 201", "the 11th floor", "magnitude 6.8", "a magnitude of 7", "EF3",
             "after 12 minutes", "63:02", "the 2016 strike", "4.5 times the mass of Earth", "25 percent"]
    plain = " ".join(f"{w} {w.upper()} {w.title()}, x{w} -{w}-" for w in words)
    for text in (plain, plain + " ſeven İ"):  # (letters lower() does not fold: the full scan)
        extractor._per_text = (None, {})
        starts = extractor._number_starts(text)
        if starts is not None:
            assert starts == [at for at in range(len(text)) if numbers.NUMBER_RE.match(text, at)]
        digits = extractor._digit_starts(text)
        for pattern, found in [
                (extract._NUMBER, starts), (extract.DEEP_TIME, extract._union(digits, starts)),
                (extract.SCORE, digits), (extract.WORD_SCORE, extractor._word_starts(text, extract.SCORE_OPENERS)),
                (extract.FLOOR_PATTERN, extractor._ordinal_starts(text)), (extractor._unit_re, extractor._unit_starts(text)),
                *[(p, extractor._money_starts(text, opening)) for p, _, _, opening in extractor._money_patterns]]:
            assert ([m.span() for m in extractor._scan(pattern, text, found)]
                    == [m.span() for m in pattern.finditer(text)]), pattern.pattern[:60]

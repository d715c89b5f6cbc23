"""Markdown report: golden output, escaping of hostile source text, tables that stay tables.

The golden file tests/data/golden/report.md is the rendering of `bridge_report()`, compared byte
for byte. After an intended change to the report, regenerate it and review the diff:

    UPDATE_GOLDEN=1 pytest tests/test_report_markdown.py
"""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.model import Claim, Finding, Reading, Report, Source
from compare.report.markdown import (MAX_COVERAGE_ROWS, escape_cell, escape_md, mark_quote, render_markdown,
                                     source_keys, story_title)
from report_fixtures import HOSTILE_SENTENCES, LONG_SENTENCE, bridge_report, hostile_report

GOLDEN = Path(__file__).parent / "data" / "golden" / "report.md"


def unescaped_pipes(line: str) -> int:
    """Pipes that split a table row: those not preceded by an odd number of backslashes."""
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", line))


def tables(markdown: str) -> list:
    """Each table as its list of lines."""
    found, current = [], []
    for line in markdown.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def test_golden_report():
    rendered = render_markdown(bridge_report()).encode("utf-8")
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(rendered)
    assert rendered == GOLDEN.read_bytes()


def test_rendering_is_byte_identical():
    assert render_markdown(bridge_report()) == render_markdown(bridge_report())
    assert render_markdown(hostile_report()) == render_markdown(hostile_report())


def test_sections_in_reading_order():
    text = render_markdown(bridge_report())
    headings = [line for line in text.split("\n") if line.startswith("## ")]
    assert headings == ["## Conflicts", "## Name variants", "## Agreements", "## Single-source claims",
                        "## Coverage", "## Shared passages", "## Sources"]
    assert text.startswith("# Coverage comparison: Harbor Street bridge collapses in Riverside\n")
    assert "**1 conflict · 1 name variant · 2 agreements · 1 single-source claim** across 3 sources (13 claims)" in text


def test_conflict_shows_majority_and_every_quote():
    text = render_markdown(bridge_report())
    conflict = text[text.index("## Conflicts"):text.index("## Name variants")]
    assert "Majority value: **14** (2 of 3 sources)" in conflict
    assert "- **12** (minority): ledger" in conflict
    assert "> **ledger** (The Riverside Ledger): **Twelve people** were killed" in conflict
    assert "rose to **14** on Thursday" in conflict
    assert "Rescuers said **14 people** died" in conflict


def test_tables_keep_their_columns_with_hostile_text():
    text = render_markdown(hostile_report())
    found = tables(text)
    assert len(found) == 4  # agreements, single source, coverage, sources
    for table in found:
        counts = {unescaped_pipes(line) for line in table}
        assert len(counts) == 1, table


def test_no_markup_leaks_from_sources():
    text = render_markdown(hostile_report())
    assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>" not in text
    assert "\x07" not in text
    assert "\t" not in text
    for line in text.split("\n"):
        assert not line.startswith("=") and not line.startswith("+") and not line.startswith("@")
    # the only headings are the report's own
    assert [line for line in text.split("\n") if line.startswith("# ")] == ["# Coverage comparison: Погибли 14"]


def test_non_latin_scripts_pass_through():
    text = render_markdown(hostile_report())
    for phrase in ("قال المسؤولون إن 12 شخصا لقوا حتفهم", "遇难人数为14人", "Погибли 14 человек на мосту"):
        assert phrase in text


def test_long_sentence_is_cut_in_tables_but_whole_in_evidence():
    text = render_markdown(hostile_report())
    single = text[text.index("## Single-source claims"):text.index("## Coverage")]
    assert max(len(line) for line in single.split("\n")) < 1000
    conflict = text[text.index("## Conflicts"):text.index("## Name variants")]
    assert escape_md(LONG_SENTENCE[len("The"):]) in conflict


@pytest.mark.parametrize("raw, expected", [
    ("a|b", "a\\|b"),
    ("one\ntwo\r\nthree", "one two three"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("AT&T", "AT&amp;T"),
    ("`code`", "\\`code\\`"),
    ("*bold* _it_ [x](y)", "\\*bold\\* \\_it\\_ \\[x\\](y)"),
    ("# heading", "\\# heading"),
    ("- item", "\\- item"),
    ("+1 dead", "\\+1 dead"),
    ("=SUM(A1)", "\\=SUM(A1)"),
    ("1. first", "1\\. first"),
    ("$4.2 billion and $5", "\\$4.2 billion and \\$5"),
    ("back\\slash", "back\\\\slash"),
    ("bell\x07", "bell"),
    ("Погибли 遇难 قال", "Погибли 遇难 قال"),
    (None, ""),
])
def test_escape_md(raw, expected):
    assert escape_md(raw) == expected
    assert escape_cell(raw) == expected


def test_quote_marked_at_its_own_offset_when_the_sentence_repeats_it():
    text = "Of the 14 cars, 14 fell."
    src = Source(id="a", path="a.txt", text=text, view=text)
    second = text.rindex("14")
    claim = Claim(id="c", source="a", kind="count", subject=None, attribute="cars", value=14, unit=None,
                  normalized="14", qualifier="exact", text="14", start=second, end=second + 2, sentence=text)
    assert mark_quote(claim, src) == "Of the 14 cars, **14** fell."


def test_quote_missing_from_sentence_is_shown_after_it():
    claim = Claim(id="c", source="a", kind="count", subject=None, attribute="x", value=3, unit=None,
                  normalized="3", qualifier="exact", text="three", start=0, end=5, sentence="Two | went.")
    assert mark_quote(claim, None) == "Two \\| went. (quote: **three**)"


def test_story_title_does_not_depend_on_input_order():
    sources = list(bridge_report().sources)
    assert story_title(sources) == story_title(reversed(sources)) == "Harbor Street bridge collapses in Riverside"
    assert story_title([dataclasses.replace(s, title=None) for s in sources]) is None


def test_untitled_undated_report():
    report = bridge_report()
    sources = tuple(dataclasses.replace(s, title=None, published=None) for s in report.sources)
    text = render_markdown(dataclasses.replace(report, sources=sources))
    assert text.startswith("# Coverage comparison\n\nReport date: undated sources · 3 sources\n")


def test_source_keys_are_short_and_unique():
    ids = ["003_9f2c1e7a5b4d8e60", "003_9f2c1e7a5b4d8e61", "004_aaaaaaaaaaaaaaaa", "bbc", "bbc_world_service_x"]
    keys = source_keys(ids)
    assert len(set(keys.values())) == len(ids)
    assert keys["004_aaaaaaaaaaaaaaaa"] == "004"
    assert keys["bbc"] == "bbc"
    assert keys["bbc_world_service_x"] == "bbc_"


def test_empty_report_still_has_every_section():
    text = render_markdown(Report(sources=(), claims=(), findings=()))
    assert "No conflicts" in text and "## Sources" in text
    assert "0 sources" in text


def test_coverage_is_capped_with_a_note():
    report = bridge_report()
    extra = tuple(Finding(f"x{i}", "single_source", f"topic {i:03d}", ("c6",), ("metro-news",), "31",
                          readings=(Reading("31", ("c6",), ("metro-news",)),))
                  for i in range(MAX_COVERAGE_ROWS + 5))
    text = render_markdown(dataclasses.replace(report, findings=report.findings + extra))
    coverage = text[text.index("## Coverage"):text.index("## Shared passages")]
    rows = [line for line in coverage.split("\n") if line.startswith("| ")]
    assert len(rows) == MAX_COVERAGE_ROWS + 1  # plus the header
    assert f"Showing the first {MAX_COVERAGE_ROWS} of {MAX_COVERAGE_ROWS + 10} findings" in coverage


def test_hostile_sentences_fixture_is_consistent():
    report = hostile_report()
    by_id = {s.id: s for s in report.sources}
    for claim in report.claims:
        assert by_id[claim.source].text[claim.start:claim.end] == claim.text
    assert len(HOSTILE_SENTENCES) == sum(1 for f in report.findings if f.kind == "single_source")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="ab_01", min_size=1, max_size=16), min_size=1, max_size=12, unique=True))
def test_source_keys_never_collide(ids):
    keys = source_keys(ids)
    assert set(keys) == set(ids)
    assert len(set(keys.values())) == len(ids)
    assert all(sid.startswith(key) for sid, key in keys.items())


def escape_md_by_every_step(text) -> str:
    """escape_md as first written: every replacement applied to every text."""
    import compare.report.markdown as md

    if text is None:
        return ""
    text = md._NOT_TEXT.sub("\ufffd", md._CONTROL.sub("", md._LINE_BREAKS.sub(" ", str(text))))
    text = text.translate(md._ESCAPES)
    return md._LIST_MARKER.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.text(),
    st.text(alphabet="ab 12-+=.)#|*_<>&\\`[]~$\n\r\t\x00\x07\x85\u2028\u0663\ud800"),
    st.integers(),
    st.floats(allow_nan=True),
))
def test_escape_md_skips_only_what_changes_nothing(raw):
    assert escape_md(raw) == escape_md_by_every_step(raw)


def test_a_source_missing_from_the_sources_is_named_by_its_escaped_id():
    report = bridge_report()
    finding = report.findings[0]
    odd = dataclasses.replace(finding.readings[0], sources=finding.readings[0].sources + ("un|known_1",))
    finding = dataclasses.replace(finding, readings=(odd,) + finding.readings[1:],
                                  sources=finding.sources + ("un|known_1",))
    text = render_markdown(dataclasses.replace(report, findings=(finding,) + report.findings[1:]))
    assert "un\\|known\\_1" in text and "un|known" not in text


def test_a_conflict_a_later_dispatch_revised_says_so():
    from compare import load_rules
    from compare.model import REVISION_NOTE
    from compare.pipeline import compare_loaded
    from support import sources

    report = compare_loaded(sources(
        "SAN LORENZO, Oct 14 (Meridian Press) - Flash floods killed 14 people in the province on Monday.",
        "SAN LORENZO, Oct 15 (Meridian Press) - The death toll from the floods rose to 19 on Tuesday.",
        "SAN LORENZO, Oct 15 (Northwire) - Flash floods have killed 19 people in the province.",
    ), load_rules())
    revision = [f for f in report.findings if f.kind == "conflict" and REVISION_NOTE in f.summary]
    assert len(revision) == 1 and revision[0].topic == "death toll"
    markdown = render_markdown(report)
    conflicts = markdown.split("## Conflicts", 1)[1].split("## Name variants", 1)[0]
    assert "A later dispatch of the same service revised the figure of s1." in conflicts


def test_an_agreement_inside_a_conflict_names_the_figures_it_leaves_out():
    from compare import load_rules
    from compare.pipeline import compare_loaded
    from support import sources

    report = compare_loaded(sources(
        "Nine spectators were injured when the car left the road on the seventh stage.",
        "Organisers said nine spectators were injured when the car left the road.",
        "Eleven spectators were injured when the leading car left the road, the fire service said.",
    ), load_rules())
    markdown = render_markdown(report)
    agreements = markdown.split("## Agreements", 1)[1].split("## Single-source claims", 1)[0]
    rows = [line for line in agreements.split("\n") if line.startswith("| injur")]
    assert rows == ["| injured | 9 (against 11: s3) | 2 | s1, s2 |"]

"""Shared passages: paragraphs two sources share nearly word for word."""
from __future__ import annotations

import random
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.model import Source
from compare.passages import MIN_RATIO, SharedPassage, paragraphs, shared_passages
from report_fixtures import WIRE_ID, bridge_report

WIRE_PARAGRAPH = ("The regional council confirmed on Monday that the new ferry terminal will open in May "
                  "after two years of delays and a budget that doubled.")


def src(sid: str, *paras: str) -> Source:
    text = "\n\n".join(paras) + "\n"
    return Source(id=sid, path=f"{sid}.txt", text=text, view=text)


def test_paragraph_spans_are_trimmed_view_offsets():
    view = "  First line\nstill first.  \n\n \n\tSecond.\n"
    spans = paragraphs(view)
    assert [view[s:e] for s, e in spans] == ["First line\nstill first.", "Second."]
    assert paragraphs("") == [] and paragraphs("\n\n  \n") == []


def test_bridge_story_shares_the_wire_paragraph():
    report = bridge_report()
    found = shared_passages(report.sources)
    assert len(found) == 1
    passage = found[0]
    assert (passage.source_a, passage.source_b) == ("ledger", WIRE_ID)
    ledger, wire = report.sources[0], report.sources[2]
    assert ledger.view[passage.start_a:passage.end_a].split() == list(passage.words_a)
    assert wire.view[passage.start_b:passage.end_b].split() == list(passage.words_b)
    assert passage.ratio >= MIN_RATIO and not passage.identical
    changed = [op for op in passage.opcodes if op[0] != "equal"]
    assert [(passage.words_a[i1:i2], passage.words_b[j1:j2]) for _, i1, i2, j1, j2 in changed] == [
        (("about",), ("around",))]


def test_identical_paragraph_ignores_case_and_edge_punctuation():
    found = shared_passages([src("a", WIRE_PARAGRAPH), src("b", "“" + WIRE_PARAGRAPH.upper().rstrip(".") + "”")])
    assert len(found) == 1 and found[0].identical and found[0].ratio == 1.0


def test_short_unrelated_and_same_source_paragraphs_are_ignored():
    short = "The ferry terminal will open in May, the council said."
    assert len(short.split()) < 12
    other = ("Fishermen in the harbour say the noise from construction has driven the cod further out to sea "
             "this winter.")
    found = shared_passages([src("a", short, WIRE_PARAGRAPH, WIRE_PARAGRAPH), src("b", short, other)])
    assert found == []


def test_heavily_rewritten_paragraph_is_not_shared():
    rewrite = ("On Monday councillors said the ferry terminal, two years late and twice over budget, "
               "should finally open its doors in May.")
    assert shared_passages([src("a", WIRE_PARAGRAPH), src("b", rewrite)]) == []


def test_offsets_index_the_view_of_an_html_source():
    view = "Intro words only.\n\n" + WIRE_PARAGRAPH + "\n"
    text = "<html><p>" + view.replace("\n\n", "</p><p>") + "</p></html>"
    offsets = tuple(range(9, 9 + len(view) + 1))  # a rough map; only its use matters here
    html = Source(id="h", path="h.html", text=text, view=view, format="html", offsets=offsets)
    found = shared_passages([html, src("t", WIRE_PARAGRAPH)])
    assert len(found) == 1
    assert html.view[found[0].start_a:found[0].end_a] == WIRE_PARAGRAPH
    assert html.file_span(found[0].start_a, found[0].end_a)[0] == offsets[found[0].start_a]


def test_order_is_by_source_then_position_and_stable():
    a = src("a", WIRE_PARAGRAPH, "Another paragraph that is long enough to count as one, with twelve or more words.")
    b = src("b", "Another paragraph that is long enough to count as one, with twelve or more words!", WIRE_PARAGRAPH)
    c = src("c", WIRE_PARAGRAPH)
    found = shared_passages([a, b, c])
    assert [(p.source_a, p.start_a, p.source_b) for p in found] == sorted(
        (p.source_a, p.start_a, p.source_b) for p in found)
    assert [(p.source_a, p.source_b) for p in found] == [("a", "b"), ("a", "c"), ("a", "b"), ("b", "c")]
    assert found == shared_passages([a, b, c])


def test_hundreds_of_sources_stay_fast():
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(3000)] + ["the", "of", "a", "in", "said", "one"] * 50
    sources = []
    for number in range(300):
        paras = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(15, 70))) for _ in range(10)]
        if number % 10 == 0:
            paras.append(WIRE_PARAGRAPH)
        sources.append(src(f"s{number:03d}", *paras))
    started = time.perf_counter()
    found = shared_passages(sources)
    assert time.perf_counter() - started < 4.0
    assert len(found) == 30 * 29 // 2
    assert all(isinstance(p, SharedPassage) and p.identical for p in found)


words = st.sampled_from("the bridge fell into river on march 13 and 14 people died said officials mayor".split())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.lists(words, min_size=1, max_size=25).map(" ".join), min_size=1, max_size=4)
                .map(lambda ps: "\n\n".join(ps)), min_size=2, max_size=4))
def test_every_passage_meets_the_thresholds(texts):
    sources = [Source(id=f"s{i}", path="x", text=t, view=t) for i, t in enumerate(texts)]
    for passage in shared_passages(sources):
        assert passage.source_a < passage.source_b
        assert passage.ratio >= MIN_RATIO
        assert len(passage.words_a) >= 12 and len(passage.words_b) >= 12
        view_a = texts[int(passage.source_a[1:])]
        assert view_a[passage.start_a:passage.end_a].split() == list(passage.words_a)

"""Tests for compare/text.py: paragraphs, sentences and clauses with offsets into the text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.text import Span, clauses, paragraphs, sentences, squash


def split(text: str) -> list[str]:
    """Every sentence of every paragraph, as the text it spans."""
    return [text[s.start:s.end] for p in paragraphs(text) for s in sentences(text, p)]


# ---------------------------------------------------------------------------------------------
# paragraphs
# ---------------------------------------------------------------------------------------------

def test_paragraphs_are_blank_line_separated_and_trimmed():
    text = "\n\n  First paragraph.\nStill first.  \n\n\n Second one. \n \n\t\nThird.\n"
    spans = paragraphs(text)
    assert [text[p.start:p.end] for p in spans] == ["First paragraph.\nStill first.", "Second one.", "Third."]
    assert spans[0] == Span(text.index("First"), text.index("first.") + len("first."))


def test_paragraphs_from_an_offset():
    text = "---\ntitle: x\n---\n\nBody one.\n\nBody two."
    start = text.index("Body one")
    assert [text[p.start:p.end] for p in paragraphs(text, start)] == ["Body one.", "Body two."]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_paragraph_breaks_in_every_line_ending_style(newline):
    text = newline.join(["Para one.", "", "Para two is here.", "", "", "Para three."])
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["Para one.", "Para two is here.", "Para three."]


def test_no_paragraphs_in_blank_text():
    assert paragraphs("") == [] and paragraphs(" \n\n \t ") == []


# ---------------------------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The crew landed. They were fine! Were they tired? Yes.",
     ["The crew landed.", "They were fine!", "Were they tired?", "Yes."]),
    # abbreviations do not end sentences
    ("Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
    ("U.S. officials said so. Others disagreed.", ["U.S. officials said so.", "Others disagreed."]),
    ("It opened on Oct. 5 in Paris. Then it closed.", ["It opened on Oct. 5 in Paris.", "Then it closed."]),
    ("Mr. and Mrs. Smith met Gen. Lee and Prof. Ray. They talked.",
     ["Mr. and Mrs. Smith met Gen. Lee and Prof. Ray.", "They talked."]),
    ("U.S. President Joe Biden spoke. He left.", ["U.S. President Joe Biden spoke.", "He left."]),
    # ... unless the next word plainly opens a new sentence
    ("They met at 5 p.m. Then they left.", ["They met at 5 p.m.", "Then they left."]),
    ("He works in the U.S. He lives in the U.K. now.", ["He works in the U.S.", "He lives in the U.K. now."]),
    ("It opened at 9 a.m. Monday.", ["It opened at 9 a.m. Monday."]),
    # initials
    ("J. R. R. Tolkien wrote it. It sold well.", ["J. R. R. Tolkien wrote it.", "It sold well."]),
    ("The film by Klim A. Shipenko opened. It won.", ["The film by Klim A. Shipenko opened.", "It won."]),
    # decimals, amounts and lower-case continuations
    ("It cost $4.2 million. That is a lot.", ["It cost $4.2 million.", "That is a lot."]),
    ("Prices rose 5.5. Then they fell.", ["Prices rose 5.5.", "Then they fell."]),
    ("She was born in 1985. In 2021 she flew.", ["She was born in 1985.", "In 2021 she flew."]),
    ("See e.g. the report. it is long.", ["See e.g. the report. it is long."]),
    # quotes after full stops stay with their sentence
    ('He said "We are ready." Then he left.', ['He said "We are ready."', "Then he left."]),
    ("He said: “We are ready.” Then he left.", ["He said: “We are ready.”", "Then he left."]),
    ('"We are ready," he said. "Then we go."', ['"We are ready," he said.', '"Then we go."']),
    ("(It was late.) The crew slept.", ["(It was late.)", "The crew slept."]),
])
def test_sentences(text, expected):
    assert split(text) == expected


WIRE = (
    "MOSCOW, Oct 17 (Wire) - A Russian actress and a film director returned\n"
    "to Earth on Sunday after spending 12 days aboard the International Space\n"
    "Station shooting scenes for the first feature film made in orbit, the\n"
    "space agency said.\n"
    "\n"
    "Yulia Peresild, 37, and Klim Shipenko, 38, landed in a Soyuz capsule.\n"
)


def test_hard_wrapped_wire_copy_is_one_sentence_across_lines():
    assert all(len(line) <= 72 for line in WIRE.splitlines())
    assert split(WIRE) == [
        WIRE[:WIRE.index("said.") + 5],
        "Yulia Peresild, 37, and Klim Shipenko, 38, landed in a Soyuz capsule.",
    ]
    assert split(WIRE)[0].count("\n") == 3


def test_headline_line_is_its_own_sentence():
    text = ("Film crew returns from the space station\n"
            "A Russian actress and a film director returned to Earth on Sunday after 12 days\n"
            "aboard the International Space Station.")
    assert split(text) == [
        "Film crew returns from the space station",
        text[text.index("A Russian"):],
    ]


def test_short_lines_and_lines_ending_in_punctuation_end_sentences():
    text = "Ferry sinks\nBy Anna Smith\nUpdated: Monday\nThe ferry sank on Saturday."
    assert split(text) == ["Ferry sinks", "By Anna Smith", "Updated: Monday", "The ferry sank on Saturday."]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_split_alike(newline):
    lines = [
        "Ferry sinks",
        "By Anna Smith",
        "The crew of the Soyuz capsule landed in the steppe of Kazakhstan",
        "after twelve days in orbit. The next one",
        "Short headline",
        "More text follows.",
    ]
    text = newline.join(lines)
    assert [squash(s) for s in split(text)] == [
        "Ferry sinks",
        "By Anna Smith",
        "The crew of the Soyuz capsule landed in the steppe of Kazakhstan after twelve days in orbit.",
        "The next one",
        "Short headline",
        "More text follows.",
    ]


def test_crlf_sentence_spans_exclude_the_line_break():
    text = "First line.\r\nSecond line here.\r\n\r\nNew paragraph."
    spans = [s for p in paragraphs(text) for s in sentences(text, p)]
    assert [text[s.start:s.end] for s in spans] == ["First line.", "Second line here.", "New paragraph."]
    assert all("\r" not in text[s.start:s.end] and "\n" not in text[s.start:s.end] for s in spans)


def test_sentence_spans_lie_inside_their_paragraph():
    text = "Intro line\n\nOne. Two three. Four?\n\nFive."
    for paragraph in paragraphs(text):
        for sentence in sentences(text, paragraph):
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
            assert text[sentence.start:sentence.end] == text[sentence.start:sentence.end].strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "The crew landed.", "Dr. Smith said so.", "It cost $4.2 million.", "U.S. officials agreed.", "Why?",
    " ", "  ", "\n", "\r\n", "\n\n", "\r", "Headline", '"Quote."', "at 5 p.m.", "Oct. 5", "J. Doe",
    "a long line of wire copy that goes on and on without any final punctuation",
]), max_size=25))
def test_sentence_spans_slice_the_text_exactly(parts):
    """Spans are ordered, do not overlap, are trimmed and together cover every word of the text."""
    text = "".join(parts)
    previous_end = 0
    covered = []
    for paragraph in paragraphs(text):
        for sentence in sentences(text, paragraph):
            assert previous_end <= sentence.start < sentence.end <= len(text)
            piece = text[sentence.start:sentence.end]
            assert piece == piece.strip()
            covered.append(piece)
            previous_end = sentence.end
    assert " ".join(" ".join(covered).split()) == " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# clauses and squash
# ---------------------------------------------------------------------------------------------

def test_clauses_split_at_semicolons_dashes_brackets_and_contrasts():
    text = "Sales rose 5%; profit fell — sharply (by 12%), while costs rose, and jobs - 300 - went."
    spans = clauses(text, Span(0, len(text)))
    assert [text[c.start:c.end].strip() for c in spans] == [
        "Sales rose 5%", "profit fell", "sharply", "by 12%", "while costs rose", "and jobs", "300", "went.",
    ]
    assert all(0 <= c.start < c.end <= len(text) for c in spans)


def test_a_sentence_without_breaks_is_one_clause():
    text = "xx The crew of three landed safely. yy"
    sentence = Span(3, text.index("yy") - 1)
    assert clauses(text, sentence) == [sentence]


def test_clauses_stay_inside_the_sentence():
    text = "Before; The crew landed; they were fine. After; more"
    sentence = Span(text.index("The"), text.index("fine.") + 5)
    spans = clauses(text, sentence)
    assert [text[c.start:c.end].strip() for c in spans] == ["The crew landed", "they were fine."]
    assert all(sentence.start <= c.start and c.end <= sentence.end for c in spans)


def test_squash():
    assert squash("  over twelve\r\ndays\t aboard \n") == "over twelve days aboard"
    assert squash("") == ""

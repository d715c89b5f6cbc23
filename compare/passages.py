"""Paragraphs that two sources share nearly word for word (wire copy, press releases, rewrites).

A pure function over sources: paragraphs are split on blank lines of `source.view`, compared as
word lists with difflib, and kept when they are long enough and alike enough. Offsets index the
view; `Source.file_span` maps them back to the file.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterator

MIN_WORDS = 12
MIN_RATIO = 0.8
SHINGLE = 3  # words per shingle of the prefilter
# Candidate pairs must share this share of the shorter paragraph's shingles. A pair alike at 0.8
# with edits spread evenly (one word in five) still shares 40%, so 20% only drops pairs that
# could hardly reach the ratio, while common phrases ("one of the") no longer make every pair
# of paragraphs a candidate: the work stays near linear for hundreds of sources.
MIN_SHARED_SHINGLES = 0.2

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WORD = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class SharedPassage:
    """Two paragraphs from different sources that are nearly the same words.

    `opcodes` are difflib opcodes (tag, i1, i2, j1, j2) over `words_a` and `words_b`, the
    paragraphs' words as written; `ratio` is difflib's similarity of the normalized words
    (case and edge punctuation ignored).
    """

    source_a: str
    source_b: str
    start_a: int
    end_a: int
    start_b: int
    end_b: int
    ratio: float
    words_a: tuple
    words_b: tuple
    opcodes: tuple

    @property
    def identical(self) -> bool:
        return all(op[0] == "equal" for op in self.opcodes)


@dataclass(frozen=True)
class _Paragraph:
    source_index: int
    start: int
    end: int
    words: tuple  # as written
    keys: tuple  # normalized, one per word


def _normalize(word: str) -> str:
    """Case and edge punctuation do not make a paragraph different."""
    stripped = _EDGE_PUNCT.sub("", word)
    return (stripped or word).casefold()


def paragraphs(view: str) -> list[tuple[int, int]]:
    """The [start, end) spans of the blank-line separated paragraphs of a text, trimmed."""
    spans = []
    position = 0
    for separator in [*_BLANK_LINE.finditer(view), None]:
        end = separator.start() if separator else len(view)
        chunk = view[position:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
        if separator:
            position = separator.end()
    return spans


def _paragraphs_of(sources, min_words: int) -> list[_Paragraph]:
    found = []
    for index, source in enumerate(sources):
        view = source.view or ""
        for start, end in paragraphs(view):
            words = tuple(m.group() for m in _WORD.finditer(view, start, end))
            if len(words) >= min_words:
                found.append(_Paragraph(index, start, end, words, tuple(_normalize(w) for w in words)))
    return found


def _shingles(keys: tuple) -> set:
    return {keys[i:i + SHINGLE] for i in range(len(keys) - SHINGLE + 1)}


def _candidate_pairs(paras: list[_Paragraph]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, of paragraphs from different sources sharing enough word shingles."""
    shingles = [_shingles(p.keys) for p in paras]
    postings = defaultdict(list)
    for number, keys in enumerate(shingles):
        for shingle in keys:
            postings[shingle].append(number)
    for number, keys in enumerate(shingles):
        shared = defaultdict(int)
        source = paras[number].source_index
        for shingle in keys:
            for other in postings[shingle]:
                # each pair once, and never two paragraphs of one source
                if other > number and paras[other].source_index != source:
                    shared[other] += 1
        for other in sorted(shared):
            smaller = min(len(keys), len(shingles[other]))
            if shared[other] >= max(1.0, MIN_SHARED_SHINGLES * smaller):
                yield number, other


def shared_passages(sources, min_words: int = MIN_WORDS, min_ratio: float = MIN_RATIO) -> list[SharedPassage]:
    """Every pair of paragraphs from two different sources that are at least `min_ratio` alike.

    Ordered by the sources' order, then by position in the first and the second source: the same
    input always gives the same list.
    """
    sources = list(sources)
    paras = _paragraphs_of(sources, min_words)
    found = []
    # paragraphs are numbered in source order and pairs come out as (i, j) with i < j in
    # ascending order, so the list is built already sorted
    for i, j in _candidate_pairs(paras):
        a, b = paras[i], paras[j]
        if 2 * min(len(a.keys), len(b.keys)) / (len(a.keys) + len(b.keys)) < min_ratio:
            continue  # the lengths alone rule it out
        matcher = SequenceMatcher(None, a.keys, b.keys, autojunk=False)
        if matcher.quick_ratio() < min_ratio:
            continue
        ratio = matcher.ratio()
        if ratio < min_ratio:
            continue
        found.append(SharedPassage(
            source_a=sources[a.source_index].id,
            source_b=sources[b.source_index].id,
            start_a=a.start, end_a=a.end, start_b=b.start, end_b=b.end,
            ratio=round(ratio, 4),
            words_a=a.words, words_b=b.words,
            opcodes=tuple(tuple(op) for op in matcher.get_opcodes()),
        ))
    return found

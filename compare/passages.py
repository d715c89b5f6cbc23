"""Paragraphs that two sources share nearly word for word (wire copy, press releases, rewrites).

A pure function over sources: paragraphs are split on blank lines of `source.view`, compared as
word lists with difflib, and kept when they are long enough and alike enough. Offsets index the
view; `Source.file_span` maps them back to the file.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterator, NamedTuple, Optional

from rapidfuzz import fuzz

from .memo import Memo

MIN_WORDS = 12
MIN_RATIO = 0.8
SHINGLE = 3  # words per shingle of the prefilter
# Candidate pairs must share this share of the shorter paragraph's shingles. A pair alike at 0.8
# with edits spread evenly (one word in five) still shares 40%, so 20% only drops pairs that
# could hardly reach the ratio, while common phrases ("one of the") no longer make every pair
# of paragraphs a candidate: the work stays near linear for hundreds of sources.
MIN_SHARED_SHINGLES = 0.2
# pairs of paragraph classes sharing a shingle (counted with repeats) worth comparing to count every
# shared passage; beyond it the count is left out (see shared_passages_head)
COUNT_BUDGET = 3_000_000

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
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


class _Paragraph(NamedTuple):
    """A tuple rather than a frozen dataclass: a large report has hundreds of thousands."""

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
    # words repeat across paragraphs: each spelling is normalized once, and looking a
    # paragraph's words up is one C-level map
    key_of = Memo(_normalize).__getitem__
    # many outlets print the same wire paragraphs: each distinct paragraph is split once
    split: dict = {}  # paragraph text -> (words, keys)
    for index, source in enumerate(sources):
        view = source.view or ""
        for start, end in paragraphs(view):
            text = view[start:end]
            known = split.get(text)
            if known is None:
                words = tuple(text.split())
                known = split[text] = (words, tuple(map(key_of, words)))
            if len(known[0]) >= min_words:
                found.append(_Paragraph(index, start, end, *known))
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


def shared_passages_head(sources, limit: int, min_words: int = MIN_WORDS, min_ratio: float = MIN_RATIO,
                         budget: int = COUNT_BUDGET) -> tuple[list[SharedPassage], Optional[int]]:
    """The first `limit` of `shared_passages(sources)`, and how many there are in all.

    Many outlets carrying one wire story share the same paragraphs, so the pairs grow with the
    square of the sources. Paragraphs with the same normalized words form a class, and every
    test (shared shingles, lengths, difflib's ratio) depends only on the two classes and on which
    paragraph comes first: each pair of classes is compared at most once, and the pairs of
    paragraphs it stands for are counted by their sources. The first passages are found pair by
    pair in order. The count needs every pair of classes sharing a shingle; when those pairs
    (counted with repeats) exceed `budget`, the count is None (not counted).
    """
    sources = list(sources)
    paras = _paragraphs_of(sources, min_words)
    number_of: dict = {}
    class_of = []
    members: list[list[int]] = []  # class -> paragraphs, ascending
    for index, para in enumerate(paras):
        number = number_of.setdefault(para.keys, len(members))
        if number == len(members):
            members.append([])
        members[number].append(index)
        class_of.append(number)
    firsts = [paras[m[0]] for m in members]
    shingles = [_shingles(p.keys) for p in firsts]
    source_of = [p.source_index for p in paras]
    matched: dict = {}

    def match(x: int, y: int):
        """(ratio, opcodes) when a paragraph of class x and a later one of class y are a passage."""
        key = (x, y)
        if key not in matched:
            matched[key] = _match(shingles[x], shingles[y], firsts[x].keys, firsts[y].keys, min_ratio)
        return matched[key]

    postings = defaultdict(list)
    for number, keys in enumerate(shingles):
        for shingle in keys:
            postings[shingle].append(number)
    sharing: dict = {}  # class -> classes sharing a shingle with it

    def sharing_with(x: int) -> list:
        if x not in sharing:
            sharing[x] = sorted({y for shingle in shingles[x] for y in postings[shingle]})
        return sharing[x]

    def after(y: int, k: int, i: int, own: int):
        """The first paragraph of class y from index k on that is after i and from another source."""
        positions = members[y]
        k = max(k, bisect_right(positions, i))
        while k < len(positions) and source_of[positions[k]] == own:
            k += 1
        return (positions[k], k) if k < len(positions) else (None, k)

    head: list[SharedPassage] = []
    for i, a in enumerate(paras):
        if len(head) >= limit:
            break
        x, own = class_of[i], a.source_index
        queue = []
        for y in sharing_with(x):
            j, k = after(y, 0, i, own)
            if j is not None:
                queue.append((j, k, y))
        heapq.heapify(queue)
        while queue and len(head) < limit:
            j, k, y = heapq.heappop(queue)
            found = match(x, y)
            if found is None:
                continue  # no paragraph of this class pairs with this one
            b = paras[j]
            head.append(SharedPassage(
                source_a=sources[own].id, source_b=sources[b.source_index].id,
                start_a=a.start, end_a=a.end, start_b=b.start, end_b=b.end, ratio=found[0],
                words_a=a.words, words_b=b.words, opcodes=found[1]))
            j, k = after(y, k + 1, i, own)
            if j is not None:
                heapq.heappush(queue, (j, k, y))
    if len(head) < limit:
        return head, len(head)
    if sum(len(p) * (len(p) + 1) // 2 for p in postings.values()) > budget:
        return head, None
    by_source = []
    for positions in members:
        grouped: dict = defaultdict(list)
        for position in positions:
            grouped[source_of[position]].append(position)
        by_source.append(grouped)
    total = 0
    for x in range(len(members)):
        others = {y for shingle in shingles[x] for y in postings[shingle] if y >= x}
        for y in sorted(others):
            if x == y:
                if match(x, x):
                    size = len(members[x])
                    total += size * (size - 1) // 2
                    total -= sum(len(p) * (len(p) - 1) // 2 for p in by_source[x].values())
                continue
            forward, backward = match(x, y) is not None, match(y, x) is not None
            if not (forward or backward):
                continue
            ahead = _ordered_pairs(members[x], members[y])  # x's paragraph first
            ahead -= sum(_ordered_pairs(p, by_source[y].get(s, [])) for s, p in by_source[x].items())
            every = len(members[x]) * len(members[y])
            every -= sum(len(p) * len(by_source[y].get(s, [])) for s, p in by_source[x].items())
            total += (ahead if forward else 0) + ((every - ahead) if backward else 0)
    return head, total


def _match(shingles_a: set, shingles_b: set, a: tuple, b: tuple, min_ratio: float):
    """(ratio, opcodes) of two paragraphs' words (a first) when they pass every test of
    shared_passages, else None."""
    if len(shingles_a & shingles_b) < max(1.0, MIN_SHARED_SHINGLES * min(len(shingles_a), len(shingles_b))):
        return None
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < min_ratio:
        return None
    # twice the longest common subsequence over both lengths bounds difflib's ratio from above
    if fuzz.ratio(a, b) / 100 < min_ratio - 1e-9:
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < min_ratio:
        return None
    ratio = matcher.ratio()
    if ratio < min_ratio:
        return None
    return round(ratio, 4), tuple(tuple(op) for op in matcher.get_opcodes())


def _ordered_pairs(lefts: list[int], rights: list[int]) -> int:
    """How many pairs (i, j), i from `lefts`, j from `rights` (both ascending), have i < j."""
    count = 0
    for i in lefts:
        count += len(rights) - bisect_right(rights, i)
    return count

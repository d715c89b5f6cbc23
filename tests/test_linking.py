"""Alignment's structure (compare.linking) gives exactly the facts of scoring every pair of claims.

The reference below is the plain definition: every pair of claims sharing a block is scored, and
the links are applied one by one, strongest first, each union checked pair by pair with
`_mergeable`. The structured alignment scores one pair per bundle of alike claims and applies
only the links that can change something; on inputs whose blocks stay below the neighbour cap
the facts must be identical.
"""
from __future__ import annotations

import importlib
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest

import compare
from compare import linking

align_module = importlib.import_module("compare.align")

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parent.parent
STORIES = sorted(p for folder in ("stories", "holdout") if (DATA / folder).is_dir()
                 for p in (DATA / folder).iterdir() if p.is_dir())


def _all_pairs(claims, collapse=True):
    index = defaultdict(list)
    for position, claim in enumerate(claims):
        for key in align_module._blocks(claim):
            index[key].append(position)
    seen = set()
    for members in index.values():
        for i, j in combinations(members, 2):
            if (i, j) not in seen:
                seen.add((i, j))
                yield i, j


def _pairwise_merge(pool, edges, rules=None, pairs=None):
    parent = list(range(len(pool)))
    members = {i: [i] for i in range(len(pool))}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for score, agreeing, i, j in sorted(edges, key=lambda e: (-e[1], -e[0], e[2], e[3])):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if not align_module._mergeable([pool[k] for k in members[ri]], [pool[k] for k in members[rj]],
                                       bool(agreeing), rules):
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    return [[pool[k] for k in sorted(group)] for group in members.values()]


def _facts(facts):
    return [(f.kind, f.subject, f.attribute, tuple(c.id for c in f.claims)) for f in facts]


def _reference(claims, rules, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(align_module, "_candidate_pairs", _all_pairs)
        patch.setattr(align_module, "_merge", _pairwise_merge)
        return align_module.align(claims, rules)


@pytest.fixture(scope="module")
def rules():
    return compare.load_rules()


@pytest.mark.parametrize("story", STORIES, ids=[p.name for p in STORIES])
def test_stories_align_as_every_pair(story, rules, monkeypatch):
    sources, _ = compare.load_sources([story])
    claims = compare.extract_all(sources, rules)
    assert _facts(align_module.align(claims, rules)) == _facts(_reference(claims, rules, monkeypatch))


def test_many_outlets_align_as_every_pair(rules, monkeypatch, tmp_path):
    """Sixty outlets of one generated story: classes of alike claims, bundles, refusals."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        generate = importlib.import_module("generate")
    finally:
        sys.path.remove(str(REPO / "bench"))
    paths = generate.generate_corpus(60, 2, tmp_path / "corpus")
    sources, _ = compare.load_sources(paths)
    claims = compare.extract_all(sources, rules)
    pairs = align_module._candidate_pairs([c for c in claims if c.kind != "name" and c.features is not None])
    assert len(pairs.members) < len(pairs.claims)  # alike claims did collapse into classes
    assert _facts(align_module.align(claims, rules)) == _facts(_reference(claims, rules, monkeypatch))


def test_plain_pairs_give_every_pair_sharing_a_block(rules):
    sources, _ = compare.load_sources([REPO / "sources"])
    claims = [c for c in compare.extract_all(sources, rules) if c.kind != "name" and c.features is not None]
    plain = sorted(align_module._candidate_pairs(claims, collapse=False))
    assert plain == sorted(_all_pairs(claims))


def test_large_blocks_pair_neighbours_only(rules):
    sources, _ = compare.load_sources([REPO / "sources"])
    claims = [c for c in compare.extract_all(sources, rules) if c.kind != "name" and c.features is not None]
    capped = linking.Pairs(claims, align_module._blocks, block_classes=2, neighbours=1)
    full = linking.Pairs(claims, align_module._blocks)
    assert 0 < len(list(capped.class_pairs())) < len(list(full.class_pairs()))

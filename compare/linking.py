"""The structure of alignment at scale: which pairs of claims are scored, and how links become facts.

Claims alike in everything alignment reads form a *class*: same kind, value, unit, range,
context, features, blocks; they differ only in where they stand (id, source, offsets) and in
their words (quote, sentence, display subject). Every scorer gives the same answer for any two
claims of two classes, as long as the pair keeps its orientation (which claim comes first) and
its case (two sources, or one). So `Pairs` offers one representative pair of claims for each
class pair, orientation and case, and the scores of that pair stand for all of its *bundle*.
In a story told by thousands of outlets most claims fall in a few classes ("12 dead"), so the
scoring follows the number of classes rather than the square of the number of claims.

`Groups.link` then replays the links exactly as a union of every pair of claims would, strongest
first, without visiting every pair: within one score, a link between two claims whose groups an
earlier link of the same bundle already joined or refused changes nothing, because groups only
grow and a refusal is a pairwise condition that still fails for larger groups. So for each
bundle only the first link between each two groups is tried.

A block holding more than `block_classes` classes pairs each class with its `neighbours`
nearest classes in two orders (by value and subject, and by size) instead of with every class:
that keeps very large inputs near linear. Below that size the facts are exactly those of scoring
every pair of claims.
"""
from __future__ import annotations

import heapq
from bisect import bisect_right, insort
from collections import defaultdict
from dataclasses import fields
from itertools import combinations_with_replacement
from operator import attrgetter
from typing import Callable, Iterable, Iterator, Optional

from .model import Claim

# what says where a claim stands or how it is worded: never read by a scorer
PLACE_FIELDS = frozenset({"id", "source", "start", "end", "text", "sentence", "subject"})
BLOCK_CLASSES = 150
NEIGHBOURS = 6
# below this many pairs of groups a bundle's first links are found at once; above, claim by claim
FRAGMENT_PAIRS = 64


class Pairs:
    """Candidate pairs of `claims`: iterating gives one representative pair (i, j), i < j, per
    bundle; `bundle(i, j)` names the bundle a scored pair stands for.

    `block_keys(claim)` gives the blocks a claim is compared in. With `collapse=False` every
    claim is its own class and every pair sharing a block is given: the plain definition.
    """

    def __init__(self, claims: list[Claim], block_keys: Callable[[Claim], Iterable],
                 collapse: bool = True, block_classes: int = BLOCK_CLASSES, neighbours: int = NEIGHBOURS):
        self.claims = claims
        self.source = [claim.source for claim in claims]
        self.collapse = collapse
        self.block_classes = block_classes
        self.neighbours = neighbours
        # what a scorer reads of a claim, as one tuple (attrgetter of two or more names gives one)
        read = attrgetter(*[f.name for f in fields(Claim) if f.name not in PLACE_FIELDS])
        index: dict = {}
        self.class_of: list[int] = []
        self.members: list[list[int]] = []  # class -> its claims' positions, ascending
        self.blocks_of: list[frozenset] = []  # class -> its blocks
        for position, claim in enumerate(claims):
            blocks = frozenset(block_keys(claim))
            key = (blocks, read(claim)) if collapse else position
            number = index.get(key)
            if number is None:
                number = index[key] = len(self.members)
                self.members.append([])
                self.blocks_of.append(blocks)
            self.class_of.append(number)
            self.members[number].append(position)
        self._by_source: dict[int, dict[str, list[int]]] = {}

    def by_source(self, number: int) -> dict[str, list[int]]:
        """A class's claims by source, each list ascending."""
        found = self._by_source.get(number)
        if found is None:
            found = defaultdict(list)
            for position in self.members[number]:
                found[self.source[position]].append(position)
            found = self._by_source[number] = dict(found)
        return found

    def bundle(self, i: int, j: int) -> tuple[int, int, bool]:
        """(class of i, class of j, one source) of a pair i < j."""
        return self.class_of[i], self.class_of[j], self.source[i] == self.source[j]

    def class_pairs(self) -> Iterator[tuple[int, int]]:
        """Pairs of classes (a <= b) sharing a block, each once."""
        blocks: dict = defaultdict(list)
        for number, keys in enumerate(self.blocks_of):
            for key in keys:
                blocks[key].append(number)
        seen: set = set()
        for classes in blocks.values():
            if self.collapse and len(classes) > self.block_classes:
                for pair in self._neighbour_pairs(classes):
                    if pair not in seen:
                        seen.add(pair)
                        yield pair
                continue
            # a block's classes are distinct and ascending: its pairs (a, b), a <= b, in order,
            # are those of combinations_with_replacement, made without a Python loop
            fresh = [pair for pair in combinations_with_replacement(classes, 2) if pair not in seen]
            seen.update(fresh)
            yield from fresh

    def _neighbour_pairs(self, classes: list[int]) -> Iterator[tuple[int, int]]:
        """Each class with itself and its nearest classes by value and subject, and by size."""
        def by_value(number: int):
            claim = self.claims[self.members[number][0]]
            return ((claim.normalized or ""), (claim.features.lead or "") if claim.features else "",
                    claim.context or "", number)

        orders = (sorted(classes, key=by_value), sorted(classes, key=lambda n: (-len(self.members[n]), n)))
        for number in classes:
            yield number, number
        for order in orders:
            for x, a in enumerate(order):
                for b in order[x + 1:x + 1 + self.neighbours]:
                    yield (a, b) if a < b else (b, a)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        members = self.members
        for a, b in self.class_pairs():
            left, right = members[a], members[b]
            if len(left) == 1 and len(right) == 1:
                # two classes of one claim each (most classes): their one pair, in order, from
                # one source or two (a class of one claim has no pair with itself)
                if a != b:
                    i, j = left[0], right[0]
                    yield (i, j) if i < j else (j, i)
                continue
            for first, second in ((a, b),) if a == b else ((a, b), (b, a)):
                pair = _first_cross(self.members[first], self.members[second], self.source)
                if pair is not None:
                    yield pair
                pair = self._first_same(first, second)
                if pair is not None:
                    yield pair

    def _first_same(self, first: int, second: int) -> Optional[tuple[int, int]]:
        """A pair i in `first`, j in `second`, i < j, from one source."""
        left, right = self.by_source(first), self.by_source(second)
        swap = len(right) < len(left)
        for source, positions in (right if swap else left).items():
            others = (left if swap else right).get(source)
            if others is None:
                continue
            lefts, rights = (others, positions) if swap else (positions, others)
            i = lefts[0]
            k = bisect_right(rights, i)
            if k < len(rights):
                return i, rights[k]
        return None


def _first_cross(lefts: list[int], rights: list[int], source: list[str]) -> Optional[tuple[int, int]]:
    """The first pair (i, j) in order, i from `lefts`, j from `rights`, i < j, from two sources."""
    if not rights:
        return None
    last = rights[-1]
    for i in lefts:
        if i >= last:
            return None
        k = bisect_right(rights, i)
        own = source[i]
        while k < len(rights) and source[rights[k]] == own:
            k += 1
        if k < len(rights):
            return i, rights[k]
    return None


class Groups:
    """Claims joined into groups by links, strongest first, each union vetted.

    `clash(a, b, agreeing)` and `clash_one_source(a, b)` say when two claims may not share a
    group (the second for claims of one source); both are symmetric. `keys(claim)` gives what
    they read of a claim, as (key for clash_one_source, key for an agreeing clash, key for a
    disagreeing clash): claims with equal keys clash alike, so each predicate is asked once per
    pair of keys, and a group is summarized by its keys (and, per source, its first keys).
    Without `keys`, every class is its own key.
    """

    def __init__(self, pairs: Pairs, clash: Callable, clash_one_source: Callable,
                 keys: Optional[Callable] = None):
        self.pairs = pairs
        self.claims = pairs.claims
        self.source = pairs.source
        self.class_of = pairs.class_of
        self._clash = clash
        self._clash_one_source = clash_one_source
        # key numbers of each class, for each predicate (0: one source, 1: agreeing, 2: disagreeing)
        self._key_of: list[list[int]] = [[], [], []]
        self._key_claim: list[list[Claim]] = [[], [], []]
        numbers: list[dict] = [{}, {}, {}]
        for members in pairs.members:
            claim = self.claims[members[0]]
            found = keys(claim) if keys is not None else (len(self._key_of[0]),) * 3
            for which in range(3):
                number = numbers[which].setdefault(found[which], len(numbers[which]))
                if number == len(self._key_claim[which]):
                    self._key_claim[which].append(claim)
                self._key_of[which].append(number)
        size = len(self.claims)
        self.parent = list(range(size))
        # the root a union of every pair would keep: decides the order of the groups
        self.label = list(range(size))
        self.members: dict[int, list[int]] = {}  # root -> positions, for groups of two or more
        self.classes: dict[int, set] = {}  # root -> classes
        self.keys: dict[int, tuple] = {}  # root -> (agreeing keys, disagreeing keys), each key -> claims
        self.sources: dict[int, dict[str, set]] = {}  # root -> source -> one-source keys
        # class -> root -> positions of the class in that group, ascending
        self.fragments: list[dict[int, list[int]]] = [{p: [p] for p in members} for members in pairs.members]
        self._pair_clash: dict = {}
        self._fits: dict = {}  # (agreeing, root) -> (keys seen, keys known to fit)
        self._refused: set = set()

    # -- union-find ----------------------------------------------------------------------------

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def _group_members(self, root: int) -> list[int]:
        found = self.members.get(root)
        return found if found is not None else [root]

    def _group_classes(self, root: int) -> set:
        found = self.classes.get(root)
        return found if found is not None else {self.class_of[root]}

    def _group_keys(self, root: int) -> tuple:
        found = self.keys.get(root)
        if found is None:
            number = self.class_of[root]
            found = ({self._key_of[1][number]: 1}, {self._key_of[2][number]: 1})
        return found

    def _group_sources(self, root: int) -> dict[str, set]:
        found = self.sources.get(root)
        return found if found is not None else {self.source[root]: {self._key_of[0][self.class_of[root]]}}

    # -- vetting a union -----------------------------------------------------------------------

    def _clashes(self, which: int, x: int, y: int) -> bool:
        key = (which, x, y) if x <= y else (which, y, x)
        found = self._pair_clash.get(key)
        if found is None:
            a, b = self._key_claim[which][x], self._key_claim[which][y]
            found = bool(self._clash_one_source(a, b) if which == 0 else self._clash(a, b, which == 1))
            self._pair_clash[key] = found
        return found

    def mergeable(self, left: int, right: int, agreeing: bool) -> bool:
        """May the groups rooted at `left` and `right` become one (every pair of claims across)?"""
        refusal = (agreeing, left, right) if left < right else (agreeing, right, left)
        if refusal in self._refused:
            return False
        ok = self._vet(left, right, agreeing)
        if not ok:
            self._refused.add(refusal)
        return ok

    def _vet(self, left: int, right: int, agreeing: bool) -> bool:
        sources_left, sources_right = self._group_sources(left), self._group_sources(right)
        if len(sources_right) < len(sources_left):
            sources_left, sources_right = sources_right, sources_left
        for source, keys in sources_left.items():
            others = sources_right.get(source)
            if others:
                for x in keys:
                    for y in others:
                        if self._clashes(0, x, y):
                            return False
        which = 1 if agreeing else 2
        keys_left, keys_right = self._group_keys(left)[which - 1], self._group_keys(right)[which - 1]
        small, big, big_root = ((keys_left, keys_right, right) if len(keys_left) <= len(keys_right)
                                else (keys_right, keys_left, left))
        seen, fit = self._fits.get((agreeing, big_root), (None, None))
        if seen != len(big) or fit is None:
            fit = set()
        for x in small:
            if x in fit:
                continue
            for y in big:
                if self._clashes(which, x, y):
                    return False
            fit.add(x)
        if len(big) > 1:
            self._fits[(agreeing, big_root)] = (len(big), fit)
        return True

    # -- links ---------------------------------------------------------------------------------

    def link_level(self, bundles: Iterable[tuple[int, int, bool]], agreeing: bool) -> None:
        """Apply every link of one score, in the order of their claims, each bundle once."""
        found: list[tuple[int, int]] = []
        streams = []
        for first, second, one_source in bundles:
            if one_source:
                found.extend(self._one_source_links(first, second))
                continue
            lefts, rights = self.fragments[first], self.fragments[second]
            if len(lefts) * len(rights) <= FRAGMENT_PAIRS or min(len(lefts), len(rights)) == 1:
                for root_left, positions_left in lefts.items():
                    for root_right, positions_right in rights.items():
                        if root_left != root_right:
                            pair = _first_cross(positions_left, positions_right, self.source)
                            if pair is not None:
                                found.append(pair)
            else:
                streams.append(self._stream(first, second))
        found.sort()
        for i, j in heapq.merge(found, *streams) if streams else found:
            self._link(i, j, agreeing)

    def _one_source_links(self, first: int, second: int) -> Iterator[tuple[int, int]]:
        lefts, rights = self.pairs.by_source(first), self.pairs.by_source(second)
        for source, positions in lefts.items():
            others = rights.get(source)
            if others:
                for i in positions:
                    for j in others:
                        if i < j:
                            yield i, j

    def _stream(self, first: int, second: int) -> Iterator[tuple[int, int]]:
        """Links i in `first` -> j in `second` in order: for each i, the first j of each group."""
        rights = self.pairs.members[second]
        if not rights:
            return
        last = rights[-1]
        source = self.source
        fragments = self.fragments[second]
        find = self.find
        for i in self.pairs.members[first]:
            if i >= last:
                return
            root = find(i)
            if len(fragments) == 1 and root in fragments:
                continue  # the class is all in i's group already (by far the most common case)
            own = source[i]
            found = []
            for other, positions in fragments.items():
                if other == root:
                    continue
                k = bisect_right(positions, i)
                while k < len(positions) and source[positions[k]] == own:
                    k += 1
                if k < len(positions):
                    found.append(positions[k])
            found.sort()
            for j in found:
                # a link an earlier one of this level has made void (both claims now in one
                # group, which only grows) is left out rather than queued and tried
                if find(j) != find(i):
                    yield i, j

    def _link(self, i: int, j: int, agreeing: bool) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or not self.mergeable(ri, rj, agreeing):
            return
        label = self.label[ri]
        members = self.members
        size_i = len(members[ri]) if ri in members else 1
        size_j = len(members[rj]) if rj in members else 1
        keep, gone = (ri, rj) if size_i >= size_j else (rj, ri)
        self._absorb(keep, gone)
        self.label[keep] = label

    def _absorb(self, keep: int, gone: int) -> None:
        # a group of two or more claims has its entry in members, keys, sources and classes; a
        # group of one has none (see the _group_ readers)
        members_keep = self.members.get(keep)
        if members_keep is None:
            members_keep = self.members[keep] = [keep]
            self.keys[keep] = self._group_keys(keep)
            self.sources[keep] = self._group_sources(keep)
            self.classes[keep] = {self.class_of[keep]}
        # the kept group's summaries grow in place: copying them at every union made growing a
        # large group quadratic
        kept, sources_keep, classes_keep = self.keys[keep], self.sources[keep], self.classes[keep]
        members_gone = self.members.pop(gone, None)
        if members_gone is None:  # a claim joins a group (most unions): its class says the rest
            number = self.class_of[gone]
            members_keep.append(gone)
            for counts, key in ((kept[0], self._key_of[1][number]), (kept[1], self._key_of[2][number])):
                counts[key] = counts.get(key, 0) + 1
            sources_keep.setdefault(self.source[gone], set()).add(self._key_of[0][number])
            classes_keep.add(number)
            fragments = self.fragments[number]
            del fragments[gone]
            staying = fragments.get(keep)
            if staying is None:
                fragments[keep] = [gone]
            else:
                insort(staying, gone)
            self.parent[gone] = keep
            return
        members_keep.extend(members_gone)
        for counts, more in zip(kept, self.keys.pop(gone)):
            for key, count in more.items():
                counts[key] = counts.get(key, 0) + count
        for source, keys in self.sources.pop(gone).items():
            sources_keep.setdefault(source, set()).update(keys)
        classes_gone = self.classes.pop(gone)
        classes_keep.update(classes_gone)
        for number in classes_gone:
            fragments = self.fragments[number]
            moving = fragments.pop(gone)
            staying = fragments.get(keep)
            if staying is None:
                fragments[keep] = moving
            elif len(moving) * 8 < len(staying):
                for position in moving:
                    insort(staying, position)
            else:
                fragments[keep] = sorted(staying + moving)
        self.parent[gone] = keep
        self._fits.pop((True, gone), None)
        self._fits.pop((False, gone), None)

    def groups(self) -> list[list[int]]:
        """Every group's positions, ascending, groups in the order a union of every pair gives."""
        roots = [x for x in range(len(self.parent)) if self.parent[x] == x]
        roots.sort(key=lambda root: self.label[root])
        return [sorted(self._group_members(root)) for root in roots]


def link(pairs: Pairs, edges: Iterable[tuple], clash: Callable, clash_one_source: Callable,
         keys: Optional[Callable] = None) -> list[list[int]]:
    """Groups of positions from scored representative pairs `(score, agreeing, i, j)`.

    Agreements first, then by score, then by claims: the order of a union of every pair.
    """
    levels: dict = defaultdict(list)
    for score, agreeing, i, j in edges:
        levels[(agreeing, score)].append(pairs.bundle(i, j))
    groups = Groups(pairs, clash, clash_one_source, keys if pairs.collapse else None)
    for agreeing, score in sorted(levels, key=lambda level: (-level[0], -level[1])):
        groups.link_level(levels[(agreeing, score)], bool(agreeing))
    return groups.groups()

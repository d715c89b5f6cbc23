"""A dict that fills itself, for work done once per distinct key (a word, a source, a sentence)."""
from __future__ import annotations


class Memo(dict):
    """`memo[key]` is `make(key)`, made once per key."""

    __slots__ = ("make",)

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, key):
        value = self[key] = self.make(key)
        return value

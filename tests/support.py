"""Helpers shared by the tests of extraction, alignment and classification."""
from __future__ import annotations

import pytest

from compare.model import Source

PUBLISHED = "2024-03-05"  # a Tuesday


def case(*values, id: str, bug: str = None):
    """One table row; `bug` marks a known failure (strict: fixing it makes the row pass loudly)."""
    marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
    return pytest.param(*values, id=id, marks=marks)


def sources(*texts, published=PUBLISHED):
    """Sources s1, s2, ... from texts, each dated `published`."""
    return [Source(id=f"s{n}", path=f"s{n}.txt", text=text, view=text, published=published)
            for n, text in enumerate(texts, 1)]

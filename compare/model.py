"""Frozen records passed between the pipeline's stages.

paths -> Source -> Claim -> Fact -> Finding -> Report. Every stage is a pure function over
these records, so each can be tested alone and the CLI is only the sequence.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import cached_property
from operator import attrgetter
from typing import Optional

CLAIM_KINDS = ("date", "duration", "time", "age", "money", "percent", "quantity", "count", "name")
FINDING_KINDS = ("conflict", "variant", "agreement", "single_source")
CLAIM_COLUMNS = ("id", "source", "kind", "subject", "attribute", "value", "unit", "normalized",
                 "qualifier", "text", "start", "end", "sentence", "resolved")
QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "more_than", "less_than", "range")


@dataclass(frozen=True)
class Source:
    """One article.

    `text` is the file's whole decoded text: every offset in the project indexes it.
    `view` is the text that is analysed: for .txt it is `text` with the front matter blanked,
    for .md markup is blanked too (same length, so offsets are identical), and for .html it is
    the main text of the page with `offsets[i]` giving the file offset of `view[i]`
    (one extra entry for the end). `offsets` is None when view and text share offsets.
    """

    id: str
    path: str
    text: str
    view: str
    body_start: int = 0
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # ISO date, YYYY-MM-DD
    language: Optional[str] = None
    format: str = "txt"  # txt, md, html
    encoding: str = "utf-8"
    offsets: Optional[tuple] = field(default=None, repr=False, compare=False)

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `view` to the span of `text` it came from."""
        if self.offsets is None:
            return start, end
        file_start = self.offsets[start]
        # the end maps to just after the last character of the span
        file_end = self.offsets[end - 1] + 1 if end > start else file_start
        return file_start, file_end

    def view_index(self, file_offset: int) -> int:
        """The view index of a file offset (the last view character at or before it)."""
        if self.offsets is None:
            return file_offset
        return max(0, bisect_right(self.offsets, file_offset) - 1)

    @cached_property
    def words(self) -> int:
        """Counted once: every report format lists it, and counting splits the whole view."""
        return len(self.view.split())


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement: a value of an attribute of a subject, with its exact evidence.

    `low`/`high` bound the value in canonical units (seconds, metres, days since epoch...), so
    comparison is interval overlap; `text == source.text[start:end]` always holds.
    """

    id: str
    source: str
    kind: str
    subject: Optional[str]
    attribute: Optional[str]
    value: object
    unit: Optional[str]
    normalized: Optional[str]
    qualifier: str
    text: str
    start: int
    end: int
    sentence: str
    low: Optional[float] = None
    high: Optional[float] = None
    resolved: bool = True
    context: str = field(default="", compare=False)
    features: object = field(default=None, compare=False, repr=False)  # what alignment reads

    def to_dict(self) -> dict:
        """The contract's fields, CLAIM_COLUMNS, in that order."""
        return dict(zip(CLAIM_COLUMNS, claim_values(self)))

    def __reduce__(self):
        """Pickled as the class and its values in field order (claims come back from
        extraction's worker processes pickled): quicker both ways than a slotted dataclass's
        state, which is set back a field at a time."""
        return type(self), _field_values(self)


_field_values = attrgetter(*(spec.name for spec in fields(Claim)))
# a Claim's to_dict values in CLAIM_COLUMNS order, read without making a dict: the report
# formats read them for every claim (to_dict is made from them)
claim_values = attrgetter(*CLAIM_COLUMNS)


def plain_claims(claims) -> bool:
    """Every claim is of the Claim class itself, so claim_values reads what its to_dict gives (a
    subclass may give something else)."""
    return set(map(type, claims)) <= {Claim}


@dataclass(frozen=True)
class Fact:
    """Claims from one or more sources that speak about the same subject and attribute."""

    kind: str
    subject: Optional[str]
    attribute: Optional[str]
    claims: tuple  # of Claim


@dataclass(frozen=True)
class Reading:
    """One distinct value (or spelling) within a finding, with who reports it."""

    label: str
    claims: tuple  # claim ids
    sources: tuple  # source ids


# how a conflict's summary ends when a later dispatch of the same service revised a figure in it
REVISION_NOTE = "; revised by a later dispatch: "
AGAINST_NOTE = "; against "


@dataclass(frozen=True)
class Finding:
    id: str
    kind: str  # conflict, variant, agreement, single_source
    topic: str
    claims: tuple  # claim ids, every claim the finding rests on
    sources: tuple  # source ids
    summary: str
    readings: tuple = ()  # of Reading
    majority: Optional[str] = None
    # sources whose figure a later dispatch of their service revised (the summary ends REVISION_NOTE
    # and their ids); the JSON tells it in the summary only
    revised: tuple = ()
    # an agreement inside a conflict: the readings of the sources it leaves out (the summary
    # tells them after "; against ")
    against: tuple = ()

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "topic": self.topic,
            "claims": list(self.claims),
            "sources": list(self.sources),
            "summary": self.summary,
            "majority": self.majority,
            "readings": [
                {"label": r.label, "claims": list(r.claims), "sources": list(r.sources)}
                for r in self.readings
            ],
        }


SCHEMA = "spacecompare.report/1"


@dataclass(frozen=True)
class SourceProblem:
    """A file that could not be read, kept so the report can name it."""

    path: str
    problem: str


@dataclass(frozen=True)
class Report:
    """Everything one comparison found; the renderers and the DataFrame helpers read it."""

    sources: tuple  # of Source
    claims: tuple  # of Claim
    findings: tuple  # of Finding
    problems: tuple = ()  # of SourceProblem

    @property
    def date(self) -> Optional[str]:
        """The report's date: the newest publication date of its sources (never the clock)."""
        dates = [s.published for s in self.sources if s.published]
        return max(dates) if dates else None

    @cached_property
    def _claims_per_source(self) -> Counter:
        return Counter(map(attrgetter("source"), self.claims))

    @cached_property
    def claims_by_id(self) -> dict:
        """Claim id -> claim, made once for every report format that looks claims up."""
        return dict(zip(map(attrgetter("id"), self.claims), self.claims))

    def source_dict(self, source: Source) -> dict:
        return {
            "id": source.id,
            "path": source.path,
            "title": source.title,
            "outlet": source.outlet,
            "url": source.url,
            "published": source.published,
            "language": source.language,
            "format": source.format,
            "encoding": source.encoding,
            "words": source.words,
            "claims": self._claims_per_source.get(source.id, 0),
        }

    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA,
            "date": self.date,
            "sources": [self.source_dict(s) for s in self.sources],
            "claims": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
            "problems": [{"path": p.path, "problem": p.problem} for p in self.problems],
        }

    def claims_frame(self):
        """One row per claim, the contract's fields as columns."""
        import pandas as pd

        return pd.DataFrame([c.to_dict() for c in self.claims], columns=CLAIM_COLUMNS)

    def findings_frame(self):
        """One row per finding, the contract's fields as columns."""
        import pandas as pd

        rows = [f.to_dict() for f in self.findings]
        for row in rows:
            row.pop("readings")
        return pd.DataFrame(rows, columns=["id", "kind", "topic", "claims", "sources", "summary", "majority"])

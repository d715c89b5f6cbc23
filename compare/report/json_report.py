"""JSON report: the report contract (DESIGN.md) for pipelines and notebooks."""
from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from json.encoder import encode_basestring

from compare.model import CLAIM_COLUMNS, Report, claim_values, plain_claims


def render_json(report: Report) -> bytes:
    """The report as UTF-8 JSON; keys keep the contract's order, so the bytes are stable.

    A lone surrogate (from undecodable source bytes) cannot be UTF-8; it is written as its JSON
    escape instead, which is valid JSON and reads back as the same string.
    """
    return b"".join(json_chunks(report))


def json_chunks(report: Report):
    """render_json's bytes in consecutive pieces, made as they are taken: a large report is
    written without holding it whole."""
    # the claims are by far the largest part: they are turned into dicts and encoded a batch at a
    # time, so a report of hundreds of thousands of claims never holds them all as dicts and text
    data = replace(report, sources=(), claims=()).to_dict()  # the keys in the contract's order
    data["date"] = report.date
    data["sources"] = [report.source_dict(source) for source in report.sources]  # claims counted
    data["claims"] = _CLAIMS
    text = _indented(data)
    head, marker, tail = text.partition(json.dumps(_CLAIMS))
    if not marker or marker in tail:  # no claims key, or a source's text holds the marker
        yield (_indented(report.to_dict()) + "\n").encode("utf-8", "backslashreplace")
        return
    yield head.encode("utf-8", "backslashreplace")
    del head, text  # tens of MB on a large report
    if not report.claims:
        yield b"[]"
    else:
        inner = "\n" + "  " * 2
        yield ("[" + inner).encode("utf-8")
        claims = report.claims
        for start in range(0, len(claims), CLAIMS_BATCH):
            text = _claims_text(claims[start:start + CLAIMS_BATCH])
            if start + CLAIMS_BATCH < len(claims):
                text += "," + inner
            yield text.encode("utf-8", "backslashreplace")
        yield b"\n  ]"
    yield (tail + "\n").encode("utf-8", "backslashreplace")


_CLAIMS = "\x00claims\x00"  # stands for the claims list while the rest is encoded
CLAIMS_BATCH = 2000


def _claims_text(claims) -> str:
    """Claims as items of the indented claims list (at level 2), separated by commas, as
    json.dumps(..., indent=2) writes them.

    Claims of the Claim class (whose to_dict gives claim_values under CLAIM_COLUMNS) with plain
    values are encoded a field at a time, read straight from the claims rather than through a
    dict per claim: a field whose values are all strings needing no escape is written between
    quotes as it is, ints with %d, other values through the JSON string encoder; one format
    string then lays out each claim's lines. Anything else goes claim by claim.
    """
    if not claims or not plain_claims(claims):
        return _each_claim_text(claims)
    inner = "\n" + "  " * 3
    columns, lines = [], []
    for key, column in zip(CLAIM_COLUMNS, zip(*map(claim_values, claims))):
        kinds = set(map(type, column))
        spec = "%s"
        if kinds == _STR:
            if _ESCAPED.search("".join(column)) is None:
                spec = '"%s"'
            else:
                column = list(map(encode_basestring, column))
        elif kinds == _INT:
            spec = "%d"
        elif kinds <= _TEXT:
            distinct = set(column)
            distinct.discard(None)
            encoded = dict(zip(distinct, map(encode_basestring, distinct)))
            encoded[None] = "null"
            column = list(map(encoded.__getitem__, column))
        elif kinds <= _CONSTANTS:
            column = list(map(_CONSTANT_JSON.__getitem__, column))
        elif kinds <= _PLAIN:
            column = list(map(_scalar, column))
        else:  # a list or dict value: indented over lines of its own
            return _each_claim_text(claims)
        columns.append(column)
        lines.append(json.dumps(key, ensure_ascii=False).replace("%", "%%") + ": " + spec)
    layout = "{" + inner + ("," + inner).join(lines) + "\n    }"
    return ",\n    ".join(map(layout.__mod__, zip(*columns)))


def _each_claim_text(claims) -> str:
    """_claims_text, one claim's to_dict at a time."""
    return ",\n    ".join(_indented(claim.to_dict(), 2) for claim in claims)


def _scalar(value) -> str:
    """A str, int, float, bool or None as json.dumps writes it."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    if kind is bool or value is None:
        return _CONSTANT_JSON[value]
    return json.dumps(value)  # NaN and the infinities


# what JSON's string encoder escapes when it may write any character as it is
_ESCAPED = re.compile(r'[\x00-\x1f"\\]')
_STR = frozenset({str})
_INT = frozenset({int})
_TEXT = frozenset({str, type(None)})
_CONSTANTS = frozenset({bool, type(None)})
_CONSTANT_JSON = {True: "true", False: "false", None: "null"}
_PLAIN = frozenset({str, int, float, bool, type(None)})  # what the C encoder writes as json.dumps does


def _indented(value, level: int = 0) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, faster on large reports.

    Python's encoder indents only in pure Python; a dict or list holding only scalars (every
    claim, every source) is encoded here by the C encoder with separators that carry the line
    breaks and indentation, which gives the same text.
    """
    kind = type(value)
    if kind in _PLAIN:
        return _scalar(value)
    if not value or not isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False)
    inner = "\n" + "  " * (level + 1)
    if kind is dict:
        flat = _STR.issuperset(map(type, value)) and _PLAIN.issuperset(map(type, value.values()))
    elif _STR.issuperset(map(type, value)):
        if _ESCAPED.search("".join(value)) is None:  # ids: strings needing no escape
            return "[" + inner + '"' + ('",' + inner + '"').join(value) + '"' + "\n" + "  " * level + "]"
        flat = True
    else:
        flat = _PLAIN.issuperset(map(type, value))
    if flat:
        flat = _flat_encoder(inner)(value, 0)
        text = "".join(flat)
        return text[0] + inner + text[1:-1] + "\n" + "  " * level + text[-1]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
        body = ("," + inner).join(f"{encode_basestring(key)}: {_indented(item, level + 1)}"
                                  for key, item in value.items())
        return "{" + inner + body + "\n" + "  " * level + "}"
    body = ("," + inner).join(_indented(item, level + 1) for item in value)
    return "[" + inner + body + "\n" + "  " * level + "]"


_ENCODERS: dict = {}


def _flat_encoder(inner: str):
    encoder = _ENCODERS.get(inner)
    if encoder is None:
        base = json.JSONEncoder(ensure_ascii=False)
        make = getattr(json.encoder, "c_make_encoder", None)
        if make is None:  # no C accelerator: the pure Python encoder with the same separators
            encoder = json.JSONEncoder(ensure_ascii=False, separators=("," + inner, ": ")).iterencode
            encoder = _ENCODERS[inner] = (lambda value, level, _encode=encoder: _encode(value))
            return encoder
        encoder = make({}, base.default, json.encoder.encode_basestring, None, ": ", "," + inner,
                       False, False, True)
        _ENCODERS[inner] = encoder
    return encoder

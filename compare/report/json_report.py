"""JSON report: the report contract (DESIGN.md) for pipelines and notebooks."""
from __future__ import annotations

import json
from dataclasses import replace

from compare.model import Report


def render_json(report: Report) -> bytes:
    """The report as UTF-8 JSON; keys keep the contract's order, so the bytes are stable.

    A lone surrogate (from undecodable source bytes) cannot be UTF-8; it is written as its JSON
    escape instead, which is valid JSON and reads back as the same string.
    """
    # the claims are by far the largest part: each is turned into a dict and encoded on its own,
    # so a report of hundreds of thousands of claims never holds them all as dicts and text
    data = replace(report, claims=()).to_dict()
    data["sources"] = [report.source_dict(source) for source in report.sources]  # claims counted
    data["claims"] = _CLAIMS
    head, marker, tail = _indented(data).partition(json.dumps(_CLAIMS))
    if not marker:  # no claims key: the plain path
        return (_indented(report.to_dict()) + "\n").encode("utf-8", "backslashreplace")
    chunks = [head.encode("utf-8", "backslashreplace")]
    if not report.claims:
        chunks.append(b"[]")
    else:
        inner = "\n" + "  " * 2
        chunks.append(("[" + inner).encode("utf-8"))
        batch = []
        for number, claim in enumerate(report.claims):
            if number:
                batch.append("," + inner)
            batch.append(_indented(claim.to_dict(), 2))
            if len(batch) >= 2000:
                chunks.append("".join(batch).encode("utf-8", "backslashreplace"))
                batch = []
        batch.append("\n  ]")
        chunks.append("".join(batch).encode("utf-8", "backslashreplace"))
    chunks.append((tail + "\n").encode("utf-8", "backslashreplace"))
    return b"".join(chunks)


_CLAIMS = "\x00claims\x00"  # stands for the claims list while the rest is encoded


_PLAIN = frozenset({str, int, float, bool, type(None)})  # what the C encoder writes as json.dumps does


def _indented(value, level: int = 0) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, faster on large reports.

    Python's encoder indents only in pure Python; a dict or list holding only scalars (every
    claim, every source) is encoded here by the C encoder with separators that carry the line
    breaks and indentation, which gives the same text.
    """
    kind = type(value)
    if kind in _PLAIN or not value or not isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False)
    inner = "\n" + "  " * (level + 1)
    if kind is dict:
        flat = all(type(key) is str for key in value) and all(type(item) in _PLAIN for item in value.values())
    else:
        flat = all(type(item) in _PLAIN for item in value)
    if flat:
        flat = _flat_encoder(inner)(value, 0)
        text = "".join(flat)
        return text[0] + inner + text[1:-1] + "\n" + "  " * level + text[-1]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
        body = ("," + inner).join(f"{json.dumps(key, ensure_ascii=False)}: {_indented(item, level + 1)}"
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

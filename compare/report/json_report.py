"""JSON report: the report contract (DESIGN.md) for pipelines and notebooks."""
from __future__ import annotations

import json

from compare.model import Report


def render_json(report: Report) -> bytes:
    """The report as UTF-8 JSON; keys keep the contract's order, so the bytes are stable.

    A lone surrogate (from undecodable source bytes) cannot be UTF-8; it is written as its JSON
    escape instead, which is valid JSON and reads back as the same string.
    """
    text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return text.encode("utf-8", "backslashreplace")

"""Excel report: one sheet per section plus every claim and source, for sorting and filtering.

Safety first: text from a source is always stored as a string cell, never a formula, even when it
starts with `=`; characters XML cannot hold are dropped and cells are capped at Excel's limit.
The bytes are stable: document dates come from the report's date and the zip entries carry a
fixed timestamp.
"""
from __future__ import annotations

import io
import json
import math
import re
import unicodedata
import zipfile
from collections import Counter
from copy import copy
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from compare.model import CLAIM_COLUMNS, Finding, Report
from compare.report.markdown import (KIND_LABELS, finding_labels, ordered_findings, source_readings,
                                     story_title)

SHEETS = ("Summary", "Conflicts", "Variants", "Agreements", "Single source", "Coverage", "Claims", "Sources")
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
MAX_WIDTH = 60
MIN_WIDTH = 6
CONFLICT_FILL = PatternFill(fill_type="solid", start_color="FFF8CBAD", end_color="FFF8CBAD")
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
FALLBACK_DATE = datetime(2000, 1, 1)
# lone surrogates (from undecodable bytes) and the two non-characters XML also forbids
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text a worksheet can hold: no characters illegal in XML, no more than Excel allows."""
    text = _NOT_XML.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("", text))
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS - 1] + "…"
    return text


def set_cell(ws, row: int, column: int, value):
    """Write one cell; every string is stored as text, so `=...` from a source stays inert."""
    cell = ws.cell(row=row, column=column)
    if value is None:
        return cell
    if isinstance(value, bool) or (isinstance(value, (int, float)) and math.isfinite(value)):
        cell.value = value
        return cell
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    cell.value = clean_text(str(value))
    # openpyxl reads a leading "=" as a formula; a string cell is what the text is
    cell.data_type = "s"
    return cell


def _display_width(text: str) -> int:
    """Columns a line needs: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_width(value) -> int:
    if value is None:
        return 0
    text = value if isinstance(value, str) else str(value)
    if len(text) > 4 * MAX_WIDTH:
        return MAX_WIDTH + 1  # long enough to wrap; no need to measure it all
    return max((_display_width(line) for line in text.split("\n")), default=0)


def _style(ws, wrap: bool, fill=None, font=None):
    """A style to copy onto many cells: setting styles cell by cell is openpyxl's slow path."""
    prototype = Cell(ws)
    prototype.alignment = Alignment(vertical="top", wrap_text=wrap)
    if fill is not None:
        prototype.fill = fill
    if font is not None:
        prototype.font = font
    return prototype._style


def _data_sheet(wb, title: str, headers, rows, conflict_rows=()):
    """A table sheet: bold frozen header, filters, widths from content, wrapped long columns."""
    ws = wb.create_sheet(title)
    conflict_rows = set(conflict_rows)
    widths = [_cell_width(h) for h in headers]
    for row in rows:
        for column, value in enumerate(row):
            widths[column] = max(widths[column], _cell_width(value))
    wrap = [width > MAX_WIDTH for width in widths]
    styles = {(w, marked): _style(ws, w, CONFLICT_FILL if marked else None) for w in (False, True)
              for marked in (False, True)}
    header_style = _style(ws, False, font=HEADER_FONT)
    for column, header in enumerate(headers, start=1):
        set_cell(ws, 1, column, header)._style = copy(header_style)
    for number, row in enumerate(rows):
        marked = number in conflict_rows
        for column, value in enumerate(row, start=1):
            if value is None and not marked:
                continue  # an empty cell needs no style; a marked row is filled across
            set_cell(ws, number + 2, column, value)._style = copy(styles[wrap[column - 1], marked])
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    return ws


def _names(sids) -> str:
    return ", ".join(sids)


def _reading_rows(finding: Finding, claims: dict) -> list:
    """One row per value (or spelling) of a finding, majority first."""
    rows = []
    total = len(set(finding.sources))
    readings = sorted(finding.readings, key=lambda r: r.label != finding.majority)
    for reading in readings:
        role = ""
        if finding.majority is not None:
            role = "majority" if reading.label == finding.majority else "minority"
        rows.append([finding.id, finding.topic, reading.label, role, len(set(reading.sources)), total,
                     _names(reading.sources), _names(reading.claims), finding.summary])
    if not readings:
        rows.append([finding.id, finding.topic, " / ".join(finding_labels(finding, claims)), "",
                     total, total, _names(finding.sources), _names(finding.claims), finding.summary])
    return rows


def _summary_sheet(wb, report: Report):
    ws = wb.active
    ws.title = SHEETS[0]
    title = story_title(report.sources)
    set_cell(ws, 1, 1, f"Coverage comparison: {title}" if title else "Coverage comparison").font = TITLE_FONT
    counts = Counter(f.kind for f in report.findings)
    rows = [
        ("Report date", report.date or "undated sources"),
        ("Sources", len(report.sources)),
        ("Claims", len(report.claims)),
        ("Conflicts", counts["conflict"]),
        ("Name variants", counts["variant"]),
        ("Agreements", counts["agreement"]),
        ("Single-source claims", counts["single_source"]),
        ("Skipped files", len(report.problems)),
    ]
    number = 3
    for label, value in rows:
        set_cell(ws, number, 1, label).font = HEADER_FONT
        set_cell(ws, number, 2, value).alignment = Alignment(horizontal="left", vertical="top")
        number += 1
    if report.problems:
        number += 1
        set_cell(ws, number, 1, "Skipped file").font = HEADER_FONT
        set_cell(ws, number, 2, "Problem").font = HEADER_FONT
        for problem in report.problems:
            number += 1
            set_cell(ws, number, 1, problem.path)
            set_cell(ws, number, 2, problem.problem)
    for column in (1, 2):
        width = max((_cell_width(c.value) for (c,) in ws.iter_rows(min_row=2, min_col=column, max_col=column)),
                    default=0)
        ws.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
        for (cell,) in ws.iter_rows(min_row=1, min_col=column, max_col=column):
            cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=_cell_width(cell.value) > MAX_WIDTH)
    return ws


def _fixed_datetime(report: Report) -> datetime:
    try:
        return datetime.strptime(report.date or "", "%Y-%m-%d")
    except ValueError:
        return FALLBACK_DATE


def _restamp(data: bytes, when: datetime) -> bytes:
    """The same archive with every entry dated `when`, so identical workbooks give identical bytes."""
    stamp = (max(1980, when.year), when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def build_workbook(report: Report) -> Workbook:
    """The workbook in memory, for callers that want to add to it before saving."""
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    findings = ordered_findings(report.findings)
    conflicts = [f for f in findings if f.kind == "conflict"]
    in_conflict = {cid for f in conflicts for cid in f.claims}

    wb = Workbook()
    _summary_sheet(wb, report)

    reading_headers = ["finding", "topic", "{}", "role", "source count", "of sources", "sources", "claims",
                       "summary"]
    rows = [row for f in conflicts for row in _reading_rows(f, claims)]
    _data_sheet(wb, "Conflicts", [h.format("value") for h in reading_headers], rows, range(len(rows)))
    rows = [row for f in findings if f.kind == "variant" for row in _reading_rows(f, claims)]
    _data_sheet(wb, "Variants", [h.format("spelling") for h in reading_headers], rows)

    rows = [[f.id, f.topic, " / ".join(finding_labels(f, claims)), len(set(f.sources)), _names(f.sources),
             _names(f.claims), f.summary] for f in findings if f.kind == "agreement"]
    _data_sheet(wb, "Agreements", ["finding", "topic", "value", "source count", "sources", "claims", "summary"],
                rows)

    rows = []
    for f in findings:
        if f.kind != "single_source":
            continue
        first = next((claims[cid] for cid in f.claims if cid in claims), None)
        outlets = [sources[sid].outlet for sid in f.sources if sid in sources and sources[sid].outlet]
        rows.append([f.id, f.topic, " / ".join(finding_labels(f, claims)), _names(f.sources), ", ".join(outlets),
                     _names(f.claims), first.text if first else None, first.sentence if first else None])
    _data_sheet(wb, "Single source", ["finding", "topic", "value", "source", "outlet", "claims", "quote",
                                      "sentence"], rows)

    sids = [s.id for s in report.sources]
    rows, marked = [], []
    for number, f in enumerate(findings):
        given = source_readings(f, claims)
        row = [f.id, f.topic, KIND_LABELS.get(f.kind, f.kind), _names(f.claims)]
        for sid in sids:
            if sid not in given:
                row.append(None)
            elif f.kind in ("conflict", "variant") and given[sid]:
                row.append(" / ".join(given[sid]))
            else:
                row.append("✓")
        rows.append(row)
        if f.kind == "conflict":
            marked.append(number)
    _data_sheet(wb, "Coverage", ["finding", "topic", "kind", "claims"] + sids, rows, marked)

    found_in = {}
    for f in findings:
        for cid in f.claims:
            found_in.setdefault(cid, []).append(f)
    rows, marked = [], []
    for number, c in enumerate(report.claims):
        record = c.to_dict()
        row = [record[column] for column in CLAIM_COLUMNS]
        row += [_names(f.id for f in found_in.get(c.id, ())),
                ", ".join(dict.fromkeys(KIND_LABELS.get(f.kind, f.kind) for f in found_in.get(c.id, ())))]
        rows.append(row)
        if c.id in in_conflict:
            marked.append(number)
    _data_sheet(wb, "Claims", list(CLAIM_COLUMNS) + ["findings", "finding kinds"], rows, marked)

    headers = ["id", "outlet", "title", "published", "url", "path", "language", "format", "encoding", "words",
               "claims"]
    rows = []
    for s in report.sources:
        record = report.source_dict(s)
        rows.append([record[h] for h in headers])
    _data_sheet(wb, "Sources", headers, rows)

    when = _fixed_datetime(report)
    wb.properties.creator = "spacecompare"
    wb.properties.lastModifiedBy = None
    wb.properties.created = when
    wb.properties.modified = when
    return wb


def render_xlsx(report: Report) -> bytes:
    """The workbook as .xlsx bytes, identical for identical reports."""
    wb = build_workbook(report)
    buffer = io.BytesIO()
    # ExcelWriter rather than wb.save: save() stamps the current time into the document
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    return _restamp(buffer.getvalue(), _fixed_datetime(report))

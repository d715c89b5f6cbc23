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
import threading
import unicodedata
import zipfile
from collections import Counter
from copy import copy
from datetime import datetime
from itertools import chain, compress, count, repeat
from operator import add, attrgetter, getitem, itemgetter, methodcaller
from queue import Queue
from typing import Optional

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from compare.model import CLAIM_COLUMNS, Finding, Report, claim_values, plain_claims
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
_TEXT_TYPES = frozenset({str, type(None)})
# text a cell holds as it is: printable ASCII, tabs and line breaks, no markup, within Excel's limit
_PLAIN_TEXT = re.compile(rf"[\t\n -%'-;=?-~]{{1,{MAX_CELL_CHARS}}}")


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
    if text.isascii():
        return len(text)
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


def _data_sheet(wb, title: str, headers, rows, conflict_rows=(), bulk=None):
    """A table sheet: bold frozen header, filters, widths from content, wrapped long columns.

    With `bulk` (a dict), the rows are not made into openpyxl cells: they are kept in `bulk`
    under the sheet, with their styles, for `render_xlsx` to write straight into the file.
    """
    ws = wb.create_sheet(title)
    conflict_rows = set(conflict_rows)
    columns = _Columns(headers, rows)
    widths = columns.widths
    wrap = [width > MAX_WIDTH for width in widths]
    styles = {(w, marked): _style(ws, w, CONFLICT_FILL if marked else None) for w in (False, True)
              for marked in (False, True)}
    header_style = _style(ws, False, font=HEADER_FONT)
    for column, header in enumerate(headers, start=1):
        set_cell(ws, 1, column, header)._style = copy(header_style)
    if bulk is not None:
        ids = {key: wb._cell_styles.add(style) for key, style in styles.items()}
        bulk[ws] = (rows, conflict_rows, wrap, ids, columns)
    for number, row in enumerate(rows if bulk is None else ()):
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


class _Columns:
    """What a table's columns hold, found once for their widths and for writing their cells:
    each column's width, the types of its values and, for a column of strings (and empty
    cells), its distinct strings.

    A width is the widest of the header and the cells as far as it matters: past MAX_WIDTH a
    column is as wide as it gets and wraps, so its other cells are not measured. Many cells
    repeat a value: each distinct value (of each type) is measured once.

    `keyed` tells that every row has a cell for each column and every value can key a dict:
    the rows can then be written a column at a time (see _keyed_rows).
    """

    def __init__(self, headers, rows):
        count = len(headers)
        self.widths = [_cell_width(h) for h in headers]
        self.kinds = [set() for _ in range(count)]
        self.texts = [None] * count
        self.keyed = False
        if rows and not isinstance(rows[0], _SparseRow) and set(map(len, rows)) == {count}:
            self.keyed = True
            for column, values in enumerate(zip(*rows)):
                self._measure(column, values)
            return
        measured: dict = {}
        widths = self.widths
        for row in rows:
            for column, value in (row.items() if isinstance(row, _SparseRow) else enumerate(row)):
                self.kinds[column].add(type(value))
                if value is None or widths[column] > MAX_WIDTH:
                    continue
                key = (type(value), value) if type(value) in (str, int) else None  # not floats: -0.0 == 0.0
                width = measured.get(key) if key is not None else None
                if width is None:
                    width = _cell_width(value)
                    if key is not None:
                        measured[key] = width
                if width > widths[column]:
                    widths[column] = width

    def _measure(self, column: int, values: tuple) -> None:
        kinds = self.kinds[column] = set(map(type, values))
        if kinds <= _TEXT_TYPES:
            texts = self.texts[column] = set(values)
            texts.discard(None)
            others = ()
        else:
            try:
                if len(kinds) == 1:  # values of one type: the values alone tell the cells apart
                    distinct = zip(repeat(next(iter(kinds))), set(values))
                else:
                    # (type, value): 1 and True are different cells. -0.0 and 0.0 count once;
                    # both are narrower than the narrowest column.
                    distinct = set(zip(map(type, values), values))
            except TypeError:  # an unhashable value (a list or dict cell): measure every cell
                distinct = zip(repeat(None), values)
                self.keyed = False
            texts, others = [], []
            for kind, value in distinct:
                (texts if kind is str else others).append(value)
        widths = self.widths
        if widths[column] > MAX_WIDTH:
            return
        joined = "".join(texts)
        if joined.isascii() and "\n" not in joined:  # one line of ASCII: as wide as it is long
            widths[column] = max(widths[column], max(map(len, texts), default=0))
            texts = ()
        for value in chain(texts, others):
            width = _cell_width(value)
            if width > widths[column]:
                widths[column] = width
                if width > MAX_WIDTH:
                    break


class _SparseRow:
    """A table row of `size` cells, mostly empty: the given leading cells, then cells by column."""

    __slots__ = ("cells", "size")

    def __init__(self, lead: list, size: int):
        self.cells = dict(enumerate(lead))
        self.size = size

    def __setitem__(self, column: int, value) -> None:
        self.cells[column] = value

    def items(self):
        return sorted(self.cells.items())

    def __iter__(self):
        return (self.cells.get(column) for column in range(self.size))


def _xml_text(text: str) -> str:
    """Text as openpyxl writes it into a cell: markup and carriage returns escaped, ASCII only."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return text if text.isascii() else text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _cell_xml(value) -> Optional[str]:
    """The `t` attribute and content of a cell holding `value` (as set_cell stores it), or None."""
    if value is None:
        return None
    if type(value) is str and _PLAIN_TEXT.fullmatch(value):
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f' t="inlineStr"><is><t{space}>{value}</t></is></c>'  # nothing to clean or escape
    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)) and math.isfinite(value):
        return f' t="n"><v>{safe_string(value)}</v></c>'
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    text = clean_text(str(value))
    if not text:
        return ' t="inlineStr"></c>'
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f' t="inlineStr"><is><t{space}>{_xml_text(text)}</t></is></c>'


def _sheet_extent(rows, conflict_rows) -> tuple[int, int]:
    """The last row and column (1-based, the header being row 1) a table's data puts a cell in."""
    if (rows and not isinstance(rows[0], _SparseRow) and min(map(len, rows))
            and None not in map(itemgetter(-1), rows)):
        return len(rows) + 1, max(map(len, rows))  # every row ends with a cell
    last_row = last_column = 0
    for number, row in enumerate(rows):
        if number in conflict_rows:
            width = row.size if isinstance(row, _SparseRow) else len(row)
        elif isinstance(row, _SparseRow):
            width = max((column + 1 for column, value in row.cells.items() if value is not None), default=0)
        else:
            width = len(row)
            while width and row[width - 1] is None:
                width -= 1
        if width:
            last_row = number + 2
            last_column = max(last_column, width)
    return last_row, last_column


_ROW = "\x00"  # stands for the row number in a cell's XML; clean_text drops it from text


class _Cells(dict):
    """The XML of one column's cells by value, the row number left as _ROW, each made once.

    Values of the types in `kept` are kept: strings, bools where the column holds no other
    kind of number, ints where it holds no bools (True == 1 is a different cell). A float is
    made each time; it finds a kept int it equals, which is written alike (both as %.16g) but
    for 0, which -0.0 equals: 0 is not kept beside floats.
    """

    __slots__ = ("head", "marked", "kept", "floats")

    def __init__(self, letter: str, style: int, marked: bool, kinds: set):
        super().__init__()
        self.head = f'<c r="{letter}{_ROW}" s="{style}"'
        self.marked = marked
        numbers = kinds & _NUMBERS
        if numbers == {bool}:
            self.kept = _TEXT_TYPES | {bool}
        elif bool in numbers:
            self.kept = _TEXT_TYPES
        else:
            self.kept = _TEXT_TYPES | {int}
        self.floats = float in numbers

    def fill(self, texts) -> None:
        """Make the cells of the strings that need nothing cleaned or escaped, all at once."""
        plain = set(filter(_PLAIN_TEXT.fullmatch, texts))
        edged = plain - set(map(str.strip, plain))  # those with spaces at an edge
        for group, tag in ((plain - edged, "<t>"), (edged, '<t xml:space="preserve">')):
            group = list(group)
            start = self.head + ' t="inlineStr"><is>' + tag
            self.update(zip(group, map(str.__add__, map(start.__add__, group), repeat("</t></is></c>"))))

    def __missing__(self, value) -> str:
        content = _cell_xml(value)
        if content is None:
            if not self.marked:
                self[None] = ""
                return ""  # an empty cell needs no style; a marked row is filled across
            content = ' t="n"></c>'
        cell = self.head + content
        if type(value) in self.kept and not (self.floats and value == 0):
            self[value] = cell
        return cell


_NUMBERS = frozenset({bool, int, float})


def _sheet_rows(rows, conflict_rows, wrap, ids, columns: _Columns, batch: int = 5000):
    """The <row> elements of a table's data, from row 2, as openpyxl would write its cells, in
    strings of up to `batch` rows."""
    letters = [get_column_letter(column) for column in range(1, max(len(wrap), 1) + 1)]
    sparse = bool(rows) and isinstance(rows[0], _SparseRow)
    cells = {marked: [_Cells(letters[column], ids[(w, marked)], marked, columns.kinds[column])
                      for column, w in enumerate(wrap)] for marked in (False, True)}
    for memo, texts in zip(cells[False], columns.texts):
        if texts:
            memo.fill(texts)
    if columns.keyed:
        yield from _joined(_keyed_rows(rows, conflict_rows, cells, batch), batch)
        return
    blank = [memo[None] for memo in cells[True]]  # a marked row's empty cells
    out = []
    for number, row in enumerate(rows):
        marked = number in conflict_rows
        memo = cells[marked]
        try:
            if not sparse:
                body = "".join(map(getitem, memo, row))
            elif marked:
                filled = blank[:row.size]
                for column, value in row.cells.items():
                    filled[column] = memo[column][value]
                body = "".join(filled)
            else:
                body = "".join([memo[column][value] for column, value in row.items()])
        except TypeError:  # an unhashable value (a list or dict cell)
            body = "".join([memo[column].__missing__(value) for column, value in enumerate(row)])
        if body:
            line = str(number + 2)
            out += ('<row r="', line, '">', body.replace(_ROW, line), "</row>")
            if len(out) >= 5 * batch:
                yield "".join(out)
                out = []
    if out:
        yield "".join(out)


def _keyed_rows(rows, conflict_rows, cells: dict, batch: int):
    """The non-empty <row> elements of a table whose columns are keyed (see _Columns), as
    _sheet_rows writes them, in a list for each `batch` rows.

    A block of rows is written a column at a time, marked and other rows apart: each column's
    cells are looked up in one C-level map and each row joined in another, instead of a Python
    step per row and cell.
    """
    head, tail = f'<row r="{_ROW}">', "</row>"
    empty = head + tail
    lookups = {marked: [memo.__getitem__ for memo in memos] for marked, memos in cells.items()}
    for start in range(0, len(rows), batch):
        numbers = range(start, min(start + batch, len(rows)))
        marked = [number for number in numbers if number in conflict_rows] if conflict_rows else []
        if not marked or len(marked) == len(numbers):
            texts = _keyed_texts(rows[start:numbers.stop], lookups[bool(marked)], head, tail)
        else:
            texts = [None] * len(numbers)
            others = [number for number in numbers if number not in conflict_rows]
            for group, lookup in ((others, lookups[False]), (marked, lookups[True])):
                for number, text in zip(group, _keyed_texts([rows[n] for n in group], lookup, head, tail)):
                    texts[number - start] = text
        yield [text.replace(_ROW, str(number + 2)) for number, text in zip(numbers, texts) if text != empty]


def _keyed_texts(rows, lookups: list, head: str, tail: str) -> map:
    """Each row's element, the row number left as _ROW: the cells found column by column."""
    columns = [list(map(lookup, values)) for lookup, values in zip(lookups, zip(*rows))]
    return map("".join, zip(repeat(head, len(rows)), *columns, repeat(tail, len(rows))))


def _joined(blocks, batch: int):
    """Strings of `batch` consecutive texts (the last one of what is left), from lists of texts."""
    out: list = []
    for block in blocks:
        out += block
        while len(out) >= batch:
            yield "".join(out[:batch])
            del out[:batch]
    if out:
        yield "".join(out)


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


def _finding_columns(findings) -> dict:
    """Claim id -> (the findings that rest on the claim, their kinds), as the Claims sheet shows them."""
    tails = {}
    for f in findings:  # most claims are in one finding
        tails.update(dict.fromkeys(f.claims, (f.id, KIND_LABELS.get(f.kind, f.kind))))
    repeated = {cid for cid, count in Counter(chain.from_iterable(f.claims for f in findings)).items()
                if count > 1}
    if repeated:
        found_in: dict = {}
        for f in findings:
            if not repeated.isdisjoint(f.claims):
                for cid in f.claims:
                    if cid in repeated:
                        found_in.setdefault(cid, []).append(f)
        for cid, found in found_in.items():
            tails[cid] = (_names(f.id for f in found),
                          ", ".join(dict.fromkeys(KIND_LABELS.get(f.kind, f.kind) for f in found)))
    return tails


def _claim_rows(claims):
    """Each claim's to_dict values in CLAIM_COLUMNS order: read straight from the fields for the
    Claim class (see claim_values), without making hundreds of thousands of dicts."""
    if plain_claims(claims):
        return map(claim_values, claims)
    return map(itemgetter(*CLAIM_COLUMNS), map(methodcaller("to_dict"), claims))


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


def _restamp(data: bytes, when: datetime, tables: Optional[dict] = None) -> bytes:
    """The same archive with every entry dated `when`, so identical workbooks give identical bytes.

    `tables` maps sheet parts to the rows (see _data_sheet) to write into them.
    """
    stamp = (max(1980, when.year), when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    tables = tables or {}
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            content = source.read(info.filename)
            if info.filename not in tables:
                target.writestr(entry, content)
                continue
            rows, conflict_rows, wrap, ids, columns = tables[info.filename]
            last_row, last_column = _sheet_extent(rows, conflict_rows)
            text = content.decode("utf-8")
            if last_row:
                last_column = max(last_column, len(wrap))
                text = re.sub(r'<dimension ref="[^"]*"/>',
                              f'<dimension ref="A1:{get_column_letter(last_column)}{last_row}"/>', text, count=1)
            head, _, tail = text.partition("</sheetData>")
            if not _:
                head, _, tail = text.partition("<sheetData/>")
                head += "<sheetData>"
            chunks = (chunk.encode("ascii") for chunk in _sheet_rows(rows, conflict_rows, wrap, ids, columns))
            first, size = [], 0
            for chunk in chunks:  # how large the sheet is, from its first rows
                first.append(chunk)
                size += len(chunk)
                if size > LARGE_SHEET_BYTES:
                    break
            large = size > LARGE_SHEET_BYTES
            if len(rows) > 20000:
                entry._compresslevel = 1  # many rows: fast compression
            pieces = chain([head.encode("utf-8")], first, chunks, [("</sheetData>" + tail).encode("utf-8")])
            with target.open(entry, "w", force_zip64=True) as stream:
                if large:
                    _write_beside(stream, pieces)
                else:
                    for piece in pieces:
                        stream.write(piece)
    return out.getvalue()


LARGE_SHEET_BYTES = 16_000_000  # a sheet's XML from this size on is compressed in a second thread


def _write_beside(stream, pieces) -> None:
    """Write byte strings to `stream` from a second thread, while this one makes the next ones:
    zlib compresses without holding the interpreter lock."""
    queue: Queue = Queue(maxsize=4)
    failed: list = []

    def work():
        try:
            while (piece := queue.get()) is not None:
                stream.write(piece)
        except BaseException as exc:
            failed.append(exc)
            while queue.get() is not None:  # take what is still sent, so the sender never waits
                pass

    worker = threading.Thread(target=work, name="xlsx-compress", daemon=True)
    worker.start()
    try:
        for piece in pieces:
            if failed:
                break
            queue.put(piece)
    finally:
        queue.put(None)
        worker.join()
    if failed:
        raise failed[0]


def build_workbook(report: Report, bulk: Optional[dict] = None) -> Workbook:
    """The workbook in memory, for callers that want to add to it before saving.

    `bulk` is for render_xlsx: the table sheets then get their header only, and their rows are
    left in `bulk` to be written straight into the file (see _data_sheet).
    """
    claims = report.claims_by_id
    sources = {s.id: s for s in report.sources}
    findings = ordered_findings(report.findings)
    conflicts = [f for f in findings if f.kind == "conflict"]
    in_conflict = {cid for f in conflicts for cid in f.claims}

    wb = Workbook()
    _summary_sheet(wb, report)

    reading_headers = ["finding", "topic", "{}", "role", "source count", "of sources", "sources", "claims",
                       "summary"]
    rows = [row for f in conflicts for row in _reading_rows(f, claims)]
    _data_sheet(wb, "Conflicts", [h.format("value") for h in reading_headers], rows, range(len(rows)), bulk)
    rows = [row for f in findings if f.kind == "variant" for row in _reading_rows(f, claims)]
    _data_sheet(wb, "Variants", [h.format("spelling") for h in reading_headers], rows, (), bulk)

    rows = [[f.id, f.topic, " / ".join(finding_labels(f, claims)), len(set(f.sources)), _names(f.sources),
             _names(f.claims), f.summary] for f in findings if f.kind == "agreement"]
    _data_sheet(wb, "Agreements", ["finding", "topic", "value", "source count", "sources", "claims", "summary"],
                rows, (), bulk)

    rows = []
    for f in findings:
        if f.kind != "single_source":
            continue
        first = next((claims[cid] for cid in f.claims if cid in claims), None)
        outlets = [sources[sid].outlet for sid in f.sources if sid in sources and sources[sid].outlet]
        rows.append([f.id, f.topic, " / ".join(finding_labels(f, claims)), _names(f.sources), ", ".join(outlets),
                     _names(f.claims), first.text if first else None, first.sentence if first else None])
    _data_sheet(wb, "Single source", ["finding", "topic", "value", "source", "outlet", "claims", "quote",
                                      "sentence"], rows, (), bulk)

    sids = [s.id for s in report.sources]
    column_of: dict = {}
    for column, sid in enumerate(sids, 4):
        column_of.setdefault(sid, []).append(column)
    rows, marked = [], []
    for number, f in enumerate(findings):
        given = source_readings(f, claims)
        row = [f.id, f.topic, KIND_LABELS.get(f.kind, f.kind), _names(f.claims)]
        if bulk is not None:
            # one column per source: keep only the sources that give the finding
            row = _SparseRow(row, 4 + len(sids))
            cells = row.cells
            valued = f.kind in ("conflict", "variant")
            for sid, labels in given.items():
                for column in column_of.get(sid, ()):
                    cells[column] = " / ".join(labels) if valued and labels else "✓"
            rows.append(row)
            if f.kind == "conflict":
                marked.append(number)
            continue
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
    _data_sheet(wb, "Coverage", ["finding", "topic", "kind", "claims"] + sids, rows, marked, bulk)

    ids = list(map(attrgetter("id"), report.claims))
    tails = map(_finding_columns(findings).get, ids, repeat(("", "")))
    rows = list(map(add, _claim_rows(report.claims), tails))
    marked = list(compress(count(), map(in_conflict.__contains__, ids)))
    _data_sheet(wb, "Claims", list(CLAIM_COLUMNS) + ["findings", "finding kinds"], rows, marked, bulk)

    headers = ["id", "outlet", "title", "published", "url", "path", "language", "format", "encoding", "words",
               "claims"]
    rows = []
    for s in report.sources:
        record = report.source_dict(s)
        rows.append([record[h] for h in headers])
    _data_sheet(wb, "Sources", headers, rows, (), bulk)

    when = _fixed_datetime(report)
    wb.properties.creator = "spacecompare"
    wb.properties.lastModifiedBy = None
    wb.properties.created = when
    wb.properties.modified = when
    return wb


def render_xlsx(report: Report) -> bytes:
    """The workbook as .xlsx bytes, identical for identical reports.

    The table sheets' rows are written straight into the sheets' XML, cell by cell as openpyxl
    writes them: building hundreds of thousands of openpyxl cells takes minutes.
    """
    bulk: dict = {}
    wb = build_workbook(report, bulk)
    buffer = io.BytesIO()
    # ExcelWriter rather than wb.save: save() stamps the current time into the document
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    tables = {ws.path.lstrip("/"): table for ws, table in bulk.items()}
    return _restamp(buffer.getvalue(), _fixed_datetime(report), tables)

"""Excel report: sheet layout, conflict marking, and that source text can never become a formula."""
from __future__ import annotations

import dataclasses
import io
import re
import zipfile

import openpyxl
import pytest
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from compare.report.excel import (CONFLICT_FILL, MAX_CELL_CHARS, MAX_WIDTH, SHEETS, clean_text, render_xlsx,
                                  set_cell)
from report_fixtures import HOSTILE_SENTENCES, bridge_report, hostile_report

DATA_SHEETS = SHEETS[1:]


def load(report):
    data = render_xlsx(report)
    return data, openpyxl.load_workbook(io.BytesIO(data))


def is_conflict_filled(cell) -> bool:
    return cell.fill is not None and cell.fill.fill_type == "solid" and \
        cell.fill.fgColor.rgb == CONFLICT_FILL.fgColor.rgb


def rows_of(ws):
    """Data rows as dicts keyed by the header."""
    header = [c.value for c in ws[1]]
    return [dict(zip(header, [c.value for c in row])) for row in ws.iter_rows(min_row=2)]


@pytest.fixture(scope="module")
def bridge():
    return load(bridge_report())


@pytest.fixture(scope="module")
def hostile():
    return load(hostile_report())


def test_sheets_in_order_with_valid_names(bridge):
    _, wb = bridge
    assert wb.sheetnames == list(SHEETS)
    assert all(len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) for name in wb.sheetnames)


def test_data_sheets_have_frozen_bold_headers_and_filters(bridge):
    _, wb = bridge
    for name in DATA_SHEETS:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert all(cell.font.bold for cell in ws[1]), name
        for letter, dimension in ws.column_dimensions.items():
            assert dimension.width <= MAX_WIDTH
    assert [c.value for c in wb["Claims"][1]][:3] == ["id", "source", "kind"]
    assert [c.value for c in wb["Sources"][1]][:4] == ["id", "outlet", "title", "published"]
    assert "claims" in [c.value for c in wb["Conflicts"][1]]
    assert "claims" in [c.value for c in wb["Agreements"][1]]
    assert "claims" in [c.value for c in wb["Coverage"][1]]


def test_summary_counts(bridge):
    _, wb = bridge
    ws = wb["Summary"]
    assert ws["A1"].value == "Coverage comparison: Harbor Street bridge collapses in Riverside"
    values = {row[0].value: row[1].value for row in ws.iter_rows(min_row=3) if row[0].value}
    assert values["Report date"] == "2024-03-15"
    assert values["Sources"] == 3
    assert values["Conflicts"] == 1
    assert values["Name variants"] == 1
    assert values["Agreements"] == 2
    assert values["Single-source claims"] == 1
    assert values["Skipped files"] == 1
    assert values["sources/photo-caption.pdf"] == "not a text, Markdown or HTML file"


def test_conflicts_are_marked_everywhere_they_appear(bridge):
    _, wb = bridge
    conflicts = wb["Conflicts"]
    rows = rows_of(conflicts)
    assert [(r["value"], r["role"], r["claims"]) for r in rows] == [("14", "majority", "c5, c10"),
                                                                    ("12", "minority", "c1")]
    assert all(is_conflict_filled(c) for row in conflicts.iter_rows(min_row=2) for c in row)

    coverage = wb["Coverage"]
    for row in coverage.iter_rows(min_row=2):
        assert is_conflict_filled(row[0]) == (row[2].value == "conflict")
    first = rows_of(coverage)[0]
    assert (first["ledger"], first["metro-news"], first["003_9f2c1e7a5b4d8e60"]) == ("12", "14", "14")

    claims = wb["Claims"]
    for row in claims.iter_rows(min_row=2):
        assert is_conflict_filled(row[0]) == (row[0].value in {"c1", "c5", "c10"})
    assert not any(is_conflict_filled(c) for row in wb["Agreements"].iter_rows() for c in row)


def test_claims_sheet_keeps_the_contract_values(bridge):
    _, wb = bridge
    report = bridge_report()
    rows = rows_of(wb["Claims"])
    assert [r["id"] for r in rows] == [c.id for c in report.claims]
    first = rows[0]
    assert first["value"] == 12 and first["start"] == report.claims[0].start
    assert first["findings"] == "f1" and first["finding kinds"] == "conflict"


def test_long_columns_wrap(bridge):
    _, wb = bridge
    ws = wb["Claims"]
    header = [c.value for c in ws[1]]
    sentence = ws.cell(row=2, column=header.index("sentence") + 1)
    assert sentence.alignment.wrap_text and sentence.alignment.vertical == "top"


def test_no_formula_anywhere(hostile):
    data, wb = hostile
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert not re.search(r"<f[ >/]", xml), name


def test_hostile_strings_round_trip_as_text(hostile):
    _, wb = hostile
    rows = rows_of(wb["Claims"])
    by_id = {r["id"]: r for r in rows}
    for number, sentence in enumerate(HOSTILE_SENTENCES, start=1):
        stored = by_id[f"h{number}"]["sentence"]
        assert isinstance(stored, str)
        assert stored == ILLEGAL_CHARACTERS_RE.sub("", sentence)
    assert by_id["h1"]["sentence"].startswith("=SUM(A1)")
    assert by_id["h5"]["text"] == '=HYPERLINK("http://x","click")'
    assert by_id["h14"]["sentence"] == "The bellrang 8 times."
    assert wb["Coverage"]["E1"].value == "=1+1"
    sources = rows_of(wb["Sources"])
    assert sources[0]["title"].startswith('=HYPERLINK(')
    assert sources[1]["outlet"] == "<b>Outlet</b>"


def test_cell_text_is_capped_and_cleaned():
    long_claim = dataclasses.replace(hostile_report().claims[0], sentence="=" + "x" * 40000)
    report = dataclasses.replace(hostile_report(), claims=(long_claim,))
    _, wb = load(report)
    stored = rows_of(wb["Claims"])[0]["sentence"]
    assert len(stored) == MAX_CELL_CHARS and stored.startswith("=x")
    assert clean_text("a\x00b\x1fc") == "abc"


def test_set_cell_stores_formula_like_text_as_string():
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, text in enumerate(["=1+1", "+1", "-2", "@cmd", "\tx", "\rx"], start=1):
        assert set_cell(ws, row, 1, text).data_type == "s"
    assert set_cell(ws, 7, 1, 3).data_type == "n"
    assert set_cell(ws, 8, 1, float("nan")).data_type == "s"


def test_bytes_are_deterministic(bridge):
    data, _ = bridge
    assert render_xlsx(bridge_report()) == data
    assert render_xlsx(hostile_report()) == render_xlsx(hostile_report())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2024, 3, 15, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert "2024-03-15T00:00:00Z" in core


def test_undated_report_uses_a_fixed_date():
    report = bridge_report()
    undated = dataclasses.replace(report, sources=tuple(dataclasses.replace(s, published=None)
                                                         for s in report.sources))
    data = render_xlsx(undated)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb["Summary"]["B3"].value == "undated sources"


def sheets_of(workbook) -> dict:
    """Every sheet's cells (value, type, wrap, bold, fill), extent, frozen pane, filter and widths."""
    return {ws.title: ([(c.coordinate, c.value, c.data_type, c.alignment.wrap_text, c.font.b,
                         c.fill.fgColor.rgb if c.fill.fill_type else None)
                        for row in ws.iter_rows() for c in row if c.value is not None or c.has_style],
                       ws.dimensions, ws.freeze_panes, ws.auto_filter.ref,
                       {k: v.width for k, v in ws.column_dimensions.items()})
            for ws in workbook.worksheets}


ODD_VALUES = (1, True, 1.0, -0.0, 0, False, float("nan"), float("inf"), 10 ** 20, 2.5, None, "1", "",
              " edge ", "a\nb", "遇难" * 40, "x" * 70, "=1+1", "&<>\r", [1, 2], {"a": 1}, (3, 4))


def odd_report(values=ODD_VALUES):
    """The bridge report with claims whose values are of every type a cell could get."""
    report = bridge_report()
    claims = [dataclasses.replace(report.claims[number % len(report.claims)], id=f"c{number + 1}", value=value)
              for number, value in enumerate(values)]
    return dataclasses.replace(report, claims=tuple(claims))


def numbers_report():
    """Ints and floats in one column, without bools: equal ones, zeros of both signs."""
    return odd_report((0, -0.0, 0.0, 2, 2.0, 10 ** 20, 1e20, 0, -0.0, 3, 3.5, -0.0, 0, 2.0, 2))


@pytest.mark.parametrize("make", [bridge_report, hostile_report, odd_report, numbers_report])
def test_rows_written_straight_match_openpyxl_cells(make):
    from compare.report.excel import build_workbook

    report = make()
    plain = io.BytesIO()
    build_workbook(report).save(plain)  # every row as openpyxl cells
    assert sheets_of(openpyxl.load_workbook(io.BytesIO(render_xlsx(report)))) == \
        sheets_of(openpyxl.load_workbook(plain))


def widths_cell_by_cell(headers, rows):
    from compare.report.excel import _cell_width

    widths = [_cell_width(h) for h in headers]
    for row in rows:
        for column, value in enumerate(row):
            widths[column] = max(widths[column], _cell_width(value))
    return widths


@pytest.mark.parametrize("rows", [
    [],
    [list(ODD_VALUES[:6])],
    [[value, str(value), None] for value in ODD_VALUES],
    [["short", "遇难人数为14人"], ["a\nmuch longer second line", "ab"], ["x" * 58, None]],
    [[True, 12345], [1, 1.0], [-0.0, 0]],
    [[[1, 2]], [{"a": "b" * 80}]],
])
def test_column_widths_as_wide_as_measuring_every_cell(rows):
    from compare.report.excel import _Columns

    headers = ["h"] * (len(rows[0]) if rows else 2)
    measured = _Columns(headers, rows).widths
    expected = widths_cell_by_cell(headers, rows)
    # past MAX_WIDTH a column is as wide as it gets and wraps: the exact width no longer matters
    assert [min(w, MAX_WIDTH + 1) for w in measured] == [min(w, MAX_WIDTH + 1) for w in expected]


def test_large_sheets_written_from_a_second_thread_give_the_same_bytes(monkeypatch):
    import compare.report.excel as excel

    for make in (bridge_report, hostile_report, odd_report, numbers_report):
        expected = render_xlsx(make())
        monkeypatch.setattr(excel, "LARGE_SHEET_BYTES", 0)
        assert render_xlsx(make()) == expected
        monkeypatch.undo()


def test_a_failing_write_in_the_second_thread_is_raised_here():
    from compare.report.excel import _write_beside

    class Full:
        def __init__(self):
            self.written = []

        def write(self, piece):
            if len(self.written) == 2:
                raise OSError(28, "No space left on device")
            self.written.append(piece)

    stream = Full()
    with pytest.raises(OSError, match="No space left"):
        _write_beside(stream, (bytes([n]) for n in range(100)))
    assert stream.written == [b"\x00", b"\x01"]
    stream = Full()

    def failing():
        yield b"a"
        raise ValueError("no more rows")

    with pytest.raises(ValueError, match="no more rows"):
        _write_beside(stream, failing())
    assert stream.written == [b"a"]


def test_equal_numbers_of_different_types_keep_their_own_cells():
    values = (0, -0.0, 0.0, 2, 2.0, 10 ** 20, 1e20, 0, -0.0, 3, 3.5, -0.0, 0, 2.0, 2)
    with zipfile.ZipFile(io.BytesIO(render_xlsx(numbers_report()))) as archive:
        names = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    claims = next(xml for name, xml in names.items() if name.startswith("xl/worksheets/") and ">start<" in xml)
    written = re.findall(r'<c r="F\d+" s="\d+" t="n"><v>([^<]*)</v></c>', claims)
    assert written == ["%.16g" % value for value in values]
    assert written[:3] == ["0", "-0", "0"]


@pytest.mark.parametrize("batch", [1, 2, 3, 5000])
def test_rows_written_column_by_column_match_rows_written_one_by_one(batch):
    from compare.report.excel import _Columns, _sheet_rows

    rows = [(1, "a", None), (None, None, None), (2.5, "b & c", True), (None, None, None), (-0.0, "a", 0),
            (3, " edge ", "遇难")]
    styles = {(wrap, marked): number for number, (wrap, marked) in
              enumerate((w, m) for w in (False, True) for m in (False, True))}
    for marked in ((), (0,), (1, 2), range(len(rows))):
        columns = _Columns(["x", "y", "z"], rows)
        assert columns.keyed
        keyed = list(_sheet_rows(rows, set(marked), [False, True, False], styles, columns, batch))
        columns.keyed = False
        assert keyed == list(_sheet_rows(rows, set(marked), [False, True, False], styles, columns, batch))

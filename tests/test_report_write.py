"""Writing reports: every format rendered before any file is touched, each file replaced atomically."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import compare.report as report_module
from compare.errors import OutputError
from compare.report import FORMATS, render, write_reports
from compare.report.atomic import write_atomic
from report_fixtures import bridge_report


def tree(root: Path) -> dict:
    """Every file under root with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_writes_every_format(tmp_path):
    report = bridge_report()
    out = tmp_path / "out" / "nested"
    paths = write_reports(report, out)
    assert paths == [out / "report.md", out / "report.xlsx", out / "report.json"]
    for fmt, path in zip(FORMATS, paths):
        assert path.read_bytes() == render(report, fmt)
    assert tree(tmp_path).keys() == {"out/nested/report.md", "out/nested/report.xlsx", "out/nested/report.json"}


def test_writes_only_the_asked_formats_under_the_basename(tmp_path):
    paths = write_reports(bridge_report(), tmp_path, formats=["json", "md", "json"], basename="bridge")
    assert paths == [tmp_path / "bridge.json", tmp_path / "bridge.md"]
    assert sorted(os.listdir(tmp_path)) == ["bridge.json", "bridge.md"]
    assert write_reports(bridge_report(), tmp_path, formats="md") == [tmp_path / "report.md"]


def test_nothing_outside_out_dir_is_touched(tmp_path):
    (tmp_path / "keep.txt").write_text("keep")
    out = tmp_path / "reports"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    before = tree(tmp_path)
    write_reports(bridge_report(), out)
    after = tree(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("reports/report.")} == before


def test_out_dir_that_is_a_file(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("not a folder")
    with pytest.raises(OutputError) as caught:
        write_reports(bridge_report(), target)
    message = str(caught.value)
    assert str(target) in message and "\n" not in message
    assert target.read_text() == "not a folder"


def test_out_dir_below_a_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create the report folder"):
        write_reports(bridge_report(), blocker / "reports")


def test_unknown_format_and_bad_basename(tmp_path):
    with pytest.raises(OutputError, match="unknown report format 'pdf'"):
        write_reports(bridge_report(), tmp_path, formats=("md", "pdf"))
    with pytest.raises(OutputError):
        render(bridge_report(), "html")
    for basename in ("../escape", "a/b", "", ".."):
        with pytest.raises(OutputError):
            write_reports(bridge_report(), tmp_path / "out", basename=basename)
    assert not (tmp_path / "escape.md").exists()
    assert list(tmp_path.rglob("*.md")) == []


def test_failing_renderer_leaves_previous_reports_intact(tmp_path, monkeypatch):
    write_reports(bridge_report(), tmp_path)
    before = tree(tmp_path)

    def broken(report):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(report_module, "render_xlsx", broken)
    with pytest.raises(OutputError, match="could not render the xlsx report: renderer exploded"):
        write_reports(bridge_report(), tmp_path)
    assert tree(tmp_path) == before  # report.md was not rewritten even though md renders first


def test_failing_write_removes_the_temporary_file(tmp_path, monkeypatch):
    write_reports(bridge_report(), tmp_path, formats=["md"])
    before = tree(tmp_path)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="report.md: cannot write the report"):
        write_reports(bridge_report(), tmp_path, formats=["md"])
    assert tree(tmp_path) == before


def test_write_atomic_replaces_and_cleans_up(tmp_path):
    target = tmp_path / "a.bin"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["a.bin"]


def test_a_folder_where_the_report_should_go(tmp_path):
    (tmp_path / "report.md").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        write_reports(bridge_report(), tmp_path, formats=["md"])


def test_undecodable_text_never_breaks_a_format():
    """Lone surrogates (from bytes a reader could not decode) and XML non-characters."""
    import dataclasses
    import io
    import json

    import openpyxl

    report = bridge_report()
    odd = dataclasses.replace(report.claims[0], sentence="bad \ud800 and \uffff here \x0b")
    report = dataclasses.replace(report, claims=(odd,) + report.claims[1:])
    markdown = render(report, "md").decode("utf-8")
    assert "bad \ufffd and \uffff here" in markdown
    assert json.loads(render(report, "json"))["claims"][0]["sentence"] == odd.sentence
    workbook = openpyxl.load_workbook(io.BytesIO(render(report, "xlsx")))
    assert workbook["Claims"]["M2"].value == "bad \ufffd and \ufffd here "

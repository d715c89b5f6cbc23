"""Tests for compare/sources.py: finding, decoding and reading article files.

Test data (bytes written by tests/data/make_source_files.py where they matter):

tests/data/formats/  one readable file per format, encoding and line-ending style.
tests/data/bad/      a folder as a careless user leaves it, also walked by the CLI tests:
    empty.txt, whitespace.txt        nothing to read
    binary.txt                       a PNG image saved as .txt
    fake-pdf.txt                     a PDF saved as .txt
    broken-front-matter.md           YAML that does not parse (line 3)
    bad-date.md                      'published: last Sunday'
    unclosed-front-matter.txt        '---' and 'key:' lines but no closing '---'
    no-body.html                     a page with a menu and an empty app shell, no article
    invalid-utf8.txt                 UTF-8 with two stray bytes: READABLE, bytes replaced
    utf16-bom.txt                    UTF-16 LE with BOM: READABLE
    cp1252.txt                       Windows-1252 with curly quotes and accents: READABLE
    nested/control-chars.txt         mostly control characters
    nested/.hidden.txt               hidden: never read
    nested/notes.csv                 another extension in a folder: silently ignored
So load_sources on tests/data/bad gives three sources and nine problems.
Symbolic link loops and unreadable files cannot live in git: tests make them in tmp_path.
"""
from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare import sources
from compare.errors import InputError, SourceError
from compare.model import Source, SourceProblem
from compare.text import LIST_MARK
from compare.sources import (
    CELL_BREAK,
    ROW_LABEL,
    blank_markdown,
    decode_bytes,
    first_line_title,
    iter_source_paths,
    load_sources,
    parse_front_matter,
    read_source,
    unique_ids,
)

DATA = Path(__file__).parent / "data"
FORMATS = DATA / "formats"
BAD = DATA / "bad"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def words(view: str):
    return list(re.finditer(r"\S+", view))


# ---------------------------------------------------------------------------------------------
# iter_source_paths
# ---------------------------------------------------------------------------------------------


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_other_types():
    files, problems = iter_source_paths([BAD])
    assert [p.relative_to(BAD).as_posix() for p in files] == [
        "bad-date.md",
        "binary.txt",
        "broken-front-matter.md",
        "cp1252.txt",
        "empty.txt",
        "fake-pdf.txt",
        "front-matter-only.md",
        "invalid-utf8.txt",
        "latin1.txt",
        "nested/control-chars.txt",
        "nested/nul-bytes.txt",
        "no-body.html",
        "saved-page.html",
        "unclosed-front-matter.txt",
        "utf16-bom.txt",
        "whitespace.txt",
        "word-document.txt",
    ]
    assert problems == []


def test_walk_is_deterministic_and_keeps_argument_order():
    a = iter_source_paths([FORMATS / "wire.txt", BAD / "nested", FORMATS / "plain.txt"])
    b = iter_source_paths([FORMATS / "wire.txt", BAD / "nested", FORMATS / "plain.txt"])
    assert a == b
    assert [p.name for p in a[0]] == ["wire.txt", "control-chars.txt", "nul-bytes.txt", "plain.txt"]


@pytest.mark.parametrize("name", ["notes.pdf", "story.docx", "README"])
def test_named_file_of_another_type_is_a_problem(tmp_path, name):
    path = tmp_path / name
    path.write_text("text")
    files, problems = iter_source_paths([path])
    assert files == []
    assert len(problems) == 1
    assert problems[0].path == str(path)
    assert problems[0].problem.startswith("unsupported file type")


def test_named_hidden_file_and_upper_case_extension_are_taken(tmp_path):
    hidden, upper = tmp_path / ".draft.txt", tmp_path / "STORY.TXT"
    hidden.write_text("A hidden draft the user asked for by name.")
    upper.write_text("Upper case extension.")
    files, problems = iter_source_paths([hidden, upper])
    assert files == [hidden, upper] and problems == []


def test_missing_path_raises_input_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        iter_source_paths([FORMATS / "plain.txt", missing])
    assert str(info.value) == f"{missing}: no such file or folder"


def test_same_file_twice_is_read_once():
    files, _ = iter_source_paths([FORMATS / "plain.txt", FORMATS / "plain.txt", FORMATS])
    assert [p.name for p in files].count("plain.txt") == 1


def test_folder_symlink_loop_is_a_problem(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.txt").write_text("A story.")
    os.symlink(tmp_path, tmp_path / "sub" / "up")
    files, problems = iter_source_paths([tmp_path])
    assert files == [tmp_path / "sub" / "story.txt"]
    assert problems == [SourceProblem(str(tmp_path / "sub" / "up"),
                                      "symbolic link loop (folder is inside itself)")]


def test_self_referencing_and_broken_links_are_problems(tmp_path):
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path / "gone.jpg", tmp_path / "broken.jpg")  # other type: ignored
    files, problems = iter_source_paths([tmp_path])
    assert files == []
    assert [(Path(p.path).name, p.problem) for p in problems] == [
        ("broken.txt", "broken symbolic link (its target does not exist)"),
        ("loop.txt", "symbolic link loop"),
    ]
    _, named = iter_source_paths([tmp_path / "loop.txt"])
    assert named[0].problem == "symbolic link loop"


def test_unreadable_folder_is_a_problem(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)
    files, problems = iter_source_paths([tmp_path])
    assert files == []
    assert problems == [SourceProblem(str(locked), "cannot read the folder (permission denied)")]


@pytest.mark.skipif(IS_ROOT, reason="root can read any folder")
def test_unreadable_folder_for_real(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        files, problems = iter_source_paths([tmp_path])
    finally:
        locked.chmod(0o755)
    assert problems == [SourceProblem(str(locked), "cannot read the folder (permission denied)")]


# ---------------------------------------------------------------------------------------------
# read_source: formats and metadata
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, fmt, title, published, body_start", [
    ("plain.txt", "txt", "Film crew returns from the space station", None, 0),
    ("front-matter.txt", "txt", "Crew lands after 12 days in orbit", "2021-10-17", 196),
    ("crlf.txt", "txt", "Line endings", "2021-10-17", 54),
    ("cr-only.txt", "txt", "Old Mac file", None, 0),
    ("wire.txt", "txt", None, None, 0),
    ("article.md", "md", "Soyuz lands: the film crew is back", "2021-10-17", 95),
    ("news-page.html", "html", "Film crew returns from orbit after 12 days", "2021-10-17", 0),
    ("legacy-page.html", "html", "L\u2019\u00e9quipe de tournage rentre sur Terre", None, 0),
])
def test_formats(name, fmt, title, published, body_start):
    source = read_source(FORMATS / name)
    assert (source.format, source.title, source.published, source.body_start) == (
        fmt, title, published, body_start)
    assert source.id == Path(name).stem
    assert source.path == str(FORMATS / name)
    assert source.text == (FORMATS / name).read_bytes().decode(source.encoding.split()[0])


@pytest.mark.parametrize("name", ["plain.txt", "wire.txt", "cr-only.txt", "cp1252.txt"])
def test_txt_without_front_matter_view_is_text(name):
    source = read_source(FORMATS / name)
    assert source.view == source.text and source.offsets is None and source.body_start == 0


def test_txt_front_matter_is_blanked_and_read():
    source = read_source(FORMATS / "front-matter.txt")
    assert source.offsets is None
    assert len(source.view) == len(source.text)
    assert source.view[:source.body_start].strip() == ""
    assert source.view[source.body_start:] == source.text[source.body_start:]
    assert source.text[source.body_start:].startswith("A Russian actress")
    assert (source.outlet, source.url, source.language) == (
        "Space Wire", "https://spacewire.example/crew-lands", "en")
    start = source.view.index("12 days")
    assert source.text[start:start + 7] == "12 days"


def test_crlf_is_kept_exactly():
    source = read_source(FORMATS / "crlf.txt")
    assert source.text.startswith("---\r\ntitle: Line endings\r\n")
    assert "12 days\r\nin orbit.\r\n\r\n" in source.view
    assert source.view[source.body_start:] == source.text[source.body_start:]
    assert source.view.count("\r\n") == source.text.count("\r\n")


def test_lone_cr_is_kept():
    source = read_source(FORMATS / "cr-only.txt")
    assert source.text == "Old Mac file\r\rThe crew spent 12 days\rin orbit.\r"


def test_wire_copy_hard_line_breaks_stay_in_place():
    source = read_source(FORMATS / "wire.txt")
    assert "after spending 12 days aboard the\nInternational Space Station" in source.view
    start = source.view.index("148 km")
    assert source.text[start:start + 6] == "148 km"


def test_markdown_markup_is_blanked_at_the_same_offsets():
    source = read_source(FORMATS / "article.md")
    text, view = source.text, source.view
    assert len(view) == len(text) and source.offsets is None
    assert view.count("\n") == text.count("\n")
    body = view[source.body_start:]
    for markup in ("#", "**", "_hard_", "> ", "](", "https://example.com", "capsule.jpg",
                   "![", "<!--", "check the time", "```", "`", "\\"):
        assert markup not in body, markup
    for word in ("Film crew", "lands", "actress", "hard", "12 days", "40 minutes", "Training",
                 "04:35 GMT", "148 km", "2021.", "snake_case_word", "3 * 4", "escaped", "code stays"):
        start = view.index(word, source.body_start)
        assert text[start:start + len(word)] == word, word
    assert re.sub(r"\s+", " ", body).strip().startswith("Film crew lands safely The actress said")


@pytest.mark.parametrize("markdown, expected", [
    ("# Title", "Title"),
    ("## Title ##", "Title"),
    ("**bold** and *it* and ***both***", "bold and it and both"),
    ("__strong__ and _em_ but snake_case", "strong and em but snake_case"),
    ("[text](http://x.y/z) after", "text after"),
    ("![alt](pic.png) after", "after"),
    ("see [ref][1] here", "see ref here"),
    ("> quoted\n> > nested", "quoted nested"),
    ("- one\n* two\n+ three", "• one • two • three"),  # an item's marker becomes one bullet
    ("1. one\n2) two", "• one • two"),
    ("flew in\n2021. The end", "flew in 2021. The end"),  # a wrapped sentence, not a list
    ("a <!-- hidden --> b", "a b"),
    ("```py\nx * y\n```", "x * y"),
    ("~~gone~~ \\*lit\\*", "gone *lit *"),
    ("Title\n=====\n\n---", "Title"),
    ("[1]: http://example.com", ""),
    # a table row is a sentence (opening like a list item); a row of two cells, a label and its value
    ("| a | b |\n|---|---|", "• a : b"),
    ("| | |\n|---|---|\n| **Depth** | 12 m |", "• • Depth : 12 m"),
    ("| Rank | Name | Time |\n| 1 | Abebe | 2:05 |", "• Rank ; Name ; Time • 1 ; Abebe ; 2:05"),
    ("| a | | b |", "• a : b"),
    ("line one\r\n# two\r\n", "line one two"),
    ("<https://example.com> and <b>bold</b>", "and bold"),
    ("3 * 4 * 5", "3 * 4 * 5"),
])
def test_markdown_blanking(markdown, expected):
    view = blank_markdown(markdown)
    assert " ".join(view.split()) == expected
    # only blanking happened (and a table's pipes marking its rows and cells), so every kept
    # character is where it was
    assert len(view) == len(markdown)
    assert all(v == c or v in (" ", LIST_MARK) or c == "|" and v in (ROW_LABEL, CELL_BREAK)
               for v, c in zip(view, markdown))


@given(st.text(alphabet=st.sampled_from(list("ab #*_[]()!`>-+1.\n\r\\~<|:")), max_size=80))
@settings(max_examples=150, deadline=None)
def test_markdown_blanking_keeps_length_and_line_breaks(markdown):
    view = blank_markdown(markdown)
    assert len(view) == len(markdown)
    assert [i for i, c in enumerate(view) if c in "\r\n"] == [
        i for i, c in enumerate(markdown) if c in "\r\n"]
    assert all(v == c or v in (" ", LIST_MARK) or c == "|" and v in (ROW_LABEL, CELL_BREAK)
               for v, c in zip(view, markdown))


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

ARTICLE_PARAGRAPHS = [
    "Film crew returns from orbit after 12 days",
    "A Russian actress and a film director landed in Kazakhstan on Sunday after spending "
    "12 days aboard the International Space Station",
    "Yulia Peresild, 37, and Klim Shipenko, 38, returned in a Soyuz capsule",
    "The capsule touched down at 04:35 GMT, about 148 km southeast",
    "Months of training",
    'Roscosmos said the mission cost "far less" than the US$ 200 million reported',
    "The studio, Yellow, Black & White, plans to release the film, called \u00abThe Challenge\u00bb, in 2023.",
    "about 35 to 40 minutes of the film\u2019s footage",
    "the station's crew had lost working time to the shoot.",
]
BOILERPLATE = [
    "Subscribe now", "$1", "Most read", "Rocket engine", "cookies", "Accept all", "\u00a9",
    "2024", "12 staff", "Home", "World", "Opinion", "Privacy", "Leave a comment", "Post comment",
    "Write your comment", "dataLayer", "font-family", "Orbital Times Media",
]


@pytest.fixture(scope="module")
def page():
    return read_source(FORMATS / "news-page.html")


def test_html_view_holds_the_article_body(page):
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in page.view, paragraph


@pytest.mark.parametrize("boilerplate", BOILERPLATE)
def test_html_view_leaves_out_boilerplate(page, boilerplate):
    assert boilerplate not in page.view


def test_html_paragraphs_are_separated_by_blank_lines(page):
    paragraphs = page.view.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[0] == "Film crew returns from orbit after 12 days"
    assert all(p == p.strip() and "\n" not in p for p in paragraphs)


def test_html_offsets_map_every_view_character(page):
    assert len(page.offsets) == len(page.view) + 1
    assert list(page.offsets) == sorted(page.offsets)
    assert page.offsets[-1] == page.text.index("shoot.") + len("shoot.")


def test_html_words_map_back_to_the_file(page):
    checked = 0
    for match in words(page.view):
        start, end = page.file_span(*match.span())
        raw = page.text[start:end]
        if "&" not in raw:
            assert raw == match.group()
            checked += 1
        elif page.text[page.offsets[match.end() - 1]] != "&" or match.group().endswith("&"):
            # an entity inside the word: the span covers it whole
            assert html.unescape(raw) == match.group()
        assert page.view_index(start) == match.start()
    assert checked > 100


@pytest.mark.parametrize("word, raw", [
    ("Kazakhstan", "Kazakhstan"),
    ("04:35", "04:35"),
    ("&", "&"),  # the '&' of '&amp;'
    ("film\u2019s", "film&#8217;s"),
    ("station's", "station&#x27;s"),
    ("\u00abThe", "&laquo;The"),
    ("Challenge\u00bb,", "Challenge&raquo;,"),
    ('"far', "&quot;far"),
])
def test_html_entities_map_to_their_source(page, word, raw):
    start = page.view.index(word)
    file_start, file_end = page.file_span(start, start + len(word))
    assert page.text[file_start:file_end] == raw


def test_html_nbsp_becomes_a_space(page):
    start = page.view.index("US$ 200")
    assert page.text[page.offsets[start + 3]:].startswith("&nbsp;")
    file_start, file_end = page.file_span(start + 4, start + 7)
    assert page.text[file_start:file_end] == "200"


def test_html_metadata(page):
    assert (page.title, page.outlet, page.url, page.published, page.language) == (
        "Film crew returns from orbit after 12 days",
        "Orbital Times",
        "https://orbital-times.example/2021/10/17/film-crew-returns",
        "2021-10-17",
        "en",
    )
    assert (page.format, page.encoding, page.id) == ("html", "utf-8", "news-page")


def test_html_declared_charset_is_used():
    source = read_source(FORMATS / "legacy-page.html")
    assert source.encoding == "cp1252" and source.language == "fr"
    assert "Ioulia P\u00e9ressild" in source.view
    assert "Accueil" not in source.view and "Le Journal" not in source.view
    start = source.view.index("P\u00e9ressild")
    assert source.text[slice(*source.file_span(start, start + 9))] == "P\u00e9ressild"


def test_html_without_metadata_takes_title_from_the_page(tmp_path):
    body = " ".join(["The crew spent twelve days aboard the station and came back safely."] * 8)
    path = tmp_path / "bare.htm"
    path.write_text(f"<html><head><title>Crew back</title></head><body><div><p>{body}</p>"
                    f"<p>{body}</p></div></body></html>")
    source = read_source(path)
    assert source.title == "Crew back" and source.outlet is None and source.published is None
    assert source.format == "html" and "twelve days" in source.view


def test_html_table_rows_keep_every_cell_a_row_reading_as_one_sentence(tmp_path):
    """A fact box's short cells ("12 centimetres") are kept, not only the long ones, and a row
    of two cells reads as a label and its value."""
    import compare

    story = ("The rescue service completed a major operation at Haskel Bay after shore ice broke "
             "away on Saturday morning with dozens of anglers standing on it, officials said.")
    path = tmp_path / "update.html"
    path.write_text(
        f"<html><head><title>Ice rescue</title></head><body><article><h1>Ice rescue</h1><p>{story}</p>"
        "<table><thead><tr><th></th><th></th></tr></thead><tbody>"
        "<tr><th>Ice thickness at the break line</th><td>12 centimetres</td></tr>\n"
        "<tr><th>Air temperature</th>\n  <td>minus 14 degrees Celsius</td></tr>"
        "<tr><td>Wind</td><td></td></tr><tr><td>Gusts</td><td> </td><td>50 km/h</td></tr></tbody></table>"
        "<table><tr><td>1</td><td>Haskel Bay station</td><td>19 people</td></tr></table>"
        f"<p>{story}</p></article></body></html>", encoding="utf-8")
    source = read_source(path)
    for row in ("Ice thickness at the break line: 12 centimetres", "Air temperature: minus 14 degrees Celsius",
                "\n\nWind\n\n", "Gusts: 50 km/h", "1; Haskel Bay station; 19 people"):
        assert row in source.view, row
    assert list(source.offsets) == sorted(source.offsets)
    claims = compare.extract_claims(source, compare.load_rules())
    for claim in claims:
        assert claim.text == source.text[claim.start:claim.end]
    assert [c.attribute for c in claims if c.text == "12 centimetres"] == ["thickness"]
    assert [c.text for c in claims if c.kind == "count"] == ["19 people"]


def test_html_list_items_of_a_fact_list_are_kept_however_short(tmp_path):
    story = ("Rasmus Vinther won the biggest title of his career on Sunday, beating Kenji Moriyasu in "
             "three games in front of a crowd of 6,200 in the main hall.")
    path = tmp_path / "report.html"
    path.write_text(
        f"<html><head><title>Final</title></head><body><article><h1>Final</h1><p>{story}</p>"
        "<h2>Match statistics</h2><ul><li>Duration: 84 minutes</li><li>Longest rally: 61 shots</li>"
        "<li>Points won on serve: Vinther 38, Moriyasu 35</li></ul>"
        f"<p>{story}</p></article></body></html>", encoding="utf-8")
    source = read_source(path)
    for item in ("Duration: 84 minutes", "Longest rally: 61 shots", "Points won on serve: Vinther 38, Moriyasu 35"):
        assert item in source.view, item


@pytest.mark.parametrize("name, table", [
    ("table.md", "| Measure | Oct-Dec 2025 | Oct-Dec 2024 |\n|---|---|---|\n"
                 "| Ambulance handovers | 61,240 | 58,905 |\n| Lorries that waited more than 12 hours | 4,318 | 2,960 |\n"
                 "| March 2024 | 1,412 | 1,380 |\n| 1 | Haskel Bay station | 19 people |\n"),
    ("table.html", "<table><tr><th>Measure</th><th>Oct-Dec 2025</th><th>Oct-Dec 2024</th></tr>"
                   "<tr><td>Ambulance handovers</td><td>61,240</td><td>58,905</td></tr>"
                   "<tr><td>Lorries that waited more than 12 hours</td><td>4,318</td><td>2,960</td></tr>"
                   "<tr><td>March 2024</td><td>1,412</td><td>1,380</td></tr>"
                   "<tr><td>1</td><td>Haskel Bay station</td><td>19 people</td></tr></table>"),
])
def test_a_longer_table_row_opening_with_words_labels_its_first_figure(tmp_path, name, table):
    """"Ambulance handovers | 61,240 | 58,905": the words label this period's figure, as a fact
    box's label would; a row opening with a figure parts its cells like clauses."""
    import compare

    story = ("The health board said on Thursday that its emergency departments had their busiest "
             "winter on record, with long waits at every hospital in the region.")
    text = (f"<html><head><title>Winter</title></head><body><article><h1>Winter</h1><p>{story}</p>{table}"
            f"<p>{story}</p></article></body></html>") if name.endswith(".html") else f"# Winter\n\n{story}\n\n{table}\n{story}\n"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    view = re.sub(r"\s+([:;])", r"\1", re.sub(r"\s+", " ", source.view))  # (Markdown keeps the cells' spaces)
    assert "Ambulance handovers: 61,240; 58,905" in view
    assert "Lorries that waited more than 12 hours: 4,318; 2,960" in view  # (a figure may qualify the words)
    assert "March 2024; 1,412; 1,380" in view  # (but a date labels nothing)
    assert "1; Haskel Bay station; 19 people" in view
    claims = compare.extract_claims(source, compare.load_rules())
    assert all(claim.text == source.text[claim.start:claim.end] for claim in claims)
    assert [c.attribute for c in claims if c.text == "61,240"] == ["noun:handover"]
    assert [c.attribute for c in claims if c.text == "4,318"] == ["noun:vehicle"]


def _results_table(tmp_path, name: str, rows: list):
    """A results table (a header row, then rows) between two paragraphs, as a Markdown or an HTML page."""
    story = "The by-election result was declared overnight at the leisure centre in Kellsmoor, officials said."
    if name.endswith(".md"):
        table = "\n".join("| " + " | ".join(row) + " |" for row in rows[:1]) + "\n|---|---|---|---|\n" + "\n".join(
            "| " + " | ".join(row) + " |" for row in rows[1:])
        text = f"# Result\n\n{story}\n\n{table}\n\n{story}\n"
    else:
        table = "<table>" + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) + "</table>"
        text = f"<html><head><title>Result</title></head><body><article><h1>Result</h1><p>{story}</p>{table}<p>{story}</p></article></body></html>"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_source(path)


@pytest.mark.parametrize("name", ["results.md", "results.html"])
def test_a_results_tables_header_names_its_columns_and_its_first_cell_the_row(tmp_path, name):
    """"Candidate | Party | Votes" over "Rhian Maddocks | New Democrats | 10,412": 10,412 votes,
    Rhian Maddocks's; a row of a table whose header holds figures is read as before."""
    import compare

    rows = [("Candidate", "Party", "Votes", "Share (%)"), ("Rhian Maddocks", "New Democrats", "10,412", "38.4"),
            ("Gareth Pryce", "Civic Alliance", "8,295", "30.6")]
    source = _results_table(tmp_path, name, rows)
    claims = {c.text: c for c in compare.extract_claims(source, compare.load_rules()) if c.kind == "count"}
    assert (claims["10,412"].attribute, claims["10,412"].subject) == ("votes", "Rhian Maddocks")
    assert (claims["8,295"].attribute, claims["8,295"].subject) == ("votes", "Gareth Pryce")


def test_html_promo_and_ad_boxes_inside_the_article_are_left_out(tmp_path):
    paragraphs = [
        "The ferry capsized in heavy seas on Tuesday night with 212 people on board, the coastguard said.",
        "Divers recovered nine more bodies on Wednesday, bringing the confirmed toll to twenty-one.",
        "The vessel had been inspected in March and passed, the maritime authority said on Thursday.",
    ]
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body class='single has-ads'><article class='story'>"
        f"<h1>Ferry toll rises</h1><p>{paragraphs[0]}</p>"
        "<div class='ts-inline-promo'><p><strong>Train smarter:</strong> Try Coach Plus free for 14 days "
        "and get a personal plan for your next race.</p></div>"
        f"<div class='story-body'><p>{paragraphs[1]}</p>"
        "<section id='newsletter-signup'><div><p>Get our morning briefing delivered to your inbox "
        "every day, 6 days a week.</p></div></section>"
        f"<p>{paragraphs[2]}</p></div></article></body></html>")
    source = read_source(path)
    for paragraph in paragraphs:
        assert paragraph in source.view
    assert "free for 14 days" not in source.view and "morning briefing" not in source.view


def test_html_single_br_is_a_line_break_and_double_br_a_paragraph():
    source = read_source(FORMATS / "br-and-divs.html")
    assert source.view.startswith(
        "The Soyuz MS-18 capsule landed at 04:35 GMT\non Sunday, ending a 12-day trip.\n\n"
        "Yulia Peresild, 37, said the flight was hard but she would go again.\n\n")
    newline = source.view.index("\n")
    assert source.text[source.offsets[newline]:].startswith("<br>")
    for match in words(source.view):
        assert source.text[slice(*source.file_span(*match.span()))] == match.group()
    assert "Home" not in source.view and "Related" not in source.view


_FRAGMENT = st.lists(st.sampled_from([
    "crew", "12", "days", " ", "\n", "&amp;", "&nbsp;", "&#8217;", "&eacute;", "&bogus;", "& ",
    "<b>", "</b>", "<br>", "<p>", "</p>", "<div>", "</div>", "<!-- c -->", "<script>x<y</script>",
    "<a href='/x?a=1&b=2'>", "</a>", "\r\n",
]), max_size=40)


@given(_FRAGMENT)
@settings(max_examples=200, deadline=None)
def test_html_blocks_map_each_character_to_its_source(parts):
    text = "<html><body>" + "".join(parts) + "</body></html>"
    blocks, _ = sources.parse_html_blocks(text)
    if not blocks:
        return
    view, offsets = sources.join_blocks(blocks, len(text))
    assert len(offsets) == len(view) + 1
    assert list(offsets) == sorted(offsets)
    for i, ch in enumerate(view):
        source_char = text[offsets[i]]
        assert source_char == ch or source_char in "&<" or (ch.isspace() and source_char.isspace())


# ---------------------------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path, encoding, expected", [
    (FORMATS / "cp1252.txt", "cp1252",
     ["\u201cIt was the hardest thing I\u2019ve done.\u201d", "caf\u00e9", "\u20ac10", "\u2013"]),
    (BAD / "cp1252.txt", "cp1252", ["cr\u00e8me br\u00fbl\u00e9e"]),
    (FORMATS / "latin1.txt", "latin-1", ["37 a\u00f1os", "\u00a3180", "M\u00fcnchen", "\u00bfEl"]),
    (BAD / "latin1.txt", "latin-1", ["37 a\u00f1os", "\u00a3180", "M\u00fcnchen", "\u00bfEl"]),
    (FORMATS / "utf8-bom.txt", "utf-8-sig", ["\u042e\u043b\u0438\u044f", "\u2014"]),
    (FORMATS / "utf16-be-bom.txt", "utf-16-be", ["\u042e\u043b\u0438\u044f"]),
    (FORMATS / "utf32-bom.txt", "utf-32-le", ["\u042e\u043b\u0438\u044f"]),
    (BAD / "utf16-bom.txt", "utf-16-le", ["\u042e\u043b\u0438\u044f"]),
    (BAD / "invalid-utf8.txt", "utf-8 (with invalid bytes replaced)",
     ["The crew \ufffd\ufffd spent", "Caf\u00e9 owners", "\u042e\u043b\u0438\u044f"]),
])
def test_encodings(path, encoding, expected):
    source = read_source(path)
    assert source.encoding == encoding
    for snippet in expected:
        assert snippet in source.text
    assert not source.text.startswith("\ufeff")  # a BOM is never part of the text
    assert source.view == source.text


@pytest.mark.parametrize("text, codec, encoding", [
    ("It\u2019s mostly ASCII.\n", "cp1252", "cp1252"),
    ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b, "
     "\u0447\u0442\u043e \u044d\u043a\u0438\u043f\u0430\u0436 \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f "
     "\u043d\u0430 \u0417\u0435\u043c\u043b\u044e.\n" * 3, "cp1251", "cp1251"),
    ("Plain ASCII only.\n", "ascii", "utf-8"),
    ("Crew back \u2014 after 12 days.\n" * 4, "utf-16-le", "utf-16-le (no BOM)"),
])
def test_decode_bytes(text, codec, encoding):
    assert decode_bytes(text.encode(codec)) == (text, encoding)


# ---------------------------------------------------------------------------------------------
# Bad files
# ---------------------------------------------------------------------------------------------

BAD_CASES = [
    ("empty.txt", "file is empty"),
    ("whitespace.txt", "no text"),
    ("binary.txt", "binary file, not text (looks like a PNG image)"),
    ("fake-pdf.txt", "binary file, not text (looks like PDF)"),
    ("nested/control-chars.txt", "binary file, not text"),
    ("broken-front-matter.md",
     "front matter is not valid YAML: mapping values are not allowed here (line 3)"),
    ("bad-date.md", "front matter 'published' is not a date: 'last Sunday' (use YYYY-MM-DD)"),
    ("unclosed-front-matter.txt", "front matter has no closing '---' line"),
    ("no-body.html", "no article text found in the HTML"),
    ("front-matter-only.md", "no text after the front matter"),
    ("nested/nul-bytes.txt", "binary file, not text (contains NUL bytes)"),
    ("word-document.txt", "binary file, not text (looks like a ZIP archive or an Office document)"),
    ("saved-page.html", "binary file, not text (looks like a gzip archive)"),
]


@pytest.mark.parametrize("name, problem", BAD_CASES)
def test_bad_files(name, problem):
    with pytest.raises(SourceError) as info:
        read_source(BAD / name)
    assert info.value.problem == problem
    assert Path(name).name in str(info.value)
    assert str(info.value) == f"{BAD / name}: {problem}"


def test_file_over_the_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(25_100_000)  # sparse: costs no disk and is never read
    with pytest.raises(SourceError) as info:
        read_source(big)
    assert info.value.problem == "file is 25.1 MB, over the 20 MB limit"
    assert "big.txt" in str(info.value)
    with pytest.raises(SourceError, match="file is 248 bytes, over the 100 bytes limit"):
        read_source(FORMATS / "plain.txt", max_bytes=100)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("secret")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources, "open", refuse, raising=False)
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert info.value.problem == "cannot read the file (permission denied)"
    assert "locked.txt" in str(info.value)


@pytest.mark.skipif(IS_ROOT, reason="root can read any file")
def test_unreadable_file_for_real(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    try:
        with pytest.raises(SourceError, match="locked.txt: cannot read the file"):
            read_source(path)
    finally:
        path.chmod(0o644)


def test_folder_and_missing_file_given_to_read_source(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(SourceError, match="is a folder, not a file"):
        read_source(tmp_path / "folder.txt")
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "missing.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_never_opened(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert iter_source_paths([tmp_path]) == ([], [SourceProblem(str(pipe), "not a regular file")])
    assert iter_source_paths([pipe])[1] == [SourceProblem(str(pipe), "not a regular file")]
    with pytest.raises(SourceError, match="not a regular file"):
        read_source(pipe)


def test_size_just_over_the_limit_still_reads_as_over():
    assert sources._too_large(20_000_400, 20_000_000) == (
        "file is 20,000,400 bytes, over the 20 MB limit")


def test_html_extractor_failure_is_no_article_text(monkeypatch):
    import trafilatura

    def fail(*args, **kwargs):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(trafilatura, "extract", fail)
    monkeypatch.setattr(trafilatura, "extract_metadata", fail)
    with pytest.raises(SourceError, match="no article text found in the HTML"):
        read_source(FORMATS / "news-page.html")


def test_html_odd_markup_does_not_stop_the_parser():
    text = "<p>Before <![ odd section> the crew landed &#99999999; safely.</p><p>After</p>"
    blocks, _ = sources.parse_html_blocks(text)
    assert [b.text for b in blocks] == ["Before the crew landed \ufffd safely.", "After"]
    view, offsets = sources.join_blocks(blocks, len(text))
    assert text[offsets[view.index("\ufffd")]:].startswith("&#99999999;")
    assert text[offsets[view.index("safely")]:].startswith("safely")


@pytest.mark.parametrize("fragment, view, raw_of_last_char", [
    ("a &amp; b", "a & b", "b"),
    ("a & b", "a & b", "b"),
    ("AT&T", "AT&T", "T"),
    ("x &notit; y", "x \u00acit; y", "y"),  # legacy entity without ';': browsers decode it too
    ("&eacute;t&eacute;", "\u00e9t\u00e9", "&"),
    ("&#x27;&#39;", "''", "&"),
])
def test_html_entities_decode_like_a_browser(fragment, view, raw_of_last_char):
    text = f"<p>{fragment}</p>"
    blocks, _ = sources.parse_html_blocks(text)
    joined, offsets = sources.join_blocks(blocks, len(text))
    assert joined == view
    assert text[offsets[len(view) - 1]] == raw_of_last_char
    for i, ch in enumerate(view):  # kept characters are where they were
        assert text[offsets[i]] in (ch, "&")


def test_front_matter_without_body(tmp_path):
    path = tmp_path / "only-meta.md"
    path.write_text("---\ntitle: Nothing else\n---\n\n")
    with pytest.raises(SourceError, match="no text after the front matter"):
        read_source(path)


# ---------------------------------------------------------------------------------------------
# Front matter and titles
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("2021-10-17", "2021-10-17"),
    ("'2021-10-17'", "2021-10-17"),
    ("2021-10-17T08:30:00Z", "2021-10-17"),
    ("2021-10-17 08:30", "2021-10-17"),
    ("'2021-10-17T23:30:00+02:00'", "2021-10-17"),
])
def test_front_matter_published_dates(value, expected):
    meta, _ = parse_front_matter(f"---\npublished: {value}\n---\nBody.\n")
    assert meta["published"] == expected


@pytest.mark.parametrize("value", ["2021", "October 17, 2021", "2021-13-45", "[2021-10-17]"])
def test_front_matter_published_not_a_date(value):
    with pytest.raises(ValueError, match="front matter 'published' is not a date"):
        parse_front_matter(f"---\npublished: {value}\n---\nBody.\n")


@pytest.mark.parametrize("block, meta", [
    # the names blogs and static-site generators use
    ("date: 2025-10-13\npublication: The Continental",
     {"published": "2025-10-13", "outlet": "The Continental"}),
    ("date: 2025-10-13T09:15:00Z\nlang: en\nlink: https://example.com/a",
     {"published": "2025-10-13", "language": "en", "url": "https://example.com/a"}),
    # the field's own name wins over an alias
    ("published: 2024-01-02\ndate: 2025-10-13\noutlet: A\npublisher: B", {"published": "2024-01-02", "outlet": "A"}),
    # an alias that is no date is passed over, as any unknown key is
    ("date: last week\npubdate: 2025-10-14", {"published": "2025-10-14"}),
    ("date: [2025-10-13]", {}),
])
def test_front_matter_aliases(block, meta):
    assert parse_front_matter(f"---\n{block}\n---\nBody.\n")[0] == meta


@pytest.mark.parametrize("text, meta, body_start", [
    ("---\ntitle: T\nextra: ignored\n---\nBody", {"title": "T"}, 32),
    ("---\n---\nBody", {}, 8),
    ("---\n# just a comment\n---\nBody", {}, 25),
    ("--- \ntitle: T\n...\nBody", {"title": "T"}, 18),
    ("Body first\n---\ntitle: T\n---\n", {}, 0),
    ("---\nA separator, then prose.\n---\nBody", {}, 0),  # not YAML keys: no front matter
    ("---\n\nJust a rule at the top.\n", {}, 0),
])
def test_front_matter_shapes(text, meta, body_start):
    assert parse_front_matter(text) == (meta, body_start)


@pytest.mark.parametrize("text, problem", [
    ("---\ntitle: [unclosed\n---\nBody", "front matter is not valid YAML: "),
    ("---\n- a\n- b\n---\nBody", None),  # a list, not keys: taken as prose
    ("---\ntitle: {a: 1}\n---\nBody", "front matter 'title' should be a single value"),
])
def test_front_matter_problems(text, problem):
    if problem is None:
        assert parse_front_matter(text) == ({}, 0)
    else:
        with pytest.raises(ValueError) as info:
            parse_front_matter(text)
        assert str(info.value).startswith(problem)
        assert "\n" not in str(info.value)


@pytest.mark.parametrize("view, title", [
    ("A short headline\n\nBody text.", "A short headline"),
    ("Crew lands\n\nThe crew landed on Sunday.", "Crew lands"),
    ("TV Shows\n\nRussia outdoes Tom Cruise with a film\n\nBody.", "Russia outdoes Tom Cruise with a film"),
    ("Pin It\nNews\nOne\nCrew lands safely\n", "Pin It"),
    ("Share\nIf they pull this off, it will be a first.\n", "Share"),
    ("\n\n  Padded headline  \nBody", "Padded headline"),
    ("A whole sentence as the first line.\nMore.", None),
    ("x" * 200 + "\n", None),
    ("MOSCOW (Wire) - A Russian actress and a film\ndirector returned", None),
    ("Breaking: crew lands?\nThe crew landed.", "Breaking: crew lands?"),
    ("   \n", None),
])
def test_first_line_title(view, title):
    assert first_line_title(view) == title


# ---------------------------------------------------------------------------------------------
# load_sources
# ---------------------------------------------------------------------------------------------


def test_load_sources_goes_on_past_bad_files():
    progress = []
    loaded, problems = load_sources([BAD], on_progress=lambda done, total: progress.append((done, total)))
    assert [s.id for s in loaded] == ["cp1252", "invalid-utf8", "latin1", "utf16-bom"]
    assert all(isinstance(s, Source) for s in loaded)
    assert [(Path(p.path).name, p.problem.split(" (")[0].split(":")[0]) for p in problems] == [
        ("bad-date.md", "front matter 'published' is not a date"),
        ("binary.txt", "binary file, not text"),
        ("broken-front-matter.md", "front matter is not valid YAML"),
        ("empty.txt", "file is empty"),
        ("fake-pdf.txt", "binary file, not text"),
        ("front-matter-only.md", "no text after the front matter"),
        ("control-chars.txt", "binary file, not text"),
        ("nul-bytes.txt", "binary file, not text"),
        ("no-body.html", "no article text found in the HTML"),
        ("saved-page.html", "binary file, not text"),
        ("unclosed-front-matter.txt", "front matter has no closing '---' line"),
        ("whitespace.txt", "no text"),
        ("word-document.txt", "binary file, not text"),
    ]
    assert progress == [(i, 17) for i in range(1, 18)]
    assert isinstance(loaded, tuple) and isinstance(problems, tuple)


def test_load_sources_keeps_walk_problems(tmp_path):
    (tmp_path / "a.txt").write_text("One article about the crew.")
    (tmp_path / "b.pdf").write_text("not taken from a folder")
    loaded, problems = load_sources([tmp_path, tmp_path / "b.pdf"])
    assert [s.id for s in loaded] == ["a"]
    assert [p.problem.split(" (")[0] for p in problems] == ["unsupported file type"]


def test_duplicate_stems_get_unique_ids(tmp_path):
    for folder in ("one", "two", "three"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Story from {folder}.")
    (tmp_path / "one" / "story-2.md").write_text("A file whose stem is already story-2.")
    loaded, problems = load_sources([tmp_path / "one", tmp_path / "two", tmp_path / "three"])
    assert problems == ()
    assert [(s.id, Path(s.path).parent.name) for s in loaded] == [
        ("story-2", "one"), ("story", "one"), ("story-3", "two"), ("story-4", "three")]


def test_unique_ids_leaves_distinct_ids_alone():
    items = [Source(id=i, path=f"{i}.txt", text="t", view="t") for i in ("a", "b")]
    assert unique_ids(items) == items


def test_size_phrases():
    assert sources._size(25_100_000) == "25.1 MB"
    assert sources._size(20_000_000) == "20 MB"
    assert sources._size(3_500) == "3.5 KB"
    assert sources._size(12) == "12 bytes"


# ---------------------------------------------------------------------------------------------
# dates stamped in headers, and dispatches of one wire service
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("head, published", [
    ("CDW  BUSINESS  03/04/87  08:45 EST\n\nANALYSTS SEE PELLMAN PRICE AS FULL\n", "1987-03-04"),
    ("FINANCIAL DISPATCH -- CORPORATE NEWS DESK\nMAR 3, 1987 11:02 EST\n\nPELLMAN AGREES\n", "1987-03-03"),
    ("EASTBANK HERALD\nThursday 24 October 2024\n\nBy Joanna Pell\n", "2024-10-24"),
    ("Floods of March 3, 2021 are remembered by the town as the worst in living memory.\n", None),
    # a byline's parts stand alone, whatever words the others hold
    ("# Six homes flooded\n\nHarbour Post | Monday, 19 November 1979 | By our staff reporters\n", "1979-11-19"),
    ("Floods of March 3, 2021 | remembered by the town as the worst in living memory.\n", None),
])
def test_a_date_stamped_in_the_header_is_the_publication_date(tmp_path, head, published):
    path = tmp_path / "story.txt"
    path.write_text(head + "\nThe council said on Tuesday that 12 homes were flooded and 40 people moved.\n")
    assert read_source(path).published == published


@pytest.mark.parametrize("page, guessed, published", [
    ("<div>Published: 9/10/2025 5:15 AM CDT</div>", "2025-10-09", "2025-09-10"),  # read day first: turned
    ("<div>Published: 9/10/2025 5:15 AM CDT</div>", "2025-09-10", "2025-09-10"),
    ("<div>Published: 10 September 2025</div>", "2025-09-10", "2025-09-10"),
])
def test_a_page_writing_its_date_month_first_is_read_so(page, guessed, published):
    assert sources._month_first(page, guessed) == published


def test_later_dispatches_of_one_service(tmp_path):
    texts = {
        "wire-first.txt": "Floods kill 14\n\nSAN LORENZO, Oct 14 (Meridian Press) - Floods killed 14 people.\n",
        "wire-update.txt": "Toll rises to 19\n\nSAN LORENZO, Oct 15 (Meridian Press) - The toll rose to 19.\n",
        "other.txt": "Floods\n\nSAN LORENZO, Oct 15 (Northwire) - Floods killed 19 people.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    loaded, _ = load_sources([tmp_path])
    assert sources.later_dispatches(loaded) == {"wire-first": frozenset({"wire-update"})}


@pytest.mark.parametrize("head, published", [
    ("IOA  09/03/2025  14:22 GMT\n\nMOZAMBIQUE: Cyclone toll rises\n\nMAPUTO, March 9 (IOA) - ", "2025-03-09"),
    ("STARLIGHT NEWS Astronomy | 19/06/2025\n\nSteam world\n\n", "2025-06-19"),
    ("CDW  BUSINESS  03/04/87  08:45 EST\n\nNEW YORK, March 4 - ", "1987-03-04"),
])
def test_a_slashed_header_date_is_read_the_way_the_dateline_reads(tmp_path, head, published):
    path = tmp_path / "story.txt"
    path.write_text(head + "The toll rose to 19 people on Sunday, the agency said, and 80 were injured.\n")
    assert read_source(path).published == published


def test_front_matter_reads_the_same_with_either_yaml_parser():
    """libyaml reads front matter where PyYAML has it; the values are those of the pure-Python parser."""
    import yaml

    from compare import sources as module

    block = ('title: "Crews reach the ridge: 14 rescued"\noutlet: Valley Courier\npublished: 2025-06-18\n'
             "url: https://example.org/a?b=1\nlanguage: en\nauthor:\n  - A. Writer\n")
    assert yaml.load(block, Loader=module._FastTextDatesLoader) == yaml.load(block, Loader=module._TextDatesLoader)
    assert module.front_matter_fields(block)["published"] == "2025-06-18"


@pytest.mark.parametrize("name", ["share.md", "share.html"])
def test_a_percentage_in_a_results_tables_share_column_is_a_share_of_the_votes(tmp_path, name):
    """"Votes | Share" over "48,213 | 41.2%": 41.2% is the candidate's share of the votes."""
    import compare

    rows = [("Candidate", "Party", "Votes", "Share"), ("Desmond Okafor-Reyes", "Progressive Union", "48,213", "41.2%"),
            ("Rosalind Achterberg", "Civic Alliance", "44,870", "38.3%")]
    source = _results_table(tmp_path, name, rows)
    claims = {c.text: c for c in compare.extract_claims(source, compare.load_rules()) if c.kind == "percent"}
    assert (claims["41.2%"].attribute, claims["41.2%"].subject) == ("votes", "Desmond Okafor-Reyes")

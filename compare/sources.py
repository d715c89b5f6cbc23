"""Read article files (.txt, .md, .html) into `Source` records.

Every offset in the project indexes `Source.text`, the file's whole decoded text, so files are
read as bytes and decoded here (never opened in text mode, which would translate newlines).
A byte order mark is not part of `text`: offsets count from the first character after it.
`Source.view` is what the later stages analyse: front matter and Markdown markup are blanked
with spaces (same length, same offsets); for HTML the view is the page's main text only, and
`Source.offsets` maps each view character back to the file.

Problems with single files become `SourceError`s (or `SourceProblem`s in `load_sources`), so
one bad file never stops a comparison of the others.
"""
from __future__ import annotations

import codecs
import dataclasses
import datetime as _dt
import errno
import html
import logging
import os
import stat
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Optional

import yaml

from compare.errors import InputError, SourceError
from compare.model import Source, SourceProblem
from compare.parallel import chunked, default_workers, fork_context
from compare.text import LIST_MARK

LOG = logging.getLogger(__name__)
SUPPORTED_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MAX_BYTES = 20_000_000
TITLE_MAX_CHARS = 200
TITLE_MIN_WORDS = 3  # fewer words on a first line is more often a label than a headline
TITLE_LINES_TRIED = 3
FRONT_MATTER_KEYS = ("title", "outlet", "url", "published", "language")
# other names blogs and static-site generators give the same fields (Jekyll and Hugo: `date`),
# read when the key itself is absent; an alias that cannot be read is passed over
FRONT_MATTER_ALIASES = {
    "outlet": ("publication", "publisher", "site_name", "site", "newspaper"),
    "url": ("link", "canonical_url", "permalink"),
    "published": ("date", "pubdate", "publish_date", "published_at", "date_published"),
    "language": ("lang", "locale"),
}

# ---------------------------------------------------------------------------------------------
# Finding the files
# ---------------------------------------------------------------------------------------------


def iter_source_paths(paths: Iterable) -> tuple[list[Path], list[SourceProblem]]:
    """Expand files and folders into the article files to read, in a deterministic order.

    Folders are walked depth first in name order; hidden entries and files with other
    extensions inside folders are skipped silently, because folders hold all sorts of things.
    A file named explicitly is always either taken or reported, never silently dropped.
    """
    given = [Path(p) for p in paths]
    for path in given:
        if not os.path.lexists(path) and _missing(path):
            raise InputError(f"{path}: no such file or folder")
    files: list[Path] = []
    problems: list[SourceProblem] = []
    seen: set[str] = set()
    walked: set[str] = set()
    for path in given:
        if os.path.isdir(path):
            if os.path.realpath(path) in walked:
                continue
            walked.add(os.path.realpath(path))
            found = len(files) + len(problems)
            _walk_folder(path, files, problems, seen, ancestors=())
            if len(files) + len(problems) == found and not _has_articles(path):
                # a folder of PDFs says why nothing is compared
                problems.append(SourceProblem(str(path), "no .txt, .md or .html files in the folder "
                                                         "(files of other types and hidden files are not read)"))
        else:
            _take_named_file(path, files, problems, seen)
    return files, problems


def _has_articles(folder: Path) -> bool:
    """Whether the walk finds article files in `folder`, even ones already taken elsewhere."""
    found: list = []
    _walk_folder(folder, found, [], set(), ancestors=())
    return bool(found)


def _missing(path: Path) -> bool:
    """True when nothing is there; False when something is there that we may not look at."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def _take_named_file(path: Path, files: list, problems: list, seen: set) -> None:
    """A file the user named: take it, or say why not."""
    link_problem = _broken_link_problem(path)
    if link_problem:
        problems.append(SourceProblem(str(path), link_problem))
    elif not os.path.lexists(path):
        problems.append(SourceProblem(str(path), "cannot read the file (permission denied)"))
    elif not os.path.isfile(path):
        problems.append(SourceProblem(str(path), "not a regular file"))
    elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kind = path.suffix.lower() or "no extension"
        problems.append(SourceProblem(
            str(path), f"unsupported file type ({kind}); use .txt, .md, .markdown, .html or .htm"))
    else:
        _add_once(path, files, seen)


def _walk_folder(folder: Path, files: list, problems: list, seen: set, ancestors: tuple) -> None:
    """Recursively collect supported files; loops and unreadable folders become problems."""
    real = os.path.realpath(folder)
    if real in ancestors:
        problems.append(SourceProblem(str(folder), "symbolic link loop (folder is inside itself)"))
        return
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as err:
        problems.append(SourceProblem(str(folder), f"cannot read the folder ({_os_reason(err)})"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        supported = Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES
        link_problem = _broken_link_problem(path)
        if link_problem:
            if supported or "loop" in link_problem:
                problems.append(SourceProblem(str(path), link_problem))
        elif os.path.isdir(path):
            _walk_folder(path, files, problems, seen, ancestors + (real,))
        elif supported and os.path.isfile(path):
            _add_once(path, files, seen)
        elif supported:
            problems.append(SourceProblem(str(path), "not a regular file"))


def _broken_link_problem(path: Path) -> Optional[str]:
    """Why a symbolic link cannot be followed, or None when it can (or is no link)."""
    if not os.path.islink(path):  # False, not an error, when a folder on the way is unreadable
        return None
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        return "broken symbolic link (its target does not exist)"
    return None


def _add_once(path: Path, files: list, seen: set) -> None:
    """Keep each real file once, so an article never agrees with itself."""
    real = os.path.realpath(path)
    if real not in seen:
        seen.add(real)
        files.append(path)


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    return (err.strerror or type(err).__name__).lower()


# ---------------------------------------------------------------------------------------------
# Loading many files
# ---------------------------------------------------------------------------------------------


def load_sources(
    paths: Iterable,
    max_bytes: int = MAX_BYTES,
    on_progress: Optional[Callable[[int, int], None]] = None,
) -> tuple[tuple[Source, ...], tuple[SourceProblem, ...]]:
    """Read every article under `paths`; bad files become problems and the others go on.

    `on_progress(done, total)` is called as files are read, for a progress display. Many files
    (PARALLEL_FILES on) are read by two processes where the platform forks, in the same order.
    """
    files, problems = iter_source_paths(paths)
    sources = []
    done = 0
    for read in _read_in_turn(files, max_bytes, default_workers(len(files), PARALLEL_FILES)):
        for item in read:
            (problems if isinstance(item, SourceProblem) else sources).append(item)
        done += len(read)
        if on_progress is not None:
            on_progress(done, len(files))
    return tuple(unique_ids(sources)), tuple(problems)


PARALLEL_FILES = 400  # below this, starting a second process costs more than it saves
FILES_CHUNK = 50


def _read_in_turn(files: list, max_bytes: int, workers: int):
    """Lists of what each file reads as (a Source or a SourceProblem), in the files' order."""
    if workers < 2:
        yield from ([_read_or_problem(path, max_bytes)] for path in files)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunks = chunked(files, FILES_CHUNK)
    with ProcessPoolExecutor(workers, mp_context=fork_context()) as pool:
        yield from pool.map(_read_chunk, chunks, [max_bytes] * len(chunks))


def _read_chunk(files: list, max_bytes: int) -> list:
    return [_read_or_problem(path, max_bytes) for path in files]


def _read_or_problem(path, max_bytes: int):
    try:
        return read_source(path, max_bytes=max_bytes)
    except SourceError as err:
        return SourceProblem(str(path), err.problem)


def unique_ids(sources: list[Source]) -> list[Source]:
    """Give sources sharing a file stem distinct ids: `stem`, `stem-2`, `stem-3`...

    Stems that exist as ids of their own are never reused, so ids stay unique.
    """
    taken = {s.id for s in sources}
    used: set[str] = set()
    result = []
    for source in sources:
        new_id = source.id
        if new_id in used:
            n = 2
            while f"{source.id}-{n}" in taken or f"{source.id}-{n}" in used:
                n += 1
            new_id = f"{source.id}-{n}"
        used.add(new_id)
        result.append(source if new_id == source.id else dataclasses.replace(source, id=new_id))
    return result


# ---------------------------------------------------------------------------------------------
# Reading one file
# ---------------------------------------------------------------------------------------------


def read_source(path, max_bytes: int = MAX_BYTES) -> Source:
    """Read one article file into a `Source`, or raise `SourceError` saying what is wrong."""
    path = Path(path)
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(path, f"unsupported file type ({path.suffix.lower() or 'no extension'})")
    data = read_bytes(path, max_bytes)
    if not data:
        raise SourceError(path, "file is empty")
    binary = binary_kind(data)
    if binary:
        raise SourceError(path, binary)
    declared = declared_html_charset(data) if fmt == "html" else None
    text, encoding = decode_bytes(data, declared)
    if looks_binary(text):
        raise SourceError(path, "binary file, not text")
    if not text.strip():
        raise SourceError(path, "no text")
    try:
        if fmt == "html":
            fields = html_fields(text)
        else:
            fields = plain_fields(text, markdown=(fmt == "md"))
    except ValueError as err:
        raise SourceError(path, str(err)) from None
    return Source(id=path.stem, path=str(path), text=text, format=fmt, encoding=encoding, **fields)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing folders, unreadable files and files over `max_bytes`."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SourceError(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(path, "not a regular file")  # a pipe or device could block
        if info.st_size > max_bytes:
            raise SourceError(path, _too_large(info.st_size, max_bytes))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except OSError as err:
        raise SourceError(path, f"cannot read the file ({_os_reason(err)})") from None
    if len(data) > max_bytes:  # grew while we looked, or a special file
        raise SourceError(path, f"file is over the {_size(max_bytes)} limit")
    return data


def _too_large(size: int, limit: int) -> str:
    shown = _size(size) if _size(size) != _size(limit) else f"{size:,} bytes"
    return f"file is {shown}, over the {_size(limit)} limit"


def _size(n: int) -> str:
    """A byte count as people say it: '25.1 MB', '20 MB', '3.5 KB', '12 bytes'."""
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


# ---------------------------------------------------------------------------------------------
# Bytes to text
# ---------------------------------------------------------------------------------------------

_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SAMPLE = 65_536


def binary_kind(data: bytes) -> Optional[str]:
    """The problem phrase for bytes that are clearly not text, or None."""
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "binary file, not text (looks like a WebP image)"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"binary file, not text (looks like {kind})"
    if _bom(data) is None and b"\x00" in data and _bomless_utf16(data) is None:
        return "binary file, not text (contains NUL bytes)"
    return None


def looks_binary(text: str) -> bool:
    """Mostly control characters (after decoding) means not text."""
    sample = text[:_SAMPLE]
    return len(_CONTROL.findall(sample)) > 0.05 * max(len(sample), 1)


def _bom(data: bytes) -> Optional[tuple[bytes, str]]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return bom, name
    return None


def _bomless_utf16(data: bytes) -> Optional[str]:
    """'utf-16-le' or 'utf-16-be' when NULs sit in every other byte, as in ASCII-ish UTF-16."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.9 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.9 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, declared: Optional[str] = None) -> tuple[str, str]:
    """Decode a file's bytes; returns (text, name of the encoding used).

    A BOM decides (and is left out of the text); then strict UTF-8; then an encoding the
    page declares; then UTF-8 with a few bad bytes replaced when the rest is clearly UTF-8;
    then a Western single-byte encoding or charset-normalizer's best guess.
    """
    bom = _bom(data)
    if bom:
        marker, name = bom
        body = data[len(marker):]
        codec = "utf-8" if name == "utf-8-sig" else name
        try:
            return body.decode(codec), name
        except UnicodeDecodeError:
            return body.decode(codec, errors="replace"), f"{name} (with invalid bytes replaced)"
    utf16 = _bomless_utf16(data) if b"\x00" in data[:4096] else None
    if utf16:
        try:
            return data.decode(utf16), f"{utf16} (no BOM)"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    replaced = data.decode("utf-8", errors="replace")
    if _mostly_utf8(replaced):
        return replaced, "utf-8 (with invalid bytes replaced)"
    return _decode_single_byte(data)


def _mostly_utf8(replaced: str) -> bool:
    """Valid multi-byte characters outnumber the bad bytes: damaged UTF-8, not another code."""
    bad = replaced.count("\ufffd")
    good = sum(1 for ch in replaced if ord(ch) > 127) - bad
    return good > 0 and bad <= good


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    """cp1252 (or latin-1) for Western text, else charset-normalizer's best guess.

    Mostly-ASCII text whose few other bytes read well as cp1252 is Western whatever the
    guesser says: on short texts it happily proposes Chinese for a single curly apostrophe.
    """
    western = _try_decode(data, "cp1252")
    is_western = western is not None and _reads_as_western(western)
    guess = None if is_western and _high_byte_share(data) < 0.3 else _charset_guess(data)
    if is_western and (guess is None or _latin_share(guess[0]) >= 0.5):
        has_c1 = any(0x80 <= b <= 0x9F for b in data)
        return western, "cp1252" if has_c1 else "latin-1"
    if guess is not None:
        return guess
    if western is not None:
        return western, "cp1252"
    return data.decode("latin-1"), "latin-1"


def _try_decode(data: bytes, codec: str) -> Optional[str]:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _charset_guess(data: bytes) -> Optional[tuple[str, str]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE * 4]).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding), codecs.lookup(best.encoding).name
    except (UnicodeDecodeError, LookupError):
        return None


def _high_byte_share(data: bytes) -> float:
    sample = data[:_SAMPLE]
    letters = sum(1 for b in sample if b > 127 or chr(b).isalpha())
    return sum(1 for b in sample if b > 127) / max(letters, 1)


_WESTERN_PUNCTUATION = set("\u00a0‘’‚“”„–—…•€£¥©®°±·×÷§¶«»¿¡¢™†‡‰ºª´")
_INSIDE_WORDS = set("’‘´·–")  # may stand between two letters in real text
_SANDWICHED = re.compile(r"(?<=[^\W\d_])([^\x00-\x7f])(?=[^\W\d_])")


def _reads_as_western(text: str) -> bool:
    """Non-ASCII characters are Latin letters or Western punctuation, and no symbol sits
    inside a word (as '³' does in 'Za³oga', Polish read with the wrong code page)."""
    for match in _SANDWICHED.finditer(text[:_SAMPLE]):
        ch = match.group(1)
        if not ch.isalpha() and ch not in _INSIDE_WORDS:
            return False
    return _latin_share(text[:_SAMPLE]) >= 0.9


def _latin_share(text: str) -> float:
    """Share of non-ASCII characters that are Latin letters or common Western punctuation."""
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return 1.0
    latin = sum(1 for ch in wide if ch in _WESTERN_PUNCTUATION or "LATIN" in unicodedata.name(ch, ""))
    return latin / len(wide)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_html_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in a <meta> tag, as a Python codec name (or None)."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a page read as ASCII cannot be UTF-16; browsers ignore this label too
    # browsers read pages labelled latin-1 or ASCII as windows-1252, and so do we
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


# ---------------------------------------------------------------------------------------------
# Plain text and Markdown
# ---------------------------------------------------------------------------------------------


def plain_fields(text: str, markdown: bool) -> dict:
    """Source fields of a .txt or .md file: front matter, blanked view, title."""
    meta, body_start = parse_front_matter(text)
    view = blank(text, 0, body_start) if body_start else text
    if markdown:
        view = blank_markdown(view, body_start)
    if not view[body_start:].strip():
        raise ValueError("no text after the front matter" if body_start else "no text")
    meta.setdefault("title", first_line_title(view, body_start))
    if "published" not in meta:
        stamped = wire_header_date(view, body_start)
        if stamped:
            meta["published"] = stamped
    return dict(view=view, body_start=body_start, **meta)


# a header's date: a wire service's slug line ("CDW  BUSINESS  03/04/87  08:45 EST", month
# first), a dateline of its own ("MAR 3, 1987 11:02 EST", "Thursday 24 October 2024")
_HEADER_DATE = re.compile(r"(?<![\d/])(0?[1-9]|[12]\d|3[01])/(0?[1-9]|[12]\d|3[01])/(\d{2}|\d{4})(?![\d/])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_number(name: str) -> Optional[int]:
    """1 to 12 for a month's name or abbreviation ("March", "MAR", "Sept"), else None."""
    key = name[:3].lower()
    return _MONTHS.index(key) + 1 if key in _MONTHS else None


_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_HEADER_WORDS_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)|"
    rf"(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>(?:19|20)\d\d))\b", re.IGNORECASE)
# "Evening Post | Monday, 19 November 1979 | By our staff reporters": a byline's parts
BYLINE_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_HEADER_LOWER_OK = {"by", "on", "at", "updated", "published", "posted", "am", "pm", "a.m.", "p.m."}


def wire_header_date(view: str, body_start: int = 0, lines: int = 3) -> Optional[str]:
    """The date stamped on one of the first (or last) short lines of an article, as YYYY-MM-DD."""
    spans = [(a, b) for a, b in _line_spans(view, body_start) if view[a:b].strip()]
    dateline = _DATELINE_MONTH.search(view, body_start, body_start + 2000)
    month_named = _month_number(dateline.group(1)) if dateline else None
    for start, end in spans[:lines + 2] + spans[-lines:]:
        stamped = header_line_date(view[start:end].strip(), month_named)
        if stamped:
            return stamped
    return None


# the month a wire dateline names: "MAPUTO, March 9 (IOA) -"
_DATELINE_MONTH = re.compile(r"^[ \t]*[A-Z][A-Z'’. -]+,(?:[ \t]*[A-Z][\w.'’ -]+,)?[ \t]*"
                             r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b",
                             re.MULTILINE)


def header_line_date(line: str, month_named: Optional[int] = None) -> Optional[str]:
    """A header line's date; slashed dates are month first unless the dateline's month says
    otherwise ("IOA  09/03/2025" over "MAPUTO, March 9": the ninth of March)."""
    if len(line) > 100 or line.endswith(".") and not line.endswith(("a.m.", "p.m.")):
        return None
    lower = [w for w in re.findall(r"[^\W\d_][\w.]*", line) if w[0].islower() and w.lower() not in _HEADER_LOWER_OK]
    if len(lower) > 2:
        # a sentence or a headline, not a header; but a byline's parts each stand alone:
        # "Evening Post | Monday, 19 November 1979 | By our staff reporters"
        parts = BYLINE_SEPARATOR.split(line)
        if len(parts) == 1:
            return None
        return next((found for found in (header_line_date(part.strip(), month_named) for part in parts) if found), None)
    match = _HEADER_DATE.search(line)
    if match:
        month, day, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if year < 100:
            year += 1900 if year >= 50 else 2000
        if month > 12 or month_named is not None and day == month_named != month:
            month, day = day, month  # "19/06/2025": day first
    else:
        match = _HEADER_WORDS_DATE.search(line)
        if not match:
            return None
        month = _month_number(match.group("month") or match.group("month2"))
        day, year = int(match.group("day") or match.group("day2")), int(match.group("year") or match.group("year2"))
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    return None


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping line breaks so lines stay where they were."""
    return text[:start] + _spaces(text[start:end]) + text[end:]


def _spaces(chunk: str) -> str:
    return re.sub(r"[^\r\n]", " ", chunk)


_FM_OPEN = re.compile(r"---[ \t]*(\r\n|\r|\n)")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_YAML_KEY_LINE = re.compile(r"[ \t]*[A-Za-z_][\w -]*:(\s|$)")


def parse_front_matter(text: str) -> tuple[dict, int]:
    """YAML front matter between a first line '---' and a closing '---' line.

    Returns the known keys found and the index where the body starts (0 without front matter).
    A first '---' not followed by 'key:' lines is a separator in the prose, not front matter.
    Raises ValueError with a short problem phrase when the front matter is broken.
    """
    opening = _FM_OPEN.match(text)
    if not opening:
        return {}, 0
    block_lines = []
    for start, end in _line_spans(text, opening.end()):
        line = text[start:end]
        if re.fullmatch(r"(---|\.\.\.)[ \t]*", line):
            if not _looks_like_yaml(block_lines):
                return {}, 0
            newline = _NEWLINE.match(text, end)
            return front_matter_fields("\n".join(block_lines)), newline.end() if newline else end
        block_lines.append(line)
    if _looks_like_yaml(block_lines):
        raise ValueError("front matter has no closing '---' line")
    return {}, 0


def _looks_like_yaml(lines: list) -> bool:
    """'key:' lines, or nothing but comments and blank lines (an empty front matter)."""
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), None)
    return first is None or bool(_YAML_KEY_LINE.match(first))


def _line_spans(text: str, start: int = 0):
    """(start, end) of each line from `start`, line breaks excluded; CRLF, CR and LF alike."""
    position = start
    for newline in _NEWLINE.finditer(text, start):
        yield position, newline.start()
        position = newline.end()
    yield position, len(text)


class _TextDatesLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so a bad date is reported by key, not by YAML."""


class _FastTextDatesLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same with libyaml's parser where PyYAML has it: several times faster on thousands of
    articles, with the same values (its error messages differ, so errors are read again by the
    pure-Python loader)."""


_TextDatesLoader.yaml_implicit_resolvers = _FastTextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter_fields(block: str) -> dict:
    """The known keys of a YAML front matter block, checked and turned into strings."""
    try:
        data = yaml.load(block, Loader=_FastTextDatesLoader)
    except yaml.YAMLError:
        try:
            data = yaml.load(block, Loader=_TextDatesLoader)
        except yaml.YAMLError as err:
            raise ValueError(f"front matter is not valid YAML: {_yaml_reason(err)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("front matter is not valid YAML: expected 'key: value' lines")
    fields = {}
    for key in FRONT_MATTER_KEYS:
        value = data.get(key)
        if value is None or value == "":
            value = _alias_value(data, key)
            if value is not None:
                fields[key] = value
            continue
        if key == "published":
            fields[key] = iso_date(value)
        elif isinstance(value, (dict, list)):
            raise ValueError(f"front matter '{key}' should be a single value, not a list or mapping")
        else:
            fields[key] = str(value).strip()
    return fields


def _alias_value(data: dict, key: str) -> Optional[str]:
    """The first readable value of a field under another of its names ("date: 2025-10-13")."""
    for alias in FRONT_MATTER_ALIASES.get(key, ()):
        value = data.get(alias)
        if value is None or value == "" or isinstance(value, (dict, list, bool)):
            continue
        if key != "published":
            return str(value).strip() or None
        try:
            return iso_date(value)
        except ValueError:
            continue
    return None


def _yaml_reason(err: yaml.YAMLError) -> str:
    """One line: what YAML objects to and on which line of the file."""
    reason = getattr(err, "problem", None) or str(err).splitlines()[0]
    mark = getattr(err, "problem_mark", None)
    if mark is not None:
        # the block starts on the file's line 2, just after the opening '---'
        reason += f" (line {mark.line + 2})"
    return reason


def iso_date(value) -> str:
    """A front matter date or datetime as 'YYYY-MM-DD'; anything else is a problem."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            try:
                return _dt.datetime.fromisoformat(value.strip()).date().isoformat()
            except ValueError:
                pass
    raise ValueError(f"front matter 'published' is not a date: {str(value)!r} (use YYYY-MM-DD)")


def first_line_title(view: str, body_start: int = 0) -> Optional[str]:
    """The first non-empty line as a title when it looks like one (short, no final period).

    A line continued by a lower-case line is a hard-wrapped sentence, not a title. Scraped
    text often opens with a label or a button ('TV Shows', 'Pin It'): a first line of one or
    two words gives way to the next line when that one looks like a title.
    """
    lines = [line.strip() for line in _NEWLINE.split(view[body_start:])]
    fallback = None
    seen = 0
    for i, title in enumerate(lines):
        if not title:
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        wrapped = bool(following) and following[0].islower()
        if len(title) >= TITLE_MAX_CHARS or title.endswith((".", ",", ";")) or wrapped:
            return fallback
        if len(title.split()) >= TITLE_MIN_WORDS:
            return title
        fallback = fallback or title
        seen += 1
        if seen == TITLE_LINES_TRIED:
            break
    return fallback


# Markdown markup that is not prose. Each pattern's named groups are blanked; the rest stays.
_MD_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_MD_QUOTE = re.compile(r"[ \t]{0,3}(?P<m>>[ \t]?)")
_MD_HEADING = re.compile(r"[ \t]{0,3}(?P<m>#{1,6})(?:[ \t]+|$)")
_MD_HEADING_CLOSE = re.compile(r"[ \t](?P<m>#+)[ \t]*$")
_MD_RULE = re.compile(r"[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_MD_BULLET = re.compile(r"[ \t]*(?P<m>[-*+])[ \t]+\S")
_MD_NUMBERED = re.compile(r"[ \t]*(?P<m>\d{1,9}[.)])[ \t]+\S")
_MD_REF_DEF = re.compile(r"[ \t]{0,3}\[[^\]\r\n]+\]:[ \t]*\S+.*$")
_MD_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")

_INLINE_SPAN = r"(?:[^\r\n]|\r?\n(?![ \t]*\r?\n)|\r(?![ \t]*\r))"  # stays within a paragraph
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_CODE = re.compile(r"(?P<m>`+)(?P<code>" + _INLINE_SPAN + r"+?)(?P<m2>(?P=m))(?!`)")
_MD_IMAGE = re.compile(r"!\[[^\]\r\n]*\]\([^)\r\n]*\)|!\[[^\]\r\n]*\]\[[^\]\r\n]*\]")
_MD_LINK = re.compile(r"(?P<m>\[)(?P<t>[^\[\]]*?)(?P<m2>\]\([^)\r\n]*\)|\]\[[^\]\r\n]*\])")
_MD_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_MD_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\r\n]*)?/?>")
_MD_STRONG_STAR = re.compile(
    r"(?<![\\*])(?P<m>\*{1,3})(?=[^\s*])(?P<t>" + _INLINE_SPAN + r"*?[^\s*\\])(?P<m2>(?P=m))(?!\*)")
_MD_STRONG_UNDER = re.compile(
    r"(?<![\w\\_])(?P<m>_{1,3})(?=[^\s_])(?P<t>" + _INLINE_SPAN + r"*?[^\s_\\])(?P<m2>(?P=m))(?![\w_])")
_MD_STRIKE = re.compile(r"(?P<m>~~)(?=\S)(?P<t>" + _INLINE_SPAN + r"*?\S)(?P<m2>~~)")
_MD_ESCAPE = re.compile(r"(?P<m>\\)[!-/:-@\[-`{-~]")


def blank_markdown(view: str, body_start: int = 0) -> str:
    """Blank Markdown markup after `body_start` so only prose is left, at the same offsets."""
    chars = list(view)
    protected = _blank_markdown_lines(view, chars, body_start)
    for pattern, groups in (
        (_MD_COMMENT, None),
        (_MD_CODE, ("m", "m2")),
        (_MD_IMAGE, None),
        (_MD_AUTOLINK, None),
        (_MD_LINK, ("m", "m2")),
        (_MD_TAG, None),
        (_MD_STRONG_STAR, ("m", "m2")),
        (_MD_STRONG_UNDER, ("m", "m2")),
        (_MD_STRIKE, ("m", "m2")),
        (_MD_ESCAPE, ("m",)),
    ):
        current = "".join(chars)
        for match in pattern.finditer(current, body_start):
            if _overlaps(match.span(), protected):
                continue
            spans = [match.span(g) for g in groups] if groups else [match.span()]
            for start, end in spans:
                _blank_chars(chars, start, end)
            if pattern is _MD_CODE:
                protected.append(match.span("code"))
    return "".join(chars)


def _blank_markdown_lines(view: str, chars: list, body_start: int) -> list:
    """Blank line-level markup (headings, quotes, bullets, fences, rules, link definitions).

    Returns the spans of fenced code, which inline rules must leave alone.
    """
    protected = []
    fence = None  # the marker that opened the current code block
    previous_blank, previous_item = True, False
    for start, end in _line_spans(view, body_start):
        text = view[start:end]
        opened = _MD_FENCE.match(text)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                _blank_chars(chars, start, end)
                fence = None
            else:
                protected.append((start, end))
            continue
        if opened:
            _blank_chars(chars, start, end)
            fence = opened.group(1)
            continue
        offset = start
        while True:  # nested quote markers: '> > text'
            quote = _MD_QUOTE.match(view, offset, end)
            if not quote:
                break
            _blank_chars(chars, *quote.span("m"))
            offset = quote.end()
        rest = view[offset:end]
        is_item = False
        if _MD_RULE.match(rest) or _MD_REF_DEF.match(rest) or _MD_TABLE_RULE.match(rest):
            _blank_chars(chars, offset, end)
        elif heading := _MD_HEADING.match(rest):
            _blank_chars(chars, offset + heading.start("m"), offset + heading.end("m"))
            closing = _MD_HEADING_CLOSE.search(rest)
            if closing and closing.start("m") > heading.end("m"):
                _blank_chars(chars, offset + closing.start("m"), offset + closing.end("m"))
        elif bullet := (_MD_BULLET.match(rest) or _numbered_item(rest, previous_blank or previous_item)):
            _blank_chars(chars, offset + bullet.start("m"), offset + bullet.end("m"))
            chars[offset + bullet.start("m")] = LIST_MARK  # an item starts a sentence, whatever the line before
            is_item = True
        if rest.lstrip().startswith("|"):
            pipes = [offset + pipe.start() for pipe in re.finditer(r"(?<!\\)\|", rest)]
            for pipe in pipes:
                chars[pipe] = " "
            if pipes and not _MD_TABLE_RULE.match(rest):
                _mark_table_row(chars, pipes, end)
        previous_blank, previous_item = not rest.strip(), is_item or (previous_item and bool(rest.strip()))
    return protected


ROW_LABEL, CELL_BREAK = ":", ";"  # what stands between a table row's cells in the view


def cell_marks(cells: list) -> list:
    """What parts the filled cells of a row (their texts): in a row of two the first labels the
    second ("Ice thickness: 12 centimetres", as a fact box writes it); so it does in a longer row
    whose first cell is words and whose next holds a figure ("Emergency department attendances:
    61,240; 58,905", this period's then the last's); other cells part like clauses."""
    if len(cells) < 2:
        return []
    labelled = len(cells) == 2 or (_label_cell(cells[0]) and any(ch.isdigit() for ch in cells[1]))
    return [ROW_LABEL if labelled else CELL_BREAK] + [CELL_BREAK] * (len(cells) - 2)


def _label_cell(text: str) -> bool:
    """Words that can label a row's figures: no figure alone ("2024", "March 2024", "Q3"), though
    a figure may qualify the words ("Patients who waited more than 12 hours")."""
    if not any(ch.isdigit() for ch in text):
        return any(ch.isalpha() for ch in text)
    return re.match(r"[^\W\d_]{3,}\s", text) is not None and not text[-1].isdigit()


def _mark_table_row(chars: list, pipes: list, end: int) -> None:
    """A table row (its pipes at `pipes`, its line ending at `end`) is a sentence of its own,
    its first pipe read as a list item's bullet, its cells parted by cell_marks."""
    chars[pipes[0]] = LIST_MARK
    bounds = pipes + [end]
    filled = [(start, "".join(chars[start + 1:stop]).strip()) for start, stop in zip(bounds, bounds[1:])]
    filled = [(start, text) for start, text in filled if text]
    for (pipe, _), mark in zip(filled[1:], cell_marks([text for _, text in filled])):
        chars[pipe] = mark


def _numbered_item(line: str, may_start: bool):
    """'1. text' starts a list only after a blank line or another item: a wrapped sentence
    can begin with a number such as '2021. The film'."""
    match = _MD_NUMBERED.match(line)
    return match if match and may_start else None


def _blank_chars(chars: list, start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _overlaps(span: tuple, spans: list) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

BLOCK_TAGS = frozenset("""
    address article aside blockquote body dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary
    table tbody td tfoot th thead tr ul caption legend option
""".split())
SKIPPED_TAGS = frozenset("""
    script style template svg math noscript iframe object canvas title head select textarea
    button
""".split())
CELL_TAGS = frozenset({"td", "th"})
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# a class or id word that marks an element as no part of the article, wherever it stands:
# <div class="ts-inline-promo">, <section id="newsletter-signup">, <div class="ad-slot">
NOT_ARTICLE_MARKS = frozenset("""
    ad ads advert adverts advertisement advertising sponsor sponsored promo promos promotion cta
    newsletter subscribe subscription paywall cookie cookies consent share sharing social
    related recommended trending outbrain taboola widget ticker
""".split())
ARTICLE_TAGS = frozenset({"html", "body", "main", "article"})  # <body class="has-ads"> holds the article
_MARK_WORDS = re.compile(r"[a-z0-9]+")
MIN_PARAGRAPH_WORDS = 6  # a page whose main text has no block this long is menus and links
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")


class _Block:
    """Text of one block-level element: characters with the file offsets they came from."""

    __slots__ = ("chars", "starts", "ends", "break_at", "in_nav", "cell_breaks")

    def __init__(self, break_at: int, in_nav: bool = False):
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.break_at = break_at  # offset of the tag that opened this block
        self.in_nav = in_nav  # inside <nav> or a promo, an ad box...: never the article
        self.cell_breaks: list[int] = []  # in a table row: where each cell after the first opens

    def open_cell(self, at: int) -> None:
        """A table cell opens at file offset `at`: parted from the one before (see close_row)."""
        self.strip()
        if not self.chars:
            return
        if self.cell_breaks and self.cell_breaks[-1] == len(self.chars) - 1:
            self.add(" ", at, at + 1, keep_space=True)  # the cell before was empty: one break will do
            return
        self.cell_breaks.append(len(self.chars))
        self.add(CELL_BREAK + " ", at, at + 1, keep_space=True)

    def close_row(self) -> None:
        """The row's cells parted by cell_marks, now that they are known."""
        self.strip()
        if self.cell_breaks and self.cell_breaks[-1] >= len(self.chars) - 1:
            for column in (self.chars, self.starts, self.ends):
                del column[self.cell_breaks[-1]:]  # an empty last cell
            self.cell_breaks.pop()
        bounds = [0] + self.cell_breaks + [len(self.chars)]  # (a row is a block of its own)
        cells = ["".join(self.chars[start:stop]).strip(" " + CELL_BREAK) for start, stop in zip(bounds, bounds[1:])]
        for at, mark in zip(self.cell_breaks, cell_marks(cells)):
            self.chars[at] = mark

    def add(self, chars: str, start: int, end: int, keep_space: bool) -> None:
        for ch in chars:
            if not keep_space and (ch.isspace() or ch == "\u00a0"):
                if not self.chars or self.chars[-1] in " \n":
                    continue
                ch = " "
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def line_break(self, at: int) -> bool:
        """A <br>: a new line in the block; False when the block already ends with one."""
        while self.chars and self.chars[-1] == " ":
            for column in (self.chars, self.starts, self.ends):
                column.pop()
        if not self.chars:
            return True
        if self.chars[-1] == "\n":
            return False
        self.add("\n", at, at + 1, keep_space=True)
        return True

    def strip(self) -> None:
        while self.chars and self.chars[-1].isspace():
            for column in (self.chars, self.starts, self.ends):
                column.pop()

    @property
    def text(self) -> str:
        return "".join(self.chars)


class _PageParser(HTMLParser):
    """Split a page into text blocks that remember, per character, where it is in the file.

    Also collects <meta> values and <html lang> for the page's metadata.
    """

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.source = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.blocks: list[_Block] = []
        self.current = _Block(0)
        self.skipping: list[str] = []
        self.pre_depth = 0
        self.rows = 0  # <tr> elements open
        self.marked: list[list] = []  # [tag, open count] of each open <nav> or element marked not-article
        self.meta: dict[str, str] = {}

    def file_offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._meta(tag, attrs)
        if tag not in VOID_TAGS:
            for entry in self.marked:
                entry[1] += entry[0] == tag
            if tag == "nav" or tag not in ARTICLE_TAGS and _not_article(attrs):
                self.marked.append([tag, 1])
        if tag == "body" and "head" in self.skipping:
            self.skipping.clear()  # a page that never closes its <head>
        if tag in SKIPPED_TAGS and tag not in VOID_TAGS:
            self.skipping.append(tag)
        elif tag == "br":
            self._line_break()
        elif tag in CELL_TAGS and self.rows and not self.pre_depth:
            self.current.open_cell(self.file_offset())  # a row's cells make one block
        elif tag in BLOCK_TAGS:
            self._break()
            self.pre_depth += tag == "pre"
            self.rows += tag == "tr"
            self.current.in_nav = self._outside()

    def handle_startendtag(self, tag, attrs):
        self._meta(tag, dict(attrs))
        if tag == "br":
            self._line_break()
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        for entry in self.marked:
            entry[1] -= entry[0] == tag
        while self.marked and self.marked[-1][1] <= 0:
            self.marked.pop()
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        elif tag in CELL_TAGS and self.rows and not self.pre_depth:
            pass  # the row goes on
        elif tag in BLOCK_TAGS:
            if tag == "tr" and self.rows:
                self.current.close_row()
            self._break()
            self.pre_depth = max(0, self.pre_depth - (tag == "pre"))
            self.rows = max(0, self.rows - (tag == "tr"))
            self.current.in_nav = self._outside()

    def _outside(self) -> bool:
        """Inside a menu or an element marked as no part of the article."""
        return bool(self.marked)

    def handle_data(self, data):
        if self.skipping:
            return
        start = self.file_offset()
        for i, ch in enumerate(data):
            self.current.add(ch, start + i, start + i + 1, keep_space=self.pre_depth > 0)

    def _reference(self):
        if self.skipping:
            return
        start = self.file_offset()
        match = _ENTITY.match(self.source, start)
        raw = match.group() if match else "&"
        decoded = html.unescape(raw)
        # characters left as they were ('&' alone, the 'it;' of '&notit;') keep their own
        # offsets; only the decoded part maps to the '&'
        kept = 0
        while kept < min(len(raw), len(decoded)) and raw[-1 - kept] == decoded[-1 - kept]:
            kept += 1
        if kept == len(raw):
            kept -= 1  # nothing decoded: the '&' stands for itself
        pre = self.pre_depth > 0
        entity_end = start + len(raw) - kept
        self.current.add(decoded[:len(decoded) - kept], start, entity_end, keep_space=pre)
        for i in range(entity_end, start + len(raw)):
            self.current.add(self.source[i], i, i + 1, keep_space=pre)

    def parse_marked_section(self, i, report=1):
        """'<![' that is no CDATA or conditional section: skip it like a bogus comment
        instead of failing the whole page."""
        position = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # the failed scan moved it already
            end = self.rawdata.find(">", i)
            return end + 1 if end >= 0 else -1

    def handle_entityref(self, name):
        self._reference()

    def handle_charref(self, name):
        self._reference()

    def _line_break(self):
        """One <br> is a line break (like hard-wrapped text); two in a row end a paragraph."""
        if not self.skipping and not self.current.line_break(self.file_offset()):
            self._break()

    def _break(self):
        self.current.strip()
        if self.current.chars:
            self.blocks.append(self.current)
        self.current = _Block(self.file_offset(), self._outside())

    def close(self):
        super().close()
        self._break()

    def _meta(self, tag, attrs):
        if tag == "html" and attrs.get("lang"):
            self.meta.setdefault("lang", attrs["lang"])
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
        elif tag == "link" and (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
            self.meta.setdefault("canonical", attrs["href"].strip())


def _not_article(attrs: dict) -> bool:
    """Whether an element's class or id marks it as no part of the article ("ts-inline-promo")."""
    marks = " ".join(filter(None, (attrs.get("class"), attrs.get("id"))))
    if not marks:
        return False
    lowered = marks.lower()
    return (any(word in NOT_ARTICLE_MARKS for word in _MARK_WORDS.findall(lowered))
            or "most-read" in lowered or "mostread" in lowered)


def parse_html_blocks(text: str) -> tuple[list[_Block], dict]:
    """All text blocks of a page in document order, and its <meta> values."""
    parser = _PageParser(text)
    parser.feed(text)
    parser.close()
    return parser.blocks, parser.meta


def html_fields(text: str) -> dict:
    """Source fields of an HTML page: the main text as view, offsets back to the file, metadata."""
    blocks, meta = parse_html_blocks(text)
    extracted = _main_text(text)
    kept = main_blocks(blocks, (extracted or "").splitlines())
    if not any(len(block.text.split()) >= MIN_PARAGRAPH_WORDS for block in kept):
        raise ValueError("no article text found in the HTML")
    view, offsets = join_blocks(kept, len(text))
    fields = html_metadata(text, meta)
    fields.setdefault("title", first_line_title(view))
    # the view holds the body only, so it starts at 0; offsets[0] says where in the file
    return dict(view=view, offsets=offsets, body_start=0, **fields)


def _main_text(text: str) -> Optional[str]:
    """trafilatura's main text of the page; its failure on odd markup counts as 'none found'."""
    import trafilatura

    try:
        return trafilatura.extract(text, include_comments=False, include_tables=True,
                                   deduplicate=False)
    except Exception:  # third-party parsing of arbitrary pages: one page must not stop a run
        LOG.warning("trafilatura failed on a page; treating it as having no article text",
                    exc_info=True)
        return None


def _page_metadata(text: str):
    """trafilatura's metadata of the page (an empty record when it fails)."""
    import trafilatura
    from trafilatura.settings import Document

    try:
        return trafilatura.extract_metadata(text, extensive=False)
    except Exception:  # metadata is optional: a failure leaves the fields empty
        LOG.warning("trafilatura could not read the page's metadata", exc_info=True)
        return Document()


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def main_blocks(blocks: list[_Block], lines: list[str]) -> list[_Block]:
    """The blocks that make up the extractor's main text.

    The extractor's lines are joined into one text; a block is kept when its text occurs in a
    part of it that no earlier block took, so a teaser repeating a paragraph is kept once.
    Short blocks must match whole lines, so a menu item 'Home' never matches inside a
    sentence; blocks the extractor changed a little are matched line by line, fuzzily.
    """
    targets = [_norm(line) for line in map(_row_text, lines) if line.strip()]
    main = _MainText(targets)
    return [block for block in blocks if not block.in_nav and main.take(_norm(block.text))]


def _row_text(line: str) -> str:
    """A table row as the extractor writes it ("| Date | 8 February 2025 |") read as the page's
    row block reads ("Date: 8 February 2025"); its rule line ("|---|---|") as nothing; a list
    item ("- Duration: 84 minutes") as the item's block reads, without its bullet."""
    if not line.lstrip().startswith("|"):
        return _EXTRACTOR_BULLET.sub("", line, count=1)
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    if all(set(cell) <= set(":- ") for cell in cells):
        return ""
    marks = cell_marks(cells)
    return "".join(cell + (mark + " " if mark else "") for cell, mark in zip(cells, marks + [""]))


_EXTRACTOR_BULLET = re.compile(r"^\s*[-*•]\s+")  # how the extractor writes a list item


class _MainText:
    """The extractor's lines as one text, with the parts already matched by a block."""

    SHORT = 25  # characters: blocks shorter than this must match whole lines

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.text = " ".join(lines)
        self.line_spans = []
        position = 0
        for line in lines:
            self.line_spans.append((position, position + len(line)))
            position += len(line) + 1
        self.starts = {start for start, _ in self.line_spans}
        self.ends = {end for _, end in self.line_spans}
        self.taken = bytearray(len(self.text))

    def take(self, norm: str) -> bool:
        """Whether `norm` is still-untaken main text; taking it if so."""
        if not norm:
            return False
        start = self.text.find(norm)
        while start >= 0:
            end = start + len(norm)
            aligned = start in self.starts and end in self.ends
            if (aligned or len(norm) >= self.SHORT) and not any(self.taken[start:end]):
                self.taken[start:end] = b"\x01" * (end - start)
                return True
            start = self.text.find(norm, start + 1)
        return self._take_similar_line(norm)

    def _take_similar_line(self, norm: str) -> bool:
        from rapidfuzz import fuzz

        if len(norm) < self.SHORT:
            return False
        for (start, end), line in zip(self.line_spans, self.lines):
            if any(self.taken[start:end]) or not 0.6 <= len(line) / len(norm) <= 1.25:
                continue
            if fuzz.ratio(norm, line, score_cutoff=90) or (len(line) >= self.SHORT and line in norm):
                self.taken[start:end] = b"\x01" * (end - start)
                return True
        return False


def join_blocks(blocks: list[_Block], text_length: int) -> tuple[str, tuple]:
    """The view (blocks separated by blank lines) and the file offset of each view character.

    The separator characters map to the offset of the tag that opened the next block, so the
    offsets never decrease; the extra final entry is just past the last character's source.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for i, block in enumerate(blocks):
        if i:
            at = min(max(block.break_at, offsets[-1]), block.starts[0])
            chars.append("\n\n")
            offsets.extend((at, at))
        chars.extend(block.chars)
        offsets.extend(block.starts)
    offsets.append(min(blocks[-1].ends[-1], text_length))
    return "".join(chars), tuple(offsets)


def html_metadata(text: str, meta: dict) -> dict:
    """Title, outlet, url, published date and language, from <meta> tags first, then trafilatura."""
    found = _page_metadata(text)
    published = None
    for key in ("article:published_time", "og:published_time", "datepublished",
                "date", "dc.date", "dcterms.created", "pubdate"):
        published = _date_prefix(meta.get(key))
        if published:
            break
    fields = {
        "title": meta.get("og:title") or found.title or _page_title(text),
        "outlet": meta.get("og:site_name") or found.sitename or meta.get("application-name"),
        "url": meta.get("og:url") or meta.get("canonical") or found.url,
        "published": published or _month_first(text, _date_prefix(found.date)),
        "language": _language(meta.get("lang") or meta.get("og:locale") or found.language),
    }
    return {key: value.strip() for key, value in fields.items() if value and value.strip()}


# "Published: 9/10/2025 5:15 AM CDT": a clock with AM/PM writes its date month first
_CLOCKED_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})\s+\d{1,2}:\d\d\s*(?:AM|PM|a\.m\.|p\.m\.)",
                                 re.IGNORECASE)


def _month_first(text: str, guessed: Optional[str]) -> Optional[str]:
    """A date read day first from a page that writes it month first, turned round."""
    if not guessed:
        return guessed
    for match in _CLOCKED_SLASH_DATE.finditer(text):
        month, day, year = (int(g) for g in match.groups())
        if guessed == f"{year:04d}-{day:02d}-{month:02d}" and month != day:
            try:
                return _dt.date(year, month, day).isoformat()
            except ValueError:
                return guessed
    return guessed


def _date_prefix(value: Optional[str]) -> Optional[str]:
    """'YYYY-MM-DD' from the start of an ISO date or datetime, or None."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        return _dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def _page_title(text: str) -> Optional[str]:
    match = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
    return " ".join(match.group(1).split()) if match else None


def _language(tag: Optional[str]) -> Optional[str]:
    """The primary language subtag, lower case: 'en-GB' and 'en_GB' are 'en'."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip())[0].lower()
    return primary or None


# -- dispatches of one wire service ------------------------------------------------------------

# "SAN LORENZO DEL TARSA, Oct 14 (Meridian Press) - ": the service and the day of a dispatch
_DISPATCH_LINE = re.compile(r"(?:,\s*(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}))?\s*"
                            r"\((?P<agency>[A-Z][A-Za-z .&'-]{1,40})\)\s*[-–—]")
_UPDATE_NUMBER = re.compile(r"^\s*UPDATE\s+(\d{1,2})\b", re.MULTILINE)


DISPATCH_HEAD_CHARS = 1500  # a dispatch's dateline and "UPDATE n" stand this near the top


def _dispatch_line(source: Source) -> Optional[re.Match]:
    """The dateline of a wire dispatch ("OPORINA, Oct 15 (Meridian) -"), if it has one."""
    end = source.body_start + DISPATCH_HEAD_CHARS
    if source.view.find("(", source.body_start, end) < 0:
        return None  # no bracketed service name: most articles, told without a search at every character
    return _DISPATCH_LINE.search(source.view, source.body_start, end)


def dateline_day(source: Source) -> Optional[tuple]:
    """(month, day) of a wire dispatch's dateline ("OPORINA, Oct 15 (Meridian) -"), if it has one."""
    line = _dispatch_line(source)
    return _line_day(line) if line else None


def _line_day(line: re.Match) -> Optional[tuple]:
    month = line.group("month")
    number = _month_number(month) if month else None
    return (number, int(line.group("day"))) if number else None


def later_dispatches(sources: Iterable[Source]) -> dict:
    """For each source that is one wire service's dispatch, the sources that are the same
    service's later dispatches of the story (told by publication date, dateline day or UPDATE
    number): a later dispatch revises an earlier one rather than contradicting it."""
    stamped = []
    for source in sources:
        line = _dispatch_line(source)
        if not line:
            continue
        day = _line_day(line)
        head = source.view[source.body_start:source.body_start + DISPATCH_HEAD_CHARS]
        update = _UPDATE_NUMBER.search(head[:line.start() - source.body_start] or head)
        stamped.append((line.group("agency").strip().casefold(), source.id, source.published, day,
                        int(update.group(1)) if update else None))
    later: dict = {}
    for agency, source_id, published, day, update in stamped:
        for other_agency, other_id, other_published, other_day, other_update in stamped:
            if other_agency != agency or other_id == source_id:
                continue
            for mine, theirs in ((published, other_published), (day, other_day), (update, other_update)):
                if mine is not None and theirs is not None and mine != theirs:
                    if theirs > mine:
                        later.setdefault(source_id, set()).add(other_id)
                    break
    return {source_id: frozenset(ids) for source_id, ids in later.items()}

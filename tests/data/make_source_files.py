"""Write the test files whose bytes matter (encodings, line endings, binary content).

The files are committed; run this again only to change them:
    python tests/data/make_source_files.py
"""
from __future__ import annotations

import codecs
import gzip
import io
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).parent
FORMATS = HERE / "formats"
BAD = HERE / "bad"

WESTERN = (
    "Soyuz crew back on Earth\n"
    "\n"
    "The actress said: \u201cIt was the hardest thing I\u2019ve done.\u201d The capsule \u2013 "
    "with cosmonaut Oleg Novitskiy \u2013 landed at 04:35, and the caf\u00e9 in Dzhezkazgan "
    "celebrated with cr\u00e8me br\u00fbl\u00e9e.\n"
    "\n"
    "Shipenko, 38, said the film cost about \u20ac10 million.\n"
)
LATIN1 = (
    "Equipo de rodaje regresa\n"
    "\n"
    "La actriz Yulia Peresild, de 37 a\u00f1os, y el director Klim Shipenko pasaron 12 d\u00edas "
    "en la estaci\u00f3n. \u00bfEl coste? Unos \u00a3180 millones, seg\u00fan la prensa brit\u00e1nica.\n"
    "\n"
    "\u00a9 Agencia Espa\u00f1ola, M\u00fcnchen B\u00fcro.\n"
)
UNICODE = (
    "Crew returns after 12 days\n"
    "\n"
    "Yulia Peresild (\u042e\u043b\u0438\u044f \u041f\u0435\u0440\u0435\u0441\u0438\u043b\u044c\u0434) "
    "and Klim Shipenko spent 12 days in orbit \u2014 a first for cinema.\n"
)
WIRE = (
    "MOSCOW, Oct 17 (Wire) - A Russian actress and a film director\n"
    "returned to Earth on Sunday after spending 12 days aboard the\n"
    "International Space Station shooting scenes for the first\n"
    "feature film in orbit.\n"
    "\n"
    "Yulia Peresild, 37, and Klim Shipenko, 38, landed in a Soyuz\n"
    "capsule about 148 km southeast of Dzhezkazgan at 04:35 GMT.\n"
)


def png_bytes() -> bytes:
    """A real 2x2 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def pdf_bytes() -> bytes:
    """The start of a PDF: what a browser's 'save as' gives when named .txt by mistake."""
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def invalid_utf8_bytes() -> bytes:
    """UTF-8 text with two stray bytes in the middle, as a bad copy-paste leaves it."""
    return (UNICODE.encode("utf-8")
            + b"The crew \xff\xfe spent months training at Star City, 40 km from Moscow.\n"
            + "Caf\u00e9 owners in Baikonur cheered.\n".encode("utf-8"))


def docx_bytes() -> bytes:
    """A tiny Word document (a ZIP container), as when a .docx is renamed to .txt."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            ("[Content_Types].xml", '<?xml version="1.0"?><Types/>'),
            ("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>The crew spent 12 days "
                                  "in orbit.</w:t></w:r></w:p></w:body></w:document>"),
        ):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2021, 10, 17, 0, 0, 0)), text)
    return buffer.getvalue()


def gzipped_page_bytes() -> bytes:
    """A page saved still gzip-compressed, as some downloaders leave it."""
    page = ("<html><body><article><p>The crew spent 12 days aboard the International Space "
            "Station and landed in Kazakhstan on Sunday.</p></article></body></html>\n")
    return gzip.compress(page.encode("utf-8"), mtime=0)


def nul_bytes() -> bytes:
    """Text with runs of NUL bytes inside: a download that was cut and padded."""
    return b"The crew spent 12 days in orbit." + b"\x00" * 64 + b" They landed on Sunday.\n"


LEGACY_PAGE = (
    '<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
    "<title>L\u2019\u00e9quipe rentre</title></head><body>\n"
    "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav>\n"
    "<article><h1>L\u2019\u00e9quipe de tournage rentre sur Terre</h1>\n"
    "<p>L\u2019actrice Ioulia P\u00e9ressild et le r\u00e9alisateur Klim Chipenko ont pass\u00e9 "
    "douze jours \u00e0 bord de la station spatiale internationale, o\u00f9 ils ont tourn\u00e9 "
    "des sc\u00e8nes du premier long m\u00e9trage r\u00e9alis\u00e9 en orbite.</p>\n"
    "<p>La capsule Soyouz s\u2019est pos\u00e9e au Kazakhstan \u00e0 6h35, heure de Paris, "
    "apr\u00e8s une descente d\u2019environ trois heures et demie.</p>\n"
    "</article><footer>\u00a9 2021 Le Journal</footer></body></html>\n"
)

FILES = {
    FORMATS / "legacy-page.html": LEGACY_PAGE.encode("cp1252"),
    FORMATS / "cp1252.txt": WESTERN.encode("cp1252"),
    FORMATS / "latin1.txt": LATIN1.encode("latin-1"),
    FORMATS / "utf8-bom.txt": codecs.BOM_UTF8 + UNICODE.encode("utf-8"),
    FORMATS / "utf16-be-bom.txt": codecs.BOM_UTF16_BE + UNICODE.encode("utf-16-be"),
    FORMATS / "utf32-bom.txt": codecs.BOM_UTF32_LE + UNICODE.encode("utf-32-le"),
    FORMATS / "crlf.txt": ("---\r\ntitle: Line endings\r\npublished: 2021-10-17\r\n---\r\n"
                           "The crew spent 12 days\r\nin orbit.\r\n\r\nThey landed at 04:35.\r\n").encode(),
    FORMATS / "cr-only.txt": "Old Mac file\r\rThe crew spent 12 days\rin orbit.\r".encode(),
    FORMATS / "wire.txt": WIRE.encode(),
    BAD / "empty.txt": b"",
    BAD / "whitespace.txt": b"  \n\t\r\n   \n",
    BAD / "binary.txt": png_bytes(),
    BAD / "fake-pdf.txt": pdf_bytes(),
    BAD / "invalid-utf8.txt": invalid_utf8_bytes(),
    BAD / "utf16-bom.txt": codecs.BOM_UTF16_LE + UNICODE.encode("utf-16-le"),
    BAD / "cp1252.txt": WESTERN.encode("cp1252"),
    BAD / "nested" / "control-chars.txt": bytes(range(1, 9)) * 40 + b"some text\n",
    BAD / "nested" / ".hidden.txt": b"A hidden file: never read as a source.\n",
    BAD / "nested" / "notes.csv": b"a,b\n1,2\n",
    BAD / "latin1.txt": LATIN1.encode("latin-1"),
    BAD / "word-document.txt": docx_bytes(),
    BAD / "saved-page.html": gzipped_page_bytes(),
    BAD / "nested" / "nul-bytes.txt": nul_bytes(),
    BAD / "nested" / ".drafts" / "draft.txt": b"",  # a hidden folder: never read, never named
}


def main() -> None:
    for path, data in FILES.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


if __name__ == "__main__":
    main()

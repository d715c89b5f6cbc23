"""Split an article's text into paragraphs, sentences and clauses, keeping offsets.

News text comes as web copy (one paragraph a line), Markdown, or wire copy with hard line breaks
inside sentences. A single line break therefore only ends a sentence after a short line (a
headline, a caption) or after final punctuation; blank lines always end a paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st jr sr inc corp co ltd no nos vs gen gov sen rep rev lt col capt sgt mt ft
jan feb mar apr jun jul aug sep sept oct nov dec approx est fig e.g i.e etc u.s u.k u.n a.m p.m
dept univ assn bros messrs mme mlle ave blvd rd
""".split())
# abbreviations that often end a sentence too ("at 5 p.m. Then", "in the U.S. He", "Apple Inc. The")
SENTENCE_FINAL_ABBREVIATIONS = frozenset("a.m p.m etc u.s u.k u.n inc corp co ltd jr sr bros".split())
# words that open a sentence but do not follow such an abbreviation inside one
SENTENCE_OPENERS = frozenset("""
the a an he she it they we i you this that these those there his her its their our then but and
however meanwhile later in on at after before when while
""".split())
FOLLOWING_WORD_REACH = 40  # how far past an abbreviation's full stop the next word is looked for
WRAPPED_LINE = 50  # a line at least this long that ends without punctuation is wire copy wrapping

LIST_MARK = "•"  # a list item's bullet: no part of the item's sentence
# a line that starts indented or with a bullet begins a new item (Markdown lists, tables)
LIST_ITEM = re.compile(r"[ \t]{2,}\S|[-*•][ \t]|\d{1,2}[.)][ \t]")
_PARAGRAPH_BREAK = re.compile(r"(?:[ \t]*\r?\n){2,}|(?:[ \t]*\r(?!\n)){2,}")
_NEWLINE = re.compile(r"[\r\n]")
# a pattern opening with a character class (not a lookbehind, not an alternation) lets re pass
# over the characters outside it at once: the punctuation first, then what may stand before it
_SENTENCE_END = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[^\W_a-z])")
_LINE_BREAK = re.compile(r"\r\n?|\n")
# ";", " — ", " - ", "—", "(", ")", or ", " before a conjunction; the character first (see above)
_CLAUSE_BREAK = re.compile(
    r"[;\s—(),](?:(?<=[;—()])|(?<=\s)(?:[—–]\s|-\s)|(?<=,)\s(?=(?:while|whereas|but|although|though|and|which|"
    r"who|where|when|after|before|compared with|compared to|up from|down from|against|versus)\b))"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str, start: int = 0) -> list[Span]:
    """Blank-line separated blocks of text[start:], trimmed of surrounding white space."""
    spans = []
    position = start
    for match in _paragraph_breaks(text, start):
        spans.append(Span(position, match.start()))
        position = match.end()
    spans.append(Span(position, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, span)) is not None]


def _paragraph_breaks(text: str, start: int):
    """_PARAGRAPH_BREAK.finditer(text, start), tried only where a break can open: at each line
    break, or at the spaces and tabs just before it (the rest of the text at once)."""
    end = start
    for newline in _NEWLINE.finditer(text, start):
        at = newline.start()
        while at > end and text[at - 1] in " \t":
            at -= 1
        if at >= end:
            match = _PARAGRAPH_BREAK.match(text, at)
            if match:
                end = match.end()
                yield match


def _trim(text: str, span: Span):
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] == LIST_MARK):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentences of one paragraph: at final punctuation, and at line breaks after short lines."""
    cuts = []
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        if _is_abbreviation(text, match.start()):
            continue
        cuts.append(match.end())
    for match in _LINE_BREAK.finditer(text, paragraph.start, paragraph.end):
        # the line's own start: after the previous line break of any style (\n, \r\n or \r alone)
        line_start = max(text.rfind("\n", paragraph.start, match.start()),
                         text.rfind("\r", paragraph.start, match.start())) + 1
        line_start = max(line_start, paragraph.start)
        line = text[line_start:match.start()].rstrip()
        following = text[match.end():match.end() + 4]
        if (len(line) < WRAPPED_LINE or line.endswith((".", "!", "?", ":", "”", '"'))
                or LIST_ITEM.match(following)):
            cuts.append(match.start())
    result = []
    position = paragraph.start
    for cut in sorted(set(cuts)):
        if cut <= position or cut >= paragraph.end:
            continue
        span = _trim(text, Span(position, cut))
        if span:
            result.append(span)
        position = cut
    span = _trim(text, Span(position, paragraph.end))
    if span:
        result.append(span)
    return result


def _is_abbreviation(text: str, dot: int) -> bool:
    """The full stop at `dot` ends an abbreviation or an initial ("Dr.", "U.S.", "J.")."""
    if text[dot] != ".":
        return False
    word_start = dot
    limit = max(0, dot - 12)  # abbreviations are short: never walk back over a run of dots
    while word_start > limit and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if len(word) == 1 and word.isalpha():
        return text[word_start].isupper()
    if word in SENTENCE_FINAL_ABBREVIATIONS:
        following = re.match(r"[\s\"“‘'(\[]*([A-Za-z]+)", text[dot + 1:dot + FOLLOWING_WORD_REACH])
        if following and following.group(1)[0].isupper() and following.group(1).lower() in SENTENCE_OPENERS:
            return False
    return word in ABBREVIATIONS


def clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence: split at semicolons, dashes, brackets and contrastive conjunctions."""
    result = []
    position = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.start() > position:
            result.append(Span(position, match.start()))
        position = match.end()
    if sentence.end > position:
        result.append(Span(position, sentence.end))
    return result or [sentence]


def squash(text: str) -> str:
    """Collapse runs of white space (hard line breaks included) to single spaces.

    str.split() breaks at exactly the characters regular expressions take for \\s, and is
    several times faster than a substitution."""
    return " ".join(text.split())

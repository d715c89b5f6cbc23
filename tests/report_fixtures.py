"""Hand-built reports for the renderer tests: a small bridge-collapse story and a hostile one.

Claims are made from real sentences of the source texts, so every offset is true:
`claim.text == source.text[claim.start:claim.end]`.
"""
from __future__ import annotations

from compare.model import Claim, Finding, Reading, Report, Source, SourceProblem


def source(sid, text, **fields) -> Source:
    return Source(id=sid, path=f"sources/{sid}.txt", text=text, view=text, **fields)


def claim(cid, src: Source, kind, attribute, sentence, quote, value, unit=None, normalized=None,
          subject="Harbor Street bridge", qualifier="exact") -> Claim:
    """A claim whose quote is found inside its sentence inside the source's text."""
    sentence_start = src.text.index(sentence)
    start = sentence_start + sentence.index(quote)
    return Claim(id=cid, source=src.id, kind=kind, subject=subject, attribute=attribute, value=value,
                 unit=unit, normalized=normalized if normalized is not None else str(value),
                 qualifier=qualifier, text=quote, start=start, end=start + len(quote), sentence=sentence)


LEDGER_TEXT = """Twelve dead as Harbor Street bridge collapses in Riverside

Twelve people were killed when the Harbor Street bridge collapsed into the Mill River on Wednesday evening, city officials said.

The 180-metre steel span gave way at about 6:40 p.m. on March 13, sending cars and a city bus into the water below, according to the fire department.

Mayor Dana Whitfield called it "the darkest night this city has known" and ordered every bridge of the same design closed for inspection.
"""

METRO_TEXT = """Harbor Street bridge collapse: 14 dead, dozens injured

The death toll from the Harbor Street bridge collapse rose to 14 on Thursday, and 31 people remain in hospital.

The bridge, 180 metres long, fell into the Mill River on March 13 during the evening rush hour.

Mayor Dana Whitfield said the city would pay for the funerals of all victims.
"""

WIRE_TEXT = """Harbor Street bridge collapses in Riverside

Rescuers said 14 people died after the bridge collapsed on 13 March.

The 180-metre steel span gave way at around 6:40 p.m. on March 13, sending cars and a city bus into the water below, according to the fire department.

Mayor Dana Whitefield has ordered all bridges of the same design closed.
"""

WIRE_ID = "003_9f2c1e7a5b4d8e60"


def bridge_report() -> Report:
    """Three outlets on a bridge collapse: 12 vs 14 dead, one date, one length, a name spelled two ways."""
    ledger = source("ledger", LEDGER_TEXT, title="Twelve dead as Harbor Street bridge collapses in Riverside",
                    outlet="The Riverside Ledger", published="2024-03-14", language="en")
    metro = source("metro-news", METRO_TEXT, title="Harbor Street bridge collapse: 14 dead, dozens injured",
                   outlet="Metro News", published="2024-03-15", language="en")
    wire = source(WIRE_ID, WIRE_TEXT, title="Harbor Street bridge collapses in Riverside", language="en")

    ledger_dead = ("Twelve people were killed when the Harbor Street bridge collapsed into the Mill River "
                   "on Wednesday evening, city officials said.")
    ledger_span = ("The 180-metre steel span gave way at about 6:40 p.m. on March 13, sending cars and a city "
                   "bus into the water below, according to the fire department.")
    ledger_mayor = ("Mayor Dana Whitfield called it \"the darkest night this city has known\" and ordered every "
                    "bridge of the same design closed for inspection.")
    metro_toll = ("The death toll from the Harbor Street bridge collapse rose to 14 on Thursday, and 31 people "
                  "remain in hospital.")
    metro_fell = "The bridge, 180 metres long, fell into the Mill River on March 13 during the evening rush hour."
    metro_mayor = "Mayor Dana Whitfield said the city would pay for the funerals of all victims."
    wire_dead = "Rescuers said 14 people died after the bridge collapsed on 13 March."
    wire_span = ("The 180-metre steel span gave way at around 6:40 p.m. on March 13, sending cars and a city "
                 "bus into the water below, according to the fire department.")
    wire_mayor = "Mayor Dana Whitefield has ordered all bridges of the same design closed."

    claims = (
        claim("c1", ledger, "count", "deaths", ledger_dead, "Twelve people", 12),
        claim("c2", ledger, "date", "collapse date", ledger_span, "March 13", "2024-03-13"),
        claim("c3", ledger, "quantity", "length", ledger_span, "180-metre", 180, unit="m", normalized="180 m"),
        claim("c4", ledger, "name", "mayor", ledger_mayor, "Dana Whitfield", "Dana Whitfield",
              subject="Riverside"),
        claim("c5", metro, "count", "deaths", metro_toll, "14", 14),
        claim("c6", metro, "count", "in hospital", metro_toll, "31 people", 31),
        claim("c7", metro, "quantity", "length", metro_fell, "180 metres", 180, unit="m", normalized="180 m"),
        claim("c8", metro, "date", "collapse date", metro_fell, "March 13", "2024-03-13"),
        claim("c9", metro, "name", "mayor", metro_mayor, "Dana Whitfield", "Dana Whitfield", subject="Riverside"),
        claim("c10", wire, "count", "deaths", wire_dead, "14 people", 14),
        claim("c11", wire, "date", "collapse date", wire_dead, "13 March", "2024-03-13"),
        claim("c12", wire, "quantity", "length", wire_span, "180-metre", 180, unit="m", normalized="180 m"),
        claim("c13", wire, "name", "mayor", wire_mayor, "Dana Whitefield", "Dana Whitefield", subject="Riverside"),
    )
    findings = (
        Finding("f1", "conflict", "deaths", ("c1", "c5", "c10"), ("ledger", "metro-news", WIRE_ID),
                f"12 (ledger) vs 14 (metro-news, {WIRE_ID})",
                readings=(Reading("12", ("c1",), ("ledger",)),
                          Reading("14", ("c5", "c10"), ("metro-news", WIRE_ID))),
                majority="14"),
        Finding("f2", "variant", "mayor of Riverside", ("c4", "c9", "c13"), ("ledger", "metro-news", WIRE_ID),
                f"Dana Whitfield (ledger, metro-news) vs Dana Whitefield ({WIRE_ID})",
                readings=(Reading("Dana Whitfield", ("c4", "c9"), ("ledger", "metro-news")),
                          Reading("Dana Whitefield", ("c13",), (WIRE_ID,))),
                majority="Dana Whitfield"),
        Finding("f3", "agreement", "collapse date", ("c2", "c8", "c11"), ("ledger", "metro-news", WIRE_ID),
                "2024-03-13 (3 sources)",
                readings=(Reading("2024-03-13", ("c2", "c8", "c11"), ("ledger", "metro-news", WIRE_ID)),),
                majority="2024-03-13"),
        Finding("f4", "agreement", "bridge length", ("c3", "c7", "c12"), ("ledger", "metro-news", WIRE_ID),
                "180 m (3 sources)",
                readings=(Reading("180 m", ("c3", "c7", "c12"), ("ledger", "metro-news", WIRE_ID)),),
                majority="180 m"),
        Finding("f5", "single_source", "people in hospital", ("c6",), ("metro-news",), "31 (metro-news)",
                readings=(Reading("31", ("c6",), ("metro-news",)),), majority="31"),
    )
    problems = (SourceProblem("sources/photo-caption.pdf", "not a text, Markdown or HTML file"),)
    return Report(sources=(ledger, metro, wire), claims=claims, findings=findings, problems=problems)


LONG_SENTENCE = "The committee heard evidence " + "again and again " * 300 + "that 9 | 10 people were hurt."

HOSTILE_SENTENCES = (
    "=SUM(A1) people were reported missing.",
    "+1 dead was the first report.",
    "-2 injured were later counted.",
    "@cmd /c calc was the message.",
    '=HYPERLINK("http://x","click") was posted 3 times.',
    "Officials said a|b of 4 bridges are shut.",
    "A report said 5 were hurt\nand then changed it.",
    "The `rm -rf` crew spent 6 days.",
    "<script>alert(1)</script> 7 were seen.",
    LONG_SENTENCE,
    "قال المسؤولون إن 12 شخصا لقوا حتفهم",
    "遇难人数为14人",
    "Погибли 14 человек на мосту",
    "The bell\x07rang 8 times.",
    "\tTabbed 2 lines.",
    "\rCarriage 9 returns.",
    "# Heading 11 | *bold* _it_ [link](http://x) ~~s~~ & done",
)


def hostile_report() -> Report:
    """Every sentence is something a renderer could turn into a formula, markup or a broken file."""
    text = "\n\n".join(HOSTILE_SENTENCES) + "\n"
    bad = Source(id="=1+1", path="sources/=1+1.txt", text=text, view=text,
                 title="=HYPERLINK(\"http://x\",\"click\") | <script>alert(1)</script>",
                 outlet="@outlet|x\n`tick`", published="2024-01-02", language="mul")
    other_text = "-2 injured and 遇難 14.\n"
    other = Source(id="+cmd|x", path="sources/+cmd|x.txt", text=other_text, view=other_text,
                   title="Погибли 14", outlet="<b>Outlet</b>")
    claims = []
    for number, sentence in enumerate(HOSTILE_SENTENCES, start=1):
        start = text.index(sentence)
        # the quote is the sentence's first word, which is where the hostile characters sit
        quote = sentence.split()[0] if sentence.split() else sentence
        quote_start = start + sentence.index(quote)
        claims.append(Claim(id=f"h{number}", source=bad.id, kind="count", subject=sentence[:40],
                            attribute=sentence[:30], value=sentence[:20], unit="|u|", normalized=sentence[:25],
                            qualifier="exact", text=quote, start=quote_start, end=quote_start + len(quote),
                            sentence=sentence))
    claims.append(Claim(id="o1", source=other.id, kind="count", subject="=cmd", attribute="-2", value=2,
                        unit=None, normalized="2", qualifier="exact", text="-2", start=0, end=2,
                        sentence="-2 injured and 遇難 14."))
    ids = tuple(c.id for c in claims)
    findings = (
        Finding("f1", "conflict", "=SUM(A1) | <script>", ("h1", "h10", "o1"), (bad.id, other.id), "=1 vs +2",
                readings=(Reading("=SUM(A1)", ("h1", "h10"), (bad.id,)),
                          Reading("-2|x\n", ("o1",), (other.id,))),
                majority=None),
        Finding("f2", "variant", "@name", ("h11", "h12"), (bad.id,), "+ vs -",
                readings=(Reading("قال", ("h11",), (bad.id,)), Reading("遇难人数为14人", ("h12",), (bad.id,))),
                majority="قال"),
        Finding("f3", "agreement", "`code`", ("h8", "o1"), (bad.id, other.id), "@agree",
                readings=(Reading("+6", ("h8", "o1"), (bad.id, other.id)),), majority="+6"),
    ) + tuple(
        Finding(f"s{number}", "single_source", HOSTILE_SENTENCES[number - 1][:50], (cid,), (bad.id,),
                HOSTILE_SENTENCES[number - 1][:60],
                readings=(Reading(HOSTILE_SENTENCES[number - 1][:20], (cid,), (bad.id,)),),
                majority=HOSTILE_SENTENCES[number - 1][:20])
        for number, cid in enumerate(ids[:len(HOSTILE_SENTENCES)], start=1)
    )
    problems = (SourceProblem("sources/=evil|.pdf", "<script>alert(1)</script>\nbinary"),)
    return Report(sources=(bad, other), claims=tuple(claims), findings=findings, problems=problems)

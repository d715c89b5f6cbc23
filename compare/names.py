"""Person and organisation names: find mentions in a text, and group spellings across sources.

A mention is a run of capitalised words ("Klim Shipenko", "Roscosmos"). Within one source a
last-name mention joins the full name it abbreviates; across sources, spellings whose words
differ only slightly ("Shipenko" / "Shepenko") are variants of one name, while names whose words
differ as words ("North Korea" / "South Korea") stay apart.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from .numbers import SCALE_WORDS, TENS_WORDS, UNITS_WORDS

# "Seven people were killed": a number word opening a sentence is not a name
NUMBER_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_WORDS) | {"dozen", "dozens", "half"}

# capitalised words that begin sentences or headlines but are not names
FUNCTION_WORDS = frozenset("""
a an the this that these those it its in on at by for from to of with and or but nor so yet as if
when while after before since until because although though however meanwhile also even still
he she they we you i his her their our your my me him them us there here what which who whom
whose where why how all any both each every few many more most some such no not only own same
than too very can will just should now then once again further yet said says according
mr mrs ms dr prof sir madam st gen col lt sgt capt
herr frau monsieur madame mme mlle messrs señor senor señora senora signor signora senhor senhora
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
today yesterday tomorrow tonight last next earlier later new old first second third
several numerous various another other every either neither
mln bln dlrs dlr pct stg cts shr qtr vs ipo ipos ceo cfo gdp cpi eps ebitda
fourth fifth sixth seventh eighth ninth tenth
i've i'm i'll i'd i’ve i’m i’ll i’d
could would might must shall did does do is are was were has have had
""".split()) | NUMBER_WORDS
# role words written before a name ("Actress Yulia Peresild", "Cosmonaut Ivanov")
ROLE_WORDS = frozenset("""
actress actor director president minister cosmonaut astronaut captain chief ceo coach professor
senator governor mayor judge general officer spokesman spokeswoman spokesperson chairman chairwoman
secretary prime premier king queen prince princess pope bishop sheriff inspector detective
commander lieutenant sergeant colonel major admiral pilot doctor nurse reporter correspondent
producer filmmaker star singer rapper striker midfielder defender goalkeeper forward
democrat democrats republican republicans independent labour conservative liberal
rep sen gov runner-up winner champion veteran rookie acting former financial executive
manager boss midfielder winger undersecretary chair chairperson head leader
spokesman commissioner superintendent councillor councilor councilmember alderman
substitute sub captain skipper keeper centre-back center-back full-back
favourite favorite teenager newcomer swimmer runner rider cyclist golfer sprinter rower driver
cox coxswain oarsman oarswoman
wing fly-half flyhalf scrum-half flanker hooker prop lock fullback centre number-eight
opener batsman batter bowler spinner leg-spinner off-spinner seamer paceman fast-bowler all-rounder
wicketkeeper wicket-keeper debutant quarterback pitcher catcher shortstop guard
setter libero opposite spiker blocker playmaker goalie netminder
auctioneer curator dealer analyst economist strategist lawyer attorney prosecutor barrister
solicitor warden constable trooper deputy investigator engineer scientist researcher surgeon physician
paramedic firefighter architect painter sculptor novelist poet photographer editor journalist
banker investor founder co-founder chancellor ambassador envoy diplomat caddie umpire referee
jockey trainer foreman supervisor
arbitrator mediator negotiator conciliator ombudsman auditor administrator liquidator receiver
veterinarian vet zookeeper balloonist climber mountaineer guide rescuer dispatcher controller
geologist biologist ecologist zoologist botanist historian archaeologist astronomer physicist chemist
mathematician meteorologist epidemiologist virologist speleologist caver diver explorer composer
conductor violinist soloist pianist cellist soprano tenor baritone organist musician writer author artist
designer farmer fisherman student teacher midwife pharmacist dentist
ringleader defendant accused suspect victim witness claimant plaintiff cllr
""".split())
DEMONYM = re.compile(r"(?:an|ian|ese|ish|ean|i)$")
# nationalities and their people: "the Belgian, aged 24" names no one in particular
NATIONALITIES = frozenset("""
afghan albanian algerian american argentine argentinian armenian australian austrian belgian bolivian
brazilian briton british bulgarian canadian chilean chinese colombian croatian cuban czech dane danish
dutch dutchman ecuadorian egyptian englishman eritrean estonian ethiopian filipino finn french
frenchman german ghanaian greek hungarian indian indonesian iranian iraqi irish israeli italian
jamaican japanese kenyan korean latvian lebanese lithuanian malaysian mexican moroccan nepali nigerian
norwegian pakistani peruvian pole polish portuguese romanian russian saudi scot scottish serb serbian
slovak slovenian spaniard swede swedish swiss syrian thai turk turkish ugandan ukrainian uruguayan
venezuelan vietnamese welshman
""".split())
# words that open a sentence before a name without being part of it ("Including Castellan's debt")
LEADING_PREPOSITIONS = frozenset("""
including excluding according following regarding concerning considering despite during given unlike
like amid amidst among without within via notwithstanding barring pending plus beside besides
""".split())
# where a body stands to the story's, written before its name: "Neighbouring Wexley Borough
# Council", "Rival Kellmouth Airport"
LEADING_DESCRIPTORS = frozenset({"neighbouring", "neighboring", "nearby", "rival", "fellow"})
# what a speaker opens a spoken turn with: "Well Dev, the headline figure is ...", "Well, Geoffrey, ..."
DISCOURSE_WORDS = frozenset({"well", "yes", "yeah", "no", "oh", "so", "okay", "ok", "look", "sure", "right", "thanks"})
_LEADING_NOT_NAME = LEADING_DESCRIPTORS | DISCOURSE_WORDS  # dropped from a name's front when more follows
# what a firm is to the story, written before its name at a sentence's start ("Operator Vennor
# Energy said", "Owners Venner Energy say"); dropped only there, unlike a person's role, since
# inside a name they belong to it ("Harbour Operator Services")
ORGANISATION_ROLES = frozenset("""
operator owner developer regulator insurer lender retailer landlord bidder buyer seller supplier
contractor organiser organizer promoter sponsor
""".split())
PARTICLES = frozenset("de da di del della van von der den du la le bin bint al el ibn dos das y".split())
_WORD_RE = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)
_OPENING_MARKS = " \t\r\n\"'“‘(•-*"  # what may stand before a sentence's first word
# a line of wire copy broken this far from its start runs on: a name may go on past the break
WIRE_LINE = 50


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    key: str  # accent- and case-folded, for matching
    words: int


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: "Peresíld" -> "peresild".

    Cached: the same words recur in every article of a corpus.
    """
    if text.isascii():
        return " ".join(text.split()).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("’", "'")
    return re.sub(r"\s+", " ", stripped).strip().casefold()


def _is_capitalised(word: str) -> bool:
    """"Halvorsen", "NASA", and a designation of letters and digits: "TOI-9021", "K2-18"."""
    if not word.isupper():
        return word[:1].isupper()
    return 2 <= len(word) <= 6 or (len(word) <= 12 and any(ch.isdigit() for ch in word)
                                   and 1 <= sum(ch.isalpha() for ch in word) <= 6)


# words that never start or continue a name run ("May" and "Will" can be names), and the
# capitalised names of units ("71 degrees Celsius")
# (nor a period's word opening a table's cell or heading: "Year before levy", "Year one in figures")
_NOT_NAME_WORDS = FUNCTION_WORDS - {"may", "will", "new"} | {"i", "celsius", "fahrenheit", "year", "years", "month",
                                                            "months", "week", "weeks"}
_NOT_NAME_ENDINGS = FUNCTION_WORDS - NUMBER_WORDS  # "Channel One" ends with a number word
_SPACES = re.compile(r"[ \t]+")
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
_POSSESSIVE = re.compile(r"['’]s$")


def _role(word: str, roles: frozenset = ROLE_WORDS) -> bool:
    """A role word, singular or plural: "Councillor", "Councillors Dmitri Vasquez and ..."."""
    folded = fold(word)
    return folded in roles or (folded.endswith("s") and folded[:-1] in roles)


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Runs of capitalised words in text[start:end], minus function words and dates."""
    end = len(text) if end is None else end
    mentions: list[Mention] = []
    run: list[re.Match] = []

    def flush():
        if not run:
            return
        # "Transportation Secretary Dale Pruszynski": drop everything up to the last role word
        roles = [i for i, m in enumerate(run[:-1]) if _role(m.group())]
        if roles:
            del run[:roles[-1] + 1]
        # "Kenya's Elias Kiprotich", "Ethiopian Hirut Mengesha": a country or nationality before a
        # full name is not part of it
        owners = [i for i, m in enumerate(run[:-1]) if m.group().endswith(("'s", "’s"))
                  and (i < len(run) - 2 or run[-1].group().isupper())]  # "Wierzbicki's SDP"
        if owners:
            del run[:owners[-1] + 1]
        if len(run) >= 3 and (DEMONYM.search(run[0].group()) or fold(run[0].group()) in NATIONALITIES):
            del run[0]  # "Pole Piotr Wojciechowsky", "Briton John Smith"
        while run and (fold(run[0].group().rstrip(".")) in FUNCTION_WORDS
                       or fold(run[0].group()) in LEADING_PREPOSITIONS
                       or (len(run) > 1 and fold(run[0].group()) in _LEADING_NOT_NAME)
                       or (len(run) > 1 and (fold(run[0].group()) in ROLE_WORDS
                                             or _role(run[0].group(), ORGANISATION_ROLES)))):
            if len(run) > 1 and run[0].group() == "New" and text[start:run[0].start()].strip(_OPENING_MARKS):
                break  # "at midnight New York time", "flew to New Zealand" (but "New Acme figures show")
            run.pop(0)
        while run and (fold(run[-1].group().rstrip(".")) in _NOT_NAME_ENDINGS
                       or fold(run[-1].group()) in PARTICLES):
            run.pop()
        if run:
            first, last = run[0], run[-1]
            surface = text[first.start():last.end()].rstrip(".'’-")
            if surface and not all(fold(m.group()) in PARTICLES for m in run):
                key = fold(surface.replace("’s", "").replace("'s", "") if surface.endswith(("'s", "’s")) else surface)
                if surface.endswith(("'s", "’s")):
                    surface = surface[:-2]
                mentions.append(Mention(first.start(), first.start() + len(surface), surface, fold(surface), len(run)))
        run.clear()

    previous_end = None
    for match in _WORD_RE.finditer(text, start, end):
        word = match.group()
        if not run and word[0].islower():
            continue  # most words: no name runs, and one in lower case starts none
        if run:
            gap_start = previous_end if previous_end is not None else match.start()
            joined = previous_end is not None and (
                _SPACES.fullmatch(text, gap_start, match.start()) is not None
                # a hard line break inside a paragraph of wire copy, not the end of a headline line
                or (_LINE_BREAK.fullmatch(text, gap_start, match.start()) is not None
                    and previous_end - (text.rfind("\n", 0, previous_end) + 1) >= WIRE_LINE)
            )
            if not joined:
                flush()
        # "Seven people" starts no name, but "Channel One" and "Formula One" end with a number word
        # ("New" opens a name, "New York", but goes on none: "12 Great New Movies" is a headline)
        if _is_capitalised(word) and ((folded := fold(_POSSESSIVE.sub("", word.rstrip("."))))
                                      not in _NOT_NAME_WORDS or (run and folded in NUMBER_WORDS)) and not (
                run and folded == "new"):
            if word.endswith(".") and len(word) > 2:
                run.append(match)
                flush()
            else:
                run.append(match)
        elif run and fold(word) in PARTICLES:
            run.append(match)
        elif run:
            flush()
        previous_end = match.end()
    flush()
    mentions = [_numbered(text, m, end) for m in mentions]
    # a mention that ends a sentence may have swallowed the full stop: "Isaacman." -> "Isaacman"
    return [m for m in mentions if m.text and not m.text.isupper() or len(m.text) > 1]


# words that name one of a numbered series: "Line 2" is not the "Amber Line", "Terminal 5" not "Terminal 3"
DESIGNATION_WORDS = frozenset("""
line lines terminal flight gate platform reactor unit route highway runway pier berth dock track stage
block building tower ward zone sector phase hall bay level shaft well pad lane
""".split())
_DESIGNATION_NUMBER = re.compile(r" (\d{1,4}[A-Z]?)(?![\w,.:%/-]\w|[\w%/-])")


def _numbered(text: str, mention: Mention, end: int) -> Mention:
    """"Line 2", "Terminal 5", "Flight 417": a series word and its number are one name."""
    last = mention.text.rsplit(" ", 1)[-1]
    if fold(last) not in DESIGNATION_WORDS:
        return mention
    number = _DESIGNATION_NUMBER.match(text, mention.end, end)
    if number is None:
        return mention
    surface = text[mention.start:number.end()]
    return Mention(mention.start, number.end(), surface, fold(surface), mention.words + 1)


def canonical_forms(mentions: Iterable[Mention]) -> dict[str, str]:
    """Within one source: map each mention key to the fullest form it abbreviates.

    "Shipenko" -> "Klim Shipenko" when the source also says "Klim Shipenko"; a last name shared
    by two people of the source ("Anna Smith", "John Smith") stays as it is.
    """
    full = sorted({m.key for m in mentions if m.words >= 2}, key=lambda k: (-len(k.split()), k))
    result: dict[str, str] = {}
    for mention in mentions:
        if mention.key in result:
            continue
        if mention.words >= 2:
            result[mention.key] = mention.key
            continue
        owners = [f for f in full if f.split()[-1] == mention.key]
        # "Smith" with both "Anna Smith" and "John Smith" in the source names neither of them
        if owners and len({f.split()[0] for f in owners}) == 1:
            result[mention.key] = owners[0]
        else:
            result[mention.key] = mention.key
    return result


GLUE_WORDS = frozenset("the a an and of to in on for".split())


VOWEL_SLACK = 10  # points of similarity forgiven two words that differ only in their vowels


def words_similar(a: str, b: str, threshold: float, min_length: int) -> bool:
    """Two words are spellings of one word: close by edit similarity and long enough to tell.

    A word glued to a small function word by a missing space ("Impossiblethe") is not a spelling.
    """
    if a == b:
        return True
    if min(len(a), len(b)) < min_length:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and long_[len(short):] in GLUE_WORDS or long_.endswith(short) and long_[:-len(short)] in GLUE_WORDS:
        return False
    similarity = fuzz.ratio(a, b)
    # vowels are what spellings of one name most often change: "Marguerite" / "Margarete"
    return similarity >= threshold or similarity >= threshold - VOWEL_SLACK and _consonants(a) == _consonants(b)


def _consonants(word: str) -> str:
    """A word's consonants in order, doubles once: "Marguerite" and "Margarete" -> "mrgrt",
    "Whitacre" and "Whittaker" -> "whtkr"."""
    # (a hard c sounds as k: "Whitacre" / "Whittaker")
    skeleton = word[:1] + re.sub(r"[aeiouy]", "", re.sub(r"c(?![eihy])", "k", word[1:]))
    skeleton = re.sub(r"(.)\1+", r"\1", skeleton)
    return skeleton if len(skeleton) >= 4 else word


GIVEN_NAME_SLACK = 5  # similarity points a given name may lose beside a surname spelled alike


def spelling_variant(a: str, b: str, threshold: float = 80, min_length: int = 5) -> bool:
    """Folded full names a, b are one name spelled differently (not the same, not two names)."""
    # a middle initial is no spelling: "walter j. pruett" is "walter pruett"
    wa, wb = _name_words(a), _name_words(b)
    if wa != wb and "".join(wa) == "".join(wb) and len("".join(wa)) >= min_length:
        return True  # "Northshelf Ventures" / "North Shelf Ventures", "DeLuca" / "De Luca": one name, spaced apart
    if wa == wb or len(wa) != len(wb) or len(wa) < 2:
        return False
    differing = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(differing) > 2 or len(differing) == 2 and not (
            differing[0][0].startswith(differing[0][1]) or differing[0][1].startswith(differing[0][0])
            or all(_romanized(x) == _romanized(y) for x, y in differing)):
        # two words spelled apart only when one first name lengthens the other ("tomas" / "tomasz"),
        # or both are one romanization apart ("andrei pashkevich" / "andrey pashkevitch")
        return False
    for x, y in differing:
        short, long_ = sorted((x, y), key=len)
        suffix = long_[len(short):] if long_.startswith(short) else None
        if suffix in ("ian", "ese", "ish", "'s") or suffix == "n" and short[-1:] in "aeiou":
            return False  # "America" / "American", "Brazil" / "Brazilian": a word and its adjective
        if _romanized(x) == _romanized(y) and min(len(x), len(y)) >= 4:
            continue
        # (a given name beside one shared surname may stray a little further: "Alasdair" / "Alistair")
        given = len(differing) == 1 and wa[-1] == wb[-1] and x != wa[-1]
        if not words_similar(x, y, threshold - (GIVEN_NAME_SLACK if given else 0),
                             min_length if len(differing) == 1 else min(min_length, 4)):
            return False
    return True


_ROMANIZATIONS = ((re.compile(r"(?<=[a-z])j(?=[aeiou])"), "y"), (re.compile(r"^y(?=[aeiou])"), ""),
                  (re.compile(r"y"), "i"), (re.compile(r"ii"), "i"),
                  (re.compile(r"(?<=\w\w)(?:ie|ei)$"), "i"),
                  (re.compile(r"tch"), "ch"), (re.compile(r"c?ks"), "x"), (re.compile(r"kh"), "h"))


@lru_cache(maxsize=1 << 16)
def _romanized(word: str) -> str:
    """One spelling of the ways a name is romanized: "andrey" and "andrei", "pashkevitch" and
    "pashkevich", "yevgeniya" and "evgenia", "ilja" and "ilya" become one; so do the endings "-y" and "-ie" of one
    sound ("quarry" and "quarrie")."""
    for pattern, replacement in _ROMANIZATIONS:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple:
    """A name's words without its middle initials, worked out once per name: classify compares
    each spelling of a name with many others."""
    return tuple(_without_initials(name.split()))


def _without_initials(words: list) -> list:
    """The words of a name without its middle initials (the first and last word stay)."""
    if len(words) < 3:
        return words
    return [words[0]] + [w for w in words[1:-1] if len(w.rstrip(".")) > 1] + [words[-1]]


# words that follow a company's name without changing which company it is
COMPANY_WORDS = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "group", "holdings",
                           "stores", "systems", "airlines", "airways", "industries", "technologies", "llc", "ag",
                           "sa", "nv", "se", "asa", "ab", "oyj", "spa", "gmbh",
                           # a company's line of business after its short name: "Tessaract" is
                           # "Tessaract Robotics", "Norland" is "Norland Chemicals"
                           "robotics", "logistics", "freight", "motors", "energy", "power", "pharmaceuticals",
                           "pharma", "therapeutics", "biotech", "bank", "bancorp", "capital", "partners", "media",
                           "telecom", "telecoms", "communications", "networks", "chemicals", "mining", "minerals",
                           "coal", "metals", "steel", "foods", "brands", "retail", "insurance", "financial",
                           "software", "semiconductor", "semiconductors", "electronics", "aerospace", "shipping",
                           "dynamics", "solutions", "labs", "laboratories", "resources", "petroleum", "holding",
                           "gas", "oil", "transmission", "pipelines", "utilities", "rail", "railways", "aviation",
                           "orbital", "space", "automotive", "engineering", "construction", "healthcare",
                           "entertainment", "studios", "hotels", "airports", "ports", "shipyards", "health",
                           "brewing", "breweries", "beverages", "transport", "cruises", "ferries"})


@lru_cache(maxsize=1 << 16)
def same_entity(a: str, b: str, threshold: float = 80, min_length: int = 5) -> bool:
    """Folded names a, b can denote one entity: equal, one ends the other, a spelling variant, or
    an acronym of the other ("sdp" / "social democratic party")."""
    if a == b:
        return True
    if _acronym_of(a, b) or _acronym_of(b, a):
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[-len(short):] == short:
        return True
    if long_[:len(short)] == short and all(w.strip(".,") in COMPANY_WORDS for w in long_[len(short):]):
        return True  # "harrowgate" / "harrowgate stores", "lumenary" / "lumenary systems inc"
    if len(short) == 1 and words_similar(short[0], long_[-1], threshold, min_length):
        return True
    return spelling_variant(a, b, threshold, min_length)


def _acronym_of(short: str, long_: str) -> bool:
    """"sdp" is "social democratic party"; "un" is "united nations" (words like "of" may be skipped)."""
    if " " in short or not 2 <= len(short) <= 6:
        return False
    words = long_.split()
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in GLUE_WORDS)
    return short in (initials, content)

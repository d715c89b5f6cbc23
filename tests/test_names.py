"""Tests for compare/names.py: name mentions in a text, folding, and grouping spellings."""
from __future__ import annotations

import pytest

from compare.names import (Mention, canonical_forms, find_mentions, fold, same_entity, spelling_variant,
                           words_similar)


def names(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


# ---------------------------------------------------------------------------------------------
# find_mentions
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The film, by Klim Shipenko, was shot in orbit.", ["Klim Shipenko"]),
    ("They met Isaacman.", ["Isaacman"]),
    ("Jean-Luc Picard met O'Brien.", ["Jean-Luc Picard", "O'Brien"]),
    # particles inside a name belong to it, but never start or end one
    ("Maria de la Cruz met Ludwig van Beethoven.", ["Maria de la Cruz", "Ludwig van Beethoven"]),
    ("He spoke of la Cruz and de Gaulle.", ["Cruz", "Gaulle"]),
    # role words before a name are not part of it
    ("Actress Yulia Peresild and director Klim Shipenko flew.", ["Yulia Peresild", "Klim Shipenko"]),
    ("Cosmonaut Anton Shkaplerov commanded the ISS.", ["Anton Shkaplerov", "ISS"]),
    ("Arbitrator Rosalind Achterburg ruled on Monday.", ["Rosalind Achterburg"]),
    ("The crew met President Vladimir Putin.", ["Vladimir Putin"]),
    ("Captain Tomas Reyes said so.", ["Tomas Reyes"]),
    ("Auctioneer Camille Ostrandor took the bids.", ["Camille Ostrandor"]),
    ("Prosecutor Ana Ruiz and Warden Tom Lee spoke.", ["Ana Ruiz", "Tom Lee"]),
    ("He met Dr. John Smith.", ["John Smith"]),
    # so are the courtesy titles of other languages
    ("Herr Dieter Volrath flew in.", ["Dieter Volrath"]),
    ("Signora Lucia Marchetti and Monsieur Paul Arnaud spoke.", ["Lucia Marchetti", "Paul Arnaud"]),
    # sentence-initial function words are dropped
    ("However, Roscosmos said it worked.", ["Roscosmos"]),
    ("The Marisol sank.", ["Marisol"]),
    ("Meanwhile NASA said so.", ["NASA"]),
    ("According to Roscosmos, it worked.", ["Roscosmos"]),
    ("With Thornmere closed, one plant remains.", ["Thornmere"]),
    # what a firm is to the story opens no name, but inside one it belongs to it
    ("Operator Vennor Energy said the unit was off.", ["Vennor Energy"]),
    ("Owners Venner Energy say it will take years.", ["Venner Energy"]),
    ("Neighbouring Wexley Borough Council was hit by a similar attack in 2023.", ["Wexley Borough Council"]),
    # what a speaker opens a turn with is no part of a name
    ("PRITCHARD: Well Dev, the headline figure is bad.", ["Dev"]),
    ("Rival Kellmouth Airport handled 14.2 million passengers.", ["Kellmouth Airport"]),
    ("Harbour Operator Services won the contract.", ["Harbour Operator Services"]),
    # months and weekdays are not names, and do not join names next to them
    ("On Monday, officials met in May and in October.", []),
    ("On Sunday Klim Shipenko landed.", ["Klim Shipenko"]),
    ("In October, the Russian crew landed.", ["Russian"]),
    ("Sunday's launch by Roscosmos", ["Roscosmos"]),
    # possessives
    ("Shipenko's film won.", ["Shipenko"]),
    ("Yulia Peresild’s role grew.", ["Yulia Peresild"]),
    # a headline line ends a name; wire copy wrapping does not
    ("Film crew returns\nKlim Shipenko said.", ["Film", "Klim Shipenko"]),
    ("Tom Cruise\nwas also planning a film.", ["Tom Cruise"]),
    ("lowercase words only here", []),
    # a role word or a leader's possessive before a name is not part of it
    ("Substitute Samuel Adeyemi scored the winner.", ["Samuel Adeyemi"]),
    ("Cox Imogen Trehearne steered a tight line.", ["Imogen Trehearne"]),
    ("Wierzbicki's SDP won 43 seats.", ["SDP"]),
    # a number word starts no name, but may end one
    ("Seven people were killed.", []),
    ("It aired on TV Channel One.", ["TV Channel One"]),
    # one of a numbered series is named with its number, and is not the series' other names
    ("Line 2, which opened in 2009, cost $1.9 billion.", ["Line 2"]),
    ("Flight 417 landed at Terminal 5; the Amber Line ran.", ["Flight 417", "Terminal 5", "Amber Line"]),
    ("The Line ran 3.5 km to Gate 12,000 times.", ["Line", "Gate"]),
    # a nationality noun or a sentence-opening preposition before a name is not part of it
    ("Pole Piotr Wojciechowsky was second.", ["Piotr Wojciechowsky"]),
    ("Briton John Smith said so.", ["John Smith"]),
    ("Including Castellan's net debt, the deal is worth more.", ["Castellan"]),
    ("Following Monday's vote, Marchetti spoke.", ["Marchetti"]),
    # "New" inside a sentence opens a name; opening the sentence it may be only an adjective
    ("The offer expires at midnight New York time.", ["New York"]),
    ("The crew flew on to New Zealand.", ["New Zealand"]),
    ("New Acme figures show a rise.", ["Acme"]),
    ("New figures show a rise.", []),
    # a question's verb opening a sentence (or a transcript's turn) is no name
    ("Could the orchestra appeal? It could.", []),
    ("Did Marchetti know? Was Okafor there?", ["Marchetti", "Okafor"]),
    ("Now on air: 12 Great New Movies to watch", ["Great", "Movies"]),
    # a period's word opening a table's cell or a heading is no name
    ("Year one in figures", []),
    ("Measure ; Year before levy ; First year of levy", ["Measure"]),
])
def test_find_mentions(text, expected):
    assert names(text) == expected


def test_mention_offsets_slice_the_text():
    text = "Actress Yulia Peresild and Shipenko's crew met Maria de la Cruz on Monday."
    mentions = find_mentions(text)
    assert [(m.text, m.words) for m in mentions] == [("Yulia Peresild", 2), ("Shipenko", 1), ("Maria de la Cruz", 4)]
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
        assert mention.key == fold(mention.text)


def test_hard_wrapped_name_spans_the_line_break():
    line = "MOSCOW (Wire) - The film was directed by the veteran film director Klim"
    text = line + "\nShipenko, the agency said."
    mention = next(m for m in find_mentions(text) if m.key.endswith("shipenko"))
    assert mention.key == "klim shipenko" and text[mention.start:mention.end] == "Klim\nShipenko"


def test_find_mentions_within_bounds():
    text = "xx Klim Shipenko yy Anna Smith"
    assert [(m.text, m.start, m.end) for m in find_mentions(text, 3, 16)] == [("Klim Shipenko", 3, 16)]


# ---------------------------------------------------------------------------------------------
# fold
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("Peresíld", "peresild"),
    ("  José   MARÍA ", "jose maria"),
    ("O’Brien", "o'brien"),
    ("Straße", "strasse"),
    ("Shipenko", "shipenko"),
    ("Dvořák", "dvorak"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_makes_spellings_with_accents_and_case_equal():
    assert fold("Yulia PERESÍLD") == fold("yulia Peresild")


# ---------------------------------------------------------------------------------------------
# canonical_forms
# ---------------------------------------------------------------------------------------------

def test_last_name_maps_to_the_full_name_of_the_same_source():
    mentions = find_mentions("Klim Shipenko directed. Shipenko said Peresild and Yulia Peresild flew; Smith stayed.")
    assert canonical_forms(mentions) == {
        "klim shipenko": "klim shipenko",
        "shipenko": "klim shipenko",
        "peresild": "yulia peresild",
        "yulia peresild": "yulia peresild",
        "smith": "smith",
    }


def test_a_last_name_shared_by_two_people_stays_ambiguous():
    mentions = find_mentions("Anna Smith and John Smith met Klim Shipenko. Smith said Shipenko agreed.")
    forms = canonical_forms(mentions)
    assert forms["smith"] == "smith"
    assert forms["shipenko"] == "klim shipenko"


def test_a_last_name_written_with_and_without_a_middle_initial_is_one_person():
    mentions = [Mention(0, 1, "Klim A. Shipenko", "klim a. shipenko", 3), Mention(0, 1, "Klim Shipenko", "klim shipenko", 2),
                Mention(0, 1, "Shipenko", "shipenko", 1)]
    assert canonical_forms(mentions)["shipenko"] == "klim a. shipenko"


# ---------------------------------------------------------------------------------------------
# spelling variants and entities
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, variant", [
    ("klim shipenko", "klim shepenko", True),
    ("yulia peresild", "yulia peresilde", True),
    ("tomas reyes", "tomas reyez", True),
    ("north korea", "south korea", False),  # the differing words are different words
    ("northshelf ventures", "north shelf ventures", True),  # one name, spaced apart
    ("marco deluca", "marco de luca", True),
    ("mission impossiblethe", "mission impossible", False),  # a word glued to "the"
    ("klim shipenko", "klim shipenko", False),  # the same spelling is not a variant
    ("klim shipenko", "boris shipenko", False),  # different first names: different people
    ("klim shipenko", "boris shepenko", False),  # two words differ
    ("shipenko", "shepenko", False),  # one word alone: too little to tell
    ("yulia peresild", "yulia peresild smith", False),
    ("john smith", "jon smith", False),  # short words: too short to tell
    ("maria de la cruz", "maria de la crus", False),
    ("walter j. pruett", "walter pruitt", True),  # a middle initial is no word of the spelling
    ("walter j. pruett", "walter pruett", False),  # nor is leaving it out a variant
    ("tomasz brzezina", "tomas brezina", True),  # a first name lengthened and a last name spelled apart
    ("andrei pashkevich", "andrey pashkevitch", True),  # both words one romanization apart
    ("yevgeny khodorov", "evgeni hodorov", True),
    ("ilja marchetti", "ilya marchetti", True),  # a j between letters, romanized as y
    ("sonja berg", "sonya berg", True),
    ("jana novak", "yana novak", False),  # (not at the start: "Jana" and "Yana" are two names)
    ("mark jones", "mary jones", False),  # a letter that is no romanization: two people
    ("helen mackenzie", "helen mackenzy", True),  # "-ie" and "-y": one sound spelled two ways
    ("oliver garrie", "oliver garry", True),
    ("mark dale", "mark daly", False),  # "-e" and "-y" are two sounds
    ("anna kowalski", "anya kowalsky", False),
    ("rhian maddocks", "rhian maddox", True),  # "-cks" and "-x": one sound
    ("james whitacre", "james whittaker", True),  # a hard c and a k: one sound
])
def test_spelling_variant(a, b, variant):
    assert spelling_variant(a, b) is variant
    assert spelling_variant(b, a) is variant


def test_spelling_variant_thresholds():
    assert spelling_variant("maria de la cruz", "maria de la crus", threshold=70, min_length=4)
    assert not spelling_variant("klim shipenko", "klim shimenko", threshold=95)


@pytest.mark.parametrize("a, b, variant", [
    ("marguerite osterhaus", "margarete osterhaus", True),  # only vowels differ: a little more slack
    ("christopher osterhaus", "christine osterhaus", False),
    # a given name beside a shared surname may stray a little further, a surname not
    ("alasdair rennie", "alistair rennie", True),
    ("robert alasdair", "robert alistair", False),
])
def test_names_differing_in_vowels_are_one_name(a, b, variant):
    assert spelling_variant(a, b) is variant


@pytest.mark.parametrize("a, b, same", [
    ("klim shipenko", "klim shipenko", True),
    ("shipenko", "klim shipenko", True),  # a last name ends the full name
    ("klim shipenko", "shipenko", True),
    ("shepenko", "klim shipenko", True),  # a misspelt last name
    ("klim shipenko", "klim shepenko", True),
    ("peresild", "klim shipenko", False),
    ("north korea", "south korea", False),
    ("klim shipenko", "boris shipenko", False),
    ("the station", "international space station", False),
    ("sdp", "social democratic party", True),  # an acronym
    ("un", "united nations", True),
    ("sdp", "swedish democrats", False),
    ("harrowgate", "harrowgate stores", True),  # a company with and without its company word
    ("halvorsen", "halvorsen gas transmission", True),  # and its line of business
    ("lumenary", "lumenary systems inc", True),
    ("riverbend", "riverbend health", True),
    ("belmont", "belmont brewing", True),
    ("manchester", "manchester united", False),  # a place and its club are two
])
def test_same_entity(a, b, same):
    assert same_entity(a, b) is same


def test_words_similar():
    assert words_similar("shipenko", "shepenko", 80, 5)
    assert not words_similar("impossiblethe", "impossible", 80, 5)
    assert not words_similar("theimpossible", "impossible", 80, 5)
    assert not words_similar("cruz", "crus", 80, 5)
    assert words_similar("cruz", "cruz", 80, 5)


def test_a_plural_role_word_is_not_part_of_a_name():
    assert names("Councillors Dmitri Vasquez and Anna Berg voted no.") == ["Dmitri Vasquez", "Anna Berg"]


@pytest.mark.parametrize("text, name", [
    ("Wing Kit Dunmore scored in the 79th minute.", "Kit Dunmore"),
    ("Leg-spinner Dilshan Weerakody took six wickets.", "Dilshan Weerakody"),
    ("Fly-half Tomas Reyland kicked twelve points.", "Tomas Reyland"),
    ("Opposite Kasia Dombrowska was the top scorer.", "Kasia Dombrowska"),
    ("Setter Johanna Vikstrom blocked the captain three times.", "Johanna Vikstrom"),
])
def test_a_players_position_is_not_part_of_the_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("short, full", [("tessaract", "tessaract robotics"), ("norland", "norland chemicals"),
                                         ("halvorsen", "halvorsen logistics")])
def test_a_company_short_name_is_its_full_name(short, full):
    assert same_entity(short, full) and same_entity(full, short)


def test_a_place_is_not_a_club_of_its_name():
    assert not same_entity("kelsey", "kelsey united")


def test_a_designation_of_letters_and_digits_is_a_name():
    """"TOI-9021 b", "K2-18": another planet is another subject, whatever its catalogue name."""
    text = "The result invites comparison with TOI-9021 b, a larger planet, and with K2-18 b."
    assert [m.text for m in find_mentions(text)] == ["TOI-9021", "K2-18"]

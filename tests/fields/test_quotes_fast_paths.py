"""The shortcuts of find_quotes' reading pass give what the plain way gives.

Each fast path (no tokens without speech rules, a bounded mark count, one
classification per distinct word, names read once per sentence opener, the
speech-verb scan that visits verb words only) is checked against what it
replaces, and on the quotes it must still find or still not find.
"""

from __future__ import annotations

import pytest

from articlenorm.fields.quotes import find_quotes
from articlenorm.fields.quotes.marks import MAX_MARKS, find_spans, is_prose
from articlenorm.fields.quotes.names import Registry, read_name
from articlenorm.fields.quotes.phrases import find_verb, subject_before
from articlenorm.fields.quotes.rules import SpeechRules, load_speech_rules
from articlenorm.fields.quotes.speakers import Speakers
from articlenorm.fields.quotes.text import Paragraph, Vocabulary, tokenize


def _rules() -> SpeechRules:
    rules = load_speech_rules("en")
    assert rules is not None
    return rules


# -- paragraphs with and without quotation marks ------------------------------


def test_paragraphs_without_marks_give_no_quotes() -> None:
    paragraphs = [
        "The council met on Monday and voted on the budget.",
        "Ana Ruiz, the mayor, said the budget would pass.",
        "Nobody objected.",
    ]
    assert find_quotes(paragraphs) == ()


def test_a_paragraph_with_marks_still_gives_its_quote() -> None:
    paragraphs = ["The council met on Monday.", "“The budget will pass,” Ana Ruiz said."]
    quotes = find_quotes(paragraphs)
    assert [(q.text, q.speaker, q.paragraph) for q in quotes] == [("The budget will pass,", "Ana Ruiz", 1)]


def test_names_from_paragraphs_without_marks_still_resolve_speakers() -> None:
    # The full name is only in a paragraph with no quotation mark: the name
    # registry must still read it for "Ruiz" to become "Ana Ruiz".
    paragraphs = [
        "Mayor Ana Ruiz opened the session on Monday.",
        "The council then voted on the budget.",
        "“It will pass,” Ruiz said.",
    ]
    (quote,) = find_quotes(paragraphs)
    assert (quote.speaker, quote.speaker_mention) == ("Ana Ruiz", "Ruiz")


def test_pronoun_resolves_to_a_speaker_named_mid_sentence_before() -> None:
    # The speech verb's subject is not at a sentence start, and a long first
    # sentence (over CONTEXT_CHARS) makes the verb scan walk several windows.
    long_sentence = "The council met on Monday " + "and then it met again " * 40 + "to vote."
    paragraphs = [
        f"{long_sentence} On Tuesday, Jane Roe said the plan would fail.",
        "“It will not pass,” she said.",
    ]
    (quote,) = find_quotes(paragraphs)
    assert (quote.speaker, quote.speaker_mention) == ("Jane Roe", "she")


@pytest.mark.parametrize(
    "paragraph",
    [
        'He bought a 12" screen and a 5\'10" frame.',
        "Don't tell O'Brien about rock'n'roll in the ’90s.",
        "The '90s were loud, and the 2000s were louder.",
        "Her 10'' board and the 3” pipe were delivered.",
    ],
    ids=["inch-marks", "apostrophes", "decade", "doubled-and-curly-inch"],
)
def test_inch_marks_and_apostrophes_quote_nothing(paragraph: str) -> None:
    assert find_quotes([paragraph]) == ()
    assert find_spans([paragraph]) == []


def test_marks_and_apostrophes_together_still_give_the_quote() -> None:
    quotes = find_quotes(["“Don't buy the 12\" model,” O'Brien said."])
    assert [(q.text, q.speaker) for q in quotes] == [("Don't buy the 12\" model,", "O'Brien")]


# -- counting marks --------------------------------------------------------------


def test_is_prose_counts_exactly_up_to_the_bound() -> None:
    # Marks apart from each other: a run of four or more counts as one.
    assert is_prose("“a” " * (MAX_MARKS // 2))
    assert not is_prose("“a” " * (MAX_MARKS // 2) + "“")
    assert is_prose('"' * (MAX_MARKS + 1))  # one run of marks: one match
    # Short blocks cannot hold more marks than characters.
    assert is_prose("“" * 10 + " words")


def test_one_mark_over_the_bound_hides_a_paragraphs_quotes() -> None:
    quote = "“We will win,” she said. "
    marks_per_quote = 2
    at_bound = quote * (MAX_MARKS // marks_per_quote)
    over = at_bound + "“"
    assert len(find_spans([at_bound])) == MAX_MARKS // marks_per_quote
    assert find_spans([over]) == []


# -- tokens ---------------------------------------------------------------------


def test_shared_vocabulary_gives_the_same_tokens_and_shares_strings() -> None:
    first, second = "Ana Ruiz said the vote, said.Trump won", "Ruiz said it."
    vocabulary: Vocabulary = {}
    shared = [tokenize(first, vocabulary=vocabulary), tokenize(second, vocabulary=vocabulary)]
    assert shared == [tokenize(first), tokenize(second)]
    said = [t.text for tokens in shared for t in tokens if t.text == "said" and t.end - t.start == 4]
    assert len(said) == 3
    # Words seen before share one string (the glued part is split afresh).
    assert said[0] is said[2]
    # A full stop glued between words is split off ("said.Trump").
    assert [t.text for t in shared[0]][-4:] == ["said", ".", "Trump", "won"]


def test_no_tokens_without_speech_rules_but_sentences_and_mask_kept() -> None:
    text = "“Wir gewinnen,” sagte Tomas Brandt. Dann ging er."
    (span,) = find_spans([text])
    par = Paragraph(0, text, [span], None)
    assert par.tokens == []
    assert par.sentence_starts == [0, text.index("Dann")]
    assert par.masked.startswith("“\x1a")
    assert Paragraph(0, text, [span], _rules()).tokens != []


# -- names and speech verbs --------------------------------------------------------


def test_sentence_opener_names_noted_by_the_registry_match_read_name() -> None:
    rules = _rules()
    text = "Mr. Lavrov arrived. Sergei Lavrov's aide left. The minister spoke. Choe Son-hui said no."
    par = Paragraph(0, text, [], rules)
    Registry(rules).read(par)
    assert par.opener_names  # noted at the sentence starts with a capital
    for index, name in par.opener_names.items():
        assert name == read_name(par.tokens, index, par.masked, rules)


def _every_token_verb_scan(par: Paragraph, rules: SpeechRules) -> list[tuple[int, int]]:
    """(verb index, subject start) walking every token: the scan before the fast path."""
    found = []
    tokens = par.tokens
    lo, boundary = 0, par.sentence_end(0)
    for j, tok in enumerate(tokens):
        if tok.start >= boundary:
            lo, boundary = j, par.sentence_end(tok.start)
        if not tok.is_word or tok.capitalized or not find_verb(tokens, j, rules):
            continue
        mention = subject_before(par, lo, j, rules)
        if mention is not None and mention.name is not None:
            found.append((tok.start, mention.start))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe said no. Then John Doe told reporters he agreed, and Roe added more.",
        "Jane Roe said no " + "and no " * 150 + "while John Doe said yes. Mr. Smith went on.",
        "said Jane Roe. Said John Doe. Roe said. " * 30,
        "Nothing to see here, no verbs.",
    ],
    ids=["short", "long-sentence", "repeated", "no-verbs"],
)
def test_verb_scan_notes_what_a_walk_over_every_token_notes(text: str) -> None:
    rules = _rules()
    par = Paragraph(0, text, [], rules)
    registry = Registry(rules)
    speakers = Speakers([0], registry, rules)
    speakers.read(par)
    noted = [(pos, source.mention.start) for pos, _, source in speakers._verb_subjects]
    assert noted == _every_token_verb_scan(par, rules)


def test_rules_hash_by_identity_and_precompute_word_sets() -> None:
    rules = _rules()
    assert hash(rules) == object.__hash__(rules)  # usable as a cache key
    assert load_speech_rules("en-GB") is rules
    assert rules.pronouns == rules.male | rules.female | rules.other_pronouns
    assert rules.person_words == rules.titles | rules.role_nouns
    assert rules.verb_starts == rules.verbs | frozenset(rules.phrasal)

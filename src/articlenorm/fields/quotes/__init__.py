"""Direct quotations in an article body, with who said them.

Design note
===========

**Spans** (:mod:`.marks`).  One linear pass per paragraph classifies
every quotation mark by its neighbours (may it open? may it close?) and
matches the marks with a small stack, per family: doubles (“…” "…" „…“ and
doubled singles ‘‘…” ''…''), singles (‘…’, nested or on their own) and
guillemets («…»).  Inch marks (a 12" screen), primes (5'10") and apostrophes
(don't, ’90s) are no marks; a run of four or more marks is debris.  A
quotation still open at a paragraph end continues when the next paragraph
opens with the same family of mark (the multi-paragraph convention); one
that does not continue is kept only if it began its paragraph and the
paragraph ends a sentence.  Ellipses and brackets ([…]) stay in the text.

**Utterances** (:mod:`.group`).  Spans are joined when a paragraph
break, white space, or an attribution alone separates them ("We repeat," she
said, "that ..."; "We won," she said. "Now we govern.").  A joined quote's
``text`` is its parts joined by one space, and ``start``/``end`` run from
the first part's first character to the last part's last one: so
``body[start:end] == text`` holds exactly for one-part quotes, and a joined
quote's span also covers the attribution between its parts.  Titles of works
("Gone With the Wind", the film "Jaws") are dropped.  A quote is ``partial``
when it is woven into the narrator's sentence (until its "victory", said
that "the economy is strong"), opens a sentence in lower case, or is too
short to stand alone (under four words without its own punctuation and an
attribution).  Everything else is a full quote.

**Attribution** (:mod:`.attrib`, :mod:`.phrases`).  Only the
narrator's words are read: quoted words are masked (:mod:`.text`), so
a "said" inside a quotation names nobody.  In order: the words between the
parts of a split quote; the rest of the sentence after the quote ("…," X
said / said X / "…" — X / according to X); a following sentence that opens
with an attribution ("Why?" X asked.); the same sentence before the opening
mark (X said: "…" / X told Y: "…" / X called it "…" / X, saying, "…" /
X: "…"), skipping verbs in subordinate clauses ("When Y said that, X ...");
and, for full quotes only, the previous sentence: a quote there that has a
source, a speech verb's subject, or the person it opens with.  If a speech
verb follows the quote but its subject cannot be read, no guess is made
from the previous sentence.  Speech verbs, pronouns, titles, role nouns and
the other word lists are data (``rules/<lang>/speech.toml``).

**Resolution** (:mod:`.speakers`, :mod:`.names`).  ``speaker``
is the fullest name in the article for the words at the attribution
(``speaker_mention``).  Names ("Lavrov", "Mr. Lavrov", "Ms. Choe") resolve
through the article's name registry (surname, or family name first for
names the article marks as a person's); he/she resolve to the most recent
agreeing person speaking within three paragraphs; "the latter"/"the former"
to the last/first person of the previous sentence; a definite role
description ("the minister", "the North Korean minister") to the one person
the article gives that role, else to the most recent person speaking whose
own description does not contradict it.  An organisation described with its
name ("the Trump campaign") is its own speaker.

**Why a speaker is left empty.**  A newsroom reading ``speaker`` takes it as
a claim.  So every step that is not sure gives ``None`` rather than a guess:
an unnamed source ("a senior official", "one supporter"), a first-person
narrator ("I"), a plural or neuter pronoun, a he/she with no agreeing person
nearby, a description that fits nobody, an attribution that is there but
cannot be read, a quote with no attribution at all.  The words at the
attribution are still given in ``speaker_mention``.  An ambiguous surname
("Lund" when the article has two Lunds) is kept as written rather than
expanded.

**Bounds.**  Every scan is linear; the narrator text read around one
quotation is cut to ``CONTEXT_CHARS`` (600) characters, name runs to 12
tokens, so a megabyte of quotation marks, dots or spaces costs no more than
a few linear passes.  Each paragraph is tokenized once (every distinct word
classified once per article); a language without speech rules is not
tokenized at all, since only attribution and the name registry read tokens.

Languages: spans are found for any language; attribution needs a
``speech.toml`` for the language (``language=None`` uses English).  Rule
data is read once per language (cached).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Quote
from .marks import find_spans
from .names import Registry
from .reading import Draft, read_quotes
from .rules import load_speech_rules
from .speakers import Source, Speakers

__all__ = ["find_quotes"]


def find_quotes(paragraphs: Sequence[str], *, language: str | None = "en") -> tuple[Quote, ...]:
    """Every direct quotation in ``paragraphs``, in reading order (see the module docstring).

    Offsets are into ``"\\n\\n".join(paragraphs)``.  Pure and deterministic.
    """
    texts = [str(p) for p in paragraphs]
    spans = find_spans(texts)
    if not spans:
        return ()
    rules = load_speech_rules(language or "en")
    offsets = _offsets(texts)
    registry = Registry(rules) if rules else None
    speakers = Speakers(offsets, registry, rules) if rules and registry else None
    # One pass over the paragraphs reads the quotations and gathers the
    # article's names; speakers are resolved once all names are known.
    drafts = read_quotes(texts, spans, rules, registry, speakers)
    if speakers is not None:
        speakers.finish()
    quotes: list[Quote] = []
    previous: Source | None = None
    for draft in drafts:
        source = draft.source
        if source is None and speakers is not None:
            source = _from_previous_sentence(draft, speakers, previous)
        utt = draft.utterance
        quotes.append(
            Quote(
                text=draft.text,
                speaker=speakers.speaker(source) if speakers and source else None,
                speaker_mention=source.mention.text if source else None,
                paragraph=utt.first.paragraph,
                start=offsets[utt.first.paragraph] + utt.first.start,
                end=offsets[utt.last.paragraph] + utt.last.end,
                partial=draft.partial,
            )
        )
        previous = source
    return tuple(quotes)


def _offsets(texts: Sequence[str]) -> list[int]:
    offsets, pos = [], 0
    for text in texts:
        offsets.append(pos)
        pos += len(text) + 2
    return offsets


def _from_previous_sentence(draft: Draft, speakers: Speakers, previous: Source | None) -> Source | None:
    """The source of a stand-alone quote, from the sentence before it."""
    if draft.after_previous and previous is not None:
        return previous
    fallback = draft.fallback
    if fallback is None or (draft.fallback_person and not speakers.is_person(fallback)):
        return None
    return fallback

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
a few linear passes.

Languages: spans are found for any language; attribution needs a
``speech.toml`` for the language (``language=None`` uses English).  Rule
data is read once per language (cached).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Quote
from .attrib import (
    attribution_after,
    attribution_alone,
    attribution_before,
    in_subordinate_clause,
    speech_verb_after,
)
from .group import Utterance, group_spans, is_partial, is_title
from .marks import Span, find_spans
from .names import Registry
from .phrases import Mention, find_verb, sentence_subject, subject_before
from .rules import SpeechRules, load_speech_rules
from .speakers import Speakers
from .text import Paragraph

__all__ = ["find_quotes"]

# An attribution is there but could not be read: no guessing from elsewhere.
_UNREAD = Mention("unread", "", -1, 0, 0)


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
    by_paragraph: list[list[Span]] = [[] for _ in texts]
    for span in spans:
        by_paragraph[span.paragraph].append(span)
    pars = [Paragraph(i, text, by_paragraph[i], rules) for i, text in enumerate(texts)]
    utterances = group_spans(spans, pars, rules)
    speakers = Speakers(pars, offsets, Registry(pars, rules), rules) if rules else None
    quotes: list[Quote] = []
    previous: tuple[Utterance, Mention | None] | None = None
    for utt in utterances:
        text = " ".join(texts[s.paragraph][s.start : s.end] for s in utt.parts)
        if is_title(utt, text, pars, rules):
            continue
        mention = _attribution(utt, pars, rules) if rules else None
        partial = is_partial(utt, text, pars, rules, mention is not None)
        if mention is None and not partial and speakers is not None:
            mention = _previous_sentence(utt, pars, speakers, previous)
        if mention is _UNREAD:
            mention = None
        speaker = speakers.speaker(mention) if speakers and mention else None
        quotes.append(
            Quote(
                text=text,
                speaker=speaker,
                speaker_mention=mention.text if mention else None,
                paragraph=utt.first.paragraph,
                start=offsets[utt.first.paragraph] + utt.first.start,
                end=offsets[utt.last.paragraph] + utt.last.end,
                partial=partial,
            )
        )
        previous = (utt, mention)
    return tuple(quotes)


def _offsets(texts: Sequence[str]) -> list[int]:
    offsets, pos = [], 0
    for text in texts:
        offsets.append(pos)
        pos += len(text) + 2
    return offsets


def _attribution(utt: Utterance, pars: Sequence[Paragraph], rules: SpeechRules) -> Mention | None:
    """The source named in the quotation's own sentence(s)."""
    if utt.mention is not None:
        return utt.mention
    last, first = utt.last, utt.first
    par = pars[last.paragraph]
    unread = False
    if last.closed:
        mention = attribution_after(par, last.close, rules)
        if mention is not None:
            return mention
        unread = speech_verb_after(par, last.close, rules)
        after = par.sentence_end(last.close)
        if not par.masked[last.close : after].strip() and after < len(par.text):
            loose = par.text[last.end - 1] in "?!"
            mention = attribution_alone(par, after, rules, loose=loose)
            if mention is not None:
                return mention
    if not first.continued:
        mention = attribution_before(pars[first.paragraph], first.open, rules)
        if mention is not None:
            return mention
    return _UNREAD if unread else None


def _previous_sentence(
    utt: Utterance,
    pars: Sequence[Paragraph],
    speakers: Speakers,
    previous: tuple[Utterance, Mention | None] | None,
) -> Mention | None:
    """The source of a stand-alone quote, from the sentence before it."""
    first = utt.first
    par = pars[first.paragraph]
    start = par.sentence_start(first.open)
    if par.masked[start : first.open].strip():
        return None
    if start > 0:
        prev_par, prev_end = par, start
    elif first.paragraph > 0:
        prev_par = pars[first.paragraph - 1]
        prev_end = len(prev_par.text)
    else:
        return None
    prev_start = prev_par.sentence_start(max(prev_end - 1, 0))
    if previous is not None:
        prev_utt, prev_mention = previous
        if (
            prev_mention is not None
            and prev_utt.last.paragraph == prev_par.index
            and prev_utt.last.close > prev_start
        ):
            return prev_mention
    return _speech_in(prev_par, prev_start, prev_end, speakers)


def _speech_in(par: Paragraph, start: int, end: int, speakers: Speakers) -> Mention | None:
    """The first speech verb's subject in ``start:end``, else the person it opens with."""
    rules = speakers.rules
    tokens = par.tokens
    lo = par.token_index(start)
    hi = par.token_index(end)
    for j in range(lo, hi):
        if find_verb(tokens, j, rules) and not in_subordinate_clause(tokens, lo, j, rules):
            mention = subject_before(par, lo, j, rules)
            if mention is not None and mention.kind != "former":
                return mention
            return None
    mention = sentence_subject(par, lo, hi, rules)
    return mention if mention is not None and speakers.is_person(mention) else None

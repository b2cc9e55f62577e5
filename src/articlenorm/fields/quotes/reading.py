"""The reading pass: every paragraph tokenized once, in order, and let go.

Attribution needs a quotation's own paragraphs and at most the two before
them (the sentence before a stand-alone quote, and the one before a "the
latter"); the name registry and the speech events need every paragraph, but
only the names and words they find there.  So one pass over the article
builds each :class:`~.text.Paragraph`, lets the registry and the speakers
take what they need from it, reads the quotations that end there, and keeps
only the paragraphs that a quotation still open may need.  What depends on
the whole article (resolving a name to the fullest one) is left to
:func:`articlenorm.fields.quotes.find_quotes`, on the :class:`Draft` s this
pass gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .attrib import (
    attribution_after,
    attribution_alone,
    attribution_before,
    in_subordinate_clause,
    speech_verb_after,
)
from .group import Utterance, is_partial, is_title, join
from .marks import Span
from .names import Registry
from .phrases import Mention, find_verb, sentence_subject, subject_before
from .rules import SpeechRules
from .speakers import Source, Speakers
from .text import Paragraph, Paragraphs, Vocabulary

__all__ = ["Draft", "read_quotes"]

# An attribution is there but could not be read: no guessing from elsewhere.
_UNREAD = Mention("unread", "", -1, 0, 0)
# Paragraphs before a quotation's first one that reading it may need: the
# previous sentence's paragraph, and the one before that for "the latter".
_LOOK_BACK = 2


@dataclass(frozen=True, slots=True)
class Draft:
    """A quotation as read in its paragraphs; its speaker is resolved later.

    ``source`` is the attribution in the quotation's own sentence(s).  A full
    quote without one may take its source from the sentence before: the
    previous quotation's source when ``after_previous`` (that quotation ends
    in that sentence) and it has one, else ``fallback`` (which counts only if
    it names a person when ``fallback_person``).
    """

    text: str
    utterance: Utterance
    partial: bool
    source: Source | None = None
    after_previous: bool = False
    fallback: Source | None = None
    fallback_person: bool = False


def read_quotes(
    texts: Sequence[str],
    spans: Sequence[Span],
    rules: SpeechRules | None,
    registry: Registry | None,
    speakers: Speakers | None,
) -> list[Draft]:
    """Read the article once (see the module docstring); the drafts in reading order."""
    by_paragraph: dict[int, list[Span]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, []).append(span)
    pars: dict[int, Paragraph] = {}
    drafts: list[Draft] = []
    open_utt: Utterance | None = None
    vocabulary: Vocabulary = {}
    for index, text in enumerate(texts):
        own = by_paragraph.get(index, [])
        par = pars[index] = Paragraph(index, text, own, rules, vocabulary)
        if registry is not None:
            registry.read(par)
        if speakers is not None:
            speakers.read(par)
        for span in own:
            if open_utt is not None and join(open_utt, span, pars, rules):
                continue
            if open_utt is not None:
                _read(open_utt, texts, pars, rules, speakers, drafts)
            open_utt = Utterance([span])
        if open_utt is not None and not open_utt.last.continues:
            # Only a span continuing over the paragraph break may join it.
            _read(open_utt, texts, pars, rules, speakers, drafts)
            open_utt = None
        keep_from = (index + 1 if open_utt is None else open_utt.first.paragraph) - _LOOK_BACK
        for old in [i for i in pars if i < keep_from]:
            del pars[old]
    if open_utt is not None:
        _read(open_utt, texts, pars, rules, speakers, drafts)
    return drafts


def _read(
    utt: Utterance,
    texts: Sequence[str],
    pars: Paragraphs,
    rules: SpeechRules | None,
    speakers: Speakers | None,
    drafts: list[Draft],
) -> None:
    """Add the draft of one complete utterance (none for a title)."""
    text = " ".join(texts[s.paragraph][s.start : s.end] for s in utt.parts)
    if is_title(utt, text, pars, rules):
        return
    mention = _attribution(utt, pars, rules) if rules else None
    partial = is_partial(utt, text, pars, rules, mention is not None)
    after_previous, fallback, person = False, None, False
    if mention is None and not partial and speakers is not None:
        previous = drafts[-1].utterance if drafts else None
        after_previous, found, person = _previous_sentence(utt, pars, speakers.rules, previous)
        fallback = speakers.source(found, pars) if found is not None else None
    if mention is _UNREAD:
        mention = None
    source = speakers.source(mention, pars) if speakers is not None and mention is not None else None
    drafts.append(Draft(text, utt, partial, source, after_previous, fallback, person))


def _attribution(utt: Utterance, pars: Paragraphs, rules: SpeechRules) -> Mention | None:
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
    utt: Utterance, pars: Paragraphs, rules: SpeechRules, previous: Utterance | None
) -> tuple[bool, Mention | None, bool]:
    """Where a stand-alone quote's source may be, in the sentence before it:
    (whether the previous quotation ends there, the speech in that sentence,
    whether that speech counts only if it names a person)."""
    first = utt.first
    par = pars[first.paragraph]
    start = par.sentence_start(first.open)
    if par.masked[start : first.open].strip():
        return False, None, False
    if start > 0:
        prev_par, prev_end = par, start
    elif first.paragraph > 0:
        prev_par = pars[first.paragraph - 1]
        prev_end = len(prev_par.text)
    else:
        return False, None, False
    prev_start = prev_par.sentence_start(max(prev_end - 1, 0))
    after_previous = (
        previous is not None
        and previous.last.paragraph == prev_par.index
        and previous.last.close > prev_start
    )
    return (after_previous, *_speech_in(prev_par, prev_start, prev_end, rules))


def _speech_in(par: Paragraph, start: int, end: int, rules: SpeechRules) -> tuple[Mention | None, bool]:
    """The first speech verb's subject in ``start:end``, else the person it
    opens with (the flag: counts only if it names a person)."""
    tokens = par.tokens
    lo = par.token_index(start)
    hi = par.token_index(end)
    for j in range(lo, hi):
        if find_verb(tokens, j, rules) and not in_subordinate_clause(tokens, lo, j, rules):
            mention = subject_before(par, lo, j, rules)
            if mention is not None and mention.kind != "former":
                return mention, False
            return None, False
    return sentence_subject(par, lo, hi, rules), True

"""Utterances: quotation spans joined into what one speaker said, and their kind.

Joining (spans in reading order; a span joins the utterance before it when):

* it continues it over a paragraph break (opening mark repeated, no closing
  mark: see :mod:`.marks`);
* nothing but white space separates them ("Okay," "I was ...");
* only an attribution separates them, inside one paragraph: "We repeat," she
  said, "that ..." and "We won," she said. "Now we govern."  The second part
  must not carry an attribution of its own ("A," she said. "B," he replied).

Kinds: a *title* ("Gone With the Wind", the film "Jaws") is no quote at all;
a *partial* quote is woven into the narrator's sentence (until its "victory",
said that "the economy is strong"), opens a sentence in lower case ("is like
looking at ..."), or is too short to stand alone (under four words, unless it
carries its own . ! ? or a comma before an attribution: "No," she said); a
*full* quote starts its sentence, or follows a colon, a dash, or a speech
verb and a comma ("Smith said, "We ..."").
"""

from __future__ import annotations

from dataclasses import dataclass

from .attrib import attribution_after
from .marks import Span
from .phrases import Mention, find_verb
from .rules import SpeechRules
from .text import Paragraph, Paragraphs

__all__ = ["Utterance", "is_partial", "is_title", "join"]

# Words an attribution between two parts of one quotation may hold: a name
# with a long appositive ("said Tom Roe, a veteran party leader who ...")
# reaches 30.  The gap ends with punctuation, and not with a second speech
# verb introducing the next part ("Smith said, adding later, "..."").
_MAX_GAP_WORDS = 40
_GAP_ENDS = ",.:;—–"
# A quotation this long (in words) is a full quote wherever it starts a
# sentence; shorter ones also need their own punctuation and an attribution.
_FULL_WORDS = 4
_END_PUNCT = ".!?…"


@dataclass(slots=True)
class Utterance:
    """Consecutive spans that make one quotation, with the gap attribution if any."""

    parts: list[Span]
    mention: Mention | None = None

    @property
    def first(self) -> Span:
        return self.parts[0]

    @property
    def last(self) -> Span:
        return self.parts[-1]


def _joins(
    prev: Span, span: Span, pars: Paragraphs, rules: SpeechRules | None
) -> tuple[bool, Mention | None]:
    """Whether ``span`` continues the utterance ending with ``prev`` (and the gap's source)."""
    if prev.continues and span.continued:
        return True, None
    if prev.paragraph != span.paragraph or not prev.closed:
        return False, None
    par = pars[span.paragraph]
    gap = par.masked[prev.close : span.open]
    if not gap.strip():
        return True, None
    if rules is None or gap.rstrip()[-1] not in _GAP_ENDS:
        return False, None
    words = [t for t in par.tokens_between(prev.close, span.open) if t.is_word]
    if len(words) > _MAX_GAP_WORDS:
        return False, None
    verbs = sum(1 for j in range(len(words)) if find_verb(words, j, rules))
    if verbs > 1 and _ends_with_speech(par, prev.close, span.open, rules):
        return False, None  # "..., Smith said, adding later, "...": a new introduction
    mention = attribution_after(par, prev.close, rules, limit=span.open)
    if mention is None or not span.closed:
        return False, None
    if attribution_after(par, span.close, rules) is not None:
        return False, None
    return True, mention


def join(utt: Utterance, span: Span, pars: Paragraphs, rules: SpeechRules | None) -> bool:
    """Add ``span`` to ``utt`` if it continues it (see the module docstring);
    spans are offered in reading order, each to the utterance before it."""
    joined, mention = _joins(utt.last, span, pars, rules)
    if joined:
        utt.parts.append(span)
        utt.mention = utt.mention or mention
    return joined


def _ends_with_speech(par: Paragraph, start: int, end: int, rules: SpeechRules | None) -> bool:
    """Whether ``start:end`` ends with a speech verb and at most three more words."""
    if rules is None:
        return False
    tokens = [t for t in par.tokens_between(start, end) if t.is_word]
    return any(find_verb(tokens, j, rules) for j in range(max(0, len(tokens) - 4), len(tokens)))


def _starts_sentence(par: Paragraph, span: Span, text: str, rules: SpeechRules | None) -> bool:
    """Whether the opening mark of ``span`` begins a sentence of speech."""
    lo = par.sentence_start(span.open)
    pre = par.masked[lo : span.open].rstrip()
    lower = text[:1].islower()
    if not pre or pre[-1] in ":—–([":
        # A sentence opening in lower case is a fragment ("“is like ...”").
        return not lower
    upper = not lower
    if pre[-1] == ",":
        return upper or _ends_with_speech(par, lo, lo + len(pre) - 1, rules)
    return upper and _ends_with_speech(par, lo, lo + len(pre), rules)


def is_partial(
    utt: Utterance, text: str, pars: Paragraphs, rules: SpeechRules | None, attributed: bool
) -> bool:
    """Whether the utterance is a partial quote (see the module docstring)."""
    first = utt.first
    if first.continued:
        return False
    if not _starts_sentence(pars[first.paragraph], first, text, rules):
        return True
    words = len(text.split())
    if words >= _FULL_WORDS:
        return False
    own_punct = text[-1:] in _END_PUNCT or (text[-1:] == "," and attributed)
    return not (own_punct and (attributed or words >= 2))


def is_title(utt: Utterance, text: str, pars: Paragraphs, rules: SpeechRules | None) -> bool:
    """Whether the quotation is the title of a work, not something said."""
    if rules is None or len(utt.parts) > 1 or text[-1:] in _END_PUNCT:
        return False
    par = pars[utt.first.paragraph]
    before = par.tokens_between(par.sentence_start(utt.first.open), utt.first.open)
    words_before = [t for t in before if t.is_word]
    if words_before and words_before[-1].lower in rules.work_nouns and text[:1].isupper():
        return True
    words = [w.strip(",;:") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if len(words) < 2 or text.isupper():
        return False
    return all(w[0].isupper() or w.lower() in rules.small_words for w in words) and words[0][0].isupper()

"""Seeded generator of realistic-looking news text for growth measurements.

Nothing here comes from the datasets: the words, names and clutter lines are written
for this module, and the same seed always gives the same text.
"""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list."""
    return tuple(text.split())


_FUNCTION = _words(
    "the the the a a of of to to in in and and that for on with as at by from it was is be has "
    "have had will would could not but also more than after before over about their its this "
    "which who when while into during against under"
)
_NOUNS = _words(
    "council government report officials mayor city budget plan election vote company market "
    "shares investors police court judge trial witness hospital patients school teachers "
    "students minister parliament bill law tax workers union strike weather storm river bridge "
    "project funding study researchers data team season coach match players fans museum "
    "exhibition festival residents neighbourhood airport flights"
)
_VERBS = _words(
    "said announced reported approved rejected warned expected confirmed denied described "
    "promised questioned released revealed planned delayed increased reduced opened closed "
    "supported criticised welcomed investigated"
)
_ADJECTIVES = _words(
    "new local national former senior public early final major recent annual independent "
    "regional financial difficult important unexpected"
)
_NAMES = [
    "Maria Keller",
    "John Whitaker",
    "Aiko Tanaka",
    "Samuel Okafor",
    "Elena Petrova",
    "David Moreau",
    "Priya Raman",
    "Lukas Brandt",
    "Grace O'Neill",
    "Tomás Herrera",
    "Hannah Lindqvist",
    "Omar Haddad",
]
_PLACES = [
    "Springfield",
    "Lakeside",
    "Northbridge",
    "Port Allen",
    "Eastwood",
    "Riverton",
]
_CLUTTER = (
    "Advertisement",
    "Share this article",
    "Sign up for our newsletter",
    "Read more: local news",
    "Photo: staff photographer",
    "Comments are closed.",
)


def _sentence(rng: random.Random) -> str:
    words: list[str] = []
    for _ in range(rng.randint(8, 26)):
        roll = rng.random()
        if roll < 0.45:
            words.append(rng.choice(_FUNCTION))
        elif roll < 0.75:
            words.append(rng.choice(_NOUNS))
        elif roll < 0.85:
            words.append(rng.choice(_ADJECTIVES))
        elif roll < 0.95:
            words.append(rng.choice(_VERBS))
        elif roll < 0.98:
            words.append(rng.choice(_PLACES))
        else:
            words.append(str(rng.randint(2, 2024)))
    if len(words) > 10 and rng.random() < 0.3:
        words[len(words) // 2] += ","
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random) -> str:
    sentences = [_sentence(rng) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.25:
        quote = _sentence(rng).rstrip(".")
        speaker = rng.choice(_NAMES)
        sentences.insert(rng.randint(0, len(sentences)), f"\u201c{quote},\u201d {speaker} said.")
    return " ".join(sentences)


def paragraphs(count: int, seed: int = 0) -> list[str]:
    """``count`` paragraphs (about 1 in 15 is a short clutter line), seeded."""
    rng = random.Random(seed)
    out: list[str] = []
    for _ in range(count):
        if rng.random() < 1 / 15:
            out.append(rng.choice(_CLUTTER))
        else:
            out.append(_paragraph(rng))
    return out


def text_of_paragraphs(count: int, seed: int = 0) -> str:
    """A headline line, then ``count`` paragraphs separated by blank lines."""
    return "Council approves new budget plan\n\n" + "\n\n".join(paragraphs(count, seed))


def text_of_size(target_bytes: int, seed: int = 0) -> str:
    """About ``target_bytes`` of UTF-8 text (whole paragraphs, never less than asked)."""
    rng_seed = seed
    parts: list[str] = ["Council approves new budget plan"]
    size = len(parts[0].encode("utf-8"))
    while size < target_bytes:
        for para in paragraphs(200, rng_seed):
            parts.append(para)
            size += len(para.encode("utf-8")) + 2
            if size >= target_bytes:
                break
        rng_seed += 1
    return "\n\n".join(parts)

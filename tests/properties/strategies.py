"""Hypothesis strategies for the project's own property tests."""

from __future__ import annotations

from hypothesis import strategies as st

SUBJECTS = [
    "The council",
    "Officials",
    "The minister",
    "Residents",
    "The company",
    "Researchers",
    "The mayor",
    "Police",
    "The committee",
    "Local farmers",
    "The union",
    "Doctors",
]
VERBS = [
    "approved",
    "rejected",
    "discussed",
    "announced",
    "postponed",
    "criticised",
    "welcomed",
    "reviewed",
    "funded",
    "questioned",
    "delayed",
    "defended",
]
OBJECTS = [
    "the new budget",
    "a plan to repair the bridge",
    "the proposed tax",
    "the hospital expansion",
    "a report on air quality",
    "the school closures",
    "the harbour project",
    "new bus routes",
    "the water contract",
    "a study of river levels",
    "the housing scheme",
    "the election results",
]
TAILS = [
    "on Monday",
    "after a long debate",
    "earlier this week",
    "in a statement",
    "despite strong objections",
    "for the second time this year",
    "without a vote",
    "at a meeting in the town hall",
    "following months of talks",
    "late on Friday",
]
HEAD_WORDS = [
    "Council",
    "Approves",
    "Harbour",
    "Plan",
    "Bridge",
    "Repairs",
    "Delayed",
    "Again",
    "Farmers",
    "Protest",
    "New",
    "Tax",
    "Hospital",
    "Expansion",
    "Faces",
    "Vote",
]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    return (
        f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} "
        f"{draw(st.sampled_from(OBJECTS))} {draw(st.sampled_from(TAILS))}."
    )


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=2, max_size=5)))


@st.composite
def headlines(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(st.sampled_from(HEAD_WORDS), min_size=4, max_size=9)))


@st.composite
def clean_articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """``(headline, paragraphs)`` of a clutter-free article."""
    return draw(headlines()), draw(st.lists(paragraphs(), min_size=1, max_size=8))


CLUTTER_LINES = [
    "Spread the love",
    "Share this article",
    "Advertisement",
    "Read also",
    "Related:",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Source link",
    "Sign up for our newsletter",
    "Become a Patron!",
    "5 min read",
    "Share on Facebook",
    "Comments are closed.",
    "Subscribe to continue reading",
]


@st.composite
def messy_texts(draw: st.DrawFn) -> str:
    """Article-like text with clutter lines, stray whitespace and markup mixed in."""
    parts = [draw(headlines())]
    for para in draw(st.lists(paragraphs(), min_size=1, max_size=6)):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(CLUTTER_LINES)))
        parts.append(para)
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(CLUTTER_LINES)))
    seps = st.sampled_from(["\n\n", "\n", "\n \n", "\r\n\r\n", "\n\n\n"])
    out = parts[0]
    for p in parts[1:]:
        out += draw(seps) + p
    return out

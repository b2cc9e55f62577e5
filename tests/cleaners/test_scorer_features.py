"""The scorer's comment-thread cue: a commenter's header, not a quotation in the story."""

import pytest

from articlenorm.cleaners.scorer_features import _is_cue


@pytest.mark.parametrize(
    "line",
    [
        "Jane says:",
        "candy apples said...",
        "RMcD said,",
        "Tom Baker wrote:",
        "12 Responses",
        "3 comments",
        "Comments (3)",
        "Leave a comment",
        "Leave a Reply",
        "Reply",
        "Posted by: Jane Roe on December 31, 2007",
        "May 5, 2012 at 3:12 pm",
    ],
)
def test_comment_thread_headers_are_cues(line: str) -> None:
    assert _is_cue(line)


@pytest.mark.parametrize(
    "line",
    [
        '"What is wanted?" said he mildly.',
        "\u201cWe will win,\u201d she said.",
        "The minister said the plan would work.",
        "Police said on Monday that two men were held.",
        "He said.",
        "The comments section of the report was short.",
        "Replies to the survey came from 40 countries.",
    ],
)
def test_quotations_and_story_sentences_are_not_cues(line: str) -> None:
    assert not _is_cue(line)

"""The main-content extraction step: trafilatura on the already-parsed tree.

trafilatura copies the tree it is given, so the caller's tree (numbered,
shared with the metadata readers) is left as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ExtractionError

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement

__all__ = ["extract_body", "extract_recall"]

NO_CONTENT = (
    "no main content found in this HTML page (trafilatura returned nothing); "
    "if the page is a listing, a login wall or a script-rendered app, there is no "
    "article text to extract"
)


def _run(tree: HtmlElement, url: str | None, *, favor_recall: bool = False) -> _Element | None:
    import trafilatura

    try:
        doc: Any = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_recall=favor_recall,
            # The XML tree is all we read: "xml" skips the text rendering
            # that the default "python" output does for nothing.
            output_format="xml",
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=False,
            # Links off: with them on, trafilatura's own link-density tests
            # change and it keeps more navigation (l3s-gn1 tune: body
            # precision 0.854 -> 0.789).  Link density is read from the
            # source elements instead (xmlblocks.py).
            include_links=False,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # malformed markup
        raise ExtractionError(f"the HTML could not be parsed for extraction ({exc})") from exc
    if doc is None or doc.body is None:
        return None
    if not len(doc.body) and not "".join(doc.body.itertext()).strip():
        return None
    return doc.body


def extract_body(tree: HtmlElement, url: str | None) -> _Element:
    """trafilatura's XML body of ``tree``; ``ExtractionError`` when it finds none."""
    body = _run(tree, url)
    if body is None:
        raise ExtractionError(NO_CONTENT)
    return body


def extract_recall(tree: HtmlElement, url: str | None) -> _Element | None:
    """trafilatura's XML body of ``tree`` with ``favor_recall`` (it keeps more
    of the page's text), or ``None`` when it finds none."""
    return _run(tree, url, favor_recall=True)

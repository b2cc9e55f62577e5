"""Wire signatures ending a story: agencies and editors' initials only."""

from __future__ import annotations

import pytest

from articlenorm.cleaners.trailers import is_agency_signature


@pytest.mark.parametrize(
    "line", ["(PAP)", "abc/PAP", "(kw/ mw/ PAP)", "IAR, mk", "PAP/EPA", "(dpa)", "(Reuters)."]
)
def test_agency_signatures(line: str) -> None:
    assert is_agency_signature(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sondaż dla PAP",  # a subheading that names an agency
        "Reuters i AFP",
        "(ap)",  # initials: short all-caps agencies match case-sensitively
        "kw/ mw/",  # initials without an agency
        "Jan Nowak/PAP",  # a photo credit, not initials
        "",
    ],
)
def test_not_agency_signatures(line: str) -> None:
    assert not is_agency_signature(line)

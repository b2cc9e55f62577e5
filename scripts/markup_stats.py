"""How complex is the markup of real pages?  The numbers behind the limits in
``articlenorm.segment.guard`` (see its comments).

    python scripts/markup_stats.py /work/shared/datasets/*/inputs

For every ``.html`` / ``.html.gz`` file: its size, what the guard's linear scan
counts (tag starts, the most attributes in one tag) and what lxml's tree says
(elements, the deepest nesting, the most children of one element, the most
attributes of one element).  Prints the maximum and the 99th percentile of
each over all pages, and the page that holds the maximum.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import lxml.html

from articlenorm.segment.guard import scan_markup


def _tree_stats(html: str) -> tuple[int, int, int, int]:
    root = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"))
    elements = depth = children = attributes = 0
    stack = [(root, 1)]
    while stack:
        el, d = stack.pop()
        elements += 1
        depth = max(depth, d)
        children = max(children, len(el))
        attributes = max(attributes, len(el.attrib))
        stack.extend((c, d + 1) for c in el)
    return elements, depth, children, attributes


def main(folders: list[str]) -> None:
    rows: list[tuple[str, dict[str, int]]] = []
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if not path.name.endswith((".html", ".html.gz", ".htm")):
                continue
            data = path.read_bytes()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            html = data.decode("utf-8", "replace")
            scan = scan_markup(html)
            elements, depth, children, attributes = _tree_stats(html)
            rows.append(
                (
                    str(path),
                    {
                        "bytes": len(data),
                        "scan.tags": scan.tags,
                        "scan.attributes": scan.max_attributes,
                        "tree.elements": elements,
                        "tree.depth": depth,
                        "tree.children": children,
                        "tree.attributes": attributes,
                    },
                )
            )
    print(f"{len(rows)} pages")
    for key in rows[0][1]:
        values = sorted(r[key] for _, r in rows)
        top = max(rows, key=lambda r: r[1][key])
        p99 = values[int(0.99 * (len(values) - 1))]
        print(f"{key:18} max {values[-1]:>9}  p99 {p99:>9}  ({top[0]})")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Extracts every ```cpp block of README.md and docs/*.md into a compilable source file.

Usage: extract_samples.py <source-dir> <output-dir>
Writes one <page>_<n>.cpp per block into <output-dir> and <output-dir>/samples.cmake, which
lists them for tests/docs/CMakeLists.txt. The rules (also in docs/README.md):

- A block that defines `main` is compiled as it is. Any other block is a fragment: its
  `#include` lines stay at the top and the rest becomes the body of `int main()`. Fragments
  also get the standard headers they commonly lean on (<iostream>, <fstream>, <vector>...),
  and <physique/physique.hpp> when they include no physique header of their own.
- `<!-- sample: declarations -->` on the line before a block: a fragment compiled at
  namespace scope, followed by an empty `main`.
- `<!-- sample: fails "REGEX" -->` before a block: it must fail to compile, with a message
  matching REGEX.
- `<!-- sample: output -->` before a fenced block that follows a cpp block: the cpp block is
  run and what it prints must equal that block (trailing spaces ignored).
Every block that compiles is also linked and run; it must exit with 0.
"""

import pathlib
import re
import sys

MARKER = re.compile(r"^<!--\s*sample:\s*(\w[\w-]*)\s*(.*?)\s*-->\s*$")
STANDARD_HEADERS = ["array", "cstdio", "fstream", "iostream", "span", "string", "vector"]


def blocks(text):
    """Yields (marker, argument, info, lines) for every fenced block of a Markdown page."""
    marker = (None, "")
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        found = MARKER.match(line)
        if found:
            marker = (found.group(1), found.group(2))
            i += 1
            continue
        if line.startswith("```"):
            info = line[3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            yield marker[0], marker[1], info, body
            marker = (None, "")
        elif line.strip():
            marker = (None, "")
        i += 1


def source_of(body, declarations):
    if any(re.search(r"\bint\s+main\s*\(", line) for line in body):
        return "\n".join(body) + "\n"
    includes = [line for line in body if line.startswith("#include")]
    rest = [line for line in body if not line.startswith("#include")]
    head = ["#include <%s>" % h for h in STANDARD_HEADERS]
    if not any("<physique/" in line for line in includes):
        head.append("#include <physique/physique.hpp>")
    if declarations:
        return "\n".join(includes + head + [""] + rest + ["", "int main() {}"]) + "\n"
    return "\n".join(includes + head + ["", "int main() {"] + rest + ["}"]) + "\n"


def cmake_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    source_dir = pathlib.Path(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    pages = [source_dir / "README.md"] + sorted((source_dir / "docs").glob("*.md"))
    entries = []
    for page in pages:
        name = "readme" if page.parent == source_dir else page.stem
        count = 0
        previous = None  # the last cpp sample, waiting for its output block
        for marker, argument, info, body in blocks(page.read_text(encoding="utf-8")):
            if marker == "output" and previous is not None:
                expected = out / (previous["name"] + ".expected")
                expected.write_text("\n".join(body) + "\n", encoding="utf-8")
                previous["expected"] = str(expected)
                previous = None
                continue
            if info.split(" ")[0] != "cpp":
                continue
            count += 1
            sample = "%s_%d" % (name, count)
            path = out / (sample + ".cpp")
            text = source_of(body, marker == "declarations")
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            entry = {"name": sample, "source": str(path), "page": str(page), "expected": ""}
            if marker == "fails":
                entry["fails"] = argument.strip('"')
            entries.append(entry)
            previous = entry
    with open(out / "samples.cmake", "w", encoding="utf-8") as f:
        for e in entries:
            if "fails" in e:
                f.write("physique_doc_sample_fails(%s %s %s)\n"
                        % (e["name"], cmake_quote(e["source"]), cmake_quote(e["fails"])))
            else:
                f.write("physique_doc_sample(%s %s %s)\n"
                        % (e["name"], cmake_quote(e["source"]), cmake_quote(e["expected"])))
    print("doc samples: %d blocks from %d pages" % (len(entries), len(pages)))


if __name__ == "__main__":
    main()

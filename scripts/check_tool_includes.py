#!/usr/bin/env python3
"""Fails when a file under tools/ or python/ includes a src/ header that the
internal API table in docs/HACKING.md does not allow it.

The table is the block between the markers `<!-- tool-includes:begin -->`
and `<!-- tool-includes:end -->`: one rule a line, `FILES: HEADERS`, both
space-separated globs relative to the repository root (`*` stays inside a
folder, `**` crosses folders). A file may include a src/ header when some
rule whose FILES match the file has a HEADERS glob that matches the header.

  check_tool_includes.py [ROOT]     check the tree at ROOT (default: ..)
  check_tool_includes.py --self-test
"""

import pathlib
import re
import sys
import tempfile

BEGIN = "<!-- tool-includes:begin -->"
END = "<!-- tool-includes:end -->"
INCLUDE = re.compile(r'^\s*#\s*include\s+"(src/[^"]+)"', re.MULTILINE)
CHECKED = ("tools", "python")
SUFFIXES = {".cc", ".h", ".cpp", ".hpp", ".inc"}


def glob_to_regex(glob):
    out = []
    i = 0
    while i < len(glob):
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return re.compile("^" + "".join(out) + "$")


def read_rules(hacking):
    text = hacking.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{hacking}: no {BEGIN} ... {END} block")
    block = text.split(BEGIN, 1)[1].split(END, 1)[0]
    rules = []
    for number, line in enumerate(block.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("```") or line.startswith("#"):
            continue
        if ":" not in line:
            raise SystemExit(f"{hacking}: rule line without ':': {line!r}")
        files, headers = line.split(":", 1)
        rules.append(([glob_to_regex(g) for g in files.split()],
                      [glob_to_regex(g) for g in headers.split()]))
    if not rules:
        raise SystemExit(f"{hacking}: the include table is empty")
    return rules


def allowed(rules, path, header):
    return any(any(f.match(path) for f in files) and
               any(h.match(header) for h in headers)
               for files, headers in rules)


def violations(root):
    rules = read_rules(root / "docs" / "HACKING.md")
    found = []
    for top in CHECKED:
        for file in sorted((root / top).rglob("*")):
            if file.suffix not in SUFFIXES or not file.is_file():
                continue
            path = file.relative_to(root).as_posix()
            text = file.read_text(encoding="utf-8", errors="replace")
            for match in INCLUDE.finditer(text):
                if not allowed(rules, path, match.group(1)):
                    line = text.count("\n", 0, match.start()) + 1
                    found.append(f"{path}:{line}: includes {match.group(1)}")
    return found


def self_test(root):
    """A copy of the table with one allowed and one forbidden include."""
    hacking = (root / "docs" / "HACKING.md").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        tree = pathlib.Path(tmp)
        (tree / "docs").mkdir()
        (tree / "docs" / "HACKING.md").write_text(hacking, encoding="utf-8")
        (tree / "tools" / "server").mkdir(parents=True)
        (tree / "python").mkdir()
        ok = tree / "tools" / "server" / "fine.cc"
        ok.write_text('#include "src/base/file_reader.h"\n'
                      '#include "khulasa/engine.h"\n', encoding="utf-8")
        if violations(tree):
            print("self-test: an allowed include was reported")
            return 1
        bad = tree / "tools" / "server" / "bad.cc"
        bad.write_text('#include "src/summary/word_keys.h"\n',
                       encoding="utf-8")
        found = violations(tree)
        if found != ["tools/server/bad.cc:1: includes src/summary/word_keys.h"]:
            print(f"self-test: the violation was not reported: {found}")
            return 1
    print("self-test: an allowed include passes, a forbidden one is reported")
    return 0


def main(argv):
    here = pathlib.Path(__file__).resolve().parent.parent
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test(here)
    root = pathlib.Path(argv[1]) if len(argv) > 1 else here
    found = violations(root)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} include(s) of src/ headers outside the internal "
              "API table in docs/HACKING.md (\"What tools may include\"): use "
              "include/khulasa/, or add the header to the table with a reason")
        return 1
    print("tools/ and python/ include only the src/ headers docs/HACKING.md "
          "allows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

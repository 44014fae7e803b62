#!/usr/bin/env python3
"""Writes the "mutate" patterns of tests/Norme48.Tests/stryker-config.json.

Stryker 5.1.0 runs a mutant of a static initialiser against every test in a test process that outlives the mutant, so
its outcome says nothing about the tests (README, "Mutation testing"). The source marks each block of static
initialisers with "// Stryker disable all : static initialiser ..." ... "// Stryker restore all"; Stryker does not
honour those comments everywhere, so this script also excludes each marked block by its character span, and excludes
the files that are nothing but static tables. Run it after editing a file that has such a block:

    python3 scripts/stryker-static-spans.py

With --check it writes nothing and exits with 1 when the configuration's list differs from what it would write (CI
runs it so, so that a stale list cannot go unnoticed).
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "Norme48"
CONFIG = ROOT / "tests" / "Norme48.Tests" / "stryker-config.json"
STATIC_TABLE_FILES = [
    "Evaluation/Messages.cs",
    "Evaluation/Messages.LaterEditions.cs",
    "Declarations/Fixes.cs",
    "Declarations/Json/DeclarationShape.cs",
    "Rules/Catalogue*.cs",
    "Rules/LaterEditionTexts.cs",
    "Rules/RuleIds.cs",
    "Vocabulary/VocabularyIds.cs",
]
DISABLE = "// Stryker disable all : static initialiser"
RESTORE = "// Stryker restore all"


def spans(text):
    # Roslyn counts UTF-16 code units; this source has no character outside the BMP, so code points count the same.
    position = 0
    while (start := text.find(DISABLE, position)) >= 0:
        end = text.find("\n", text.find(RESTORE, start))
        yield start, end
        position = end


def main():
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check:
        raise SystemExit("usage: stryker-static-spans.py [--check]")
    patterns = ["**/*.cs"] + ["!**/" + f for f in STATIC_TABLE_FILES]
    excluded = [re.compile(re.escape(f).replace(r"\*", "[^/]*") + "$") for f in STATIC_TABLE_FILES]
    for path in sorted(SOURCE.rglob("*.cs")):
        relative = path.relative_to(SOURCE).as_posix()
        if relative.startswith(("bin/", "obj/")) or any(e.match(relative) for e in excluded):
            continue
        text = path.read_text(encoding="utf-8-sig")
        if any(ord(c) > 0xFFFF for c in text):
            raise SystemExit(f"{relative}: a character outside the BMP would shift the spans")
        patterns += [f"!**/{relative}{{{start}..{end}}}" for start, end in spans(text)]
    config = CONFIG.read_text(encoding="utf-8")
    block = "    \"mutate\": [\n" + ",\n".join(f"      {json.dumps(p, ensure_ascii=False)}" for p in patterns) + "\n    ],\n"
    written, count = re.subn(r"    \"mutate\": \[\n.*?\n    \],\n", lambda _: block, config, flags=re.S)
    if count != 1:
        raise SystemExit("no \"mutate\" list in " + str(CONFIG))
    if check:
        if written != config:
            raise SystemExit(f"{CONFIG.relative_to(ROOT)}: the \"mutate\" list is stale; run python3 scripts/stryker-static-spans.py")
        print(f"{CONFIG.relative_to(ROOT)}: the \"mutate\" list matches the source ({len(patterns)} patterns)")
        return
    config = written
    CONFIG.write_text(config, encoding="utf-8")
    print(f"{len(patterns)} patterns written to {CONFIG.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

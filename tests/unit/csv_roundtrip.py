#!/usr/bin/env python3
"""Reads a CSV file with Python's csv module (an independent RFC 4180 parser) and compares the
cells with the expected ones.

    csv_roundtrip.py FILE EXPECTED.json

EXPECTED.json is either a list of rows (each a list of strings) or an object
    {"rows": [[...], ...], "delimiter": ",", "bom": true}
where "delimiter" (default ",") and "bom" (if present, whether the file must start with EF BB BF)
are optional. Exits 0 when everything matches, 1 with a diff on stderr otherwise, 2 on usage or
parse errors. Used by tst_csvwriter through QProcess.
"""

import csv
import json
import sys

BOM = b"\xef\xbb\xbf"


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, expected_path = argv[1], argv[2]

    try:
        with open(expected_path, encoding="utf-8") as f:
            spec = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{expected_path}: cannot read the expected cells: {e}", file=sys.stderr)
        return 2
    if isinstance(spec, list):
        spec = {"rows": spec}
    expected = spec["rows"]
    delimiter = spec.get("delimiter", ",")

    problems = []
    if "bom" in spec:
        with open(path, "rb") as f:
            has_bom = f.read(3) == BOM
        if has_bom != spec["bom"]:
            problems.append(f"BOM: expected {spec['bom']}, file has {has_bom}")

    # Very long cells are part of the test; the default limit is 128 KiB.
    csv.field_size_limit(sys.maxsize)
    try:
        # utf-8-sig drops a BOM if there is one; newline='' lets csv see CR/LF inside quotes.
        with open(path, encoding="utf-8-sig", newline="") as f:
            actual = [row for row in csv.reader(f, delimiter=delimiter, strict=True)]
    except (csv.Error, UnicodeDecodeError) as e:
        print(f"{path}: cannot parse: {e}", file=sys.stderr)
        return 2

    if len(actual) != len(expected):
        problems.append(f"row count: expected {len(expected)}, parsed {len(actual)}")
    for i, (exp, act) in enumerate(zip(expected, actual)):
        if exp != act:
            problems.append(f"row {i}:\n  expected {exp!r}\n  parsed   {act!r}")
    for i in range(len(expected), len(actual)):
        problems.append(f"row {i}: unexpected {actual[i]!r}")
    for i in range(len(actual), len(expected)):
        problems.append(f"row {i}: missing {expected[i]!r}")

    if problems:
        # Long cells would drown the diff.
        print("\n".join(p if len(p) < 2000 else p[:2000] + " ..." for p in problems),
              file=sys.stderr)
        return 1
    print(f"{len(actual)} rows match")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

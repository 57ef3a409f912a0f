#!/usr/bin/env python3
"""Checks that every shipped translation is complete against the current sources.

It runs lupdate over the sources on copies of the .ts files (the real ones stay untouched) and
fails if any message is unfinished, vanished or obsolete, or if a translation lost or invented a
placeholder (%1, %n, %L1) or a keyboard mnemonic. The plurals-only English file is checked the
same way with -pluralonly.

usage: check_translations.py LUPDATE LUPDATE_PROJECT_JSON TS_DIR LANG... [--plural-only-en]
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?\d+|%n|%Ln")


def mnemonics(text):
    return len(re.findall(r"(?<!&)&(?!&)[^&\s]", text.replace("&&", "")))


def problems_in(ts_path, plural_only):
    problems = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{ts_path.name}: [{name}] {source!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            if plural_only and not numerus:
                problems.append(f"{where}: not a plural message in the plurals-only file")
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                want = sorted(set(PLACEHOLDER.findall(source)))
                got = sorted(set(PLACEHOLDER.findall(form)))
                # A plural form may leave %n out ("one account" in some languages), nothing else.
                if numerus:
                    want = [p for p in want if p not in ("%n", "%Ln")]
                    got = [p for p in got if p not in ("%n", "%Ln")]
                if want != got:
                    problems.append(f"{where}: placeholders {got} instead of {want} in {form!r}")
                if mnemonics(source) != mnemonics(form):
                    problems.append(f"{where}: mnemonic count differs in {form!r}")
    return problems


def main():
    args = sys.argv[1:]
    plural_only_en = "--plural-only-en" in args
    args = [a for a in args if a != "--plural-only-en"]
    lupdate, project, ts_dir, *languages = args
    ts_dir = Path(ts_dir)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        checks = [(lang, False) for lang in languages]
        if plural_only_en:
            checks.append(("en", True))
        for lang, plural_only in checks:
            original = ts_dir / f"telnyx-admin_{lang}.ts"
            if not original.exists():
                problems.append(f"{original}: missing")
                continue
            copy = Path(tmp) / original.name
            shutil.copy(original, copy)
            options = ["-locations", "none"]  # keep vanished messages visible: no -no-obsolete
            if plural_only:
                options.append("-pluralonly")
            run = subprocess.run([lupdate, "-project", project, *options, "-ts", str(copy)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"lupdate failed on {original.name}: {run.stderr.strip()}")
                continue
            found = problems_in(copy, plural_only)
            print(f"{original.name}: {len(found)} problem(s)")
            problems += found
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

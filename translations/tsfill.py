#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Maintenance of the .ts files.

english-plurals FILE   fill the English plural forms: "%n day(s)" -> "%n day" / "%n days".
missing FILE           list source strings without a finished translation; exit 1 if any.
complete FILE LUPDATE [ARGS...]
                       run LUPDATE ARGS over a temporary copy of FILE (FILE is not touched), then
                       `missing` on the copy: fails when the sources hold a string FILE lacks.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def english_plurals(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        singular = re.sub(r"\(s\)", "", source)
        plural = source.replace("(s)", "s")
        for form in (singular, plural):
            el = ET.SubElement(translation, "numerusform")
            el.text = form
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def missing(path):
    tree = ET.parse(path)
    gaps = []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
            empty = translation is None or not ("".join(translation.itertext()).strip())
            if unfinished or empty:
                gaps.append(f"{name}: {message.findtext('source')}")
    for gap in gaps:
        print(gap)
    return 1 if gaps else 0


def complete(path, lupdate):
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(path))
        shutil.copyfile(path, copy)
        if subprocess.run(lupdate + ["-ts", copy]).returncode != 0:
            print(f"lupdate failed on a copy of {path}")
            return 2
        status = missing(copy)
        if status:
            print(f"These strings have no finished translation in {os.path.basename(path)}: "
                  "run the update_translations target and translate them.")
        return status


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "complete":
        sys.exit(complete(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    command, path = sys.argv[1], sys.argv[2]
    if command == "english-plurals":
        english_plurals(path)
    elif command == "missing":
        sys.exit(missing(path))
    else:
        sys.exit(__doc__)

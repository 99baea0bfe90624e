#!/usr/bin/env python3
"""Fails when a stage includes a header of a later stage (issue 15).

The pipeline stages, in the only order they may depend on each other:
    common < parser < ocr < outline < facts < rules < check < report < diff
    < batch < cli
A stage's files are its folder (rules/engine/ for rules); each public header
in include/moacheck/ belongs to the stage that defines its functions
(PUBLIC_HEADERS below). Every #include "..." of the project's .cc and .h
files is mapped to the stage owning the header; an include of a later
stage's header is reported as
    file:line: <stage> includes <header> of later stage <stage>
Files under tests/, bench/, fuzz/ and samples/ may include anything.
Exit status: 0 clean, 1 violations (or an unknown public header).
"""
import os
import re
import subprocess
import sys

STAGES = ["common", "parser", "ocr", "outline", "facts", "rules", "check", "report", "diff",
          "batch", "cli"]
FOLDERS = {"common": "common", "parser": "parser", "ocr": "ocr", "outline": "outline",
           "facts": "facts", "rules/engine": "rules", "check": "check", "report": "report",
           "diff": "diff", "batch": "batch", "cli": "cli"}
PUBLIC_HEADERS = {
    "moacheck/status.h": "common", "moacheck/evidence.h": "common",
    "moacheck/version.h": "common",  # generated from cmake/version.h.in
    "moacheck/document.h": "parser", "moacheck/page_recognizer.h": "parser",
    "moacheck/ocr.h": "ocr", "moacheck/outline.h": "outline",
    "moacheck/facts.h": "facts", "moacheck/findings.h": "rules", "moacheck/rules.h": "rules",
    "moacheck/check.h": "check", "moacheck/report.h": "report",
    "moacheck/archive_summary.h": "report", "moacheck/diff.h": "diff",
    "moacheck/batch.h": "batch",
}
EXEMPT = ("tests/", "bench/", "fuzz/", "samples/")
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def folder_stage(path):
    """The stage owning a source-tree path, or None."""
    for folder, stage in FOLDERS.items():
        if path.startswith(folder + "/"):
            return stage
    return None


def header_stage(header, includer):
    if header.startswith("moacheck/"):
        return PUBLIC_HEADERS.get(header)
    stage = folder_stage(header)
    if stage is None:  # a header named relative to the including file
        stage = folder_stage(os.path.normpath(os.path.join(os.path.dirname(includer), header)))
    return stage


def project_files():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", "*.cc", "*.h"],
        capture_output=True, text=True, check=True).stdout.split("\n")
    return sorted(path for path in listed if path and os.path.isfile(path))


def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    problems = []
    for path in project_files():
        if path.startswith(EXEMPT):
            continue
        if path.startswith("include/"):
            relative = path[len("include/"):]
            stage = PUBLIC_HEADERS.get(relative)
            if stage is None:
                problems.append(f"{path}:1: public header without a stage "
                                f"(add it to PUBLIC_HEADERS in scripts/check_layers.sh)")
                continue
        else:
            stage = folder_stage(path)
            if stage is None:
                continue  # not part of a stage (e.g. generated or tool code)
        with open(path, encoding="utf-8", errors="replace") as source:
            for number, line in enumerate(source, 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                header = match.group(1)
                included = header_stage(header, path)
                if included is None:
                    if header.startswith("moacheck/"):
                        problems.append(f"{path}:{number}: {stage} includes {header}, "
                                        f"a public header without a stage")
                    continue
                if STAGES.index(included) > STAGES.index(stage):
                    problems.append(f"{path}:{number}: {stage} includes {header} "
                                    f"of later stage {included}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

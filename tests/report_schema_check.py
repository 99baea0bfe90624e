#!/usr/bin/env python3
"""Validates JSON report records against docs/report.schema.json.

usage: report_schema_check.py SCHEMA FILE.jsonl
Prints one line per invalid record (file, JSON path, message); exit 0 when
all records are valid, 1 when one is not, 77 when python3-jsonschema is
missing (the calling test then skips).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed")
    sys.exit(77)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    records = 0
    invalid = 0
    for line in open(sys.argv[2], encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        records += 1
        for error in validator.iter_errors(record):
            invalid += 1
            path = "/".join(str(part) for part in error.absolute_path)
            print(f"{record.get('file')}: /{path}: {error.message[:300]}")
    print(f"{records} records, {invalid} schema errors")
    return 1 if invalid or records == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

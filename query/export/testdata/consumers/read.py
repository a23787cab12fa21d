"""Reads an exported file with a real reader of its format and prints what
it understood as JSON, for export's consumer tests: read.py FORMAT FILE."""
import csv
import json
import sys


def untex(s):
    # The escapes export writes, undone in the reverse order.
    for cmd, ch in [(r"\textbraceleft{}", "{"), (r"\textbraceright{}", "}"),
                    (r"\textasciitilde{}", "~"), (r"\textasciicircum{}", "^"),
                    (r"\%", "%"), (r"\&", "&"), (r"\$", "$"), (r"\#", "#"), (r"\_", "_"),
                    (r"\textbackslash{}", "\\")]:
        s = s.replace(cmd, ch)
    return s


def bibtex(path):
    import pybtex.errors
    from pybtex.database import parse_file
    pybtex.errors.set_strict_mode(True)
    db = parse_file(path, "bibtex")
    out = []
    for key, e in db.entries.items():
        authors = []
        for p in e.persons.get("author", []):
            authors.append({"last": " ".join(p.last_names), "first": " ".join(p.first_names)})
        out.append({"key": key, "type": e.type,
                    "fields": {k.lower(): untex(str(v)) for k, v in e.fields.items()},
                    "authors": authors})
    return out


def ris(path):
    import rispy
    with open(path, encoding="utf-8", newline="") as f:
        return rispy.load(f)


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, strict=True))


def main():
    kind, path = sys.argv[1], sys.argv[2]
    fn = {"bibtex": bibtex, "ris": ris, "csv": csv_rows}[kind]
    json.dump(fn(path), sys.stdout, ensure_ascii=False, default=str)


main()

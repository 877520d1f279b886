#!/usr/bin/env python3
"""Check Verbatim lexicon files against the format in lexicons/README.md.

    python3 tools/lexicon/check_tsv.py FILE_OR_DIR [...] [--allow-unsorted]

Directories are searched recursively for *.tsv. Problems are printed as
`path:line: error: message` (or `warning:`); the exit status is 1 when any
error was found, else 0. Standard library only.

Checks: the first line is `# verbatim-lexicon 1` (a UTF-8 BOM is tolerated);
header keys `kind`, `language`, `version` and `source` are present; `kind`
is known and `language` is en, zh or mul; every entry line has the number of
TAB-separated fields its kind allows; numbers parse and lie in range; no term
appears twice; terms have no leading/trailing whitespace, no double spaces,
no upper-case letters, no curly apostrophes, are NFKC-normalized; entries
are sorted by term (Python's default string order; only a warning for the
`rules` and `pack` kinds, whose keys may be grouped by meaning). In
aspect-sentiment files a term may appear once per theme.
"""

import os
import re
import sys
import unicodedata

FORMAT_LINE = "# verbatim-lexicon 1"
REQUIRED_KEYS = ("kind", "language", "version", "source")
LANGUAGES = {"en", "zh", "mul"}

# kind -> allowed field counts (sentiment may carry the optional `kind` column, or the optional `sd n` columns)
FIELDS = {
    "sentiment": {2, 3, 4},
    "modifiers": {2},
    "negators": {2, 3},
    "contrast": {3, 4},
    "irrealis": {3},
    "complaints": {2},
    "aspect-sentiment": {3},
    "themes": {5},
    "pack": {2},
    "rules": {2},
}
KIND_ALIASES = {"aspect_sentiment": "aspect-sentiment"}
IRREALIS_EFFECTS = {"suppress", "flip", "rhetorical", "nearmiss"}
CONTRAST_KINDS = {"but", "although"}
SENTIMENT_KINDS = {"", "word", "expressive"}
COMPLAINT_STRENGTHS = {"strong", "weak", "none"}
THEME_ID = re.compile(r"^[a-z0-9_]+(/[a-z0-9_]+)?$")


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


class Checker:
    def __init__(self, allow_unsorted=False):
        self.allow_unsorted = allow_unsorted
        self.errors = 0
        self.warnings = 0

    def report(self, path, line, level, message):
        print("%s:%d: %s: %s" % (path, line, level, message))
        if level == "error":
            self.errors += 1
        else:
            self.warnings += 1

    def check_term(self, path, n, term, what="term"):
        if term != term.strip():
            self.report(path, n, "error", "%s %r has leading or trailing whitespace" % (what, term))
        if "  " in term:
            self.report(path, n, "error", "%s %r contains a double space" % (what, term))
        if "\t" in term or term == "":
            self.report(path, n, "error", "%s is empty" % what)
        if any(ch.isalpha() and ch.isupper() for ch in term):
            self.report(path, n, "error", "%s %r is not lower case" % (what, term))
        if "\u2019" in term or "\u2018" in term:
            self.report(path, n, "error", "%s %r has a curly apostrophe (write ')" % (what, term))
        if unicodedata.normalize("NFKC", term) != term:
            self.report(path, n, "warning", "%s %r is not NFKC-normalized (it may never match)" % (what, term))
        if "\ufe0f" in term:
            self.report(path, n, "warning", "%s %r contains U+FE0F (stripped by the normalizer)" % (what, term))

    def check_number(self, path, n, text, what, lo=None, hi=None):
        v = number(text)
        if v is None:
            self.report(path, n, "error", "%s %r is not a number" % (what, text))
            return None
        if (lo is not None and v < lo) or (hi is not None and v > hi):
            self.report(path, n, "error", "%s %s is outside %s..%s" % (what, text, lo, hi))
        return v

    def check_fields(self, path, n, kind, f):
        if kind in ("sentiment",):
            self.check_number(path, n, f[1], "valence", -4, 4)
            if not re.match(r"^-?\d+(\.\d{1,2})?$", f[1]):
                self.report(path, n, "warning", "valence %r: use at most two decimals" % f[1])
            if len(f) == 3 and f[2] not in SENTIMENT_KINDS:
                self.report(path, n, "error", "sentiment kind %r is not one of word/expressive" % f[2])
            if len(f) == 4:
                self.check_number(path, n, f[2], "sd", 0, 8)
                self.check_number(path, n, f[3], "n", 0)
        elif kind == "modifiers":
            self.check_number(path, n, f[1], "factor", -4, 4)
        elif kind == "negators":
            v = self.check_number(path, n, f[1], "scope", 0, 20)
            if v is not None and v != int(v):
                self.report(path, n, "error", "scope %r is not a whole number" % f[1])
            if len(f) == 3:
                self.check_number(path, n, f[2], "scalar", -4, 4)
        elif kind == "contrast":
            self.check_number(path, n, f[1], "before", -4, 4)
            self.check_number(path, n, f[2], "after", -4, 4)
            if len(f) == 4 and f[3] not in CONTRAST_KINDS:
                self.report(path, n, "error", "contrast kind %r is not one of %s" % (f[3], "/".join(sorted(CONTRAST_KINDS))))
        elif kind == "irrealis":
            if f[1] not in IRREALIS_EFFECTS:
                self.report(path, n, "error", "effect %r is not one of %s" % (f[1], "/".join(sorted(IRREALIS_EFFECTS))))
            self.check_number(path, n, f[2], "factor", -4, 4)
        elif kind == "complaints":
            if f[1] not in COMPLAINT_STRENGTHS:
                self.report(path, n, "error", "strength %r is not one of %s" % (f[1], "/".join(sorted(COMPLAINT_STRENGTHS))))
        elif kind == "aspect-sentiment":
            if not THEME_ID.match(f[1]):
                self.report(path, n, "error", "theme id %r is malformed" % f[1])
            self.check_number(path, n, f[2], "valence", -4, 4)
        elif kind == "themes":
            if not THEME_ID.match(f[0]):
                self.report(path, n, "error", "theme id %r is malformed" % f[0])
            for col in (3, 4):
                if f[col] == "":
                    continue
                for t in f[col].split("|"):
                    self.check_term(path, n, t, "theme term")
        elif kind == "rules":
            self.check_number(path, n, f[1], "value")

    def check_file(self, path):
        try:
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().split("\n")
        except UnicodeDecodeError as e:
            self.report(path, 1, "error", "not UTF-8 (%s)" % e)
            return
        if lines and lines[-1] == "":
            lines.pop()
        if lines and lines[0].startswith("\ufeff"):
            lines[0] = lines[0][1:]
        if not lines or lines[0].rstrip("\r") != FORMAT_LINE:
            self.report(path, 1, "error", "first line must be %r" % FORMAT_LINE)
        header = {}
        i = 1
        while i < len(lines) and lines[i].startswith("#"):
            m = re.match(r"^#\s*([a-z_-]+)\s*:\s*(.*)$", lines[i].rstrip("\r"))
            if m and m.group(1) not in header:
                header[m.group(1)] = m.group(2).strip()
            i += 1
        for key in REQUIRED_KEYS:
            if not header.get(key):
                self.report(path, 1, "error", "header key %r is missing" % key)
        kind = KIND_ALIASES.get(header.get("kind", ""), header.get("kind", ""))
        if kind and kind not in FIELDS:
            self.report(path, 1, "error", "unknown kind %r" % kind)
        lang = header.get("language")
        if lang and lang not in LANGUAGES:
            self.report(path, 1, "error", "language %r is not one of en/zh/mul" % lang)
        allowed = FIELDS.get(kind)
        seen = {}
        prev = None
        entries = 0
        for n, raw in enumerate(lines, 1):
            if n <= i:
                continue
            line = raw.rstrip("\r")
            if line.strip() == "" or line.startswith("#"):
                continue
            f = line.split("\t")
            if allowed and len(f) not in allowed:
                self.report(path, n, "error", "expected %s fields, found %d" % (
                    " or ".join(str(x) for x in sorted(allowed)), len(f)))
                continue
            entries += 1
            term = f[0]
            if kind != "themes":
                self.check_term(path, n, term)
            if allowed:
                self.check_fields(path, n, kind, f)
            # aspect-sentiment: one term may carry a valence per theme
            key = (term, f[1]) if kind == "aspect-sentiment" else term
            if key in seen:
                self.report(path, n, "error", "duplicate %s %r (first on line %d)" % (
                    "term/theme" if kind == "aspect-sentiment" else "term", key, seen[key]))
            else:
                seen[key] = n
            if prev is not None and term < prev and not self.allow_unsorted:
                # rules and pack files may group their keys by meaning: only a warning there
                level = "warning" if kind in ("rules", "pack") else "error"
                self.report(path, n, level, "not sorted: %r comes after %r" % (term, prev))
            prev = term
        if entries == 0:
            self.report(path, 1, "warning", "no entries")
        return entries


def main(argv):
    allow_unsorted = "--allow-unsorted" in argv
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        print(__doc__.strip())
        return 2
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, x) for x in names if x.endswith(".tsv")]
        else:
            files.append(p)
    checker = Checker(allow_unsorted)
    for path in sorted(files):
        n = checker.check_file(path)
        print("%s: %d entries" % (path, n or 0))
    print("%d file(s), %d error(s), %d warning(s)" % (len(files), checker.errors, checker.warnings))
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

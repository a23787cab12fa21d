#!/usr/bin/env python3
"""Convert five public extraction benchmarks into the folder format read by
TestExtractionBenchmark: <out>/<set>/ground-truth.json ({id: {"articleBody",
"url"}}) and <out>/<set>/html/<id>.html.gz, plus sources.tsv (id -> source file).

Usage: convert.py <merged-dir> <cleanportaleval-dir> <page-signal-dir> <readability-dir> <out-dir> [sets...]
  merged-dir: an extracted copy of j-szulc/html-cleaning-dataset-merged
  cleanportaleval-dir: an extracted copy of ppke-nlpg/CleanPortalEval
  page-signal-dir: an extracted copy of geodrome/page-signal
  readability-dir: an extracted copy of mozilla/readability
Standard library only.
"""
import gzip
import hashlib
import html
import html.parser
import json
import os
import re
import sys


def decode(b):
    """Bytes of a truth file to text: BOMs (UTF-16 LE/BE, UTF-8), then UTF-8,
    then UTF-16 without a BOM (NUL bytes), then cp1252 / Latin-1."""
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        return b.decode("utf-16")
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8", errors="replace")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b.count(b"\x00") > len(b) // 4:
        return b.decode("utf-16-le", errors="replace")
    try:
        return b.decode("cp1252")
    except UnicodeDecodeError:
        return b.decode("latin-1")


BLOCK = set("""address article aside blockquote body br caption center dd details dialog
dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6
head header hgroup hr html iframe img legend li main menu nav noframes ol option p pre
section select summary table tbody td textarea tfoot th thead title tr ul""".split())
SKIP = {"script", "style", "noscript", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class TextParser(html.parser.HTMLParser):
    """Collects an HTML document's text with a line break at each block
    element's edges. When keep is given (a predicate on the stack of open
    (tag, class) pairs), only text for which it is true is kept, and a line
    break stands where text was left out."""

    def __init__(self, keep=None):
        super().__init__(convert_charrefs=True)
        self.keep = keep
        self.stack = []
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")
        if tag in SKIP:
            self.skip += 1
        if tag not in VOID:
            cls = dict(attrs).get("class") or ""
            self.stack.append((tag, cls))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.out.append("\n")
        if tag in SKIP and self.skip:
            self.skip -= 1
        # pop to the matching open tag, if any
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.skip:
            return
        if self.keep is not None and not self.keep(self.stack):
            if data.strip():
                self.out.append("\n")
            return
        self.out.append(data)

    def text(self):
        t = "".join(self.out)
        lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", l).strip() for l in t.split("\n")]
        t = "\n".join(lines)
        t = re.sub(r"\n{3,}", "\n\n", t)
        return t.strip()


def html_text(s, keep=None):
    p = TextParser(keep)
    p.feed(s)
    p.close()
    return p.text()


RE_URL = re.compile(r"^\s*URL:?\s*(\S*).*$", re.MULTILINE)
RE_TAG = re.compile(r"</?[phl]>", re.IGNORECASE)
RE_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def cleaneval_truth(b):
    """A CleanEval-format gold standard: a URL line, then text whose segments
    start with <p>, <h> or <l>; as the set's cleaneval.py reads it, minus the
    markers, with HTML entities decoded."""
    t = decode(b)
    m = RE_URL.search(t)
    url = m.group(1) if m else ""
    t = RE_URL.sub("", t)
    t = RE_COMMENT.sub("", t)  # "<!-- this page contains no article -->"
    t = RE_TAG.sub("\n", t)
    t = html.unescape(t)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", l).strip() for l in t.replace("\r\n", "\n").split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return t, url


def plain_truth(b):
    t = decode(b).replace("\r\n", "\n").replace("\r", "\n")
    t = html.unescape(t)
    return t.strip()


def has_text(t):
    return re.search(r"\w", t) is not None


class Writer:
    def __init__(self, out, name):
        self.dir = os.path.join(out, name)
        os.makedirs(os.path.join(self.dir, "html"), exist_ok=True)
        self.name = name
        self.truth = {}
        self.sources = []
        self.dropped = []

    def add(self, src, html_bytes, body, url=""):
        if not has_text(body):
            self.dropped.append(src)
            return
        pid = hashlib.sha256((self.name + "/" + src).encode()).hexdigest()
        assert pid not in self.truth
        self.truth[pid] = {"articleBody": body, "url": url}
        self.sources.append((pid, src))
        with open(os.path.join(self.dir, "html", pid + ".html.gz"), "wb") as f:
            # mtime=0: the same input gives the same bytes
            with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as z:
                z.write(html_bytes)

    def close(self):
        with open(os.path.join(self.dir, "ground-truth.json"), "w", encoding="utf-8") as f:
            json.dump(self.truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(self.dir, "sources.tsv"), "w") as f:
            for pid, src in sorted(self.sources, key=lambda x: x[1]):
                f.write(pid + "\t" + src + "\n")
        print(f"{self.name}: {len(self.truth)} pages, {len(self.dropped)} dropped for an empty truth: "
              + " ".join(self.dropped), file=sys.stderr)


def read(path):
    with open(path, "rb") as f:
        return f.read()


RE_TEXT_OPEN = re.compile(rb"^\s*<text id=[^>]*>[ \t]*\r?\n?")
RE_TEXT_CLOSE = re.compile(rb"</text>\s*$")


def unwrap(b):
    """CleanEval's input files wrap the page in <text id="URL" title="..."
    encoding="...">...</text>, which is the set's packaging, not the page's."""
    return RE_TEXT_CLOSE.sub(b"", RE_TEXT_OPEN.sub(b"", b, count=1))


def cleaneval_like(w, base, prefix, html_ext=".html", strip_wrapper=True):
    """CleanEval-format folders: input/<n>.html, GoldStandard/<n>.txt. Pages
    without a gold standard file are left out."""
    gs = os.path.join(base, "GoldStandard")
    for fn in sorted(os.listdir(gs)):
        if not fn.endswith(".txt"):
            continue
        stem = fn[:-4]
        hp = os.path.join(base, "input", stem + html_ext)
        if not os.path.exists(hp):
            print(f"{w.name}: no HTML for {fn}", file=sys.stderr)
            continue
        body, url = cleaneval_truth(read(os.path.join(gs, fn)))
        hb = read(hp)
        if strip_wrapper:
            hb = unwrap(hb)
        w.add(prefix + stem, hb, body, url)


def build_cleaneval(merged, out):
    w = Writer(out, "cleaneval")
    cleaneval_like(w, os.path.join(merged, "cleaneval-dev"), "dev/")
    cleaneval_like(w, os.path.join(merged, "cleaneval-final"), "final/")
    w.close()


def build_cleanportaleval(cpe, out, strip_wrapper=True, name="cleanportaleval"):
    w = Writer(out, name)
    cleaneval_like(w, cpe, "", strip_wrapper=strip_wrapper)
    w.close()


COMMENTS = re.compile(r"^\s*!@.{0,3}\$%\^&\*\(\)\s*COMMENTS\s*$", re.MULTILINE)


def build_dragnet(merged, out, keep_comments=False):
    """Dragnet's corrected texts hold the article's text, then a separator
    line ('!@#$%^&*()  COMMENTS') and the reader comments; the truth is the
    text before the separator."""
    base = os.path.join(merged, "dragnet_data")
    w = Writer(out, "dragnet")
    gs = os.path.join(base, "GoldStandard")
    for fn in sorted(os.listdir(gs)):
        if not fn.endswith(".txt"):
            continue
        stem = fn[:-4]
        t = plain_truth(read(os.path.join(gs, fn)))
        if not keep_comments:
            t = COMMENTS.split(t)[0].strip()
        w.add(stem, read(os.path.join(base, "input", stem + ".html")), t)
    w.close()


def build_l3s(ps, out, classes=("x-nc-sel2",)):
    """L3S-GN1: the truth is the text of the annotated page's blocks marked
    with the class x-nc-sel2 (full text)."""
    base = os.path.join(ps, "L3S-GN1-20100130203947-00001")
    urls = {}
    for line in open(os.path.join(base, "url-mapping.txt"), encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 2:
            urls[parts[0].strip("<>").replace("urn:uuid:", "")] = parts[1]

    def keep(stack):
        return any(any(c in cls.split() for c in classes) for tag, cls in stack if tag == "span")

    w = Writer(out, "l3s-gn1")
    for fn in sorted(os.listdir(os.path.join(base, "annotated"))):
        stem = fn[:-5]
        body = html_text(decode(read(os.path.join(base, "annotated", fn))), keep)
        w.add(stem, read(os.path.join(base, "original", fn)), body, urls.get(stem, ""))
    w.close()


def build_readability(rd, out):
    """Mozilla Readability's test pages: source.html, and the truth is the
    text of expected.html (Readability's own output, checked by hand)."""
    base = os.path.join(rd, "test", "test-pages")
    w = Writer(out, "readability")
    for name in sorted(os.listdir(base)):
        d = os.path.join(base, name)
        src, exp = os.path.join(d, "source.html"), os.path.join(d, "expected.html")
        if not (os.path.exists(src) and os.path.exists(exp)):
            continue
        body = html_text(decode(read(exp)))
        w.add(name, read(src), body)
    w.close()


def main():
    merged, cpe, ps, rd, out = sys.argv[1:6]
    sets = sys.argv[6:] or ["cleaneval", "dragnet", "cleanportaleval", "l3s-gn1", "readability"]
    for s in sets:
        if s == "cleaneval":
            build_cleaneval(merged, out)
        elif s == "dragnet":
            build_dragnet(merged, out)
        elif s == "dragnet-with-comments":
            build_dragnet(merged, out, keep_comments=True)
        elif s == "cleanportaleval":
            build_cleanportaleval(cpe, out)
        elif s == "cleanportaleval-wrapped":  # the <text id=...> wrapper kept
            build_cleanportaleval(cpe, out, strip_wrapper=False, name="cleanportaleval-wrapped")
        elif s == "l3s-gn1":
            build_l3s(ps, out)
        elif s == "readability":
            build_readability(rd, out)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Trains the attribution model shipped as assets/models/attribution.json.

Retrain (from the project root, Debian's python3; standard library only):

    /usr/bin/python3 tools/train_attribution.py \
        --data ../shared/data/eval/sources/polnear.jsonl --out assets/models/attribution.json

The model has two parts, both averaged perceptrons over sparse string features:
  cue     a left-to-right token tagger: is this token part of an attribution cue
          ("said", "according to", "told", "argued", "is expected", ...)? Consecutive
          tagged tokens form one cue.
  source  a ranker: for each cue, which token of its sentence (40 tokens before the cue,
          30 after) belongs to the source, or NONE. The C++ side grows the chosen token
          into a noun phrase.

Features are defined in CueFeatures()/SourceFeatures() below and mirrored exactly in
src/core/attribution_features.cpp: change both together. The tokenizer here approximates
AnalyzeText (src/core/tokenizer.cpp); only word forms, shapes and quote state matter.

Honest numbers: 5-fold cross-validation *by article* (stable md5 fold of the id). Of the cue
thresholds within 0.005 of the best cross-validated cue F1 + source F1, the highest (most
precise) is shipped; the CV figures go into the
JSON ("cv") and into docs/sources.md. The final model is trained on every article; its
weights are written as integers in units of 1/--weight-divisor ("weight_divisor" in the JSON).
"""
import argparse
import collections
import hashlib
import json
import os
import random
import re
import sys

# --------------------------------------------------------------------------------------
# Tokens (approximation of AnalyzeText)
# --------------------------------------------------------------------------------------
TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"                                   # U.S.  a.m.
    r"|\d+(?:[.,]\d+)*(?![^\W_])"                           # 3,000  2.5
    r"|[^\W_]+(?:(?:['\u2019\u2018](?=[^\W\d_])|[\-\u2010\u2011](?=[^\W_]))[^\W_]+)*"
    r"|''"                                                  # a double quotation mark (NYT style)
    r"|\S", re.UNICODE)
CLITIC_RE = re.compile(r"^(.+?)(n't|'s|'re|'ll|'ve|'d|'m)$")
DOUBLE_QUOTES = set('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033')
DASHES = set('-\u2010\u2011\u2012\u2013\u2014\u2015\u2212')


def normalize(w):
    if w in DOUBLE_QUOTES or w == "''":
        return '"'
    if w in DASHES:
        return "-"
    if w == "\u2026":
        return "..."
    return w.replace("\u2019", "'").replace("\u2018", "'").lower()


class Tok:
    __slots__ = ("start", "end", "norm", "shape", "quoted", "sentence")


def tokenize(text):
    """Tokens with code point offsets, norm, shape, quote state and sentence index."""
    toks = []
    for m in TOKEN_RE.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        parts = [(s, e, w)]
        n = normalize(w)
        c = CLITIC_RE.match(n) if w[0].isalpha() else None
        if c:
            k = len(c.group(1))
            parts = [(s, s + k, w[:k]), (s + k, e, w[k:])]
        for ps, pe, pw in parts:
            t = Tok()
            t.start, t.end, t.norm = ps, pe, normalize(pw)
            letters = [ch for ch in pw if ch.isalpha()]
            if not pw[0].isalnum() and not (c and pw is parts[-1][2]):
                t.shape = t.norm
            elif not letters:
                t.shape = "D"
            elif len(letters) >= 2 and not any(ch.islower() for ch in letters) and \
                    any(ch.isupper() for ch in letters):
                t.shape = "A"
            elif letters[0].isupper():
                t.shape = "C"
            else:
                t.shape = "l"
            toks.append(t)
    # Quote state: inside a double quotation (straight quotes toggle; a paragraph end closes).
    inside = False
    sentence = 0
    for i, t in enumerate(toks):
        gap = text[toks[i - 1].end:t.start] if i else ""
        if "\n" in gap:
            inside = False
            sentence += 1
        elif i and toks[i - 1].norm in (".", "?", "!") and (t.shape in ("C", "A", "D") or t.norm == '"'):
            sentence += 1
        elif i and toks[i - 1].norm == '"' and toks[i - 2].norm in (".", "?", "!") and i >= 2 and t.shape in ("C", "A"):
            sentence += 1
        t.sentence = sentence
        raw = text[t.start:t.end]
        if t.norm == '"':
            if raw in "\u201c\u00ab\u201e":
                inside = True
            elif raw in "\u201d\u00bb":
                inside = False
            else:
                inside = not inside
            t.quoted = 0
        else:
            t.quoted = 1 if inside else 0
    return toks


# --------------------------------------------------------------------------------------
# Features (mirrored in src/core/attribution_features.cpp)
# --------------------------------------------------------------------------------------
PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "who"}
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "several",
               "his", "her", "their"}
SOURCE_PUNCT = {",", ".", ":", ";", '"', "-", "(", ")"}


def stem(w):
    for s in ("ing", "ed", "es", "s"):
        if w.endswith(s) and len(w) - len(s) >= 3:
            return w[:-len(s)]
    return w


def word_at(toks, k):
    return toks[k].norm if 0 <= k < len(toks) else "<b>"


def shape_at(toks, k):
    return toks[k].shape if 0 <= k < len(toks) else "<b>"


def cue_class(toks, k):
    if not 0 <= k < len(toks):
        return "<b>"
    t = toks[k]
    if t.norm in PRONOUNS:
        return "PRN"
    if t.shape in ("C", "A"):
        return "CAP"
    if t.shape not in ("C", "A", "D", "l"):
        return t.norm
    if t.norm.endswith("ed"):
        return "ED"
    if t.norm.endswith("s"):
        return "S"
    if t.norm.endswith("ing"):
        return "ING"
    return "W"


# Word -> class ("say", "think", "want", "noun", "adjective") from lexicons/cue_words.json;
# set by main() before any features are built.
CUE_WORDS = {}


def cue_word(toks, k):
    if not 0 <= k < len(toks):
        return "<b>"
    return CUE_WORDS.get(toks[k].norm, "-")


def CueFeatures(toks, i):
    n = len(toks)
    w0 = toks[i].norm
    st = stem(w0)
    q = lambda k: str(toks[k].quoted) if 0 <= k < n else "0"
    f = ["b", "w=" + w0, "st=" + st, "p=" + word_at(toks, i - 1), "n=" + word_at(toks, i + 1),
         "pp=" + word_at(toks, i - 2), "nn=" + word_at(toks, i + 2),
         "pw=" + word_at(toks, i - 1) + "|" + w0, "wn=" + w0 + "|" + word_at(toks, i + 1),
         "s=" + toks[i].shape, "sfx=" + w0[-3:], "sfx2=" + w0[-2:], "q=" + q(i),
         "pc=" + cue_class(toks, i - 1), "nc=" + cue_class(toks, i + 1),
         "ppc=" + cue_class(toks, i - 2) + cue_class(toks, i - 1),
         "ncc=" + cue_class(toks, i + 1) + cue_class(toks, i + 2),
         "pcst=" + cue_class(toks, i - 1) + "|" + st, "stnc=" + st + "|" + cue_class(toks, i + 1),
         "pcsfx=" + cue_class(toks, i - 1) + "|" + w0[-2:], "qn=" + q(i - 1) + q(i) + q(i + 1)]
    if any(toks[k].norm == '"' for k in range(i + 1, min(n, i + 5))):
        f.append("quote_ahead")
    if any(toks[k].norm == "that" for k in range(i + 1, min(n, i + 4))):
        f.append("that_ahead")
    if any(toks[k].norm == '"' for k in range(max(0, i - 4), i)):
        f.append("quote_behind")
    lex = cue_word(toks, i)
    f += ["lex=" + lex, "plex=" + cue_word(toks, i - 1), "nlex=" + cue_word(toks, i + 1),
          "lexpc=" + lex + "|" + cue_class(toks, i - 1), "lexnc=" + lex + "|" + cue_class(toks, i + 1)]
    return f


def source_class(toks, k):
    if not 0 <= k < len(toks):
        return "<b>"
    t = toks[k]
    if t.norm in PRONOUNS or t.norm in OBJECT_PRONOUNS:
        return "PRN"
    if t.norm in DETERMINERS:
        return "DET"
    if t.shape in ("C", "A"):
        return "CAP"
    if t.shape not in ("C", "A", "D", "l"):
        return t.norm if t.norm in SOURCE_PUNCT else "P"
    return "W"


def bucket(d):
    return str(d) if d <= 3 else "4-6" if d <= 6 else "7-10" if d <= 10 else "11+"


SOURCE_BEFORE, SOURCE_AFTER = 40, 30  # kSourceWindowBefore/After in attribution_features.h


def SourceCandidates(toks, c0, c1):
    """Token indices in the cue's sentence, SOURCE_BEFORE before to SOURCE_AFTER after, cue excluded."""
    s = toks[c0].sentence
    lo = max(0, c0 - SOURCE_BEFORE)
    hi = min(len(toks) - 1, c1 + SOURCE_AFTER)
    return [j for j in range(lo, hi + 1) if not c0 <= j <= c1 and toks[j].sentence == s]


def SourceFeatures(toks, c0, c1, j):
    cw, cl = toks[c0].norm, toks[c1].norm
    if j is None:
        return ["NONE", "NONE|" + cw, "NONE|pc=" + source_class(toks, c0 - 1),
                "NONE|nc=" + source_class(toks, c1 + 1), "NONE|q=%d" % toks[c0].quoted]
    if j < c0:
        d, lo, hi = "B" + bucket(c0 - j), j + 1, c0
    else:
        d, lo, hi = "A" + bucket(j - c1), c1 + 1, j
    marks = set()
    for k in range(lo, hi):
        x = toks[k].norm
        marks.add("q" if x == '"' else "," if x == "," else "t" if x == "that" else "")
    bc = "".join(sorted(marks))
    c = source_class(toks, j)
    w = toks[j].norm
    dd = d[0]
    return ["d=" + d, "dc=" + d + c, "w=" + w, "dw=" + dd + w, "cwd=" + cw + dd,
            "cwdc=" + cw + "|" + d + c, "bc=" + dd + bc, "bcc=" + dd + bc + c,
            "nx=" + dd + c + source_class(toks, j + 1), "pv=" + dd + source_class(toks, j - 1) + c,
            "q=%d%d" % (toks[j].quoted, toks[c0].quoted), "cl=" + cl + dd + c, "sfx=" + dd + w[-2:]]


# --------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------
def token_range(toks, span):
    s, e = span
    idx = [i for i, t in enumerate(toks) if t.start < e and t.end > s]
    return (idx[0], idx[-1]) if idx else None


def prepare(record):
    toks = tokenize(record["text"])
    labels = [0] * len(toks)
    cues = []  # (c0, c1, source span or None)
    for a in record["attributions"]:
        if not a.get("cue"):
            continue
        r = token_range(toks, a["cue"])
        if not r:
            continue
        for k in range(r[0], r[1] + 1):
            labels[k] = 1
        cues.append((r[0], r[1], tuple(a["source"]) if a.get("source") else None))
    feats = [CueFeatures(toks, i) for i in range(len(toks))]
    return {"id": record["id"], "record": record, "toks": toks, "labels": labels,
            "feats": feats, "cues": cues}


# --------------------------------------------------------------------------------------
# Averaged perceptrons
# --------------------------------------------------------------------------------------
def train_cue(docs, epochs):
    w, u, c = collections.defaultdict(float), collections.defaultdict(float), 1
    docs = list(docs)
    for ep in range(epochs):
        random.Random(ep).shuffle(docs)
        for d in docs:
            prev = "prev=0"
            for f, y in zip(d["feats"], d["labels"]):
                ff = f + [prev]
                guess = 1 if sum(w[x] for x in ff) > 0 else 0
                if guess != y:
                    delta = 1 if y else -1
                    for x in ff:
                        w[x] += delta
                        u[x] += c * delta
                prev = "prev=%d" % y
                c += 1
    return {k: w[k] - u[k] / c for k in w if abs(w[k] - u[k] / c) > 1e-9}


def tag(weights, feats, threshold):
    out, prev = [], "prev=0"
    for f in feats:
        y = 1 if sum(weights.get(x, 0.0) for x in f) + weights.get(prev, 0.0) > threshold else 0
        out.append(y)
        prev = "prev=%d" % y
    return out


def runs(y):
    out, i = [], 0
    while i < len(y):
        if y[i]:
            j = i
            while j + 1 < len(y) and y[j + 1]:
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def train_source(docs, epochs):
    w, u, c = collections.defaultdict(float), collections.defaultdict(float), 1
    docs = list(docs)
    for ep in range(epochs):
        random.Random(100 + ep).shuffle(docs)
        for d in docs:
            toks = d["toks"]
            for c0, c1, src in d["cues"]:
                cands = SourceCandidates(toks, c0, c1) + [None]

                def good(j):
                    if j is None:
                        return src is None
                    return src is not None and toks[j].start < src[1] and toks[j].end > src[0]
                feats = {j: SourceFeatures(toks, c0, c1, j) for j in cands}
                score = {j: sum(w[x] for x in feats[j]) for j in cands}
                best = max(cands, key=lambda j: score[j])
                if not good(best):
                    positives = [j for j in cands if good(j)]
                    if positives:
                        target = max(positives, key=lambda j: score[j])
                        for x in feats[target]:
                            w[x] += 1
                            u[x] += c
                        for x in feats[best]:
                            w[x] -= 1
                            u[x] -= c
                c += 1
    return {k: w[k] - u[k] / c for k in w if abs(w[k] - u[k] / c) > 1e-9}


def pick_source(weights, toks, c0, c1):
    cands = SourceCandidates(toks, c0, c1) + [None]
    return max(cands, key=lambda j: sum(weights.get(x, 0.0) for x in SourceFeatures(toks, c0, c1, j)))


# --------------------------------------------------------------------------------------
# Evaluation (the data README's definitions: overlap for cues; source + cue overlap)
# --------------------------------------------------------------------------------------
def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score_docs(docs, cue_w, src_w, thresholds):
    counts = {t: collections.Counter() for t in thresholds}
    for d in docs:
        toks, rec = d["toks"], d["record"]
        gold = [a for a in rec["attributions"] if a.get("cue")]
        gold_src = [a for a in gold if a.get("source")]
        for t in thresholds:
            k = counts[t]
            preds = []
            for c0, c1 in runs(tag(cue_w, d["feats"], t)):
                j = pick_source(src_w, toks, c0, c1)
                cue = (toks[c0].start, toks[c1].end)
                preds.append((cue, None if j is None else (toks[j].start, toks[j].end)))
            k["cue_tp_p"] += sum(any(overlaps(p, a["cue"]) for a in gold) for p, _ in preds)
            k["cue_pred"] += len(preds)
            k["cue_tp_g"] += sum(any(overlaps(p, a["cue"]) for p, _ in preds) for a in gold)
            k["cue_gold"] += len(gold)
            with_src = [(p, s) for p, s in preds if s]
            k["src_tp_p"] += sum(any(overlaps(p, a["cue"]) and overlaps(s, a["source"]) for a in gold_src)
                                 for p, s in with_src)
            k["src_pred"] += len(with_src)
            k["src_tp_g"] += sum(any(overlaps(p, a["cue"]) and overlaps(s, a["source"]) for p, s in with_src)
                                 for a in gold_src)
            k["src_gold"] += len(gold_src)
    return counts


def prf(tp_p, pred, tp_g, gold):
    p = tp_p / pred if pred else 0.0
    r = tp_g / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def quantize(weight, divisor):
    """`weight` as the nearest integer number of 1/divisor units (read back as n / divisor)."""
    return int(round(weight * divisor))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/eval/sources/polnear.jsonl")
    ap.add_argument("--out", default="assets/models/attribution.json")
    ap.add_argument("--cue-words", default="assets/lexicons/cue_words.json",
                    help="the word classes the cue tagger reads (lex= features)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cv-folds-run", type=int, default=5, help="how many of the folds to run")
    ap.add_argument("--cue-epochs", type=int, default=6)
    ap.add_argument("--source-epochs", type=int, default=4)
    ap.add_argument("--min-weight", type=float, default=1.0,
                    help="drop features whose |averaged weight| is below this (model size)")
    ap.add_argument("--fold-dir", default="",
                    help="also write each CV fold's model and held-out articles to "
                         "DIR/fold<k>/{attribution.json,test.jsonl} (scripts/cross_validate.sh scores "
                         "them with the C++ pipeline)")
    ap.add_argument("--weight-divisor", type=int, default=10,
                    help="weights are written as integers in units of 1/this (model size and load "
                         "time; 10 moves dev F1 < 0.001)")
    args = ap.parse_args()

    for entry in json.load(open(args.cue_words, encoding="utf-8"))["entries"]:
        CUE_WORDS[entry["phrase"]] = entry["category"]
    records = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    docs = [prepare(r) for r in records]
    fold = {d["id"]: int(hashlib.md5(d["id"].encode()).hexdigest(), 16) % args.folds for d in docs}
    thresholds = [-4.0, -3.0, -2.0, -1.0, 0.0, 1.0]
    total = {t: collections.Counter() for t in thresholds}
    fold_models = []
    for k in range(min(args.folds, args.cv_folds_run)):
        train = [d for d in docs if fold[d["id"]] != k]
        test = [d for d in docs if fold[d["id"]] == k]
        cue_w = train_cue(train, args.cue_epochs)
        src_w = train_source(train, args.source_epochs)
        for t, c in score_docs(test, cue_w, src_w, thresholds).items():
            total[t].update(c)
        if args.fold_dir:
            fold_models.append((k, cue_w, src_w, test))
        print("fold", k, "done", file=sys.stderr)
    cv = {}
    for t in thresholds:
        c = total[t]
        cue = prf(c["cue_tp_p"], c["cue_pred"], c["cue_tp_g"], c["cue_gold"])
        src = prf(c["src_tp_p"], c["src_pred"], c["src_tp_g"], c["src_gold"])
        cv[t] = {"cue_precision": cue[0], "cue_recall": cue[1], "cue_f1": cue[2],
                 "source_precision": src[0], "source_recall": src[1], "source_f1": src[2]}
        print("threshold %.1f  cue P %.3f R %.3f F1 %.3f   source P %.3f R %.3f F1 %.3f"
              % ((t,) + cue + src), file=sys.stderr)
    # Among thresholds within 0.005 of the best cue F1 + source F1, the most precise one:
    # spurious attributions are what a reader notices first.
    top = max(cv[t]["cue_f1"] + cv[t]["source_f1"] for t in thresholds)
    best = max(t for t in thresholds if cv[t]["cue_f1"] + cv[t]["source_f1"] >= top - 0.005)

    cue_w = train_cue(docs, args.cue_epochs)
    src_w = train_source(docs, args.source_epochs)
    model = model_json(cue_w, src_w, best, args)
    model["trained_on"] = "%d PolNeAR development articles" % len(docs)
    model["cv"] = {"folds": args.folds, "by": "article", "threshold": best,
                   **{k: round(v, 4) for k, v in cv[best].items()}}
    write_json(args.out, model)
    print("wrote %s: %d cue + %d source features, threshold %.1f"
          % (args.out, len(model["cue"]), len(model["source"]), best), file=sys.stderr)
    for k, fold_cue_w, fold_src_w, test in fold_models:
        directory = os.path.join(args.fold_dir, "fold%d" % k)
        os.makedirs(directory, exist_ok=True)
        fold_model = model_json(fold_cue_w, fold_src_w, best, args)
        fold_model["trained_on"] = "%d PolNeAR development articles outside fold %d" % (
            len(docs) - len(test), k)
        write_json(os.path.join(directory, "attribution.json"), fold_model)
        with open(os.path.join(directory, "test.jsonl"), "w", encoding="utf-8") as f:
            for d in test:
                f.write(json.dumps(d["record"], ensure_ascii=False) + "\n")
        print("wrote fold %d model and %d held-out articles to %s" % (k, len(test), directory),
              file=sys.stderr)


def model_json(cue_w, src_w, threshold, args):
    """The model file's content for these weights (the caller adds "trained_on" and "cv")."""
    keep = lambda w: {k: quantize(v, args.weight_divisor) for k, v in sorted(w.items())
                      if abs(v) >= args.min_weight}
    return {
        "name": "attribution",
        "description": "Averaged-perceptron cue tagger + source ranker trained on PolNeAR "
                       "development articles; features in src/core/attribution_features.cpp.",
        "trained_on": "",
        "cue_threshold": threshold,
        "weight_divisor": args.weight_divisor,
        "cv": {},
        "cue": keep(cue_w),
        "source": keep(src_w),
    }


def write_json(path, model):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()

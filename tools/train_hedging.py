#!/usr/bin/python3
"""Trains the hedge-context model shipped as assets/models/hedging.json.

Retrain (from the project root, with Debian's python3 + numpy; no other packages):

    /usr/bin/python3 tools/train_hedging.py \
        --data ../shared/data/eval/hedging --lexicon assets/lexicons/hedges.json \
        --out assets/models/hedging.json

What it does
  1. Tokenizes every sentence of factbank.jsonl and wiki.jsonl roughly the way
     src/core/text.cpp does (words, numbers, single punctuation, split clitics).
  2. Finds every hedges.json entry (longest match, left to right, no overlaps) = a candidate.
  3. Labels a candidate 1 when it overlaps a gold cue of type modal_* or hypo_doxastic.
  4. Describes each candidate by the features of hedge_features() (mirrored by
     CollectHedgeFeatures() in src/core/hedging_model.cpp: change both together).
     Candidates a context rule rules out (context_veto(), mirror of HedgeContextVeto() in
     src/core/hedging_rules.cpp) and entries whose gate is not "model" are not training data.
  5. Fits an L2-regularised logistic regression; 5-fold cross-validation *by document*
     measures generalisation; the threshold that maximises the mean cross-validated sentence
     F1 of the two corpora is shipped with the weights; the CV figures go into the JSON.

The shipped model keeps only features seen at least --min-count times in training.
"""
import argparse
import json
import re
import sys
import zlib

import numpy as np

EPISTEMIC = {"modal_probable", "modal_possible", "hypo_doxastic"}
NEGATIONS = {"not", "n't", "never", "no", "cannot"}

# --------------------------------------------------------------------------------------
# Tokenizer (approximation of AnalyzeText: only adjacent-token context matters here)
# --------------------------------------------------------------------------------------
TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*"                      # number
    r"|(?:[A-Za-z]\.){2,}"                  # U.S.
    r"|[^\W\d_][^\W_]*(?:['’\-][^\W_]+)*"     # word with inner apostrophes / hyphens
    r"|n't|'s|'re|'ll|'ve|'d|'m"           # already split clitics
    r"|\S", re.UNICODE)
CLITIC_RE = re.compile(r"^(.+?)(n't|'s|'re|'ll|'ve|'d|'m)$", re.IGNORECASE)


def normalize(s):
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2014", "-"), ("\u2013", "-"), ("`", "'")):
        s = s.replace(a, b)
    return s.lower()


def tokenize(text):
    """Returns [(start, end, norm, kind)] with kind in word/num/punct, code point offsets."""
    out = []
    for m in TOKEN_RE.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        if w[0].isdigit():
            out.append((s, e, "<num>", "num", w))
            continue
        if not (w[0].isalpha() or w[0] == "'"):
            out.append((s, e, normalize(w), "punct", w))
            continue
        n = normalize(w)
        c = CLITIC_RE.match(n)
        if c and len(c.group(1)) > 0 and c.group(1) not in ("'",):
            k = len(c.group(1))
            out.append((s, s + k, c.group(1), "word", w[:k]))
            out.append((s + k, e, c.group(2), "word", w[k:]))
        else:
            out.append((s, e, n, "word", w))
    return out


# --------------------------------------------------------------------------------------
# Lexicon matching and features
# --------------------------------------------------------------------------------------
def load_lexicon(path):
    lex = json.load(open(path, encoding="utf-8"))
    entries = []
    for e in lex["entries"]:
        words = [t[2] for t in tokenize(e["phrase"])]
        entries.append((tuple(words), e))
    by_first = {}
    for words, e in entries:
        by_first.setdefault(words[0], []).append((words, e))
    for v in by_first.values():
        v.sort(key=lambda x: -len(x[0]))
    return by_first


def find_candidates(toks, by_first):
    """Longest match at each position, left to right, skipping covered tokens."""
    i, out = 0, []
    while i < len(toks):
        hit = None
        for words, e in by_first.get(toks[i][2], ()):
            window = [t[2] for t in toks[i:i + len(words)]]
            if len(window) == len(words) and all(w == "*" or w == t for w, t in zip(words, window)):
                hit = (i, i + len(words), e)
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def gate_forces(toks, i, j, entry):
    """True when the entry's gate makes it a hedge without asking the model."""
    gate = entry.get("gate", "model")
    if gate == "always":
        return True
    if gate == "number":  # approximators: only right before a quantity ("about 300", "some $5")
        return j < len(toks) and toks[j][2] in ("<num>", "$", "€", "£")
    return False


VOTER_MODIFIERS = {"democratic", "republican", "gop", "primary", "general", "election", "general-election",
                   "presidential", "caucus", "registered"}
VOTER_GROUPS = {"voters", "voter", "caucusgoers", "caucus-goers", "electorate"}
MONTH_PREPOSITIONS = {"in", "on", "since", "early", "late", "mid", "by", "until", "till", "last",
                      "next", "of", "through", "from", "during", "before", "after", "this", "and", "to"}


def context_veto(toks, i, j, entry):
    """Mirror of HedgeContextVeto() in src/core/hedging_rules.cpp: a rule name or None."""
    def norm_at(k):
        return toks[k][2] if 0 <= k < len(toks) else ""
    first = toks[i][2]
    if first == "may":
        written_cap = toks[i][4][:1].isupper()
        if norm_at(j) == "<num>" or norm_at(i - 1) == "<num>":
            return "context:may.month"
        if written_cap and (i > 0 and norm_at(i - 1) not in ('"', "'")):
            return "context:may.month"
        if written_cap and norm_at(i - 1) in MONTH_PREPOSITIONS:
            return "context:may.month"
    if entry["phrase"].lower() == "likely":
        k = j
        while k < j + 3 and norm_at(k) in VOTER_MODIFIERS:
            k += 1
        if norm_at(k) in VOTER_GROUPS:
            return "context:likely.voters"
    if entry["phrase"] == "could" and norm_at(j) in ("not", "n't", "never") and norm_at(j + 1) != "have":
        return "context:could.negated-ability"
    return None


def stem(word):
    return word[:5]


def hedge_features(toks, i, j, entry):
    """Feature names for candidate tokens [i, j). Mirror of CollectHedgeFeatures() in C++."""
    phrase = entry["phrase"].lower()
    cat = entry["category"]
    def norm_at(k):
        if k < 0:
            return "<s>"
        if k >= len(toks):
            return "</s>"
        return toks[k][2]
    p1, p2, n1, n2 = norm_at(i - 1), norm_at(i - 2), norm_at(j), norm_at(j + 1)
    first_written = toks[i][4]
    capitalized = first_written[:1].isupper() and i > 0
    negated = any(norm_at(k) in NEGATIONS for k in (i - 1, i - 2, j))
    st = stem(toks[i][2])
    f = ["bias", "e=" + phrase, "k=" + cat, "s=" + st,
         "e=" + phrase + "|p1=" + p1, "e=" + phrase + "|n1=" + n1,
         "e=" + phrase + "|n1n2=" + n1 + "_" + n2, "e=" + phrase + "|p2p1=" + p2 + "_" + p1,
         "s=" + st + "|p1=" + p1, "s=" + st + "|n1=" + n1,
         "k=" + cat + "|p1=" + p1, "k=" + cat + "|n1=" + n1,
         "p1=" + p1, "n1=" + n1]
    if capitalized:
        f.append("e=" + phrase + "|cap")
    if negated:
        f.append("e=" + phrase + "|neg")
        f.append("k=" + cat + "|neg")
    if i == 0:
        f.append("e=" + phrase + "|first")
    return f


# --------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------
def load_corpus(path, by_first):
    rows = []   # one per candidate: (sentence_index, features, label, neutral, entry, forced)
    sents = []  # (corpus, doc, epistemic, only_condition, gold_epistemic_cues, candidates)
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        toks = tokenize(r["text"])
        cands = find_candidates(toks, by_first)
        epi = [(c["start"], c["end"]) for c in r["cues"] if c["type"] in EPISTEMIC]
        other = [(c["start"], c["end"]) for c in r["cues"] if c["type"] not in EPISTEMIC]
        sidx = len(sents)
        cand_rows = []
        for i, j, e in cands:
            if context_veto(toks, i, j, e):
                continue
            s, t = toks[i][0], toks[j - 1][1]
            label = int(any(a < t and s < b for a, b in epi))
            neutral = int(not label and any(a < t and s < b for a, b in other))
            cand_rows.append(len(rows))
            rows.append((sidx, hedge_features(toks, i, j, e), label, neutral, e,
                         gate_forces(toks, i, j, e)))
        only_cond = (not r["epistemic"]) and bool(r["cues"])
        sents.append((r["corpus"], r["doc"], bool(r["epistemic"]), only_cond, len(epi), cand_rows))
    return rows, sents


# --------------------------------------------------------------------------------------
# Logistic regression (full-batch, L2, Adam) on sparse binary features
# --------------------------------------------------------------------------------------
def fit(X_rows, y, n_feat, l2=3.0, iters=400, lr=0.1, sample_weight=None):
    rows = np.concatenate([np.full(len(x), k) for k, x in enumerate(X_rows)])
    cols = np.concatenate(X_rows)
    n = len(X_rows)
    sw = np.ones(n) if sample_weight is None else sample_weight
    w = np.zeros(n_feat)
    m = np.zeros(n_feat); v = np.zeros(n_feat)
    for t in range(1, iters + 1):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1 / (1 + np.exp(-z))
        g = np.bincount(cols, weights=((p - y) * sw)[rows], minlength=n_feat) / sw.sum()
        g += l2 * w / sw.sum()  # L2 penalty (l2 / 2) * ||w||^2 on the summed loss
        m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def predict(X_rows, w):
    return np.array([1 / (1 + np.exp(-w[x].sum())) for x in X_rows])


def sentence_scores(sents, probs, thr, gated_always):
    """Sentence P/R/F1 and cue P/R/F1 per corpus, with the evaluator's rules."""
    res = {}
    for corpus in sorted(set(s[0] for s in sents)):
        tp = fp = fn = 0
        ctp = cpred = cgold = 0
        for c, doc, epi, only_cond, n_epi, cand in sents:
            if c != corpus:
                continue
            pred = [k for k in cand if probs[k] >= thr or gated_always[k]]
            pos = bool(pred)
            if pos and epi: tp += 1
            elif pos and not epi and not only_cond: fp += 1
            elif not pos and epi: fn += 1
            cgold += n_epi
            for k in pred:
                if LABELS[k]: ctp += 1; cpred += 1
                elif not NEUTRAL[k] and not only_cond: cpred += 1
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f = 2 * p * r / (p + r) if p + r else 0
        cp = ctp / cpred if cpred else 0
        cr = min(1.0, ctp / cgold) if cgold else 0
        cf = 2 * cp * cr / (cp + cr) if cp + cr else 0
        res[corpus] = dict(sentence_precision=p, sentence_recall=r, sentence_f1=f,
                           cue_f1_approx=cf)
    return res


def main():
    global LABELS, NEUTRAL
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/eval/hedging")
    ap.add_argument("--lexicon", default="assets/lexicons/hedges.json")
    ap.add_argument("--out", default="assets/models/hedging.json")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--news-weight", type=float, default=3.0,
                    help="sample weight of FactBank (news) candidates relative to Wikipedia")
    ap.add_argument("--holdout-fold", type=int, default=-1,
                    help="train on every fold but this one and write that fold's sentences to "
                         "--holdout-out (checks the C++ detector on data the model never saw)")
    ap.add_argument("--holdout-out", default="")
    ap.add_argument("--errors", default="",
                    help="write a per-phrase table of cross-validated errors here (for lexicon curation)")
    args = ap.parse_args()

    by_first = load_lexicon(args.lexicon)
    rows, sents = [], []
    for name in ("factbank", "wiki"):
        r, s = load_corpus(f"{args.data}/{name}.jsonl", by_first)
        off = len(sents)
        rows += [(si + off, f, y, nt, e, g) for si, f, y, nt, e, g in r]
        base = len(rows) - len(r)
        sents += [(c, d, ep, oc, ne, [k + base for k in cand]) for c, d, ep, oc, ne, cand in s]
    LABELS = np.array([r[2] for r in rows])
    NEUTRAL = np.array([r[3] for r in rows])
    always = np.array([r[5] for r in rows])  # confirmed by their gate, never by the model
    print(f"{len(sents)} sentences, {len(rows)} candidates, {LABELS.sum()} positive", file=sys.stderr)

    # Neutral candidates (overlapping only condition/investigation cues) are labelled 0: a
    # condition is not a hedge.
    y = LABELS.astype(float)
    corpus_of_row = [sents[r[0]][0] for r in rows]
    sw = np.array([args.news_weight if c == "factbank" else 1.0 for c in corpus_of_row])

    # Cross-validation by document.
    fold_of_doc = lambda d: zlib.crc32(d.encode()) % args.folds
    row_fold = np.array([fold_of_doc(sents[r[0]][1]) for r in rows])
    modeled = np.array([r[4].get("gate", "model") == "model" for r in rows])
    cv_probs = np.zeros(len(rows))
    for k in range(args.folds):
        train = np.where((row_fold != k) & modeled)[0]
        test = np.where((row_fold == k) & modeled)[0]
        vocab, counts = {}, {}
        for i in train:
            for name in rows[i][1]:
                counts[name] = counts.get(name, 0) + 1
        for name, c in counts.items():
            if c >= args.min_count:
                vocab[name] = len(vocab)
        Xtr = [np.array([vocab[n] for n in rows[i][1] if n in vocab], dtype=np.int64) for i in train]
        w = fit(Xtr, y[train], len(vocab), l2=args.l2, sample_weight=sw[train])
        Xte = [np.array([vocab[n] for n in rows[i][1] if n in vocab], dtype=np.int64) for i in test]
        cv_probs[test] = predict(Xte, w)

    best = None
    for thr in np.arange(0.2, 0.8, 0.02):
        res = sentence_scores(sents, cv_probs, thr, always)
        score = (res["factbank"]["sentence_f1"] + res["wiki"]["sentence_f1"]) / 2
        if best is None or score > best[0]:
            best = (score, float(thr), res)
    _, thr, cv = best
    for c, r in cv.items():
        print(f"CV {c}: " + " ".join(f"{k}={v:.3f}" for k, v in r.items()) + f" thr={thr:.2f}", file=sys.stderr)

    if args.errors:
        table = {}
        for k, r in enumerate(rows):
            if not modeled[k]:
                continue
            t = table.setdefault(r[4]["phrase"], [0, 0, 0, 0])  # occurrences, gold, false pos, false neg
            pred = cv_probs[k] >= thr
            t[0] += 1; t[1] += int(LABELS[k])
            t[2] += int(pred and not LABELS[k] and not NEUTRAL[k]); t[3] += int(LABELS[k] and not pred)
        with open(args.errors, "w", encoding="utf-8") as out:
            out.write("phrase\toccurrences\tgold\tfalse_pos\tfalse_neg\n")
            for ph, t in sorted(table.items(), key=lambda kv: -(kv[1][2] + kv[1][3])):
                out.write(f"{ph}\t{t[0]}\t{t[1]}\t{t[2]}\t{t[3]}\n")

    # Final model on everything (or on every fold but --holdout-fold).
    keep = modeled if args.holdout_fold < 0 else modeled & (row_fold != args.holdout_fold)
    if args.holdout_fold >= 0 and args.holdout_out:
        with open(args.holdout_out, "w", encoding="utf-8") as out:
            for name in ("factbank", "wiki"):
                for line in open(f"{args.data}/{name}.jsonl", encoding="utf-8"):
                    if fold_of_doc(json.loads(line)["doc"]) == args.holdout_fold:
                        out.write(line)
    counts = {}
    rows_m = [r for r, m in zip(rows, keep) if m]
    for r in rows_m:
        for name in r[1]:
            counts[name] = counts.get(name, 0) + 1
    vocab = {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= args.min_count))}
    X = [np.array([vocab[n] for n in r[1] if n in vocab], dtype=np.int64) for r in rows_m]
    w = fit(X, y[keep], len(vocab), l2=args.l2, sample_weight=sw[keep])
    fitted = sentence_scores(sents, np.where(modeled, predict(
        [np.array([vocab[n] for n in r[1] if n in vocab], dtype=np.int64) for r in rows], w), 0.0), thr, always)
    for c, r in fitted.items():
        print(f"fit {c} (training data, for checking the C++ mirror): "
              + " ".join(f"{k}={v:.3f}" for k, v in r.items()), file=sys.stderr)
    names = sorted(vocab, key=lambda n: vocab[n])
    weights = {n: round(float(w[vocab[n]]), 4) for n in names if abs(w[vocab[n]]) >= 0.005 or n == "bias"}
    model = {
        "name": "hedging-context",
        "version": "2026-11-22",
        "description": "Logistic regression over cue + context features; see tools/train_hedging.py and docs/hedging.md. p(hedge) = sigmoid(sum of weights of the candidate's features); a candidate counts as a hedge when p >= threshold.",
        "training": {"corpora": ["factbank (Szeged Uncertainty Corpus, development half)",
                                 "wiki (WikiWeasel, development half)"],
                     "candidates": len(rows), "positives": int(LABELS.sum()),
                     "l2": args.l2, "min_count": args.min_count, "news_weight": args.news_weight,
                     "cross_validation": {"folds": args.folds, "by": "document",
                                          **{c: {k: round(v, 4) for k, v in r.items()} for c, r in cv.items()}}},
        "threshold": round(thr, 3),
        "weights": weights,
    }
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(model, fh, indent=0, sort_keys=False)
        fh.write("\n")
    print(f"wrote {args.out}: {len(weights)} weights, threshold {thr:.2f}", file=sys.stderr)


if __name__ == "__main__":
    main()

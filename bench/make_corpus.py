#!/usr/bin/env python3
"""Builds the benchmark corpus: real news articles from the development corpora in
../shared/data/eval, repeated until the file holds at least --mb megabytes of article text.

Output: JSONL, one {"id", "title"?, "text"} object a line, in a fixed order (deterministic:
the same inputs always give byte-identical output). Each repetition gets its own ids
("<id>#<rep>") so every line is a distinct record. The corpus is a build product
(build/bench/corpus.jsonl): the texts are the publishers' copyright and are never committed.

  make_corpus.py --data ../shared/data/eval --out build/bench/corpus.jsonl --mb 40
  make_corpus.py ... --articles 100000   # exactly N lines instead of a size target
  make_corpus.py ... --paragraphs        # one record per paragraph (short articles, for
                                         # tests that need many records quickly)
"""
import argparse
import json
import os
import sys

# Article-level corpora only (whole news articles, not single sentences).
SOURCES = ["loaded/ptc.jsonl", "sources/polnear.jsonl", "same_event/basil.jsonl"]


def shows_text(paragraph):
    """False for white space, zero-width spaces and byte-order marks only (biaslens calls it empty)."""
    return any(not (ch.isspace() or ch in "\u200b\u200c\u200d\u2060\ufeff") for ch in paragraph)


def split_paragraphs(articles):
    """Each paragraph of each article that shows some text becomes its own record (title
    dropped); a line holding only spaces or a byte-order mark is no article."""
    out = []
    for a in articles:
        for k, paragraph in enumerate(p for p in a["text"].split("\n") if shows_text(p)):
            out.append({"id": f"{a['id']}/p{k}", "text": paragraph})
    return out


def load_articles(data_dir):
    articles = []
    for rel in SOURCES:
        path = os.path.join(data_dir, rel)
        if not os.path.exists(path):
            print(f"make_corpus: missing {path}", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                record = json.loads(line)
                article = {"id": record["id"], "text": record["text"]}
                if record.get("title"):
                    article["title"] = record["title"]
                articles.append(article)
    return articles


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="the eval data folder (../shared/data/eval)")
    parser.add_argument("--out", required=True)
    parser.add_argument("--mb", type=float, default=40.0, help="minimum megabytes of article text")
    parser.add_argument("--articles", type=int, default=0, help="write exactly this many lines instead")
    parser.add_argument("--paragraphs", action="store_true", help="one record per paragraph")
    args = parser.parse_args()

    articles = load_articles(args.data)
    if args.paragraphs:
        articles = split_paragraphs(articles)
    if not articles:
        sys.exit("make_corpus: no articles found under " + args.data)
    target_bytes = int(args.mb * 1e6)
    written_lines = written_text = 0
    rep = 0
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out + ".tmp", "w", encoding="utf-8") as out:
        while True:
            for a in articles:
                if args.articles and written_lines >= args.articles:
                    break
                record = dict(a, id=f"{a['id']}#{rep}")
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written_lines += 1
                written_text += len(a["text"].encode("utf-8"))
            rep += 1
            if args.articles:
                if written_lines >= args.articles:
                    break
            elif written_text >= target_bytes:
                break
    os.replace(args.out + ".tmp", args.out)
    print(f"make_corpus: {written_lines} articles, {written_text / 1e6:.1f} MB of text, "
          f"{os.path.getsize(args.out) / 1e6:.1f} MB file -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

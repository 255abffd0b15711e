#!/usr/bin/env bash
# The built CLI end to end: tests/cli/test_cli.sh BIASLENS_BINARY SOURCE_DIR
# Scores the seed corpus, streams JSONL with broken lines between good ones, checks offset
# units against Python's and UTF-16 string indices, refuses bad files with one message each,
# and gives identical output on 1 and 2 threads. Prints `cli: N passed, M failed`; exits
# non-zero when anything failed.
set -u -o pipefail
bin="${1:?usage: test_cli.sh BIASLENS_BINARY SOURCE_DIR}"
src="${2:?usage: test_cli.sh BIASLENS_BINARY SOURCE_DIR}"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
src="$(cd "$src" && pwd)"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
# check NAME COMMAND...: passes when COMMAND succeeds.
check() { local name="$1"; shift; if "$@"; then pass; else fail "$name"; fi; }
# run ARGS... < stdin: sets $out, $err, $rc.
run() { "$bin" "$@" >"$work/out" 2>"$work/err"; rc=$?; out="$(cat "$work/out")"; err="$(cat "$work/err")"; }
# JSON check: jq-like assertions in Python over the file given as $1; the expression as $2.
json_ok() { "$py" -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }

# --- the seed corpus ----------------------------------------------------------------------
seeds=("$src"/assets/corpus/*.txt)
run score "${seeds[@]}"
check "seeds: exit 0" test "$rc" -eq 0
check "seeds: nothing on stderr" test -z "$err"
check "seeds: one report per file, in order, by the contract" json_ok "$work/out" "
  isinstance(d, list) and len(d) == ${#seeds[@]} and
  [r['id'] for r in d] == sorted(r['id'] for r in d) and
  all(r['schema'] == 1 and set(r['scores']) == {'hedging', 'loaded', 'source_diversity'} and
      all(k in r for k in ('stats', 'metrics', 'spans', 'attributions', 'sources', 'sentences')) and
      r['title'] and r['stats']['words'] > 50 and
      all(0 <= v <= 100 for v in r['scores'].values()) for r in d)"
check "seeds: spans and sentences index the text" "$py" - "$work/out" "${seeds[@]}" <<'EOF'
import json, sys
reports = json.load(open(sys.argv[1]))
for report, path in zip(reports, sys.argv[2:]):
    data = open(path, 'rb').read()
    for s in report['spans'] + report['sentences']:
        assert 0 <= s['start'] <= s['end'] <= len(data), (path, s)
    assert all(s['cue'] for s in report['spans']), path
    assert report['spans'] == sorted(report['spans'], key=lambda s: (s['start'], s['end'])), path
EOF

# --- JSONL with broken lines between good ones ---------------------------------------------
{
  echo '{"id":"g1","text":"The council may raise ferry fees next year, officials said."}'
  echo 'this line is not JSON'
  echo '{"id":"g2","title":"Pier","text":"Residents reportedly oppose the plan."}'
  echo '{"id":"bad-text","text":5}'
  echo ''
  printf '%*s\n' 300 '' | tr ' ' '['
  echo '{"id":"g3","text":"It seems the vote could be close.\nA second paragraph."}'
  echo '{"id":"no-text"}'
  printf '{"id":"g4","text":"Last one, with CRLF."}\r\n'
  printf '{"id":"cut","text":"no closing'
} >broken.jsonl
run score --jsonl --quiet <broken.jsonl
check "jsonl: exit 1 when lines were rejected" test "$rc" -eq 1
check "jsonl: good lines out, in input order" test "$("$py" -c '
import json,sys
print(" ".join(json.loads(l)["id"] for l in open(sys.argv[1])))' "$work/out")" = "g1 g2 g3 g4"
expected_err="stdin:2: not valid JSON
stdin:4: \"text\" must be a string
stdin:6: JSON nested deeper than 64 levels
stdin:8: missing \"text\"
stdin:10: not valid JSON"
check "jsonl: one message per bad line, by line number" test "$(sed -E 's/ \(.*$//' "$work/err")" = "$expected_err"
run score --jsonl <broken.jsonl
check "jsonl: summary line counts the rejects" grep -q "scored 4 of 9 articles.*5 rejected" "$work/err"
printf '{"id":"n","text":"Fees may rise.","score":1e400}\n{"id":"after","text":"Next."}\n' >overflow.jsonl
run score --jsonl --quiet <overflow.jsonl
check "jsonl: a number out of range is a message, not a crash" test "$rc" -eq 1 -a "$err" = "stdin:1: not valid JSON (number overflow parsing '1e400')"
check "jsonl: the line after it still comes out" test "$(echo "$out" | wc -l)" -eq 1
"$py" - >languages.jsonl <<'EOF'
import json
spanish = ("El gobierno anunció el martes que retirará la mayor parte de sus tropas del país, según el "
           "portavoz del ministerio, y las negociaciones de paz podrían avanzar en las próximas semanas. ") * 4
english = ("The minister said that the plan, which was drawn up by officials over the summer, may change "
           "after the vote, and that the talks could go on for weeks. ") * 4
print(json.dumps({"id": "es", "text": spanish}))
print(json.dumps({"id": "en", "text": english}))
EOF
run score --jsonl <languages.jsonl
check "jsonl: a text in another language gets a warning in its report, English none" "$py" -c '
import json,sys
r = [json.loads(l) for l in open(sys.argv[1])]
assert [x["id"] for x in r] == ["es", "en"]
assert any("does not read as English" in w for w in r[0]["warnings"]), r[0].get("warnings")
assert "warnings" not in r[1], r[1].get("warnings")' "$work/out"
check "jsonl: the summary line counts the reports with warnings" grep -q "scored 2 of 2 articles.*0 rejected, 1 with warnings" "$work/err"
: >empty.jsonl
run score --jsonl --quiet <empty.jsonl
check "jsonl: empty stream is fine (exit 0, no output)" test "$rc" -eq 0 -a -z "$out"

# --- offsets: codepoint = Python string indices, utf16 = JavaScript string indices ----------
"$py" - >multibyte.jsonl <<'EOF'
import json
text = ("Café owners in Zürich — “we may close,” said Renée Müller 😀. "
        "It seems the naïve plan could fail. Officials reportedly disagree 🙂.\n"
        "“It is unclear whether the fees will rise,” the mayor said. ")
print(json.dumps({"id": "mb", "text": text}, ensure_ascii=False))
EOF
run score --jsonl --quiet --offsets codepoint <multibyte.jsonl; cp "$work/out" cp.json
run score --jsonl --quiet --offsets utf16 <multibyte.jsonl; cp "$work/out" u16.json
run score --jsonl --quiet <multibyte.jsonl; cp "$work/out" u8.json
check "offsets: codepoint/utf16/utf8 slices agree with Python and JS indices" "$py" - <<'EOF'
import json
text = json.loads(open('multibyte.jsonl').read())['text']
u8, cp, u16 = (json.loads(open(f).read()) for f in ('u8.json', 'cp.json', 'u16.json'))
assert cp['offsets'] == 'codepoint' and u16['offsets'] == 'utf16'
raw, wide = text.encode('utf-8'), text.encode('utf-16-le')
items = lambda r: r['spans'] + r['sentences']
assert len(items(u8)) == len(items(cp)) == len(items(u16)) and any(s.get('kind') == 'hedge' for s in u8['spans'])
for a, b, c in zip(items(u8), items(cp), items(u16)):
    byte_slice = raw[a['start']:a['end']].decode('utf-8')
    assert text[b['start']:b['end']] == byte_slice, (a, b)
    assert wide[2 * c['start']:2 * c['end']].decode('utf-16-le') == byte_slice, (a, c)
assert any(ord(ch) > 0xFFFF for s in u8['sentences'] for ch in raw[s['start']:s['end']].decode())
EOF
run score --offsets bytes-please "${seeds[0]}"
check "offsets: an unknown unit is a usage error (exit 2)" test "$rc" -eq 2
check "offsets: the usage error names the option" grep -q -- "--offsets must be utf8, codepoint or utf16" "$work/err"

# --- bad files: one message each, naming the file; good files still scored ------------------
: >empty.txt
printf '\x7fELF\x02\x01\x01\x00\x00\x00binary\x00\x01\x02' >program.bin
mkdir adir
printf '%*s' 5000 '' | tr ' ' '[' >deep.json
printf '{"text": {"nested": ["wrong", "shape"]}}' >shape.json
cp "${seeds[0]}" good.txt
printf 'Caf\xe9 owners may close\nThe fees \xff\xfe could rise.\n' >latin1.txt
run score empty.txt program.bin missing.txt adir deep.json shape.json good.txt latin1.txt
check "bad files: exit 1" test "$rc" -eq 1
expected_err="empty.txt: is empty
program.bin: looks like a binary file (it contains NUL bytes), not text
missing.txt: no such file
adir: is a directory
deep.json: JSON nested deeper than 64 levels
shape.json: \"text\" must be a string"
check "bad files: exactly one message per bad file" test "$err" = "$expected_err"
check "bad files: the good files are still scored" json_ok "$work/out" \
  "[r['id'] for r in d] == ['good.txt', 'latin1.txt'] and d[1]['warnings'] == ['invalid UTF-8 from byte 3 read as U+FFFD']"
check "bad files: invalid UTF-8 is replaced in the output JSON" json_ok "$work/out" "d[1]['title'] == 'Caf\ufffd owners may close'"
run score missing.txt
check "missing file alone: exit 1 and an empty array" test "$rc" -eq 1 -a "$out" = "[]"
run score
check "no files: usage error (exit 2)" test "$rc" -eq 2
run frobnicate
check "unknown command: usage error (exit 2)" test "$rc" -eq 2

# --- huge input: a 10 MB line is refused with the limit, the next line still scored ---------
"$py" -c '
import json
print(json.dumps({"id": "huge", "text": "a" * (10 << 20)}))
print(json.dumps({"id": "after", "text": "It may rain."}))' >huge.jsonl
run score --jsonl --quiet <huge.jsonl
check "huge: refused with the limit" test "$err" = "stdin:1: \"text\" too large (10.0 MiB; the limit is 8 MiB per article)"
check "huge: the next line still comes out" test "$(echo "$out" | wc -l)" -eq 1

# --- threads: identical output on 1 and 2 threads (several batches, bad lines included) -----
"$py" - "${seeds[@]}" >many.jsonl <<'EOF'
import json, sys
texts = [open(p, encoding='utf-8', errors='replace').read() for p in sys.argv[1:]]
for i in range(700):
    t = texts[i % len(texts)]
    paragraphs = t.split('\n')
    cut = '\n'.join(paragraphs[: 3 + i % max(1, len(paragraphs) - 3)])
    if i % 97 == 5:
        print('{"broken": ')
    else:
        print(json.dumps({"id": "a%d" % i, "text": cut}))
EOF
"$bin" score --jsonl --quiet --threads 1 <many.jsonl >t1.jsonl 2>t1.err; rc1=$?
"$bin" score --jsonl --quiet --threads 2 <many.jsonl >t2.jsonl 2>t2.err; rc2=$?
check "threads: same exit code" test "$rc1" -eq "$rc2" -a "$rc1" -eq 1
check "threads: byte-identical reports" cmp -s t1.jsonl t2.jsonl
check "threads: identical messages" cmp -s t1.err t2.err
check "threads: every good line scored" test "$(wc -l <t1.jsonl)" -eq "$((700 - $(wc -l <t1.err)))"

# --- files for --jsonl, write failures, eval records of the wrong type, UTF-8 in JSON ---------
head -n 3 many.jsonl > three.jsonl
run score --jsonl --quiet three.jsonl </dev/null
check "jsonl FILE: its lines are scored, not stdin's" test "$rc" -eq 0 -a "$(printf '%s\n' "$out" | wc -l)" -eq 3
if [ -w /dev/full ]; then
  "$bin" score --jsonl --quiet three.jsonl >/dev/full 2>full.err; rc=$?
  check "a full disk: exit 1 and a message" test "$rc" -eq 1 -a -n "$(grep 'could not write the output' full.err)"
fi
printf '{"id":7,"text":"Officials said it may rain.","epistemic":"yes"}\n{"id":"b","text":"It may rain.","epistemic":true}\n' > typed.jsonl
run eval hedging typed.jsonl
check "eval: a field of the wrong type skips the record, no abort" test "$rc" -eq 0 -a -n "$(printf '%s' "$out" | grep '1 records, 1 unreadable')"
printf '[{"id":"a","text":"The mayor said it may rain."},{"id":"b","text":"Caf\xe9 owners said the plan was bad."}]' > latin1.json
run score latin1.json
check "json with a Latin-1 byte: both articles kept, with a warning" test "$rc" -eq 0 -a -n "$(printf '%s' "$err" | grep 'invalid UTF-8 replaced')"
check "json with a Latin-1 byte: two reports" json_ok "$work/out" "len(d) == 2 and '\ufffd' in d[1]['title']"

# --- "-" names standard input; a UTF-16 text file is read as its text ----------------------------
printf 'Shock as mayor SLAMS plan\nThe mayor may resign, officials said.\n' > utf8.txt
"$py" -c 'import sys; open("utf16.txt","wb").write(open("utf8.txt",encoding="utf-8").read().encode("utf-16"))'
run score - utf16.txt <three.jsonl
check "score -: stdin's articles, then the file's" json_ok "$work/out" "[r['id'] for r in d] == [l['id'] for l in map(json.loads, open('three.jsonl'))] + ['utf16.txt']"
"$bin" score utf8.txt > utf8.out
check "a UTF-16 file: the same report as its UTF-8 text" "$py" -c 'import json,sys; a=json.load(open("utf8.out"))[0]; b=json.load(open(sys.argv[1]))[-1]; a.pop("id"); b.pop("id"); sys.exit(a != b)' "$work/out"
run score --jsonl --quiet three.jsonl - <three.jsonl
check "score --jsonl FILE -: the file's lines, then stdin's" test "$rc" -eq 0 -a "$(printf '%s\n' "$out" | wc -l)" -eq 6

# --- default ids and line numbers: --first-line, and files named in ids ------------------------
printf '{"text":"It may rain."}\n\n{"text":"Officials said it could snow."}\n' > noid.jsonl
run score --jsonl --quiet <noid.jsonl
check "jsonl from stdin: an article without an id is line-N" test "$(printf '%s\n' "$out" | "$py" -c 'import json,sys; print(" ".join(json.loads(l)["id"] for l in sys.stdin))')" = "line-1 line-3"
run score --jsonl --quiet --first-line 1001 <noid.jsonl
check "--first-line: default ids count from it" test "$(printf '%s\n' "$out" | "$py" -c 'import json,sys; print(" ".join(json.loads(l)["id"] for l in sys.stdin))')" = "line-1001 line-1003"
run score --jsonl --quiet --first-line 100 <broken.jsonl
check "--first-line: messages count from it" test -n "$(printf '%s' "$err" | grep '^stdin:101: not valid JSON')"
run score --jsonl --quiet noid.jsonl
jsonl_ids="$(printf '%s\n' "$out" | "$py" -c 'import json,sys; print(" ".join(json.loads(l)["id"] for l in sys.stdin))')"
run score noid.jsonl
check "jsonl FILE: default ids name the file, as score FILE does" test "$jsonl_ids" = "noid.jsonl:1 noid.jsonl:3" -a "$jsonl_ids" = "$("$py" -c 'import json,sys; print(" ".join(r["id"] for r in json.load(open(sys.argv[1]))))' "$work/out")"
run score --jsonl --first-line 0 <noid.jsonl
check "--first-line 0 is a usage error" test "$rc" -eq 2

# --- --error-lines: output line k is the k-th input record -----------------------------------
run score --jsonl --quiet --error-lines --first-line 10 <broken.jsonl
check "--error-lines: one output line per non-blank input line" test "$(printf '%s\n' "$out" | wc -l)" -eq "$(grep -c '[^[:space:]]' broken.jsonl)"
check "--error-lines: a rejected line is {error, line} in its place" "$py" - "$work/out" broken.jsonl <<'EOF'
import json, sys
out = [json.loads(l) for l in open(sys.argv[1])]
lines = [n for n, l in enumerate(open(sys.argv[2]), start=10) if l.strip()]
assert len(out) == len(lines)
for o, n in zip(out, lines):
    if "error" in o:
        assert set(o) == {"error", "line"} and o["line"] == n and o["error"].startswith(f"stdin:{n}: "), o
    else:
        assert "metrics" in o, o
assert sum("error" in o for o in out) == 5
EOF
check "--error-lines: exit 1 as without it" test "$rc" -eq 1

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

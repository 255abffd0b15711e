#!/usr/bin/python3
"""The Dask recipe (scripts/dask_score.py) against a single-process run.

Starts a local dask.distributed cluster (scheduler + 2 worker processes on 127.0.0.1),
scores a corpus of real news articles (built at run time from ../shared/data/eval, never
committed) through it in many small partitions, and checks the output is byte-identical to
`biaslens score --jsonl` in one process, in both data modes (bytes shipped in the tasks,
and --shared-fs), and that rejected lines are named with their line numbers in the whole
file. Run with Debian's interpreter:

  /usr/bin/python3 tests/dask/test_dask.py [BIASLENS_CLI]

Prints "dask: N passed, M failed" last; exit status 1 when anything failed.
"""
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import dask_score  # noqa: E402

DATA = os.path.join(os.environ.get("BIASLENS_DATA_DIR", os.path.join(ROOT, "..", "shared", "data")), "eval")


def make_corpus(path, megabytes):
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_corpus.py"), "--data", DATA,
                    "--out", path, "--mb", str(megabytes)], check=True, stderr=subprocess.DEVNULL)


def single_process(cli, path, extra=()):
    with open(path, "rb") as f:
        proc = subprocess.run([cli, "score", "--jsonl", "--quiet", "--threads", "1", *extra], stdin=f,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return proc.stdout, proc.stderr.decode(), proc.returncode


def through_dask(client, cli, path, extra_args=()):
    """Runs the recipe on `client`; returns (output bytes, stderr text, status)."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as out:
        out_path = out.name
    args = dask_score.parse_args([path, out_path, "--biaslens", cli, "--partition-mb", "0.25", *extra_args])
    args.in_flight = args.in_flight or 6
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with contextlib.redirect_stderr(err):
        status = dask_score.run(args, client)
    err.flush()
    err.seek(0)
    with open(out_path, "rb") as f:
        output = f.read()
    os.unlink(out_path)
    return output, err.read(), status


class Tests:
    def __init__(self, client, cli, work):
        self.client, self.cli, self.work = client, cli, work
        self.corpus = os.path.join(work, "corpus.jsonl")
        make_corpus(self.corpus, 3)

    def test_partitions_are_line_aligned_and_cover_the_file(self):
        parts = list(dask_score.partitions(self.corpus, 100_000))
        size = os.path.getsize(self.corpus)
        assert len(parts) > 10, parts
        assert parts[0][0] == 0 and parts[0][2] == 1
        with open(self.corpus, "rb") as f:
            data = f.read()
        line = 1
        for (offset, length, first_line), nxt in zip(parts, parts[1:] + [(size, 0, None)]):
            assert offset + length == nxt[0], "partitions are consecutive"
            assert data[offset + length - 1:offset + length] == b"\n", "a partition ends at a line end"
            assert first_line == line, (first_line, line)
            line += data[offset:offset + length].count(b"\n")

    def test_cluster_is_local_with_two_workers(self):
        workers = self.client.scheduler_info()["workers"]
        assert len(workers) >= 2, workers
        assert all(address.startswith("tcp://127.0.0.1:") for address in workers), list(workers)

    def test_output_equals_single_process_run(self):
        expected, _, status = single_process(self.cli, self.corpus)
        assert status == 0
        output, err, status = through_dask(self.client, self.cli, self.corpus)
        assert status == 0, err
        assert output.count(b"\n") == sum(1 for _ in open(self.corpus, "rb")), "one report per line"
        assert output == expected, "dask output differs from the single-process run"
        assert "dask_score:" in err and "partitions" in err, err

    def test_shared_fs_mode_equals_single_process_run(self):
        expected, _, _ = single_process(self.cli, self.corpus, ["--offsets", "utf16"])
        output, err, status = through_dask(self.client, self.cli, self.corpus, ["--shared-fs", "--offsets", "utf16"])
        assert status == 0, err
        assert output == expected, "--shared-fs output differs from the single-process run"

    def test_reports_keep_input_order(self):
        output, _, _ = through_dask(self.client, self.cli, self.corpus)
        ids_in = [json.loads(line)["id"] for line in open(self.corpus, encoding="utf-8")]
        ids_out = [json.loads(line)["id"] for line in output.decode("utf-8").splitlines()]
        assert ids_in == ids_out

    def test_articles_without_ids_get_the_ids_of_a_single_run(self):
        no_ids = os.path.join(self.work, "no_ids.jsonl")
        with open(self.corpus, encoding="utf-8") as f, open(no_ids, "w", encoding="utf-8") as out:
            for line in f:
                record = json.loads(line)
                record.pop("id", None)
                out.write(json.dumps(record) + "\n")
        expected, _, _ = single_process(self.cli, no_ids)
        output, err, status = through_dask(self.client, self.cli, no_ids)
        assert status == 0, err
        ids = [json.loads(line)["id"] for line in output.decode("utf-8").splitlines()]
        assert ids == [f"line-{n}" for n in range(1, len(ids) + 1)], ids[-3:]
        assert output == expected, "the default ids count lines in the whole file"

    def test_rejected_lines_are_named_with_their_line_in_the_whole_file(self):
        bad = os.path.join(self.work, "bad.jsonl")
        with open(self.corpus, encoding="utf-8") as f:
            lines = f.readlines()
        bad_at = len(lines) - 5  # well past the first partition
        lines.insert(bad_at, '{"id": "broken", "text": \n')
        with open(bad, "w", encoding="utf-8") as f:
            f.writelines(lines)
        expected, _, expected_status = single_process(self.cli, bad)
        output, err, status = through_dask(self.client, self.cli, bad)
        assert expected_status == 1 and status == 1, (expected_status, status)
        assert output == expected, "the other lines are scored exactly as in one process"
        assert f"bad.jsonl:{bad_at + 1}: not valid JSON" in err, err
        # --error-lines: the rejected line's {"error", "line"} in its place, as in one process
        expected, _, _ = single_process(self.cli, bad, ["--error-lines"])
        output, err, status = through_dask(self.client, self.cli, bad, ["--error-lines"])
        assert status == 1, err
        assert output == expected, "--error-lines output differs from the single-process run"
        assert json.loads(output.decode("utf-8").splitlines()[bad_at])["line"] == bad_at + 1


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else dask_score.find_cli(os.environ.get("BIASLENS_CLI"))
    passed = failed = 0
    if not cli or not os.access(cli, os.X_OK):
        print("  FAIL biaslens CLI built (pass its path, or build build/native)")
        print("dask: 0 passed, 1 failed")
        return 1
    if not os.path.isdir(DATA):
        print(f"  FAIL eval data at {DATA} (set BIASLENS_DATA_DIR to the folder holding eval/)")
        print("dask: 0 passed, 1 failed")
        return 1
    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as work, \
            LocalCluster(host="127.0.0.1", dashboard_address=None, n_workers=2, threads_per_worker=1,
                         processes=True) as cluster, \
            Client(cluster) as client:
        tests = Tests(client, cli, work)
        for name in sorted(n for n in dir(tests) if n.startswith("test_")):
            try:
                getattr(tests, name)()
                passed += 1
                print(f"  ok   {name}")
            except Exception:  # noqa: BLE001 (report every failure, keep going)
                failed += 1
                print(f"  FAIL {name}")
                traceback.print_exc()
    print(f"dask: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Score a JSONL archive of articles on a Dask distributed cluster with the biaslens CLI.

The input is cut at line boundaries into partitions of about --partition-mb megabytes;
each partition is one task that pipes its lines through `biaslens score --jsonl` on a
worker. Results are written in input order, so the output is byte-for-byte what a single
`biaslens score --jsonl < INPUT` would print. At most --in-flight partitions are queued at
a time, so client memory stays bounded however large the archive is.

  # a local cluster (scheduler + 2 workers on 127.0.0.1), started and stopped for this run
  /usr/bin/python3 scripts/dask_score.py corpus.jsonl reports.jsonl --workers 2

  # a running cluster: `dask-scheduler` on one machine, `dask-worker tcp://HOST:8786`
  # on each node; the biaslens binary must exist at --biaslens on every worker
  /usr/bin/python3 scripts/dask_score.py /shared/archive.jsonl /shared/reports.jsonl \
      --scheduler tcp://HOST:8786 --biaslens /opt/biaslens/bin/biaslens --shared-fs

Input bytes travel to the workers inside the tasks by default (no shared file system
needed); with --shared-fs each worker reads its byte range of INPUT itself (the path must
be the same on every worker, e.g. NFS). Rejected lines are reported on stderr as
INPUT:LINE: message (line numbers of the whole file), like the CLI does; the exit status
is 0 when every line was scored, 1 when some were rejected, 2 on a setup error.

Uses Debian's python3-distributed: run it with /usr/bin/python3.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CLI_CANDIDATES = [
    os.path.join(REPO, "build", "native", "src", "cli", "biaslens"),
    os.path.join(REPO, "build", "bench", "src", "cli", "biaslens"),
]
_STDIN_LOCATION = re.compile(rb"^stdin:(\d+): ", re.MULTILINE)


# ---------------------------------------------------------------------------------------
# Partitioning (client side)
# ---------------------------------------------------------------------------------------
def partitions(path, partition_bytes):
    """Yields (offset, length, first_line) of consecutive line-aligned byte ranges."""
    with open(path, "rb") as f:
        offset, first_line = 0, 1
        while True:
            chunk = f.read(partition_bytes)
            if not chunk:
                return
            if not chunk.endswith(b"\n"):
                chunk += f.readline()  # finish the last line of this partition
            yield offset, len(chunk), first_line
            offset += len(chunk)
            first_line += chunk.count(b"\n")


def read_range(path, offset, length):
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read(length)


# ---------------------------------------------------------------------------------------
# The task (runs on a worker; module-level so it pickles by reference)
# ---------------------------------------------------------------------------------------
def score_partition(cli, cli_args, data, source, first_line, input_name):
    """Scores one partition. `data` is the partition's bytes, or None to read `source` =
    (path, offset, length) on the worker. Returns (stdout bytes, stderr bytes, exit code)."""
    if data is None:
        data = read_range(*source)
    # --first-line: line numbers (messages, default ids "line-N") count in the whole file.
    proc = subprocess.run([cli, "score", "--jsonl", "--quiet", "--first-line", str(first_line), *cli_args],
                          input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    # "stdin:1012: …" from the CLI -> "INPUT:1012: …"
    name = input_name.encode("utf-8", "replace")
    err = _STDIN_LOCATION.sub(lambda m: b"%s:%s: " % (name, m.group(1)), proc.stderr)
    return proc.stdout, err, proc.returncode


# ---------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------
def find_cli(explicit):
    if explicit:
        return explicit
    for candidate in DEFAULT_CLI_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("biaslens")


def run(args, client):
    """Maps the CLI over the partitions on `client`; returns the exit status."""
    from distributed import as_completed

    cli_args = ["--threads", str(args.cli_threads), "--offsets", args.offsets]
    if args.include_quoted:
        cli_args.append("--include-quoted")
    if args.error_lines:
        cli_args.append("--error-lines")
    input_name = os.path.basename(args.input)
    out = sys.stdout.buffer if args.output == "-" else open(args.output + ".part", "wb")
    started = time.monotonic()
    pending = {}   # partition index -> future
    done = {}      # partition index -> result, waiting for earlier partitions
    next_to_write = 0
    status = 0
    total_parts = total_bytes = 0
    queue = as_completed()
    parts = partitions(args.input, int(args.partition_mb * 1e6))
    exhausted = False

    def submit_more():
        nonlocal exhausted, total_parts, total_bytes
        while not exhausted and len(pending) + len(done) < args.in_flight:
            try:
                offset, length, first_line = next(parts)
            except StopIteration:
                exhausted = True
                return
            data = None if args.shared_fs else read_range(args.input, offset, length)
            source = (os.path.abspath(args.input), offset, length)
            future = client.submit(score_partition, args.cli, cli_args, data, source, first_line, input_name,
                                   key=f"biaslens-{total_parts}-{offset}", pure=False)
            pending[total_parts] = future
            queue.add(future)
            total_parts += 1
            total_bytes += length

    try:
        submit_more()
        for future in queue:
            index = next(i for i, f in pending.items() if f is future)
            del pending[index]
            done[index] = future.result()  # re-raises a worker exception here
            future.release()
            while next_to_write in done:  # write every partition that is now in order
                stdout, stderr, code = done.pop(next_to_write)
                out.write(stdout)
                if stderr:
                    sys.stderr.buffer.write(stderr)
                    sys.stderr.flush()
                if code == 1:
                    status = 1
                elif code != 0:
                    raise RuntimeError(f"biaslens exited with status {code} on partition {next_to_write}")
                next_to_write += 1
            submit_more()
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    if args.output != "-":
        os.replace(args.output + ".part", args.output)
    seconds = time.monotonic() - started
    print(f"dask_score: {total_parts} partitions, {total_bytes / 1e6:.1f} MB in {seconds:.2f} s "
          f"({total_bytes / 1e6 / max(seconds, 1e-9):.1f} MB/s) on {len(client.scheduler_info()['workers'])} workers",
          file=sys.stderr)
    return status


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="JSONL articles, one {\"id\", \"title\", \"text\"} a line")
    p.add_argument("output", help="JSONL reports in input order ('-' = stdout)")
    p.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786); default: a local cluster")
    p.add_argument("--workers", type=int, default=2, help="local cluster: worker processes (default 2)")
    p.add_argument("--threads-per-worker", type=int, default=1, help="local cluster: tasks at once per worker")
    p.add_argument("--biaslens", dest="cli", help="path of the biaslens CLI on the workers")
    p.add_argument("--cli-threads", type=int, default=1, help="--threads for each CLI process (default 1)")
    p.add_argument("--partition-mb", type=float, default=16.0, help="partition size (default 16 MB)")
    p.add_argument("--in-flight", type=int, default=0, help="partitions queued at once (default 4 per worker thread)")
    p.add_argument("--shared-fs", action="store_true", help="workers read INPUT themselves (same path everywhere)")
    p.add_argument("--offsets", default="utf8", choices=["utf8", "codepoint", "utf16"])
    p.add_argument("--include-quoted", action="store_true")
    p.add_argument("--error-lines", action="store_true",
                   help='a rejected line writes {"error", "line"} in place of its report (as the CLI option)')
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    args.cli = find_cli(args.cli)
    if not args.cli:
        print("dask_score: no biaslens CLI found; build it (cmake --preset native) or pass --biaslens", file=sys.stderr)
        return 2
    if not os.path.isfile(args.input):
        print(f"dask_score: no such input file: {args.input}", file=sys.stderr)
        return 2
    from distributed import Client, LocalCluster

    if args.scheduler:
        with Client(args.scheduler) as client:
            slots = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()) or 1
            args.in_flight = args.in_flight or 4 * slots
            return run(args, client)
    with LocalCluster(host="127.0.0.1", dashboard_address=None, n_workers=args.workers,
                      threads_per_worker=args.threads_per_worker, processes=True) as cluster, \
            Client(cluster) as client:
        args.in_flight = args.in_flight or 4 * args.workers * args.threads_per_worker
        return run(args, client)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Summarize a JSONL archive on a Dask cluster with the khulasa Python module.

Each line of the input is a record {"id", "text"|"html"|"scraped", ...}; the
output has one line per input line, in input order, byte for byte what
`khulasa batch INPUT -o OUTPUT` writes (an {"id", "line", "error"} line for a
bad or blank one). The archive is read as a dask.bag of line-aligned
partitions; every worker process loads one khulasa.Engine and maps its
partitions through Engine.summarize_record, numbering the lines from the
line counts of the partitions before; the client writes the partitions back
in order.

  # 2 local worker processes on loopback:
  /usr/bin/python3 examples/dask_summarize.py archive.jsonl -o out.jsonl \
      --local-workers 2
  # an existing cluster (dask-scheduler + dask-worker on each machine):
  /usr/bin/python3 examples/dask_summarize.py /shared/archive.jsonl \
      -o out.jsonl --scheduler tcp://10.0.0.5:8786

The input path must be readable by every worker (a shared file system, or
any URL dask can read, such as s3://...); the output is written by the
client. Workers need the khulasa module importable (pip install . on each
machine). See docs/scale-out.md.
"""

import argparse
import importlib.util
import operator
import os
import pathlib
import sys

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

def _engine():
    """One engine per worker process, loaded on first use.

    It is kept on the khulasa module itself: this script's functions reach
    the workers pickled by value, with fresh globals for every task.
    """
    import khulasa
    engine = getattr(khulasa, "_dask_engine", None)
    if engine is None:
        engine = khulasa.Engine()
        khulasa._dask_engine = engine
    return engine


def summarize_partition(lines, first_line, bullets, input_format):
    """Maps a partition of JSONL lines to output lines (no newlines).

    Lines are the raw bytes of the input (decoded with surrogateescape), so
    invalid UTF-8 reaches the engine and is reported there as it is by
    `khulasa batch`. Every line is a record, blank ones too; `first_line` is
    the input line number of the first one.
    """
    engine = _engine()
    out = []
    for number, line in enumerate(lines, start=first_line):
        data = line.encode("utf-8", "surrogateescape")
        if data.endswith(b"\n"):
            data = data[:-1]
        if data.endswith(b"\r"):
            data = data[:-1]
        out.append(engine.summarize_record(data, bullets=bullets,
                                           format=input_format,
                                           line_number=number))
    return out


def summarize_archive(client, input_path, output_path, bullets=3,
                      input_format="auto", blocksize="16MiB"):
    """Summarizes input_path on the cluster of `client` into output_path.

    Returns the number of records written. Partitions run in parallel; at
    most a few partitions' results wait on the client at a time.
    """
    bag = db.read_text(input_path, blocksize=blocksize, encoding="utf-8",
                       errors="surrogateescape", linedelimiter="\n")
    # Error lines carry their input line number: each partition starts
    # after the lines of those before it. The counts share each partition's
    # read with its summaries, so the archive is still read once.
    parts = []
    first_line = 1
    for part in bag.to_delayed():
        parts.append(dask.delayed(summarize_partition)(
            part, first_line, bullets, input_format))
        first_line = dask.delayed(operator.add)(first_line,
                                                dask.delayed(len)(part))
    futures = client.compute(parts)
    written = 0
    with open(output_path, "w", encoding="utf-8", errors="surrogateescape") as out:
        for i, future in enumerate(futures):
            for line in future.result():
                out.write(line)
                out.write("\n")
                written += 1
            futures[i] = None  # let the cluster drop the partition
            future.release()
    return written


def _find_module():
    """Makes `import khulasa` work here and in local workers.

    An installed module (pip install ., make install) is used as it is.
    Otherwise the one built in this checkout (build/python) is put on
    sys.path and PYTHONPATH, which the LocalCluster's worker processes
    inherit; workers of a remote cluster need the module installed.
    Returns an error message, or None.
    """
    if importlib.util.find_spec("khulasa") is not None:
        return None
    built = pathlib.Path(__file__).resolve().parent.parent / "build" / "python"
    if any(built.glob("khulasa*.so")):
        sys.path.insert(0, str(built))
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(built), os.environ.get("PYTHONPATH")) if p)
        return None
    return ("the khulasa module is not installed and not built in %s: run "
            "`make` (or `pip install .`) first, or set PYTHONPATH to the "
            "folder holding khulasa*.so" % built)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSONL archive (path or URL workers can read)")
    parser.add_argument("-o", "--output", required=True, help="JSONL output")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running scheduler, "
                       "e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local-workers", type=int, default=2,
                       help="start a LocalCluster with this many worker "
                       "processes on loopback (default 2)")
    parser.add_argument("--bullets", type=int, default=3)
    parser.add_argument("--format", default="auto",
                        choices=["auto", "scraped", "text", "json", "html"])
    parser.add_argument("--blocksize", default="16MiB",
                        help="bytes of input per partition")
    args = parser.parse_args(argv)
    missing = _find_module()
    if missing is not None:
        print("dask_summarize: " + missing, file=sys.stderr)
        return 1
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.local_workers,
                               threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        written = summarize_archive(client, args.input, args.output,
                                    args.bullets, args.format, args.blocksize)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print("dask_summarize: %d records -> %s" % (written, args.output),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""examples/dask_summarize.py on a LocalCluster of 2 worker processes on
loopback gives the same output as single-process `khulasa batch`, on the
shared summarization sets ($KHULASA_SHARED_DIR/data/summarization)."""

import os
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ.get(
    "KHULASA_SOURCE_DIR",
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BINARY_DIR = os.environ.get("KHULASA_BINARY_DIR", "")
SHARED_DIR = os.environ.get("KHULASA_SHARED_DIR", "")
SETS = ["easc.jsonl", "argen_ntg_sample.jsonl"]


def have_dask():
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


@unittest.skipUnless(have_dask(), "python3-dask / python3-distributed not installed")
class DaskSummarizeTest(unittest.TestCase):
    def setUp(self):
        data = os.path.join(SHARED_DIR, "data", "summarization")
        if not SHARED_DIR or not os.path.isdir(data):
            self.skipTest("KHULASA_SHARED_DIR/data/summarization not found")
        self.inputs = [os.path.join(data, name) for name in SETS]
        self.binary = os.path.join(BINARY_DIR, "tools", "khulasa", "khulasa")
        if not os.path.exists(self.binary):
            self.skipTest("khulasa binary not built")
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def test_cluster_output_equals_khulasa_batch(self):
        # Both sets in one archive, with a blank line and a bad record, so
        # partition boundaries and error lines are covered too.
        archive = os.path.join(self.tmp.name, "archive.jsonl")
        with open(archive, "wb") as out:
            for path in self.inputs:
                with open(path, "rb") as f:
                    out.write(f.read())
            out.write(b"\n{not json\n")
        expected_path = os.path.join(self.tmp.name, "batch.jsonl")
        batch = subprocess.run([self.binary, "batch", archive, "-o",
                                expected_path, "--jobs", "2"])
        self.assertEqual(batch.returncode, 3)  # the blank and the bad line
        got_path = os.path.join(self.tmp.name, "dask.jsonl")
        script = os.path.join(SOURCE_DIR, "examples", "dask_summarize.py")
        run = subprocess.run(
            [sys.executable, script, archive, "-o", got_path,
             "--local-workers", "2", "--blocksize", "1MiB"],
            capture_output=True, text=True, timeout=600)
        self.assertEqual(run.returncode, 0, run.stderr[-3000:])
        with open(expected_path, "rb") as f:
            expected = f.read().splitlines()
        with open(got_path, "rb") as f:
            got = f.read().splitlines()
        self.assertEqual(len(expected), 1100 + 153 + 2)
        self.assertEqual(len(got), len(expected))
        for i, (a, b) in enumerate(zip(got, expected)):
            self.assertEqual(a, b, "record %d differs" % i)
        self.assertIn(b'"line":1254,"error"', expected[-2])
        self.assertIn(b'"line":1255,"error"', expected[-1])


@unittest.skipUnless(have_dask(), "python3-dask / python3-distributed not installed")
class DaskRecipeAsWrittenTest(unittest.TestCase):
    """The docs' command, /usr/bin/python3 examples/dask_summarize.py, from
    another folder and with no PYTHONPATH: the script finds the module built
    in the checkout (build/python) for itself and its local workers."""

    def test_runs_without_pythonpath(self):
        built = os.path.join(SOURCE_DIR, "build", "python")
        if not os.path.isdir(built) or not any(
                name.startswith("khulasa") and name.endswith(".so")
                for name in os.listdir(built)):
            self.skipTest("no module built in <checkout>/build/python")
        with tempfile.TemporaryDirectory() as tmp:
            archive = os.path.join(tmp, "archive.jsonl")
            with open(os.path.join(SOURCE_DIR, "examples", "heatwave.json"),
                      "rb") as f:
                record = f.read().replace(b"\n", b" ").strip()
            with open(archive, "wb") as out:
                out.write(record + b"\n")
            env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
            out_path = os.path.join(tmp, "out.jsonl")
            run = subprocess.run(
                ["/usr/bin/python3",
                 os.path.join(SOURCE_DIR, "examples", "dask_summarize.py"),
                 archive, "-o", out_path, "--local-workers", "1"],
                cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
            self.assertEqual(run.returncode, 0, run.stderr[-3000:])
            with open(out_path, encoding="utf-8") as f:
                self.assertIn('"bullets":[{"text"', f.read())


if __name__ == "__main__":
    unittest.main()

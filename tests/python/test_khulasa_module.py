"""Tests of the `khulasa` Python module (python/khulasa_module.cc).

Run by ctest (`make test`) with Debian's /usr/bin/python3 and PYTHONPATH set
to the built module; the example articles are composed for khulasa and live
in examples/.
"""

import json
import os
import subprocess
import threading
import time
import unittest

import khulasa

SOURCE_DIR = os.environ.get(
    "KHULASA_SOURCE_DIR",
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BINARY_DIR = os.environ.get("KHULASA_BINARY_DIR", "")


def example(name):
    with open(os.path.join(SOURCE_DIR, "examples", name), encoding="utf-8") as f:
        return f.read()


class SummarizeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = khulasa.Engine()

    def test_summarizes_a_scraped_article_into_quoted_bullets(self):
        text = example("heatwave.txt")
        result = self.engine.summarize(text, bullets=3)
        self.assertEqual(result["format"], "scraped")
        self.assertEqual(result["date"], "2026-07-22")
        self.assertTrue(result["title"])
        self.assertEqual(len(result["bullets"]), 3)
        self.assertEqual(len(result["site_summary"]), 3)
        data = text.encode("utf-8")
        for bullet in result["bullets"]:
            self.assertTrue(bullet["text"])
            self.assertTrue(bullet["sources"])
            for source in bullet["sources"]:
                begin, end = source["begin"], source["end"]
                self.assertLess(begin, end)
                self.assertLessEqual(end, len(data))
                # Each source quotes the article: its first word opens the
                # bullet or sits inside it.
                quoted = data[begin:end].decode("utf-8")
                self.assertIn(quoted.split()[0], bullet["text"])
        # The site's own bullets are never fed back as our summary.
        for bullet in result["bullets"]:
            self.assertNotIn(bullet["text"], result["site_summary"])

    def test_bullets_and_bytes_input(self):
        text = example("regional_summit.txt").encode("utf-8")
        one = self.engine.summarize(text, bullets=1)
        five = self.engine.summarize(text, bullets=5)
        self.assertEqual(len(one["bullets"]), 1)
        self.assertGreater(len(five["bullets"]), 3)

    def test_reads_json_and_html(self):
        result = self.engine.summarize(example("heatwave.json"), bullets=2)
        self.assertEqual(result["format"], "json")
        self.assertEqual(result["section"], "محليات")
        self.assertEqual(len(result["bullets"]), 2)
        paragraphs = [line for line in example("heatwave.json").splitlines()]
        body = json.loads("\n".join(paragraphs))["text"].split("\n")
        html = ("<html><head><title>حر</title></head><body><article>" +
                "".join("<p>%s</p>" % p for p in body if p.strip()) +
                "</article></body></html>")
        from_html = self.engine.summarize(html, format="html")
        self.assertEqual(from_html["format"], "html")
        self.assertEqual(len(from_html["bullets"]), 3)

    def test_bad_input_raises_value_error(self):
        cases = [
            ("", {}),
            ("   \n ", {}),
            (b"\xd9\x82\xff\xfe", {}),
            (example("heatwave.txt"), {"bullets": 0}),
            (example("heatwave.txt"), {"bullets": 11}),
            (example("heatwave.txt"), {"format": "pdf"}),
        ]
        for text, kwargs in cases:
            with self.subTest(text=text[:10], kwargs=kwargs):
                with self.assertRaises(ValueError):
                    self.engine.summarize(text, **kwargs)

    def test_lenient_repairs_invalid_utf8(self):
        text = example("heatwave.txt").encode("utf-8") + b"\xff"
        with self.assertRaises(ValueError) as raised:
            self.engine.summarize(text)
        self.assertIn("UTF-8", str(raised.exception))
        self.assertEqual(len(self.engine.summarize(text, lenient=True)["bullets"]), 3)

    def test_reads_other_charsets_and_names_the_language(self):
        text = example("heatwave.txt")
        self.assertEqual(self.engine.summarize(text)["lang"], "ar")
        for charset in ("cp1256", "utf-16"):  # utf-16 writes a BOM
            with self.subTest(charset=charset):
                result = self.engine.summarize(text.encode(charset))
                self.assertEqual(result["lang"], "ar")
                self.assertNotIn("\ufffd", result["bullets"][0]["text"])
        named = self.engine.summarize(text.encode("utf-16-le"), charset="utf-16le")
        self.assertEqual(len(named["bullets"]), 3)

    def test_refuses_other_languages_unless_forced(self):
        with open(os.path.join(SOURCE_DIR, "src", "article", "testdata",
                               "persian_article.txt"), encoding="utf-8") as f:
            persian = f.read()
        with self.assertRaises(ValueError) as raised:
            self.engine.summarize(persian)
        self.assertIn("Persian", str(raised.exception))
        self.assertEqual(self.engine.summarize(persian, force=True)["lang"], "fa")

    def test_missing_model_raises_file_not_found(self):
        with self.assertRaises(FileNotFoundError):
            khulasa.Engine(summary_model_path="/nonexistent/ranker.txt")


class SummarizeRecordTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = khulasa.Engine()

    def test_writes_the_batch_output_line(self):
        record = json.loads(example("heatwave.json"))
        record["id"] = "heat-1"
        line = self.engine.summarize_record(json.dumps(record, ensure_ascii=False))
        out = json.loads(line)
        self.assertEqual(
            list(out),
            ["id", "title", "date", "section", "url", "authors", "dateline",
             "lang", "bullets"])
        self.assertEqual(out["id"], "heat-1")
        self.assertEqual(out["date"], "2026-07-22")
        self.assertEqual(len(out["bullets"]), 3)
        self.assertEqual(list(out["bullets"][0]["sources"][0]), ["begin", "end"])
        # summarize() gives the same object (and its input format).
        same = self.engine.summarize(json.dumps(record, ensure_ascii=False))
        self.assertEqual(same.pop("format"), "json")
        del out["id"]
        self.assertEqual(same, out)

    def test_bad_records_give_error_lines(self):
        cases = [
            ("{not json", None, "INVALID_ARGUMENT"),
            ("[1, 2]", None, "INVALID_ARGUMENT"),
            ('{"id": 7}', 7, "INVALID_ARGUMENT"),
            ('{"id": "x", "text": 5}', "x", "INVALID_ARGUMENT"),
            ('{"id": "e", "text": ""}', "e", "INVALID_ARGUMENT"),
        ]
        for line, record_id, code in cases:
            with self.subTest(line=line):
                out = json.loads(self.engine.summarize_record(line))
                self.assertEqual(out["id"], record_id)
                self.assertNotIn("line", out)
                self.assertEqual(out["error"]["code"], code)
                self.assertTrue(out["error"]["message"])
                numbered = json.loads(
                    self.engine.summarize_record(line, line_number=41))
                self.assertEqual(numbered["line"], 41)

    @unittest.skipUnless(BINARY_DIR, "KHULASA_BINARY_DIR not set")
    def test_matches_khulasa_batch(self):
        binary = os.path.join(BINARY_DIR, "tools", "khulasa", "khulasa")
        if not os.path.exists(binary):
            self.skipTest("khulasa binary not built")
        records = [
            json.dumps({"id": 1, "text": json.loads(example("heatwave.json"))["text"]},
                       ensure_ascii=False),
            json.dumps({"id": 2, "scraped": example("solar_plant.txt")},
                       ensure_ascii=False),
            '{"id": 3, "html": "<p>no arabic here</p>"}',
            "{broken",
        ]
        batch = subprocess.run([binary, "batch", "-", "-o", "-", "--jobs", "2"],
                               input="\n".join(records).encode("utf-8"),
                               capture_output=True)
        self.assertEqual(batch.returncode, 3, batch.stderr)  # 2 bad records
        expected = batch.stdout.decode("utf-8").splitlines()
        got = [self.engine.summarize_record(line, line_number=i + 1)
               for i, line in enumerate(records)]
        self.assertEqual(got, expected)


class SpeechTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = khulasa.Engine()

    def test_speak_returns_an_audio_file(self):
        bullets = "\n".join(
            b["text"] for b in self.engine.summarize(example("heatwave.txt"))["bullets"])
        for fmt, magic in [("ogg", b"OggS"), ("wav", b"RIFF")]:
            with self.subTest(format=fmt):
                audio = self.engine.speak(bullets, format=fmt)
                self.assertIsInstance(audio, bytes)
                self.assertEqual(audio[:4], magic)
                self.assertGreater(len(audio), 10000)
        with self.assertRaises(ValueError):
            self.engine.speak("")
        with self.assertRaises(ValueError):
            self.engine.speak("نص", format="flac")

    def test_diacritize_adds_marks_and_keeps_letters(self):
        text = "أعلنت الحكومة حزمة إجراءات عاجلة"
        try:
            vowelled = self.engine.diacritize(text)
        except FileNotFoundError:
            self.skipTest("diacritizer model not available")
        marks = set(chr(c) for c in range(0x064B, 0x0653))
        self.assertGreater(sum(ch in marks for ch in vowelled), 10)
        self.assertEqual("".join(ch for ch in vowelled if ch not in marks), text)


class GilTest(unittest.TestCase):
    def test_other_python_threads_run_while_summarizing(self):
        engine = khulasa.Engine()
        # A long article (the JSON example's body 300 times): each call takes
        # tens of milliseconds.
        text = json.loads(example("heatwave.json"))["text"]
        long_text = "\n".join([text] * 300)
        calls = []

        def work():
            for _ in range(3):
                start = time.perf_counter()
                engine.summarize(long_text, format="text")
                calls.append((start, time.perf_counter()))

        worker = threading.Thread(target=work)
        ticks = []
        worker.start()
        while worker.is_alive():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)
        worker.join()
        # This thread can only take a tick while it holds the GIL: ticks in
        # the middle half of a call prove the call had released it (the
        # margins absorb the GIL hand-over around the recorded times).
        inside = sum(1 for t in ticks for start, end in calls
                     if start + (end - start) / 4 < t < end - (end - start) / 4)
        self.assertGreater(inside, 0, "no tick during %d calls of %.3fs" %
                           (len(calls), max(e - s for s, e in calls)))

    def test_threads_share_one_engine(self):
        engine = khulasa.Engine()
        text = example("heatwave.txt")
        expected = engine.summarize(text)
        results = []

        def work():
            for _ in range(5):
                results.append(engine.summarize(text))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(results), 20)
        for result in results:
            self.assertEqual(result, expected)


if __name__ == "__main__":
    unittest.main()

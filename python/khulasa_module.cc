// The `khulasa` Python module: the engine's summarizer, the batch record
// codec, speech and the diacritizer, with the GIL released while the C++
// code works (so Python threads summarize in parallel).
//
//   import khulasa
//   engine = khulasa.Engine()
//   result = engine.summarize(text_or_html, bullets=3)
//   for bullet in result["bullets"]: print(bullet["text"])
//
// Errors raise: ValueError for bad input or options (kInvalidArgument,
// kResourceExhausted), FileNotFoundError for a missing model (kNotFound),
// RuntimeError for anything else; the message is the engine's.
#include <pybind11/pybind11.h>

#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"
#include "khulasa/engine.h"
#include "khulasa/speech.h"
#include "khulasa/summary.h"
#include "src/base/model_path.h"
#include "src/speech/diacritizer.h"
#include "tools/batch/bullets_json.h"
#include "tools/batch/summarize_record.h"

namespace py = pybind11;

namespace khulasa::python {
namespace {

[[noreturn]] void Raise(const absl::Status& status) {
  const std::string message(status.message());
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kResourceExhausted:
      throw py::value_error(message);
    case absl::StatusCode::kNotFound:
      PyErr_SetString(PyExc_FileNotFoundError, message.c_str());
      throw py::error_already_set();
    default:
      throw std::runtime_error(message);
  }
}

InputFormat FormatFromName(const std::string& name) {
  InputFormat format = InputFormat::kAuto;
  if (!ParseInputFormat(name, &format)) {
    throw py::value_error("unknown format " + name +
                          "; use auto, scraped, text, json or html");
  }
  return format;
}

AudioFormat AudioFromName(const std::string& name) {
  for (AudioFormat format :
       {AudioFormat::kOgg, AudioFormat::kMp3, AudioFormat::kWav}) {
    if (AudioFormatName(format) == name) return format;
  }
  throw py::value_error("unknown audio format " + name +
                        "; use ogg, mp3 or wav");
}

SummaryOptions MakeSummaryOptions(int bullets, int max_words) {
  SummaryOptions options;
  options.bullets = bullets;
  options.max_words = max_words;
  return options;
}

// The object `khulasa summarize --format json` and batch print
// (batch::AddSummaryJson: the one builder), plus "format", as Python
// objects: sources are {"begin", "end"} dicts as everywhere else.
py::object SummaryDict(const SummarizedArticle& result) {
  nlohmann::ordered_json out;
  batch::AddSummaryJson(result, &out);
  out["format"] = std::string(InputFormatName(result.article.format));
  static py::object* const loads =
      new py::object(py::module_::import("json").attr("loads"));
  return (*loads)(out.dump(-1, ' ', false,
                           nlohmann::ordered_json::error_handler_t::replace));
}

// Owns the engine, and the diacritizer once diacritize() first needs it.
class PyEngine {
 public:
  explicit PyEngine(const std::string& summary_model_path) {
    EngineOptions options;
    options.summary_model_path = summary_model_path;
    absl::StatusOr<std::unique_ptr<Engine>> engine;
    {
      py::gil_scoped_release release;
      engine = Engine::Create(options);
    }
    if (!engine.ok()) Raise(engine.status());
    engine_ = std::move(*engine);
  }

  py::object Summarize(const std::string& text, int bullets, int max_words,
                       const std::string& format, bool lenient,
                       const std::string& charset, bool force) const {
    ReadOptions read;
    read.format = FormatFromName(format);
    read.lenient = lenient;
    read.charset = charset;
    read.force = force;
    const SummaryOptions options = MakeSummaryOptions(bullets, max_words);
    absl::StatusOr<SummarizedArticle> result;
    {
      py::gil_scoped_release release;
      result = engine_->Summarize(text, read, options);
    }
    if (!result.ok()) Raise(result.status());
    return SummaryDict(*result);
  }

  std::string SummarizeRecord(const std::string& line, int bullets,
                              int max_words, const std::string& format,
                              bool lenient, uint64_t line_number) const {
    batch::RecordOptions options;
    options.read.format = FormatFromName(format);
    options.read.lenient = lenient;
    options.summary = MakeSummaryOptions(bullets, max_words);
    py::gil_scoped_release release;
    return batch::SummarizeJsonLine(*engine_, line, options, line_number).line;
  }

  py::bytes Speak(const std::string& text, const std::string& format,
                  int rate_wpm) const {
    SpeechOptions options;
    options.format = AudioFromName(format);
    options.rate_wpm = rate_wpm;
    absl::StatusOr<SpeechResult> speech;
    {
      py::gil_scoped_release release;
      speech = SpeakText(text, options);
    }
    if (!speech.ok()) Raise(speech.status());
    return py::bytes(speech->audio);
  }

  std::string Diacritize(const std::string& text) const {
    absl::StatusOr<std::string> vowelled;
    {
      py::gil_scoped_release release;
      std::call_once(diacritizer_once_, [this] {
        absl::StatusOr<std::unique_ptr<speech::Diacritizer>> loaded =
            speech::Diacritizer::Load(base::ModelPath("diacritizer.bin"));
        if (loaded.ok()) {
          diacritizer_ = std::move(*loaded);
        } else {
          diacritizer_status_ = loaded.status();
        }
      });
      if (diacritizer_ == nullptr) {
        vowelled = diacritizer_status_;
      } else {
        vowelled = diacritizer_->Diacritize(text);
      }
    }
    if (!vowelled.ok()) Raise(vowelled.status());
    return *std::move(vowelled);
  }

 private:
  std::unique_ptr<Engine> engine_;
  mutable std::once_flag diacritizer_once_;
  mutable std::unique_ptr<speech::Diacritizer> diacritizer_;
  mutable absl::Status diacritizer_status_;
};

}  // namespace
}  // namespace khulasa::python

PYBIND11_MODULE(khulasa, m) {
  using khulasa::python::PyEngine;
  m.doc() = "khulasa: key-point summaries of Arabic news articles, spoken.";
  m.attr("MIN_BULLETS") = khulasa::kMinBullets;
  m.attr("MAX_BULLETS") = khulasa::kMaxBullets;
  py::class_<PyEngine>(m, "Engine",
                       "The summarizer, loaded once; its methods may be "
                       "called from many threads at once.")
      .def(py::init<const std::string&>(), py::arg("summary_model_path") = "",
           "Loads the models ($KHULASA_MODEL_DIR or the committed ones).")
      .def("summarize", &PyEngine::Summarize, py::arg("text"),
           py::arg("bullets") = 3, py::arg("max_words") = 0,
           py::arg("format") = "auto", py::arg("lenient") = false,
           py::arg("charset") = "", py::arg("force") = false,
           "Summarizes an article (str, or bytes in any charset the reader "
           "detects or `charset` names: plain or scraped text, JSON or HTML) "
           "into {title, date, section, url, lang, bullets: [{text, "
           "sources: [(begin, end)]}], site_summary, format}. Text that is "
           "not Arabic raises ValueError unless force.")
      .def("summarize_record", &PyEngine::SummarizeRecord, py::arg("line"),
           py::arg("bullets") = 3, py::arg("max_words") = 0,
           py::arg("format") = "auto", py::arg("lenient") = false,
           py::arg("line_number") = 0,
           "Summarizes one JSONL record {id, text|html|scraped} into the "
           "output line `khulasa batch` writes for it (no newline) when "
           "line_number is its 1-based line in the input; a bad or blank "
           "record gives an {id, line, error} line (no \"line\" when "
           "line_number is 0), never an exception.")
      .def("speak", &PyEngine::Speak, py::arg("text"),
           py::arg("format") = "ogg", py::arg("rate_wpm") = 150,
           "Speaks text (one bullet per line) and returns the audio file.")
      .def("diacritize", &PyEngine::Diacritize, py::arg("text"),
           "Returns the text with short vowels, shadda and sukun restored.");
}

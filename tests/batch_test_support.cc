#include "tests/batch_test_support.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "absl/strings/str_split.h"
#include <nlohmann/json.hpp>

#include "tests/cli_process.h"

namespace khulasa::testing {

using Json = nlohmann::json;

std::string Example(const std::string& name) {
  return ReadTestFile(SourceDir() + "/examples/" + name);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines = absl::StrSplit(text, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::string ExampleRecord(const std::string& id, int i) {
  static const std::string* const kScraped =
      new std::string[3]{Example("heatwave.txt"), Example("solar_plant.txt"),
                         Example("regional_summit.txt")};
  static const Json* const kJsonArticle =
      new Json(Json::parse(Example("heatwave.json")));
  Json record;
  record["id"] = Json::parse(id);
  if (i % 4 == 3) {
    record["text"] = (*kJsonArticle)["text"];
    record["title"] = (*kJsonArticle)["title"];
    record["date"] = (*kJsonArticle)["date"];
  } else {
    record["scraped"] = kScraped[i % 3];
  }
  return record.dump();
}

std::string ExampleArchive(int count) {
  std::string archive;
  for (int i = 0; i < count; ++i) {
    archive += ExampleRecord(std::to_string(i), i) + "\n";
  }
  return archive;
}

pid_t StartKhulasa(const std::vector<std::string>& args) {
  const std::string binary = KhulasaBinary();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(binary.c_str()));
  for (const std::string& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

bool KillNineWhen(pid_t pid, const std::function<bool()>& ready, int polls) {
  int status = 0;
  for (int i = 0; i < polls && !ready(); ++i) {
    if (waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

off_t FileSize(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 ? info.st_size : 0;
}

}  // namespace khulasa::testing

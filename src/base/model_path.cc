#include "src/base/model_path.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace khulasa::base {
namespace {

// The folder of the executable or shared module that holds this function
// (dladdr), or "" when unknown.
std::string BinaryDir() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<const void*>(&BinaryDir), &info) == 0 ||
      info.dli_fname == nullptr) {
    return "";
  }
  std::error_code ec;
  std::filesystem::path path =
      std::filesystem::weakly_canonical(info.dli_fname, ec);
  if (ec) return "";
  return path.parent_path().string();
}

}  // namespace

namespace internal {

std::string ChooseModelDir(std::string_view env, std::string_view binary_dir,
                           std::string_view source_dir) {
  if (!env.empty()) return std::string(env);
  if (!binary_dir.empty()) {
    const std::filesystem::path installed = std::filesystem::path(binary_dir) /
                                            ".." / "share" / "khulasa" /
                                            "models";
    std::error_code ec;
    if (std::filesystem::is_regular_file(installed / "summary_ranker.txt",
                                         ec)) {
      return installed.lexically_normal().string();
    }
  }
  return std::string(source_dir);
}

}  // namespace internal

std::string ModelDir() {
  const char* env = std::getenv("KHULASA_MODEL_DIR");
  static const std::string* const binary_dir = new std::string(BinaryDir());
  return internal::ChooseModelDir(env != nullptr ? env : "", *binary_dir,
                                  KHULASA_DEFAULT_MODEL_DIR);
}

std::string ModelPath(std::string_view file_name) {
  return ModelDir() + "/" + std::string(file_name);
}

}  // namespace khulasa::base

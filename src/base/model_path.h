// Where trained model files are found, first match wins:
//   1. $KHULASA_MODEL_DIR, when set (an explicit choice overrides the rest);
//   2. an installed copy beside the program or module that holds this code:
//      <its folder>/../share/khulasa/models (`make install`, a wheel);
//   3. the models/ folder of the source tree it was built from.
#ifndef KHULASA_SRC_BASE_MODEL_PATH_H_
#define KHULASA_SRC_BASE_MODEL_PATH_H_

#include <string>
#include <string_view>

namespace khulasa::base {

// The folder holding the committed model files (no trailing slash).
std::string ModelDir();

// ModelDir() + "/" + file_name.
std::string ModelPath(std::string_view file_name);

namespace internal {

// ModelDir()'s choice, given its inputs: `env` ($KHULASA_MODEL_DIR, or
// empty), `binary_dir` (the folder of the program or module, or empty) and
// `source_dir` (the build's models/ folder). An installed folder counts only
// when it holds summary_ranker.txt.
std::string ChooseModelDir(std::string_view env, std::string_view binary_dir,
                           std::string_view source_dir);

}  // namespace internal
}  // namespace khulasa::base

#endif  // KHULASA_SRC_BASE_MODEL_PATH_H_

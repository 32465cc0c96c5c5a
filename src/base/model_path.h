// Where trained model files are found: $KHULASA_MODEL_DIR when set, else the
// models/ folder of the source tree the binary was built from.
#ifndef KHULASA_SRC_BASE_MODEL_PATH_H_
#define KHULASA_SRC_BASE_MODEL_PATH_H_

#include <string>
#include <string_view>

namespace khulasa::base {

// The folder holding the committed model files (no trailing slash).
std::string ModelDir();

// ModelDir() + "/" + file_name.
std::string ModelPath(std::string_view file_name);

}  // namespace khulasa::base

#endif  // KHULASA_SRC_BASE_MODEL_PATH_H_

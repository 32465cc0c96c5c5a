#include "src/base/model_path.h"

#include <cstdlib>
#include <string>

namespace khulasa::base {

std::string ModelDir() {
  const char* dir = std::getenv("KHULASA_MODEL_DIR");
  if (dir != nullptr && dir[0] != '\0') return dir;
  return KHULASA_DEFAULT_MODEL_DIR;
}

std::string ModelPath(std::string_view file_name) {
  return ModelDir() + "/" + std::string(file_name);
}

}  // namespace khulasa::base

#include "src/base/model_path.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::base {
namespace {

using internal::ChooseModelDir;

TEST(ModelPathTest, EnvironmentThenInstalledCopyThenSourceTree) {
  const std::filesystem::path root =
      std::filesystem::path(::testing::TempDir()) / "model_path_prefix";
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root / "bin");
  const std::string bin = (root / "bin").string();
  // No installed copy: the source tree.
  EXPECT_EQ(ChooseModelDir("", bin, "/src/models"), "/src/models");
  EXPECT_EQ(ChooseModelDir("", "", "/src/models"), "/src/models");
  // An installed copy beside the binary: <prefix>/share/khulasa/models.
  const std::filesystem::path installed = root / "share" / "khulasa" / "models";
  std::filesystem::create_directories(installed);
  EXPECT_EQ(ChooseModelDir("", bin, "/src/models"), "/src/models")
      << "a folder without the ranker model does not count";
  std::ofstream(installed / "summary_ranker.txt") << "x";
  EXPECT_EQ(ChooseModelDir("", bin, "/src/models"),
            installed.lexically_normal().string());
  // $KHULASA_MODEL_DIR wins over both.
  EXPECT_EQ(ChooseModelDir("/mine", bin, "/src/models"), "/mine");
}

TEST(ModelPathTest, ModelPathJoinsTheFolderAndTheName) {
  const std::string path = ModelPath("summary_ranker.txt");
  EXPECT_EQ(path.substr(path.size() - 19), "/summary_ranker.txt");
}

}  // namespace
}  // namespace khulasa::base

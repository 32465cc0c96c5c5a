// Test-only helpers for the encoding and language tests: the composed test
// texts in src/article/testdata/ and an ICU converter to make inputs in
// other charsets at test time.
#ifndef KHULASA_SRC_ARTICLE_ENCODING_TEST_SUPPORT_H_
#define KHULASA_SRC_ARTICLE_ENCODING_TEST_SUPPORT_H_

#include <unicode/ucnv.h>

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"

#include "src/base/file_reader.h"

namespace khulasa::article::testing {

// src/article/testdata/<name>; "" (and a test failure) when missing.
inline std::string TestData(const std::string& name) {
  absl::StatusOr<std::string> text = base::ReadFileOrStdin(
      std::string(KHULASA_TEST_SOURCE_DIR) + "/src/article/testdata/" + name,
      1 << 20);
  EXPECT_TRUE(text.ok()) << text.status();
  return text.ok() ? *text : "";
}

// `bytes` in charset `from` converted to charset `to` (ICU names).
inline std::string Convert(std::string_view bytes, const char* to,
                           const char* from) {
  std::string out(bytes.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n =
      ucnv_convert(to, from, out.data(), static_cast<int32_t>(out.size()),
                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(U_SUCCESS(status) ? static_cast<size_t>(n) : 0);
  return out;
}

// UTF-8 text in `charset`.
inline std::string Encode(std::string_view utf8, const char* charset) {
  return Convert(utf8, charset, "UTF-8");
}

// UTF-8 read as `charset` and written as UTF-8 again (mojibake).
inline std::string DoubleEncode(std::string_view utf8, const char* charset) {
  return Convert(utf8, "UTF-8", charset);
}

}  // namespace khulasa::article::testing

#endif  // KHULASA_SRC_ARTICLE_ENCODING_TEST_SUPPORT_H_

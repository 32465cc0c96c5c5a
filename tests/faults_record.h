// The records tests/faults_store_writer.cc writes and tests/faults_test.cc
// checks: ids and bodies both sides compute from the record number alone.
#ifndef KHULASA_TESTS_FAULTS_RECORD_H_
#define KHULASA_TESTS_FAULTS_RECORD_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace khulasa::testing {

// "rec-N".
inline std::string FaultsRecordId(int64_t n) {
  return "rec-" + std::to_string(n);
}

// A JSON article body of about `bytes` bytes that differs for every n, so a
// record torn or swapped with another one is noticed.
inline std::string FaultsRecordBody(int64_t n, size_t bytes) {
  std::string body = "{\"n\":" + std::to_string(n) + ",\"pad\":\"";
  uint64_t state = static_cast<uint64_t>(n) * 0x9e3779b97f4a7c15ull + 1;
  while (body.size() + 2 < bytes) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    body.push_back(static_cast<char>('a' + state % 26));
  }
  return body + "\"}";
}

}  // namespace khulasa::testing

#endif  // KHULASA_TESTS_FAULTS_RECORD_H_

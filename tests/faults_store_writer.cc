// A child process for tests/faults_test.cc: writes records to a store one
// commit at a time and reports each on stdout ("committed rec-N", flushed)
// once its write returned, so that the test knows what was committed when
// it kills the process or the disk fills up.
//
//   khulasa_faults_store_writer DB FIRST COUNT PAYLOAD_BYTES
//
// Record N is the article "rec-N" with body FaultsRecordBody(N, bytes);
// every fourth also gets a spoken-summary blob. Exit 0 when all COUNT were
// written, 1 with "khulasa_faults_store_writer: <error>" on stderr at the
// first failure, 2 on bad arguments.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "src/store/store.h"
#include "tests/faults_record.h"

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr,
                 "usage: khulasa_faults_store_writer DB FIRST COUNT "
                 "PAYLOAD_BYTES\n");
    return 2;
  }
  const int64_t first = std::atoll(argv[2]);
  const int64_t count = std::atoll(argv[3]);
  const size_t bytes = static_cast<size_t>(std::atoll(argv[4]));
  khulasa::store::StoreOptions options;
  options.path = argv[1];
  auto store = khulasa::store::Store::Open(options);
  if (!store.ok()) {
    std::fprintf(stderr, "khulasa_faults_store_writer: %s\n",
                 std::string(store.status().message()).c_str());
    return 1;
  }
  for (int64_t n = first; n < first + count; ++n) {
    const std::string id = khulasa::testing::FaultsRecordId(n);
    const std::string body = khulasa::testing::FaultsRecordBody(n, bytes);
    absl::Status status = (*store)->PutArticle(id, body);
    if (status.ok() && n % 4 == 0) {
      status = (*store)->PutAudio(id, "wav", {body, "[]"});
    }
    if (!status.ok()) {
      std::fprintf(stderr, "khulasa_faults_store_writer: %s\n",
                   std::string(status.message()).c_str());
      return 1;
    }
    std::printf("committed %s\n", id.c_str());
    std::fflush(stdout);
  }
  return 0;
}

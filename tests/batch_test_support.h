// What the tests that run `khulasa batch` share: the composed example
// articles as JSONL records, output split into lines, a run to kill.
#ifndef KHULASA_TESTS_BATCH_TEST_SUPPORT_H_
#define KHULASA_TESTS_BATCH_TEST_SUPPORT_H_

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

namespace khulasa::testing {

// The bytes of examples/<name>.
std::string Example(const std::string& name);

// `text` split at '\n', without the empty piece after a final '\n'.
std::vector<std::string> Lines(const std::string& text);

// `count` records cycling through the composed example articles in every
// record form the batch reader accepts (scraped text, and every fourth a
// JSON "text" with title and date); ids are 0..count-1.
std::string ExampleArchive(int count);

// One such record, with the id `id` (any JSON text) and the i-th article.
std::string ExampleRecord(const std::string& id, int i);

// Starts `KhulasaBinary() args...` in a child process (stdout and stderr
// inherited) and returns its pid, for tests that kill it.
pid_t StartKhulasa(const std::vector<std::string>& args);

// Polls every 5 ms, `polls` times at most, until `ready()`, then SIGKILLs
// the child `pid` and reaps it: true. False, without a kill, when the child
// exited first (it is reaped too).
bool KillNineWhen(pid_t pid, const std::function<bool()>& ready, int polls);

// The size of the file at `path`, 0 when it does not exist.
off_t FileSize(const std::string& path);

}  // namespace khulasa::testing

#endif  // KHULASA_TESTS_BATCH_TEST_SUPPORT_H_

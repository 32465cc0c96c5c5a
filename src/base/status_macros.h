// Macros that pass an absl::Status up the call stack.
#ifndef KHULASA_SRC_BASE_STATUS_MACROS_H_
#define KHULASA_SRC_BASE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

// Returns from the enclosing function when `expr` is not OK.
#define KHULASA_RETURN_IF_ERROR(expr)                  \
  do {                                                 \
    ::absl::Status khulasa_status_ = (expr);           \
    if (!khulasa_status_.ok()) return khulasa_status_; \
  } while (0)

#define KHULASA_STATUS_CONCAT_INNER_(a, b) a##b
#define KHULASA_STATUS_CONCAT_(a, b) KHULASA_STATUS_CONCAT_INNER_(a, b)

// `KHULASA_ASSIGN_OR_RETURN(auto x, MakeX());` declares or assigns `x` from a
// StatusOr, returning its status from the enclosing function on error.
#define KHULASA_ASSIGN_OR_RETURN(lhs, expr) \
  KHULASA_ASSIGN_OR_RETURN_IMPL_(           \
      KHULASA_STATUS_CONCAT_(khulasa_statusor_, __LINE__), lhs, expr)
#define KHULASA_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                   \
  if (!statusor.ok()) return std::move(statusor).status();  \
  lhs = std::move(statusor).value()

#endif  // KHULASA_SRC_BASE_STATUS_MACROS_H_

// Checks a parsed framework for problems that YAML types cannot catch:
// duplicate ids, references to unknown nodes, scales and attribute sets,
// scales with gaps or overlaps, dependencies between non-processes and
// dependency cycles. Returns every problem, each located where it was written.
#pragma once

#include <vector>

#include "base/error.h"
#include "core/framework.h"

namespace candor {

std::vector<Error> validate_framework(const Framework& framework);

}  // namespace candor

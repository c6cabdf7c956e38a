// Splits a CSV body into byte ranges that start and end on record boundaries,
// so threads can parse them independently. A newline ends a record only
// outside quotes; whether a position is inside quotes follows from the parity
// of the quotes before it, which is counted for all pieces in parallel.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace candor::ops {

class InputBuffer;

// Ranges [begin, end) covering [body_start, input.size()) in order; empty
// ranges are dropped. `pieces` is the number of ranges wanted, fewer when
// pieces would be smaller than min_piece_bytes.
std::vector<std::pair<std::size_t, std::size_t>> split_at_records(const InputBuffer& input, std::size_t body_start,
                                                                  std::size_t pieces, unsigned threads,
                                                                  std::size_t min_piece_bytes = 4096);

}  // namespace candor::ops

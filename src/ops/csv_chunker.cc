#include "ops/csv_chunker.h"

#include <cstring>
#include <thread>

#include "ops/input_buffer.h"

namespace candor::ops {
namespace {

std::size_t count_quotes(const char* data, std::size_t begin, std::size_t end) {
  std::size_t count = 0;
  const char* p = data + begin;
  const char* stop = data + end;
  while (p < stop) {
    const void* hit = std::memchr(p, '"', static_cast<std::size_t>(stop - p));
    if (!hit) break;
    ++count;
    p = static_cast<const char*>(hit) + 1;
  }
  return count;
}

// The first record boundary at or after `position`, given whether `position`
// is inside quotes.
std::size_t next_boundary(const char* data, std::size_t size, std::size_t position, bool inside) {
  if (!inside && position > 0 && data[position - 1] == '\n') return position;
  for (std::size_t i = position; i < size; ++i) {
    if (data[i] == '"') inside = !inside;
    else if (data[i] == '\n' && !inside) return i + 1;
  }
  return size;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> split_at_records(const InputBuffer& input, std::size_t body_start,
                                                                  std::size_t pieces, unsigned threads,
                                                                  std::size_t min_piece_bytes) {
  const std::size_t size = input.size();
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  if (body_start >= size) return ranges;
  const std::size_t length = size - body_start;
  min_piece_bytes = std::max<std::size_t>(1, min_piece_bytes);
  if (pieces < 1 || length < pieces * min_piece_bytes) pieces = std::max<std::size_t>(1, length / min_piece_bytes);
  std::vector<std::size_t> nominal(pieces + 1);
  for (std::size_t i = 0; i <= pieces; ++i) nominal[i] = body_start + length / pieces * i;
  nominal[pieces] = size;

  // Quotes per piece, counted in parallel; pages are released behind.
  std::vector<std::size_t> quotes(pieces, 0);
  std::vector<std::thread> workers;
  const unsigned worker_count = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(pieces)));
  for (unsigned w = 0; w < worker_count; ++w) {
    workers.emplace_back([&, w] {
      for (std::size_t i = w; i < pieces; i += worker_count) {
        quotes[i] = count_quotes(input.data(), nominal[i], nominal[i + 1]);
        input.release(nominal[i], nominal[i + 1]);
      }
    });
  }
  for (auto& worker : workers) worker.join();

  std::size_t previous = body_start;
  std::size_t quotes_before = 0;
  for (std::size_t i = 1; i <= pieces; ++i) {
    quotes_before += quotes[i - 1];
    std::size_t boundary = i == pieces ? size : next_boundary(input.data(), size, nominal[i], quotes_before % 2 == 1);
    if (boundary < previous) boundary = previous;
    if (boundary > previous) ranges.emplace_back(previous, boundary);
    previous = boundary;
  }
  return ranges;
}

}  // namespace candor::ops

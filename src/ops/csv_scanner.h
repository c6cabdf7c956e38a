// The CSV reader's inner loop (RFC 4180): splits a byte range into records
// and fields without copying. Fields are views into the input; a quoted field
// keeps its quotes (field_value() strips and unescapes them). Any delimiter;
// CRLF or LF line ends; quoted fields may hold delimiters, quotes ("") and
// line breaks. Structural bytes are found 64 at a time with SSE2 masks.
//
// Quote handling is by parity: every quote toggles "inside quotes". That is
// exactly RFC 4180 for well-formed input, and it is what lets the chunker
// find record boundaries for parallel parsing by counting quotes alone. A
// quote that opens in the middle of a field, or text after a closing quote,
// marks the record malformed (it is reported as a bad row, never guessed at).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace candor::ops {

struct FieldSpan {
  const char* begin;
  std::uint32_t size;
};

// One record as the scanner saw it.
struct CsvRecord {
  const FieldSpan* fields;
  std::uint32_t field_count;   // fields found (may exceed the stored ones)
  std::uint32_t stored_count;  // fields stored in `fields`
  std::uint64_t line;          // 1-based physical line of its first byte, counted from the range start
  std::size_t offset;          // byte offset of its first byte in the input
  bool malformed_quotes;       // a stray quote or text after a closing quote
  bool unterminated_quote;     // the range ended inside quotes
  bool invalid_utf8 = false;   // set by callers that validate
  std::size_t end_offset;      // one past its last byte (line end included)
  bool invalid_json = false;   // JSON Lines: the line is not a JSON object
};

struct ScanTotals {
  std::uint64_t newlines = 0;
  std::uint64_t records = 0;
  // XES only: damaged structure stops the scan (see xes_scanner.h).
  std::string error;
  std::uint64_t error_line = 0;
};

// The value of a field: quotes stripped and "" unescaped (into scratch when
// needed). Only valid until the next call with the same scratch.
[[gnu::noinline]] inline std::string_view quoted_value(const FieldSpan& field, std::string& scratch) {
  std::string_view inner(field.begin + 1, field.size - 2);
  if (inner.find('"') == std::string_view::npos) return inner;
  scratch.clear();
  for (std::size_t i = 0; i < inner.size(); ++i) {
    scratch.push_back(inner[i]);
    if (inner[i] == '"' && i + 1 < inner.size() && inner[i + 1] == '"') ++i;
  }
  return scratch;
}

// (Read a dozen times a row: the unquoted case must inline.)
[[gnu::always_inline]] inline std::string_view field_value(const FieldSpan& field, std::string& scratch) {
  if (field.size >= 2 && field.begin[0] == '"' && field.begin[field.size - 1] == '"') return quoted_value(field, scratch);
  return {field.begin, field.size};
}

// A 64-bit mask of the bytes in block[0..64) equal to a, b or c.
inline std::uint64_t structural_mask(const char* block, char a, char b, char c) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  std::uint64_t mask = 0;
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc));
    mask |= static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(hit))) << (16 * i);
  }
  return mask;
#else
  std::uint64_t mask = 0;
  for (int i = 0; i < 64; ++i) {
    const char ch = block[i];
    if (ch == a || ch == b || ch == c) mask |= std::uint64_t(1) << i;
  }
  return mask;
#endif
}

// Scans data[begin, end), which must start at a record boundary, calling
// on_record(const CsvRecord&) for every non-blank record. At most max_fields
// field spans are stored per record (the count is still exact).
template <class OnRecord>
ScanTotals scan_csv(const char* data, std::size_t begin, std::size_t end, char delimiter,
                    std::size_t max_fields, OnRecord&& on_record) {
  ScanTotals totals;
  std::vector<FieldSpan> fields(max_fields + 1);
  std::uint32_t field_count = 0;
  std::size_t record_start = begin;
  std::size_t field_start = begin;
  std::uint64_t record_line = 1;
  bool in_quotes = false;
  bool malformed = false;

  auto end_field = [&](std::size_t field_end) {
    const char* first = data + field_start;
    const std::size_t size = field_end - field_start;
    if (size > 0 && first[0] == '"' && (size < 2 || first[size - 1] != '"')) malformed = true;
    if (field_count < max_fields) fields[field_count] = FieldSpan{first, static_cast<std::uint32_t>(size)};
    ++field_count;
  };
  auto end_record = [&](std::size_t record_end, std::size_t next_start, bool unterminated) {
    const bool blank = field_count == 1 && fields[0].size == 0;
    if (!blank || unterminated) {
      CsvRecord record{fields.data(), field_count, static_cast<std::uint32_t>(std::min<std::size_t>(field_count, max_fields)),
                       record_line, record_start, malformed, unterminated, false, next_start};
      ++totals.records;
      on_record(record);
    }
    field_count = 0;
    malformed = false;
    record_start = next_start;
    field_start = next_start;
    record_line = totals.newlines + 1;
    (void)record_end;
  };
  auto handle = [&](std::size_t position) {
    const char ch = data[position];
    if (ch == '"') {
      if (!in_quotes && position != field_start && data[position - 1] != '"') malformed = true;
      in_quotes = !in_quotes;
    } else if (ch == '\n') {
      ++totals.newlines;
      if (!in_quotes) {
        std::size_t field_end = position;
        if (field_end > field_start && data[field_end - 1] == '\r') --field_end;
        end_field(field_end);
        end_record(position, position + 1, false);
      }
    } else if (!in_quotes) {  // the delimiter
      end_field(position);
      field_start = position + 1;
    }
  };

  std::size_t position = begin;
  while (position + 64 <= end) {
    std::uint64_t mask = structural_mask(data + position, delimiter, '"', '\n');
    while (mask) {
      handle(position + static_cast<std::size_t>(__builtin_ctzll(mask)));
      mask &= mask - 1;
    }
    position += 64;
  }
  for (; position < end; ++position) {
    const char ch = data[position];
    if (ch == delimiter || ch == '"' || ch == '\n') handle(position);
  }
  if (record_start < end) {
    std::size_t field_end = end;
    if (!in_quotes && field_end > field_start && data[field_end - 1] == '\r') --field_end;
    end_field(in_quotes ? end : field_end);
    end_record(end, end, in_quotes);
  }
  return totals;
}

}  // namespace candor::ops

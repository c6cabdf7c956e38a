#include "ops/jsonl_scanner.h"

#include <simdjson.h>

#include <cstring>
#include <unordered_map>

namespace candor::ops {
namespace {

// Parses one line into values per header column; false when it is not a
// JSON object.
bool read_object(simdjson::ondemand::parser& parser, std::string& padded, std::string_view line,
                 const std::unordered_map<std::string_view, std::size_t>& index, std::vector<std::string>& values) {
  padded.assign(line);
  padded.append(simdjson::SIMDJSON_PADDING, ' ');
  for (auto& value : values) value.clear();
  simdjson::ondemand::document document;
  if (parser.iterate(padded.data(), line.size(), padded.size()).get(document)) return false;
  simdjson::ondemand::object object;
  if (document.get_object().get(object)) return false;
  for (auto field : object) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return false;
    simdjson::ondemand::value value;
    if (field.value().get(value)) return false;
    const auto found = index.find(key);
    simdjson::ondemand::json_type type;
    if (value.type().get(type)) return false;
    if (found == index.end()) continue;  // the iterator skips the unread value
    std::string& out = values[found->second];
    if (type == simdjson::ondemand::json_type::string) {
      std::string_view text;
      if (value.get_string().get(text)) return false;
      out.assign(text);
    } else if (type == simdjson::ondemand::json_type::null) {
      bool null = false;  // get(): the bool conversion throws on malformed JSON (found by ops_jsonl_fuzz)
      if (value.is_null().get(null) || !null) return false;
    } else if (type == simdjson::ondemand::json_type::number || type == simdjson::ondemand::json_type::boolean) {
      std::string_view raw = value.raw_json_token();
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r' || raw.back() == '\n')) raw.remove_suffix(1);
      out.assign(raw);
    }  // objects and arrays: no scalar value (missing); the iterator skips them
  }
  return true;
}

}  // namespace

bool looks_like_jsonl(const char* data, std::size_t start, std::size_t size) {
  for (std::size_t i = start; i < size; ++i) {
    if (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') continue;
    return data[i] == '{';
  }
  return false;
}

std::vector<std::string> jsonl_header(const char* data, std::size_t begin, std::size_t end) {
  std::vector<std::string> keys;
  std::string padded(data + begin, end - begin);
  padded.append(simdjson::SIMDJSON_PADDING, ' ');
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document document;
  if (parser.iterate(padded.data(), end - begin, padded.size()).get(document)) return {};
  simdjson::ondemand::object object;
  if (document.get_object().get(object)) return {};
  for (auto field : object) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return {};
    keys.emplace_back(key);
  }
  return keys;
}

ScanTotals scan_jsonl(const char* data, std::size_t begin, std::size_t end, const std::vector<std::string>& header,
                      const std::function<void(const CsvRecord&)>& on_record) {
  ScanTotals totals;
  simdjson::ondemand::parser parser;
  std::string padded;
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < header.size(); ++i) index.emplace(header[i], i);
  std::vector<std::string> values(header.size());
  std::vector<FieldSpan> fields(header.size() + 1);
  std::size_t position = begin;
  while (position < end) {
    const char* newline = static_cast<const char*>(std::memchr(data + position, '\n', end - position));
    const std::size_t line_end = newline ? static_cast<std::size_t>(newline - data) : end;
    const std::size_t next = newline ? line_end + 1 : end;
    std::string_view line(data + position, line_end - position);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::uint64_t line_number = totals.newlines + 1;
    if (newline) ++totals.newlines;
    if (line.find_first_not_of(" \t") != std::string_view::npos) {
      const bool ok = read_object(parser, padded, line, index, values);
      for (std::size_t i = 0; i < values.size(); ++i) {
        fields[i] = FieldSpan{values[i].data(), static_cast<std::uint32_t>(values[i].size())};
      }
      CsvRecord record{fields.data(), static_cast<std::uint32_t>(header.size()), static_cast<std::uint32_t>(header.size()),
                       line_number, position, false, false, false, next};
      record.invalid_json = !ok;
      ++totals.records;
      on_record(record);
    }
    position = next;
  }
  return totals;
}

}  // namespace candor::ops

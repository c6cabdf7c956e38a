#include "ops/xes_scanner.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace candor::ops {
namespace {

constexpr std::size_t kSampleBytes = 1u << 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool is_attribute_tag(std::string_view name) {
  return name == "string" || name == "date" || name == "int" || name == "float" || name == "boolean" || name == "id" ||
         name == "list" || name == "container";
}

void append_utf8(std::uint32_t code, std::string& out) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

// A character reference's code point ("#65", "#x41"); 0 when invalid.
std::uint32_t character_reference(std::string_view name) {
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x';
  std::size_t i = hex ? 2 : 1;
  if (i >= name.size()) return 0;
  std::uint32_t code = 0;
  for (; i < name.size(); ++i) {
    const char c = name[i];
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0 || code > 0x10FFFF) return 0;
    code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
  }
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return code;
}

// The text with XML entities decoded; false on an unknown or broken entity.
bool decode(std::string_view raw, std::string& out) {
  out.clear();
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t amp = raw.find('&', i);
    out.append(raw.substr(i, amp == std::string_view::npos ? std::string_view::npos : amp - i));
    if (amp == std::string_view::npos) break;
    const std::size_t semi = raw.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 12) return false;
    const std::string_view name = raw.substr(amp + 1, semi - amp - 1);
    if (name == "amp") out.push_back('&');
    else if (name == "lt") out.push_back('<');
    else if (name == "gt") out.push_back('>');
    else if (name == "quot") out.push_back('"');
    else if (name == "apos") out.push_back('\'');
    else if (const std::uint32_t code = character_reference(name)) append_utf8(code, out);
    else return false;
    i = semi + 1;
  }
  return true;
}

struct Tag {
  std::string_view name;
  bool closing = false;       // </name>
  bool self_closing = false;  // <name ... />
  std::string_view key, value, scope;  // raw attribute values
  bool has_key = false;
  std::size_t begin = 0;  // offset of '<'
};

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using ColumnIndex = std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>>;

// Moves through a byte range tag by tag, counting lines and keeping the
// first structural error.
class Cursor {
 public:
  enum class Next { kTag, kEnd, kError };

  Cursor(const char* data, std::size_t begin, std::size_t end) : data_(data), pos_(begin), counted_(begin), end_(end) {}

  std::size_t position() const { return pos_; }
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  std::uint64_t error_line() const { return error_line_; }

  // 1-based line of a position at or after every position asked before.
  std::uint64_t line_of(std::size_t position) {
    position = std::min(position, end_);
    if (position > counted_) {
      newlines_ += static_cast<std::uint64_t>(std::count(data_ + counted_, data_ + position, '\n'));
    } else {
      newlines_ -= static_cast<std::uint64_t>(std::count(data_ + position, data_ + counted_, '\n'));
    }
    counted_ = position;
    return newlines_ + 1;
  }

  bool fail(const std::string& message, std::size_t at) {
    if (error_.empty()) {
      error_ = message;
      error_line_ = line_of(at);
    }
    return false;
  }

  // The next tag, skipping blanks, comments, processing instructions and
  // declarations; text outside markup is an error.
  Next next_tag(Tag& tag) {
    while (true) {
      while (pos_ < end_ && is_space(data_[pos_])) ++pos_;
      if (pos_ >= end_) return Next::kEnd;
      if (data_[pos_] != '<') {
        fail("text outside of an element (XES holds its values in attributes)", pos_);
        return Next::kError;
      }
      const std::string_view rest(data_ + pos_, end_ - pos_);
      if (rest.starts_with("<!--")) {
        if (!skip_past("-->", "a comment is not closed")) return Next::kError;
      } else if (rest.starts_with("<![CDATA[")) {
        fail("CDATA where XES expects an element", pos_);
        return Next::kError;
      } else if (rest.starts_with("<?")) {
        if (!skip_past("?>", "a processing instruction is not closed")) return Next::kError;
      } else if (rest.starts_with("<!")) {
        if (!skip_past(">", "a declaration is not closed")) return Next::kError;
      } else {
        return read_tag(tag) ? Next::kTag : Next::kError;
      }
    }
  }

  // Skips the children of an element just opened, up to its end tag.
  bool skip_children(const Tag& open) {
    std::vector<std::string_view> open_names{open.name};
    Tag tag;
    while (!open_names.empty()) {
      const Next next = next_tag(tag);
      if (next == Next::kError) return false;
      if (next == Next::kEnd) return fail("<" + std::string(open_names.back()) + "> is not closed", pos_);
      if (tag.closing) {
        if (tag.name != open_names.back()) return mismatch(tag, open_names.back());
        open_names.pop_back();
      } else if (!tag.self_closing) {
        open_names.push_back(tag.name);
      }
    }
    return true;
  }

  bool mismatch(const Tag& tag, std::string_view expected) {
    return fail("</" + std::string(tag.name) + "> where </" + std::string(expected) + "> was expected", tag.begin);
  }

 private:
  bool skip_past(std::string_view terminator, const char* message) {
    const char* found = static_cast<const char*>(
        memmem(data_ + pos_ + 2, end_ - std::min(end_, pos_ + 2), terminator.data(), terminator.size()));
    if (!found) return fail(message, pos_);
    pos_ = static_cast<std::size_t>(found - data_) + terminator.size();
    return true;
  }

  bool read_tag(Tag& tag) {
    tag = Tag{};
    tag.begin = pos_;
    std::size_t i = pos_ + 1;
    if (i < end_ && data_[i] == '/') {
      tag.closing = true;
      ++i;
    }
    const std::size_t name_start = i;
    while (i < end_ && !is_space(data_[i]) && data_[i] != '/' && data_[i] != '>' && data_[i] != '<') ++i;
    tag.name = std::string_view(data_ + name_start, i - name_start);
    if (tag.name.empty()) return fail("a tag without a name", tag.begin);
    while (true) {
      while (i < end_ && is_space(data_[i])) ++i;
      if (i >= end_) return fail("the tag <" + std::string(tag.name) + "> is not closed", tag.begin);
      if (data_[i] == '>') break;
      if (tag.closing) return fail("text inside the end tag </" + std::string(tag.name) + ">", tag.begin);
      if (data_[i] == '/') {
        if (i + 1 >= end_ || data_[i + 1] != '>') return fail("a stray '/' in <" + std::string(tag.name) + ">", tag.begin);
        tag.self_closing = true;
        ++i;
        break;
      }
      if (!read_attribute(tag, i)) return false;
    }
    pos_ = i + 1;
    return true;
  }

  bool read_attribute(Tag& tag, std::size_t& i) {
    const std::size_t name_start = i;
    while (i < end_ && !is_space(data_[i]) && data_[i] != '=' && data_[i] != '>' && data_[i] != '/' && data_[i] != '<') ++i;
    const std::string_view name(data_ + name_start, i - name_start);
    while (i < end_ && is_space(data_[i])) ++i;
    if (name.empty() || i >= end_ || data_[i] != '=') {
      return fail("a malformed attribute in <" + std::string(tag.name) + ">", tag.begin);
    }
    ++i;
    while (i < end_ && is_space(data_[i])) ++i;
    if (i >= end_ || (data_[i] != '"' && data_[i] != '\'')) {
      return fail("an attribute value without quotes in <" + std::string(tag.name) + ">", tag.begin);
    }
    const char quote = data_[i++];
    const char* close = static_cast<const char*>(std::memchr(data_ + i, quote, end_ - i));
    if (!close) return fail("an attribute value is not closed in <" + std::string(tag.name) + ">", tag.begin);
    const std::string_view value(data_ + i, static_cast<std::size_t>(close - (data_ + i)));
    if (value.find('<') != std::string_view::npos) {
      return fail("'<' inside an attribute value of <" + std::string(tag.name) + ">", tag.begin);
    }
    i = static_cast<std::size_t>(close - data_) + 1;
    if (name == "key") {
      tag.key = value;
      tag.has_key = true;
    } else if (name == "value") {
      tag.value = value;
    } else if (name == "scope") {
      tag.scope = value;
    }
    return true;
  }

  const char* data_;
  std::size_t pos_;
  std::size_t counted_;
  std::size_t end_;
  std::uint64_t newlines_ = 0;
  std::string error_;
  std::uint64_t error_line_ = 0;
};

// The column name of an attribute key: the fixed four, a trace's "case:KEY",
// or the event's own key.
std::string column_name(std::string_view key, bool trace) {
  if (trace) return key == "concept:name" ? "case_id" : "case:" + std::string(key);
  if (key == "concept:name") return "activity";
  if (key == "time:timestamp") return "timestamp";
  if (key == "org:resource") return "resource";
  return std::string(key);
}

// Parses traces and their events; with `discover`, unknown keys become new
// columns (the prolog's sample), else they are ignored.
class BodyScanner {
 public:
  BodyScanner(const char* data, std::size_t begin, std::size_t end, std::vector<std::string>& header, bool discover)
      : cursor_(data, begin, end), header_(header), discover_(discover) {
    for (std::size_t i = 0; i < header_.size(); ++i) index_.emplace(header_[i], i);
    values_.resize(header_.size());
    trace_column_.resize(header_.size());
    for (std::size_t i = 0; i < header_.size(); ++i) trace_column_[i] = i == 0 || header_[i].starts_with("case:");
    fields_.resize(header_.size() + 1);
  }

  Cursor& cursor() { return cursor_; }

  // Scans every trace; returns true when </log> was reached.
  bool run(const std::function<void(const CsvRecord&)>* on_record) {
    on_record_ = on_record;
    Tag tag;
    while (true) {
      const Cursor::Next next = cursor_.next_tag(tag);
      if (next != Cursor::Next::kTag) return false;
      if (tag.name == "trace" && !tag.closing) {
        if (!read_trace(tag)) return false;
      } else if (tag.name == "log" && tag.closing) {
        return after_log();
      } else {
        cursor_.fail("expected <trace> or </log>, found <" + std::string(tag.closing ? "/" : "") + std::string(tag.name) + ">",
                     tag.begin);
        return false;
      }
    }
  }

 private:
  bool after_log() {
    Tag tag;
    const Cursor::Next next = cursor_.next_tag(tag);
    if (next == Cursor::Next::kTag) cursor_.fail("markup after </log>", tag.begin);
    return next == Cursor::Next::kEnd;
  }

  // The column of a key, or -1; with discover_, a new key becomes a column.
  long column_of(std::string_view raw_key, bool trace) {
    std::string_view key = raw_key;
    if (raw_key.find('&') != std::string_view::npos) {
      if (!decode(raw_key, key_scratch_)) return -1;
      key = key_scratch_;
    }
    name_scratch_ = column_name(key, trace);
    const auto found = index_.find(std::string_view(name_scratch_));
    if (found != index_.end()) return trace_column_[found->second] == trace ? static_cast<long>(found->second) : -1;
    if (!discover_) return -1;
    header_.push_back(name_scratch_);
    index_.emplace(name_scratch_, header_.size() - 1);
    values_.emplace_back();
    trace_column_.push_back(trace);
    fields_.resize(header_.size() + 1);
    return static_cast<long>(header_.size() - 1);
  }

  // An attribute element (already opened) of a trace or an event.
  bool read_attribute(const Tag& tag, bool trace) {
    if (!tag.has_key) return cursor_.fail("<" + std::string(tag.name) + "> without a key", tag.begin);
    const bool scalar = tag.name != "list" && tag.name != "container";
    const long column = scalar ? column_of(tag.key, trace) : -1;
    if (column >= 0 && !decode(tag.value, values_[static_cast<std::size_t>(column)])) {
      return cursor_.fail("a bad character entity in the value of '" + std::string(tag.key) + "'", tag.begin);
    }
    return tag.self_closing || cursor_.skip_children(tag);
  }

  bool read_trace(const Tag& open) {
    for (std::size_t i = 0; i < values_.size(); ++i) {
      if (trace_column_[i]) values_[i].clear();
    }
    if (open.self_closing) return true;
    const std::uint64_t trace_line = cursor_.line_of(open.begin);
    bool events_seen = false;
    Tag tag;
    while (true) {
      const Cursor::Next next = cursor_.next_tag(tag);
      if (next == Cursor::Next::kError) return false;
      if (next == Cursor::Next::kEnd) {
        return cursor_.fail("the <trace> opened on line " + std::to_string(trace_line) + " is not closed",
                            cursor_.position());
      }
      if (tag.closing) {
        if (tag.name != "trace") return cursor_.mismatch(tag, "trace");
        return true;
      }
      if (tag.name == "event") {
        if (!read_event(tag)) return false;
        events_seen = true;
      } else if (is_attribute_tag(tag.name)) {
        if (events_seen) return cursor_.fail("a trace attribute after the trace's events (XES puts them first)", tag.begin);
        if (!read_attribute(tag, true)) return false;
      } else {
        return cursor_.fail("unexpected <" + std::string(tag.name) + "> in a trace", tag.begin);
      }
    }
  }

  bool read_event(const Tag& open) {
    for (std::size_t i = 0; i < values_.size(); ++i) {
      if (!trace_column_[i]) values_[i].clear();
    }
    const std::uint64_t line = cursor_.line_of(open.begin);
    Tag tag;
    while (!open.self_closing) {
      const Cursor::Next next = cursor_.next_tag(tag);
      if (next == Cursor::Next::kError) return false;
      if (next == Cursor::Next::kEnd) return cursor_.fail("the <event> opened on line " + std::to_string(line) + " is not closed", cursor_.position());
      if (tag.closing) {
        if (tag.name != "event") return cursor_.mismatch(tag, "event");
        break;
      }
      if (!is_attribute_tag(tag.name)) return cursor_.fail("unexpected <" + std::string(tag.name) + "> in an event", tag.begin);
      if (!read_attribute(tag, false)) return false;
    }
    if (!on_record_) return true;
    for (std::size_t i = 0; i < values_.size(); ++i) {
      fields_[i] = FieldSpan{values_[i].data(), static_cast<std::uint32_t>(std::min<std::size_t>(values_[i].size(), UINT32_MAX))};
    }
    const auto width = static_cast<std::uint32_t>(values_.size());
    CsvRecord record{fields_.data(), width, width, line, open.begin, false, false, false, cursor_.position()};
    ++records_;
    (*on_record_)(record);
    return true;
  }

 public:
  std::uint64_t records_ = 0;

 private:
  Cursor cursor_;
  std::vector<std::string>& header_;
  bool discover_;
  ColumnIndex index_;
  std::vector<std::string> values_;
  std::vector<bool> trace_column_;
  std::vector<FieldSpan> fields_;
  std::string key_scratch_, name_scratch_;
  const std::function<void(const CsvRecord&)>* on_record_ = nullptr;
};

void add_global_keys(Cursor& cursor, const Tag& global, std::vector<std::string>& header) {
  const bool trace = global.scope == "trace";
  Tag tag;
  while (!global.self_closing) {
    if (cursor.next_tag(tag) != Cursor::Next::kTag) {
      if (!cursor.failed()) cursor.fail("<global> is not closed", cursor.position());
      return;
    }
    if (tag.closing) {
      if (tag.name != "global") cursor.mismatch(tag, "global");
      return;
    }
    if (is_attribute_tag(tag.name) && tag.has_key && tag.name != "list" && tag.name != "container") {
      std::string key;
      if (decode(tag.key, key)) {
        const std::string name = column_name(key, trace);
        if (std::find(header.begin(), header.end(), name) == header.end()) header.push_back(name);
      }
    }
    if (!tag.self_closing && !cursor.skip_children(tag)) return;
  }
}

}  // namespace

bool looks_like_xes(const char* data, std::size_t start, std::size_t size, const std::string& path) {
  if (path.ends_with(".xes") || path.ends_with(".xes.gz") || path.ends_with(".XES")) return true;
  if (size - std::min(size, start) >= 3 && std::memcmp(data + start, "\xEF\xBB\xBF", 3) == 0) start += 3;
  while (start < size && is_space(data[start])) ++start;
  const std::string_view rest(data + start, size - start);
  return rest.starts_with("<?xml") || rest.starts_with("<log");
}

Result<XesProlog> read_xes_prolog(const char* data, std::size_t start, std::size_t size, const std::string& file) {
  XesProlog prolog;
  prolog.header = {"case_id", "activity", "timestamp", "resource"};
  Cursor cursor(data, start, size);
  const auto error = [&](const std::string& message) {
    return Error::invalid_input("XES: " + message, Location{file, static_cast<int>(cursor.error_line())});
  };
  Tag tag;
  Cursor::Next next = cursor.next_tag(tag);
  if (next == Cursor::Next::kError) return error(cursor.error());
  if (next == Cursor::Next::kEnd || tag.closing || tag.name != "log") {
    cursor.fail(next == Cursor::Next::kEnd ? "not an XES log: no <log> element"
                                           : "not an XES log: the root element is <" + std::string(tag.name) + ">, expected <log>",
                next == Cursor::Next::kEnd ? cursor.position() : tag.begin);
    return error(cursor.error());
  }
  if (tag.self_closing) {  // an empty log
    prolog.body_start = size;
    return prolog;
  }
  while (true) {
    next = cursor.next_tag(tag);
    if (next == Cursor::Next::kError) return error(cursor.error());
    if (next == Cursor::Next::kEnd) {
      cursor.fail("the <log> element is not closed", cursor.position());
      return error(cursor.error());
    }
    if ((tag.name == "trace" && !tag.closing) || (tag.name == "log" && tag.closing)) break;
    if (tag.closing) {
      cursor.mismatch(tag, "log");
      return error(cursor.error());
    }
    if (tag.name == "event") {
      cursor.fail("an <event> outside a <trace>", tag.begin);
      return error(cursor.error());
    }
    if (tag.name == "global") {
      add_global_keys(cursor, tag, prolog.header);
    } else if (!tag.self_closing) {
      cursor.skip_children(tag);  // extensions, classifiers, log attributes
    }
    if (cursor.failed()) return error(cursor.error());
  }
  prolog.body_start = tag.begin;
  const std::size_t body = size - prolog.body_start;
  prolog.splittable = !memmem(data + prolog.body_start, body, "<!", 2) && !memmem(data + prolog.body_start, body, "<?", 2);
  // More columns from the first traces (the sample may end inside a trace).
  BodyScanner sample(data, prolog.body_start, std::min(size, prolog.body_start + kSampleBytes), prolog.header, true);
  sample.run(nullptr);
  return prolog;
}

std::vector<std::pair<std::size_t, std::size_t>> split_xes(const char* data, const XesProlog& prolog, std::size_t size,
                                                           std::size_t pieces, std::size_t min_piece_bytes) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  if (prolog.body_start >= size) return ranges;
  const std::size_t length = size - prolog.body_start;
  min_piece_bytes = std::max<std::size_t>(1, min_piece_bytes);
  if (!prolog.splittable) pieces = 1;
  pieces = std::max<std::size_t>(1, std::min(pieces, length / min_piece_bytes));
  std::size_t previous = prolog.body_start;
  for (std::size_t i = 1; i < pieces; ++i) {
    std::size_t at = std::max(previous + 1, prolog.body_start + length / pieces * i);
    std::size_t boundary = size;
    while (at < size) {
      const char* found = static_cast<const char*>(memmem(data + at, size - at, "<trace", 6));
      if (!found) break;
      const std::size_t next = static_cast<std::size_t>(found - data) + 6;
      if (next >= size || is_space(data[next]) || data[next] == '>' || data[next] == '/') {
        boundary = next - 6;
        break;
      }
      at = next;
    }
    if (boundary >= size) break;
    ranges.emplace_back(previous, boundary);
    previous = boundary;
  }
  ranges.emplace_back(previous, size);
  return ranges;
}

ScanTotals scan_xes(const char* data, std::size_t begin, std::size_t end, bool last,
                    const std::vector<std::string>& header, const std::function<void(const CsvRecord&)>& on_record) {
  std::vector<std::string> columns = header;
  BodyScanner scanner(data, begin, end, columns, false);
  const bool closed = scanner.run(&on_record);
  Cursor& cursor = scanner.cursor();
  if (!cursor.failed() && last && !closed) cursor.fail("the file ends before </log>", end);
  if (!cursor.failed() && !last && closed) cursor.fail("</log> before the end of the file", end);
  ScanTotals totals;
  totals.records = scanner.records_;
  totals.error = cursor.error();
  totals.error_line = cursor.error_line();
  totals.newlines = cursor.line_of(end) - 1;
  return totals;
}

}  // namespace candor::ops

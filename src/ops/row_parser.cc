#include "ops/row_parser.h"

namespace candor::ops {
namespace {

std::string shown(std::string_view value) {
  std::string out(value.substr(0, 60));
  if (value.size() > 60) out += "...";
  return "'" + out + "'";
}

}  // namespace

bool RowParser::read_time(const CsvRecord& record, Field field, Timestamp& out, std::string& reason) {
  const std::string_view text = value(record, field, scratch_a_);
  if (is_missing(text)) return true;
  TimeCache& cache = time_cache_[static_cast<std::size_t>(field)];
  if (text == cache.text) {
    out = cache.value;
    return true;
  }
  const auto parsed = parse_timestamp(text, layout_.date_formats[static_cast<std::size_t>(field)]);
  if (!parsed) {
    reason = std::string(field_name(field)) + ": " + shown(text) + " is not a date in the file's format (" +
             layout_.date_formats[static_cast<std::size_t>(field)].describe() + ")";
    return false;
  }
  out = *parsed;
  cache.text.assign(text);
  cache.value = out;
  return true;
}

bool RowParser::read_count(const CsvRecord& record, Field field, std::int32_t& out, std::string& reason) {
  const std::string_view text = value(record, field, scratch_a_);
  if (is_missing(text)) return true;
  const auto parsed = parse_int(text);
  if (!parsed || *parsed < 0 || *parsed > INT32_MAX) {
    reason = std::string(field_name(field)) + ": " + shown(text) + " is not a count";
    return false;
  }
  out = static_cast<std::int32_t>(*parsed);
  return true;
}

bool RowParser::parse(const CsvRecord& record, CaseTable& table, ParsedRow& row, std::string_view& id,
                      std::string& reason) {
  if (record.unterminated_quote) {
    reason = "a quoted field is not closed before the end of the file";
    return false;
  }
  if (record.invalid_json) {
    reason = "the line is not a JSON object";
    return false;
  }
  if (record.malformed_quotes) {
    reason = "a quote inside an unquoted field, or text after a closing quote";
    return false;
  }
  if (record.field_count != layout_.width) {
    reason = "expected " + std::to_string(layout_.width) + " fields, found " + std::to_string(record.field_count);
    return false;
  }
  if (record.invalid_utf8) {
    reason = "the row is not valid UTF-8";
    return false;
  }
  row = ParsedRow{};
  row.position = record.offset;
  id = value(record, Field::kCaseId, scratch_id_);
  if (is_missing(id)) {
    reason = "case_id: missing";
    return false;
  }
  if (!read_time(record, Field::kUpdatedAt, row.updated, reason)) return false;
  if (layout_.use_sequence) {
    const std::string_view text = value(record, Field::kSequence, scratch_a_);
    const auto sequence = parse_int(text);
    if (!sequence) {
      reason = std::string("sequence: ") + (is_missing(text) ? "missing" : shown(text) + " is not a whole number");
      return false;
    }
    row.order = *sequence;
  } else {
    if (row.updated == kNoTime) {
      reason = "updated_at: missing (it orders the rows of a case)";
      return false;
    }
    row.order = row.updated;
  }
  if (!read_time(record, Field::kOpenedAt, row.opened, reason)) return false;
  if (layout_.column(Field::kOpenedAt) < 0) row.opened = row.updated;  // event logs: a case opens with its first row
  if (!read_time(record, Field::kResolvedAt, row.resolved, reason)) return false;
  if (!read_time(record, Field::kClosedAt, row.closed, reason)) return false;
  if (!read_count(record, Field::kReopenCount, row.reopen, reason)) return false;
  if (!read_count(record, Field::kReassignmentCount, row.reassign, reason)) return false;
  if (layout_.column(Field::kMadeSla) >= 0) {
    const std::string_view text = value(record, Field::kMadeSla, scratch_a_);
    if (!is_missing(text)) {
      const auto met = parse_bool(text);
      if (!met) {
        reason = "made_sla: " + shown(text) + " is not a boolean";
        return false;
      }
      row.state_flags |= kSlaKnown | (*met ? kSlaMet : 0);
    }
  }
  const std::string_view state = value(record, Field::kState, scratch_a_);
  if (!is_missing(state)) row.state = table.states().intern(state);
  const std::string_view priority = value(record, Field::kPriority, scratch_b_);
  if (!is_missing(priority)) {
    row.priority = table.priorities().intern(priority);
    row.state_flags |= kHasPriority;
  }
  const auto present = [&](Field field) {
    return layout_.column(field) >= 0 && !is_missing(value(record, field, scratch_a_));
  };
  if (present(Field::kCategory)) row.state_flags |= kHasCategory;
  if (present(Field::kImpact)) row.state_flags |= kHasImpact;
  if (present(Field::kUrgency)) row.state_flags |= kHasUrgency;
  if (present(Field::kClosedCode)) row.state_flags |= kHasClosedCode;
  if (present(Field::kProblemId)) row.any_flags |= kProblemLinked;
  return true;
}

}  // namespace candor::ops

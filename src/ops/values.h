// Reading the values of a ticket log: timestamps in the formats real exports
// use, booleans and counts. Parsing never allocates; the date format is found
// once from a sample of the file (detect_date_format) and then applied to
// every value, so `3/4/2016` is read the same way everywhere in a file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candor::ops {

// Seconds since 1970-01-01 00:00 in the log's own (stated) time zone.
using Timestamp = std::int64_t;
inline constexpr Timestamp kNoTime = INT64_MIN;

// kMonthName: a day, an English month abbreviation and a 2- or 4-digit year,
// as Jira exports write dates ("01/Mar/16 9:05 AM", "1/mar/2016 21:05").
enum class DateOrder { kIso, kDayFirst, kMonthFirst, kEpochSeconds, kEpochMillis, kMonthName };

struct DateFormat {
  DateOrder order = DateOrder::kIso;
  bool ambiguous = false;  // every sampled value fitted day-first and month-first
  // Minutes east of UTC of the log's zone; values carrying their own offset
  // (ISO "Z" or "+02:00") are converted into it.
  int zone_offset_minutes = 0;
  std::string describe() const;  // "d/m/yyyy HH:MM", "ISO 8601", ...
};

// A value the export uses for "no value": empty, "?", "NULL", "null", "N/A", "NaN".
// (Inline: asked of every value of every row.)
inline bool is_missing(std::string_view value) {
  switch (value.size()) {
    case 0: return true;
    case 1: return value[0] == '?';
    case 3: return value == "N/A" || value == "NaN" || value == "n/a";
    case 4: return value == "NULL" || value == "null";
    default: return false;
  }
}

// Finds the format from sample values (missing ones are skipped): the format
// most values have. nullopt when no value is a date (problem says why);
// `problem` also tells when some values do not fit the chosen format.
std::optional<DateFormat> detect_date_format(const std::vector<std::string>& sample, std::string* problem);

// Parses one value; nullopt when it does not match the format.
std::optional<Timestamp> parse_timestamp(std::string_view value, const DateFormat& format);

// true/false, TRUE/FALSE, True/False, t/f, yes/no, y/n, 1/0.
std::optional<bool> parse_bool(std::string_view value);

// An optionally signed decimal integer (a trailing ".0" is accepted, as
// spreadsheets write counts that way).
std::optional<std::int64_t> parse_int(std::string_view value);

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Months counted from year 0 (year * 12 + month - 1), the first second of a
// month, and a month's name "2016-02".
int month_index(Timestamp t);
Timestamp month_start(int index);
std::string month_name(int index);
inline std::string month_of(Timestamp t) { return month_name(month_index(t)); }

// Readable form "2016-02-29 01:16" (for messages and maps).
std::string format_timestamp(Timestamp t);

}  // namespace candor::ops

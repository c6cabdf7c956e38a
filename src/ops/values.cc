#include "ops/values.h"

#include <algorithm>
#include <cstdio>

namespace candor::ops {
namespace {

constexpr std::int64_t kDay = 86400;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at value[i]; advances i.
bool read_number(std::string_view value, std::size_t& i, int max_digits, int& out) {
  int digits = 0;
  out = 0;
  while (i < value.size() && is_digit(value[i]) && digits < max_digits) {
    out = out * 10 + (value[i] - '0');
    ++i;
    ++digits;
  }
  return digits > 0;
}

unsigned days_in_month(int year, int month) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) return 29;
  return kDays[month - 1];
}

// " HH:MM[:SS[.fff]]" or "THH:MM..." then an optional zone; returns the
// seconds of the day and the zone offset in minutes (or no offset).
bool read_time(std::string_view value, std::size_t& i, std::int64_t& seconds, std::optional<int>& offset) {
  seconds = 0;
  offset.reset();
  if (i == value.size()) return true;
  if (value[i] != ' ' && value[i] != 'T') return false;
  ++i;
  int hour = 0, minute = 0, second = 0;
  if (!read_number(value, i, 2, hour) || i >= value.size() || value[i] != ':') return false;
  ++i;
  if (!read_number(value, i, 2, minute)) return false;
  if (i < value.size() && value[i] == ':') {
    ++i;
    if (!read_number(value, i, 2, second)) return false;
    if (i < value.size() && (value[i] == '.' || value[i] == ',')) {
      ++i;
      while (i < value.size() && is_digit(value[i])) ++i;
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return false;
  seconds = hour * 3600 + minute * 60 + second;
  if (i < value.size() && value[i] == ' ') ++i;
  if (i == value.size()) return true;
  if (value[i] == 'Z' && i + 1 == value.size()) {
    offset = 0;
    ++i;
    return true;
  }
  if (value[i] == '+' || value[i] == '-') {
    const int sign = value[i] == '-' ? -1 : 1;
    ++i;
    int oh = 0, om = 0;
    const std::size_t start = i;
    if (!read_number(value, i, 2, oh) || i - start != 2) return false;
    if (i < value.size() && value[i] == ':') ++i;
    if (i < value.size() && !read_number(value, i, 2, om)) return false;
    offset = sign * (oh * 60 + om);
    return i == value.size();
  }
  return false;
}

// "Jan".."Dec", any case: 1..12, or 0.
int month_from_name(std::string_view value, std::size_t i) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (i + 3 > value.size()) return 0;
  const char name[3] = {static_cast<char>(value[i] | 0x20), static_cast<char>(value[i + 1] | 0x20),
                        static_cast<char>(value[i + 2] | 0x20)};
  for (int m = 0; m < 12; ++m) {
    if (std::string_view(kMonths[m], 3) == std::string_view(name, 3)) return m + 1;
  }
  return 0;
}

// " h:mm[:ss]" with an optional " AM"/" PM" (12-hour clock) or nothing.
bool read_clock(std::string_view value, std::size_t& i, std::int64_t& seconds) {
  seconds = 0;
  if (i == value.size()) return true;
  if (value[i] != ' ') return false;
  ++i;
  int hour = 0, minute = 0, second = 0;
  if (!read_number(value, i, 2, hour) || i >= value.size() || value[i] != ':') return false;
  ++i;
  const std::size_t minute_start = i;
  if (!read_number(value, i, 2, minute) || i - minute_start != 2) return false;
  if (i < value.size() && value[i] == ':') {
    ++i;
    if (!read_number(value, i, 2, second)) return false;
  }
  if (i + 3 == value.size() && value[i] == ' ' && (value[i + 2] | 0x20) == 'm') {
    const char half = static_cast<char>(value[i + 1] | 0x20);
    if ((half != 'a' && half != 'p') || hour < 1 || hour > 12) return false;
    hour = hour % 12 + (half == 'p' ? 12 : 0);
    i += 3;
  }
  if (i != value.size() || hour > 23 || minute > 59 || second > 60) return false;
  seconds = hour * 3600 + minute * 60 + second;
  return true;
}

std::optional<Timestamp> finish(int year, int month, int day, std::int64_t seconds, std::optional<int> offset,
                                const DateFormat& format) {
  if (month < 1 || month > 12 || day < 1 || static_cast<unsigned>(day) > days_in_month(year, month)) return std::nullopt;
  Timestamp t = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kDay + seconds;
  if (offset) t += (format.zone_offset_minutes - *offset) * 60;
  return t;
}

// The commonest form, "d/m/yyyy HH:MM" (or m/d, with '/', '-' or '.', and
// optional ":SS"), read without the general parser's bookkeeping; nullopt
// when the value has any other shape (the general parser then decides). The
// outer optional: whether this path applies; the inner: the parse result.
std::optional<std::optional<Timestamp>> numeric_date_fast(std::string_view value, const DateFormat& format) {
  const std::size_t n = value.size();
  const auto digit = [&](std::size_t k) { return static_cast<unsigned>(value[k] - '0'); };
  if (n < 14 || n > 19) return std::nullopt;
  std::size_t k = 0;
  unsigned parts[2];
  char separator = 0;
  for (unsigned& part : parts) {
    if (digit(k) > 9) return std::nullopt;
    part = digit(k++);
    if (digit(k) <= 9) part = part * 10 + digit(k++);
    if (separator == 0) separator = value[k];
    if (value[k] != separator || (separator != '/' && separator != '-' && separator != '.')) return std::nullopt;
    ++k;
  }
  if (k + 4 >= n) return std::nullopt;
  unsigned year = 0;
  for (std::size_t end = k + 4; k < end; ++k) {
    if (digit(k) > 9) return std::nullopt;
    year = year * 10 + digit(k);
  }
  const std::size_t clock = n - k - 1;
  if (value[k] != ' ' || (clock != 5 && clock != 8) || value[k + 3] != ':') return std::nullopt;
  for (std::size_t i : {k + 1, k + 2, k + 4, k + 5}) {
    if (digit(i) > 9) return std::nullopt;
  }
  unsigned second = 0;
  if (clock == 8) {
    if (value[k + 6] != ':' || digit(k + 7) > 9 || digit(k + 8) > 9) return std::nullopt;
    second = digit(k + 7) * 10 + digit(k + 8);
  }
  const unsigned hour = digit(k + 1) * 10 + digit(k + 2), minute = digit(k + 4) * 10 + digit(k + 5);
  if (hour > 23 || minute > 59 || second > 60) return std::optional<Timestamp>{};
  const std::int64_t seconds = hour * 3600 + minute * 60 + second;
  const int y = static_cast<int>(year);
  return format.order == DateOrder::kDayFirst
             ? finish(y, static_cast<int>(parts[1]), static_cast<int>(parts[0]), seconds, std::nullopt, format)
             : finish(y, static_cast<int>(parts[0]), static_cast<int>(parts[1]), seconds, std::nullopt, format);
}

}  // namespace

std::string DateFormat::describe() const {
  switch (order) {
    case DateOrder::kIso: return "ISO 8601 (yyyy-mm-dd HH:MM[:SS])";
    case DateOrder::kDayFirst: return ambiguous ? "d/m/yyyy HH:MM (assumed: every value fitted both orders)" : "d/m/yyyy HH:MM";
    case DateOrder::kMonthFirst: return "m/d/yyyy HH:MM";
    case DateOrder::kEpochSeconds: return "epoch seconds";
    case DateOrder::kEpochMillis: return "epoch milliseconds";
    case DateOrder::kMonthName: return "d/Mon/yy h:mm AM (Jira)";
  }
  return "";
}

std::optional<Timestamp> parse_timestamp(std::string_view value, const DateFormat& format) {
  std::size_t i = 0;
  std::int64_t seconds = 0;
  std::optional<int> offset;
  switch (format.order) {
    case DateOrder::kEpochSeconds:
    case DateOrder::kEpochMillis: {
      auto number = parse_int(value);
      if (!number) return std::nullopt;
      return format.order == DateOrder::kEpochMillis ? *number / 1000 : *number;
    }
    case DateOrder::kIso: {
      int year = 0, month = 0, day = 0;
      if (!read_number(value, i, 4, year) || i != 4 || i >= value.size() || value[i] != '-') return std::nullopt;
      ++i;
      if (!read_number(value, i, 2, month) || i >= value.size() || value[i] != '-') return std::nullopt;
      ++i;
      if (!read_number(value, i, 2, day) || !read_time(value, i, seconds, offset)) return std::nullopt;
      return finish(year, month, day, seconds, offset, format);
    }
    case DateOrder::kMonthName: {
      int day = 0, year = 0;
      if (!read_number(value, i, 2, day) || i >= value.size() || (value[i] != '/' && value[i] != '-' && value[i] != ' ')) {
        return std::nullopt;
      }
      const char separator = value[i++];
      const int month = month_from_name(value, i);
      i += 3;
      if (month == 0 || i >= value.size() || value[i] != separator) return std::nullopt;
      ++i;
      const std::size_t year_start = i;
      if (!read_number(value, i, 4, year) || (i - year_start != 2 && i - year_start != 4)) return std::nullopt;
      if (i - year_start == 2) year += 2000;
      if (!read_clock(value, i, seconds)) return std::nullopt;
      return finish(year, month, day, seconds, std::nullopt, format);
    }
    case DateOrder::kDayFirst:
    case DateOrder::kMonthFirst: {
      if (const auto fast = numeric_date_fast(value, format)) return *fast;
      int first = 0, second = 0, year = 0;
      if (!read_number(value, i, 2, first) || i >= value.size()) return std::nullopt;
      const char separator = value[i];
      if (separator != '/' && separator != '-' && separator != '.') return std::nullopt;
      ++i;
      if (!read_number(value, i, 2, second) || i >= value.size() || value[i] != separator) return std::nullopt;
      ++i;
      const std::size_t year_start = i;
      if (!read_number(value, i, 4, year) || i - year_start != 4) return std::nullopt;
      if (!read_time(value, i, seconds, offset)) return std::nullopt;
      return format.order == DateOrder::kDayFirst ? finish(year, second, first, seconds, offset, format)
                                                  : finish(year, first, second, seconds, offset, format);
    }
  }
  return std::nullopt;
}

std::optional<DateFormat> detect_date_format(const std::vector<std::string>& sample, std::string* problem) {
  int iso = 0, epoch_seconds = 0, epoch_millis = 0, numeric = 0, month_name = 0, other = 0;
  int day_first_seen = 0, month_first_seen = 0;
  std::string first_other;
  for (const std::string& value : sample) {
    if (is_missing(value)) continue;
    std::size_t i = 0;
    int a = 0, b = 0;
    if (value.size() >= 10 && value[4] == '-' && is_digit(value[0]) && is_digit(value[1]) && is_digit(value[2]) &&
        is_digit(value[3])) {
      ++iso;
    } else if (value.find_first_not_of("0123456789") == std::string::npos) {
      (value.size() >= 12 ? epoch_millis : epoch_seconds)++;
    } else if (read_number(value, i, 2, a) && i < value.size() && (value[i] == '/' || value[i] == '-' || value[i] == '.') &&
               (++i, read_number(value, i, 2, b))) {
      ++numeric;
      if (a > 12) ++day_first_seen;
      if (b > 12) ++month_first_seen;
    } else if (i = 0; read_number(value, i, 2, a) && i + 4 < value.size() && month_from_name(value, i + 1) > 0) {
      ++month_name;
    } else {
      if (first_other.empty()) first_other = value;
      ++other;
    }
  }
  DateFormat format;
  const int best = std::max({iso, epoch_seconds, epoch_millis, numeric, month_name});
  if (best == 0) {
    if (other > 0 && problem) *problem = "no value is a date in a known format (e.g. '" + first_other + "')";
    return std::nullopt;
  }
  if (problem && best < iso + epoch_seconds + epoch_millis + numeric + month_name + other) {
    *problem = "some dates are not in the file's main format; those rows are reported as bad rows";
  }
  if (best == numeric) {
    format.order = month_first_seen > day_first_seen ? DateOrder::kMonthFirst : DateOrder::kDayFirst;
    format.ambiguous = day_first_seen == 0 && month_first_seen == 0;
    if (problem && day_first_seen > 0 && month_first_seen > 0) {
      *problem = "the dates mix day-first and month-first order; read as " + format.describe() +
                 ", the others are reported as bad rows";
    }
  } else if (best == iso) {
    format.order = DateOrder::kIso;
  } else if (best == month_name) {
    format.order = DateOrder::kMonthName;
  } else if (best == epoch_millis) {
    format.order = DateOrder::kEpochMillis;
  } else {
    format.order = DateOrder::kEpochSeconds;
  }
  return format;
}

std::optional<bool> parse_bool(std::string_view value) {
  if (value.empty() || value.size() > 5) return std::nullopt;
  char lower[5];
  for (std::size_t i = 0; i < value.size(); ++i) lower[i] = static_cast<char>(value[i] | 0x20);
  const std::string_view v(lower, value.size());
  if (v == "true" || v == "t" || v == "yes" || v == "y" || v == "1") return true;
  if (v == "false" || v == "f" || v == "no" || v == "n" || v == "0") return false;
  return std::nullopt;
}

std::optional<std::int64_t> parse_int(std::string_view value) {
  std::size_t i = 0;
  bool negative = false;
  if (i < value.size() && (value[i] == '-' || value[i] == '+')) negative = value[i++] == '-';
  if (i == value.size() || value.size() - i > 18) return std::nullopt;
  std::int64_t number = 0;
  for (; i < value.size(); ++i) {
    if (!is_digit(value[i])) {
      if (value.substr(i) == ".0") break;
      return std::nullopt;
    }
    number = number * 10 + (value[i] - '0');
  }
  return negative ? -number : number;
}

int month_index(Timestamp t) {
  std::int64_t days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
  days += 719468;  // civil_from_days
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  return static_cast<int>(y * 12 + m - 1);
}

Timestamp month_start(int index) {
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;
  const int month = index - year * 12 + 1;
  return days_from_civil(year, static_cast<unsigned>(month), 1) * kDay;
}

std::string month_name(int index) {
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", year, index - year * 12 + 1);
  return text;
}

std::string format_timestamp(Timestamp t) {
  const std::int64_t days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
  const std::int64_t seconds = t - days * kDay;
  const std::string month = month_of(t);
  const std::int64_t day = days - month_start(month_index(t)) / kDay + 1;
  char text[40];
  std::snprintf(text, sizeof text, "%s-%02lld %02lld:%02lld", month.c_str(), static_cast<long long>(day),
                static_cast<long long>(seconds / 3600), static_cast<long long>(seconds % 3600 / 60));
  return text;
}

}  // namespace candor::ops

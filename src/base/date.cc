#include "base/date.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace candor {
namespace {

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), m, d};
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool parse_digits(std::string_view text, int& out) {
  if (text.empty()) return false;
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

}  // namespace

Result<Date> Date::parse(std::string_view iso) {
  int year = 0, month = 0, day = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !parse_digits(iso.substr(0, 4), year) ||
      !parse_digits(iso.substr(5, 2), month) || !parse_digits(iso.substr(8, 2), day)) {
    return Error::invalid_input("'" + std::string(iso) + "' is not a date of the form YYYY-MM-DD");
  }
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return Error::invalid_input("'" + std::string(iso) + "' is not a calendar date");
  }
  return from_civil(year, month, day);
}

Date Date::from_days(std::int64_t days_since_epoch) {
  Date out;
  out.days_ = days_since_epoch;
  return out;
}

Date Date::from_civil(int year, int month, int day) {
  return from_days(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

Date Date::today() {
  if (const char* fixed = std::getenv("CANDOR_TODAY")) {
    if (auto parsed = parse(fixed)) return *parsed;
  }
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  return from_days(days);
}

int Date::year() const { return civil_from_days(days_).year; }
int Date::month() const { return static_cast<int>(civil_from_days(days_).month); }
int Date::day() const { return static_cast<int>(civil_from_days(days_).day); }

std::string Date::to_string() const {
  const Civil c = civil_from_days(days_);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buffer;
}

std::string Date::month_string() const { return to_string().substr(0, 7); }

Date Date::add_months(int months) const {
  const Civil c = civil_from_days(days_);
  const int total = c.year * 12 + static_cast<int>(c.month) - 1 + months;
  const int year = total / 12;
  const int month = total % 12 + 1;
  const int day = std::min(static_cast<int>(c.day), days_in_month(year, month));
  return from_civil(year, month, day);
}

int months_between(Date a, Date b) {
  int months = (b.year() - a.year()) * 12 + (b.month() - a.month());
  if (months > 0 && b.day() < a.day()) --months;
  if (months < 0 && b.day() > a.day()) ++months;
  return months;
}

std::string utc_timestamp_now() {
  if (const char* fixed = std::getenv("CANDOR_NOW")) return fixed;
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

}  // namespace candor

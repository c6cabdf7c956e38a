// Calendar dates without time zones (assessment dates, evidence dates, plan
// months) and UTC timestamps for the journal. Civil-date arithmetic follows
// Howard Hinnant's days_from_civil algorithm.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace candor {

class Date {
 public:
  Date() = default;
  static Result<Date> parse(std::string_view iso);  // "YYYY-MM-DD"
  static Date from_days(std::int64_t days_since_epoch);
  static Date from_civil(int year, int month, int day);
  static Date today();  // UTC; CANDOR_TODAY=YYYY-MM-DD overrides it (tests, demos)

  int year() const;
  int month() const;
  int day() const;
  std::int64_t days() const { return days_; }
  std::string to_string() const;  // "YYYY-MM-DD"
  std::string month_string() const;  // "YYYY-MM"
  // The same day n months later, clamped to the month's last day.
  Date add_months(int months) const;
  Date add_days(std::int64_t n) const { return from_days(days_ + n); }

  auto operator<=>(const Date&) const = default;

 private:
  std::int64_t days_ = 0;
};

// Whole months from a to b (b's day-of-month earlier than a's counts short).
int months_between(Date a, Date b);

// "2026-11-23T17:59:01Z"; CANDOR_NOW overrides it for reproducible tests.
std::string utc_timestamp_now();

}  // namespace candor

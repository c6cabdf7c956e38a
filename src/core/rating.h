// Ratings on a framework's scales: turning percentages into levels, ordering
// levels from worst to best, and the ISO/IEC 33020 capability-level rule.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "core/framework.h"

namespace candor {

// The level of an achievement scale whose range holds `percent` (base levels
// only: 15 -> N, 15.1 -> P, 50 -> P, 85.5 -> F).
Result<std::string> level_for_percent(const RatingScale& scale, double percent);

// The base of a refined level ("P+" -> "P"); a base level maps to itself.
std::string base_level(const RatingScale& scale, const std::string& level_id);

// Position from worst (0) to best. Achievement levels order by their range
// (N < P- < P < P+ < L- < L < L+ < F); conformity levels as major < minor <
// conforming < not-applicable, so the most cautious reading of two ratings is
// the lower one (a disputed "not applicable" is not accepted as such).
int level_rank(const RatingScale& scale, const std::string& level_id);

// The rated achievement of each attribute, by attribute id; unrated
// attributes are absent.
using AttributeRatings = std::map<std::string, std::string>;

struct CapabilityLevel {
  int level = 0;
  // Why the next level was not reached: the attributes in the way and how
  // they are rated ("PA2.1 is P; level 2 needs L or F"). Empty at the top.
  std::vector<std::string> blocking_attributes;
  std::string limited_by;
  bool limited_by_unrated = false;  // only unrated attributes stop the next level
};

// ISO/IEC 33020: level n is achieved when every attribute of level n is rated
// L or F and every attribute of every lower level is rated F. An unrated
// attribute blocks its level; "not assessed" never counts as achieved.
CapabilityLevel capability_level(const AttributeSet& set, const RatingScale& scale,
                                 const AttributeRatings& ratings);

}  // namespace candor

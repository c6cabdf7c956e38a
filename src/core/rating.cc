#include "core/rating.h"

#include <algorithm>

#include "base/text.h"

namespace candor {
namespace {

bool holds(const ScaleLevel& level, double percent) {
  const bool above_min = level.min_percent == 0 ? percent >= 0 : percent > level.min_percent;
  return above_min && percent <= level.max_percent;
}

bool is_largely_or_fully(const std::string& base) { return base == "L" || base == "F"; }

}  // namespace

Result<std::string> level_for_percent(const RatingScale& scale, double percent) {
  if (scale.kind != ScaleKind::kAchievement) {
    return Error::invalid_input("scale '" + scale.id + "' does not take percentages");
  }
  if (percent < 0 || percent > 100) {
    return Error::invalid_input("a percentage must lie between 0 and 100, not " +
                                std::to_string(percent));
  }
  for (const auto& level : scale.levels) {
    if (level.base.empty() && holds(level, percent)) return level.id;
  }
  return Error::invalid_input("no level of scale '" + scale.id + "' holds " + std::to_string(percent) + " %");
}

std::string base_level(const RatingScale& scale, const std::string& level_id) {
  const ScaleLevel* level = scale.find(level_id);
  if (level == nullptr || level->base.empty()) return level_id;
  return level->base;
}

int level_rank(const RatingScale& scale, const std::string& level_id) {
  if (scale.kind == ScaleKind::kConformity) {
    static const char* const kOrder[] = {"major", "minor", "conforming", "not-applicable"};
    for (int i = 0; i < 4; ++i) {
      if (level_id == kOrder[i]) return i;
    }
    return -1;
  }
  // Achievement levels: by the midpoint of their range, so refinements fall
  // between their neighbours (P- < P < P+).
  std::vector<std::pair<double, std::string>> ordered;
  for (const auto& level : scale.levels) {
    ordered.emplace_back((level.min_percent + level.max_percent) / 2, level.id);
  }
  std::sort(ordered.begin(), ordered.end());
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    if (ordered[i].second == level_id) return static_cast<int>(i);
  }
  return -1;
}

CapabilityLevel capability_level(const AttributeSet& set, const RatingScale& scale,
                                 const AttributeRatings& ratings) {
  CapabilityLevel out;
  for (int level = 1; level <= set.max_level(); ++level) {
    std::vector<std::string> blocking;
    bool unrated = false;
    bool rated_too_low = false;
    for (const ProcessAttribute* attribute : set.attributes_at(level)) {
      const auto it = ratings.find(attribute->id);
      if (it == ratings.end()) {
        blocking.push_back(attribute->id + " is not rated; level " + std::to_string(level) +
                           " needs L or F");
        unrated = true;
      } else if (!is_largely_or_fully(base_level(scale, it->second))) {
        rated_too_low = true;
        blocking.push_back(attribute->id + " is " + it->second + "; level " + std::to_string(level) +
                           " needs L or F");
      }
    }
    for (int lower = 1; lower < level; ++lower) {
      for (const ProcessAttribute* attribute : set.attributes_at(lower)) {
        const auto it = ratings.find(attribute->id);
        if (it != ratings.end() && base_level(scale, it->second) != "F") {
          rated_too_low = true;
          blocking.push_back(attribute->id + " is " + it->second + "; level " +
                             std::to_string(level) + " needs it F");
        }
      }
    }
    if (!blocking.empty()) {
      out.limited_by = join(blocking, "; ");
      for (const auto& reason : blocking) out.blocking_attributes.push_back(reason.substr(0, reason.find(' ')));
      // Only a level stopped by unrated attributes alone could still rise.
      out.limited_by_unrated = unrated && !rated_too_low;
      return out;
    }
    out.level = level;
  }
  return out;
}

}  // namespace candor

// Training outcome evaluation beyond pass rates, on the four levels of
// Kirkpatrick's model: reaction (how participants rated the course), learning
// (the exam), behaviour (observable behaviours rated by the participant and
// the manager at intake and again 3 to 6 months later) and results (the
// KPIs the training was meant to move). Per course and per training
// provider. A pass rate is never reported alone: every summary carries all
// four levels, and a level without data says "not measured".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"

namespace candor::scheme {

using Ratings = std::map<std::string, double>;  // behaviour id -> rating 1..5

struct ParticipantOutcome {
  std::string id;
  std::optional<double> reaction;  // 1..5
  std::optional<bool> passed;
  std::optional<double> score;
  Ratings intake_self, intake_manager;
  std::optional<int> follow_up_months;
  Ratings follow_up_self, follow_up_manager;
};

struct KpiResult {
  std::string kpi;
  std::string unit;
  double before = 0;
  double after = 0;
  bool higher_is_better = true;
};

struct Course {
  std::string title;
  std::string provider;
  std::optional<Date> delivered;
  std::vector<std::pair<std::string, std::string>> behaviours;  // id, title
  std::vector<ParticipantOutcome> participants;
  std::vector<KpiResult> results;
};

Result<std::vector<Course>> parse_training_outcomes(const std::string& text, const std::string& file);

// One level's figure with the number it rests on; empty value = not measured.
struct LevelFigure {
  std::optional<double> value;
  int n = 0;
  std::string detail;
};

// All four levels together: the only shape in which a pass rate is reported.
struct FourLevels {
  LevelFigure reaction;   // mean rating 1..5
  LevelFigure learning;   // pass rate in %, detail: mean score
  LevelFigure behaviour;  // mean change of the manager's ratings (self in detail)
  LevelFigure results;    // share of KPIs that improved, in %
  std::vector<std::string> notes;  // follow-ups outside 3..6 months, and the like
};

struct CourseEvaluation {
  std::string title;
  std::string provider;
  FourLevels levels;
};

struct TrainingReport {
  std::vector<CourseEvaluation> courses;
  std::map<std::string, FourLevels> providers;
};

TrainingReport evaluate_training(const std::vector<Course>& courses);

std::string describe(const TrainingReport& report);
std::string to_json(const TrainingReport& report);

}  // namespace candor::scheme

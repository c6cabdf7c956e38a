#include "scheme/training_evaluation.h"

#include <nlohmann/json.hpp>

#include "scheme/yaml_fields.h"

namespace candor::scheme {
namespace {

constexpr int kFollowUpMin = 3, kFollowUpMax = 6;  // months after the course

Ratings read_ratings(const YAML::Node& node, const Course& course, Problems& problems) {
  Ratings out;
  if (!node) return out;
  if (!node.IsMap()) {
    problems.add(node, "ratings must map behaviour ids to 1..5");
    return out;
  }
  for (const auto& item : node) {
    const std::string id = item.first.Scalar();
    double rating = 0;
    bool known = false;
    for (const auto& [behaviour, title] : course.behaviours) known = known || behaviour == id;
    if (!known) problems.add(item.first, "unknown behaviour '" + id + "'");
    if (!YAML::convert<double>::decode(item.second, rating) || rating < 1 || rating > 5) {
      problems.add(item.second, "behaviour '" + id + "': a rating is a number from 1 to 5");
      continue;
    }
    out[id] = rating;
  }
  return out;
}

ParticipantOutcome read_participant(const YAML::Node& node, const Course& course, Problems& problems) {
  Fields fields(node, problems, "participant");
  ParticipantOutcome out;
  out.id = fields.text("id", true);
  out.reaction = fields.number("reaction");
  if (out.reaction && (*out.reaction < 1 || *out.reaction > 5)) {
    problems.add(node, "participant '" + out.id + "': reaction is rated from 1 to 5");
  }
  if (YAML::Node exam = fields.child("exam"); exam) {
    Fields exam_fields(exam, problems, "exam");
    if (exam_fields.has("passed")) out.passed = exam_fields.boolean("passed", false);
    out.score = exam_fields.number("score");
    exam_fields.finish();
  }
  if (YAML::Node behaviour = fields.child("behaviour"); behaviour) {
    Fields b(behaviour, problems, "behaviour");
    if (YAML::Node intake = b.child("intake"); intake) {
      Fields i(intake, problems, "intake");
      out.intake_self = read_ratings(i.child("self"), course, problems);
      out.intake_manager = read_ratings(i.child("manager"), course, problems);
      i.finish();
    }
    if (YAML::Node follow = b.child("follow_up"); follow) {
      Fields f(follow, problems, "follow_up");
      out.follow_up_months = f.integer("months", true);
      out.follow_up_self = read_ratings(f.child("self"), course, problems);
      out.follow_up_manager = read_ratings(f.child("manager"), course, problems);
      f.finish();
    }
    b.finish();
  }
  fields.finish();
  return out;
}

Course read_course(const YAML::Node& node, Problems& problems) {
  Fields fields(node, problems, "course");
  Course course;
  course.title = fields.text("title", true);
  course.provider = fields.text("provider", true);
  course.delivered = fields.date("delivered");
  for (const auto& item : list_of(fields, "behaviours", problems)) {
    Fields b(item, problems, "behaviour");
    course.behaviours.emplace_back(b.text("id", true), b.text("title", true));
    b.finish();
  }
  for (const auto& item : list_of(fields, "participants", problems)) {
    course.participants.push_back(read_participant(item, course, problems));
  }
  for (const auto& item : list_of(fields, "results", problems)) {
    Fields k(item, problems, "result");
    KpiResult kpi;
    kpi.kpi = k.text("kpi", true);
    kpi.unit = k.text("unit");
    const auto before = k.number("before"), after = k.number("after");
    if (!before || !after) problems.add(item, "result '" + kpi.kpi + "': 'before' and 'after' are required numbers");
    kpi.before = before.value_or(0);
    kpi.after = after.value_or(0);
    kpi.higher_is_better = k.boolean("higher_is_better", true);
    k.finish();
    course.results.push_back(kpi);
  }
  fields.finish();
  return course;
}

// Running sums for one set of courses (a course, or all of a provider's).
struct Sums {
  double reaction = 0;
  int reactions = 0;
  int sat = 0, passed = 0;
  double score = 0;
  int scores = 0;
  double manager_change = 0, self_change = 0;
  int manager_changes = 0, self_changes = 0, followed_up = 0;
  int kpis = 0, improved = 0;
  std::vector<std::string> notes;

  void add(const Course& course) {
    for (const auto& p : course.participants) {
      if (p.reaction) reaction += *p.reaction, ++reactions;
      if (p.passed) ++sat, passed += *p.passed ? 1 : 0;
      if (p.score) score += *p.score, ++scores;
      if (!p.follow_up_months) continue;
      if (*p.follow_up_months < kFollowUpMin || *p.follow_up_months > kFollowUpMax) {
        notes.push_back(course.title + ": participant " + p.id + "'s follow-up after " +
                        std::to_string(*p.follow_up_months) + " months is outside 3-6 months and not counted");
        continue;
      }
      ++followed_up;
      for (const auto& [id, after] : p.follow_up_manager) {
        if (auto before = p.intake_manager.find(id); before != p.intake_manager.end()) {
          manager_change += after - before->second, ++manager_changes;
        }
      }
      for (const auto& [id, after] : p.follow_up_self) {
        if (auto before = p.intake_self.find(id); before != p.intake_self.end()) {
          self_change += after - before->second, ++self_changes;
        }
      }
    }
    for (const auto& kpi : course.results) {
      ++kpis;
      if (kpi.higher_is_better ? kpi.after > kpi.before : kpi.after < kpi.before) ++improved;
    }
  }

  FourLevels levels() const {
    FourLevels out;
    char text[160];
    if (reactions) out.reaction = {reaction / reactions, reactions, ""};
    if (sat) {
      std::snprintf(text, sizeof text, "%d of %d passed", passed, sat);
      std::string detail = text;
      if (scores) std::snprintf(text, sizeof text, "; mean score %.1f", score / scores), detail += text;
      out.learning = {100.0 * passed / sat, sat, detail};
    }
    if (manager_changes) {
      std::snprintf(text, sizeof text, "self-rated change %+.2f", self_changes ? self_change / self_changes : 0.0);
      out.behaviour = {manager_change / manager_changes, followed_up, self_changes ? text : "no self-ratings"};
    }
    if (kpis) {
      std::snprintf(text, sizeof text, "%d of %d KPIs improved", improved, kpis);
      out.results = {100.0 * improved / kpis, kpis, text};
    }
    out.notes = notes;
    return out;
  }
};

std::string figure(const LevelFigure& level, const char* format) {
  if (!level.value) return "not measured";
  char text[64];
  std::snprintf(text, sizeof text, format, *level.value);
  return std::string(text) + " (n=" + std::to_string(level.n) + (level.detail.empty() ? "" : "; " + level.detail) + ")";
}

std::string describe_levels(const FourLevels& levels) {
  // The four levels always print together: a pass rate never stands alone.
  return "    reaction   " + figure(levels.reaction, "%.1f of 5") + "\n" +
         "    learning   " + figure(levels.learning, "%.0f %% pass rate") + "\n" +
         "    behaviour  " + figure(levels.behaviour, "manager-rated change %+.2f") + "\n" +
         "    results    " + figure(levels.results, "%.0f %% of KPIs improved") + "\n";
}

nlohmann::ordered_json level_json(const LevelFigure& level) {
  nlohmann::ordered_json out{{"measured", level.value.has_value()}, {"n", level.n}, {"detail", level.detail}};
  out["value"] = level.value ? nlohmann::ordered_json(*level.value) : nlohmann::ordered_json(nullptr);
  return out;
}

nlohmann::ordered_json levels_json(const FourLevels& levels) {
  return {{"reaction", level_json(levels.reaction)},
          {"learning", level_json(levels.learning)},
          {"behaviour", level_json(levels.behaviour)},
          {"results", level_json(levels.results)},
          {"notes", levels.notes}};
}

}  // namespace

Result<std::vector<Course>> parse_training_outcomes(const std::string& text, const std::string& file) {
  YAML::Node root = CANDOR_TRY(parse_yaml(text, file));
  Problems problems(file);
  Fields top(root, problems, "training outcomes");
  if (!top.valid()) return problems.to_error();
  std::vector<Course> courses;
  for (const auto& node : list_of(top, "courses", problems, true)) courses.push_back(read_course(node, problems));
  top.finish();
  if (!problems.empty()) return problems.to_error();
  return courses;
}

TrainingReport evaluate_training(const std::vector<Course>& courses) {
  TrainingReport report;
  std::map<std::string, Sums> providers;
  for (const auto& course : courses) {
    Sums sums;
    sums.add(course);
    providers[course.provider].add(course);
    report.courses.push_back({course.title, course.provider, sums.levels()});
  }
  for (const auto& [provider, sums] : providers) report.providers[provider] = sums.levels();
  return report;
}

std::string describe(const TrainingReport& report) {
  std::string out;
  for (const auto& course : report.courses) {
    out += "Course: " + course.title + " (" + course.provider + ")\n" + describe_levels(course.levels);
    for (const auto& note : course.levels.notes) out += "    note: " + note + "\n";
  }
  for (const auto& [provider, levels] : report.providers) {
    out += "Provider: " + provider + "\n" + describe_levels(levels);
  }
  return out;
}

std::string to_json(const TrainingReport& report) {
  nlohmann::ordered_json courses = nlohmann::ordered_json::array();
  for (const auto& course : report.courses) {
    courses.push_back({{"title", course.title}, {"provider", course.provider}, {"levels", levels_json(course.levels)}});
  }
  nlohmann::ordered_json providers = nlohmann::ordered_json::object();
  for (const auto& [provider, levels] : report.providers) providers[provider] = levels_json(levels);
  return nlohmann::ordered_json{{"courses", courses}, {"providers", providers}}.dump(2);
}

}  // namespace candor::scheme

#include "scheme/scheme_loader.h"

#include <cstdlib>
#include <filesystem>

#include "base/files.h"
#include "base/text.h"
#include "scheme/scheme_loader_parts.h"

namespace candor::scheme {
namespace {

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

}  // namespace

Term read_term(const YAML::Node& node, Problems& problems, const std::string& what) {
  Term term;
  term.where = problems.location(node);
  if (node.IsScalar()) {  // a bare title: its id is the title itself
    term.id = term.title = node.Scalar();
    return term;
  }
  Fields fields(node, problems, what);
  term.id = fields.text("id", true);
  term.title = fields.text("title", true);
  term.synonyms = fields.texts("synonyms");
  fields.finish();
  return term;
}

std::vector<Term> read_terms(Fields& fields, const std::string& key, Problems& problems,
                             const std::string& what) {
  std::vector<Term> out;
  std::set<std::string> seen;
  for (const auto& node : list_of(fields, key, problems)) {
    out.push_back(read_term(node, problems, what));
    note_unique(seen, out.back().id, node, problems, what);
  }
  return out;
}

namespace {

EntryRequirement read_entry_requirement(const YAML::Node& node, Problems& problems) {
  EntryRequirement requirement;
  requirement.where = problems.location(node);
  Fields fields(node, problems, "entry requirement");
  requirement.id = fields.text("id", true);
  requirement.title = fields.text("title", true);
  requirement.description = fields.text("description");
  const std::string kind =
      fields.choice("kind", {"certificate", "experience", "tasks"}, "experience");
  requirement.kind = kind == "certificate"  ? EntryKind::kCertificate
                     : kind == "tasks"      ? EntryKind::kTasks
                                            : EntryKind::kExperience;
  requirement.obligation =
      fields.choice("obligation", {"mandatory", "recommended"}, "mandatory") == "recommended"
          ? Obligation::kRecommended
          : Obligation::kMandatory;
  requirement.certificates = read_terms(fields, "certificates", problems, "certificate");
  requirement.side_entry_allowed = fields.boolean("side_entry", false);
  requirement.roles = fields.texts("roles");
  requirement.field_terms = fields.texts("field");
  requirement.min_months = fields.integer("min_months").value_or(0);
  requirement.window_months = fields.integer("within_months").value_or(0);
  requirement.exclude_training_only = !fields.boolean("training_only_counts", false);
  requirement.tasks = read_terms(fields, "tasks", problems, "task");
  requirement.min_matched = fields.integer("min_matched").value_or(1);
  fields.finish();

  if (requirement.kind == EntryKind::kCertificate && requirement.certificates.empty()) {
    problems.add(node, "entry requirement '" + requirement.id +
                           "': a certificate requirement needs 'certificates'");
  }
  if (requirement.kind == EntryKind::kExperience &&
      (requirement.min_months <= 0 || requirement.roles.empty())) {
    problems.add(node, "entry requirement '" + requirement.id +
                           "': an experience requirement needs 'roles' and 'min_months' > 0");
  }
  if (requirement.window_months > 0 && requirement.window_months < requirement.min_months) {
    problems.add(node, "entry requirement '" + requirement.id +
                           "': 'within_months' is shorter than 'min_months'");
  }
  if (requirement.kind == EntryKind::kTasks &&
      (requirement.tasks.empty() || requirement.min_matched < 1 ||
       requirement.min_matched > static_cast<int>(requirement.tasks.size()))) {
    problems.add(node, "entry requirement '" + requirement.id +
                           "': a tasks requirement needs 'tasks' and 1 <= 'min_matched' <= "
                           "the number of tasks");
  }
  return requirement;
}

// "weeks: [9, 9]" or "weeks: 9".
void read_weeks(Fields& fields, Stage& stage, Problems& problems) {
  YAML::Node weeks = fields.child("weeks");
  int from = 0, to = 0;
  bool ok = false;
  if (weeks && weeks.IsScalar()) {
    ok = YAML::convert<int>::decode(weeks, from);
    to = from;
  } else if (weeks && weeks.IsSequence() && weeks.size() == 2) {
    ok = YAML::convert<int>::decode(weeks[0], from) && YAML::convert<int>::decode(weeks[1], to);
  }
  if (!ok || from < 0 || to < from) {
    problems.add(weeks ? weeks : fields.node(),
                 "stage '" + stage.id + "': 'weeks' must be a week or [first, last] with "
                 "0 <= first <= last");
    return;
  }
  stage.from_week = from;
  stage.to_week = to;
}

Stage read_stage(const YAML::Node& node, Problems& problems) {
  Stage stage;
  stage.where = problems.location(node);
  Fields fields(node, problems, "stage");
  stage.id = fields.text("id", true);
  stage.title = fields.text("title", true);
  read_weeks(fields, stage, problems);
  YAML::Node days = fields.child("days");
  if (days && days.IsScalar()) {
    stage.min_days = stage.max_days = days.as<int>(0);
  } else if (days && days.IsSequence() && days.size() == 2) {
    stage.min_days = days[0].as<int>(0);
    stage.max_days = days[1].as<int>(0);
  }
  if (days && (stage.min_days <= 0 || stage.max_days < stage.min_days ||
               stage.max_days > 7 * (stage.to_week - stage.from_week + 1))) {
    problems.add(days, "stage '" + stage.id + "': 'days' must be N or [min, max] within its weeks");
  }
  stage.exam = fields.boolean("exam", false);
  fields.finish();
  return stage;
}

Deadline read_deadline(const YAML::Node& node, Problems& problems) {
  Deadline deadline;
  deadline.where = problems.location(node);
  Fields fields(node, problems, "deadline");
  deadline.id = fields.text("id", true);
  deadline.title = fields.text("title", true);
  deadline.artefact = fields.text("artefact");
  deadline.stage = fields.text("stage", true);
  deadline.anchor = fields.choice("at", {"start", "end"}, "start") == "end"
                        ? Deadline::Anchor::kStageEnd
                        : Deadline::Anchor::kStageStart;
  deadline.offset_days = fields.integer("offset_days").value_or(0);
  fields.finish();
  return deadline;
}

Timeline read_timeline(const YAML::Node& node, Problems& problems) {
  Timeline timeline;
  timeline.where = problems.location(node);
  Fields fields(node, problems, "timeline");
  timeline.mode = fields.text("mode", true);
  timeline.description = fields.text("description");
  timeline.anchor_stage = fields.text("anchor");
  timeline.max_duration_months = fields.integer("max_duration_months").value_or(0);
  timeline.at_risk_days = fields.integer("at_risk_days").value_or(14);
  std::set<std::string> seen;
  for (const auto& item : list_of(fields, "stages", problems)) {
    timeline.stages.push_back(read_stage(item, problems));
    note_unique(seen, timeline.stages.back().id, item, problems, "stage");
  }
  for (const auto& item : list_of(fields, "deadlines", problems)) {
    timeline.deadlines.push_back(read_deadline(item, problems));
    note_unique(seen, timeline.deadlines.back().id, item, problems, "deadline");
  }
  fields.finish();
  if (timeline.stages.empty() && timeline.max_duration_months <= 0) {
    problems.add(node, "timeline '" + timeline.mode +
                           "' needs 'stages' or 'max_duration_months'");
  }
  if (!timeline.stages.empty() && !timeline.find_stage(timeline.anchor_stage)) {
    problems.add(node, "timeline '" + timeline.mode + "': 'anchor' must name one of its stages");
  }
  for (const auto& deadline : timeline.deadlines) {
    if (!deadline.stage.empty() && !timeline.find_stage(deadline.stage)) {
      problems.add(deadline.where,
                   "deadline '" + deadline.id + "': unknown stage '" + deadline.stage + "'");
    }
  }
  return timeline;
}

}  // namespace

std::vector<EntryRequirement> read_entry_requirements(Fields& top, Problems& problems) {
  std::vector<EntryRequirement> out;
  std::set<std::string> seen;
  for (const auto& node : list_of(top, "entry_requirements", problems, true)) {
    out.push_back(read_entry_requirement(node, problems));
    note_unique(seen, out.back().id, node, problems, "entry requirement");
  }
  return out;
}

std::vector<Timeline> read_timelines(Fields& top, Problems& problems) {
  std::vector<Timeline> out;
  std::set<std::string> seen;
  for (const auto& node : list_of(top, "timelines", problems, true)) {
    out.push_back(read_timeline(node, problems));
    note_unique(seen, out.back().mode, node, problems, "timeline mode");
  }
  return out;
}

CertificateSpec read_certificate(Fields& top, Problems& problems) {
  CertificateSpec certificate;
  YAML::Node node = top.child("certificate");
  if (!node) {
    problems.add(top.node(), "'certificate' is required");
    return certificate;
  }
  certificate.where = problems.location(node);
  Fields fields(node, problems, "certificate");
  certificate.achievement_id = fields.text("achievement_id", true);
  certificate.name = fields.text("name", true);
  certificate.description = fields.text("description", true);
  certificate.criteria = fields.text("criteria", true);
  certificate.achievement_type = fields.text("achievement_type");
  if (certificate.achievement_type.empty()) certificate.achievement_type = "Certification";
  certificate.validity_months = fields.integer("validity_months").value_or(0);
  if (certificate.validity_months < 0) {
    problems.add(node, "certificate: 'validity_months' must not be negative");
  }
  fields.finish();
  return certificate;
}

CpdRule read_cpd_rule(Fields& top, Problems& problems) {
  CpdRule rule;
  YAML::Node node = top.child("cpd");
  if (!node) return rule;
  rule.where = problems.location(node);
  Fields fields(node, problems, "cpd");
  rule.min_hours_per_year = fields.number("hours_per_year").value_or(0);
  rule.min_hours_per_period = fields.number("hours_per_period").value_or(0);
  rule.period_years = fields.integer("period_years").value_or(0);
  rule.audit_sample_percent = fields.number("audit_sample_percent").value_or(0);
  rule.activity_kinds = fields.texts("activity_kinds");
  fields.finish();
  if (rule.min_hours_per_period > 0 && rule.period_years <= 0) {
    problems.add(node, "cpd: 'hours_per_period' needs 'period_years'");
  }
  if (rule.audit_sample_percent < 0 || rule.audit_sample_percent > 100) {
    problems.add(node, "cpd: 'audit_sample_percent' must be between 0 and 100");
  }
  return rule;
}

Result<Scheme> parse_scheme(const std::string& text, const std::string& file) {
  YAML::Node root = CANDOR_TRY(parse_yaml(text, file));
  Problems problems(file);
  Scheme scheme;
  scheme.file = file;
  Fields top(root, problems, "scheme");
  if (!top.valid()) return problems.to_error();
  scheme.id = top.text("id", true);
  if (!scheme.id.empty() && !valid_id(scheme.id)) {
    problems.add(top.child("id"), "scheme id may hold only letters, digits, '.', '_' and '-'");
  }
  scheme.version = top.text("version", true);
  scheme.title = top.text("title", true);
  scheme.description = top.text("description");
  scheme.source_note = top.text("source");
  scheme.entry_requirements = read_entry_requirements(top, problems);
  scheme.timelines = read_timelines(top, problems);
  read_exam_requirements(top, problems, scheme);
  scheme.artefacts = read_artefacts(top, problems);
  scheme.exam = read_exam_form(top, problems);
  scheme.decision = read_decision_rules(top, problems);
  scheme.certificate = read_certificate(top, problems);
  scheme.cpd = read_cpd_rule(top, problems);
  top.finish();
  check_references(scheme, problems);
  if (!problems.empty()) return problems.to_error();
  return scheme;
}

Result<Scheme> load_scheme(const std::string& path) {
  std::string text = CANDOR_TRY(read_file(path, 8 << 20));
  return parse_scheme(text, path);
}

std::vector<std::string> scheme_search_path() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("CANDOR_SCHEMES_DIR"); env && *env) out.push_back(env);
  out.push_back("schemes");
  out.push_back(std::string(CANDOR_SOURCE_DIR) + "/schemes");
  return out;
}

Result<Scheme> find_scheme(const std::string& id_or_path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_regular_file(id_or_path, ec)) return load_scheme(id_or_path);
  for (const auto& folder : scheme_search_path()) {
    const fs::path candidate = fs::path(folder) / (id_or_path + ".yaml");
    if (fs::is_regular_file(candidate, ec)) return load_scheme(candidate.string());
  }
  for (const auto& folder : scheme_search_path()) {
    if (!fs::is_directory(folder, ec)) continue;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
      if (entry.path().extension() != ".yaml") continue;
      auto scheme = load_scheme(entry.path().string());
      if (scheme.ok() && scheme->id == id_or_path) return scheme;
    }
  }
  return Error::not_found("no scheme file or scheme id '" + id_or_path +
                          "' (searched: " + join(scheme_search_path(), ", ") + ")");
}

}  // namespace candor::scheme

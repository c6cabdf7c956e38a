#include <filesystem>

#include "base/files.h"
#include "base/sha256.h"
#include "base/text.h"
#include "scheme/decision.h"
#include "scheme/yaml_fields.h"

namespace candor::scheme {
namespace {

template <class T>
bool has_id(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id) return true;
  }
  return false;
}

std::vector<Assessment> read_assessments(Fields& top, const std::string& key, Problems& problems,
                                         const Scheme& scheme, bool skills) {
  std::vector<Assessment> out;
  YAML::Node node = top.child(key);
  if (!node || node.IsNull()) return out;
  if (!node.IsMap()) {
    problems.add(node, "'" + key + "' must map each id to its evidence entries");
    return out;
  }
  for (const auto& item : node) {
    Assessment assessment;
    assessment.id = item.first.Scalar();
    assessment.where = problems.location(item.first);
    const bool known = skills ? has_id(scheme.exam.skill_requirements, assessment.id)
                              : scheme.find_requirement(assessment.id) != nullptr;
    if (!known) {
      problems.add(item.first, std::string("unknown ") + (skills ? "skill" : "exam") +
                                   " requirement '" + assessment.id + "'");
    }
    if (!item.second.IsSequence()) {
      problems.add(item.second, "'" + assessment.id + "' must be a list of evidence entries");
      continue;
    }
    for (const auto& entry_node : item.second) {
      Fields fields(entry_node, problems, "evidence entry");
      EvidenceEntry entry;
      entry.where = problems.location(entry_node);
      entry.source = fields.text("source", true);
      entry.degree = fields.text("degree", true);
      entry.note = fields.text("note");
      fields.finish();
      if (!entry.source.empty() && !has_id(scheme.exam.evidence_sources, entry.source)) {
        problems.add(entry_node, "unknown evidence source '" + entry.source + "'");
      }
      if (!entry.degree.empty() && !scheme.exam.find_degree(entry.degree)) {
        problems.add(entry_node, "unknown degree '" + entry.degree + "'");
      }
      assessment.evidence.push_back(entry);
    }
    out.push_back(std::move(assessment));
  }
  return out;
}

PreparedQuestion read_question(const YAML::Node& node, Problems& problems, const Scheme& scheme) {
  PreparedQuestion question;
  question.where = problems.location(node);
  Fields fields(node, problems, "question");
  question.id = fields.text("id", true);
  question.area = fields.text("area");
  question.text = fields.text("text", true);
  question.criteria = fields.texts("criteria");
  question.written = fields.date("written");
  if (fields.has("satisfied")) question.satisfied = fields.boolean("satisfied", false);
  fields.finish();
  if (!question.area.empty() && !scheme.find_main_area(question.area)) {
    problems.add(node, "question '" + question.id + "': unknown main area '" + question.area + "'");
  }
  return question;
}

ReportRecord read_report(Fields& top, Problems& problems, const std::string& form_file) {
  ReportRecord report;
  YAML::Node node = top.child("report");
  if (!node) return report;
  Fields fields(node, problems, "report");
  report.title = fields.text("title", true);
  report.file = fields.text("file");
  report.sha256 = to_lower(fields.text("sha256"));
  fields.finish();
  if (!report.sha256.empty() && !is_sha256_hex(report.sha256)) {
    problems.add(node, "report: 'sha256' must be 64 hexadecimal digits");
  }
  if (!report.file.empty()) {
    namespace fs = std::filesystem;
    fs::path path(report.file);
    if (path.is_relative()) path = fs::path(form_file).parent_path() / path;
    report.file = path.string();
    auto bytes = read_file(report.file);
    if (!bytes.ok()) {
      problems.add(node, "report: cannot read " + report.file + ": " + bytes.error().message());
    } else {
      const std::string digest = sha256_hex(*bytes);
      if (!report.sha256.empty() && report.sha256 != digest) {
        problems.add(node, "report: the file's SHA-256 is " + digest + ", not the one recorded");
      }
      report.sha256 = digest;
    }
  }
  return report;
}

}  // namespace

Result<ExaminerForm> parse_examiner_form(const std::string& text, const std::string& file,
                                         const Scheme& scheme) {
  YAML::Node root = CANDOR_TRY(parse_yaml(text, file));
  Problems problems(file);
  Fields top(root, problems, "examiner form");
  if (!top.valid()) return problems.to_error();
  ExaminerForm form;
  form.file = file;
  const std::string scheme_id = top.text("scheme");
  if (!scheme_id.empty() && scheme_id != scheme.id) {
    problems.add(top.child("scheme"), "the form is for scheme '" + scheme_id + "', not '" +
                                          scheme.id + "'");
  }
  form.candidate = top.text("candidate", true);
  form.candidate_email = top.text("candidate_email");
  form.examiner = top.text("examiner", true);
  form.session = top.date("session");
  form.report = read_report(top, problems, file);
  form.addressed = top.texts("addressed");
  for (const auto& id : form.addressed) {
    if (!scheme.find_specification(id).second) {
      problems.add(top.child("addressed"), "unknown exam specification '" + id + "'");
    }
  }
  form.requirements = read_assessments(top, "requirements", problems, scheme, false);
  form.skills = read_assessments(top, "skills", problems, scheme, true);
  for (const auto& node : list_of(top, "questions", problems)) {
    form.questions.push_back(read_question(node, problems, scheme));
  }
  top.finish();
  if (!problems.empty()) return problems.to_error();
  return form;
}

Result<ExaminerForm> load_examiner_form(const std::string& path, const Scheme& scheme) {
  std::string text = CANDOR_TRY(read_file(path, 4 << 20));
  return parse_examiner_form(text, path, scheme);
}

}  // namespace candor::scheme

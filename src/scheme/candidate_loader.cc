#include "base/files.h"
#include "base/text.h"
#include "scheme/candidate.h"
#include "scheme/yaml_fields.h"

namespace candor::scheme {
namespace {

// CV periods are often given by month: "2021-03" starts on the 1st and, as
// an end, runs to the month's last day.
std::optional<Date> read_period_date(Fields& fields, const std::string& key, bool end,
                                     Problems& problems) {
  const std::string text = fields.text(key);
  if (text.empty() || text == "present" || text == "now") return std::nullopt;
  if (text.size() == 7 && text[4] == '-') {
    auto first = Date::parse(text + "-01");
    if (first.ok()) return end ? first->add_months(1).add_days(-1) : first.value();
  }
  auto parsed = Date::parse(text);
  if (!parsed.ok()) {
    problems.add(fields.child(key), "'" + key + "' must be YYYY-MM-DD, YYYY-MM or 'present' (found '" +
                                        text + "')");
    return std::nullopt;
  }
  return parsed.value();
}

CvEntry read_cv_entry(const YAML::Node& node, Problems& problems) {
  CvEntry entry;
  entry.where = problems.location(node);
  Fields fields(node, problems, "CV entry");
  entry.role = fields.text("role", true);
  entry.organisation = fields.text("organisation", true);
  if (!fields.has("from")) problems.add(node, "CV entry: 'from' is required");
  auto from = read_period_date(fields, "from", false, problems);
  if (from) entry.from = *from;
  entry.to = read_period_date(fields, "to", true, problems);
  entry.tasks = fields.texts("tasks");
  entry.deliverables = fields.texts("deliverables");
  entry.description = fields.text("description");
  entry.training_only = fields.boolean("training_only", false);
  fields.finish();
  if (from && entry.to && *entry.to < *from) {
    problems.add(node, "CV entry '" + entry.role + "': 'to' is before 'from'");
  }
  return entry;
}

Certificate read_certificate_entry(const YAML::Node& node, Problems& problems) {
  Certificate certificate;
  certificate.where = problems.location(node);
  Fields fields(node, problems, "certificate");
  certificate.name = fields.text("name", true);
  certificate.issuer = fields.text("issuer", true);
  certificate.number = fields.text("number", true);
  certificate.date = fields.date("date");
  fields.finish();
  return certificate;
}

Reference read_reference(const YAML::Node& node, Problems& problems, std::size_t cv_size) {
  Reference reference;
  reference.where = problems.location(node);
  Fields fields(node, problems, "reference");
  reference.name = fields.text("name", true);
  reference.organisation = fields.text("organisation");
  reference.contact = fields.text("contact", true);
  YAML::Node entries = fields.child("endorses");
  if (entries && entries.IsSequence()) {
    for (const auto& item : entries) {
      int number = 0;
      if (!YAML::convert<int>::decode(item, number) || number < 1 ||
          number > static_cast<int>(cv_size)) {
        problems.add(item, "reference: 'endorses' must list CV entry numbers 1.." +
                               std::to_string(cv_size));
        continue;
      }
      reference.entries.push_back(number);
    }
  } else if (entries) {
    problems.add(entries, "reference: 'endorses' must be a list of CV entry numbers");
  }
  fields.finish();
  return reference;
}

}  // namespace

Result<Candidate> parse_candidate(const std::string& text, const std::string& file) {
  YAML::Node root = CANDOR_TRY(parse_yaml(text, file));
  Problems problems(file);
  Fields top(root, problems, "candidate");
  if (!top.valid()) return problems.to_error();
  Candidate candidate;
  candidate.name = top.text("name", true);
  candidate.email = top.text("email");
  for (const auto& node : list_of(top, "cv", problems)) {
    candidate.cv.push_back(read_cv_entry(node, problems));
  }
  for (const auto& node : list_of(top, "certificates", problems)) {
    candidate.certificates.push_back(read_certificate_entry(node, problems));
  }
  if (YAML::Node side = top.child("side_entry"); side && !side.IsNull()) {
    Fields fields(side, problems, "side_entry");
    SideEntry entry;
    entry.where = problems.location(side);
    entry.route = fields.text("route", true);
    entry.approved_by = fields.text("approved_by", true);
    entry.reference = fields.text("reference", true);
    fields.finish();
    candidate.side_entry = entry;
  }
  for (const auto& node : list_of(top, "references", problems)) {
    candidate.references.push_back(read_reference(node, problems, candidate.cv.size()));
  }
  top.finish();
  if (!problems.empty()) return problems.to_error();
  return candidate;
}

Result<Candidate> load_candidate(const std::string& path) {
  std::string text = CANDOR_TRY(read_file(path, 4 << 20));
  return parse_candidate(text, path);
}

}  // namespace candor::scheme

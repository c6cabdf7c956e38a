// The assessment half of a scheme file: exam requirements, artefacts and
// their checks, the exam form and the decision rules.
#include "scheme/scheme_loader_parts.h"

namespace candor::scheme {
namespace {

Section read_section(const YAML::Node& node, Problems& problems, std::set<std::string>& seen) {
  Section section;
  section.where = problems.location(node);
  Fields fields(node, problems, "section");
  section.id = fields.text("id", true);
  section.title = fields.text("title", true);
  section.synonyms = fields.texts("synonyms");
  section.guidance = fields.text("guidance");
  section.required = fields.boolean("required", true);
  section.literature = fields.boolean("literature", false);
  note_unique(seen, section.id, node, problems, "section");
  for (const auto& child : list_of(fields, "subsections", problems)) {
    section.subsections.push_back(read_section(child, problems, seen));
  }
  fields.finish();
  return section;
}

ContentCheck read_content_check(const YAML::Node& node, Problems& problems) {
  ContentCheck check;
  check.where = problems.location(node);
  Fields fields(node, problems, "content check");
  check.id = fields.text("id", true);
  check.title = fields.text("title", true);
  check.section = fields.text("section");
  check.any_of = fields.texts("any_of");
  if (check.any_of.empty()) problems.add(node, "content check '" + check.id + "' needs 'any_of'");
  fields.finish();
  return check;
}

// "words: {target: 6000, tolerance_percent: 10}" or "words: {min: .., max: ..}".
void read_word_window(Fields& fields, Artefact& artefact, Problems& problems) {
  YAML::Node node = fields.child("words");
  if (!node) return;
  Fields words(node, problems, "words");
  auto target = words.integer("target");
  auto tolerance = words.number("tolerance_percent");
  auto min = words.integer("min");
  auto max = words.integer("max");
  words.finish();
  if (target) {
    // Integer arithmetic in tenths of a percent, so 6000 +/- 10 % is exactly
    // [5400, 6600] and never 5399.999.
    const long tenths = static_cast<long>(tolerance.value_or(0) * 10 + 0.5);
    artefact.min_words = static_cast<int>((*target * (1000 - tenths) + 999) / 1000);
    artefact.max_words = static_cast<int>(*target * (1000 + tenths) / 1000);
  }
  if (min) artefact.min_words = min;
  if (max) artefact.max_words = max;
  if (!target && !min && !max) problems.add(node, "words: give 'target' or 'min'/'max'");
  if (artefact.min_words && artefact.max_words && *artefact.min_words > *artefact.max_words) {
    problems.add(node, "words: the minimum is above the maximum");
  }
}

Artefact read_artefact(const YAML::Node& node, Problems& problems) {
  Artefact artefact;
  artefact.where = problems.location(node);
  Fields fields(node, problems, "artefact");
  artefact.id = fields.text("id", true);
  artefact.title = fields.text("title", true);
  read_word_window(fields, artefact, problems);
  artefact.max_pages = fields.integer("max_pages");
  artefact.words_per_page = fields.integer("words_per_page").value_or(0);
  artefact.page_basis = fields.text("page_basis");
  if (artefact.max_pages && artefact.words_per_page <= 0) {
    problems.add(node, "artefact '" + artefact.id +
                           "': 'max_pages' needs 'words_per_page' for documents without pages");
  }
  std::set<std::string> seen;
  for (const auto& child : list_of(fields, "sections", problems, true)) {
    artefact.sections.push_back(read_section(child, problems, seen));
  }
  for (const auto& child : list_of(fields, "content_checks", problems)) {
    artefact.content_checks.push_back(read_content_check(child, problems));
    const auto& check = artefact.content_checks.back();
    if (!check.section.empty() && !seen.count(check.section)) {
      problems.add(child, "content check '" + check.id + "': unknown section '" + check.section +
                              "'");
    }
  }
  if (YAML::Node coverage = fields.child("coverage")) {
    Fields rule(coverage, problems, "coverage");
    artefact.coverage.min_specifications = rule.integer("min_specifications").value_or(0);
    artefact.coverage.min_requirements = rule.integer("min_requirements").value_or(0);
    rule.finish();
  }
  fields.finish();
  return artefact;
}

ExamRequirement read_exam_requirement(const YAML::Node& node, Problems& problems,
                                      std::set<std::string>& seen) {
  ExamRequirement requirement;
  requirement.where = problems.location(node);
  Fields fields(node, problems, "exam requirement");
  requirement.id = fields.text("id", true);
  requirement.title = fields.text("title", true);
  requirement.synonyms = fields.texts("synonyms");
  requirement.main_area = fields.text("main_area", true);
  note_unique(seen, requirement.id, node, problems, "exam requirement");
  for (const auto& child : list_of(fields, "specifications", problems, true)) {
    Fields spec_fields(child, problems, "exam specification");
    ExamSpecification spec;
    spec.where = problems.location(child);
    spec.id = spec_fields.text("id", true);
    spec.title = spec_fields.text("title", true);
    spec.synonyms = spec_fields.texts("synonyms");
    spec_fields.finish();
    note_unique(seen, spec.id, child, problems, "exam specification");
    requirement.specifications.push_back(std::move(spec));
  }
  fields.finish();
  return requirement;
}

ExamPart read_exam_part(const YAML::Node& node, Problems& problems) {
  ExamPart part;
  part.where = problems.location(node);
  Fields fields(node, problems, "exam part");
  part.id = fields.text("id", true);
  part.title = fields.text("title", true);
  part.description = fields.text("description");
  part.minutes = fields.integer("minutes").value_or(0);
  part.must_address = read_terms(fields, "must_address", problems, "presentation point");
  part.evidence_source = fields.text("evidence_source");
  fields.finish();
  return part;
}

QuestionRules read_question_rules(const YAML::Node& node, Problems& problems) {
  QuestionRules rules;
  Fields fields(node, problems, "questions");
  rules.min_per_candidate = fields.integer("min_per_candidate").value_or(0);
  rules.max_per_candidate = fields.integer("max_per_candidate").value_or(0);
  rules.each_addresses_main_area = fields.boolean("each_addresses_main_area", false);
  rules.criteria_required = fields.boolean("criteria_required", false);
  rules.written_before_session = fields.boolean("written_before_session", false);
  if (YAML::Node exposure = fields.child("exposure_warning")) {
    Fields limits(exposure, problems, "exposure_warning");
    rules.max_candidates = limits.integer("candidates").value_or(0);
    rules.max_cohorts = limits.integer("cohorts").value_or(0);
    rules.max_providers = limits.integer("providers").value_or(0);
    limits.finish();
  }
  fields.finish();
  if (rules.max_per_candidate < rules.min_per_candidate) {
    problems.add(node, "questions: 'max_per_candidate' is below 'min_per_candidate'");
  }
  return rules;
}

}  // namespace

std::vector<Artefact> read_artefacts(Fields& top, Problems& problems) {
  std::vector<Artefact> out;
  std::set<std::string> seen;
  for (const auto& node : list_of(top, "artefacts", problems, true)) {
    out.push_back(read_artefact(node, problems));
    note_unique(seen, out.back().id, node, problems, "artefact");
  }
  return out;
}

void read_exam_requirements(Fields& top, Problems& problems, Scheme& scheme) {
  std::set<std::string> seen;
  for (const auto& node : list_of(top, "main_areas", problems, true)) {
    Term term = read_term(node, problems, "main area");
    note_unique(seen, term.id, node, problems, "main area");
    scheme.main_areas.push_back(MainArea{term.id, term.title, term.where});
  }
  for (const auto& node : list_of(top, "exam_requirements", problems, true)) {
    scheme.exam_requirements.push_back(read_exam_requirement(node, problems, seen));
  }
}

ExamForm read_exam_form(Fields& top, Problems& problems) {
  ExamForm form;
  YAML::Node node = top.child("exam");
  if (!node) {
    problems.add(top.node(), "'exam' is required");
    return form;
  }
  Fields fields(node, problems, "exam");
  form.evidence_sources = read_terms(fields, "evidence_sources", problems, "evidence source");
  std::set<std::string> seen;
  for (const auto& child : list_of(fields, "degrees", problems, true)) {
    Fields degree_fields(child, problems, "degree");
    DegreeLevel degree;
    degree.id = degree_fields.text("id", true);
    degree.title = degree_fields.text("title", true);
    degree.rank = static_cast<int>(form.degrees.size());  // listed from lowest to highest
    degree_fields.finish();
    note_unique(seen, degree.id, child, problems, "degree");
    form.degrees.push_back(degree);
  }
  form.skill_requirements = read_terms(fields, "skill_requirements", problems, "skill requirement");
  for (const auto& child : list_of(fields, "parts", problems, true)) {
    form.parts.push_back(read_exam_part(child, problems));
  }
  if (YAML::Node questions = fields.child("questions")) {
    form.questions = read_question_rules(questions, problems);
  }
  fields.finish();
  return form;
}

DecisionRules read_decision_rules(Fields& top, Problems& problems) {
  DecisionRules decision;
  YAML::Node node = top.child("decision");
  if (!node) {
    problems.add(top.node(), "'decision' is required");
    return decision;
  }
  Fields fields(node, problems, "decision");
  decision.corroborating_sources = fields.integer("corroborating_sources").value_or(1);
  if (decision.corroborating_sources < 1) {
    problems.add(node, "decision: 'corroborating_sources' must be at least 1");
  }
  static const std::vector<std::string> kKinds = {
      "each_addressed_at_least", "min_requirements_at_least", "min_main_areas_at_least",
      "each_skill_at_least",     "questions_satisfied",       "required_sources"};
  for (const auto& child : list_of(fields, "rules", problems, true)) {
    Fields rule_fields(child, problems, "decision rule");
    DecisionRule rule;
    rule.where = problems.location(child);
    rule.id = rule_fields.text("id", true);
    rule.title = rule_fields.text("title", true);
    const std::string kind = rule_fields.choice("kind", kKinds, "");
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
      if (kKinds[i] == kind) rule.kind = static_cast<RuleKind>(i);
    }
    if (kind.empty()) problems.add(child, "decision rule '" + rule.id + "' needs a 'kind'");
    rule.degree = rule_fields.text("degree");
    rule.count = rule_fields.integer("count").value_or(0);
    rule.sources = rule_fields.texts("sources");
    rule_fields.finish();
    decision.rules.push_back(std::move(rule));
  }
  fields.finish();
  return decision;
}

namespace {

bool names_source(const ExamForm& form, const std::string& id) {
  for (const auto& source : form.evidence_sources) {
    if (source.id == id) return true;
  }
  return false;
}

void check_rule(const Scheme& scheme, const DecisionRule& rule, Problems& problems) {
  const bool needs_degree = rule.kind != RuleKind::kQuestionsSatisfied &&
                            rule.kind != RuleKind::kRequiredSources;
  if (needs_degree && !scheme.exam.find_degree(rule.degree)) {
    problems.add(rule.where, "decision rule '" + rule.id + "': unknown degree '" + rule.degree + "'");
  }
  const bool needs_count = rule.kind == RuleKind::kMinRequirementsAtLeast ||
                           rule.kind == RuleKind::kMinMainAreasAtLeast;
  if (needs_count && rule.count < 1) {
    problems.add(rule.where, "decision rule '" + rule.id + "' needs 'count' >= 1");
  }
  if (rule.kind == RuleKind::kRequiredSources && rule.sources.empty()) {
    problems.add(rule.where, "decision rule '" + rule.id + "' needs 'sources'");
  }
  for (const auto& source : rule.sources) {
    if (!names_source(scheme.exam, source)) {
      problems.add(rule.where, "decision rule '" + rule.id + "': unknown evidence source '" +
                                   source + "'");
    }
  }
}

}  // namespace

void check_references(const Scheme& scheme, Problems& problems) {
  for (const auto& requirement : scheme.exam_requirements) {
    if (!requirement.main_area.empty() && !scheme.find_main_area(requirement.main_area)) {
      problems.add(requirement.where, "exam requirement '" + requirement.id +
                                          "': unknown main area '" + requirement.main_area + "'");
    }
  }
  for (const auto& timeline : scheme.timelines) {
    for (const auto& deadline : timeline.deadlines) {
      if (!deadline.artefact.empty() && !scheme.find_artefact(deadline.artefact)) {
        problems.add(deadline.where, "deadline '" + deadline.id + "': unknown artefact '" +
                                         deadline.artefact + "'");
      }
    }
  }
  for (const auto& part : scheme.exam.parts) {
    if (!part.evidence_source.empty() && !names_source(scheme.exam, part.evidence_source)) {
      problems.add(part.where, "exam part '" + part.id + "': unknown evidence source '" +
                                   part.evidence_source + "'");
    }
  }
  for (const auto& rule : scheme.decision.rules) check_rule(scheme, rule, problems);
  for (const auto& artefact : scheme.artefacts) {
    if (artefact.coverage.min_specifications > 0 && scheme.exam_requirements.empty()) {
      problems.add(artefact.where, "artefact '" + artefact.id +
                                       "' has a coverage rule but the scheme has no exam "
                                       "requirements");
    }
  }
}

}  // namespace candor::scheme

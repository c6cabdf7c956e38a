#include "scheme/scheme.h"

namespace candor::scheme {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

void collect(const std::vector<Section>& sections, std::vector<const Section*>& out) {
  for (const auto& section : sections) {
    out.push_back(&section);
    collect(section.subsections, out);
  }
}

}  // namespace

const Stage* Timeline::find_stage(std::string_view stage_id) const {
  return find_by_id(stages, stage_id);
}

std::vector<const Section*> Artefact::all_sections() const {
  std::vector<const Section*> out;
  collect(sections, out);
  return out;
}

const DegreeLevel* ExamForm::find_degree(std::string_view degree_id) const {
  return find_by_id(degrees, degree_id);
}

const Artefact* Scheme::find_artefact(std::string_view artefact_id) const {
  return find_by_id(artefacts, artefact_id);
}

const Timeline* Scheme::find_timeline(std::string_view mode) const {
  for (const auto& timeline : timelines) {
    if (timeline.mode == mode) return &timeline;
  }
  return nullptr;
}

const ExamRequirement* Scheme::find_requirement(std::string_view requirement_id) const {
  return find_by_id(exam_requirements, requirement_id);
}

const MainArea* Scheme::find_main_area(std::string_view area_id) const {
  return find_by_id(main_areas, area_id);
}

std::pair<const ExamRequirement*, const ExamSpecification*> Scheme::find_specification(
    std::string_view specification_id) const {
  for (const auto& requirement : exam_requirements) {
    if (const auto* spec = find_by_id(requirement.specifications, specification_id)) {
      return {&requirement, spec};
    }
  }
  return {nullptr, nullptr};
}

const char* to_string(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCertificate: return "certificate";
    case EntryKind::kExperience: return "experience";
    case EntryKind::kTasks: return "tasks";
  }
  return "?";
}

const char* to_string(RuleKind kind) {
  switch (kind) {
    case RuleKind::kEachAddressedAtLeast: return "each_addressed_at_least";
    case RuleKind::kMinRequirementsAtLeast: return "min_requirements_at_least";
    case RuleKind::kMinMainAreasAtLeast: return "min_main_areas_at_least";
    case RuleKind::kEachSkillAtLeast: return "each_skill_at_least";
    case RuleKind::kQuestionsSatisfied: return "questions_satisfied";
    case RuleKind::kRequiredSources: return "required_sources";
  }
  return "?";
}

}  // namespace candor::scheme

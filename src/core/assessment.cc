#include "core/assessment.h"

namespace candor {
namespace {

struct KindName {
  EvidenceKind kind;
  const char* name;
};

constexpr KindName kKinds[] = {
    {EvidenceKind::kInterview, "interview"},     {EvidenceKind::kDocument, "document"},
    {EvidenceKind::kObservation, "observation"}, {EvidenceKind::kRecord, "record"},
    {EvidenceKind::kMeasurement, "measurement"}, {EvidenceKind::kCertificate, "certificate"},
    {EvidenceKind::kReference, "reference"},     {EvidenceKind::kReport, "report"},
    {EvidenceKind::kPresentation, "presentation"}, {EvidenceKind::kOther, "other"},
};

}  // namespace

const char* to_string(EvidenceKind kind) {
  for (const auto& entry : kKinds) {
    if (entry.kind == kind) return entry.name;
  }
  return "other";
}

Result<EvidenceKind> parse_evidence_kind(std::string_view text) {
  for (const auto& entry : kKinds) {
    if (text == entry.name) return entry.kind;
  }
  return Error::invalid_input("unknown evidence kind '" + std::string(text) + "' (expected " +
                              evidence_kind_choices() + ")");
}

std::string evidence_kind_choices() {
  std::string out;
  for (const auto& entry : kKinds) out += (out.empty() ? "" : " | ") + std::string(entry.name);
  return out;
}

bool is_owner(const std::vector<ProcessOwner>& owners, const std::string& actor, const std::string& node_id) {
  for (const auto& owner : owners) {
    if (owner.actor == actor && owner.node_id == node_id) return true;
  }
  return false;
}

const Evidence* AssessmentRecord::find_evidence(Id id) const {
  for (const auto& item : evidence) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace candor

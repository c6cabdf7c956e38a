#include "report/anchors.h"

namespace candor::anchors {
namespace {

// Ids become HTML ids and URL fragments: keep the characters that are safe
// in both unchanged and replace the rest, so a node id can never break out of
// an attribute.
std::string safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    out += plain ? c : '_';
  }
  return out;
}

}  // namespace

std::string node(std::string_view node_id) { return "node-" + safe(node_id); }
std::string process(std::string_view node_id) { return "process-" + safe(node_id); }
std::string action(std::string_view action_id) { return "action-" + safe(action_id); }
std::string judgement(Id id) { return "judgement-" + std::to_string(id); }
std::string evidence(Id id) { return "evidence-" + std::to_string(id); }

}  // namespace candor::anchors

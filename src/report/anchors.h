// The fragment identifiers that tie a report together: charts and tables link
// to them, the HTML report defines them. One place, so links never dangle.
#pragma once

#include <string>
#include <string_view>

#include "core/assessment.h"

namespace candor::anchors {

// A node's conformity row (every node of the framework has one).
std::string node(std::string_view node_id);
// A process's capability detail: attribute ratings and the promise gap.
std::string process(std::string_view node_id);
std::string action(std::string_view action_id);
std::string judgement(Id id);
std::string evidence(Id id);

// "#" + anchor, for href attributes.
inline std::string href(const std::string& anchor) { return "#" + anchor; }

}  // namespace candor::anchors

// How the scheme module's results read on a terminal (describe) and as JSON
// (to_json). The JSON shapes are documented in docs/schemes.md.
#pragma once

#include <string>

#include "scheme/artefact_check.h"
#include "scheme/decision.h"
#include "scheme/entry_check.h"
#include "scheme/timeline.h"

namespace candor::scheme {

std::string describe(const ArtefactCheck& check, const Artefact& artefact);
std::string describe(const EntryCheck& check);
std::string describe(const DatedTimeline& timeline, const TimelineStatus& status);
std::string describe(const Decision& decision);

std::string to_json(const EntryCheck& check);
std::string to_json(const DatedTimeline& timeline, const TimelineStatus& status);
std::string to_json(const Decision& decision);

}  // namespace candor::scheme

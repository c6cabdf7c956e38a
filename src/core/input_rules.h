// The rules a claim, a piece of evidence or a judgement must meet before it is
// stored. Each refusal names the field ("judgement.rating") and says what is
// wrong in words a process owner understands. Pure: the caller supplies the
// framework, the assessment record and today's date.
#pragma once

#include "base/result.h"
#include "core/assessment.h"
#include "core/framework.h"

namespace candor {

inline constexpr std::size_t kMaxTitleLength = 300;
inline constexpr std::size_t kMaxTextLength = 20000;

Status check_claim(const Framework& framework, const Claim& claim);
Status check_evidence(const Framework& framework, const Evidence& evidence, Date today);
// Also turns a percentage into the scale's level (judgement.percent -> rating).
Status check_judgement(const Framework& framework, const AssessmentRecord& record,
                       Judgement& judgement);

}  // namespace candor

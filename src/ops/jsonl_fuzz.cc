// libFuzzer target for the JSON Lines reader: any lines after a first JSON
// object, read with the generic and servicenow profiles.
#include <string>

#include "ops/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = "{\"case_id\":\"C0\",\"activity\":\"Open\",\"timestamp\":\"2016-03-01T08:00:00Z\",\"number\":\"C0\","
                     "\"sys_mod_count\":0,\"made_sla\":true}\n";
  text.append(reinterpret_cast<const char*>(data), size);
  candor::ops::fuzz::check_profile(text, "generic");
  candor::ops::fuzz::check_profile(text, "servicenow");
  return 0;
}

// libFuzzer target for the XES reader: any bytes after an XES start must be
// read without a crash (damaged XML is an error, not a crash), the same
// however the file is split at traces.
#include <string>

#include "ops/fuzz_check.h"
#include "ops/xes_scanner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!candor::ops::looks_like_xes(text.data(), 0, text.size(), "")) text.insert(0, "<log>");
  candor::ops::fuzz::check_profile(text, "generic");
  return 0;
}

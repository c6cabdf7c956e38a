// libFuzzer target for the DOCX and ODT readers: arbitrary bytes go through
// the ZIP layer and the XML parsing; any outcome but a crash, a sanitizer
// report or a hang is fine. Built only with -DCANDOR_FUZZ=ON and clang:
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCANDOR_FUZZ=ON \
//     -DCANDOR_TESTS=OFF -DCANDOR_BENCH=OFF
//   ninja -C build-fuzz document_fuzz && build-fuzz/src/scheme/document_fuzz -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string>

#include "scheme/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Small limits keep each run fast and exercise the limit checks too.
  candor::scheme::ZipLimits limits;
  limits.max_member_bytes = 4 << 20;
  limits.max_total_bytes = 8 << 20;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)candor::scheme::read_docx(bytes, "fuzz.docx", limits);
  (void)candor::scheme::read_odt(bytes, "fuzz.odt", limits);
  return 0;
}

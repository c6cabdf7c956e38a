#include "scheme/zip_archive.h"

#include <zip.h>

namespace candor::scheme {

struct ZipArchive::State {
  std::string bytes;  // libzip reads from this buffer; it must outlive `archive`
  std::string name;
  ZipLimits limits;
  zip_t* archive = nullptr;
  std::int64_t total_read = 0;

  ~State() {
    if (archive) zip_discard(archive);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<State> state) : state_(std::move(state)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(std::string bytes, const std::string& name,
                                    ZipLimits limits) {
  auto state = std::make_unique<State>();
  state->bytes = std::move(bytes);
  state->name = name;
  state->limits = limits;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source =
      zip_source_buffer_create(state->bytes.data(), state->bytes.size(), 0, &error);
  if (!source) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Error::internal("cannot read " + name + " from memory: " + message);
  }
  state->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!state->archive) {
    zip_source_free(source);
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Error::invalid_input("not a readable ZIP archive (corrupt or truncated): " + message,
                                Location{name});
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(state->archive, 0);
  if (entries > limits.max_entries) {
    return Error::too_large("the archive has " + std::to_string(entries) +
                                " entries; at most " + std::to_string(limits.max_entries) +
                                " are accepted",
                            Location{name});
  }
  return ZipArchive(std::move(state));
}

bool ZipArchive::contains(const std::string& member) const {
  return zip_name_locate(state_->archive, member.c_str(), 0) >= 0;
}

Result<std::string> ZipArchive::read(const std::string& member) {
  const Location where{state_->name, 0, 0, member};
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(state_->archive, member.c_str(), 0, &stat) != 0) {
    return Error::not_found("the archive has no member " + member, Location{state_->name});
  }
  const ZipLimits& limits = state_->limits;
  // The directory's sizes are claims; refuse obvious bombs early and enforce
  // the limits again on the bytes actually inflated.
  if ((stat.valid & ZIP_STAT_SIZE) &&
      static_cast<std::int64_t>(stat.size) > limits.max_member_bytes) {
    return Error::too_large(member + " inflates to " + std::to_string(stat.size) +
                                " bytes; the limit is " + std::to_string(limits.max_member_bytes),
                            where);
  }
  zip_file_t* file = zip_fopen(state_->archive, member.c_str(), 0);
  if (!file) {
    return Error::invalid_input(std::string("cannot open member: ") +
                                    zip_strerror(state_->archive),
                                where);
  }
  std::string out;
  char buffer[64 * 1024];
  while (true) {
    const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
    if (got < 0) {
      std::string message = zip_file_strerror(file);
      zip_fclose(file);
      return Error::invalid_input("corrupt archive member: " + message, where);
    }
    if (got == 0) break;
    out.append(buffer, static_cast<std::size_t>(got));
    state_->total_read += got;
    const std::int64_t size = static_cast<std::int64_t>(out.size());
    const bool ratio_exceeded =
        size > (1 << 20) && (stat.valid & ZIP_STAT_COMP_SIZE) &&
        size > limits.max_ratio * static_cast<double>(std::max<zip_uint64_t>(stat.comp_size, 1));
    if (size > limits.max_member_bytes || state_->total_read > limits.max_total_bytes ||
        ratio_exceeded) {
      zip_fclose(file);
      return Error::too_large(
          "refusing to inflate " + member + " further: " + std::to_string(size) +
              " bytes so far from " + std::to_string(stat.comp_size) +
              " compressed (a zip bomb or an oversized document)",
          where);
    }
  }
  if (zip_fclose(file) != 0) {
    return Error::invalid_input("corrupt archive member (checksum mismatch)", where);
  }
  return out;
}

}  // namespace candor::scheme

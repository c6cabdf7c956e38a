#include "base/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace candor {
namespace {

Error os_error(const std::string& what, const std::string& path) {
  return Error::io(what + ": " + std::strerror(errno), Location{path});
}

}  // namespace

Result<std::string> read_file(const std::string& path, std::uint64_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Error::not_found("no such file", Location{path});
    return os_error("cannot open", path);
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    ::close(fd);
    return os_error("cannot stat", path);
  }
  if (S_ISDIR(info.st_mode)) {
    ::close(fd);
    return Error::invalid_input("is a directory, not a file", Location{path});
  }
  if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
    ::close(fd);
    return Error::too_large("file is " + std::to_string(info.st_size) +
                                " bytes; the limit is " + std::to_string(max_bytes),
                            Location{path});
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return os_error("cannot read", path);
    }
    if (got == 0) break;
    out.append(buffer, static_cast<std::size_t>(got));
    if (out.size() > max_bytes) {
      ::close(fd);
      return Error::too_large("file exceeds " + std::to_string(max_bytes) + " bytes",
                              Location{path});
    }
  }
  ::close(fd);
  return out;
}

Status write_file_atomic(const std::string& path, std::string_view bytes) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return os_error("cannot create a temporary file beside", path);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t put = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (put < 0) {
      if (errno == EINTR) continue;
      const Error error = os_error("cannot write", path);
      ::close(fd);
      ::unlink(temp.c_str());
      return error;
    }
    written += static_cast<std::size_t>(put);
  }
  ::fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const Error error = os_error("cannot flush", path);
    ::unlink(temp.c_str());
    return error;
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const Error error = os_error("cannot replace", path);
    ::unlink(temp.c_str());
    return error;
  }
  return {};
}

}  // namespace candor

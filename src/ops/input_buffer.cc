#include "ops/input_buffer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace candor::ops {
namespace {

bool looks_gzipped(const char* data, std::size_t size) {
  return size >= 2 && static_cast<unsigned char>(data[0]) == 0x1f && static_cast<unsigned char>(data[1]) == 0x8b;
}

// Inflates every gzip member (concatenated members are one stream by RFC 1952).
Result<std::string> inflate_gzip(const std::string& path, const char* data, std::size_t size) {
  std::string out;
  out.reserve(size * 4);
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 32) != Z_OK) return Error::internal("zlib: inflateInit2 failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
  stream.avail_in = static_cast<uInt>(size);
  std::size_t consumed_total = 0;
  int status = Z_OK;
  while (true) {
    if (out.size() == out.capacity()) out.reserve(out.capacity() * 2 + (1 << 20));
    const std::size_t used = out.size();
    out.resize(out.capacity());
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    stream.avail_out = static_cast<uInt>(std::min<std::size_t>(out.size() - used, 1u << 30));
    const uInt before = stream.avail_out;
    status = inflate(&stream, Z_NO_FLUSH);
    out.resize(used + (before - stream.avail_out));
    if (status == Z_STREAM_END) {
      consumed_total = size - stream.avail_in;
      if (consumed_total < size && looks_gzipped(data + consumed_total, size - consumed_total)) {
        inflateReset(&stream);
        continue;
      }
      break;
    }
    if (status != Z_OK && status != Z_BUF_ERROR) break;
    if (status == Z_BUF_ERROR && stream.avail_in == 0) break;
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) {
    return Error::invalid_input("the gzip data is damaged or truncated (zlib status " + std::to_string(status) + ")",
                                Location{path});
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<InputBuffer>> InputBuffer::open(const std::string& path) {
  std::unique_ptr<InputBuffer> buffer(new InputBuffer());
  buffer->path_ = path;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int code = errno;
    if (code == ENOENT) return Error::not_found("no such file", Location{path});
    return Error::io(std::string("cannot open: ") + std::strerror(code), Location{path});
  }
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return Error::invalid_input("not a regular file", Location{path});
  }
  if (info.st_size == 0) {
    ::close(fd);
    return buffer;
  }
  void* mapping = mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapping == MAP_FAILED) return Error::io(std::string("cannot map: ") + std::strerror(errno), Location{path});
  buffer->data_ = static_cast<const char*>(mapping);
  buffer->size_ = static_cast<std::size_t>(info.st_size);
  buffer->mapped_ = true;
  madvise(mapping, buffer->size_, MADV_SEQUENTIAL);
  if (looks_gzipped(buffer->data_, buffer->size_)) {
    auto inflated = inflate_gzip(path, buffer->data_, buffer->size_);
    munmap(mapping, buffer->size_);
    buffer->mapped_ = false;
    buffer->data_ = nullptr;
    buffer->size_ = 0;
    if (!inflated.ok()) return std::move(inflated).error();
    buffer->owned_ = std::move(inflated).value();
    buffer->data_ = buffer->owned_.data();
    buffer->size_ = buffer->owned_.size();
  }
  return buffer;
}

std::unique_ptr<InputBuffer> InputBuffer::from_bytes(std::string_view bytes) {
  std::unique_ptr<InputBuffer> buffer(new InputBuffer());
  buffer->path_ = "<memory>";
  buffer->owned_ = std::string(bytes);
  buffer->data_ = buffer->owned_.data();
  buffer->size_ = buffer->owned_.size();
  return buffer;
}

Result<std::unique_ptr<InputBuffer>> InputBuffer::from_upload(std::string_view bytes, const std::string& name) {
  std::unique_ptr<InputBuffer> buffer(new InputBuffer());
  buffer->path_ = name;
  buffer->owned_ = looks_gzipped(bytes.data(), bytes.size()) ? CANDOR_TRY(inflate_gzip(name, bytes.data(), bytes.size()))
                                                             : std::string(bytes);
  buffer->data_ = buffer->owned_.data();
  buffer->size_ = buffer->owned_.size();
  return buffer;
}

InputBuffer::~InputBuffer() {
  if (mapped_) munmap(const_cast<char*>(data_), size_);
}

void InputBuffer::release(std::size_t begin, std::size_t end) const {
  if (!mapped_) return;
  const std::size_t page = 4096;
  begin = (begin + page - 1) / page * page;
  end = end / page * page;
  if (end > begin) madvise(const_cast<char*>(data_) + begin, end - begin, MADV_DONTNEED);
}

}  // namespace candor::ops

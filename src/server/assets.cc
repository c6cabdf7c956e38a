#include "server/assets.h"

namespace candor::server {

std::optional<std::string_view> find_asset(std::string_view name) {
  for (const Asset& asset : assets()) {
    if (asset.name == name) return asset.content;
  }
  return std::nullopt;
}

std::string_view media_type_of(std::string_view name) {
  const auto ends_with = [&](std::string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  };
  if (ends_with(".css")) return "text/css; charset=utf-8";
  if (ends_with(".js")) return "text/javascript; charset=utf-8";
  if (ends_with(".svg")) return "image/svg+xml";
  return "text/plain; charset=utf-8";
}

}  // namespace candor::server

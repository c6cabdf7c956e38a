#include "server/exchange.h"

#include "server/pages.h"

namespace candor::server {
namespace {

std::string json_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump();
}

}  // namespace

std::string url_encode(const std::string& text) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::vector<std::string> Exchange::fields(const std::string& name) const {
  std::vector<std::string> out;
  if (api && body.is_object() && body.contains(name)) {
    const auto& value = body[name];
    if (value.is_array()) {
      for (const auto& item : value) out.push_back(json_text(item));
    } else {
      out.push_back(json_text(value));
    }
    return out;
  }
  if (const auto it = form.find(name); it != form.end()) return it->second;
  return out;
}

std::string Exchange::field(const std::string& name) const {
  const auto values = fields(name);
  return values.empty() ? "" : values.front();
}

bool Exchange::flag(const std::string& name) const {
  const std::string value = field(name);
  return value == "on" || value == "true" || value == "1" || value == "yes";
}

Result<Id> Exchange::id(const std::string& name) const {
  const auto it = path.find(name);
  const std::string text = it == path.end() ? "" : it->second;
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    return Error::not_found("no " + name + " '" + text + "'");
  }
  return static_cast<Id>(std::stoll(text));
}

std::string Exchange::query(const std::string& name) const { return request.get_param_value(name.c_str()); }

std::string Exchange::workspace_url() const { return "/w/" + url_encode(caller ? caller->workspace : ""); }

std::string Exchange::assessment_url(Id assessment) const {
  return workspace_url() + "/a/" + std::to_string(assessment);
}

Status Exchange::respond(const nlohmann::json& model, const std::string& page_template, const std::string& title) {
  if (api) {
    response.set_content(model.dump(), "application/json");
    return {};
  }
  nlohmann::json frame = {{"title", title}};
  if (session) {
    frame["user"] = session->display_name;
    frame["csrf"] = session->csrf;
  }
  if (caller) {
    frame["workspace"] = caller->workspace;
    frame["workspace_url"] = workspace_url();
    frame["role"] = app::to_string(caller->role);
  }
  if (const auto it = path.find("assessment"); it != path.end() && caller) {
    frame["assessment_url"] = workspace_url() + "/a/" + it->second;
  }
  nlohmann::json page_model = model;
  if (page_model.is_object() && session) page_model["csrf"] = session->csrf;
  const std::string html = CANDOR_TRY(render_page(page_template, page_model, frame));
  response.set_content(html, "text/html; charset=utf-8");
  return {};
}

Status Exchange::done(const std::string& redirect_to, const nlohmann::json& api_body) {
  if (api) {
    response.status = 201;
    response.set_content(api_body.dump(), "application/json");
  } else {
    redirect(redirect_to);
  }
  return {};
}

void Exchange::send(const std::string& bytes, const std::string& media_type, const std::string& download_name) {
  if (!download_name.empty()) {
    // Only safe characters reach the header: the name is a suggestion for the browser.
    std::string safe;
    for (char c : download_name) safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_') ? c : '_';
    response.set_header("Content-Disposition", "attachment; filename=\"" + safe + "\"");
  }
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_content(bytes, media_type.c_str());
}

void Exchange::redirect(const std::string& location) {
  response.status = 303;
  response.set_header("Location", location);
}

}  // namespace candor::server

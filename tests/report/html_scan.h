// Tiny scanners over generated HTML/SVG for the report tests: the values of
// an attribute, the internal link targets, the elements with a class.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace candor::testing {

// Every value of `attribute="..."` in document order.
inline std::vector<std::string> attribute_values(const std::string& html, const std::string& attribute) {
  std::vector<std::string> out;
  const std::string needle = " " + attribute + "=\"";
  for (std::size_t at = html.find(needle); at != std::string::npos; at = html.find(needle, at + 1)) {
    const std::size_t start = at + needle.size();
    out.push_back(html.substr(start, html.find('"', start) - start));
  }
  return out;
}

// The fragment of every internal link: href="#x" gives "x".
inline std::vector<std::string> internal_link_targets(const std::string& html) {
  std::vector<std::string> out;
  for (const auto& href : attribute_values(html, "href")) {
    if (!href.empty() && href[0] == '#') out.push_back(href.substr(1));
  }
  return out;
}

inline std::set<std::string> ids(const std::string& html) {
  const auto values = attribute_values(html, "id");
  return {values.begin(), values.end()};
}

// The opening tags that carry `class="...name..."` (with name as a whole word)
// and, when given, data-node="node".
inline std::vector<std::string> tags_with_class(const std::string& html, const std::string& name,
                                                const std::string& node = "") {
  std::vector<std::string> out;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const std::string tag = html.substr(at, html.find('>', at) - at + 1);
    const std::size_t cls = tag.find(" class=\"");
    if (cls == std::string::npos) continue;
    const std::size_t start = cls + 8;
    const std::string classes = " " + tag.substr(start, tag.find('"', start) - start) + " ";
    if (classes.find(" " + name + " ") == std::string::npos) continue;
    if (!node.empty() && tag.find(" data-node=\"" + node + "\"") == std::string::npos) continue;
    out.push_back(tag);
  }
  return out;
}

// The text between the opening tag with id="id" and the next closing tag
// named `element`.
inline std::string element_by_id(const std::string& html, const std::string& id, const std::string& element) {
  const std::size_t at = html.find(" id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  const std::size_t start = html.rfind('<', at);
  const std::size_t end = html.find("</" + element + ">", at);
  return html.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace candor::testing

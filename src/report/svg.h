// Small helpers the charts share: SVG elements with escaped text, number
// formatting, and one colour-blind-safe palette (Okabe & Ito) whose
// conformity swatches also carry a pattern, so the charts read in black and
// white print too. Internal to the report module.
#pragma once

#include <string>
#include <string_view>

namespace candor::svg {

inline constexpr const char* kBlue = "#0072B2";       // evidenced, conforming
inline constexpr const char* kOrange = "#E69F00";     // claimed, minor
inline constexpr const char* kVermillion = "#D55E00"; // major, overstatement
inline constexpr const char* kPurple = "#CC79A7";     // disputed
inline constexpr const char* kSky = "#56B4E9";        // understatement
inline constexpr const char* kGreen = "#009E73";      // capacity used
inline constexpr const char* kInk = "#222222";
inline constexpr const char* kMuted = "#666666";
inline constexpr const char* kGrid = "#CCCCCC";

// A coordinate: at most two decimals, no trailing zeros, never "-0".
std::string number(double value);
// A figure a reader may quote (effort, capacity): its shortest exact form,
// never rounded ("2.555", "15").
std::string figure(double value);

// Opens an <svg> that is an accessible image: role="img", aria-label and a
// <title>, sized by its viewBox so it scales to the page.
std::string open(double width, double height, std::string_view css_class, std::string_view label);
std::string close();

std::string text(double x, double y, std::string_view content, std::string_view attributes = {});
std::string rect(double x, double y, double width, double height, std::string_view attributes);
std::string line(double x1, double y1, double x2, double y2, std::string_view attributes);
// Wraps `inner` in a link to an anchor of the report, with a tooltip.
std::string link(std::string_view anchor, std::string_view tooltip, std::string_view inner);

// Pattern definitions for one chart; ids are prefixed so that several charts
// can sit in one HTML page without clashing.
std::string pattern_defs(std::string_view prefix);

// The fill of a conformity status ("conforming", "minor", "major",
// "not-applicable", "disputed", "not-assessed") in a chart with these patterns.
std::string conformity_fill(std::string_view prefix, std::string_view status);
// The fill of "not assessed" markers: grey hatching on white.
std::string not_assessed_fill(std::string_view prefix);
// Words for a status, for legends and tooltips.
const char* conformity_label(std::string_view status);

// Cuts text to at most max_chars characters (UTF-8 aware), ending in "…".
std::string shorten(std::string_view text, std::size_t max_chars);

}  // namespace candor::svg

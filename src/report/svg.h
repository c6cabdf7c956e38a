// Small helpers the charts share: SVG elements with escaped text, number
// formatting, and one colour-blind-safe palette (Okabe & Ito) whose
// conformity swatches also carry marks, so the charts read in black and
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

// A rectangle in the swatch of a status — "conforming", "minor", "major",
// "not-applicable", "disputed", "not-assessed", "overstated", "understated"
// or "capability" — a colour plus marks (diagonal lines, crossed lines,
// dots, grey hatching) so statuses differ in black-and-white print too. The
// marks are plain vector lines, not SVG patterns, which print engines turn
// into large bitmaps. "not-assessed" always gets its dashed grey border;
// `attributes` add to the rectangle (a stroke, a class).
std::string swatch(double x, double y, double width, double height, std::string_view status,
                   std::string_view attributes = {});

// Words for a status, for legends and tooltips.
const char* conformity_label(std::string_view status);

// Cuts text to at most max_chars characters (UTF-8 aware), ending in "…".
std::string shorten(std::string_view text, std::size_t max_chars);

}  // namespace candor::svg

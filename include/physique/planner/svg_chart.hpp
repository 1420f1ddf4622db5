// SPDX-License-Identifier: MIT
// The plan as an SVG chart: projected body weight (dynamic model and static rule), the change
// of fat and fat-free mass over the weeks, weekly back sets by week against the landmarks, and
// weekly hard sets per muscle. Plain SVG 1.1 text, no dependency.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <physique/planner/plan.hpp>

namespace physique::planner {

namespace detail {

/// Escapes text for XML character data and attribute values.
[[nodiscard]] inline std::string xml_escape(std::string_view s) {
  std::string r;
  for (const char c : s) {
    switch (c) {
      case '&':
        r += "&amp;";
        break;
      case '<':
        r += "&lt;";
        break;
      case '>':
        r += "&gt;";
        break;
      case '"':
        r += "&quot;";
        break;
      default:
        r += c;
    }
  }
  return r;
}

[[nodiscard]] inline std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::isfinite(v) ? v : 0.0);
  return buf;
}

/// Axis range and tick step: a "nice" step (1, 2 or 5 x 10^k) giving about `ticks` ticks.
struct axis {
  double low = 0;
  double high = 1;
  double step = 1;
};

[[nodiscard]] inline axis nice_axis(double low, double high, int ticks = 5) {
  if (!(high > low)) {
    low -= 1.0;
    high += 1.0;
  }
  const double raw = (high - low) / ticks;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * mag;
    if (step >= raw) break;
  }
  return {std::floor(low / step) * step, std::ceil(high / step) * step, step};
}

/// A rectangular plotting area with data ranges, mapping data to pixels.
struct panel {
  double x = 0, y = 0, w = 0, h = 0;
  axis ax{}, ay{};
  [[nodiscard]] double px(double v) const { return x + (v - ax.low) / (ax.high - ax.low) * w; }
  [[nodiscard]] double py(double v) const { return y + h - (v - ay.low) / (ay.high - ay.low) * h; }
};

inline void frame(std::string& o, const panel& p, std::string_view title, std::string_view xlabel,
                  std::string_view ylabel) {
  o += "<g class=\"panel\">\n";
  o += "<text x=\"" + num(p.x) + "\" y=\"" + num(p.y - 12) +
       "\" font-size=\"15\" font-weight=\"bold\">" + xml_escape(title) + "</text>\n";
  o += "<rect x=\"" + num(p.x) + "\" y=\"" + num(p.y) + "\" width=\"" + num(p.w) + "\" height=\"" +
       num(p.h) + "\" fill=\"#fafafa\" stroke=\"#999\"/>\n";
  for (double v = p.ay.low; v <= p.ay.high + p.ay.step * 1e-6; v += p.ay.step) {
    const double yy = p.py(v);
    o += "<line x1=\"" + num(p.x) + "\" y1=\"" + num(yy) + "\" x2=\"" + num(p.x + p.w) +
         "\" y2=\"" + num(yy) + "\" stroke=\"#e0e0e0\"/>\n";
    char buf[32];
    std::snprintf(buf, sizeof buf, p.ay.step < 1.0 ? "%.1f" : "%.0f",
                  std::fabs(v) < 1e-9 ? 0.0 : v);
    o += "<text x=\"" + num(p.x - 6) + "\" y=\"" + num(yy + 4) +
         "\" font-size=\"11\" text-anchor=\"end\">" + buf + "</text>\n";
  }
  for (double v = p.ax.low; v <= p.ax.high + p.ax.step * 1e-6; v += p.ax.step) {
    const double xx = p.px(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    o += "<text x=\"" + num(xx) + "\" y=\"" + num(p.y + p.h + 15) +
         "\" font-size=\"11\" text-anchor=\"middle\">" + buf + "</text>\n";
  }
  o += "<text x=\"" + num(p.x + p.w / 2) + "\" y=\"" + num(p.y + p.h + 32) +
       "\" font-size=\"12\" text-anchor=\"middle\">" + xml_escape(xlabel) + "</text>\n";
  o += "<text x=\"" + num(p.x - 40) + "\" y=\"" + num(p.y + p.h / 2) +
       "\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 " + num(p.x - 40) + " " +
       num(p.y + p.h / 2) + ")\">" + xml_escape(ylabel) + "</text>\n";
  o += "</g>\n";
}

inline void polyline(std::string& o, const panel& p, const std::vector<double>& xs,
                     const std::vector<double>& ys, std::string_view colour, bool dashed) {
  o += "<polyline fill=\"none\" stroke=\"" + std::string(colour) + "\" stroke-width=\"2.5\"";
  if (dashed) o += " stroke-dasharray=\"7 5\"";
  o += " points=\"";
  for (std::size_t i = 0; i < xs.size(); ++i) {
    o += num(p.px(xs[i])) + "," + num(p.py(ys[i])) + (i + 1 < xs.size() ? " " : "");
  }
  o += "\"/>\n";
}

inline void legend(std::string& o, double x, double y, std::string_view colour, bool dashed,
                   std::string_view label) {
  o += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x + 24) + "\" y2=\"" +
       num(y) + "\" stroke=\"" + std::string(colour) + "\" stroke-width=\"2.5\"" +
       (dashed ? " stroke-dasharray=\"7 5\"" : "") + "/>\n";
  o += "<text x=\"" + num(x + 30) + "\" y=\"" + num(y + 4) + "\" font-size=\"12\">" +
       xml_escape(label) + "</text>\n";
}

inline void swatch(std::string& o, double x, double y, std::string_view colour,
                   std::string_view label) {
  o += "<rect x=\"" + num(x) + "\" y=\"" + num(y - 6) + "\" width=\"16\" height=\"12\" fill=\"" +
       std::string(colour) + "\"/>\n";
  o += "<text x=\"" + num(x + 22) + "\" y=\"" + num(y + 4) + "\" font-size=\"12\">" +
       xml_escape(label) + "</text>\n";
}

}  // namespace detail

namespace detail {
/// A code name made readable: "rear_delt" -> "rear delt".
[[nodiscard]] inline std::string readable(std::string s) {
  for (char& c : s) {
    if (c == '_') c = ' ';
  }
  return s;
}
}  // namespace detail

/// The chart as SVG text (1000 x 800 px): four panels with axes, legends and a title.
[[nodiscard]] inline std::string to_svg(const plan& pl) {
  using detail::num;
  const double width = 1000;
  const double height = 800;
  std::string o;
  o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" +
       num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
       "\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n";
  o += "<title>physique back plan</title>\n";
  o += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  {
    std::string goal = to_string(pl.input.goal);
    for (char& c : goal) {
      if (c == '_') c = ' ';
    }
    // Two short lines, so that the title never runs off the 1000 px width.
    char buf[256];
    std::snprintf(buf, sizeof buf, "Back plan: %s, %d weeks, %zu sessions/week", goal.c_str(),
                  pl.input.weeks, pl.schedule.sessions.size());
    o += "<text x=\"40\" y=\"30\" font-size=\"18\" font-weight=\"bold\">" +
         detail::xml_escape(buf) + "</text>\n";
    std::snprintf(buf, sizeof buf, "%.0f kcal/day: protein %d g, fat %d g, carbohydrate %d g",
                  pl.nutrition.target_kcal_per_day, pl.nutrition.protein_g, pl.nutrition.fat_g,
                  pl.nutrition.carbohydrate_g);
    o += "<text x=\"40\" y=\"52\" font-size=\"13\">" + detail::xml_escape(buf) + "</text>\n";
  }

  std::vector<double> weeks;
  std::vector<double> weight;
  std::vector<double> statik;
  std::vector<double> fat;
  std::vector<double> lean;
  for (const projection_row& r : pl.projection) {
    weeks.push_back(r.week);
    weight.push_back(r.body_mass_kg);
    statik.push_back(r.static_body_mass_kg);
    fat.push_back(r.fat_mass_kg - pl.projection.front().fat_mass_kg);
    lean.push_back(r.fat_free_mass_kg - pl.projection.front().fat_free_mass_kg);
  }
  const double last_week = weeks.empty() ? 1.0 : std::max(1.0, weeks.back());
  const detail::axis ax = detail::nice_axis(0.0, last_week, last_week <= 12 ? 6 : 8);
  detail::axis wx = ax;
  wx.low = 0.0;

  // Panel 1: body weight.
  {
    double lo = weight.empty() ? 0 : weight.front();
    double hi = lo;
    for (double v : weight)
      lo = std::min(lo, v), hi = std::max(hi, v);
    for (double v : statik)
      lo = std::min(lo, v), hi = std::max(hi, v);
    detail::panel p{80, 80, 370, 230, wx, detail::nice_axis(lo - 0.5, hi + 0.5)};
    detail::frame(o, p, "Body weight", "week", "kg");
    // The dashed line on top: where both coincide, both stay visible.
    detail::polyline(o, p, weeks, weight, "#1f77b4", false);
    detail::polyline(o, p, weeks, statik, "#888888", true);
    detail::legend(o, p.x + 10, p.y + p.h + 52, "#1f77b4", false, "dynamic model (Hall 2011)");
    detail::legend(o, p.x + 215, p.y + p.h + 52, "#888888", true, "static 7700 kcal/kg rule");
  }
  // Panel 2: change of fat and fat-free mass.
  {
    double lo = 0;
    double hi = 0;
    for (double v : fat)
      lo = std::min(lo, v), hi = std::max(hi, v);
    for (double v : lean)
      lo = std::min(lo, v), hi = std::max(hi, v);
    detail::panel p{570, 80, 370, 230, wx, detail::nice_axis(lo - 0.2, hi + 0.2)};
    detail::frame(o, p, "Fat and fat-free mass, change from start", "week", "kg");
    detail::polyline(o, p, weeks, fat, "#d62728", false);
    detail::polyline(o, p, weeks, lean, "#2ca02c", true);
    char buf[96];
    std::snprintf(buf, sizeof buf, "fat mass (start %.1f kg)",
                  pl.projection.empty() ? 0.0 : pl.projection.front().fat_mass_kg);
    detail::legend(o, p.x + 10, p.y + p.h + 52, "#d62728", false, buf);
    std::snprintf(buf, sizeof buf, "fat-free mass (start %.1f kg)",
                  pl.projection.empty() ? 0.0 : pl.projection.front().fat_free_mass_kg);
    detail::legend(o, p.x + 200, p.y + p.h + 52, "#2ca02c", true, buf);
    if (lean.size() > 1 && lean[1] < 0.0) {
      // Two short lines: the note must stay inside the chart's width.
      o += "<text x=\"" + num(p.x + 10) + "\" y=\"" + num(p.y + p.h + 72) +
           "\" font-size=\"11\" fill=\"#555555\">The first-week fat-free drop is mostly "
           "glycogen</text>\n";
      o += "<text x=\"" + num(p.x + 10) + "\" y=\"" + num(p.y + p.h + 86) +
           "\" font-size=\"11\" fill=\"#555555\">and its water (Hall 2011), not "
           "muscle.</text>\n";
    }
  }
  // Panel 3: back sets by week against the landmarks.
  {
    const std::optional<training::volume_landmarks<double>> lm = [&]() {
      for (const group_sets& g : pl.schedule.groups) {
        if (g.group == "back") return g.landmarks;
      }
      return std::optional<training::volume_landmarks<double>>{};
    }();
    double hi = lm ? lm->maximum_recoverable + 3 : 10;
    for (const progression_week& w : pl.progression)
      hi = std::max(hi, w.back_sets + 2);
    detail::axis bx = wx;
    bx.high = static_cast<double>(pl.progression.size()) + 1;
    detail::panel p{80, 440, 370, 280, bx, detail::nice_axis(0, hi)};
    detail::frame(o, p, "Back: weekly hard sets", "week", "sets");
    if (lm) {
      const double y1 = p.py(lm->adaptive_high);
      const double y2 = p.py(lm->adaptive_low);
      o += "<rect x=\"" + num(p.x) + "\" y=\"" + num(y1) + "\" width=\"" + num(p.w) +
           "\" height=\"" + num(y2 - y1) + "\" fill=\"#2ca02c\" fill-opacity=\"0.12\"/>\n";
      for (const auto& [v, label, colour] :
           {std::tuple<double, const char*, const char*>{lm->minimum_effective, "MEV", "#ff7f0e"},
            {lm->maximum_recoverable, "MRV", "#d62728"}}) {
        o += "<line x1=\"" + num(p.x) + "\" y1=\"" + num(p.py(v)) + "\" x2=\"" + num(p.x + p.w) +
             "\" y2=\"" + num(p.py(v)) + "\" stroke=\"" + colour +
             "\" stroke-dasharray=\"5 4\" stroke-width=\"1.5\"/>\n";
        o += "<text x=\"" + num(p.x + p.w + 5) + "\" y=\"" + num(p.py(v) + 4) +
             "\" font-size=\"11\" fill=\"" + colour + "\">" + label + "</text>\n";
      }
      o += "<text x=\"" + num(p.x + p.w + 5) + "\" y=\"" + num((y1 + y2) / 2 + 4) +
           "\" font-size=\"11\" fill=\"#2ca02c\">MAV</text>\n";
    }
    const double bar = std::max(2.0, p.w / (bx.high - bx.low) * 0.6);
    for (const progression_week& w : pl.progression) {
      const double xx = p.px(w.week) - bar / 2;
      const double yy = p.py(w.back_sets);
      o += "<rect x=\"" + num(xx) + "\" y=\"" + num(yy) + "\" width=\"" + num(bar) +
           "\" height=\"" + num(p.py(0) - yy) + "\" fill=\"" + (w.deload ? "#aec7e8" : "#1f77b4") +
           "\"><title>week " + std::to_string(w.week) + ": " + num(w.back_sets) + " sets" +
           (w.deload ? " (deload)" : "") + "</title></rect>\n";
    }
    detail::swatch(o, p.x + 10, p.y + p.h + 52, "#1f77b4", "training week");
    detail::swatch(o, p.x + 150, p.y + p.h + 52, "#aec7e8", "deload week");
  }
  // Panel 4: weekly hard sets per muscle (week 1).
  {
    const std::vector<muscle_sets>& ms = pl.schedule.muscles;
    double hi = 4;
    for (const muscle_sets& m : ms)
      hi = std::max(hi, m.sets);
    const detail::axis sx = detail::nice_axis(0, hi * 1.08, 5);
    const double x0 = 680;
    const double y0 = 440;
    const double w = 260;
    const double rows = std::max<double>(1.0, static_cast<double>(ms.size()));
    const double row = std::min(24.0, 280.0 / rows);
    o += "<text x=\"570\" y=\"428\" font-size=\"15\" font-weight=\"bold\">Weekly hard sets per "
         "muscle (week 1)</text>\n";
    for (double v = sx.low; v <= sx.high + sx.step * 1e-6; v += sx.step) {
      const double xx = x0 + v / sx.high * w;
      o += "<line x1=\"" + num(xx) + "\" y1=\"" + num(y0) + "\" x2=\"" + num(xx) + "\" y2=\"" +
           num(y0 + rows * row) + "\" stroke=\"#e0e0e0\"/>\n";
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.0f", v);
      o += "<text x=\"" + num(xx) + "\" y=\"" + num(y0 + rows * row + 15) +
           "\" font-size=\"11\" text-anchor=\"middle\">" + buf + "</text>\n";
    }
    o += "<text x=\"" + num(x0 + w / 2) + "\" y=\"" + num(y0 + rows * row + 32) +
         "\" font-size=\"12\" text-anchor=\"middle\">sets per week (synergists count 0.5)</text>\n";
    detail::swatch(o, 590, y0 + rows * row + 52, "#1f77b4", "back muscles");
    detail::swatch(o, 720, y0 + rows * row + 52, "#9edae5", "other muscles");
    for (std::size_t i = 0; i < ms.size(); ++i) {
      const double yy = y0 + static_cast<double>(i) * row;
      const bool back = ms[i].group == "back";
      o += "<text x=\"" + num(x0 - 6) + "\" y=\"" + num(yy + row * 0.7) +
           "\" font-size=\"12\" text-anchor=\"end\">" +
           detail::xml_escape(detail::readable(ms[i].muscle)) + "</text>\n";
      o += "<rect x=\"" + num(x0) + "\" y=\"" + num(yy + row * 0.15) + "\" width=\"" +
           num(ms[i].sets / sx.high * w) + "\" height=\"" + num(row * 0.7) + "\" fill=\"" +
           (back ? "#1f77b4" : "#9edae5") + "\"/>\n";
      o += "<text x=\"" + num(x0 + ms[i].sets / sx.high * w + 4) + "\" y=\"" + num(yy + row * 0.7) +
           "\" font-size=\"11\">" + num(ms[i].sets) + "</text>\n";
    }
  }
  o += "</svg>\n";
  return o;
}

/// Writes `to_svg(pl)` to `os`.
inline void write_svg(std::ostream& os, const plan& pl) {
  os << to_svg(pl);
}

}  // namespace physique::planner

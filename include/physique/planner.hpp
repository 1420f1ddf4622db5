// SPDX-License-Identifier: MIT
// Umbrella header of the planner: the back-training plan (make_plan) and its text, JSON and
// SVG outputs.
#pragma once

#include <physique/core/literals.hpp>
#include <physique/io/json_writer.hpp>
#include <physique/planner/json_report.hpp>
#include <physique/planner/plan.hpp>
#include <physique/planner/svg_chart.hpp>
#include <physique/planner/text_report.hpp>

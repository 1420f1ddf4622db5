// SPDX-License-Identifier: MIT
// The built-in exercise catalog: every exercise of the source article ("How to Tone Your
// Back", R. MacPherson, Verywell Fit: single- and double-arm dumbbell row, pull-up,
// band-assisted pull-up, deadlift, lat pulldown, push-up) and the common back, pull and hinge
// movements around them, written for physique, linked into progression ladders and
// substitutes. Default rep guidance follows the ranges of the ACSM position stand on
// progression models (Ratamess et al. 2009, Med Sci Sports Exerc 41(3):687-708).
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include <physique/exercise/catalog.hpp>
#include <physique/exercise/description.hpp>

namespace physique::exercise {

namespace detail::builtin {

inline rep_guidance dose(training_goal goal) {
  rep_guidance g;
  g.goal = goal;
  return g;
}

inline void provenance(exercise_description& d) {
  d.source = source_ref{"physique", d.id, ""};
  d.license = license_info{"MIT", "physique contributors", "", d.name, "", ""};
}

inline exercise_description dumbbell_row_single_arm() {
  exercise_description d;
  d.id = "dumbbell_row_single_arm";
  d.name = "Single-arm dumbbell row";
  d.aliases = {"One-arm dumbbell row", "Bench-supported dumbbell row"};
  d.summary =
      "A row done one arm at a time with a knee and a hand on a bench; the support lets the back "
      "handle a heavier dumbbell.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::unilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back, muscle::lower_back};
  d.secondary_muscles = muscle_set{muscle::biceps, muscle::rear_delt, muscle::abs};
  d.muscle_weights.push_back(muscle_credit{muscle::lower_back, 0.5});
  d.equipment = equipment_set{equipment::dumbbell, equipment::bench};
  d.equipment_options.push_back(equipment_set{equipment::dumbbell});
  d.setup = {
      "Put one knee and the hand of the same side on a flat bench, the other foot on the floor.",
      "Hinge the torso until it is nearly parallel to the floor and hold the dumbbell below the "
      "shoulder with an overhand or neutral grip."};
  d.steps = {"Brace the trunk and keep the spine neutral.",
             "Pull the dumbbell up and back toward the hip, the elbow travelling in an arc close "
             "to the body.",
             "Squeeze the shoulder blade toward the spine for one count at the top.",
             "Lower the dumbbell slowly until the arm is straight.",
             "Finish the reps on one side, then switch sides."};
  d.cues = {"Pull with the back, not the hand.", "Lead with the elbow.",
            "Keep the arm close to the body.", "Hold the top for a one count."};
  d.mistakes = {"Twisting the torso to swing the weight up.",
                "Shrugging the shoulder toward the ear.", "Rounding the lower back."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 12U};
    g.per_side = true;
    g.note = "dose from the source article (MacPherson, \"How to Tone Your Back\", Verywell Fit)";
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{4U, 8U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{120U, 240U};
    g.per_side = true;
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    g.per_side = true;
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "dumbbell_row";
  d.progressions = {"dumbbell_row_double_arm"};
  d.regressions = {"chest_supported_row"};
  d.substitutes.push_back(substitute{"single_arm_cable_row", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"chest_supported_row", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"seated_cable_row", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description dumbbell_row_double_arm() {
  exercise_description d;
  d.id = "dumbbell_row_double_arm";
  d.name = "Double-arm dumbbell row";
  d.aliases = {"Bent-over dumbbell row", "Two-arm dumbbell row"};
  d.summary =
      "Both dumbbells are rowed at once from a standing hinge without support, so the lower back "
      "works hard to hold the position and lighter loads are used.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back, muscle::lower_back};
  d.secondary_muscles =
      muscle_set{muscle::biceps, muscle::rear_delt, muscle::hamstrings, muscle::abs};
  d.equipment = equipment_set{equipment::dumbbell};
  d.setup = {"Stand with feet about hip width, a dumbbell in each hand.",
             "Hinge at the hips with soft knees until the torso is inclined well forward, arms "
             "hanging straight."};
  d.steps = {"Brace and keep the back flat.",
             "Row both dumbbells toward the lower ribs, elbows moving back close to the sides.",
             "Squeeze the shoulder blades together for a one count.",
             "Lower the dumbbells slowly to straight arms without losing the hinge."};
  d.cues = {"Chest proud, spine long.", "Elbows back, not out.", "Stay in the hinge between reps."};
  d.mistakes = {"Standing up a little more on every rep.",
                "Using a weight the lower back cannot hold.",
                "Jerking the dumbbells with the legs."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 12U};
    g.note =
        "dose from the source article (MacPherson, \"How to Tone Your Back\", Verywell Fit); "
        "lighter load than the single-arm row";
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{4U, 8U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{120U, 240U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "dumbbell_row";
  d.progressions = {"barbell_row"};
  d.regressions = {"dumbbell_row_single_arm"};
  d.substitutes.push_back(substitute{"barbell_row", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"dumbbell_row_single_arm", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"seated_cable_row", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description pull_up() {
  exercise_description d;
  d.id = "pull_up";
  d.name = "Pull-up";
  d.aliases = {"Overhand pull-up", "Wide-grip pull-up"};
  d.summary =
      "A compound bodyweight pull from a dead hang until the chin clears the bar; the back is the "
      "prime mover while the whole body stays braced.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::biceps,    muscle::brachialis, muscle::forearms,
                                   muscle::rear_delt, muscle::abs,        muscle::glutes};
  d.muscle_weights.push_back(muscle_credit{muscle::glutes, 0.25});
  d.equipment = equipment_set{equipment::pull_up_bar};
  d.equipment_options.push_back(equipment_set{equipment::rings});
  d.setup = {
      "Grip the bar overhand with the hands about twice shoulder width apart (wider favours the "
      "back over the biceps).",
      "Hang with straight arms, legs straight or knees tucked, glutes squeezed."};
  d.steps = {
      "Start each repetition from a dead hang.",
      "Pull without swinging, driving the elbows down toward the sides.",
      "Continue until the chin is over the bar and the chest comes close to it; squeeze the lats.",
      "Lower slowly all the way back to straight arms."};
  d.cues = {"Elbows down to the pockets.", "No kipping or swinging.",
            "Own the way down: the lowering phase matters.", "Body tight from hands to feet."};
  d.mistakes = {"Half repetitions that never reach straight arms.", "Kicking or swinging the legs.",
                "Dropping quickly instead of lowering."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("3-1-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{2U, 5U};
    g.note =
        "dose from the source article (MacPherson, \"How to Tone Your Back\", Verywell Fit); use a "
        "band when fewer than 2 are possible";
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{120U, 180U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{8U, 15U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{60U, 90U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "pull_up";
  d.progressions = {"weighted_pull_up"};
  d.regressions = {"band_assisted_pull_up"};
  d.substitutes.push_back(substitute{"lat_pulldown", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"chin_up", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"band_assisted_pull_up", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description band_assisted_pull_up() {
  exercise_description d;
  d.id = "band_assisted_pull_up";
  d.name = "Band-assisted pull-up";
  d.aliases = {"Banded pull-up"};
  d.summary =
      "A pull-up with a resistance band looped over the bar and under a knee or foot, taking off "
      "part of the body weight most at the bottom.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::assisted;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::biceps, muscle::brachialis, muscle::forearms,
                                   muscle::rear_delt, muscle::abs};
  d.equipment = equipment_set{equipment::pull_up_bar, equipment::band};
  d.setup = {"Loop a band around the bar and pull one end through the other.",
             "Step or kneel into the loop and take an overhand grip about twice shoulder width."};
  d.steps = {"Hang with straight arms, the band stretched.",
             "Pull the elbows down to the sides until the chin clears the bar.",
             "Lower slowly to straight arms, keeping control of the band."};
  d.cues = {"Use the lightest band that allows clean reps.",
            "Same form as the unassisted pull-up."};
  d.mistakes = {"Bouncing out of the bottom on the band.",
                "Staying on the same band for months instead of moving to a lighter one."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("3-1-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{5U, 10U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{1.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::skill);
    g.reps = closed_range<unsigned>{3U, 8U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{2.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "pull_up";
  d.variation_of = {"pull_up"};
  d.progressions = {"pull_up"};
  d.regressions = {"negative_pull_up"};
  d.substitutes.push_back(substitute{"lat_pulldown", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"negative_pull_up", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description deadlift() {
  exercise_description d;
  d.id = "deadlift";
  d.name = "Deadlift";
  d.aliases = {"Conventional deadlift", "Barbell deadlift"};
  d.summary =
      "A barbell lifted from the floor to a standing lockout; a whole-body hinge that trains the "
      "back as much as the legs.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::glutes, muscle::hamstrings, muscle::lower_back};
  d.secondary_muscles =
      muscle_set{muscle::quads, muscle::adductors, muscle::traps, muscle::upper_back,
                 muscle::lats,  muscle::forearms,  muscle::abs};
  d.equipment = equipment_set{equipment::barbell};
  d.setup = {
      "Stand with the feet about shoulder width, shins about 10 cm (4 in) from the bar.",
      "Grip the bar overhand at shoulder width.",
      "Flatten the back, lift the chest, set the hips down and pull the slack out of the bar.",
      "Engage the lats and screw the feet into the floor (external rotation)."};
  d.steps = {"Push the floor away through the whole foot.",
             "Keep the hips and shoulders rising together; the hips must not shoot up first.",
             "Keep the bar close to the legs all the way up.",
             "Lock out by bringing the hips forward under the shoulders.",
             "Lower the bar under control along the same path."};
  d.cues = {"Slack out before the pull.", "Lats tight, bar close.", "Push the floor away.",
            "Hips through at the top, without leaning back."};
  d.mistakes = {"Hips rising before the bar leaves the floor.", "Rounding the back.",
                "Letting the bar drift away from the body.", "Leaning back past lockout."};
  d.breathing = breathing{
      breath_phase::before_rep, breath_phase::after_rep, true,
      "Take a big breath and brace before each repetition, breathe out once it is finished."};
  d.tempo = try_parse_tempo("2-1-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 12U};
    g.note = "dose from the source article (MacPherson, \"How to Tone Your Back\", Verywell Fit)";
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{180U, 300U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "deadlift";
  d.regressions = {"rack_pull"};
  d.substitutes.push_back(substitute{"trap_bar_deadlift", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"romanian_deadlift", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"rack_pull", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"kettlebell_deadlift", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description lat_pulldown() {
  exercise_description d;
  d.id = "lat_pulldown";
  d.name = "Lat pulldown";
  d.aliases = {"Cable pulldown", "Wide-grip lat pulldown"};
  d.summary =
      "A seated cable pull from overhead to the upper chest; similar to the pull-up with less "
      "whole-body work and easier to learn, so it stands in while pull-ups are not yet possible or "
      "adds volume.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles =
      muscle_set{muscle::biceps, muscle::brachialis, muscle::rear_delt, muscle::forearms};
  d.equipment = equipment_set{equipment::cable, equipment::attachment};
  d.equipment_options.push_back(equipment_set{equipment::machine});
  d.setup = {"Sit with the thighs under the pads and take a wide overhand grip on the bar."};
  d.steps = {
      "Engage the core, lift the chest and arch the upper back slightly.",
      "Pull the bar to the upper chest, elbows travelling down and back to the sides.",
      "Return slowly until the arms are straight, without letting the weight stack touch down."};
  d.cues = {"Chest up to the bar.", "Elbows to the sides.",
            "Keep tension at the top: the stack never rests."};
  d.mistakes = {"Leaning far back and turning it into a row.", "Pulling the bar behind the neck.",
                "Letting the stack crash between reps."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 12U};
    g.note = "dose from the source article (MacPherson, \"How to Tone Your Back\", Verywell Fit)";
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{4U, 8U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{120U, 240U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "lat_pulldown";
  d.substitutes.push_back(substitute{"pull_up", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"band_assisted_pull_up", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"straight_arm_pulldown", substitute_reason::same_muscles});
  d.substitutes.push_back(substitute{"close_grip_lat_pulldown", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description push_up() {
  exercise_description d;
  d.id = "push_up";
  d.name = "Push-up";
  d.aliases = {"Press-up"};
  d.summary =
      "A bodyweight press from a plank; mainly a chest exercise, with some work for the back that "
      "holds the shoulder blades and trunk in place.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::push;
  d.movement_pattern = movement_pattern::horizontal_push;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::chest};
  d.secondary_muscles = muscle_set{muscle::front_delt, muscle::triceps, muscle::serratus,
                                   muscle::abs, muscle::upper_back};
  d.muscle_weights.push_back(muscle_credit{muscle::upper_back, 0.25});
  d.equipment = equipment_set{equipment::bodyweight};
  d.setup = {
      "Hands on the floor slightly wider than the shoulders, body straight from head to heels."};
  d.steps = {
      "Bend the elbows to lower the chest toward the floor, elbows about 45 degrees from the body.",
      "Stop just above the floor.",
      "Press back up to straight arms, keeping the body in one line."};
  d.cues = {"Squeeze the glutes and brace like a plank.", "Lower the chest, not the head."};
  d.mistakes = {"Sagging hips.", "Flaring the elbows straight out.",
                "Shortening the range of motion."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe in while lowering, out while pressing; keep the body rigid like a plank."};
  d.tempo = try_parse_tempo("2-0-1-0");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{120U, 180U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{12U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "push_up";
  d.progressions = {"decline_push_up"};
  d.regressions = {"incline_push_up"};
  d.substitutes.push_back(substitute{"incline_push_up", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description dead_hang() {
  exercise_description d;
  d.id = "dead_hang";
  d.name = "Dead hang";
  d.aliases = {"Bar hang"};
  d.summary =
      "Hanging from a bar with straight arms; builds grip and shoulder tolerance for pull-ups.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::static_;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::isometric;
  d.measure = measure::time;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::forearms};
  d.secondary_muscles = muscle_set{muscle::lats, muscle::upper_back, muscle::rotator_cuff};
  d.equipment = equipment_set{equipment::pull_up_bar};
  d.equipment_options.push_back(equipment_set{equipment::rings});
  d.setup = {"Grip the bar overhand at about shoulder width, feet off the floor."};
  d.steps = {"Hang with straight arms and relaxed legs.", "Hold for the prescribed time.",
             "Step down under control."};
  d.cues = {"Grip hard.", "Keep the neck long."};
  d.mistakes = {"Letting go suddenly.", "Bending the arms."};
  d.breathing = breathing{breath_phase::hold, breath_phase::hold, std::nullopt,
                          "Breathe slowly and steadily through the hold; do not hold the breath."};
  {
    rep_guidance g = dose(training_goal::endurance);
    g.seconds = closed_range<unsigned>{20U, 60U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rest_seconds = closed_range<unsigned>{60U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::skill);
    g.seconds = closed_range<unsigned>{10U, 30U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rest_seconds = closed_range<unsigned>{60U, 90U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "pull_up";
  d.progressions = {"scapular_pull_up"};
  d.substitutes.push_back(substitute{"farmer_carry", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description scapular_pull_up() {
  exercise_description d;
  d.id = "scapular_pull_up";
  d.name = "Scapular pull-up";
  d.aliases = {"Scap pull-up", "Scapular depression hang"};
  d.summary =
      "From a dead hang, the shoulder blades are pulled down and back without bending the elbows; "
      "the first active step toward a pull-up.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::isolation;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::upper_back, muscle::lats};
  d.secondary_muscles = muscle_set{muscle::traps, muscle::forearms, muscle::rotator_cuff};
  d.equipment = equipment_set{equipment::pull_up_bar};
  d.setup = {"Hang from the bar overhand, hands a little wider than the shoulders."};
  d.steps = {
      "Keeping the arms straight, pull the shoulder blades down and together so the body rises "
      "slightly.",
      "Hold briefly.", "Let the shoulders rise back to a full hang under control."};
  d.cues = {"Arms stay straight.", "Shoulders away from the ears."};
  d.mistakes = {"Bending the elbows.", "Swinging."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("2-1-1-2");
  {
    rep_guidance g = dose(training_goal::skill);
    g.reps = closed_range<unsigned>{3U, 8U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{2.0, 4.0};
    g.rest_seconds = closed_range<unsigned>{60U, 120U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "pull_up";
  d.progressions = {"negative_pull_up"};
  d.regressions = {"dead_hang"};
  d.substitutes.push_back(substitute{"straight_arm_pulldown", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description negative_pull_up() {
  exercise_description d;
  d.id = "negative_pull_up";
  d.name = "Negative pull-up";
  d.aliases = {"Eccentric pull-up", "Pull-up negative"};
  d.summary =
      "Start at the top of a pull-up (jump or step up) and lower as slowly as possible; trains the "
      "lowering phase before full pull-ups are possible.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::biceps, muscle::brachialis, muscle::forearms,
                                   muscle::rear_delt, muscle::abs};
  d.equipment = equipment_set{equipment::pull_up_bar};
  d.equipment_options.push_back(equipment_set{equipment::pull_up_bar, equipment::bench});
  d.setup = {"Stand on a box or bench under the bar and grip it overhand."};
  d.steps = {"Jump or step up so the chin is above the bar.",
             "Lower the body as slowly as possible to straight arms.", "Step back up and repeat."};
  d.cues = {"Fight gravity the whole way down.", "Aim for 3 to 5 seconds of lowering."};
  d.mistakes = {"Dropping through the bottom half.", "Doing so many that form breaks down."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("5-0-X-1");
  {
    rep_guidance g = dose(training_goal::skill);
    g.reps = closed_range<unsigned>{3U, 5U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{2.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    g.note = "each repetition lowered over 3 to 5 s";
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "pull_up";
  d.variation_of = {"pull_up"};
  d.progressions = {"band_assisted_pull_up"};
  d.regressions = {"scapular_pull_up"};
  d.substitutes.push_back(substitute{"band_assisted_pull_up", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"lat_pulldown", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description weighted_pull_up() {
  exercise_description d;
  d.id = "weighted_pull_up";
  d.name = "Weighted pull-up";
  d.aliases = {"Loaded pull-up"};
  d.summary =
      "A pull-up with extra load from a dip belt, vest or a dumbbell held between the feet.";
  d.modality = modality::strength;
  d.level = level::advanced;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight_plus;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::biceps, muscle::brachialis, muscle::forearms,
                                   muscle::rear_delt, muscle::abs};
  d.equipment = equipment_set{equipment::pull_up_bar, equipment::weight_plate};
  d.equipment_options.push_back(equipment_set{equipment::pull_up_bar, equipment::dumbbell});
  d.setup = {"Attach the load with a belt or vest, or hold a dumbbell between the feet.",
             "Take the usual overhand pull-up grip."};
  d.steps = {"Start from a dead hang.", "Pull until the chin clears the bar.",
             "Lower slowly to straight arms."};
  d.cues = {"Keep the load still: no swinging.",
            "Add weight only when the bodyweight reps are clean."};
  d.mistakes = {"Cutting the range of motion to move more weight."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("3-1-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{180U, 300U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 180U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "pull_up";
  d.variation_of = {"pull_up"};
  d.regressions = {"pull_up"};
  d.substitutes.push_back(substitute{"lat_pulldown", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"pull_up", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description chin_up() {
  exercise_description d;
  d.id = "chin_up";
  d.name = "Chin-up";
  d.aliases = {"Underhand pull-up", "Supinated pull-up"};
  d.summary =
      "A pull-up with an underhand, shoulder-width grip, which brings in more biceps and is "
      "usually a little easier.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::lats, muscle::biceps};
  d.secondary_muscles =
      muscle_set{muscle::upper_back, muscle::brachialis, muscle::forearms, muscle::abs};
  d.equipment = equipment_set{equipment::pull_up_bar};
  d.setup = {"Grip the bar underhand with the hands about shoulder width apart.",
             "Hang with straight arms."};
  d.steps = {"Pull the elbows down in front of the body until the chin is over the bar.",
             "Lower slowly to a dead hang."};
  d.cues = {"Chest to the bar.", "No swinging."};
  d.mistakes = {"Half reps.", "Craning the neck to get the chin over."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("3-1-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{120U, 180U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{12U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "pull_up";
  d.variation_of = {"pull_up"};
  d.substitutes.push_back(substitute{"pull_up", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"close_grip_lat_pulldown", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description close_grip_lat_pulldown() {
  exercise_description d;
  d.id = "close_grip_lat_pulldown";
  d.name = "Close-grip lat pulldown";
  d.aliases = {"Neutral-grip pulldown", "V-bar pulldown"};
  d.summary =
      "A pulldown with a narrow neutral or underhand grip, allowing a long range of motion for the "
      "lats.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats};
  d.secondary_muscles =
      muscle_set{muscle::upper_back, muscle::biceps, muscle::brachialis, muscle::forearms};
  d.equipment = equipment_set{equipment::cable, equipment::attachment};
  d.setup = {"Attach a V-handle or close-grip bar and sit with the thighs under the pads."};
  d.steps = {"Pull the handle to the upper chest, elbows close to the body.",
             "Return slowly to straight arms."};
  d.cues = {"Elbows to the hips.", "Stay tall."};
  d.mistakes = {"Rocking the torso.", "Shortening the stretch at the top."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out on the way up, in on the way down; keep the body braced."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{4U, 8U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{120U, 240U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{8U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{60U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "lat_pulldown";
  d.variation_of = {"lat_pulldown"};
  d.substitutes.push_back(substitute{"lat_pulldown", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"chin_up", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description band_lat_pulldown() {
  exercise_description d;
  d.id = "band_lat_pulldown";
  d.name = "Band lat pulldown";
  d.aliases = {"Kneeling band pulldown", "Resistance-band pulldown"};
  d.summary =
      "Kneeling under an elastic band anchored high (a door anchor or a beam), the band is pulled "
      "from overhead to the upper chest; the vertical pull of a home without a bar, made harder "
      "with a stronger band or a lower position.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::vertical_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::biceps, muscle::brachialis, muscle::rear_delt};
  d.equipment = equipment_set{equipment::band};
  d.setup = {
      "Anchor the band above head height, kneel facing it at arm's length and take one end in "
      "each hand, arms straight overhead with the band already taut."};
  d.steps = {"Lift the chest and pull the hands down to the shoulders, elbows to the sides.",
             "Squeeze the shoulder blades down for a count.",
             "Let the hands rise slowly until the arms are straight, keeping the band taut."};
  d.cues = {"Elbows down into the back pockets.", "Chest tall; do not fold forward."};
  d.mistakes = {"Crunching the trunk to pull the band down.",
                "Letting the band snap the arms back up."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, true,
                          "Breathe out while pulling down, in while the arms rise."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{60U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "lat_pulldown";
  d.substitutes.push_back(substitute{"lat_pulldown", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"band_assisted_pull_up", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description straight_arm_pulldown() {
  exercise_description d;
  d.id = "straight_arm_pulldown";
  d.name = "Straight-arm pulldown";
  d.aliases = {"Cable pullover", "Straight-arm lat pushdown"};
  d.summary =
      "Standing at a high pulley, the bar is swept from eye level to the thighs with straight "
      "arms; isolates the lats.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::isolation;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::pullover;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats};
  d.secondary_muscles = muscle_set{muscle::triceps, muscle::upper_back, muscle::abs};
  d.muscle_weights.push_back(muscle_credit{muscle::triceps, 0.25});
  d.equipment = equipment_set{equipment::cable, equipment::attachment};
  d.setup = {
      "Face a high pulley with a straight bar or rope, hinge slightly at the hips, arms straight "
      "in front."};
  d.steps = {"Sweep the bar down in an arc to the thighs, keeping the elbows almost straight.",
             "Pause, then let the bar rise slowly to eye level."};
  d.cues = {"Arms are levers: move only at the shoulder.", "Ribs down."};
  d.mistakes = {"Bending the elbows and turning it into a pushdown.", "Leaning over the bar."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"dumbbell_pullover", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"lat_pulldown", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description dumbbell_pullover() {
  exercise_description d;
  d.id = "dumbbell_pullover";
  d.name = "Dumbbell pullover";
  d.aliases = {"Bench pullover"};
  d.summary =
      "Lying across or along a bench, a dumbbell is lowered behind the head and pulled back over "
      "the chest with nearly straight arms.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::isolation;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::pullover;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats, muscle::chest};
  d.secondary_muscles = muscle_set{muscle::triceps, muscle::serratus, muscle::abs};
  d.muscle_weights.push_back(muscle_credit{muscle::triceps, 0.25});
  d.equipment = equipment_set{equipment::dumbbell, equipment::bench};
  d.setup = {
      "Lie on a bench holding one dumbbell with both hands over the chest, elbows slightly bent."};
  d.steps = {
      "Lower the dumbbell in an arc behind the head until the upper arms are about in line with "
      "the body.",
      "Pull it back over the chest along the same arc."};
  d.cues = {"Keep the elbow angle fixed.", "Ribs down, lower back on the bench."};
  d.mistakes = {"Going deeper than the shoulders allow.", "Bending and straightening the elbows."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("3-1-1-0");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"straight_arm_pulldown", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description inverted_row() {
  exercise_description d;
  d.id = "inverted_row";
  d.name = "Inverted row";
  d.aliases = {"Bodyweight row", "Australian pull-up"};
  d.summary =
      "Hanging under a bar set at hip height with the body straight, the chest is pulled to the "
      "bar; a horizontal bodyweight pull made easier by raising the bar.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::upper_back, muscle::lats};
  d.secondary_muscles = muscle_set{muscle::biceps, muscle::rear_delt, muscle::abs, muscle::glutes};
  d.muscle_weights.push_back(muscle_credit{muscle::glutes, 0.25});
  d.equipment = equipment_set{equipment::barbell};
  d.equipment_options.push_back(equipment_set{equipment::smith_machine});
  d.equipment_options.push_back(equipment_set{equipment::rings});
  d.setup = {
      "Set a bar about at hip height, lie under it and grip it overhand a little wider than the "
      "shoulders.",
      "Straighten the body with the heels on the floor."};
  d.steps = {"Pull the chest to the bar, squeezing the shoulder blades.",
             "Lower until the arms are straight, body still rigid."};
  d.cues = {"Body in one line like a plank.", "Chest to the bar, not the chin."};
  d.mistakes = {"Hips sagging.", "Craning the neck."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{120U, 180U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{12U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"seated_cable_row", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"chest_supported_row", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description seated_cable_row() {
  exercise_description d;
  d.id = "seated_cable_row";
  d.name = "Seated cable row";
  d.aliases = {"Cable row", "Low row"};
  d.summary =
      "Seated at a low pulley with the feet braced, a handle is rowed to the stomach; steady cable "
      "tension and no lower-back loading in a hinge.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::upper_back, muscle::lats};
  d.secondary_muscles =
      muscle_set{muscle::biceps, muscle::rear_delt, muscle::lower_back, muscle::forearms};
  d.muscle_weights.push_back(muscle_credit{muscle::lower_back, 0.25});
  d.equipment = equipment_set{equipment::cable, equipment::attachment};
  d.equipment_options.push_back(equipment_set{equipment::machine});
  d.setup = {
      "Sit facing the low pulley, feet on the platform, knees soft, holding a V-handle with "
      "straight arms."};
  d.steps = {"Sit tall and pull the handle to the stomach, elbows close to the body.",
             "Squeeze the shoulder blades together.",
             "Let the arms straighten slowly while the shoulders reach forward a little."};
  d.cues = {"Torso stays nearly still.", "Elbows past the ribs."};
  d.mistakes = {"Rocking back and forth to move the weight.",
                "Rounding forward at the end of each rep."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{4U, 8U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{120U, 240U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{8U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{60U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"chest_supported_row", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"dumbbell_row_single_arm", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"inverted_row", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description single_arm_cable_row() {
  exercise_description d;
  d.id = "single_arm_cable_row";
  d.name = "Single-arm cable row";
  d.aliases = {"One-arm cable row"};
  d.summary =
      "A cable row done one side at a time with a single handle, letting the shoulder reach "
      "forward and rotate slightly.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::unilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::biceps, muscle::rear_delt, muscle::obliques};
  d.equipment = equipment_set{equipment::cable, equipment::attachment};
  d.setup = {
      "Set a single handle at about chest height and stand or kneel facing the pulley in a "
      "staggered stance."};
  d.steps = {"Row the handle toward the hip, elbow close to the body.",
             "Return slowly, letting the shoulder blade move forward.",
             "Finish one side, then the other."};
  d.cues = {"Keep the hips square.", "Lead with the elbow."};
  d.mistakes = {"Twisting the whole body."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    g.per_side = true;
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "dumbbell_row";
  d.substitutes.push_back(substitute{"dumbbell_row_single_arm", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"seated_cable_row", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description chest_supported_row() {
  exercise_description d;
  d.id = "chest_supported_row";
  d.name = "Chest-supported row";
  d.aliases = {"Incline dumbbell row", "Seal row"};
  d.summary =
      "Lying face down on an incline bench, dumbbells are rowed without any load on the lower "
      "back.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::upper_back, muscle::lats};
  d.secondary_muscles = muscle_set{muscle::rear_delt, muscle::biceps};
  d.equipment = equipment_set{equipment::dumbbell, equipment::bench};
  d.equipment_options.push_back(equipment_set{equipment::machine});
  d.setup = {
      "Set a bench to about 30 to 45 degrees and lie on it face down, a dumbbell in each hand "
      "hanging below the shoulders."};
  d.steps = {"Row both dumbbells up, squeezing the shoulder blades together.",
             "Lower to straight arms."};
  d.cues = {"Chest stays on the pad.", "Pause at the top."};
  d.mistakes = {"Lifting the chest off the bench.", "Shrugging."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{4U, 8U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{120U, 240U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{8U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{60U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "dumbbell_row";
  d.progressions = {"dumbbell_row_single_arm"};
  d.substitutes.push_back(substitute{"seated_cable_row", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"dumbbell_row_single_arm", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description barbell_row() {
  exercise_description d;
  d.id = "barbell_row";
  d.name = "Barbell row";
  d.aliases = {"Bent-over barbell row", "Pendlay row"};
  d.summary =
      "From a hip hinge, a barbell is rowed to the lower chest; heavy horizontal pulling that also "
      "makes the lower back and hamstrings hold the position.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::lats, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::lower_back, muscle::rear_delt, muscle::biceps,
                                   muscle::hamstrings, muscle::forearms};
  d.equipment = equipment_set{equipment::barbell};
  d.setup = {
      "Stand with the bar over the midfoot, hinge until the torso is at about 45 degrees or lower "
      "and grip overhand just outside the legs."};
  d.steps = {"Brace and row the bar to the lower chest or upper stomach.",
             "Lower it to straight arms while holding the hinge."};
  d.cues = {"Hold the back angle.", "Elbows back."};
  d.mistakes = {"Standing up to finish each rep.", "Rounding the lower back."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{180U, 300U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 180U};
    d.rep_guidance.push_back(g);
  }
  d.regressions = {"dumbbell_row_double_arm"};
  d.substitutes.push_back(substitute{"t_bar_row", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"dumbbell_row_double_arm", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"seated_cable_row", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description t_bar_row() {
  exercise_description d;
  d.id = "t_bar_row";
  d.name = "T-bar row";
  d.aliases = {"Landmine row"};
  d.summary =
      "One end of a barbell sits in a landmine or corner and the other is rowed with a close "
      "handle from a hinge.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::upper_back, muscle::lats};
  d.secondary_muscles =
      muscle_set{muscle::lower_back, muscle::rear_delt, muscle::biceps, muscle::forearms};
  d.equipment = equipment_set{equipment::barbell, equipment::landmine, equipment::attachment};
  d.equipment_options.push_back(equipment_set{equipment::machine});
  d.setup = {"Straddle the loaded end of the bar, place a V-handle under it, hinge and grip it."};
  d.steps = {"Row the plates toward the chest.", "Lower under control to straight arms."};
  d.cues = {"Chest up, back flat.", "Drive the elbows back."};
  d.mistakes = {"Jerking the weight with the hips."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{180U, 300U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 180U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"barbell_row", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"chest_supported_row", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description face_pull() {
  exercise_description d;
  d.id = "face_pull";
  d.name = "Face pull";
  d.aliases = {"Rope face pull"};
  d.summary =
      "A rope is pulled from a high pulley toward the face with the elbows high, training the rear "
      "shoulders and the muscles between the shoulder blades.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::horizontal_pull;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::rear_delt, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::rotator_cuff, muscle::traps, muscle::biceps};
  d.equipment = equipment_set{equipment::cable, equipment::attachment};
  d.equipment_options.push_back(equipment_set{equipment::band});
  d.setup = {
      "Set a rope at about face height and hold it with the thumbs toward you, arms straight."};
  d.steps = {"Pull the rope toward the eyes, separating the hands and keeping the elbows high.",
             "Rotate the hands back at the end.", "Return slowly."};
  d.cues = {"Elbows high and wide.", "Finish with the hands beside the ears."};
  d.mistakes = {"Using too much load and leaning back.", "Letting the elbows drop into a row."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe out while pulling, in while lowering; keep the trunk braced throughout."};
  d.tempo = try_parse_tempo("2-0-1-2");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"reverse_fly", substitute_reason::same_muscles});
  d.substitutes.push_back(substitute{"band_pull_apart", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description reverse_fly() {
  exercise_description d;
  d.id = "reverse_fly";
  d.name = "Reverse fly";
  d.aliases = {"Rear delt fly", "Bent-over reverse fly"};
  d.summary =
      "Bent over with light dumbbells, the arms are raised out to the sides to work the rear "
      "shoulders and upper back.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::isolation;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::reverse_fly;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::rear_delt};
  d.secondary_muscles = muscle_set{muscle::upper_back, muscle::traps, muscle::rotator_cuff};
  d.equipment = equipment_set{equipment::dumbbell};
  d.equipment_options.push_back(equipment_set{equipment::cable});
  d.equipment_options.push_back(equipment_set{equipment::machine});
  d.setup = {
      "Hinge forward with soft knees, light dumbbells hanging under the shoulders, palms facing "
      "each other."};
  d.steps = {
      "Raise the arms out to the sides with a slight elbow bend until they are level with the "
      "body.",
      "Lower slowly."};
  d.cues = {"Lead with the backs of the hands.", "Keep the neck long."};
  d.mistakes = {"Swinging the torso.",
                "Squeezing the shoulder blades before the arms move (it is a shoulder movement)."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"face_pull", substitute_reason::same_muscles});
  d.substitutes.push_back(substitute{"band_pull_apart", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description band_pull_apart() {
  exercise_description d;
  d.id = "band_pull_apart";
  d.name = "Band pull-apart";
  d.aliases = {"Resistance band pull-apart"};
  d.summary =
      "A band held at arm's length in front of the chest is pulled apart until it touches the "
      "chest.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::isolation;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::reverse_fly;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::rear_delt, muscle::upper_back};
  d.secondary_muscles = muscle_set{muscle::traps, muscle::rotator_cuff};
  d.equipment = equipment_set{equipment::band};
  d.setup = {
      "Stand holding a light band with both hands at shoulder height, arms straight, hands "
      "shoulder width apart."};
  d.steps = {"Pull the hands apart until the band touches the chest.", "Return slowly."};
  d.cues = {"Arms stay straight.", "Ribs down."};
  d.mistakes = {"Arching the lower back.", "Shrugging."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"reverse_fly", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"face_pull", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description barbell_shrug() {
  exercise_description d;
  d.id = "barbell_shrug";
  d.name = "Barbell shrug";
  d.aliases = {"Shrug"};
  d.summary =
      "Standing with a barbell at arm's length, the shoulders are lifted straight up toward the "
      "ears to train the upper trapezius.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::isolation;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::shrug;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::traps};
  d.secondary_muscles = muscle_set{muscle::forearms, muscle::upper_back};
  d.equipment = equipment_set{equipment::barbell};
  d.setup = {"Stand holding a barbell overhand at hip level, hands just outside the thighs."};
  d.steps = {"Lift the shoulders straight up as high as possible.",
             "Hold briefly, then lower slowly."};
  d.cues = {"Up, not around.", "Arms stay straight."};
  d.mistakes = {"Rolling the shoulders.", "Bending the elbows."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "shrug";
  d.substitutes.push_back(substitute{"dumbbell_shrug", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"farmer_carry", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description dumbbell_shrug() {
  exercise_description d;
  d.id = "dumbbell_shrug";
  d.name = "Dumbbell shrug";
  d.summary =
      "A shrug with a dumbbell in each hand at the sides, which lets the shoulders move freely.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::isolation;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::shrug;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::traps};
  d.secondary_muscles = muscle_set{muscle::forearms, muscle::upper_back};
  d.equipment = equipment_set{equipment::dumbbell};
  d.setup = {"Stand holding a dumbbell in each hand at the sides, palms facing in."};
  d.steps = {"Lift the shoulders straight up toward the ears.", "Pause, then lower under control."};
  d.cues = {"Straight up and down."};
  d.mistakes = {"Rolling the shoulders."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "shrug";
  d.variation_of = {"barbell_shrug"};
  d.substitutes.push_back(substitute{"barbell_shrug", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description farmer_carry() {
  exercise_description d;
  d.id = "farmer_carry";
  d.name = "Farmer carry";
  d.aliases = {"Farmer's walk"};
  d.summary =
      "Walking with a heavy weight in each hand; trains grip, upper back and the trunk together.";
  d.modality = modality::strongman;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::static_;
  d.movement_pattern = movement_pattern::carry;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::isometric;
  d.measure = measure::distance;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::forearms, muscle::traps};
  d.secondary_muscles = muscle_set{muscle::upper_back, muscle::abs,   muscle::obliques,
                                   muscle::glutes,     muscle::quads, muscle::calves};
  d.equipment = equipment_set{equipment::dumbbell};
  d.equipment_options.push_back(equipment_set{equipment::kettlebell});
  d.equipment_options.push_back(equipment_set{equipment::trap_bar});
  d.setup = {"Deadlift a heavy dumbbell or kettlebell in each hand and stand tall."};
  d.steps = {"Walk with short, quick steps for the prescribed distance.",
             "Set the weights down with a flat back."};
  d.cues = {"Tall posture, shoulders down.", "Crush the handles."};
  d.mistakes = {"Leaning to one side.", "Letting the shoulders round forward."};
  d.breathing = breathing{breath_phase::hold, breath_phase::hold, std::nullopt,
                          "Breathe slowly and steadily through the hold; do not hold the breath."};
  {
    rep_guidance g = dose(training_goal::strength);
    g.seconds = closed_range<unsigned>{20U, 40U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rest_seconds = closed_range<unsigned>{90U, 180U};
    g.note = "distance 20 to 40 m per set is typical";
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"dead_hang", substitute_reason::same_muscles});
  d.substitutes.push_back(substitute{"barbell_shrug", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description kettlebell_deadlift() {
  exercise_description d;
  d.id = "kettlebell_deadlift";
  d.name = "Kettlebell deadlift";
  d.summary =
      "A deadlift with one kettlebell between the feet; the simplest way to learn the hip hinge.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::glutes, muscle::hamstrings};
  d.secondary_muscles =
      muscle_set{muscle::lower_back, muscle::quads, muscle::forearms, muscle::traps};
  d.equipment = equipment_set{equipment::kettlebell};
  d.equipment_options.push_back(equipment_set{equipment::dumbbell});
  d.setup = {"Stand with the kettlebell between the feet, feet about hip width."};
  d.steps = {"Push the hips back with soft knees and grip the handle with a flat back.",
             "Stand up by driving the hips forward.",
             "Hinge back down to set the bell on the floor."};
  d.cues = {"Hips back, not down.", "Chest proud."};
  d.mistakes = {"Squatting the weight up.", "Rounding the back to reach the handle."};
  d.breathing = breathing{
      breath_phase::before_rep, breath_phase::after_rep, true,
      "Take a big breath and brace before each repetition, breathe out once it is finished."};
  d.tempo = try_parse_tempo("2-1-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{4U, 8U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{120U, 240U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{8U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{60U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.progressions = {"rack_pull", "kettlebell_swing"};
  d.substitutes.push_back(substitute{"deadlift", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"romanian_deadlift", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description rack_pull() {
  exercise_description d;
  d.id = "rack_pull";
  d.name = "Rack pull";
  d.aliases = {"Block pull", "Partial deadlift"};
  d.summary =
      "A deadlift from pins or blocks at about knee height; a shorter range that overloads the "
      "lockout and the upper back.";
  d.modality = modality::powerlifting;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::glutes, muscle::lower_back, muscle::traps};
  d.secondary_muscles =
      muscle_set{muscle::hamstrings, muscle::upper_back, muscle::lats, muscle::forearms};
  d.equipment = equipment_set{equipment::barbell};
  d.setup = {
      "Set the bar on the rack pins or blocks at about knee height and take a deadlift stance and "
      "grip."};
  d.steps = {"Brace and pull the slack out.", "Drive the hips forward to stand tall.",
             "Lower the bar back to the pins under control."};
  d.cues = {"Lats tight.", "Finish with the hips, not by leaning back."};
  d.mistakes = {"Bouncing the bar off the pins.", "Hyperextending at lockout."};
  d.breathing = breathing{
      breath_phase::before_rep, breath_phase::after_rep, true,
      "Take a big breath and brace before each repetition, breathe out once it is finished."};
  d.tempo = try_parse_tempo("2-1-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{180U, 300U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 180U};
    d.rep_guidance.push_back(g);
  }
  d.progressions = {"deadlift"};
  d.regressions = {"kettlebell_deadlift"};
  d.substitutes.push_back(substitute{"deadlift", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"trap_bar_deadlift", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description trap_bar_deadlift() {
  exercise_description d;
  d.id = "trap_bar_deadlift";
  d.name = "Trap bar deadlift";
  d.aliases = {"Hex bar deadlift"};
  d.summary =
      "A deadlift standing inside a hexagonal bar, which keeps the load in line with the body and "
      "shares the work with the quadriceps.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::glutes, muscle::quads, muscle::hamstrings};
  d.secondary_muscles =
      muscle_set{muscle::lower_back, muscle::traps, muscle::upper_back, muscle::forearms};
  d.equipment = equipment_set{equipment::trap_bar};
  d.setup = {
      "Stand in the middle of the bar, feet hip width, and grip the handles with a flat back."};
  d.steps = {"Push the floor away and stand up tall.",
             "Lower the bar by pushing the hips back and bending the knees."};
  d.cues = {"Chest up.", "Push, do not pull."};
  d.mistakes = {"Hips rising first."};
  d.breathing = breathing{
      breath_phase::before_rep, breath_phase::after_rep, true,
      "Take a big breath and brace before each repetition, breathe out once it is finished."};
  d.tempo = try_parse_tempo("2-1-1-1");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{180U, 300U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 180U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "deadlift";
  d.variation_of = {"deadlift"};
  d.substitutes.push_back(substitute{"deadlift", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"kettlebell_deadlift", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description romanian_deadlift() {
  exercise_description d;
  d.id = "romanian_deadlift";
  d.name = "Romanian deadlift";
  d.aliases = {"RDL", "Stiff-legged deadlift"};
  d.summary =
      "From standing, the bar is lowered along the thighs by pushing the hips back with nearly "
      "straight knees until the hamstrings are stretched, then brought back up.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::hamstrings, muscle::glutes};
  d.secondary_muscles =
      muscle_set{muscle::lower_back, muscle::forearms, muscle::upper_back, muscle::adductors};
  d.equipment = equipment_set{equipment::barbell};
  d.equipment_options.push_back(equipment_set{equipment::dumbbell});
  d.setup = {"Stand holding the bar at the hips with an overhand grip at shoulder width."};
  d.steps = {"Push the hips back, knees softly bent, and slide the bar down the thighs.",
             "Stop when the hamstrings are fully stretched or the back would round.",
             "Drive the hips forward to stand up."};
  d.cues = {"Bar close to the legs.", "Hips back, shins vertical."};
  d.mistakes = {"Bending the knees into a squat.", "Rounding the back to reach lower."};
  d.breathing = breathing{
      breath_phase::before_rep, breath_phase::after_rep, true,
      "Take a big breath and brace before each repetition, breathe out once it is finished."};
  d.tempo = try_parse_tempo("3-1-1-0");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{180U, 300U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 180U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "deadlift";
  d.progressions = {"single_leg_romanian_deadlift"};
  d.substitutes.push_back(substitute{"good_morning", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"deadlift", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"back_extension", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description single_leg_romanian_deadlift() {
  exercise_description d;
  d.id = "single_leg_romanian_deadlift";
  d.name = "Single-leg Romanian deadlift";
  d.aliases = {"Single-leg RDL"};
  d.summary =
      "A Romanian deadlift on one leg with a dumbbell, adding a balance challenge for the hip.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::unilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::hamstrings, muscle::glutes};
  d.secondary_muscles = muscle_set{muscle::abductors, muscle::lower_back, muscle::obliques};
  d.equipment = equipment_set{equipment::dumbbell};
  d.equipment_options.push_back(equipment_set{equipment::kettlebell});
  d.setup = {"Stand on one leg holding a dumbbell in the opposite hand."};
  d.steps = {"Hinge forward, the free leg reaching back in line with the torso.",
             "Stop at a full hamstring stretch.",
             "Return to standing; finish the side, then switch."};
  d.cues = {"Hips square to the floor.", "Long line from head to heel."};
  d.mistakes = {"Opening the hip toward the ceiling.", "Rounding the back."};
  d.breathing = breathing{
      breath_phase::before_rep, breath_phase::after_rep, true,
      "Take a big breath and brace before each repetition, breathe out once it is finished."};
  d.tempo = try_parse_tempo("3-1-1-0");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{8U, 12U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{60U, 120U};
    g.per_side = true;
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "deadlift";
  d.variation_of = {"romanian_deadlift"};
  d.regressions = {"romanian_deadlift"};
  d.substitutes.push_back(substitute{"romanian_deadlift", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description good_morning() {
  exercise_description d;
  d.id = "good_morning";
  d.name = "Good morning";
  d.aliases = {"Barbell good morning"};
  d.summary =
      "With a barbell on the upper back, the torso is hinged forward and back up, loading the "
      "hamstrings and spinal erectors.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::hamstrings, muscle::lower_back};
  d.secondary_muscles = muscle_set{muscle::glutes, muscle::upper_back, muscle::adductors};
  d.equipment = equipment_set{equipment::barbell};
  d.setup = {"Place the bar on the upper back as for a squat, feet hip width, knees soft."};
  d.steps = {"Push the hips back and lower the torso toward parallel with a flat back.",
             "Drive the hips forward to stand up."};
  d.cues = {"Start light.", "Hips back, back flat."};
  d.mistakes = {"Rounding the back.", "Going heavy before the position is solid."};
  d.breathing = breathing{
      breath_phase::before_rep, breath_phase::after_rep, true,
      "Take a big breath and brace before each repetition, breathe out once it is finished."};
  d.tempo = try_parse_tempo("3-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{8U, 12U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{2.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{90U, 150U};
    d.rep_guidance.push_back(g);
  }
  d.substitutes.push_back(substitute{"romanian_deadlift", substitute_reason::same_pattern});
  d.substitutes.push_back(substitute{"back_extension", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description superman() {
  exercise_description d;
  d.id = "superman";
  d.name = "Superman";
  d.aliases = {"Prone back extension", "Floor back extension"};
  d.summary =
      "Lying face down, the arms, chest and legs are lifted off the floor together; a bodyweight "
      "start for the spinal erectors.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hip_extension;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::lower_back};
  d.secondary_muscles = muscle_set{muscle::glutes, muscle::hamstrings, muscle::upper_back};
  d.equipment = equipment_set{equipment::bodyweight};
  d.equipment_options.push_back(equipment_set{equipment::mat});
  d.setup = {"Lie face down with the arms stretched overhead."};
  d.steps = {"Lift the arms, chest and legs a few centimetres off the floor.",
             "Hold for a breath or two.", "Lower slowly."};
  d.cues = {"Look at the floor: neck long.", "Squeeze the glutes."};
  d.mistakes = {"Cranking the head up.", "Jerking up with momentum."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("2-0-1-2");
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{10U, 20U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{45U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.progressions = {"back_extension"};
  d.substitutes.push_back(substitute{"back_extension", substitute_reason::equipment_swap});
  provenance(d);
  return d;
}

inline exercise_description back_extension() {
  exercise_description d;
  d.id = "back_extension";
  d.name = "Back extension";
  d.aliases = {"Hyperextension", "45-degree back extension"};
  d.summary =
      "On a hyperextension bench with the hips on the pad, the torso is lowered and raised, "
      "training the spinal erectors, glutes and hamstrings.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hip_extension;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::lower_back, muscle::glutes};
  d.secondary_muscles = muscle_set{muscle::hamstrings, muscle::upper_back};
  d.equipment = equipment_set{equipment::back_extension_bench};
  d.equipment_options.push_back(equipment_set{equipment::stability_ball});
  d.setup = {"Set the pad just below the hip crease and hook the heels under the rollers.",
             "Cross the arms on the chest or hold a plate for more load."};
  d.steps = {"Lower the torso by bending at the hips.",
             "Raise it until the body is in a straight line, not beyond."};
  d.cues = {"Straight line at the top.", "Move at the hips."};
  d.mistakes = {"Swinging up past straight.", "Pad too high, blocking the hip."};
  d.breathing = breathing{breath_phase::eccentric, breath_phase::concentric, false,
                          "Breathe in while lowering, out while lifting."};
  d.tempo = try_parse_tempo("2-0-1-1");
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{10U, 15U};
    g.sets = closed_range<unsigned>{2U, 4U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{60U, 90U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{15U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{1.0, 3.0};
    g.rest_seconds = closed_range<unsigned>{45U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.regressions = {"superman"};
  d.substitutes.push_back(substitute{"good_morning", substitute_reason::same_muscles});
  d.substitutes.push_back(substitute{"superman", substitute_reason::equipment_swap});
  d.substitutes.push_back(substitute{"romanian_deadlift", substitute_reason::same_muscles});
  provenance(d);
  return d;
}

inline exercise_description kettlebell_swing() {
  exercise_description d;
  d.id = "kettlebell_swing";
  d.name = "Kettlebell swing";
  d.aliases = {"Russian kettlebell swing", "Two-hand swing"};
  d.summary =
      "A kettlebell is hiked between the legs and driven to chest height by a fast hip snap; a "
      "ballistic hinge.";
  d.modality = modality::conditioning;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::pull;
  d.movement_pattern = movement_pattern::hinge;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::external;
  d.primary_muscles = muscle_set{muscle::glutes, muscle::hamstrings};
  d.secondary_muscles =
      muscle_set{muscle::lower_back, muscle::abs, muscle::forearms, muscle::front_delt};
  d.muscle_weights.push_back(muscle_credit{muscle::front_delt, 0.25});
  d.equipment = equipment_set{equipment::kettlebell};
  d.setup = {
      "Stand with the kettlebell a foot in front, hinge and grip the handle with both hands."};
  d.steps = {"Hike the bell back between the legs.",
             "Snap the hips forward so the bell floats to chest height.",
             "Let it fall back into the hinge and repeat."};
  d.cues = {"It is a hinge, not a squat.", "The hips lift the bell; the arms only guide it.",
            "Stand tall and squeeze the glutes at the top."};
  d.mistakes = {"Lifting the bell with the arms.", "Squatting instead of hinging.",
                "Leaning back at the top."};
  d.breathing =
      breathing{breath_phase::before_rep, breath_phase::concentric, true,
                "A short sharp breath out at the hip snap, breathe in as the bell drops."};
  d.tempo = try_parse_tempo("1-0-X-0");
  {
    rep_guidance g = dose(training_goal::power);
    g.reps = closed_range<unsigned>{10U, 20U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rest_seconds = closed_range<unsigned>{60U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.seconds = closed_range<unsigned>{20U, 40U};
    g.sets = closed_range<unsigned>{3U, 6U};
    g.rest_seconds = closed_range<unsigned>{30U, 60U};
    d.rep_guidance.push_back(g);
  }
  d.regressions = {"kettlebell_deadlift"};
  d.substitutes.push_back(substitute{"romanian_deadlift", substitute_reason::same_muscles});
  d.substitutes.push_back(substitute{"kettlebell_deadlift", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description incline_push_up() {
  exercise_description d;
  d.id = "incline_push_up";
  d.name = "Incline push-up";
  d.aliases = {"Hands-elevated push-up"};
  d.summary =
      "A push-up with the hands on a bench or box, which lightens the load; the higher the hands, "
      "the easier it is.";
  d.modality = modality::strength;
  d.level = level::beginner;
  d.mechanic = mechanic::compound;
  d.force = force::push;
  d.movement_pattern = movement_pattern::horizontal_push;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::chest};
  d.secondary_muscles =
      muscle_set{muscle::front_delt, muscle::triceps, muscle::serratus, muscle::abs};
  d.equipment = equipment_set{equipment::bench};
  d.equipment_options.push_back(equipment_set{equipment::bodyweight});
  d.setup = {"Hands on a bench or wall slightly wider than the shoulders, body straight."};
  d.steps = {"Lower the chest to the edge.", "Press back to straight arms."};
  d.cues = {"Body in one line."};
  d.mistakes = {"Sagging hips."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe in while lowering, out while pressing; keep the body rigid like a plank."};
  d.tempo = try_parse_tempo("2-0-1-0");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{120U, 180U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{12U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "push_up";
  d.variation_of = {"push_up"};
  d.progressions = {"push_up"};
  d.substitutes.push_back(substitute{"push_up", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

inline exercise_description decline_push_up() {
  exercise_description d;
  d.id = "decline_push_up";
  d.name = "Decline push-up";
  d.aliases = {"Feet-elevated push-up"};
  d.summary =
      "A push-up with the feet raised on a bench, shifting more body weight onto the arms and "
      "upper chest.";
  d.modality = modality::strength;
  d.level = level::intermediate;
  d.mechanic = mechanic::compound;
  d.force = force::push;
  d.movement_pattern = movement_pattern::horizontal_push;
  d.laterality = laterality::bilateral;
  d.contraction = contraction::dynamic;
  d.measure = measure::reps;
  d.load = load_type::bodyweight;
  d.primary_muscles = muscle_set{muscle::chest, muscle::front_delt};
  d.secondary_muscles = muscle_set{muscle::triceps, muscle::serratus, muscle::abs};
  d.equipment = equipment_set{equipment::bench};
  d.setup = {"Feet on a bench, hands on the floor slightly wider than the shoulders."};
  d.steps = {"Lower the chest toward the floor.", "Press back up."};
  d.cues = {"Keep the hips in line."};
  d.mistakes = {"Piking the hips up."};
  d.breathing =
      breathing{breath_phase::eccentric, breath_phase::concentric, true,
                "Breathe in while lowering, out while pressing; keep the body rigid like a plank."};
  d.tempo = try_parse_tempo("2-0-1-0");
  {
    rep_guidance g = dose(training_goal::strength);
    g.reps = closed_range<unsigned>{3U, 6U};
    g.sets = closed_range<unsigned>{3U, 5U};
    g.rir = closed_range<double>{1.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{120U, 180U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::hypertrophy);
    g.reps = closed_range<unsigned>{6U, 12U};
    g.sets = closed_range<unsigned>{3U, 4U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{90U, 120U};
    d.rep_guidance.push_back(g);
  }
  {
    rep_guidance g = dose(training_goal::endurance);
    g.reps = closed_range<unsigned>{12U, 25U};
    g.sets = closed_range<unsigned>{2U, 3U};
    g.rir = closed_range<double>{0.0, 2.0};
    g.rest_seconds = closed_range<unsigned>{45U, 90U};
    d.rep_guidance.push_back(g);
  }
  d.variation_group = "push_up";
  d.variation_of = {"push_up"};
  d.regressions = {"push_up"};
  d.substitutes.push_back(substitute{"push_up", substitute_reason::same_pattern});
  provenance(d);
  return d;
}

}  // namespace detail::builtin

/// Number of exercises in the built-in catalog.
inline constexpr std::size_t builtin_exercise_count = 39;

/// Ids of the exercises of the source article, in the article's order.
inline constexpr std::array<std::string_view, 7> source_article_exercise_ids{
    {"dumbbell_row_single_arm", "dumbbell_row_double_arm", "pull_up", "band_assisted_pull_up",
     "deadlift", "lat_pulldown", "push_up"}};

/// A fresh copy of every built-in description, in catalog order (source-article exercises
/// first). Use it to start a catalog of your own.
[[nodiscard]] inline std::vector<exercise_description> builtin_exercises() {
  std::vector<exercise_description> v;
  v.reserve(builtin_exercise_count);

  v.push_back(detail::builtin::dumbbell_row_single_arm());
  v.push_back(detail::builtin::dumbbell_row_double_arm());
  v.push_back(detail::builtin::pull_up());
  v.push_back(detail::builtin::band_assisted_pull_up());
  v.push_back(detail::builtin::deadlift());
  v.push_back(detail::builtin::lat_pulldown());
  v.push_back(detail::builtin::push_up());
  v.push_back(detail::builtin::dead_hang());
  v.push_back(detail::builtin::scapular_pull_up());
  v.push_back(detail::builtin::negative_pull_up());
  v.push_back(detail::builtin::weighted_pull_up());
  v.push_back(detail::builtin::chin_up());
  v.push_back(detail::builtin::close_grip_lat_pulldown());
  v.push_back(detail::builtin::band_lat_pulldown());
  v.push_back(detail::builtin::straight_arm_pulldown());
  v.push_back(detail::builtin::dumbbell_pullover());
  v.push_back(detail::builtin::inverted_row());
  v.push_back(detail::builtin::seated_cable_row());
  v.push_back(detail::builtin::single_arm_cable_row());
  v.push_back(detail::builtin::chest_supported_row());
  v.push_back(detail::builtin::barbell_row());
  v.push_back(detail::builtin::t_bar_row());
  v.push_back(detail::builtin::face_pull());
  v.push_back(detail::builtin::reverse_fly());
  v.push_back(detail::builtin::band_pull_apart());
  v.push_back(detail::builtin::barbell_shrug());
  v.push_back(detail::builtin::dumbbell_shrug());
  v.push_back(detail::builtin::farmer_carry());
  v.push_back(detail::builtin::kettlebell_deadlift());
  v.push_back(detail::builtin::rack_pull());
  v.push_back(detail::builtin::trap_bar_deadlift());
  v.push_back(detail::builtin::romanian_deadlift());
  v.push_back(detail::builtin::single_leg_romanian_deadlift());
  v.push_back(detail::builtin::good_morning());
  v.push_back(detail::builtin::superman());
  v.push_back(detail::builtin::back_extension());
  v.push_back(detail::builtin::kettlebell_swing());
  v.push_back(detail::builtin::incline_push_up());
  v.push_back(detail::builtin::decline_push_up());
  return v;
}

/// The built-in catalog, built on first use (thread-safe static initialisation) and shared.
/// It passes `validate()` with no findings.
[[nodiscard]] inline const catalog& builtin_catalog() {
  static const catalog c(builtin_exercises());
  return c;
}

}  // namespace physique::exercise

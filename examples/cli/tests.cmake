# CTest tests of the `physique` command-line tool: every subcommand with valid and invalid
# input, --help, exit codes, error messages and --json output that must parse. Each test
# runs run_cli_test.cmake with `cmake -P` (no dependency beyond CMake itself).
#
#   physique_cli_test(<name> RC <code> ARGS <arg>... [OUT <regex>...] [ERR <regex>...]
#                     [NOT_OUT <regex>] [JSON <member path>...] [JSON_MATCH <regex>])
#
# Expected numbers come from the library's documented worked examples (docs/*.md) and the
# published formulas, never from the tool's own output; see the comment next to each one.

set(_physique_cli_dir "${CMAKE_CURRENT_LIST_DIR}")

function(physique_cli_test name)
  cmake_parse_arguments(PARSE_ARGV 1 T "" "RC;NOT_OUT;JSON_MATCH" "ARGS;OUT;ERR;JSON")
  if(NOT DEFINED T_RC)
    set(T_RC 0)
  endif()
  string(REPLACE ";" "|" args "${T_ARGS}")
  string(REPLACE ";" "|" out "${T_OUT}")
  string(REPLACE ";" "|" err "${T_ERR}")
  string(REPLACE ";" "|" json "${T_JSON}")
  add_test(NAME cli.${name}
    COMMAND ${CMAKE_COMMAND}
      "-DCLI=$<TARGET_FILE:physique_cli>"
      "-DARGS=${args}"
      "-DWORKDIR=${_physique_cli_dir}"
      "-DEXPECT_RC=${T_RC}"
      "-DOUT=${out}"
      "-DERR=${err}"
      "-DNOT_OUT=${T_NOT_OUT}"
      "-DJSON=${json}"
      "-DJSON_MATCH=${T_JSON_MATCH}"
      -P "${_physique_cli_dir}/run_cli_test.cmake")
  set_tests_properties(cli.${name} PROPERTIES LABELS cli)
endfunction()

set(_man --sex male --age 34 --height 180cm --weight 80kg)

# ---- the tool ----------------------------------------------------------------------------
physique_cli_test(help RC 0 ARGS --help OUT "usage: physique <command>" "expenditure" "plan")
physique_cli_test(no_arguments RC 2 ERR "usage: physique <command>")
physique_cli_test(unknown_command RC 2 ARGS frobnicate
  ERR "unknown command 'frobnicate'" "usage: physique <command>")
foreach(cmd expenditure bodyfat macros projection strength exercises plan)
  physique_cli_test(${cmd}.help RC 0 ARGS ${cmd} --help OUT "usage: physique ${cmd}")
endforeach()

# ---- argument and quantity errors --------------------------------------------------------
physique_cli_test(unknown_option RC 2 ARGS expenditure ${_man} --frob
  ERR "unknown option --frob" "usage: physique expenditure")
physique_cli_test(missing_value RC 2 ARGS expenditure --sex male --age 34 --height 180cm --weight
  ERR "missing value for --weight" "usage: physique expenditure")
physique_cli_test(missing_option RC 2 ARGS expenditure --sex male --height 180cm --weight 80kg
  ERR "missing required option --age")
physique_cli_test(bad_unit RC 1 ARGS expenditure --sex male --age 34 --height 180cm --weight 80kq
  ERR "invalid --weight \\(\"80kq\"\\): must be a mass with its unit")
physique_cli_test(no_unit RC 1 ARGS expenditure --sex male --age 34 --height 180 --weight 80kg
  ERR "invalid --height \\(\"180\"\\)")
physique_cli_test(bad_sex RC 1 ARGS expenditure --sex x --age 34 --height 180cm --weight 80kg
  ERR "invalid --sex \\(\"x\"\\): must be male or female")
# An impossible value is reported by the library, naming the parameter, then the option.
physique_cli_test(negative_weight RC 1
  ARGS expenditure --sex male --age 34 --height 180cm --weight -80kg
  ERR "invalid body_mass = -80 kg" "check --weight")
physique_cli_test(impossible_height RC 1
  ARGS expenditure --sex male --age 34 --height 4m --weight 80kg
  ERR "invalid height = 400 cm")

# ---- expenditure -------------------------------------------------------------------------
# Mifflin-St Jeor, rounded coefficients (Mifflin 1990): 10 x 80 + 6.25 x 180 - 5 x 34 + 5
# = 1760 kcal/d.
physique_cli_test(expenditure RC 0 ARGS expenditure ${_man}
  OUT "mifflin_st_jeor_rounded +1760" "harris_benedict_1919" "owen" "sedentary +1.200")
# Mifflin-St Jeor with the paper's coefficients: 9.99 x 80 + 6.25 x 180 - 4.92 x 34 + 5
# = 1761.9 kcal/d; x 1.55 (moderately active) = 2731 kcal/d.
physique_cli_test(expenditure.activity RC 0 ARGS expenditure ${_man} --activity moderate
  OUT "Resting: 1762 kcal/d" "Total daily energy expenditure: 2731 kcal/d")
# 5 ft 10 in = 177.8 cm; 176 lb = 79.83 kg.
physique_cli_test(expenditure.imperial RC 0
  ARGS expenditure --sex male --age 34 --height 5ft10in --weight 176lb --json
  JSON person height_cm JSON_MATCH "^177\\.8")
physique_cli_test(expenditure.pounds RC 0
  ARGS expenditure --sex male --age 34 --height 5ft10in --weight 176lb --json
  JSON person weight_kg JSON_MATCH "^79\\.83")
# 80 kg written with a blank, 70.5 in = 179.07 cm, 12 st 8 lb = 176 lb = 79.83 kg.
physique_cli_test(quantity.blank RC 0
  ARGS expenditure --sex male --age 34 --height 180cm --weight "80 kg" --json
  JSON person weight_kg JSON_MATCH "^80$")
physique_cli_test(quantity.inches RC 0
  ARGS expenditure --sex male --age 34 --height 70.5in --weight 80kg --json
  JSON person height_cm JSON_MATCH "^179\\.0[67]")
physique_cli_test(quantity.stones RC 0
  ARGS expenditure --sex male --age 34 --height 180cm --weight 12st8lb --json
  JSON person weight_kg JSON_MATCH "^79\\.83")
physique_cli_test(quantity.equals RC 0
  ARGS expenditure --sex=male --age=34 --height=180cm --weight=80kg --json
  JSON person bmi JSON_MATCH "^24\\.69")
physique_cli_test(quantity.mixed_dimensions RC 1
  ARGS expenditure --sex male --age 34 --height 5ft10kg --weight 80kg ERR "invalid --height")
physique_cli_test(expenditure.json RC 0 ARGS expenditure ${_man} --pal 1.6 --json
  JSON resting 0 id JSON_MATCH "^mifflin_st_jeor$")
physique_cli_test(expenditure.json_pal RC 0 ARGS expenditure ${_man} --pal 1.6 --json
  JSON activity pal_category JSON_MATCH "sedentary or light")
# Katch-McArdle: 370 + 21.6 x FFM; 80 kg at 20 % fat -> FFM 64 kg -> 1752.4 kcal/d.
physique_cli_test(expenditure.lean_mass RC 0
  ARGS expenditure ${_man} --body-fat 20% --equation katch_mcardle
  OUT "cunningham_1991" "Resting: 1752 kcal/d")
physique_cli_test(expenditure.unknown_equation RC 1
  ARGS expenditure ${_man} --equation nope ERR "invalid --equation \\(\"nope\"\\)")
physique_cli_test(expenditure.both_activity RC 2
  ARGS expenditure ${_man} --pal 1.6 --activity light ERR "not both")

# ---- bodyfat -----------------------------------------------------------------------------
# DoD (Hodgdon & Friedl 1999), men: 86.010 log10(19.685 in) - 70.041 log10(70.866 in) + 36.76
# = 18.5 %; RFM (Woolcott & Bergman 2018): 64 - 20 x 180 / 88 = 23.1 %.
physique_cli_test(bodyfat.navy RC 0
  ARGS bodyfat --sex male --height 180cm --neck 38cm --waist 88cm
  OUT "US Navy / DoD, Hodgdon-Friedl \\(1999\\) +18\\.5" "Relative Fat Mass[^\n]* 23\\.1")
physique_cli_test(bodyfat.navy_json RC 0
  ARGS bodyfat --sex male --height 180cm --neck 38cm --waist 88cm --json
  JSON estimates 1 fat_percent JSON_MATCH "^18\\.4[5-9]")
physique_cli_test(bodyfat.all RC 0
  ARGS bodyfat ${_man} --chest 10mm --abdomen 20mm --thigh 15mm
       --biceps 5mm --triceps 10mm --subscapular 12mm --suprailiac 10mm --midaxillary 9mm
  OUT "Jackson-Pollock 3-site, men" "Jackson-Pollock 7-site, men" "Durnin" "Jackson et al. \\(2002\\)"
      "BMI 24\\.7 \\(normal, WHO\\)")
# DoD women (Hodgdon & Friedl 1999), inches: 163.205 log10((70 + 95 - 32) / 2.54)
# - 97.684 log10(165 / 2.54) - 78.387 = 25.1 %.
physique_cli_test(bodyfat.navy_female RC 0
  ARGS bodyfat --sex female --height 165cm --neck 32cm --waist 70cm --hip 95cm
  OUT "US Navy / DoD, Hodgdon-Friedl \\(1999\\) +25\\.1")
physique_cli_test(bodyfat.navy_female_no_hip RC 2
  ARGS bodyfat --sex female --height 165cm --neck 32cm --waist 70cm ERR "needs --neck, --waist, --hip")
# Jackson & Pollock 1978, men: D = 1.10938 - 0.0008267 S + 0.0000016 S^2 - 0.0002574 age with
# S = 12 + 20 + 15 = 47 mm, age 34 -> 1.065308; Siri 495 / D - 450 = 14.7 %.
physique_cli_test(bodyfat.jp3 RC 0
  ARGS bodyfat --sex male --age 34 --chest 12mm --abdomen 20mm --thigh 15mm
  OUT "Jackson-Pollock 3-site, men \\(1978\\) +14\\.7")
physique_cli_test(bodyfat.json RC 0 ARGS bodyfat ${_man} --json
  JSON estimates 0 id JSON_MATCH "^jackson_2002$")
physique_cli_test(bodyfat.nothing RC 2 ARGS bodyfat --sex male ERR "nothing to estimate")
physique_cli_test(bodyfat.incomplete_folds RC 2
  ARGS bodyfat ${_man} --chest 10mm ERR "complete no equation")
physique_cli_test(bodyfat.waist_below_neck RC 1
  ARGS bodyfat --sex male --height 180cm --neck 40cm --waist 38cm ERR "invalid waist")

# ---- macros ------------------------------------------------------------------------------
# docs/nutrition.md: 2000 kcal/d, 80 kg, maintenance preset (1.6 g/kg, fat 30 %):
# protein 128 g, fat 66.7 g, carbohydrate 222 g; whole grams 128 / 67 / 221; 4 meals of 32 g.
physique_cli_test(macros.target RC 0 ARGS macros --calories 2000kcal --weight 80kg
  OUT "protein +128\\.0 +128" "fat +66\\.7 +67" "carbohydrate +222\\.0 +221"
      "4 meals x 32\\.0 g" "carbohydrate_share_below_amdr")
physique_cli_test(macros.target_json RC 0 ARGS macros --calories 2000kcal --weight 80kg --json
  JSON grams_per_day fat JSON_MATCH "^66\\.66")
physique_cli_test(macros.kilojoules RC 0 ARGS macros --calories 8368kJ --weight 80kg --json
  JSON target_kcal_per_day JSON_MATCH "^2000$")
# From the person: Mifflin 1761.9 x 1.55 = 2731 kcal/d; lose 0.5 %/wk of 80 kg = 0.4 kg/wk
# x 7700 kcal/kg / 7 = 440 kcal/d deficit -> 2291 kcal/d.
physique_cli_test(macros.person RC 0 ARGS macros ${_man} --goal lose --activity moderate
  OUT "maintenance 2731 kcal/d" "Target: 2291 kcal/d" "Energy deficit")
physique_cli_test(macros.findings_json RC 0
  ARGS macros ${_man} --goal lose --rate 1.5% --json
  JSON findings 0 code JSON_MATCH "^loss_rate_above_guideline$")
physique_cli_test(macros.bad_goal RC 1 ARGS macros --calories 2000kcal --weight 80kg --goal fly
  ERR "invalid --goal")
physique_cli_test(macros.no_target RC 2 ARGS macros --weight 80kg ERR "give --calories")

# ---- projection --------------------------------------------------------------------------
# docs/weight_dynamics.md (Hall et al. 2011): male, 40 y, 180 cm, 100 kg, PAL 1.5: baseline
# 2898 kcal/d; -500 kcal/d levels off at 76.2 kg; 90 kg by day 180 takes 2282 kcal/d, then
# 2706 kcal/d to hold it.
set(_hall --sex male --age 40 --height 180cm --weight 100kg --pal 1.5)
physique_cli_test(projection.change RC 0 ARGS projection ${_hall} --change -500kcal --weeks 8
  OUT "Baseline intake \\(energy balance\\): 2898 kcal/d" "levels off at 76\\.2 kg"
      "static rule")
physique_cli_test(projection.goal_by_date RC 0
  ARGS projection ${_hall} --goal-weight 90kg --by 2027-05-24 --start 2026-11-25
  OUT "Goal: 90\\.0 kg in 180 days" "intake to reach it: 2282 kcal/d"
      "intake to hold it afterwards: 2706 kcal/d")
physique_cli_test(projection.goal_in_weeks_json RC 0
  ARGS projection ${_hall} --goal-weight 95kg --in 12 --json
  JSON weeks 12 body_mass_kg JSON_MATCH "^9[45]\\.[09]")
physique_cli_test(projection.days_to_goal RC 0
  ARGS projection ${_hall} --intake 2398kcal --goal-weight 70kg
  OUT "never reached at this intake")
physique_cli_test(projection.json RC 0 ARGS projection ${_hall} --change -500kcal --json
  JSON weeks 0 body_mass_kg JSON_MATCH "^100$")
physique_cli_test(projection.no_intake RC 2 ARGS projection ${_hall} ERR "give an intake")
physique_cli_test(projection.bad_date RC 1
  ARGS projection ${_hall} --goal-weight 90kg --by 2027-02-30 --start 2026-11-25
  ERR "invalid day")

# ---- strength ----------------------------------------------------------------------------
# Epley: 100 x (1 + 5/30) = 116.7 kg; Brzycki: 100 x 36 / (37 - 5) = 112.5 kg. RTS chart
# (rpe.hpp's worked example): 100 kg x 5 @ 8 -> 100 / 0.811 = 123.3 kg; 3 @ 9 -> 110.0 kg.
physique_cli_test(strength RC 0
  ARGS strength --load 100kg --reps 5 --rpe 8 --target-reps 3 --target-rpe 9
  OUT "Epley \\(1985\\) +116\\.7" "Brzycki \\(1993\\) +112\\.5" "e1RM 123\\.3 kg"
      "Load for 3 @ RPE 9\\.0: 110\\.0 kg")
physique_cli_test(strength.pounds RC 0 ARGS strength --load 225lb --reps 5
  OUT "1RM lb" "Epley \\(1985\\) +262\\.5")
physique_cli_test(strength.chart_json RC 0 ARGS strength --chart --json
  JSON rpe_chart 4 percent_of_one_rep_max 8.0 JSON_MATCH "^81\\.[01]")
physique_cli_test(strength.one_rep_max RC 0
  ARGS strength --one-rep-max 140kg --target-reps 5 --target-rpe 8 --json
  JSON rpe_chart_load JSON_MATCH "^113\\.5")
physique_cli_test(strength.zero_reps RC 1 ARGS strength --load 100kg --reps 0
  ERR "invalid reps = 0")
physique_cli_test(strength.bad_rpe RC 1 ARGS strength --load 100kg --reps 5 --rpe 11
  ERR "invalid rpe = 11")
physique_cli_test(strength.nothing RC 2 ARGS strength ERR "give --load and --reps")

# ---- exercises ---------------------------------------------------------------------------
physique_cli_test(exercises.search RC 0
  ARGS exercises search --muscle lats --equipment dumbbell,bench
  OUT "dumbbell_row_single_arm" "Single-arm dumbbell row" NOT_OUT "barbell")
physique_cli_test(exercises.search_json RC 0
  ARGS exercises search --pattern vertical_pull --json JSON exercises 0 movement_pattern
  JSON_MATCH "^vertical_pull$")
physique_cli_test(exercises.show RC 0 ARGS exercises show pull_up
  OUT "Pull-up \\(pull_up\\)" "Steps:" "Primary muscles: [^\n]*Lats" "Tempo: ")
physique_cli_test(exercises.show_json RC 0 ARGS exercises show pull_up --json
  JSON id JSON_MATCH "^pull_up$")
physique_cli_test(exercises.show_unknown RC 1 ARGS exercises show nope
  ERR "invalid id \\(\"nope\"\\): is not in the catalog")
physique_cli_test(exercises.bad_muscle RC 1 ARGS exercises search --muscle wings
  ERR "invalid --muscle \\(\"wings\"\\): must be one of: chest")
physique_cli_test(exercises.no_action RC 2 ARGS exercises ERR "missing action")
physique_cli_test(exercises.bad_action RC 2 ARGS exercises list ERR "unknown action 'list'")
if(TARGET physique_json)
  physique_cli_test(exercises.import_free_exercise_db RC 0
    ARGS exercises import testdata/free_exercise_db_sample.json
    OUT "Imported 2 exercises" "sample_dumbbell_row")
  physique_cli_test(exercises.import_json RC 0
    ARGS exercises import testdata/free_exercise_db_sample.json --json
    JSON format JSON_MATCH "^physique\\.exercises$")
  physique_cli_test(exercises.import_physique RC 0
    ARGS exercises import testdata/physique_catalog_sample.json
    OUT "Imported 1 exercises" "sample_band_row +Sample band row +horizontal_pull")
  physique_cli_test(exercises.import_bad_schema RC 1
    ARGS exercises import testdata/bad_catalog.json
    ERR "invalid json \\(exercises\\[0\\]\\.equipment\\[0\\]")
  physique_cli_test(exercises.import_missing_file RC 1
    ARGS exercises import testdata/no_such_file.json ERR "cannot be opened")
  physique_cli_test(exercises.search_catalog RC 0
    ARGS exercises search --catalog testdata/physique_catalog_sample.json --muscle lats --json
    JSON exercises 0 id JSON_MATCH "^sample_band_row$")
endif()

# ---- plan --------------------------------------------------------------------------------
set(_plan plan ${_man} --goal lose_fat --equipment dumbbell,bench,pull_up_bar --weeks 8
          --start 2026-01-05)
physique_cli_test(plan RC 0 ARGS ${_plan}
  OUT "lose_fat" "8 weeks" "Monday")
physique_cli_test(plan.json RC 0 ARGS ${_plan} --json JSON nutrition target_kcal_per_day
  JSON_MATCH "^[0-9]")
physique_cli_test(plan.svg RC 0 ARGS ${_plan} --svg ${CMAKE_CURRENT_BINARY_DIR}/cli_plan.svg
                  ERR "chart written to .*cli_plan.svg")
physique_cli_test(plan.bad_svg RC 1 ARGS ${_plan} --svg /nonexistent/dir/plan.svg
                  ERR "cannot write the chart")
# The documented example: a vertical-pull substitute that stays vertical, loads within reach.
physique_cli_test(plan.dumbbell_band RC 0
                  ARGS plan --sex female --age 30 --height 165cm --weight 70kg --goal lose_fat
                       --equipment dumbbell,band --days 2 --start 2026-01-05
                  OUT "Band lat pulldown" "Single-arm dumbbell row" "1RM 24.5 kg"
                  NOT_OUT "replaces pull_up .*another movement pattern")
physique_cli_test(plan.bad_goal RC 1 ARGS plan ${_man} --goal fly ERR "invalid --goal")
physique_cli_test(plan.bad_days RC 1 ARGS plan ${_man} --days 9 --start 2026-01-05
  ERR "days_per_week")

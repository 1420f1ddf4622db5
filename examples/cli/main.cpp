// SPDX-License-Identifier: MIT
// `physique`: a command-line front end to the library, one subcommand per module.
// Exit codes: 0 success, 1 invalid input, 2 usage error.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <physique/core/error.hpp>
#include <physique/version.hpp>

#include "cli.hpp"

namespace physique::cli {

namespace {

constexpr const char* general_text =
    "usage: physique <command> [options] [--json]\n"
    "\n"
    "Body-composition and training math from the command line. Quantities carry their\n"
    "unit: --weight 80kg or 176lb, --height 180cm or 5ft10in, --age 34.\n"
    "\n"
    "commands:\n"
    "  expenditure   resting expenditure by every equation, activity and total\n"
    "  bodyfat       body fat by tape (US Navy), skinfolds (JP3, JP7, Durnin-Womersley), BMI\n"
    "  macros        calorie target and macro split, protein per meal, guideline findings\n"
    "  projection    body weight over the weeks (Hall 2011 model) next to the static rule\n"
    "  strength      1RM by every formula, RPE chart, load for reps @ RPE\n"
    "  exercises     search, show and import exercise descriptions\n"
    "  plan          the back-training plan\n"
    "\n"
    "options for every command:\n"
    "  --json        machine-readable output\n"
    "  --help        the command's options\n"
    "\n"
    "physique --version prints the library version.\n"
    "\n"
    "exit codes: 0 success, 1 invalid input, 2 usage error.\n"
    "Run 'physique <command> --help' for a command's options.\n";

constexpr const char* person_text =
    "  --sex male|female      sex\n"
    "  --age YEARS            age in years (34)\n"
    "  --height LENGTH        180cm, 1.8m, 5ft10in, 70.5in\n"
    "  --weight MASS          80kg, 176lb, 12st8lb\n";

const std::string expenditure_text =
    std::string(
        "usage: physique expenditure --sex S --age Y --height H --weight W [options]\n"
        "\n"
        "Resting energy expenditure by every equation (with its validity notes), the activity\n"
        "factor and the total daily expenditure.\n"
        "\n") +
    person_text +
    "  --body-fat PERCENT     body fat (18%); adds the lean-mass equations\n"
    "  --fat-free-mass MASS   fat-free mass instead of --body-fat\n"
    "  --activity LEVEL       sedentary|light|moderate|very|extra (1.2-1.9 multipliers)\n"
    "  --pal NUMBER           physical activity level instead of --activity (FAO 1.40-2.40)\n"
    "  --equation ID          equation for the total (default mifflin_st_jeor)\n"
    "\n"
    "example: physique expenditure --sex male --age 34 --height 180cm --weight 80kg "
    "--activity moderate\n";

const std::string bodyfat_text =
    std::string(
        "usage: physique bodyfat [person] [measurements]\n"
        "\n"
        "Body fat by every method whose inputs are given: US Navy tape (neck, waist, hip for\n"
        "women; needs sex and height), Jackson-Pollock 3-site (men: chest, abdomen, thigh; women:\n"
        "triceps, suprailiac, thigh), Jackson-Pollock 7-site, Durnin-Womersley (biceps, triceps,\n"
        "subscapular, suprailiac), and the BMI-based equations (needs all four person flags).\n"
        "\n") +
    person_text +
    "  --neck, --waist, --hip LENGTH                       tape circumferences (38cm, 15in)\n"
    "  --chest, --abdomen, --thigh, --triceps, --suprailiac,\n"
    "  --midaxillary, --subscapular, --biceps LENGTH        skinfolds (12mm)\n"
    "\n"
    "example: physique bodyfat --sex male --age 34 --height 180cm --weight 80kg "
    "--neck 38cm --waist 86cm\n";

const std::string macros_text =
    std::string(
        "usage: physique macros --calories E --weight W [options]\n"
        "       physique macros --sex S --age Y --height H --weight W --goal G [options]\n"
        "\n"
        "Protein, fat and carbohydrate for a daily energy target, given directly or derived\n"
        "from the person (Mifflin-St Jeor x activity, then the goal's rate with the static\n"
        "7700 kcal/kg rule), protein per meal and findings against the guidelines.\n"
        "\n") +
    person_text +
    "  --calories ENERGY      daily target (2200kcal, 9200kJ)\n"
    "  --goal G               lose|maintain|gain (default maintain)\n"
    "  --rate RATE            weekly change for lose/gain: 0.5kg/wk, 1lb/wk, 0.75% "
    "(default 0.5%)\n"
    "  --activity LEVEL       sedentary|light|moderate|very|extra (default moderate)\n"
    "  --pal NUMBER           physical activity level instead of --activity\n"
    "  --body-fat PERCENT     protein per kg fat-free mass in a deficit (Helms 2014)\n"
    "  --meals N              protein-containing meals per day (default 4)\n"
    "\n"
    "example: physique macros --calories 2200kcal --weight 80kg --goal lose --meals 4\n";

const std::string projection_text =
    std::string(
        "usage: physique projection --sex S --age Y --height H --weight W [options]\n"
        "\n"
        "Body weight, fat and fat-free mass week by week from the Hall et al. (2011) dynamic\n"
        "model, next to the static 3500 kcal/lb rule; or the intake that reaches a goal weight\n"
        "by a date.\n"
        "\n") +
    person_text +
    "  --pal NUMBER           physical activity level (default 1.6)\n"
    "  --activity LEVEL       sedentary|light|moderate|very|extra, read as a PAL\n"
    "  --body-fat PERCENT     measured body fat (default: Jackson 2002 from BMI)\n"
    "  --intake ENERGY        daily intake (2200kcal)\n"
    "  --change ENERGY        change from the baseline intake instead (-500kcal)\n"
    "  --weeks N              horizon (default 12)\n"
    "  --goal-weight MASS     goal body weight: solve the intake that reaches it\n"
    "  --in WEEKS             ... after this many weeks (default --weeks)\n"
    "  --by DATE              ... or by this date (YYYY-MM-DD), counted from --start\n"
    "  --start DATE           first day (YYYY-MM-DD; default today)\n"
    "\n"
    "example: physique projection --sex male --age 34 --height 180cm --weight 90kg "
    "--change -500kcal --weeks 16\n";

constexpr const char* strength_text =
    "usage: physique strength --load MASS --reps N [--rpe X] [options]\n"
    "       physique strength --one-rep-max MASS --target-reps N [--target-rpe X]\n"
    "       physique strength --chart\n"
    "\n"
    "Estimated 1RM by every formula (Epley, Brzycki, Lander, Lombardi, Mayhew, O'Conner,\n"
    "Wathan) with each formula's rep range, the RTS RPE chart, and loads for reps @ RPE.\n"
    "Loads print in the unit given (kg or lb).\n"
    "\n"
    "  --load MASS            load lifted (100kg, 225lb)\n"
    "  --reps N               repetitions done (to failure, or at --rpe)\n"
    "  --rpe X                rating of the set (6-10); adds the RPE-chart e1RM\n"
    "  --one-rep-max MASS     a known 1RM instead of --load/--reps\n"
    "  --target-reps N        reps wanted: the load for them by every formula\n"
    "  --target-rpe X         ... and at this RPE by the RPE chart\n"
    "  --chart                print the RPE chart (% of 1RM, reps 1-12 x RPE 6-10)\n"
    "\n"
    "example: physique strength --load 100kg --reps 5 --rpe 8 --target-reps 3 --target-rpe 9\n";

constexpr const char* exercises_text =
    "usage: physique exercises search [--muscle M] [--group G] [--equipment LIST]\n"
    "                                 [--pattern P] [--level L] [--catalog FILE]\n"
    "       physique exercises show ID [--catalog FILE]\n"
    "       physique exercises import FILE [--format physique|free-exercise-db] [--lenient]\n"
    "                                 [--guess-patterns]\n"
    "\n"
    "The built-in exercise catalog, or one read from a JSON file (--catalog).\n"
    "\n"
    "  --muscle M             a primary muscle (lats, upper_back, biceps, ...)\n"
    "  --any-role             match secondary muscles too\n"
    "  --group G              a muscle group (back, arms, chest, ...)\n"
    "  --equipment LIST       equipment at hand, comma separated (dumbbell,bench,pull_up_bar)\n"
    "  --pattern P            movement pattern (horizontal_pull, vertical_pull, hinge, ...)\n"
    "  --level L              at most this level (beginner|intermediate|advanced)\n"
    "  --catalog FILE         a catalog in physique's JSON schema instead of the built-in one\n"
    "  --format F             import format; default: detected from the document\n"
    "  --lenient              import: keep going past labels that do not map\n"
    "  --guess-patterns       import: derive movement patterns from the names\n"
    "\n"
    "example: physique exercises search --muscle lats --equipment dumbbell,bench\n";

const std::string plan_text =
    std::string(
        "usage: physique plan --sex S --age Y --height H --weight W [options]\n"
        "\n"
        "The back-training plan: expenditure, calorie target and macros with protein per meal,\n"
        "a back-focused weekly schedule from the catalog for the equipment at hand, the\n"
        "progression of every exercise with deloads, the projected weight, fat and fat-free mass\n"
        "(Hall 2011 model next to the static rule) and every finding with its source.\n"
        "\n") +
    person_text +
    "  --goal G               lose_fat|recomposition|build_muscle (default recomposition)\n"
    "  --rate PERCENT         weekly change, % of body mass (default 0.75 lose, 0.25 build)\n"
    "  --body-fat PERCENT     measured body fat (default: estimated from BMI)\n"
    "  --neck, --waist, --hip LENGTH   tape measurements instead (US Navy)\n"
    "  --equipment LIST       equipment at hand, comma separated (default: bodyweight only)\n"
    "  --days N               training days a week, 1-7 (default 3)\n"
    "  --weeks N              horizon, 1-104 (default 12)\n"
    "  --pal NUMBER           physical activity level (default 1.55)\n"
    "  --activity LEVEL       sedentary|light|moderate|very|extra, read as a PAL\n"
    "  --meals N              protein-containing meals a day (default 4)\n"
    "  --start DATE           first day, a Monday (YYYY-MM-DD; default the next Monday)\n"
    "  --seed N               seed of the simulated lifter (default 2026)\n"
    "  --pull-up-max, --row-max, --deadlift-max MASS   known 1RMs (pull-up with body mass,\n"
    "                         one-arm row per arm, deadlift)\n"
    "  --svg FILE             also write the chart (SVG) to FILE\n"
    "\n"
    "example: physique plan --sex male --age 34 --height 180cm --weight 85kg --goal lose_fat "
    "--equipment dumbbell,bench,pull_up_bar\n";

}  // namespace

const char* general_usage() {
  return general_text;
}

const char* usage_of(std::string_view command) {
  if (command == "expenditure") return expenditure_text.c_str();
  if (command == "bodyfat") return bodyfat_text.c_str();
  if (command == "macros") return macros_text.c_str();
  if (command == "projection") return projection_text.c_str();
  if (command == "strength") return strength_text;
  if (command == "exercises") return exercises_text;
  if (command == "plan") return plan_text.c_str();
  return "";
}

namespace {

using runner = int (*)(const std::vector<std::string>&);

struct command_entry {
  const char* name;
  runner run;
};

constexpr command_entry commands[] = {
    {"expenditure", &run_expenditure},
    {"bodyfat", &run_bodyfat},
    {"macros", &run_macros},
    {"projection", &run_projection},
    {"strength", &run_strength},
    {"exercises", &run_exercises},
    {"plan", &run_plan},
};

// Which option sets a parameter the library names in its errors ("" = any command).
struct parameter_hint {
  const char* command;
  const char* parameter;
  const char* option;
};
constexpr parameter_hint hints[] = {
    {"", "body_mass", "--weight"},
    {"", "height", "--height"},
    {"", "age", "--age"},
    {"", "fat_percent", "--body-fat"},
    {"", "fat_free_mass", "--fat-free-mass"},
    {"", "factor", "--activity/--pal"},
    {"", "pal", "--pal"},
    {"", "physical_activity_level", "--pal/--activity"},
    {"", "energy_target", "--calories"},
    {"", "meals", "--meals"},
    {"", "load", "--load"},
    {"", "one_rep_max", "--one-rep-max"},
    {"", "reps", "--reps/--target-reps"},
    {"", "rpe", "--rpe/--target-rpe"},
    {"", "goal_body_mass", "--goal-weight"},
    {"", "neck", "--neck"},
    {"", "waist", "--waist"},
    {"", "hip", "--hip"},
    {"macros", "rate", "--rate"},
    {"macros", "intake", "--rate"},
    {"projection", "intake", "--intake/--change"},
    {"projection", "days", "--weeks/--in/--by"},
    {"plan", "days_per_week", "--days"},
    {"plan", "weeks", "--weeks"},
    {"plan", "weekly_rate_percent", "--rate"},
};

}  // namespace

int main_entry(int argc, char** argv) {
  std::vector<std::string> all(argv + 1, argv + argc);
  if (all.empty()) {
    std::cerr << general_text;
    return 2;
  }
  const std::string command = all.front();
  if (command == "--help" || command == "-h" || command == "help") {
    if (command == "help" && all.size() > 1 && usage_of(all[1])[0] != '\0') {
      std::cout << usage_of(all[1]);
    } else {
      std::cout << general_text;
    }
    return 0;
  }
  if (command == "--version") {
    std::cout << "physique " << PHYSIQUE_VERSION_MAJOR << '.' << PHYSIQUE_VERSION_MINOR << '.'
              << PHYSIQUE_VERSION_PATCH << '\n';
    return 0;
  }
  const command_entry* entry = nullptr;
  for (const command_entry& c : commands) {
    if (command == c.name) entry = &c;
  }
  if (entry == nullptr) {
    std::cerr << "physique: unknown command '" << command << "'\n\n" << general_text;
    return 2;
  }
  const std::vector<std::string> rest(all.begin() + 1, all.end());
  try {
    return entry->run(rest);
  } catch (const usage_error& e) {
    std::cerr << "physique " << command << ": " << e.message << "\n\n" << usage_of(command);
    return 2;
  } catch (const physique::invalid_argument& e) {
    std::cerr << e.what() << '\n';
    for (const parameter_hint& h : hints) {
      if ((h.command[0] == '\0' || command == h.command) &&
          std::strcmp(h.parameter, e.parameter()) == 0) {
        std::cerr << "physique: check " << h.option << '\n';
        break;
      }
    }
    return 1;
  }
}

}  // namespace physique::cli

int main(int argc, char** argv) {
  try {
    return physique::cli::main_entry(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "physique: " << e.what() << '\n';
    return 1;
  }
}

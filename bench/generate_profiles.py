#!/usr/bin/env python3
"""Writes N varied, realistic patient profiles (careplan/v1) into a folder.

Deterministic: the same N and seed give the same files, so benchmark runs
and tests are comparable. Used by bench/run.sh and by the batch end-to-end
test. Usage: generate_profiles.py OUT_DIR N [--seed S] [--bad K]
(--bad K also writes K profiles with errors, for failure tests).
"""
import argparse
import os
import random

GIVEN = ["María José", "Nguyễn Thị Ánh", "James", "Olena", "Δημήτρης", "Grace", "Marcus",
         "Aoife", "Søren", "Zoë", "Chiamaka", "Łukasz", "François", "Priya", "Tomás", "Ингрид",
         "Hannah", "Kwame", "Élodie", "Mateus"]
FAMILY = ["Álvarez-Núñez", "Tuyết", "O'Brien", "Kovalenko", "Παπαδόπουλος", "Okafor", "Reid",
          "Brennan", "Jørgensen", "Brontë", "Adeyemi", "Wiśniewski", "Lefèvre", "Sharma",
          "García", "Петрова", "Schmidt", "Mensah", "Dubois", "Costa"]
SUBTYPES = ["diffuse cutaneous", "limited cutaneous", "sine scleroderma", "overlap"]
ORGANS = ["skin", "lungs", "heart", "pulmonary_hypertension", "kidneys", "gastrointestinal",
          "raynaud", "digital_ulcers", "joints", "muscles"]
MEDICINES = [("methotrexate", "15 mg once a week"), ("mycophenolate mofetil", "1 g twice a day"),
             ("cyclophosphamide", "500 mg/m2 IV monthly"), ("rituximab", "1 g IV, two doses"),
             ("tocilizumab", "162 mg weekly injection"), ("nintedanib", "150 mg twice a day"),
             ("abatacept", "125 mg weekly injection"), ("prednisolone", "5 mg a day"),
             ("omeprazole", "20 mg twice a day"), ("nifedipine", "10 mg three times a day")]
FAILED = ["inadequate response", "intolerance", "side effects", "partial response"]
TESTS = [("pulmonary function tests", "6 months"), ("echocardiogram", "1 year"),
         ("full blood count", "3 months"), ("liver function tests", "3 months"),
         ("home blood pressure", "weekly"), ("ECG", "yearly"), ("HRCT chest", None)]
ROLES = [("Rheumatologist", "Dr."), ("Specialist nurse", ""), ("Respiratory physician", "Dr."),
         ("GP", "Dr."), ("Physiotherapist", "")]
GOALS = ["Walk 20 minutes on most days", "Moisturise hands twice a day",
         "Do finger stretches every morning", "Eat small meals and stop eating by 7 pm",
         "Wear mittens when it is cold outside", "Take blood pressure three times a week"]


def quoted(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def month(rng, start_year, end_year):
    return f"{rng.randint(start_year, end_year)}-{rng.randint(1, 12):02d}"


def treatments(rng, diagnosed_year):
    lines = []
    year = diagnosed_year
    count = rng.choice([1, 2, 3, 3, 4, 5])
    chosen = rng.sample(MEDICINES, count)
    for i, (name, dose) in enumerate(chosen):
        start_year = min(2026, year + rng.randint(0, 1))
        started = f"{start_year}-{rng.randint(1, 6):02d}"
        lines += [f"  - name: {name}", f"    dose: {quoted(dose)}", f"    started: {started}"]
        if i < count - 1:
            stop_year = min(2026, start_year + rng.randint(1, 2))
            lines += [f"    stopped: {stop_year}-{rng.randint(7, 10):02d}",
                      f"    outcome: {rng.choice(FAILED)}",
                      "    notes: " + quoted(rng.choice(["Stopped by the care team",
                                                         "Nausea and tiredness",
                                                         "Skin kept thickening",
                                                         "Breathing tests kept falling"]))]
            year = stop_year
        else:
            lines += ["    outcome: ongoing"]
    return lines


def profile(rng, index):
    diagnosed = rng.randint(2012, 2024)
    organs = sorted(rng.sample(ORGANS, rng.randint(1, 5)), key=ORGANS.index)
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    lines = [
        "# yaml-language-server: $schema=../schema/careplan-profile.schema.json",
        f"# Generated benchmark profile {index} (bench/generate_profiles.py).",
        "format: careplan/v1",
        "plan_date: 2026-11-24",
        "patient:",
        f"  name: {quoted(name)}",
        f"  date_of_birth: {rng.randint(1945, 1995)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"  identifier: MRN {100000 + index}",
        "diagnosis:",
        "  condition: systemic sclerosis",
        f"  subtype: {rng.choice(SUBTYPES)}",
        f"  diagnosed_on: {diagnosed}-{rng.randint(1, 12):02d}",
        f"  organ_involvement: [{', '.join(organs)}]",
        "care_team:",
    ]
    for role, title in rng.sample(ROLES, rng.randint(2, 4)):
        person = f"{title} {rng.choice(GIVEN).split()[0]} {rng.choice(FAMILY)}".strip()
        lines += [f"  - role: {role}", f"    name: {quoted(person)}",
                  f"    phone: \"020 7946 0{rng.randint(100, 999)}\"",
                  f"    email: team{rng.randint(1, 99)}@example.org"]
    lines += ["treatments:"] + treatments(rng, diagnosed)
    if rng.random() < 0.2:
        lines += ["planned:", "  - name: autologous stem cell transplantation",
                  f"    target: 2027-{rng.randint(1, 12):02d}"]
    lines += ["monitoring:"]
    for test, every in rng.sample(TESTS, rng.randint(1, 4)):
        lines += [f"  - test: {test}",
                  f"    last_done: 2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"]
        if every:
            lines += [f"    every: {every}"]
    lines += ["lifestyle:", f"  smoking: {rng.choice(['current', 'former', 'never', 'never'])}",
              "  goals:"] + [f"    - {goal}" for goal in rng.sample(GOALS, rng.randint(1, 3))]
    lines += ["notes: |", "  Bring this plan and your blood pressure diary to every appointment.",
              "  Call the nurse line first if you are unsure who to ask."]
    lines += ["preferences:",
              f"  page_size: {'letter' if rng.random() < 0.3 else 'A4'}",
              f"  large_print: {'true' if rng.random() < 0.15 else 'false'}"]
    return "\n".join(lines) + "\n"


BAD = [
    "format: careplan/v1\npatient:\n  name: Broken Date\n  date_of_birth: 1970-02-30\n"
    "diagnosis:\n  condition: systemic sclerosis\n",
    "format: careplan/v1\npatient:\n  name: Unknown Key\n  nmae: typo\n"
    "diagnosis:\n  condition: systemic sclerosis\n",
    "format: careplan/v1\npatient: [not, a, mapping\n",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--bad", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    rng = random.Random(args.seed)
    for index in range(args.count):
        with open(os.path.join(args.out_dir, f"patient-{index:05d}.yaml"), "w",
                  encoding="utf-8") as out:
            out.write(profile(rng, index))
    for index in range(args.bad):
        with open(os.path.join(args.out_dir, f"bad-{index:02d}.yaml"), "w",
                  encoding="utf-8") as out:
            out.write(BAD[index % len(BAD)])


if __name__ == "__main__":
    main()

#include "compose/cover.h"

#include <cctype>

#include "base/suggest.h"
#include "compose/appointments.h"
#include "compose/column_widths.h"
#include "compose/plain_words.h"
#include "plan/contact_routes.h"

namespace careplan::compose {
namespace {

enum class OrganWords { kBodyParts, kConditions, kAll };

// The organ words of the profile that are parts of the body ("skin, lungs
// and gut"), those that are conditions ("Raynaud's phenomenon"), or all.
std::string DescribeOrgans(const profile::Profile& profile, const profile::Vocabulary& vocabulary,
                           OrganWords which) {
  std::vector<std::string> names;
  for (const std::string& organ : profile.diagnosis.organ_involvement) {
    const profile::Term* term = vocabulary.Find(profile::TermKind::kOrgan, organ);
    const bool condition = term && term->is_condition;
    if (which == OrganWords::kAll || condition == (which == OrganWords::kConditions))
      names.push_back(term ? term->name : organ);
  }
  return JoinChoices(names, "and");
}

std::string DescribeDiagnosis(const profile::Profile& profile) {
  std::string text = profile.diagnosis.condition;
  if (profile.diagnosis.subtype) {
    text += " (" + *profile.diagnosis.subtype + ")";
  }
  if (profile.diagnosis.diagnosed_on) {
    text += ", diagnosed " + profile.diagnosis.diagnosed_on->Display();
  }
  return text;
}

void AddRow(doc::LabelValueList* list, std::string label, const std::string& value) {
  if (!value.empty()) list->rows.emplace_back(std::move(label), doc::Plain(value));
}

}  // namespace

std::string KeepTogether(const std::string& phone, const Measures& measures) {
  if (!measures.metrics->HasGlyph(font::Face::kRegular, U'\u00A0')) return phone;
  return NoBreakSpaces(phone);
}

namespace {

std::string JoinLines(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) {
    if (!part.empty()) text += (text.empty() ? "" : "\n") + part;
  }
  return text;
}

// A role that already says it answers out of hours ("Out-of-hours").
bool IsOutOfHoursRole(const std::string& role) {
  std::string lower;
  for (char c : role) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("hours") != std::string::npos || lower.find("on call") != std::string::npos ||
         lower.find("on-call") != std::string::npos;
}

// The member's hours, and whether they answer out of hours too, for the
// notes: not for a line whose role says so already ("Out-of-hours").
std::string Availability(const profile::CareTeamMember& member) {
  std::string text = member.hours;
  if (member.out_of_hours && !IsOutOfHoursRole(member.role)) {
    text += text.empty() ? "Also out of hours" : "; also out of hours";
  }
  return text;
}

// "Minh Tran (son)".
std::string CaregiverName(const profile::Caregiver& caregiver) {
  return caregiver.relation.empty() ? caregiver.name
                                    : caregiver.name + " (" + caregiver.relation + ")";
}

}  // namespace

namespace {

// The word patients know first and the medical name in brackets, so that
// page 1 links the two ("diffuse cutaneous scleroderma (systemic
// sclerosis)"); the words come from the vocabulary.
std::string PlainDiagnosis(const profile::Profile& profile, const profile::Vocabulary& vocabulary) {
  const std::string& condition = profile.diagnosis.condition;
  const profile::Term* subtype =
      profile.diagnosis.subtype
          ? vocabulary.Find(profile::TermKind::kSubtype, *profile.diagnosis.subtype)
          : nullptr;
  std::string text;
  if (subtype) {
    text = condition.empty() ? subtype->name : subtype->name + " (" + condition + ")";
  } else if (profile.diagnosis.subtype) {
    text = condition + " (" + *profile.diagnosis.subtype + ")";
  } else if (!vocabulary.condition.empty() && !condition.empty() &&
             Lowered(condition).find(Lowered(vocabulary.condition)) == std::string::npos) {
    text = condition + " (" + vocabulary.condition + ")";
  } else {
    text = condition;
  }
  if (profile.diagnosis.diagnosed_on) {
    text += ", diagnosed " + profile.diagnosis.diagnosed_on->Display();
  }
  return text;
}

// The vocabulary's one-sentence meaning of the person's subtype, or "".
std::string SubtypeMeaning(const profile::Profile& profile, const profile::Vocabulary& vocabulary) {
  if (!profile.diagnosis.subtype) return "";
  const profile::Term* subtype =
      vocabulary.Find(profile::TermKind::kSubtype, *profile.diagnosis.subtype);
  return subtype ? subtype->meaning : "";
}

}  // namespace

std::string DescribeCondition(const profile::Profile& profile,
                              const profile::Vocabulary& vocabulary) {
  std::string text = PlainDiagnosis(profile, vocabulary);
  if (const std::string meaning = SubtypeMeaning(profile, vocabulary); !meaning.empty()) {
    text += ". " + meaning.substr(0, meaning.size() - (meaning.back() == '.' ? 1 : 0));
  }
  const std::string parts = DescribeOrgans(profile, vocabulary, OrganWords::kBodyParts);
  const std::string conditions = DescribeOrgans(profile, vocabulary, OrganWords::kConditions);
  if (!parts.empty()) text += (text.empty() ? "It affects your " : ". It affects your ") + parts;
  if (!conditions.empty()) {
    text += std::string(text.empty()    ? "It"
                        : parts.empty() ? ". It"
                                        : ". It also") +
            " causes " + conditions;
  }
  return text.empty() ? text : text + ".";
}

doc::LabelValueList PatientDetails(const profile::Profile& profile,
                                   const profile::Vocabulary& vocabulary) {
  const profile::Patient& patient = profile.patient;
  doc::LabelValueList details;
  const bool preferred = !patient.preferred_name.empty() && patient.preferred_name != patient.name;
  AddRow(&details, "Name",
         preferred ? patient.name + " (known as " + patient.preferred_name + ")" : patient.name);
  AddRow(&details, "Needs an interpreter", patient.interpreter);
  if (patient.date_of_birth) AddRow(&details, "Date of birth", patient.date_of_birth->Display());
  AddRow(&details, "Identifier", patient.identifier);
  AddRow(&details, "Condition", DescribeDiagnosis(profile));
  AddRow(&details, "Parts of the body affected",
         DescribeOrgans(profile, vocabulary, OrganWords::kAll));
  AddRow(&details, "Plan date", profile.plan_date.Display());
  return details;
}

void AppendPacketCover(const profile::Profile& profile, const std::string& guide_title,
                       const std::string& condition, std::vector<doc::Block>* blocks) {
  const profile::Packet& packet = profile.packet;
  blocks->push_back(doc::Heading{1, packet.title, false, false});
  doc::LabelValueList details;
  AddRow(&details, "From", packet.organisation);
  AddRow(&details, "Contact", packet.contact);
  AddRow(&details, "Guide", guide_title);
  AddRow(&details, "Date", profile.plan_date.Display());
  blocks->push_back(std::move(details));
  blocks->push_back(doc::Paragraph{doc::Plain(
      "This packet explains " + condition +
      " and its care in plain words. It is general information, not advice about any one "
      "person: talk to your own care team about your treatment.")});
}

void AppendCareTeamShort(const plan::CarePlan& plan, const Measures& measures,
                         std::vector<doc::Block>* blocks) {
  const profile::Profile& profile = *plan.profile;
  const bool theme_out_of_hours =
      plan::OutOfHoursContacts(profile).empty() && !plan.out_of_hours_line.empty();
  if (profile.care_team.empty() && !profile.patient.caregiver && !theme_out_of_hours) return;
  blocks->push_back(doc::Heading{2, "My care team", false, false});
  doc::Table table;
  table.header = {doc::Plain("Who"), doc::Plain("Name"), doc::Plain("Phone")};
  for (const profile::CareTeamMember& member : profile.care_team) {
    const std::string reach =
        member.phone.empty() ? member.email : KeepTogether(member.phone, measures);
    // Page 1 is full: the hours are in the notes part's table; only the
    // contact who answers out of hours says so here.
    std::string name = member.name;
    if (member.out_of_hours && !IsOutOfHoursRole(member.role)) name += " (also out of hours)";
    table.rows.push_back({doc::Strong(member.role), doc::Plain(name), doc::Plain(reach)});
  }
  if (theme_out_of_hours) {
    table.rows.push_back(
        {doc::Strong("Out of hours"), doc::Plain(plan.out_of_hours_line), doc::Plain("")});
  }
  if (const auto& caregiver = profile.patient.caregiver) {
    table.rows.push_back({doc::Strong("Helps me at home"), doc::Plain(CaregiverName(*caregiver)),
                          doc::Plain(KeepTogether(caregiver->phone, measures))});
  }
  AppendTableOrBlocks(std::move(table), {1.4, 1.6, 1.0}, measures, blocks);
}

void AppendCareTeamFull(const plan::CarePlan& plan, const Measures& measures,
                        std::vector<doc::Block>* blocks) {
  const profile::Profile& profile = *plan.profile;
  if (profile.care_team.empty() && !profile.patient.caregiver && plan.out_of_hours_line.empty()) {
    AppendAppointments(profile, blocks);
    return;
  }
  blocks->push_back(doc::Heading{2, "How to reach my care team", true, false});
  doc::Table table;
  table.header = {doc::Plain("Who"), doc::Plain("Name"), doc::Plain("Phone and e-mail"),
                  doc::Plain("Notes")};
  for (const profile::CareTeamMember& member : profile.care_team) {
    table.rows.push_back(
        {doc::Strong(member.role), doc::Plain(member.name),
         doc::Plain(JoinLines({KeepTogether(member.phone, measures), member.email})),
         doc::Plain(JoinLines({Availability(member), member.notes}))});
  }
  if (plan::OutOfHoursContacts(profile).empty() && !plan.out_of_hours_line.empty()) {
    table.rows.push_back({doc::Strong("Out of hours"), doc::Plain(plan.out_of_hours_line),
                          doc::Plain(""), doc::Plain("Evenings, nights and weekends")});
  }
  if (const auto& caregiver = profile.patient.caregiver) {
    table.rows.push_back({doc::Strong("Helps me at home"), doc::Plain(CaregiverName(*caregiver)),
                          doc::Plain(KeepTogether(caregiver->phone, measures)), doc::Plain("")});
  }
  AppendTableOrBlocks(std::move(table), {1.0, 1.2, 1.5, 1.6}, measures, blocks);
  AppendAppointments(profile, blocks);
}

}  // namespace careplan::compose

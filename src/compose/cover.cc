#include "compose/cover.h"

#include "base/suggest.h"

namespace careplan::compose {
namespace {

std::string DescribeOrgans(const profile::Profile& profile) {
  std::vector<std::string> names;
  for (profile::Organ organ : profile.diagnosis.organ_involvement) {
    names.push_back(profile::PlainName(organ));
  }
  return JoinChoices(names, "and");
}

std::string DescribeDiagnosis(const profile::Profile& profile) {
  std::string text = profile.diagnosis.condition;
  if (profile.diagnosis.subtype) {
    text += " (" + std::string(profile::ToString(*profile.diagnosis.subtype)) + ")";
  }
  return text;
}

void AddRow(doc::LabelValueList* list, std::string label, const std::string& value) {
  if (!value.empty()) list->rows.emplace_back(std::move(label), doc::Plain(value));
}

}  // namespace

void AppendPatientCover(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  const profile::Patient& patient = profile.patient;
  blocks->push_back(doc::Heading{1, "My care plan", false, false});
  doc::LabelValueList details;
  AddRow(&details, "Name", patient.name);
  AddRow(&details, "Preferred name", patient.preferred_name);
  if (patient.date_of_birth) AddRow(&details, "Date of birth", patient.date_of_birth->Display());
  AddRow(&details, "Identifier", patient.identifier);
  AddRow(&details, "Condition", DescribeDiagnosis(profile));
  if (profile.diagnosis.diagnosed_on) {
    AddRow(&details, "Diagnosed", profile.diagnosis.diagnosed_on->Display());
  }
  AddRow(&details, "Parts of the body affected", DescribeOrgans(profile));
  AddRow(&details, "Plan date", profile.plan_date.Display());
  blocks->push_back(std::move(details));

  const std::string& greeting_name =
      patient.preferred_name.empty() ? patient.name : patient.preferred_name;
  blocks->push_back(doc::Paragraph{
      {{greeting_name + ", this plan brings together ", doc::TextStyle::kRegular},
       {"your treatments, your check-ups and what you can do each day", doc::TextStyle::kBold},
       {". Bring it to every appointment. It supports, but does not replace, the advice of your "
        "care team: if anything here differs from what they tell you, follow your care team.",
        doc::TextStyle::kRegular}}});
}

void AppendPacketCover(const profile::Profile& profile, const std::string& guide_title,
                       std::vector<doc::Block>* blocks) {
  const profile::Packet& packet = profile.packet;
  blocks->push_back(doc::Heading{1, packet.title, false, false});
  doc::LabelValueList details;
  AddRow(&details, "From", packet.organisation);
  AddRow(&details, "Contact", packet.contact);
  AddRow(&details, "Guide", guide_title);
  AddRow(&details, "Date", profile.plan_date.Display());
  blocks->push_back(std::move(details));
  blocks->push_back(doc::Paragraph{doc::Plain(
      "This packet explains scleroderma and its care in plain words. It is general information, "
      "not advice about any one person: talk to your own care team about your treatment.")});
}

void AppendCareTeam(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  if (profile.care_team.empty()) return;
  blocks->push_back(doc::Heading{2, "My care team", true, false});
  blocks->push_back(doc::Paragraph{doc::Plain("Who to contact, and how:")});
  doc::Table table;
  table.header = {doc::Plain("Role"), doc::Plain("Name"), doc::Plain("Phone and e-mail")};
  table.column_weights = {1.0, 1.2, 1.6};
  for (const profile::CareTeamMember& member : profile.care_team) {
    doc::RichText contact;
    std::string text = member.phone;
    if (!member.email.empty()) text += (text.empty() ? "" : "\n") + member.email;
    if (!member.notes.empty()) text += (text.empty() ? "" : "\n") + member.notes;
    table.rows.push_back({doc::Strong(member.role), doc::Plain(member.name), doc::Plain(text)});
  }
  blocks->push_back(std::move(table));
}

}  // namespace careplan::compose

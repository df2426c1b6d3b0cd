#include "content/guide.h"

namespace careplan::content {

const std::vector<doc::Block>& GuideSection::BodyFor(profile::ProfileKind kind) const {
  return kind == profile::ProfileKind::kPacket && packet_body ? *packet_body : body;
}

const std::string& Guide::PrintedTitle(const profile::Profile& profile) const {
  const bool resistant_plan =
      profile.kind == profile::ProfileKind::kPatient && profile.IsTreatmentResistant();
  return resistant_plan && !treatment_resistant_title.empty() ? treatment_resistant_title : title;
}

const GuideSection* Guide::FindSection(const std::string& section_id) const {
  for (const GuideSection& section : sections)
    if (section.id == section_id) return &section;
  return nullptr;
}

std::vector<std::string> Guide::SectionIds() const {
  std::vector<std::string> ids;
  for (const GuideSection& section : sections) ids.push_back(section.id);
  return ids;
}

}  // namespace careplan::content

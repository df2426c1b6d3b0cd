"""A packet (handed to many people) never speaks of "this plan", and ends with
"About this packet"; a personal plan keeps its own wording. The printed
"Sources" list holds clean citations: none of the research notes that
templates/rules/sources.yaml keeps in `read` for clinicians."""
import os
import re

import e2e_util as u

PACKETS = ["packet-lungs-waiting-room.yaml", "packet-support-group.yaml"]
PLAN = "maria-diffuse-ild.yaml"
# Words that speak of a personal plan (not "your plan", which also means a
# treatment plan: "they change your plan to fit").
PLAN_WORDS = re.compile(r"this plan|About this plan|as your plan says", re.IGNORECASE)
# Research notes that belong in `read`, never in a printed citation.
NOTES = ["droracle", "[secondary]", "via ", "seen only", "paraphrase", "a label copy",
         "prescriberpoint", "ausdoc"]


def read_sources():
    """templates/rules/sources.yaml as {id: {"citation": ..., "read": ...}}; the
    file's plain layout (see templates/README.md) is read without PyYAML."""
    path = os.path.join(u.SOURCE_DIR, "templates", "rules", "sources.yaml")
    sources, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            entry = re.match(r"^  (\w+):\s*$", line)
            field = re.match(r'^    (citation|read): "(.*)"\s*$', line)
            if entry:
                current = sources.setdefault(entry.group(1), {})
            elif field and current is not None:
                current[field.group(1)] = field.group(2).replace('\\"', '"')
    return sources


class PacketTextTest(u.TempDirTestCase):
    def render_text(self, name):
        pdf = self.path(name.replace(".yaml", ".pdf"))
        u.render(os.path.join(u.EXAMPLES, name), pdf, "--date", u.FIXED_DATE)
        return u.pdf_text_pages(pdf)

    def sources_text(self, pages):
        """The text from the "Sources" heading of the about part to the end."""
        text = u.normalise_space(" ".join(pages))
        start = text.rfind("is based on these publications:")
        self.assertNotEqual(start, -1, "no sources list")
        return text[start:]

    def test_packets_never_speak_of_a_plan(self):
        for name in PACKETS:
            with self.subTest(packet=name):
                pages = self.render_text(name)
                text = u.normalise_space(" ".join(pages))
                found = PLAN_WORDS.findall(text)
                self.assertEqual(found, [], f"{name} speaks of a plan")
                self.assertIn("What this packet is for", text)
                self.assertIn("What this packet is not", text)
                self.assertIn("What this packet says is based on these publications", text)
                # The last part is "About this packet", its heading once in the
                # contents and once where it starts.
                self.assertEqual(text.count("About this packet"), 2 + text.count(
                    'The part "About this packet"'))

    def test_packet_metadata_does_not_call_it_a_care_plan(self):
        pdf = self.path("packet.pdf")
        u.render(os.path.join(u.EXAMPLES, PACKETS[0]), pdf, "--date", u.FIXED_DATE)
        self.assertNotIn("care plan", u.pdf_info(pdf).get("Keywords", ""))

    def test_plan_keeps_its_own_wording(self):
        text = u.normalise_space(" ".join(self.render_text(PLAN)))
        for words in ["What this plan is for", "What this plan is not", "About this plan",
                      "Keeping this plan up to date", "This plan has a checklist of habits"]:
            self.assertIn(words, text)
        self.assertNotIn("this packet", text.lower())

    def test_printed_sources_carry_no_research_notes(self):
        for name in PACKETS:
            with self.subTest(profile=name):
                sources = self.sources_text(self.render_text(name))
                self.assertRegex(sources, r"S\d+:")
                for note in NOTES:
                    self.assertNotIn(note, sources)

    def test_a_plan_names_its_sources_by_id_for_the_care_team(self):
        # Pages of citations were in a patient's way (three PEMAT raters); the
        # plan names the ids, which `careplan explain` prints in full.
        text = u.normalise_space(" ".join(self.render_text(PLAN)))
        match = re.search(r"Sources \(for your care team\) What this plan says is based on these "
                          r"entries of the guide's source list \(version [\d.]+\): "
                          r"((?:[GS]\d+[a-z]?, )*[GS]\d+[a-z]?)\. They are written for health "
                          r"professionals: you do not need to read them\.", text)
        self.assertIsNotNone(match, text[-1500:])
        self.assertIn("S11", match.group(1).split(", "))
        self.assertNotIn("is based on these publications", text)
        self.assertNotRegex(text, r"\bS11: ")

    def test_every_citation_is_clean_and_read_keeps_the_notes(self):
        sources = read_sources()
        self.assertGreater(len(sources), 30)
        for source_id, entry in sources.items():
            with self.subTest(source=source_id):
                for note in NOTES:
                    self.assertNotIn(note, entry["citation"])
        # The provenance moved into `read`; nothing was lost.
        self.assertIn("droracle.ai", sources["S20"]["read"])
        self.assertIn("droracle.ai", sources["S22"]["read"])
        self.assertIn("MIMS UK", sources["S23"]["read"])


if __name__ == "__main__":
    u.main()

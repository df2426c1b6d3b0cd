#include "app/help.h"

#include <array>
#include <utility>

namespace careplan::app {
namespace {

constexpr std::string_view kOverview =
    "Usage: careplan COMMAND [OPTIONS] FILE...\n"
    "\n"
    "Turns YAML care profiles into printable PDF care plans.\n"
    "\n"
    "Commands:\n"
    "  init [FILE]               write a commented starter profile (--packet: a packet)\n"
    "  validate FILE...          check profiles; print every problem found\n"
    "  render PROFILE [-o OUT]   make the PDF (default: beside the profile, with .pdf)\n"
    "  batch INPUT... -o DIR     render many profiles (files or folders) into DIR\n"
    "  explain PROFILE           show the sections, checks, warnings and checklist chosen\n"
    "                            for this person, and why\n"
    "  readability               print the reading grade of every guide section\n"
    "  schema [-o FILE]          print (or write) the JSON Schema of the profile format\n"
    "  serve [--listen H:P]      the print station: fill in, check, preview and print\n"
    "                            profiles in a browser; nothing is stored\n"
    "  help COMMAND              show the options of COMMAND, with an example\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE|DIR     where render writes the PDF (batch: the folder)\n"
    "  -d, --date YYYY-MM-DD     plan date (overrides the profile's plan_date)\n"
    "  -t, --templates DIR       use these templates instead of the installed ones\n"
    "  -T, --theme NAME|FILE     organisation, contact line, logo and accent colour:\n"
    "                            a bundled theme's name (example-clinic) or a theme file\n"
    "                            (default: the bundled theme \"default\")\n"
    "      --guide-sections WHICH  render, batch: the guide part: relevant (default),\n"
    "                            none or all\n"
    "  -j, --jobs N              batch: worker threads (default: the number of cores)\n"
    "  -m, --manifest FILE       batch: write a JSON record of every input\n"
    "  -s, --shard K/N           batch: render only the K-th of N shares of the inputs\n"
    "  -q, --quiet               batch: no progress output\n"
    "      --packet              init: a packet profile instead of a patient profile\n"
    "  -h, --help                show this help (careplan COMMAND --help: that command's)\n"
    "  -V, --version             show the version\n"
    "\n"
    "Exit codes: 0 ok, 64 bad usage, 65 bad profile or templates, 66 missing input,\n"
    "73 output cannot be written, 70 internal error.\n";

constexpr std::string_view kInit =
    "Usage: careplan init [FILE] [--packet]\n"
    "\n"
    "Writes a starter profile with a comment on every field: a patient profile, or\n"
    "with --packet an information packet for a support group or waiting room. It\n"
    "validates and renders as it is; replace the values marked REPLACE. Without FILE\n"
    "it goes to standard output. An existing FILE is never overwritten (exit 73).\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE         the same as giving FILE\n"
    "      --packet              a packet profile instead of a patient profile\n"
    "  -t, --templates DIR       take the starter from DIR/starters\n"
    "\n"
    "Example:\n"
    "  careplan init anna.yaml && careplan validate anna.yaml && careplan render anna.yaml\n";

constexpr std::string_view kValidate =
    "Usage: careplan validate FILE... [OPTIONS]\n"
    "\n"
    "Checks profiles without making a PDF: prints \"FILE: ok\", or every problem as\n"
    "FILE:LINE:COLUMN: error: ... (warnings the same with warning:).\n"
    "\n"
    "Options:\n"
    "  -d, --date YYYY-MM-DD     plan date (overrides the profile's plan_date)\n"
    "  -t, --templates DIR       check against these templates\n"
    "\n"
    "Example:\n"
    "  careplan validate anna.yaml profiles/*.yaml\n"
    "\n"
    "Exit codes: 0 all ok, 65 a profile has errors, 66 a file does not exist.\n";

constexpr std::string_view kRender =
    "Usage: careplan render PROFILE [-o OUT.pdf] [OPTIONS]\n"
    "\n"
    "Makes the PDF care plan (or packet) of one profile. By default the PDF goes\n"
    "beside the profile with the same name: render dir/anna.yaml writes dir/anna.pdf.\n"
    "The PDF is written whole or not at all, and never over the profile.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE         where to write the PDF\n"
    "  -d, --date YYYY-MM-DD     plan date (overrides the profile's plan_date)\n"
    "  -T, --theme NAME|FILE     a bundled theme by name (example-clinic) or a theme file\n"
    "      --guide-sections WHICH  the guide part: relevant (default), none or all;\n"
    "                            overrides the profile's preferences.guide_sections\n"
    "  -t, --templates DIR       use these templates instead of the installed ones\n"
    "      --dump plan|doc|layout  print that stage of the pipeline as text instead of\n"
    "                            making the PDF: what was chosen and why, the document's\n"
    "                            blocks, or the pages with their boxes (for review)\n"
    "\n"
    "Examples:\n"
    "  careplan render anna.yaml                       # writes anna.pdf beside it\n"
    "  careplan render anna.yaml --dump doc | less     # what the plan says, as text\n"
    "  careplan render anna.yaml -o /tmp/anna.pdf --theme example-clinic\n"
    "\n"
    "Exit codes: 0 ok, 65 bad profile or theme, 66 missing profile or theme,\n"
    "73 the PDF cannot be written.\n";

constexpr std::string_view kBatch =
    "Usage: careplan batch INPUT... -o DIR [OPTIONS]\n"
    "\n"
    "Renders every profile given (folders are searched for *.yaml and *.yml) into\n"
    "DIR, one PDF per profile named after it. A bad profile does not stop the\n"
    "others; the run ends with \"N rendered, M failed\".\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR          the folder for the PDFs (required)\n"
    "  -j, --jobs N              worker threads (default: the number of cores)\n"
    "  -m, --manifest FILE       write a JSON record of every input\n"
    "  -s, --shard K/N           render only the K-th of N shares of the inputs\n"
    "  -q, --quiet               no progress output\n"
    "  -d, --date YYYY-MM-DD     plan date for every profile\n"
    "  -T, --theme NAME|FILE     a bundled theme by name or a theme file\n"
    "      --guide-sections WHICH  the guide part: relevant (default), none or all;\n"
    "                            overrides the profile's preferences.guide_sections\n"
    "  -t, --templates DIR       use these templates instead of the installed ones\n"
    "\n"
    "Example:\n"
    "  careplan batch profiles/ -o out/ -j 4 --manifest out/manifest.json\n"
    "\n"
    "Exit codes: 0 all rendered, 65 a profile failed, 128+N stopped by signal N.\n";

constexpr std::string_view kExplain =
    "Usage: careplan explain PROFILE [OPTIONS]\n"
    "\n"
    "For clinicians checking a plan: prints every guide section chosen with the\n"
    "condition that chose it, every test with its interval, last-done and next-due\n"
    "dates and the reasons (with sources) that ask for it, the warning signs and\n"
    "the checklist items with theirs.\n"
    "\n"
    "Options:\n"
    "  -d, --date YYYY-MM-DD     plan date (overrides the profile's plan_date)\n"
    "  -t, --templates DIR       use these templates instead of the installed ones\n"
    "\n"
    "Example:\n"
    "  careplan explain anna.yaml --date 2026-11-24\n";

constexpr std::string_view kReadability =
    "Usage: careplan readability [OPTIONS]\n"
    "\n"
    "Prints the Flesch-Kincaid reading grade of every section of the default guide,\n"
    "and their average.\n"
    "\n"
    "Options:\n"
    "  -t, --templates DIR       grade the guide in these templates\n"
    "\n"
    "Example:\n"
    "  careplan readability\n";

constexpr std::string_view kSchema =
    "Usage: careplan schema [-o FILE]\n"
    "\n"
    "Prints the JSON Schema of the profile format, or writes it to FILE. Editors\n"
    "with the YAML language server complete and check a profile that starts with\n"
    "  # yaml-language-server: $schema=PATH/TO/careplan-profile.schema.json\n"
    "(`cmake --install` also puts it in share/careplan/schema/). The organs,\n"
    "subtypes and antibodies it lists are the default guide's (its rules'\n"
    "vocabulary.yaml).\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE         write the schema to FILE instead of standard output\n"
    "  -t, --templates DIR       the templates whose vocabulary to list\n"
    "\n"
    "Example:\n"
    "  careplan schema -o careplan-profile.schema.json\n";

constexpr std::string_view kHelp =
    "Usage: careplan help [COMMAND]\n"
    "\n"
    "Shows the options of COMMAND, with an example; without COMMAND, the overview.\n"
    "\n"
    "Example:\n"
    "  careplan help render\n";

constexpr std::string_view kServe =
    "Usage: careplan serve [--listen 127.0.0.1:8080] [--templates DIR] [--theme FILE]\n"
    "\n"
    "The print station: a page (open http://HOST:PORT/) where a profile is filled in\n"
    "or opened, checked as it is typed, previewed and printed, and an HTTP API:\n"
    "  POST /api/validate   YAML in, JSON diagnostics out (the words of validate)\n"
    "  POST /api/render     YAML in, application/pdf out, or 422 with diagnostics\n"
    "  GET  /api/schema     the JSON Schema (careplan schema)\n"
    "  GET  /api/vocabulary medicine, test and organ names for completion\n"
    "  GET  /healthz        ok\n"
    "?date=YYYY-MM-DD on validate and render sets the plan date, as --date does.\n"
    "The knowledge is loaded once; profiles live in memory for one request only and\n"
    "nothing is written to disk. The access log (standard error) has the method,\n"
    "path, status, bytes and milliseconds of each request, never a name or a body.\n"
    "Bodies are limited to 1 MiB. SIGTERM or Ctrl-C: stop accepting, finish the\n"
    "requests in flight, exit 0.\n"
    "\n"
    "Options:\n"
    "  -l, --listen HOST:PORT    where to listen (default 127.0.0.1:8080; port 0: any\n"
    "                            free port, printed at start)\n"
    "  -t, --templates DIR       use these templates (and DIR/web) instead of the\n"
    "                            installed ones\n"
    "  -T, --theme NAME|FILE     the clinic's theme: its look, emergency number and\n"
    "                            out-of-hours line (the form's defaults)\n"
    "      --token-file FILE     require the token on the first line of FILE: the page\n"
    "                            asks for it once (a session cookie), the API takes\n"
    "                            Authorization: Bearer TOKEN. Needed beyond loopback\n"
    "      --tls-cert FILE       HTTPS with this certificate (PEM) ...\n"
    "      --tls-key FILE        ... and this key (PEM)\n"
    "      --insecure-http       beyond loopback without TLS, on purpose (a warning)\n"
    "  -j, --jobs N              render workers (default: the number of cores)\n"
    "      --queue N             requests that may wait for a worker (default 32);\n"
    "                            beyond that: 503 with Retry-After\n"
    "\n"
    "Examples:\n"
    "  careplan serve --theme example-clinic\n"
    "  curl --data-binary @examples/anna.yaml http://127.0.0.1:8080/api/render -o anna.pdf\n"
    "  careplan serve --listen 0.0.0.0:8443 --token-file token.txt \\\n"
    "      --tls-cert cert.pem --tls-key key.pem\n";

constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kCommandHelp = {{
    {"init", kInit},
    {"validate", kValidate},
    {"render", kRender},
    {"batch", kBatch},
    {"explain", kExplain},
    {"readability", kReadability},
    {"schema", kSchema},
    {"serve", kServe},
    {"help", kHelp},
}};

}  // namespace

std::string_view OverviewHelp() { return kOverview; }

std::string_view CommandHelp(std::string_view command) {
  for (const auto& [name, text] : kCommandHelp) {
    if (name == command) return text;
  }
  return {};
}

}  // namespace careplan::app

#include "pdf/pdf_navigation.h"

#include <hpdf_objects.h>

#include <algorithm>

#include "pdf/pdf_strings.h"

namespace careplan::pdf {
namespace {

HPDF_REAL Real(double value) { return static_cast<HPDF_REAL>(value); }

// A destination showing `page` with layout's y at the top of the window:
// [page /XYZ 0 top null]. The array is built here because libharu's
// HPDF_Destination_SetXYZ rejects zoom null (0), and a link that changes the
// reader's zoom is a nuisance.
HPDF_Destination DestinationAt(const HpdfDocument& doc, HPDF_Page page, double page_height,
                               double y) {
  HPDF_Destination destination = doc.CheckObject(HPDF_Page_CreateDestination(page));
  double top = std::clamp(page_height - y, 0.0, page_height);
  HPDF_Array_Clear(destination);
  doc.Check(HPDF_Array_Add(destination, page));
  doc.Check(HPDF_Array_AddName(destination, "XYZ"));
  doc.Check(HPDF_Array_AddReal(destination, 0));
  doc.Check(HPDF_Array_AddReal(destination, Real(top)));
  doc.Check(HPDF_Array_Add(destination, doc.CheckObject(HPDF_Null_New(doc.mmgr()))));
  return destination;
}

}  // namespace

void AddLinks(const HpdfDocument& doc, const std::vector<HPDF_Page>& pages,
              const layout::PagedDocument& document) {
  const double height = document.page_height;
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const layout::LinkItem& link : document.pages[i].links) {
      HPDF_Destination target = DestinationAt(doc, pages[link.target_page], height, link.target_y);
      HPDF_Rect area = {Real(link.x), Real(height - link.y - link.height),
                        Real(link.x + link.width), Real(height - link.y)};
      HPDF_Annotation annotation =
          doc.CheckObject(HPDF_Page_CreateLinkAnnot(pages[i], area, target));
      // No border: the entry's text already reads as a link.
      doc.Check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0));
    }
  }
}

void AddOutline(const HpdfDocument& doc, const std::vector<HPDF_Page>& pages,
                const layout::PagedDocument& document) {
  if (document.bookmarks.empty()) return;
  HPDF_Outline parent = nullptr;  // the last level 1 entry
  for (const layout::Bookmark& bookmark : document.bookmarks) {
    HPDF_Outline under = bookmark.level <= 1 ? nullptr : parent;
    // The title is set below: libharu's encoder mangles characters > U+FFFF.
    HPDF_Outline entry = doc.CheckObject(HPDF_CreateOutline(doc.get(), under, "", nullptr));
    SetTextString(doc, entry, "Title", bookmark.title);
    doc.Check(HPDF_Outline_SetDestination(
        entry, DestinationAt(doc, pages[bookmark.page], document.page_height, bookmark.y)));
    if (bookmark.level <= 1) {
      doc.Check(HPDF_Outline_SetOpened(entry, HPDF_TRUE));
      parent = entry;
    }
  }
  doc.Check(HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE));
}

}  // namespace careplan::pdf

#include "pdf/pdf_navigation.h"

#include <hpdf_objects.h>

#include <algorithm>
#include <cmath>

#include "pdf/pdf_strings.h"

namespace careplan::pdf {
namespace {

// Whole points are precise enough for where a link or bookmark goes, and
// libharu prints its (float) reals with five decimals.
HPDF_INT32 Whole(double value) { return static_cast<HPDF_INT32>(std::lround(value)); }

// [page /XYZ 0 top null]: `page` with layout's y at the top of the window,
// zoom unchanged (a link that changes the reader's zoom is a nuisance). A
// direct array, written inside the link or outline entry that uses it:
// libharu's HPDF_Page_CreateDestination makes each one an object of its own
// and its HPDF_Destination_SetXYZ rejects zoom null.
HPDF_Array DestinationAt(const HpdfDocument& doc, HPDF_Page page, double page_height, double y) {
  HPDF_Array destination = doc.CheckObject(HPDF_Array_New(doc.mmgr()));
  double top = std::clamp(page_height - y, 0.0, page_height);
  doc.Check(HPDF_Array_Add(destination, page));
  doc.Check(HPDF_Array_AddName(destination, "XYZ"));
  doc.Check(HPDF_Array_AddNumber(destination, 0));
  doc.Check(HPDF_Array_AddNumber(destination, Whole(top)));
  doc.Check(HPDF_Array_Add(destination, doc.CheckObject(HPDF_Null_New(doc.mmgr()))));
  return destination;
}

// The page's /Annots array, created on first use.
HPDF_Array Annotations(const HpdfDocument& doc, HPDF_Page page) {
  auto annotations = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
  if (annotations == nullptr) {
    annotations = doc.CheckObject(HPDF_Array_New(doc.mmgr()));
    doc.Check(HPDF_Dict_Add(page, "Annots", annotations));
  }
  return annotations;
}

}  // namespace

// The link annotations are made here rather than with
// HPDF_Page_CreateLinkAnnot, which needs a destination object of its own.
void AddLinks(const HpdfDocument& doc, const std::vector<HPDF_Page>& pages,
              const layout::PagedDocument& document) {
  const double height = document.page_height;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (document.pages[i].links.empty()) continue;
    HPDF_Array annotations = Annotations(doc, pages[i]);
    for (const layout::LinkItem& link : document.pages[i].links) {
      HPDF_Dict annotation = doc.CheckObject(HPDF_Dict_New(doc.mmgr()));
      doc.Check(HPDF_Xref_Add(doc.get()->xref, annotation));
      doc.Check(HPDF_Dict_AddName(annotation, "Type", "Annot"));
      doc.Check(HPDF_Dict_AddName(annotation, "Subtype", "Link"));
      HPDF_Array area = doc.CheckObject(HPDF_Array_New(doc.mmgr()));
      for (double v :
           {link.x, height - link.y - link.height, link.x + link.width, height - link.y}) {
        doc.Check(HPDF_Array_AddNumber(area, Whole(v)));
      }
      doc.Check(HPDF_Dict_Add(annotation, "Rect", area));
      // No border: the entry's text already reads as a link.
      HPDF_Array border = doc.CheckObject(HPDF_Array_New(doc.mmgr()));
      for (int k = 0; k < 3; ++k) doc.Check(HPDF_Array_AddNumber(border, 0));
      doc.Check(HPDF_Dict_Add(annotation, "Border", border));
      doc.Check(HPDF_Dict_Add(annotation, "Dest",
                              DestinationAt(doc, pages[link.target_page], height, link.target_y)));
      doc.Check(HPDF_Array_Add(annotations, annotation));
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
    // libharu gives every entry the root's /Type /Outlines; entries have none.
    doc.Check(HPDF_Dict_RemoveElement(entry, "Type"));
    SetTextString(doc, entry, "Title", bookmark.title);
    doc.Check(HPDF_Dict_Add(
        entry, "Dest", DestinationAt(doc, pages[bookmark.page], document.page_height, bookmark.y)));
    if (bookmark.level <= 1) {
      doc.Check(HPDF_Outline_SetOpened(entry, HPDF_TRUE));
      parent = entry;
    }
  }
  doc.Check(HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE));
}

}  // namespace careplan::pdf

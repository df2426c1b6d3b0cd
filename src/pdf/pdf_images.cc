#include "pdf/pdf_images.h"

namespace careplan::pdf {

void DrawImage(const HpdfDocument& doc, HPDF_Page page, double page_height,
               const layout::ImageItem& item) {
  if (!item.image || item.width <= 0 || item.height <= 0) return;
  const std::string& bytes = item.image->bytes();
  const auto* data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
  const auto size = static_cast<HPDF_UINT>(bytes.size());
  HPDF_Image image = doc.CheckObject(item.image->info().format == ImageFormat::kPng
                                         ? HPDF_LoadPngImageFromMem(doc.get(), data, size)
                                         : HPDF_LoadJpegImageFromMem(doc.get(), data, size));
  // libharu 2.3.0 gives the alpha channel of a PNG (its SMask) the filter
  // the image had before compression was chosen: none. Compress it like the
  // image, or a 4000 x 4000 logo would add 16 MB to every plan.
  auto smask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT));
  if (smask != nullptr) smask->filter = image->filter;
  doc.Check(HPDF_OK);
  // HPDF_Page_DrawImage wraps the image in q ... Q with its own matrix.
  doc.Check(HPDF_Page_DrawImage(page, image, static_cast<HPDF_REAL>(item.x),
                                static_cast<HPDF_REAL>(page_height - item.y - item.height),
                                static_cast<HPDF_REAL>(item.width),
                                static_cast<HPDF_REAL>(item.height)));
}

}  // namespace careplan::pdf

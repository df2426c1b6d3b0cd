// ByteView and ByteWriter: bounds-checked reading and appending of the
// big-endian integers TrueType files are made of. Shared by the TrueType
// reader (truetype_font.cc) and the subsetter (truetype_subset.cc); nothing
// outside font/ and its tests uses them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace careplan::font {

// A view of font data. Readers check Has() first; the accessors themselves
// assume it (REQUIRES) to keep the loops simple.
class ByteView {
 public:
  ByteView() = default;
  explicit ByteView(std::string_view data) : data_(data) {}

  size_t size() const { return data_.size(); }
  std::string_view data() const { return data_; }
  bool Has(uint64_t offset, uint64_t length) const {
    return offset <= data_.size() && length <= data_.size() - offset;
  }
  // REQUIRES: Has(offset, 1)
  uint8_t U8(size_t offset) const { return static_cast<uint8_t>(data_[offset]); }
  // REQUIRES: Has(offset, 2)
  uint16_t U16(size_t offset) const {
    return static_cast<uint16_t>(U8(offset) << 8 | U8(offset + 1));
  }
  int16_t S16(size_t offset) const { return static_cast<int16_t>(U16(offset)); }
  // REQUIRES: Has(offset, 4)
  uint32_t U32(size_t offset) const {
    return static_cast<uint32_t>(U16(offset)) << 16 | U16(offset + 2);
  }
  int32_t S32(size_t offset) const { return static_cast<int32_t>(U32(offset)); }
  // REQUIRES: Has(offset, length)
  ByteView Sub(size_t offset, size_t length) const {
    return ByteView(data_.substr(offset, length));
  }
  // The rest of the view from offset. REQUIRES: offset <= size()
  ByteView From(size_t offset) const { return ByteView(data_.substr(offset)); }

 private:
  std::string_view data_;
};

// Appends big-endian integers to a string, and patches them in place.
class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}

  void U16(uint16_t value) {
    out_->push_back(static_cast<char>(value >> 8));
    out_->push_back(static_cast<char>(value & 0xFF));
  }
  void U32(uint32_t value) {
    U16(static_cast<uint16_t>(value >> 16));
    U16(static_cast<uint16_t>(value & 0xFFFF));
  }
  void Bytes(std::string_view bytes) { out_->append(bytes); }
  // Zero bytes up to the next multiple of `alignment`.
  void Align(size_t alignment) {
    while (out_->size() % alignment != 0) out_->push_back('\0');
  }
  // REQUIRES: offset + 2 <= size(), resp. offset + 4
  void PutU16(size_t offset, uint16_t value) {
    (*out_)[offset] = static_cast<char>(value >> 8);
    (*out_)[offset + 1] = static_cast<char>(value & 0xFF);
  }
  void PutU32(size_t offset, uint32_t value) {
    PutU16(offset, static_cast<uint16_t>(value >> 16));
    PutU16(offset + 2, static_cast<uint16_t>(value & 0xFFFF));
  }
  size_t size() const { return out_->size(); }

 private:
  std::string* out_;
};

}  // namespace careplan::font

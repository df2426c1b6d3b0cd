#include "base/utf8.h"

#include <gtest/gtest.h>

namespace careplan {
namespace {

TEST(Utf8Test, NormalizeNfcComposesAccents) {
  EXPECT_EQ(NormalizeNfc("Zoe\u0308"), "Zo\u00EB");
  EXPECT_EQ(NormalizeNfc("Nguye\u0302\u0303n"), "Nguy\u1EC5n");
  EXPECT_EQ(NormalizeNfc("plain ASCII"), "plain ASCII");
  EXPECT_EQ(NormalizeNfc("Zo\u00EB"), "Zo\u00EB");  // already NFC
  EXPECT_EQ(NormalizeNfc("bad \xFF"), "bad \xFF");  // invalid UTF-8: unchanged
}

TEST(Utf8Test, ControlAndBidiClasses) {
  EXPECT_TRUE(IsControlCharacter(0x00));
  EXPECT_TRUE(IsControlCharacter(0x1B));
  EXPECT_TRUE(IsControlCharacter(0x7F));
  EXPECT_TRUE(IsControlCharacter(0x9F));
  EXPECT_FALSE(IsControlCharacter(0xA0));
  EXPECT_FALSE(IsControlCharacter('a'));
  for (char32_t c : {0x061C, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069})
    EXPECT_TRUE(IsBidiControl(c)) << static_cast<unsigned>(c);
  for (char32_t c : {0x200D, 0x2029, 0x2065, 0x206A, 0x0041})
    EXPECT_FALSE(IsBidiControl(c)) << static_cast<unsigned>(c);
}

}  // namespace
}  // namespace careplan

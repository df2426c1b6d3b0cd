#include "pdf/content_stream.h"

#include <gtest/gtest.h>

namespace careplan::pdf {
namespace {

TEST(ContentStreamTest, NumbersAreRoundedWithoutTrailingZerosOrExponent) {
  ContentStream out;
  out.MoveTo(56.69291, 785.197);
  out.LineTo(-0.004, 1e-9);
  out.LineTo(-12.347, 100);
  out.Rectangle(0.1, 0.25, 1234.5678, 0.006);
  EXPECT_EQ(out.bytes(),
            "56.69 785.2 m\n"
            "0 0 l\n"
            "-12.35 100 l\n"
            "0.1 0.25 1234.57 0.01 re\n");
}

TEST(ContentStreamTest, StateIsWrittenOnlyWhenItChanges) {
  ContentStream out;
  out.SetFillColor(kBlack);  // the initial state: nothing to write
  out.SetStrokeColor(kBlack);
  out.SetLineWidth(1);
  out.SetDash(false);
  EXPECT_EQ(out.bytes(), "");
  out.SetFillColor(Color{200, 0, 0});
  out.SetFillColor(Color{200, 0, 0});
  out.SetStrokeColor(Color{128, 128, 128});
  out.SetLineWidth(0.75);
  out.SetLineWidth(0.7504);
  out.SetDash(true);
  out.SetDash(true);
  out.SetDash(false);
  EXPECT_EQ(out.bytes(),
            "0.784 0 0 rg\n"
            "0.502 G\n"  // greys use the one-component operator
            "0.75 w\n"
            "[3 2] 0 d\n"
            "[] 0 d\n");
}

TEST(ContentStreamTest, RestoreBringsBackTheSavedState) {
  ContentStream out;
  out.SetFillColor(Color{0, 0, 255});
  out.Save();
  out.SetFillColor(Color{255, 0, 0});
  out.SetLineWidth(0.6);
  out.Restore();
  out.ClearBytes();
  out.SetFillColor(Color{0, 0, 255});  // as before q: nothing to write
  out.SetLineWidth(1);
  EXPECT_EQ(out.bytes(), "");
  out.SetFillColor(Color{255, 0, 0});
  EXPECT_EQ(out.bytes(), "1 0 0 rg\n");
}

TEST(ContentStreamTest, TextLinesMoveByTheDifferenceOfRoundedPositions) {
  ContentStream out;
  out.BeginText();
  out.BeginText();  // already in a text object
  out.SetFont("F1", 12);
  out.ShowTextAt(56.694, 785.196, "(a)");
  out.SetFont("F1", 12);
  out.ShowTextAt(56.694, 768.853, "(b)");
  out.SetFont("F2", 13.5);
  out.ShowTextAt(71.7, 768.853, "(c)");
  out.EndText();
  out.EndText();
  out.BeginText();  // a new text object starts from the origin again
  out.ShowTextAt(10, 20, "(d)");
  out.EndText();
  EXPECT_EQ(out.bytes(),
            "BT\n"
            "/F1 12 Tf\n"
            "56.69 785.2 Td\n"
            "(a) Tj\n"
            "0 -16.35 Td\n"  // 768.85 - 785.20, not a rounded difference
            "(b) Tj\n"
            "/F2 13.5 Tf\n"
            "15.01 0 Td\n"
            "(c) Tj\n"
            "ET\n"
            "BT\n"
            "10 20 Td\n"
            "(d) Tj\n"
            "ET\n");
}

TEST(ContentStreamTest, PathPaintingAndClipping) {
  ContentStream out;
  out.Save();
  out.Rectangle(1, 2, 3, 4);
  out.ClipToPath();
  out.MoveTo(0, 0);
  out.LineTo(1, 1);
  out.ClosePath();
  out.Fill();
  out.Stroke();
  out.Restore();
  EXPECT_EQ(out.bytes(), "q\n1 2 3 4 re\nW n\n0 0 m\n1 1 l\nh\nf\nS\nQ\n");
}

}  // namespace
}  // namespace careplan::pdf

// Calibration: raw rates to 0–100 percentiles of a reference set.
#include <doctest/doctest.h>

#include "core/calibration.h"

using namespace biaslens;

TEST_CASE("calibration") {
  std::vector<double> values;
  for (int i = 0; i <= 100; ++i) values.push_back(i / 10.0);  // 0.0 .. 10.0
  Calibration c;
  std::string error;
  REQUIRE_MESSAGE(c.Parse(Calibration::Build({{"m", values}}, "ref"), &error), error);
  SUBCASE("scores are percentiles of the reference") {
    CHECK(c.Score("m", -1) == 0);
    CHECK(c.Score("m", 5.0) == doctest::Approx(50).epsilon(0.01));
    CHECK(c.Score("m", 2.55) == doctest::Approx(25.5).epsilon(0.01));
    CHECK(c.Score("m", 99) == 100);
    CHECK(c.reference() == "ref");
    CHECK(c.articles() == 101);
  }
  SUBCASE("monotone in the raw value") {
    double last = -1;
    for (double raw = -1; raw < 12; raw += 0.37) { CHECK(c.Score("m", raw) >= last); last = c.Score("m", raw); }
  }
  SUBCASE("a common value lands in the middle of its run") {
    Calibration zeros;
    std::vector<double> v(50, 0.0);
    for (int i = 1; i <= 50; ++i) v.push_back(i);
    REQUIRE(zeros.Parse(Calibration::Build({{"m", v}}, "z"), &error));
    CHECK(zeros.Score("m", 0) == doctest::Approx(24.5).epsilon(0.05));
  }
  SUBCASE("unknown metrics pass through clamped; bad files are refused") {
    CHECK(c.Score("other", 42) == 42);
    CHECK(c.Score("other", 420) == 100);
    Calibration bad;
    CHECK_FALSE(bad.Parse("{}", &error));
    CHECK_FALSE(bad.Parse(R"({"metrics":{"m":[3,2,1]}})", &error));
    CHECK(error.find("sorted") != std::string::npos);
  }
}

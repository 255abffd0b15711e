// No quadratic behaviour: scoring time grows linearly with the input on pathological texts.
// Each shape is scored at n and 8n bytes (after a warm-up, best of 3 samples each, in process
// user CPU time so other processes on a shared machine and the kernel's page faults do not count) and the test asserts the
// growth RATIO stays under kMaxRatio — never an absolute time, so a slow or busy machine (or
// a sanitizer build) does not fail it. Linear code gives ~8 (a little more once the larger
// text outgrows the caches); quadratic code gives ~64. On a noisy machine a ratio over the bound is measured again before the
// test fails (a quadratic stage stays over it every time).
#include <doctest/doctest.h>

#include "test_support.h"

#include <algorithm>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/scorer.h"

#if !defined(__EMSCRIPTEN__) && !defined(_WIN32)
#include <sys/resource.h>
#endif

using namespace biaslens;

namespace {

constexpr double kMaxRatio = 20.0;
constexpr size_t kBaseBytes = 24 * 1024;  // n; 8n = 192 KiB (a quadratic stage at 8n takes seconds)

// `unit` repeated until the text holds at least `bytes` bytes.
std::string Repeat(const std::string& unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

// A distinct capitalized name for each i ("Bac", "Bec", … "Ceb…"): no two sources merge.
std::string Name(uint32_t i) {
  static const char kConsonants[] = "bcdfghklmnprstvz";
  static const char kVowels[] = "aeiou";
  std::string name;
  do {
    name += kConsonants[i % 16];
    name += kVowels[(i / 16) % 5];
    i /= 80;
  } while (i > 0);
  name += 'n';
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

struct Shape {
  const char* name;
  std::function<std::string(size_t)> make;  // a text of about `bytes` bytes
};

std::vector<Shape> PathologicalShapes() {
  const std::string long_paragraph = Repeat("word ", 650) + "\n";  // > the 120-word tail budget
  return {
      {"all straight quotes", [](size_t n) { return std::string(n, '"'); }},
      {"spaced quotes", [](size_t n) { return Repeat("\" ", n); }},
      {"curly quotes unclosed per paragraph", [](size_t n) { return Repeat("\xE2\x80\x9Cquoted words\n", n); }},
      {"single quotes inside one double quote", [](size_t n) { return "\"" + Repeat("'a ", n); }},
      {"all periods", [](size_t n) { return std::string(n, '.'); }},
      {"spaced periods", [](size_t n) { return Repeat(". ", n); }},
      {"terminal run then lower case", [](size_t n) { return std::string(n, '!') + " x"; }},
      {"one giant word", [](size_t n) { return std::string(n, 'a'); }},
      {"giant hyphenated word", [](size_t n) { return Repeat("ab-", n) + "c"; }},
      {"giant dotted word", [](size_t n) { return Repeat("U.", n); }},
      {"alternating caps words", [](size_t n) { return Repeat("SHOCKING news ", n); }},
      {"alternating caps letters", [](size_t n) { return Repeat("aB", n); }},
      {"repeated phrase starts", [](size_t n) { return Repeat("it remains to be ", n); }},
      {"repeated reporting starts", [](size_t n) { return Repeat("according to is said to could pave the ", n); }},
      {"repeated hedges", [](size_t n) { return Repeat("may might could reportedly allegedly ", n); }},
      {"thousands of short paragraphs", [](size_t n) { return Repeat("A short line.\n", n); }},
      {"tail markers between long paragraphs", [long_paragraph](size_t n) { return Repeat("Related\n" + long_paragraph, n); }},
      {"breadcrumb lines", [](size_t n) { return Repeat("Home / News / World\n", n); }},
      {"attribution chains", [](size_t n) { return Repeat("\"It may rain,\" said Dr. Ana Ruiz, a spokesman. ", n); }},
      {"abbreviations", [](size_t n) { return Repeat("Dr. Mr. Sept. U.S. a.m. J. ", n); }},
      {"invalid bytes", [](size_t n) { return std::string(n, '\xFF'); }},
      {"continuation bytes and quotes", [](size_t n) { return Repeat(std::string(50, '\x80') + "\"", n); }},
      {"many distinct named sources", [](size_t n) {
         std::string s;
         for (uint32_t i = 0; s.size() < n; ++i) s += "\"We may win,\" said " + Name(i) + " " + Name(i * 7 + 3) + ", an official. ";
         return s;
       }},
      {"ordinary sentences", [](size_t n) { return Repeat("The council may raise fees, officials said on Monday. ", n); }},
  };
}

void ScoreOnce(const std::string& text) {
  Article a;
  a.id = "scaling";
  a.text = text;
  Report r;
  std::string error;
  const bool ok = SharedScorer().Score(a, &r, &error);
  REQUIRE_MESSAGE(ok, error);
}

// The process's CPU seconds in its own code: user time where the system reports it apart, so
// the kernel's page faults (dear on a paravirtualised machine, and linear in memory anyway) do not
// count; std::clock (all CPU time) under wasm.
double CodeSeconds() {
#if defined(__EMSCRIPTEN__) || defined(_WIN32)
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
#else
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) * 1e-6;
#endif
}

// CPU seconds per score of `text`, averaged over as many runs as fill kMinSample seconds,
// so a clock with coarse ticks (std::clock under wasm counts whole milliseconds) still
// measures a text that scores in microseconds.
double SecondsPerScore(const std::string& text) {
  constexpr double kMinSample = 0.02;
  int runs = 0;
  const double t0 = CodeSeconds();
  double elapsed = 0;
  do {
    ScoreOnce(text);
    ++runs;
    elapsed = CodeSeconds() - t0;
  } while (elapsed < kMinSample);
  return elapsed / runs;
}

double BestOf3(const std::string& text) {
  double best = SecondsPerScore(text);
  for (int i = 0; i < 2; ++i) best = std::min(best, SecondsPerScore(text));
  return best;
}

}  // namespace

TEST_CASE("scaling: time grows linearly on pathological texts") {
  for (const Shape& shape : PathologicalShapes()) {
    const std::string name = shape.name;
    CAPTURE(name);
    const std::string small = shape.make(kBaseBytes);
    const std::string large = shape.make(8 * kBaseBytes);
    ScoreOnce(small);  // warm-up: caches, allocator, lazy statics
    double ratio = 0, t_small = 0, t_large = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
      t_small = BestOf3(small);
      t_large = BestOf3(large);
      ratio = t_large / std::max(t_small, 1e-6);
      if (ratio < kMaxRatio) break;
    }
    INFO("n=" << small.size() << " bytes: " << t_small * 1e3 << " ms; 8n: " << t_large * 1e3 << " ms; ratio " << ratio);
    CHECK(ratio < kMaxRatio);
  }
}

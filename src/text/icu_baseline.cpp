#include "text/icu_baseline.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace wortkiste::text {

namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

} // namespace

std::vector<std::pair<std::uint32_t, std::uint32_t>> icu_sentences(std::string_view text) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status));
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getGerman(), status));
  if (U_FAILURE(status)) {
    return out;
  }
  it->setText(ut.get(), status);
  std::int32_t begin = it->first();
  for (std::int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next()) {
    auto b = static_cast<std::uint32_t>(begin);
    auto e = static_cast<std::uint32_t>(end);
    while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' || text[b] == '\r')) {
      ++b;
    }
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) {
      --e;
    }
    if (b < e) {
      out.emplace_back(b, e);
    }
  }
  return out;
}

std::size_t icu_word_count(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status));
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getGerman(), status));
  if (U_FAILURE(status)) {
    return 0;
  }
  it->setText(ut.get(), status);
  std::size_t words = 0;
  it->first();
  while (it->next() != icu::BreakIterator::DONE) {
    const std::int32_t rule = it->getRuleStatus();
    if (rule >= UBRK_WORD_NUMBER) {
      ++words;
    }
  }
  return words;
}

} // namespace wortkiste::text

#pragma once
// The lexicon while it is being built: lemmas and forms in ordinary containers, written out by
// write_lexicon(). Internal to lexicon/.

#include "lexicon/lexicon.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace wortkiste::lexicon {

struct LemmaDraft {
  std::string text;
  Pos pos = Pos::Other;
  Gender gender = Gender::None;
  std::string plural;
  std::string genitive;
  std::string separable_prefix;
  std::string past;
  std::string participle2;
  std::string auxiliary;
  bool reflexive = false;
  std::uint32_t frequency_rank = 0;
  std::uint32_t subtitle_rank = 0;
  std::vector<Gloss> glosses;
};

struct AnalysisDraft {
  LemmaId lemma = 0;
  std::uint32_t features = 0;
  std::string particle;
};

struct PhraseDraft {
  std::string text;
  Pos pos = Pos::Other;
  std::vector<Gloss> glosses;
};

struct RankDraft {
  std::uint32_t rank = 0;
  std::uint32_t subtitle_rank = 0;
};

class LexiconModel {
public:
  // Returns the id of (`text`, `pos`), adding the lemma when new.
  LemmaId add_lemma(const std::string& text, Pos pos);
  // Returns the id of (`text`, `pos`) if present.
  std::optional<LemmaId> find_lemma(const std::string& text, Pos pos) const;
  // Gives lemma `id` the text `text` (an old spelling replaced by the reform one).
  void rename_lemma(LemmaId id, const std::string& text);
  LemmaDraft& lemma(LemmaId id) { return m_lemmas[id]; }
  const LemmaDraft& lemma(LemmaId id) const { return m_lemmas[id]; }
  const std::vector<LemmaDraft>& lemmas() const { return m_lemmas; }

  // Adds a reading of `form`; readings that differ only in features are merged (union of bits).
  void add_form(const std::string& form, LemmaId lemma, std::uint32_t features,
                const std::string& particle = {});
  const std::vector<AnalysisDraft>* analyses(const std::string& form) const;
  std::unordered_map<std::string, std::vector<AnalysisDraft>>& forms() { return m_forms; }
  const std::unordered_map<std::string, std::vector<AnalysisDraft>>& forms() const {
    return m_forms;
  }

  // The better of a form's ranks in the two word lists, looked up lowercase; UINT32_MAX when in
  // neither. The Wikipedia list leaves out many words of the subtitle list ("tag", "denken"), so
  // neither alone will do.
  std::uint32_t text_rank(const std::string& form) const;

  std::vector<PhraseDraft> phrases;
  std::unordered_map<std::string, RankDraft> ranks; // lowercase form -> ranks
  std::vector<std::string> names;                   // lowercase
  std::vector<std::string> places;                  // as written: "Kassel", "Baden-Württemberg"

private:
  std::vector<LemmaDraft> m_lemmas;
  std::map<std::pair<std::string, Pos>, LemmaId> m_lemma_ids;
  std::unordered_map<std::string, std::vector<AnalysisDraft>> m_forms;
};

// Writes `model` in the format of format.h; returns the file size. Throws FileError.
std::size_t write_lexicon(const LexiconModel& model, const std::filesystem::path& path);

} // namespace wortkiste::lexicon

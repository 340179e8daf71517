#include "extract/deck_builder.h"

#include "extract/candidates.h"
#include "extract/card_content.h"

#include <algorithm>
#include <utility>

namespace wortkiste::extract {

namespace {

using lexicon::Pos;

// Example sentences kept per lemma while reading: the primary and two alternatives.
constexpr std::size_t k_kept_examples = 3;

struct KeptExample {
  double penalty = 0;
  std::size_t order = 0;
  ExampleSentence example;
};

struct Entry {
  std::string lemma;
  Pos pos = Pos::Other;
  std::vector<std::string> compound_parts;
  bool multiword = false;
  std::vector<std::string> forms;
  std::size_t count = 0;
  std::size_t first_order = 0;
  std::vector<KeptExample> examples; // best first
};

std::string lower_first_ascii_umlaut(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') {
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  } else if (out.size() >= 2 && static_cast<unsigned char>(out[0]) == 0xC3) {
    const auto c = static_cast<unsigned char>(out[1]);
    if (c == 0x84 || c == 0x96 || c == 0x9C) {
      out[1] = static_cast<char>(c + 0x20); // Ä Ö Ü -> ä ö ü
    }
  }
  return out;
}

std::string key_of(std::string_view lemma, Pos pos) {
  std::string key(lemma);
  key += '\t';
  key += lexicon::to_ud(pos);
  return key;
}

} // namespace

std::string compound_plural(std::string_view lemma, std::string_view head,
                            std::string_view head_plural) {
  if (head.empty() || head_plural.empty() || lemma.size() <= head.size()) {
    return {};
  }
  const std::string tail(lemma.substr(lemma.size() - head.size()));
  if (tail == head) {
    return std::string(lemma.substr(0, lemma.size() - head.size())) + std::string(head_plural);
  }
  if (tail == lower_first_ascii_umlaut(head)) {
    // "Übergangsplan" ends in "plan": "Übergangs" + "pläne".
    return std::string(lemma.substr(0, lemma.size() - head.size())) +
           lower_first_ascii_umlaut(head_plural);
  }
  return {};
}

struct DeckBuilder::Impl {
  const lexicon::Lexicon& lexicon;
  RankingOptions options;
  std::unordered_set<std::string> known;
  std::unordered_map<std::string, std::size_t> index; // key_of(lemma, pos) -> entries
  std::vector<Entry> entries;
  mutable std::unordered_map<std::string, std::uint32_t> rank_cache;
  TextStats stats;
  std::size_t order = 0;

  Impl(const lexicon::Lexicon& lex, RankingOptions opts, std::unordered_set<std::string> k)
      : lexicon(lex), options(opts), known(std::move(k)) {}

  // Returns the frequency rank of the learner lemma with its part of speech; 0 when unranked.
  // Never the rank of the UD lemma: "ankündigen" must not inherit the rank of "kündigen".
  std::uint32_t rank_of(std::string_view lemma, Pos pos, bool multiword) const {
    if (multiword) {
      return 0;
    }
    const std::string key = key_of(lemma, pos);
    if (const auto it = rank_cache.find(key); it != rank_cache.end()) {
      return it->second;
    }
    // The lemma's rank is the best of three signals: the lemma rank aggregated from the
    // Wikipedia list, the subtitle list (everyday words such as "Küche", "wissen" are rare in
    // Wikipedia), and the rank of the citation form itself ("immer", "gut" as written). A
    // separable verb is looked up whole: "ankündigen", never the forms "kündigten ... an".
    const std::string_view bare = without_reflexive(lemma);
    std::uint32_t rank = 0;
    auto better = [&rank](std::uint32_t candidate) {
      if (candidate != 0 && (rank == 0 || candidate < rank)) {
        rank = candidate;
      }
    };
    if (const auto id = lexicon.find_lemma(bare, pos)) {
      const lexicon::LemmaInfo info = lexicon.lemma(*id);
      better(info.best_rank());
    }
    better(lexicon.form_rank(bare));
    rank_cache.emplace(key, rank);
    return rank;
  }

  bool is_known(std::string_view lemma) const {
    return known.contains(std::string(lemma)) ||
           known.contains(std::string(without_reflexive(lemma)));
  }

  // Known for the purpose of counting the new words of an example sentence (i+1).
  bool is_familiar(const Candidate& c) const {
    return is_known(c.lemma) || counts_as_known(rank_of(c.lemma, c.pos, c.multiword), options);
  }

  void add(const text::Document& doc, const DocumentAnalysis& analysis,
           std::uint64_t source_offset, std::size_t source_index) {
    stats.sentences += doc.sentences.size();
    for (std::size_t s = 0; s < doc.sentences.size() && s < analysis.sentences.size(); ++s) {
      const auto& tokens = doc.sentences[s].tokens;
      const auto& readings = analysis.sentences[s].tokens;
      for (std::size_t t = 0; t < tokens.size() && t < readings.size(); ++t) {
        if (tokens[t].kind != text::TokenKind::Word) {
          continue;
        }
        ++stats.words;
        if (readings[t].known_to_lexicon || readings[t].lemma_id || readings[t].is_name) {
          ++stats.known_words;
        }
      }
    }

    const std::vector<Candidate> candidates = collect_candidates(doc, analysis);
    // Unknown content words per sentence, and per candidate per sentence, for i+1.
    std::vector<std::size_t> unknown_in_sentence(doc.sentences.size(), 0);
    std::vector<bool> familiar(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      familiar[i] = is_familiar(candidates[i]);
      if (!familiar[i]) {
        for (const Occurrence& o : candidates[i].occurrences) {
          ++unknown_in_sentence[o.sentence];
        }
      }
    }
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const Candidate& c = candidates[i];
      const std::string key = key_of(c.lemma, c.pos);
      auto [it, inserted] = index.try_emplace(key, entries.size());
      if (inserted) {
        Entry e;
        e.lemma = c.lemma;
        e.pos = c.pos;
        e.compound_parts = c.compound_parts;
        e.multiword = c.multiword;
        e.first_order = order;
        entries.push_back(std::move(e));
      }
      Entry& entry = entries[it->second];
      for (const Occurrence& o : c.occurrences) {
        ++entry.count;
        ++order;
        if (std::find(entry.forms.begin(), entry.forms.end(), o.form) == entry.forms.end()) {
          entry.forms.push_back(o.form);
        }
        consider_example(entry, doc, o, unknown_in_sentence, familiar[i], c, source_offset,
                         source_index);
      }
    }
  }

  void consider_example(Entry& entry, const text::Document& doc, const Occurrence& o,
                        const std::vector<std::size_t>& unknown_in_sentence, bool target_familiar,
                        const Candidate& c, std::uint64_t source_offset,
                        std::size_t source_index) {
    const text::Sentence& sentence = doc.sentences[o.sentence];
    // A sentence already kept for this lemma (it uses the word twice) is not kept again.
    const std::string_view text = doc.sentence_text(sentence);
    for (const KeptExample& kept : entry.examples) {
      if (kept.example.sentence == text) {
        return;
      }
    }
    ExampleOption option;
    option.kind = sentence.kind;
    option.words = static_cast<std::size_t>(
        std::count_if(sentence.tokens.begin(), sentence.tokens.end(),
                      [](const text::Token& t) { return t.kind == text::TokenKind::Word; }));
    std::size_t self = 0;
    if (!target_familiar) {
      self = static_cast<std::size_t>(std::count_if(
          c.occurrences.begin(), c.occurrences.end(),
          [&](const Occurrence& other) { return other.sentence == o.sentence; }));
    }
    option.other_unknown = unknown_in_sentence[o.sentence] - std::min(self,
                                                                      unknown_in_sentence[o.sentence]);
    option.complete = looks_complete(text);
    option.order = order;
    const auto penalty = example_penalty(option);
    if (!penalty) {
      return; // headline or byline: never an example
    }
    KeptExample kept;
    kept.penalty = *penalty;
    kept.order = order;
    kept.example.sentence = std::string(text);
    kept.example.target_begin = o.begin - sentence.begin;
    kept.example.target_end = o.end - sentence.begin;
    kept.example.source_offset = source_offset + sentence.begin;
    kept.example.source_index = source_index;
    auto pos = std::find_if(entry.examples.begin(), entry.examples.end(),
                            [&](const KeptExample& k) { return kept.penalty < k.penalty; });
    if (pos == entry.examples.end() && entry.examples.size() >= k_kept_examples) {
      return;
    }
    entry.examples.insert(pos, std::move(kept));
    if (entry.examples.size() > k_kept_examples) {
      entry.examples.pop_back();
    }
  }

  NoteDraft draft_of(const Entry& e) const {
    NoteDraft d;
    d.lemma = e.lemma;
    d.pos = e.pos;
    d.forms = e.forms;
    d.count = e.count;
    d.frequency_rank = rank_of(e.lemma, e.pos, e.multiword);
    d.level = level_of_rank(d.frequency_rank);
    if (e.compound_parts.size() >= 2) {
      d.compound = e.compound_parts;
    }
    // Compounds the lexicon lacks take gender and plural from their head:
    // Übergangsplan <- Plan (der, Pläne) = der Übergangsplan, Übergangspläne.
    lexicon::Gender head_gender = lexicon::Gender::None;
    std::string head_plural;
    if (e.pos == Pos::Noun && d.compound.size() >= 2) {
      if (const auto head = lexicon.find_lemma(d.compound.back(), Pos::Noun)) {
        const lexicon::LemmaInfo info = lexicon.lemma(*head);
        head_gender = info.gender;
        head_plural = compound_plural(e.lemma, info.text, info.plural);
      }
    }
    const CardContent content = card_content(lexicon, e.lemma, e.pos, head_gender, head_plural);
    d.headword = content.headword;
    d.article = content.article;
    d.plural = content.plural;
    d.principal_parts = content.principal_parts;
    if (e.pos == Pos::Noun) {
      if (const auto id = lexicon.find_lemma(e.lemma, Pos::Noun)) {
        d.gender = std::string(lexicon::to_code(lexicon.lemma(*id).gender));
      }
      if (d.gender.empty()) {
        d.gender = std::string(lexicon::to_code(head_gender));
      }
    }
    d.gloss = gloss_for(lexicon, e.lemma, e.pos, d.compound);
    if (!e.examples.empty()) {
      d.example = e.examples.front().example;
      for (std::size_t i = 1; i < e.examples.size(); ++i) {
        d.alternatives.push_back(e.examples[i].example);
      }
    }
    return d;
  }
};

DeckBuilder::DeckBuilder(const lexicon::Lexicon& lexicon, RankingOptions options,
                         std::unordered_set<std::string> known)
    : m_impl(std::make_unique<Impl>(lexicon, options, std::move(known))) {}

DeckBuilder::DeckBuilder(DeckBuilder&&) noexcept = default;
DeckBuilder::~DeckBuilder() = default;

void DeckBuilder::add(const text::Document& doc, const DocumentAnalysis& analysis,
                      std::uint64_t source_offset, std::size_t source_index) {
  m_impl->add(doc, analysis, source_offset, source_index);
}

const TextStats& DeckBuilder::stats() const { return m_impl->stats; }

std::vector<NoteDraft> DeckBuilder::finish(const InCollection& in_collection) const {
  std::vector<NoteDraft> drafts;
  std::vector<RankInput> inputs;
  drafts.reserve(m_impl->entries.size());
  for (const Entry& e : m_impl->entries) {
    NoteDraft d = m_impl->draft_of(e);
    RankInput input;
    input.lemma = d.lemma;
    input.frequency_rank = d.frequency_rank;
    input.count = d.count;
    input.known = m_impl->is_known(d.lemma);
    input.in_collection = in_collection && in_collection(d.lemma, lexicon::to_ud(d.pos));
    input.has_gloss = !d.gloss.senses.empty();
    input.has_example = d.example.has_value();
    inputs.push_back(std::move(input));
    drafts.push_back(std::move(d));
  }
  const std::vector<RankResult> results = rank(inputs, m_impl->options);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    drafts[i].rank = results[i];
  }
  // New notes first, best first; the others after them, in order of first occurrence.
  std::vector<std::size_t> order = order_new(results);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (results[i].verdict != Verdict::New) {
      order.push_back(i);
    }
  }
  std::vector<NoteDraft> out;
  out.reserve(drafts.size());
  for (std::size_t i : order) {
    out.push_back(std::move(drafts[i]));
  }
  return out;
}

std::vector<NoteDraft> build_notes(const text::Document& doc, const DocumentAnalysis& analysis,
                                   const lexicon::Lexicon& lexicon, const RankingOptions& options,
                                   const std::unordered_set<std::string>& known,
                                   const InCollection& in_collection) {
  DeckBuilder builder(lexicon, options, known);
  builder.add(doc, analysis);
  return builder.finish(in_collection);
}

} // namespace wortkiste::extract

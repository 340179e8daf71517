// wortkiste add FILE... : articles in, the words worth learning out, as notes and cards.
// Everything is read and analysed first; then the collection is written in ONE transaction, so
// an add that is killed midway leaves the collection as it was.

#include "cli/command.h"
#include "core/error.h"
#include "extract/candidates.h"
#include "extract/deck_builder.h"
#include "lexicon/lexicon.h"
#include "store/known_words.h"
#include "store/notes.h"
#include "text/reader.h"
#include "text/segment.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace wortkiste::cli {

namespace {

namespace fs = std::filesystem;
using extract::NoteDraft;
using extract::Verdict;

// Below this share of words the lexicon knows, the text is probably not German.
constexpr double k_german_share = 0.5;
constexpr std::size_t k_min_words_for_language_check = 20;
// Inputs up to this size are held until their hash says whether they are new.
constexpr std::uint64_t k_buffered_input = 8u << 20;


// A piece of cleaned input, with how many bytes of the file it stood for (for the progress bar).
struct LoadedChunk {
  text::Document document;
  std::uint64_t input_bytes = 0;
};

// Reads `file` through the text layer (encodings, HTML, Markdown, cleaning), segments it, and
// hands it on in chunks cut at paragraph boundaries. Throws FileError "FILE: ..." for a missing,
// empty, binary or invalid file.
void read_input(const std::string& file, const lexicon::Lexicon& lexicon, bool lenient,
                const std::function<void(LoadedChunk)>& consume) {
  std::error_code ec;
  if (file != "-" && fs::is_directory(file, ec)) {
    throw FileError(file + ": is a directory, not a file");
  }
  text::LoadOptions load;
  load.lenient = lenient;
  text::ChunkReader reader(file, load);
  text::SegmentOptions options;
  options.is_known_word = [&lexicon](std::string_view word) {
    return !lexicon.analyses(word).empty();
  };
  while (auto chunk = reader.next()) {
    const std::uint64_t size = chunk->text.size();
    text::Document doc = text::segment(std::move(chunk->text), options);
    doc.offset = chunk->offset;
    consume(LoadedChunk{std::move(doc), size});
  }
}

std::uint64_t total_bytes(const std::vector<std::string>& files) {
  std::uint64_t total = 0;
  for (const std::string& f : files) {
    std::error_code ec;
    const auto size = fs::file_size(f, ec);
    total += ec ? 0 : size;
  }
  return total;
}

// A progress bar with an ETA on stderr, only when stderr is a terminal and the input is large.
class Progress {
public:
  explicit Progress(std::uint64_t total)
      : m_total(total), m_active(total >= k_large_input && isatty(STDERR_FILENO) != 0),
        m_start(std::chrono::steady_clock::now()) {}
  void advance(std::uint64_t bytes) {
    m_done += bytes;
    if (!m_active || m_total == 0) {
      return;
    }
    const double share = std::min(1.0, static_cast<double>(m_done) / static_cast<double>(m_total));
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    const int eta = share > 0 ? static_cast<int>(elapsed / share - elapsed) : 0;
    constexpr int k_width = 30;
    const int filled = static_cast<int>(share * k_width);
    std::fprintf(stderr, "\rreading [%s%s] %3d%%  ETA %d:%02d ", std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(k_width - filled), ' ').c_str(),
                 static_cast<int>(share * 100), eta / 60, eta % 60);
    std::fflush(stderr);
  }
  void finish() {
    if (m_active) {
      std::fprintf(stderr, "\r%60s\r", "");
      std::fflush(stderr);
    }
  }

private:
  static constexpr std::uint64_t k_large_input = 1u << 20;
  std::uint64_t m_total;
  std::uint64_t m_done = 0;
  bool m_active;
  std::chrono::steady_clock::time_point m_start;
};

struct AddOptions {
  std::vector<std::string> files;
  std::string deck;
  std::size_t max = 0;
  std::string level;
  std::optional<std::uint32_t> known_below_rank;
  std::string cards;
  bool dry_run = false;
  bool json = false;
  bool lenient = false;
};

nlohmann::json optional_string(const std::optional<std::string>& s) {
  return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

// The JSON object of one note, with the field names scripts rely on (see the issue).
nlohmann::json note_json(const NoteDraft& d) {
  nlohmann::json j;
  j["lemma"] = d.lemma;
  j["pos"] = std::string(lexicon::to_ud(d.pos));
  j["gender"] = d.gender.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.gender);
  j["plural"] = optional_string(d.plural);
  j["principal_parts"] = optional_string(d.principal_parts);
  j["glosses"] = d.gloss.senses;
  j["example"] = d.example ? nlohmann::json(d.example->sentence) : nlohmann::json(nullptr);
  j["forms"] = d.forms;
  j["count"] = d.count;
  j["frequency_rank"] =
      d.frequency_rank == 0 ? nlohmann::json(nullptr) : nlohmann::json(d.frequency_rank);
  j["level"] = std::string(extract::to_string(d.level));
  j["compound"] = d.compound.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.compound);
  // Extra keys beyond the promised ones, for readers that want them.
  j["headword"] = d.headword;
  j["gloss_from_parts"] = d.gloss.from_parts;
  if (d.example) {
    j["target"] = {d.example->target_begin, d.example->target_end};
  }
  j["reason"] = d.rank.reason;
  return j;
}

// The fields stored with a note (notes.fields); the review screen reads them.
std::string fields_json(const NoteDraft& d, const std::string& source_file) {
  nlohmann::json j;
  j["headword"] = d.headword;
  j["article"] = optional_string(d.article);
  j["gender"] = d.gender.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.gender);
  j["plural"] = optional_string(d.plural);
  j["principal_parts"] = optional_string(d.principal_parts);
  j["glosses"] = d.gloss.senses;
  j["gloss_labels"] = d.gloss.labels;
  j["gloss_from_parts"] = d.gloss.from_parts;
  j["compound"] = d.compound.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.compound);
  j["forms"] = d.forms;
  j["count"] = d.count;
  j["frequency_rank"] =
      d.frequency_rank == 0 ? nlohmann::json(nullptr) : nlohmann::json(d.frequency_rank);
  j["level"] = std::string(extract::to_string(d.level));
  j["source"] = source_file;
  if (d.example) {
    j["source_offset"] = d.example->source_offset;
  }
  return j.dump();
}

// "Der [Einsatz] der internationalen Koalition ..." shortened to `width` bytes around the target.
std::string marked_example(const extract::ExampleSentence& ex, std::size_t width = 110) {
  std::string s = ex.sentence.substr(0, ex.target_begin) + "[" +
                  ex.sentence.substr(ex.target_begin, ex.target_end - ex.target_begin) + "]" +
                  ex.sentence.substr(ex.target_end);
  if (s.size() <= width) {
    return s;
  }
  std::size_t cut = s.rfind(' ', width);
  if (cut == std::string::npos || cut < ex.target_end + 2) {
    cut = std::min(s.size(), std::max<std::size_t>(width, ex.target_end + 2));
    while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) {
      ++cut;
    }
  }
  return s.substr(0, cut) + " \u2026";
}

void print_table(const std::vector<NoteDraft>& drafts, std::ostream& out) {
  std::size_t n = 0;
  for (const NoteDraft& d : drafts) {
    if (d.rank.verdict != Verdict::New) {
      continue;
    }
    ++n;
    out << n << ". " << d.headword << "   (" << lexicon::to_ud(d.pos) << "; " << d.rank.reason
        << ")\n";
    out << "   = "
        << (d.gloss.senses.empty() ? std::string("(no gloss)") : d.gloss.text())
        << (d.gloss.from_parts ? "   [from the parts " : "");
    if (d.gloss.from_parts) {
      for (std::size_t i = 0; i < d.compound.size(); ++i) {
        out << (i ? " + " : "") << d.compound[i];
      }
      out << "]";
    }
    out << '\n';
    if (d.example) {
      out << "   " << marked_example(*d.example) << '\n';
    } else {
      out << "   (no usable example sentence)\n";
    }
  }
}

struct Tally {
  std::size_t added = 0;
  std::size_t known = 0;
  std::size_t too_common = 0;
  std::size_t too_rare = 0;
  std::size_t in_collection = 0;
  std::size_t over_max = 0;
  std::size_t no_example = 0;
};

Tally tally(const std::vector<NoteDraft>& drafts) {
  Tally t;
  for (const NoteDraft& d : drafts) {
    switch (d.rank.verdict) {
    case Verdict::New: ++t.added; break;
    case Verdict::Known: ++t.known; break;
    case Verdict::TooCommon: ++t.too_common; break;
    case Verdict::TooRare: ++t.too_rare; break;
    case Verdict::InCollection: ++t.in_collection; break;
    case Verdict::OverMax: ++t.over_max; break;
    case Verdict::NoExample: ++t.no_example; break;
    }
  }
  return t;
}

std::string skipped_text(const Tally& t) {
  std::string s;
  auto part = [&](std::size_t n, std::string_view what) {
    if (n == 0) {
      return;
    }
    s += s.empty() ? "" : ", ";
    s += std::to_string(n) + " " + std::string(what);
  };
  part(t.known, "known");
  part(t.too_common, "too common for the level");
  part(t.too_rare, "too rare for the level");
  part(t.in_collection, "already in the collection");
  part(t.over_max, "over --max");
  part(t.no_example, "only in headlines or bylines");
  return s.empty() ? "none skipped" : "skipped: " + s;
}

// Test hook: WORTKISTE_TEST_ABORT_AFTER_NOTES=N aborts the process after N notes were written
// inside the transaction, so a test can check that nothing of a killed add remains.
std::optional<std::size_t> abort_after_notes() {
  const char* env = std::getenv("WORTKISTE_TEST_ABORT_AFTER_NOTES");
  if (env == nullptr || *env == '\0') {
    return std::nullopt;
  }
  return static_cast<std::size_t>(std::strtoull(env, nullptr, 10));
}

void run_add(const AddOptions& opts, const GlobalOptions& global) {
  if (opts.files.empty()) {
    throw UsageError("add needs at least one FILE");
  }
  extract::RankingOptions ranking;
  if (!opts.level.empty()) {
    const auto level = extract::parse_level(opts.level);
    if (!level) {
      throw UsageError("--level must be one of A1, A2, B1, B2, C1, C2, not \"" + opts.level + "\"");
    }
    ranking.level = *level;
  }
  ranking.known_below_rank = opts.known_below_rank;
  ranking.max = opts.max;
  std::optional<std::vector<std::string>> card_types;
  if (!opts.cards.empty()) {
    card_types = parse_card_types(opts.cards);
  }

  const lexicon::Lexicon lexicon = lexicon::Lexicon::open_default();
  const fs::path db_path = collection_path(global);

  // A dry run never creates the collection; a missing one is simply empty.
  std::optional<store::Database> db;
  if (!opts.dry_run || fs::exists(db_path)) {
    db = store::Database::open(db_path, !opts.dry_run);
  }
  std::unordered_set<std::string> known = db ? store::known_lemmas(*db)
                                             : std::unordered_set<std::string>{};
  const std::unordered_set<std::string> notes_there =
      db ? store::note_keys(*db) : std::unordered_set<std::string>{};

  extract::DeckBuilder builder(lexicon, ranking, std::move(known));
  struct Source {
    std::string file_name;
    std::string hash;
    std::uint64_t bytes = 0;
    bool skip = false;
  };
  std::vector<Source> sources;
  Progress progress(total_bytes(opts.files));
  for (std::size_t i = 0; i < opts.files.size(); ++i) {
    const std::string& file = opts.files[i];
    Source source;
    source.file_name = fs::path(file).filename().string();
    store::ContentHash hash;
    const extract::TextStats before = builder.stats();
    // The same article again adds nothing: its hash (of the cleaned text) is known. Small
    // inputs wait for the hash before they are analysed; large ones are analysed as they stream
    // by so memory stays flat (a repeated large file then finds its lemmas in the collection).
    std::vector<LoadedChunk> pending;
    std::uint64_t pending_bytes = 0;
    bool streaming = false;
    auto analyse = [&](const text::Document& doc) {
      builder.add(doc, extract::analyze(doc, lexicon), doc.offset, i);
    };
    read_input(file, lexicon, opts.lenient, [&](LoadedChunk chunk) {
      hash.update(chunk.document.text);
      source.bytes += chunk.document.text.size();
      progress.advance(chunk.input_bytes);
      if (streaming) {
        analyse(chunk.document);
        return;
      }
      pending_bytes += chunk.document.text.size();
      pending.push_back(std::move(chunk));
      if (pending_bytes > k_buffered_input) {
        streaming = true;
        for (const LoadedChunk& c : pending) {
          analyse(c.document);
        }
        pending.clear();
      }
    });
    source.hash = hash.hex();
    const bool repeated = std::any_of(sources.begin(), sources.end(),
                                      [&](const Source& s) { return s.hash == source.hash; });
    if (repeated || (db && store::find_source(*db, source.hash))) {
      source.skip = true;
      std::cerr << "wortkiste: " << file << ": already added, nothing new in it\n";
    } else {
      for (const LoadedChunk& c : pending) {
        analyse(c.document);
      }
    }
    const extract::TextStats after = builder.stats();
    const std::size_t words = after.words - before.words;
    const std::size_t known_words = after.known_words - before.known_words;
    if (!source.skip && words >= k_min_words_for_language_check &&
        static_cast<double>(known_words) < k_german_share * static_cast<double>(words)) {
      std::cerr << "wortkiste: warning: " << file << ": this does not look like German: the "
                << "lexicon knows only " << (100 * known_words / words) << "% of its "
                << words << " words\n";
    }
    sources.push_back(std::move(source));
  }
  progress.finish();

  const extract::InCollection in_collection = [&](std::string_view lemma, std::string_view pos) {
    std::string key(lemma);
    key += '\t';
    key += pos;
    return notes_there.contains(key);
  };
  const std::vector<NoteDraft> drafts = builder.finish(in_collection);
  const Tally counts = tally(drafts);

  if (opts.dry_run) {
    if (opts.json) {
      nlohmann::json array = nlohmann::json::array();
      for (const NoteDraft& d : drafts) {
        if (d.rank.verdict == Verdict::New) {
          array.push_back(note_json(d));
        }
      }
      std::cout << array.dump(2) << '\n';
    } else {
      print_table(drafts, std::cout);
      std::cout << "\nDry run: " << counts.added << " notes would be added; "
                << skipped_text(counts) << ". Nothing was changed.\n";
    }
    return;
  }

  const std::int64_t now = now_ms();
  const auto abort_after = abort_after_notes();
  store::Transaction tx(*db);
  const store::Deck deck =
      store::ensure_deck(*db, opts.deck.empty() ? std::string(store::k_default_deck) : opts.deck, now);
  const std::vector<std::string> types = card_types ? *card_types : store::deck_card_types(deck);
  std::vector<std::optional<std::int64_t>> source_ids;
  for (const Source& s : sources) {
    source_ids.push_back(s.skip ? std::nullopt
                                : std::optional(store::insert_source(
                                      *db, s.file_name, s.hash,
                                      static_cast<std::int64_t>(s.bytes), now)));
  }
  auto to_row = [](const extract::ExampleSentence& e) {
    return store::ExampleRow{e.sentence, e.target_begin, e.target_end,
                             static_cast<std::int64_t>(e.source_offset)};
  };
  std::size_t notes_written = 0;
  std::size_t cards_written = 0;
  std::size_t alternatives = 0;
  nlohmann::json added = nlohmann::json::array();
  for (const NoteDraft& d : drafts) {
    const std::string pos(lexicon::to_ud(d.pos));
    if (d.rank.verdict == Verdict::InCollection && d.example) {
      // A known lemma in a new article: no new card, but its sentence may serve as another
      // example. The user's corrections (user_fields) stay untouched.
      if (const auto id = store::find_note(*db, d.lemma, pos)) {
        if (store::insert_example(*db, *id, source_ids[d.example->source_index],
                                  to_row(*d.example), false)) {
          ++alternatives;
        }
      }
      continue;
    }
    if (d.rank.verdict != Verdict::New) {
      continue;
    }
    const std::string source_file =
        d.example ? sources[d.example->source_index].file_name : sources.front().file_name;
    const std::int64_t note_id =
        store::insert_note(*db, deck.id, d.lemma, pos, fields_json(d, source_file), now);
    if (d.example) {
      store::insert_example(*db, note_id, source_ids[d.example->source_index], to_row(*d.example),
                            true);
    }
    for (const extract::ExampleSentence& alt : d.alternatives) {
      store::insert_example(*db, note_id, source_ids[alt.source_index], to_row(alt), false);
    }
    std::vector<std::string> note_types = types;
    if (!d.example) {
      // A cloze needs a sentence to cut the word out of.
      std::erase(note_types, std::string("cloze"));
    }
    cards_written += static_cast<std::size_t>(store::create_cards(*db, note_id, note_types, now));
    ++notes_written;
    if (opts.json) {
      nlohmann::json j = note_json(d);
      j["id"] = note_id;
      added.push_back(std::move(j));
    }
    if (abort_after && notes_written >= *abort_after) {
      std::abort();
    }
  }
  tx.commit();

  if (opts.json) {
    std::cout << added.dump(2) << '\n';
    return;
  }
  std::cout << "Added " << notes_written << " notes (" << cards_written << " cards) to deck \""
            << deck.name << "\"";
  if (alternatives > 0) {
    std::cout << ", " << alternatives << " new example sentences for notes you have";
  }
  std::cout << "; " << skipped_text(counts) << ".\n";
}

} // namespace

void register_add(CLI::App& app, GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand(
      "add", "Add the vocabulary of German articles to a deck (one transaction; the same "
             "article twice adds nothing)");
  auto opts = std::make_shared<AddOptions>();
  sub->add_option("FILE", opts->files, "Articles to read (text, HTML or Markdown; - for stdin)")
      ->required();
  sub->add_option("--deck", opts->deck, "Deck to add to (default: Default)");
  sub->add_option("--max", opts->max, "Keep only the N most useful new words");
  sub->add_option("--level", opts->level,
                  "Your level A1..C2: frequent words below its band count as known, rare ones "
                  "above it wait (default: no level; the 200 most frequent lemmas count as known, nothing "
                  "waits)");
  sub->add_option("--known-below-rank", opts->known_below_rank,
                  "Treat the N most frequent lemmas as known");
  sub->add_option("--cards", opts->cards,
                  "Card types, comma-separated: recognition,production,cloze (default: the "
                  "deck's setting, else recognition)");
  sub->add_flag("--dry-run", opts->dry_run, "Show what would be added and change nothing");
  sub->add_flag("--json", opts->json, "Print the notes as a JSON array");
  sub->add_flag("--lenient", opts->lenient, "Replace invalid bytes instead of failing");
  sub->callback([opts, &global] { run_add(*opts, global); });
}

} // namespace wortkiste::cli

#include "text/reader.h"

#include "core/error.h"
#include "text/segment.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace wortkiste;
using namespace wortkiste::text;

namespace {

std::string fixture(const char* name) { return std::string(WORTKISTE_TEST_DATA) + "/text/" + name; }

// A file in a fresh temporary directory, removed at scope end.
class TempFile {
public:
  explicit TempFile(const std::string& bytes, const std::string& name = "input.txt") {
    char tmpl[] = "/tmp/wortkiste-text-XXXXXX";
    m_dir = mkdtemp(tmpl);
    m_path = m_dir + "/" + name;
    std::ofstream(m_path, std::ios::binary) << bytes;
  }
  ~TempFile() { std::filesystem::remove_all(m_dir); }
  const std::string& path() const { return m_path; }

private:
  std::string m_dir;
  std::string m_path;
};

const std::string k_expected =
    "Die Straße führt über die Brücke.\nDer Preis beträgt 5 € – „günstig“, sagte er.\n";

} // namespace

TEST_CASE("text::load_file") {
  SUBCASE("UTF-8 with BOM, UTF-16 LE and BE with BOM give the same text") {
    CHECK(load_file(fixture("utf8_bom.txt")) == k_expected);
    CHECK(load_file(fixture("utf16le_bom.txt")) == k_expected);
    CHECK(load_file(fixture("utf16be_bom.txt")) == k_expected);
  }
  SUBCASE("Windows-1252 and Latin-1 are detected and converted") {
    CHECK(load_file(fixture("windows1252.txt")) ==
          "Grüße aus Köln: Die Straße ist gesperrt, „bis auf Weiteres“ – das kostet 50 € pro Tag.\n"
          "Ärger über Öffnungszeiten.\n");
    CHECK(load_file(fixture("latin1.txt")) == "Schöne Grüße aus München. Die Maße stimmen.\n");
  }
  SUBCASE("HTML by extension: article text only") {
    const std::string text = load_file(fixture("article.html"));
    CHECK(text.starts_with("Koalition beendet Einsatz im Irak\n\n"));
    CHECK(text.find("Skriptinhalt") == std::string::npos);
    CHECK(text.find("Politik") == std::string::npos);
    const Document doc = segment(text);
    CHECK(doc.sentences[0].kind == SentenceKind::Headline);
    CHECK(doc.sentences[1].kind == SentenceKind::Byline);
  }
  SUBCASE("HTML by content, without an extension") {
    TempFile f("<!DOCTYPE html><html><body><nav>Menü</nav><p>Ein Satz.</p></body></html>", "seite");
    CHECK(load_file(f.path()) == "Ein Satz.\n");
  }
  SUBCASE("HTML in Windows-1252, and UTF-8 HTML whose meta tag claims Latin-1") {
    TempFile legacy(std::string("<html><head><meta charset=\"windows-1252\"></head><body><p>Gr\xFC\xDF"
                                "e aus K\xF6ln \x96 \x84Zitat\x93.</p></body></html>"),
                    "alt.html");
    CHECK(load_file(legacy.path()) == "Grüße aus Köln – „Zitat“.\n");
    TempFile lying("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                   "</head><body><p>Grüße aus Köln.</p></body></html>",
                   "neu.html");
    CHECK(load_file(lying.path()) == "Grüße aus Köln.\n");
  }
  SUBCASE("Markdown by extension") {
    CHECK(load_file(fixture("article.md")).starts_with("Koalition beendet Einsatz im Irak\n\nDer Einsatz"));
  }
  SUBCASE("invalid UTF-8: the error names the file and the byte offset") {
    TempFile f("Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln \xFF und mehr.\n");
    CHECK_THROWS_WITH_AS(load_file(f.path()),
                         (f.path() + ": invalid UTF-8 at byte 18 (use --lenient to replace invalid bytes)").c_str(),
                         FileError);
    LoadOptions lenient;
    lenient.lenient = true;
    CHECK(load_file(f.path(), lenient) == "Grüße aus Köln \uFFFD und mehr.\n");
  }
  SUBCASE("empty input and white space only: a clear error") {
    TempFile empty("");
    CHECK_THROWS_WITH_AS(load_file(empty.path()),
                         (empty.path() + ": the input is empty; there is no text to read").c_str(), FileError);
    TempFile blank(" \n\n\t\n");
    CHECK_THROWS_AS(load_file(blank.path()), FileError);
  }
  SUBCASE("a binary file: a clear error") {
    TempFile bin(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20), "bild.png");
    CHECK_THROWS_WITH_AS(load_file(bin.path()),
                         (bin.path() + ": this is a binary file, not text (NUL byte at byte 8)").c_str(), FileError);
  }
  SUBCASE("a missing file") {
    CHECK_THROWS_AS(load_file("/nonexistent/wortkiste/file.txt"), FileError);
  }
}

TEST_CASE("text::load_bytes") {
  CHECK(load_bytes("\xEF\xBB\xBF" "Fa\xCC\x88higkeit\r\n", "x") == "Fähigkeit\n");
  CHECK(load_bytes("<html><body><p>Hallo <b>Welt</b>.</p></body></html>", "x") == "Hallo Welt.\n");
  CHECK_THROWS_AS(load_bytes("", "x"), FileError);
}

TEST_CASE("text::ChunkReader") {
  SUBCASE("paragraphs: chunks end at blank lines and offsets add up") {
    std::string text;
    for (int k = 0; k < 3000; ++k) {
      text += "Absatz " + std::to_string(k) + ": Die Koalition beendet den Einsatz im Irak. Das ist neu.\n\n";
    }
    TempFile f(text);
    LoadOptions o;
    o.chunk_bytes = 16 * 1024;
    ChunkReader reader(f.path(), o);
    std::string joined;
    std::size_t chunks = 0;
    while (auto chunk = reader.next()) {
      CHECK(chunk->offset == joined.size());
      CHECK(chunk->text.ends_with("\n\n"));
      CHECK(chunk->text.size() <= 2 * o.chunk_bytes);
      joined += chunk->text;
      ++chunks;
    }
    CHECK(chunks > 5);
    CHECK(joined == text);
  }
  SUBCASE("one 10 MB line is cut at sentence ends in bounded chunks") {
    std::string line;
    const std::string sentence = "Die Verhandlungen über die Zukunft der Koalition begannen im Winter. ";
    while (line.size() < 10U * 1024 * 1024) {
      line += sentence;
    }
    line += "Ende.\n";
    TempFile f(line);
    LoadOptions o; // 1 MB chunks
    ChunkReader reader(f.path(), o);
    std::string joined;
    std::size_t chunks = 0;
    std::size_t sentences = 0;
    while (auto chunk = reader.next()) {
      CHECK(chunk->text.size() <= 5 * o.chunk_bytes);
      CHECK(chunk->offset == joined.size());
      joined += chunk->text;
      ++chunks;
      const Document doc = segment(chunk->text);
      for (const Sentence& s : doc.sentences) {
        // Every sentence is whole: no chunk cut a sentence in two.
        const std::string_view t = doc.sentence_text(s);
        CHECK((t == "Ende." || t == std::string_view(sentence).substr(0, sentence.size() - 1)));
        ++sentences;
      }
    }
    CHECK(chunks >= 3);
    CHECK(joined == line);
    CHECK(sentences == line.size() / sentence.size() + 1);
  }
  SUBCASE("UTF-16 and multi-byte UTF-8 across block boundaries") {
    std::string text;
    while (text.size() < 3U * 1024 * 1024) {
      text += "Grüße aus Köln – „Übergangsplan“ 😀.\n";
    }
    TempFile f8(text);
    CHECK(load_file(f8.path()) == text);
  }
}

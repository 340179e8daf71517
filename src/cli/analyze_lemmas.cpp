#include "cli/analyze_lemmas.h"

#include "core/error.h"

namespace wortkiste::cli {

void analyze_lemmas(const AnalyzeRequest& request, std::ostream& /*out*/) {
  throw NotBuiltError("`wortkiste analyze --format " + request.format +
                      "` is not built yet; try --format sentences or --format tokens");
}

} // namespace wortkiste::cli

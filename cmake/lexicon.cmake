# Builds lexicon.wkl next to the wortkiste binary from the installed data packages
# (scripts/setup installs them). Filled in by the lexicon work.

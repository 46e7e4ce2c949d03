# `cmake --install build [--prefix P]`: the program in bin/, beside presscheck-serve, which
# `presscheck serve` runs from there; its rule packs and starter fact base in
# share/presscheck/ (where core/data_dir.cpp looks, relative to the program); the man page
# and the shell completions where man and the shells find them.
install(TARGETS presscheck presscheck-serve RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/rules" "${PROJECT_SOURCE_DIR}/facts"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/presscheck"
        FILES_MATCHING PATTERN "*.toml" PATTERN "*.jsonl" PATTERN "*.md")
install(FILES "${PROJECT_SOURCE_DIR}/docs/man/presscheck.1"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_SOURCE_DIR}/completions/presscheck.bash"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME presscheck)
install(FILES "${PROJECT_SOURCE_DIR}/completions/_presscheck"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/site-functions")

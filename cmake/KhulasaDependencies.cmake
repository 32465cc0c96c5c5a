# Every dependency is a Debian bookworm package (scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(absl REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ZLIB REQUIRED)  # .html.gz pages of the extraction sets
# libcurl (libcurl4-openssl-dev): the CLI fetches http(s) URLs given instead
# of files (tools/khulasa/url_fetch.h); never used by the engine libraries.
find_package(CURL REQUIRED)
find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
add_library(khulasa_libstemmer INTERFACE)
target_link_libraries(khulasa_libstemmer INTERFACE ${STEMMER_LIBRARY})
target_include_directories(khulasa_libstemmer INTERFACE ${STEMMER_INCLUDE_DIR})
# myhtml (libmodest-dev): the HTML5 parser of the HTML reader (docs/extraction.md
# has the measurement that chose it over gumbo).
find_library(MODEST_LIBRARY NAMES modest REQUIRED)
find_path(MYHTML_INCLUDE_DIR myhtml/api.h REQUIRED)
add_library(khulasa_myhtml INTERFACE)
target_link_libraries(khulasa_myhtml INTERFACE ${MODEST_LIBRARY})
target_include_directories(khulasa_myhtml INTERFACE ${MYHTML_INCLUDE_DIR})
if(KHULASA_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(KHULASA_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()

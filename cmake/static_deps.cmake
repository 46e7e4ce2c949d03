# Each shared library costs every run of presscheck a mapping and symbol lookups in the
# dynamic loader before main() starts: with its 28 libraries, a bare `presscheck --version`
# took 26 ms of CPU on the 2-vCPU build machine, and linking the archives Debian ships took
# 4 ms off that and 9 ms off the lint of one draft (2026-11-30). So each dependency with a
# static archive in its -dev package is linked from it; the others (fmt, md4c, simdjson,
# toml++, cpp-httplib) only ship shared libraries. -DPRESSCHECK_STATIC_DEPS=OFF links the
# shared libraries throughout.
option(PRESSCHECK_STATIC_DEPS
       "Link the dependencies whose static archives Debian ships from those archives" ON)

# presscheck_dependency(NAME SHARED target ARCHIVES lib... [ALSO lib...]) defines the
# interface target NAME: the archives ARCHIVES (in link order) and ALSO, with the include
# folders and definitions of the package's own target SHARED; or SHARED itself when static
# linking is off or an archive is missing.
function(presscheck_dependency name)
  cmake_parse_arguments(arg "" "SHARED" "ARCHIVES;ALSO" ${ARGN})
  add_library(${name} INTERFACE IMPORTED GLOBAL)
  set(archives)
  if(PRESSCHECK_STATIC_DEPS)
    foreach(archive IN LISTS arg_ARCHIVES)
      find_library(PRESSCHECK_ARCHIVE_${archive} NAMES lib${archive}.a)
      if(NOT PRESSCHECK_ARCHIVE_${archive})
        message(STATUS "${name}: no lib${archive}.a, linking ${arg_SHARED} as a shared library")
        set(archives)
        break()
      endif()
      list(APPEND archives "${PRESSCHECK_ARCHIVE_${archive}}")
    endforeach()
  endif()
  if(NOT archives)
    target_link_libraries(${name} INTERFACE ${arg_SHARED})
    return()
  endif()
  target_link_libraries(${name} INTERFACE ${archives} ${arg_ALSO})
  foreach(property INTERFACE_INCLUDE_DIRECTORIES INTERFACE_COMPILE_DEFINITIONS
                   INTERFACE_COMPILE_OPTIONS)
    get_target_property(value ${arg_SHARED} ${property})
    if(value)
      set_property(TARGET ${name} APPEND PROPERTY ${property} ${value})
    endif()
  endforeach()
endfunction()

presscheck_dependency(presscheck::re2 SHARED PkgConfig::RE2 ARCHIVES re2 ALSO Threads::Threads)
presscheck_dependency(presscheck::sqlite SHARED SQLiteCpp ARCHIVES SQLiteCpp sqlite3
                      ALSO Threads::Threads ${CMAKE_DL_LIBS} m)
presscheck_dependency(presscheck::yaml SHARED yaml-cpp ARCHIVES yaml-cpp)
presscheck_dependency(presscheck::gumbo SHARED PkgConfig::GUMBO ARCHIVES gumbo)
presscheck_dependency(presscheck::utf8proc SHARED PkgConfig::UTF8PROC ARCHIVES utf8proc)
presscheck_dependency(presscheck::stemmer SHARED Stemmer::Stemmer ARCHIVES stemmer)
presscheck_dependency(presscheck::libedit SHARED PkgConfig::LIBEDIT ARCHIVES edit tinfo bsd md)
presscheck_dependency(presscheck::zlib SHARED ZLIB::ZLIB ARCHIVES z)
presscheck_dependency(presscheck::bzip2 SHARED BZip2::BZip2 ARCHIVES bz2)

# Install-time part of Windows.cmake, run after Qt's deploy script: copies every DLL that
# the programs and the deployed Qt plugins load and that windeployqt did not (it copies
# Qt's own only), and the licences of the vcpkg libraries.
#
# Set before it runs: NM_DLL_FOLDERS (where to look: vcpkg's bin folder, or Qt's),
# NM_LICENSE_ROOT (vcpkg's share folder, or empty), NM_BINDIR (bin); NM_EXE_SUFFIX and
# NM_MODULE_SUFFIX default to .exe and .dll (others only to try the script elsewhere).
# https://cmake.org/cmake/help/latest/command/file.html#get-runtime-dependencies

# Read from where the files are now (DESTDIR, when set, comes before the prefix);
# file(INSTALL) adds DESTDIR itself.
if(NOT DEFINED NM_EXE_SUFFIX)
    set(NM_EXE_SUFFIX ".exe")
endif()
if(NOT DEFINED NM_MODULE_SUFFIX)
    set(NM_MODULE_SUFFIX ".dll")
endif()
get_filename_component(nm_staged "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}" ABSOLUTE)
set(nm_bin "${nm_staged}/${NM_BINDIR}")
file(GLOB_RECURSE nm_plugins "${nm_staged}/plugins/*${NM_MODULE_SUFFIX}")
if(NOT nm_plugins)
    message(FATAL_ERROR "No Qt plugins in ${nm_staged}/plugins: did Qt's deploy script run?")
endif()

file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${nm_bin}/numbermanager${NM_EXE_SUFFIX}" "${nm_bin}/numbermanager-cli${NM_EXE_SUFFIX}"
    MODULES ${nm_plugins}
    # The programs' folder first: the plugins then find Qt's DLLs where windeployqt put them.
    DIRECTORIES "${nm_bin}" ${NM_DLL_FOLDERS}
    # Windows' own: the API sets, and whatever resolves in the Windows folder.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "^[a-zA-Z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
    RESOLVED_DEPENDENCIES_VAR nm_resolved
    UNRESOLVED_DEPENDENCIES_VAR nm_unresolved
    CONFLICTING_DEPENDENCIES_PREFIX nm_conflicting)

if(nm_unresolved)
    message(FATAL_ERROR "These DLLs were found neither beside the programs nor in "
                        "${NM_DLL_FOLDERS}: ${nm_unresolved}")
endif()
foreach(nm_name IN LISTS nm_conflicting_FILENAMES)
    message(WARNING "${nm_name} was found more than once: ${nm_conflicting_${nm_name}}")
endforeach()

foreach(nm_dll IN LISTS nm_resolved)
    # What is in the programs' folder already (Qt's DLLs, from windeployqt) stays as it is.
    get_filename_component(nm_name "${nm_dll}" NAME)
    if(NOT EXISTS "${nm_bin}/${nm_name}")
        file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${NM_BINDIR}" TYPE SHARED_LIBRARY
             FILES "${nm_dll}")
    endif()
endforeach()

if(NM_LICENSE_ROOT)
    file(GLOB nm_licenses "${NM_LICENSE_ROOT}/*/copyright")
    foreach(nm_license IN LISTS nm_licenses)
        get_filename_component(nm_port "${nm_license}" DIRECTORY)
        get_filename_component(nm_port "${nm_port}" NAME)
        file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/licenses" TYPE FILE FILES "${nm_license}"
             RENAME "${nm_port}.txt")
    endforeach()
endif()

# The Windows install and installer (included by packaging/CMakeLists.txt on WIN32).
#
# `cmake --install build/windows-release --prefix dist` makes a folder that runs on a
# clean Windows 10/11 PC, and `cpack -G WIX` in the build folder an MSI of it:
#
#   bin/numbermanager.exe, numbermanager-cli.exe  the programs (icon, version, manifest)
#   bin/Qt6*.dll, bin/qt.conf                      Qt, by Qt's deploy script (windeployqt)
#   plugins/platforms, styles, sqldrivers, ...     Qt's plugins: qsqlite and qsqlpsql
#   translations/qt_nl.qm                          Qt's own Dutch (windeployqt merges it)
#   bin/*.dll                                      every other DLL the programs and the
#                                                  plugins load (ICU, libpq, OpenSSL, zlib,
#                                                  xlsxwriter, qtkeychain, ...): vcpkg's
#   bin/msvcp140.dll, vcruntime140*.dll, ...       the MSVC runtime
#   licenses/<library>.txt                         the licence of each vcpkg library
#
# Written against: CMake's install(), file(GET_RUNTIME_DEPENDENCIES),
# InstallRequiredSystemLibraries and CPack WIX pages; Qt's qt_generate_deploy_app_script
# (6.4 and 6.5+) and "Qt for Windows - Deployment" pages; vcpkg's manifest reference.
# Not yet run on Windows (see the README's Windows section).

if(CMAKE_VERSION VERSION_LESS 3.29)
    message(WARNING "CMake ${CMAKE_VERSION}: the MSI needs CMake 3.29 or newer to install per machine "
                    "(CPACK_WIX_INSTALL_SCOPE); older versions make a per-user Start menu entry.")
endif()

# Where the programs' DLLs come from: vcpkg's tree of this build (or Qt's own folder).
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    set(nm_dll_folders "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    set(nm_license_root "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share")
else()
    get_filename_component(nm_qt_bin "${Qt6Core_DIR}/../../../bin" ABSOLUTE)
    set(nm_dll_folders "${nm_qt_bin}")
    set(nm_license_root "")
endif()

# 1. Qt: libraries, plugins, qt.conf and Qt's translations, by windeployqt at install
#    time. Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT and can leave the compiler
#    runtime out (it is installed by InstallRequiredSystemLibraries below instead of
#    windeployqt's vc_redist.x64.exe). vcpkg's Qt (6.11) needs qtbase[windeployqt]
#    (vcpkg.json).
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET numbermanager FILENAME_VARIABLE nm_deploy_script)
else()
    qt_generate_deploy_app_script(TARGET numbermanager OUTPUT_SCRIPT nm_deploy_script
        NO_COMPILER_RUNTIME)
endif()
# Before it runs: Qt's layout of the installed folder (vcpkg's Qt would otherwise use its
# own, Qt6/plugins and translations/Qt6, where QLibraryInfo does not look), an absolute
# prefix (Qt's qt.conf step needs one; `cmake --install --prefix dist` passes it as
# given), and the DLL folders on PATH (windeployqt looks for Qt's ICU DLLs there only).
install(CODE "
    set(QT_DEPLOY_PLUGINS_DIR plugins)
    set(QT_DEPLOY_TRANSLATIONS_DIR translations)
    get_filename_component(QT_DEPLOY_PREFIX \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\" ABSOLUTE)
    file(TO_NATIVE_PATH \"${nm_dll_folders}\" nm_dll_path)
    set(ENV{PATH} \"\${nm_dll_path};\$ENV{PATH}\")
")
install(SCRIPT "${nm_deploy_script}")

# 2. Every other DLL: windeployqt copies only Qt's own libraries. The programs' and the
#    deployed plugins' dependencies are looked up in the programs' folder, then vcpkg's bin
#    folder (or Qt's), the system's own (system32, the API sets) left out; a DLL that
#    cannot be found fails the install rather than giving an installer that does not start.
# The licences of the libraries shipped come along too (vcpkg keeps one per port).
install(CODE "
    set(NM_DLL_FOLDERS \"${nm_dll_folders}\")
    set(NM_LICENSE_ROOT \"${nm_license_root}\")
    set(NM_BINDIR \"${CMAKE_INSTALL_BINDIR}\")
")
install(SCRIPT ${CMAKE_CURRENT_SOURCE_DIR}/windows/InstallRuntime.cmake)

# 3. The MSVC runtime (msvcp140.dll, vcruntime140.dll, ...) beside the programs; Windows
#    10 and 11 carry the Universal CRT themselves.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

# 4. The licence.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/windows/licence.txt DESTINATION .)

# 5. The installer: an MSI (WiX 3, as on GitHub's windows-2022 runners), per machine, for
#    deployment with group policy. The upgrade code never changes: a newer MSI replaces
#    the installed version. Start menu: "Number Manager" (CPACK_PACKAGE_EXECUTABLES).
#    The CLI's folder goes on the system PATH (wix-patch.xml).
set(CPACK_GENERATOR "WIX;ZIP")
set(CPACK_WIX_UPGRADE_GUID "7CF58D03-99F7-4814-909B-13936684C3B7")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/numbermanager.ico")
set(CPACK_WIX_INSTALL_SCOPE "perMachine")
set(CPACK_WIX_ARCHITECTURE "x64")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Number Manager")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_SOURCE_DIR}/windows/wix-patch.xml")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY "1")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/windows/licence.txt")

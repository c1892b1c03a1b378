# libxlsxwriter (Debian libxlsxwriter-dev, vcpkg libxlsxwriter). Provides the imported
# target XlsxWriter::XlsxWriter; uses the package's CMake config where there is one
# (vcpkg), else its headers and library (Debian ships a pkg-config file only).
find_package(xlsxwriter CONFIG QUIET)
if(TARGET xlsxwriter::xlsxwriter)
    if(NOT TARGET XlsxWriter::XlsxWriter)
        add_library(XlsxWriter::XlsxWriter INTERFACE IMPORTED)
        set_property(TARGET XlsxWriter::XlsxWriter PROPERTY INTERFACE_LINK_LIBRARIES xlsxwriter::xlsxwriter)
    endif()
    set(XlsxWriter_FOUND TRUE)
    return()
endif()

find_path(XlsxWriter_INCLUDE_DIR xlsxwriter.h)
find_library(XlsxWriter_LIBRARY NAMES xlsxwriter libxlsxwriter)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XlsxWriter REQUIRED_VARS XlsxWriter_LIBRARY XlsxWriter_INCLUDE_DIR)

if(XlsxWriter_FOUND AND NOT TARGET XlsxWriter::XlsxWriter)
    add_library(XlsxWriter::XlsxWriter UNKNOWN IMPORTED)
    set_target_properties(XlsxWriter::XlsxWriter PROPERTIES
        IMPORTED_LOCATION "${XlsxWriter_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${XlsxWriter_INCLUDE_DIR}")
endif()
mark_as_advanced(XlsxWriter_INCLUDE_DIR XlsxWriter_LIBRARY)

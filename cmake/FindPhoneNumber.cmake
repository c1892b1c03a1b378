# libphonenumber, as the imported target PhoneNumber::PhoneNumber.
#
# vcpkg (Windows) installs a CMake package: find_package(libphonenumber CONFIG), target
# libphonenumber::phonenumber, a static library that brings its own dependencies
# (protobuf, re2, abseil, ICU) through the package's find_dependency calls. Used first,
# wherever it exists.
#
# Debian 12 ships neither a CMake config nor a pkg-config file: there the headers and the
# shared library are found by name, with ICU, which the headers need, and the geocoding
# library where it is installed (Number Manager does not call it; libphonenumber's shared
# library does not need it either, so it is only linked when found). protobuf is linked
# too where found: the shared library uses it, and a sanitizer build needs its type
# information on the link line (UBSan's vptr check).
find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber)
    # vcpkg's build links Boost (date_time, system, thread) into the target's interface
    # but its package file does not look for Boost: find it here, or generation fails on
    # the missing Boost:: targets.
    find_package(Boost CONFIG QUIET COMPONENTS date_time system thread)
    if(NOT TARGET PhoneNumber::PhoneNumber)
        add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
        set_property(TARGET PhoneNumber::PhoneNumber
            PROPERTY INTERFACE_LINK_LIBRARIES libphonenumber::phonenumber)
    endif()
    set(PhoneNumber_FOUND TRUE)
    message(STATUS "Found libphonenumber ${libphonenumber_VERSION} (CMake package)")
    return()
endif()

find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber libphonenumber)
find_library(PhoneNumber_GEOCODING_LIBRARY NAMES geocoding libgeocoding)
find_library(PhoneNumber_PROTOBUF_LIBRARY NAMES protobuf libprotobuf)
find_package(ICU COMPONENTS uc i18n)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber
    REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR ICU_FOUND)

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
    set(_nm_phone_links ICU::uc ICU::i18n)
    foreach(_nm_optional GEOCODING PROTOBUF)
        if(PhoneNumber_${_nm_optional}_LIBRARY)
            list(PREPEND _nm_phone_links "${PhoneNumber_${_nm_optional}_LIBRARY}")
        endif()
    endforeach()
    set_property(TARGET PhoneNumber::PhoneNumber PROPERTY INTERFACE_LINK_LIBRARIES ${_nm_phone_links})
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY PhoneNumber_GEOCODING_LIBRARY
    PhoneNumber_PROTOBUF_LIBRARY)

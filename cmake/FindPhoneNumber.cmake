# libphonenumber ships neither a CMake config nor a pkg-config file on Debian 12.
# Provides the imported target PhoneNumber::PhoneNumber (with geocoding and ICU).
find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber libphonenumber)
find_library(PhoneNumber_GEOCODING_LIBRARY NAMES geocoding libgeocoding)
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
    if(PhoneNumber_GEOCODING_LIBRARY)
        list(PREPEND _nm_phone_links "${PhoneNumber_GEOCODING_LIBRARY}")
    endif()
    set_property(TARGET PhoneNumber::PhoneNumber PROPERTY INTERFACE_LINK_LIBRARIES ${_nm_phone_links})
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY PhoneNumber_GEOCODING_LIBRARY)

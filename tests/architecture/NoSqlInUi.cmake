# The UI holds no SQL: every list and change goes through the core (queries/, services).
# Fails naming each file of ui/ that runs a query or spells a statement.
#
# cmake -DUI_DIR=... -P NoSqlInUi.cmake
file(GLOB_RECURSE sources "${UI_DIR}/*.cpp" "${UI_DIR}/*.h")
set(offenders "")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    if(text MATCHES "QSqlQuery|\"(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|ALTER|DROP) ")
        list(APPEND offenders "${source}")
    endif()
endforeach()
if(offenders)
    string(REPLACE ";" "\n  " offenders "${offenders}")
    message(FATAL_ERROR "SQL in the UI (move it into a core query or service):\n  ${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "No SQL in the ${count} files of the UI.")

# Fails when the committed .ts files are out of date with the sources (lupdate would
# add or change an entry) or when a Dutch entry is unfinished or empty, or an English
# plural entry lacks its forms.
#
# It runs lupdate exactly as the update_translations target does (the same generated
# project: sources, include paths, options), but on copies of the .ts files.
#
# cmake -DLUPDATE=... -DPROJECT_IN_DIR=... -DPROJECT_SCRIPT=... -DTS_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
cmake_minimum_required(VERSION 3.21)

foreach(var LUPDATE PROJECT_IN_DIR PROJECT_SCRIPT TS_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

# Where two texts first differ, shown from both, in CMake alone (no `diff` on Windows).
function(nm_first_difference before after out)
    string(LENGTH "${before}" length)
    string(LENGTH "${after}" other)
    if(other LESS length)
        set(length ${other})
    endif()
    # The length of the common beginning: in steps of 4096 characters, then one at a time.
    set(same 0)
    foreach(step 4096 1)
        while(NOT same GREATER length)
            math(EXPR next "${same} + ${step}")
            if(next GREATER length)
                break()
            endif()
            string(SUBSTRING "${before}" ${same} ${step} a)
            string(SUBSTRING "${after}" ${same} ${step} b)
            if(NOT a STREQUAL b)
                break()
            endif()
            set(same ${next})
        endwhile()
    endforeach()
    set(from 0)
    if(same GREATER 300)
        math(EXPR from "${same} - 300")
    endif()
    string(SUBSTRING "${before}" ${from} 900 committedPart)
    string(SUBSTRING "${after}" ${from} 900 generatedPart)
    set(${out} "First difference at byte ${same}.\n--- committed:\n${committedPart}\n--- as lupdate writes it:\n${generatedPart}" PARENT_SCOPE)
endfunction()

# qt_add_lupdate's project file: numbermanager_project.cmake in Qt 6.4,
# <PROJECT_NAME>_lupdate_project.cmake from 6.7.
file(GLOB PROJECT_IN "${PROJECT_IN_DIR}/*_project.cmake")
list(LENGTH PROJECT_IN projects)
if(NOT projects EQUAL 1)
    message(FATAL_ERROR "Expected one lupdate project file in ${PROJECT_IN_DIR}, found: ${PROJECT_IN}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")

# The project description qt_add_lupdate writes, pointed at the copies.
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${PROJECT_SCRIPT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Could not generate the lupdate project from ${PROJECT_IN}")
endif()
file(READ "${WORK_DIR}/project.json" project)
string(JSON project SET "${project}" translations
       "[\"${WORK_DIR}/numbermanager_nl.ts\", \"${WORK_DIR}/numbermanager_en.ts\"]")
file(WRITE "${WORK_DIR}/project.json" "${project}")
foreach(language nl en)
    file(COPY_FILE "${TS_DIR}/numbermanager_${language}.ts" "${WORK_DIR}/numbermanager_${language}.ts")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" -no-obsolete -locations none
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()

foreach(language nl en)
    set(committed "${TS_DIR}/numbermanager_${language}.ts")
    set(copy "${WORK_DIR}/numbermanager_${language}.ts")
    file(READ "${committed}" before)
    file(READ "${copy}" after)
    # A checkout with CRLF line ends holds the same text.
    string(REPLACE "\r\n" "\n" before "${before}")
    string(REPLACE "\r\n" "\n" after "${after}")
    if(NOT before STREQUAL after)
        nm_first_difference("${before}" "${after}" difference)
        list(APPEND failures "numbermanager_${language}.ts is out of date with the sources: build the update_translations target and translate the new entries.\n${difference}")
    endif()

    # Entries that lupdate marks as new or changed, and translations left empty.
    string(REGEX MATCHALL "<translation>[ \t\r\n]*</translation>|<translation/>" empty "${after}")
    string(REGEX MATCHALL "<numerusform>[ \t\r\n]*</numerusform>|<numerusform/>" emptyForms "${after}")
    list(LENGTH empty emptyCount)
    list(LENGTH emptyForms emptyFormCount)
    if(language STREQUAL "nl")
        string(REGEX MATCHALL "type=\"unfinished\"" anyUnfinished "${after}")
        list(LENGTH anyUnfinished anyUnfinishedCount)
        if(anyUnfinishedCount GREATER 0 OR emptyCount GREATER 0 OR emptyFormCount GREATER 0)
            string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" examples "${after}")
            list(SUBLIST examples 0 10 examples)
            string(REPLACE ";" "\n  " examples "${examples}")
            list(APPEND failures "Dutch: ${anyUnfinishedCount} unfinished, ${emptyCount} empty translations, ${emptyFormCount} empty plural forms. For example:\n  ${examples}")
        endif()
    else()
        # English needs only its plural forms; other entries fall back to the source text.
        string(REGEX MATCHALL "numerus=\"yes\">[ \t\r\n]*<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" pluralUnfinished "${after}")
        list(LENGTH pluralUnfinished pluralUnfinishedCount)
        if(pluralUnfinishedCount GREATER 0 OR emptyFormCount GREATER 0)
            list(APPEND failures "English: ${pluralUnfinishedCount} plural entries without their forms, ${emptyFormCount} empty plural forms.")
        endif()
    endif()
endforeach()

if(failures)
    string(REPLACE ";" "\n\n" failures "${failures}")
    message(FATAL_ERROR "Translations are incomplete:\n${failures}")
endif()
message(STATUS "Translations complete: both .ts files match the sources; every Dutch entry is translated.")

# Installs Rapport where a Linux desktop looks for it, and packages it:
# `cpack -G DEB` in a build directory makes rapport_VERSION_ARCH.deb.
include(GNUInstallDirs)

set(RAPPORT_APP_ID org.rapport.Rapport)
set(RAPPORT_HOMEPAGE "https://rapport.example.org" CACHE STRING
  "Rapport's home page, named by the package and the AppStream metadata")
set(RAPPORT_MAINTAINER "The Rapport team <maintainers@rapport.example.org>" CACHE STRING
  "The package's maintainer, as Name <address>")

set(RAPPORT_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)
set(RAPPORT_PACKAGE_DIR ${PROJECT_BINARY_DIR}/package)
set(RAPPORT_ICON_SVG ${RAPPORT_DESKTOP_DIR}/${RAPPORT_APP_ID}.svg)

configure_file(${RAPPORT_DESKTOP_DIR}/${RAPPORT_APP_ID}.metainfo.xml.in
  ${RAPPORT_PACKAGE_DIR}/${RAPPORT_APP_ID}.metainfo.xml @ONLY)

install(TARGETS rapport rapport-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${RAPPORT_DESKTOP_DIR}/${RAPPORT_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${RAPPORT_PACKAGE_DIR}/${RAPPORT_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${RAPPORT_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Menus and docks that do not draw SVG pick a PNG of the size they need.
find_program(RAPPORT_RSVG_CONVERT rsvg-convert REQUIRED)
set(RAPPORT_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(RAPPORT_ICON_PNGS)
foreach(size IN LISTS RAPPORT_ICON_SIZES)
  set(dir icons/hicolor/${size}x${size}/apps)
  set(png ${RAPPORT_PACKAGE_DIR}/${dir}/${RAPPORT_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${RAPPORT_PACKAGE_DIR}/${dir}
    COMMAND ${RAPPORT_RSVG_CONVERT} --width ${size} --height ${size} --output ${png}
      ${RAPPORT_ICON_SVG}
    DEPENDS ${RAPPORT_ICON_SVG}
    VERBATIM)
  list(APPEND RAPPORT_ICON_PNGS ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/${dir})
endforeach()

# Manual pages from each program's --help.
find_program(RAPPORT_HELP2MAN help2man REQUIRED)
find_program(RAPPORT_GZIP gzip REQUIRED)
set(RAPPORT_MAN_PAGES)
set(RAPPORT_MAN_NAME_rapport "${PROJECT_DESCRIPTION}")
set(RAPPORT_MAN_NAME_rapport-cli "${PROJECT_DESCRIPTION}, from the command line")
foreach(program IN ITEMS rapport rapport-cli)
  set(page ${RAPPORT_PACKAGE_DIR}/man/${program}.1)
  add_custom_command(OUTPUT ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${RAPPORT_PACKAGE_DIR}/man
    # rapport refuses to start without a display, even for --help.
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
      ${RAPPORT_HELP2MAN} --no-info --section=1 --version-string=${PROJECT_VERSION}
      --name=${RAPPORT_MAN_NAME_${program}} --output=${page} $<TARGET_FILE:${program}>
    COMMAND ${RAPPORT_GZIP} --best --no-name --force ${page}
    DEPENDS ${program}
    VERBATIM)
  list(APPEND RAPPORT_MAN_PAGES ${page}.gz)
  install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

# Debian's policy: every package carries its copyright and its changelog.
set(RAPPORT_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/rapport)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/copyright.in ${RAPPORT_PACKAGE_DIR}/doc/copyright
  @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/changelog.in
  ${RAPPORT_PACKAGE_DIR}/debian/changelog @ONLY)
set(RAPPORT_CHANGELOG ${RAPPORT_PACKAGE_DIR}/doc/changelog)
add_custom_command(OUTPUT ${RAPPORT_CHANGELOG}.gz
  COMMAND ${CMAKE_COMMAND} -E copy ${RAPPORT_PACKAGE_DIR}/debian/changelog ${RAPPORT_CHANGELOG}
  COMMAND ${RAPPORT_GZIP} --best --no-name --force ${RAPPORT_CHANGELOG}
  DEPENDS ${RAPPORT_PACKAGE_DIR}/debian/changelog
  VERBATIM)
install(FILES ${RAPPORT_PACKAGE_DIR}/doc/copyright ${RAPPORT_CHANGELOG}.gz
  DESTINATION ${RAPPORT_DOC_DIR})

install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian/lintian-overrides
  DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME rapport)

add_custom_target(rapport_package_data ALL
  DEPENDS ${RAPPORT_ICON_PNGS} ${RAPPORT_MAN_PAGES} ${RAPPORT_CHANGELOG}.gz)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rapport)
set(CPACK_PACKAGE_VENDOR "The Rapport team")
set(CPACK_PACKAGE_CONTACT ${RAPPORT_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL ${RAPPORT_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "pre-Match communication tracker for residency applicants")
set(CPACK_PACKAGE_DESCRIPTION
  "Rapport keeps a residency applicant's pre-Match communication in order:\n"
  "every program, contact and message of the season, each program's\n"
  "timeline, messages composed from templates, and a warning before a\n"
  "message breaks a limit or a rule of the Match.\n"
  "\n"
  "rapport-cli reads and writes the same season from the command line.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the linked libraries; Qt's plugins are loaded at run
# time, so it cannot see them: SQLite storage and the SVG icons. QtKeychain
# loads libsecret at run time too, for the mail accounts' passwords.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
# Without a dictionary Rapport runs and says spelling is off; without Qt's
# catalogues Qt's own buttons stay in English.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-en-us, hunspell-en-med, qt6-translations-l10n")

include(CPack)

# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package, made by CPack from what `cmake --install` puts in place (one install layout
# for source installs, the sandbox and the package), its library dependencies found by
# dpkg-shlibdeps from what the binaries link. `cpack -G DEB` in the build tree makes it
# (tests/packaging/check_deb.sh installs, upgrades and purges it with apt).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mailroom)
set(CPACK_PACKAGE_VENDOR "The Mailroom developers")
set(CPACK_PACKAGE_CONTACT "The Mailroom developers <mailroom@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up and run a Postfix mail server from the desktop")
set(CPACK_PACKAGE_DESCRIPTION
    "Mailroom sets up a Postfix mail server by clicking: it replaces sendmail,
opens the firewall, installs and configures Postfix, checks DNS, sends a test
mail and configures an SMTP relay. It reads local mailboxes, browses the mail
log, edits main.cf and master.cf with a linter, and manages the mail queue.
.
Everything privileged goes through a small helper on the system bus that
polkit authorizes method by method. This package contains the GUI (mailroom),
the command-line twin (mailroomctl) and the helper (mailroomd).")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/mailroom/mailroom)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no ELF dependency shows: the bus and polkit the helper answers through, systemd that runs
# it, debconf for the purge question. PackageKit and firewalld are what it drives when asked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "dbus-system-bus | dbus, polkitd, systemd, debconf (>= 0.5) | debconf-2.0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "packagekit, firewalld")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postfix")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/config ${CMAKE_CURRENT_LIST_DIR}/debian/postinst ${CMAKE_CURRENT_LIST_DIR}/debian/prerm
    ${CMAKE_CURRENT_LIST_DIR}/debian/postrm ${CMAKE_CURRENT_LIST_DIR}/debian/templates)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Absolute destinations (the systemd unit directory from pkg-config) land inside the package too.
set(CPACK_SET_DESTDIR ON)
set(CPACK_STRIP_FILES ON)
include(CPack)

# Debian's copyright file and changelog (gzip -9n: reproducible), installed for source builds too.
set(MAILROOM_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/mailroom)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright DESTINATION ${MAILROOM_DOCDIR})
set(changelog ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz)
add_custom_command(OUTPUT ${changelog}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
    COMMAND ${MAILROOM_GZIP} -9nc ${CMAKE_CURRENT_LIST_DIR}/debian/changelog > ${changelog}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog)
add_custom_target(debian_changelog ALL DEPENDS ${changelog})
install(FILES ${changelog} DESTINATION ${MAILROOM_DOCDIR})

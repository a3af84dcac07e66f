// SPDX-License-Identifier: GPL-2.0-or-later
#include "localuser.h"

#include <QByteArray>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace Mailroom::LocalUser {

QString name()
{
    if (const passwd *pw = getpwuid(getuid())) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    return qEnvironmentVariable("USER");
}

bool isMailAdmin()
{
    if (getuid() == 0) {
        return true;
    }
    gid_t groups[256];
    const int n = getgroups(256, groups);
    for (int i = 0; i < n; ++i) {
        if (const group *g = getgrgid(groups[i])) {
            const QByteArray name(g->gr_name);
            if (name == "mailadmin" || name == "sudo" || name == "wheel") {
                return true;
            }
        }
    }
    return false;
}

} // namespace Mailroom::LocalUser

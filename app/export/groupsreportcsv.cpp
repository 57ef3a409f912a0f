#include "export/groupsreportcsv.h"

#include "export/csvexport.h"

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

constexpr int ProgressEvery = 128;

QStringList groupsReportRow(const OrganizationUser &user, bool extraColumns)
{
    QStringList names;
    QStringList ids;
    if (user.groups) {
        for (const UserGroup &group : *user.groups) {
            names.append(group.name);
            ids.append(group.id);
        }
    }
    // A status this version does not know is still written as Telnyx spelled it.
    const QString status =
        user.status == UserStatus::Unknown ? user.rawStatus : userStatusKey(user.status);
    QStringList cells{
        user.id,
        user.email,
        status,
        CsvExport::cellText(user.createdAt),
        CsvExport::cellText(user.lastSignInAt),
        names.join(", "_L1),
    };
    if (extraColumns) {
        cells << ids.join(", "_L1) << user.recordType
              << (user.bypassesSso ? CsvExport::cellText(*user.bypassesSso) : QString());
    }
    return cells;
}

} // namespace

QStringList groupsReportCsvHeader(bool extraColumns)
{
    QStringList header{u"id"_s,         u"email"_s,           u"user_status"_s,
                       u"created_at"_s, u"last_sign_in_at"_s, u"groups"_s};
    if (extraColumns)
        header << u"group_ids"_s << u"role"_s << u"sso_bypass"_s;
    return header;
}

bool writeGroupsReportCsv(const QList<OrganizationUser> &users, CsvWriter &writer,
                          bool extraColumns, const std::function<bool(int, int)> &progress)
{
    if (!writer.writeRow(groupsReportCsvHeader(extraColumns)))
        return false;
    const int total = int(users.size());
    for (int row = 0; row < total; ++row) {
        if (!writer.writeRow(groupsReportRow(users.at(row), extraColumns)))
            return false;
        const int done = row + 1;
        if (progress && (done % ProgressEvery == 0 || done == total) && !progress(done, total))
            return false;
    }
    return true;
}

QString suggestedReportFileName(const QDateTime &now)
{
    return u"users-groups-report-"_s % now.date().toString(Qt::ISODate) % u".csv"_s;
}

} // namespace telnyx

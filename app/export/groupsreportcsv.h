#pragma once

#include "api/organizationuser.h"
#include "export/csvwriter.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace telnyx {

// The users' groups report as a CSV file, written through the project's CsvWriter (so
// spreadsheet-safe unless the writer's options say otherwise). The columns are those of Telnyx's
// own CSV (telnyx-api.md §8), in the same order and spelling:
//     id,email,user_status,created_at,last_sign_in_at,groups
// dates as ISO 8601 UTC with milliseconds (empty when null), user_status as the API spells it,
// groups as names joined with ", ". `extraColumns` appends what only the JSON carries:
//     group_ids (joined with ", "), role (record_type as sent), sso_bypass (true/false/empty).
// `progress(done, total)` runs every 128 rows and after the last; returning false cancels.
// Returns false on a write error (writer.errorString() set) or a cancel (errorString() empty).
// Does not call writer.finish(): CsvExport::commit() does.
bool writeGroupsReportCsv(const QList<OrganizationUser> &users, CsvWriter &writer,
                          bool extraColumns,
                          const std::function<bool(int done, int total)> &progress = {});

QStringList groupsReportCsvHeader(bool extraColumns);

// "users-groups-report-2026-12-04.csv" for the date of `now` (in its own time spec).
QString suggestedReportFileName(const QDateTime &now);

} // namespace telnyx

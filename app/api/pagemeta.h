#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace telnyx {

// The `meta` object of a list response (telnyx-api.md §3). A missing `meta` means one page.
struct PageMeta
{
    int pageNumber = 1;
    int pageSize = 0;
    int totalPages = 1;
    qint64 totalResults = -1; // -1: the server did not say
    bool present = false;     // false when the response had no meta at all

    // `value` is the `meta` member (may be undefined or null). Wrong types are an error.
    static std::optional<PageMeta> fromJson(const QJsonValue &value, QString *error);
};

} // namespace telnyx

#pragma once

#include "api/apierror.h"
#include "api/pagemeta.h"
#include "api/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace telnyx {

// One page of a list endpoint. Rows that cannot be decoded are counted and left out rather than
// guessed at; the first problem is kept so the UI can say what was wrong.
template <typename T> struct Page
{
    QList<T> items;
    PageMeta meta;
    int rejected = 0;
    QString firstProblem;
};

// The `data` and `meta` members of a list body, before the rows are decoded.
struct RawPage
{
    QJsonArray data;
    PageMeta meta;
};

Result<RawPage> decodeRawPage(const QByteArray &body);
// `{"data": ...}` of a single-resource body.
Result<QJsonValue> decodeData(const QByteArray &body);

template <typename T> Page<T> decodeItems(const QJsonArray &data)
{
    Page<T> page;
    page.items.reserve(data.size());
    for (const QJsonValue &row : data) {
        QString problem;
        if (auto item = T::fromJson(row, &problem)) {
            page.items.append(std::move(*item));
        } else {
            if (page.rejected++ == 0)
                page.firstProblem = problem;
        }
    }
    return page;
}

template <typename T> Result<Page<T>> decodePage(const QByteArray &body)
{
    Result<RawPage> raw = decodeRawPage(body);
    if (!raw.ok())
        return raw.error();
    Page<T> page = decodeItems<T>(raw.value().data);
    page.meta = raw.value().meta;
    return page;
}

template <typename T> Result<T> decodeSingle(const QByteArray &body)
{
    Result<QJsonValue> data = decodeData(body);
    if (!data.ok())
        return data.error();
    QString problem;
    if (auto item = T::fromJson(data.value(), &problem))
        return std::move(*item);
    return ApiError(ApiError::Kind::BadResponse, problem);
}

} // namespace telnyx

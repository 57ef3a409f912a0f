#include "api/listdecoding.h"

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

Result<QJsonObject> parseEnvelope(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError(ApiError::Kind::BadResponse,
                        u"The answer is not valid JSON (%1 at byte %2)."_s.arg(
                            parseError.errorString(), QString::number(parseError.offset)));
    if (!doc.isObject())
        return ApiError(ApiError::Kind::BadResponse, u"The answer is not a JSON object."_s);
    return doc.object();
}

} // namespace

Result<RawPage> decodeRawPage(const QByteArray &body)
{
    Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.ok())
        return envelope.error();
    const QJsonValue data = envelope.value().value("data"_L1);
    if (!data.isArray())
        return ApiError(ApiError::Kind::BadResponse, u"\"data\" is not a list."_s);
    QString problem;
    const auto meta = PageMeta::fromJson(envelope.value().value("meta"_L1), &problem);
    if (!meta)
        return ApiError(ApiError::Kind::BadResponse, problem);
    return RawPage{data.toArray(), *meta};
}

Result<QJsonValue> decodeData(const QByteArray &body)
{
    Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.ok())
        return envelope.error();
    const QJsonValue data = envelope.value().value("data"_L1);
    if (!data.isObject())
        return ApiError(ApiError::Kind::BadResponse, u"\"data\" is not an object."_s);
    return data;
}

} // namespace telnyx

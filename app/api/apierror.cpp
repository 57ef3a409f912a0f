#include "api/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    // Error codes are documented as digit strings, but numbers have been seen in the wild.
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return {};
}

ApiError::Kind kindForStatus(int status)
{
    using K = ApiError::Kind;
    switch (status) {
    case 400:
    case 422:
        return K::Validation;
    case 401:
        return K::Unauthorized;
    case 403:
        return K::Forbidden;
    case 404:
        return K::NotFound;
    case 408:
        return K::Timeout;
    case 429:
        return K::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return K::Server;
    if (status >= 400)
        return K::Conflict;
    return K::BadResponse; // 1xx/3xx reaching us means a redirect we refused to follow
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error, bool timedOut)
{
    using K = ApiError::Kind;
    using E = QNetworkReply::NetworkError;
    if (timedOut)
        return K::Timeout;
    switch (error) {
    case E::OperationCanceledError:
        return K::Cancelled;
    case E::TimeoutError:
        return K::Timeout;
    case E::SslHandshakeFailedError:
        return K::Tls;
    case E::InsecureRedirectError:
    case E::TooManyRedirectsError:
        return K::BadResponse;
    default:
        return K::Network;
    }
}

} // namespace

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{}

QList<ApiErrorEntry> ApiError::parseEntries(const QByteArray &body)
{
    QList<ApiErrorEntry> entries;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return entries;
    const QJsonValue errors = doc.object().value("errors"_L1);
    if (!errors.isArray())
        return entries;
    for (const QJsonValue &item : errors.toArray()) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        ApiErrorEntry e;
        e.code = textOf(o.value("code"_L1));
        e.title = textOf(o.value("title"_L1));
        e.detail = textOf(o.value("detail"_L1));
        const QJsonObject source = o.value("source"_L1).toObject();
        e.pointer = textOf(source.value("pointer"_L1));
        e.parameter = textOf(source.value("parameter"_L1));
        e.url = textOf(o.value("meta"_L1).toObject().value("url"_L1));
        entries.append(e);
    }
    return entries;
}

ApiError ApiError::fromReply(QNetworkReply::NetworkError networkError, int httpStatus,
                             const QByteArray &body, bool timedOut)
{
    ApiError error;
    error.m_httpStatus = httpStatus;
    if (httpStatus >= 400) {
        error.m_kind = kindForStatus(httpStatus);
        error.m_entries = parseEntries(body);
        if (error.m_entries.isEmpty() && !body.isEmpty() && httpStatus >= 500)
            error.m_detail = tr("The server answered with an error page instead of data.");
        return error;
    }
    if (networkError != QNetworkReply::NoError || timedOut) {
        error.m_kind = kindForNetworkError(networkError, timedOut);
        return error;
    }
    if (httpStatus >= 300 || httpStatus < 200) {
        error.m_kind = Kind::BadResponse;
        error.m_detail = tr("Unexpected HTTP status %1.").arg(httpStatus);
    }
    return error;
}

QString ApiError::fieldPointer() const
{
    for (const ApiErrorEntry &e : m_entries) {
        if (!e.pointer.isEmpty() && e.pointer != "/"_L1)
            return e.pointer;
        if (!e.parameter.isEmpty())
            return e.parameter;
    }
    return {};
}

QString ApiError::title() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach Telnyx");
    case Kind::Timeout:
        return tr("Telnyx did not answer in time");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Unauthorized:
        return tr("API key rejected");
    case Kind::Forbidden:
        return tr("Not allowed");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Validation:
        return tr("Request refused");
    case Kind::Conflict:
        return tr("Request refused");
    case Kind::RateLimited:
        return tr("Too many requests");
    case Kind::Server:
        return tr("Telnyx server error");
    case Kind::BadResponse:
        return tr("Unreadable answer from Telnyx");
    case Kind::Cancelled:
        //: A request the person stopped (not an account status)
        return tr("Cancelled");
    case Kind::Configuration:
        return tr("Connection settings refused");
    }
    return {};
}

QString ApiError::message() const
{
    QString advice;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        advice = tr("Check your network connection and the API base URL, then try again.");
        break;
    case Kind::Timeout:
        advice = tr("The request took too long. Try again; if it keeps happening, Telnyx may be "
                    "slow or unreachable.");
        break;
    case Kind::Tls:
        advice = tr("The server's certificate could not be verified. Check the API base URL and "
                    "your system's date and certificates.");
        break;
    case Kind::Unauthorized:
        advice = tr("Telnyx did not accept the API key. Check that the key is complete and still "
                    "active, or enter a new one. On managed-account pages this also means the "
                    "account is not enabled as a manager account.");
        break;
    case Kind::Forbidden:
        advice = tr("This API key is not allowed to do this. Managed accounts must be enabled for "
                    "your account by Telnyx, and some actions need the organization owner.");
        break;
    case Kind::NotFound:
        advice = tr("It may have been removed or cancelled. Refresh the list.");
        break;
    case Kind::Validation:
    case Kind::Conflict:
        advice = tr("Correct the highlighted value and try again.");
        break;
    case Kind::RateLimited:
        advice = tr("Telnyx is limiting requests from this key. Wait a minute and try again.");
        break;
    case Kind::Server:
        advice = tr("Telnyx had a problem handling the request. Try again in a moment.");
        break;
    case Kind::BadResponse:
        advice = tr("The answer could not be read. Try again; if it persists, check the API base "
                    "URL.");
        break;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Configuration:
        advice = m_detail;
        break;
    }
    QStringList parts;
    for (const ApiErrorEntry &e : m_entries) {
        const QString text = e.detail.isEmpty() ? e.title : e.detail;
        if (!text.isEmpty() && !parts.contains(text))
            parts.append(text);
    }
    QString message = parts.isEmpty() ? advice : parts.join(u' ') + u' ' + advice;
    if (m_kind != Kind::Configuration && !m_detail.isEmpty() && parts.isEmpty())
        message = m_detail + u' ' + message;
    if (!m_requestId.isEmpty())
        message += u' ' + tr("(Request ID %1)").arg(m_requestId);
    return message;
}

QString ApiError::summary() const
{
    QString text = title();
    const ApiErrorEntry *first = m_entries.isEmpty() ? nullptr : &m_entries.first();
    QString detail = first ? (first->detail.isEmpty() ? first->title : first->detail) : m_detail;
    if (!detail.isEmpty())
        text += ": "_L1 + detail;
    QStringList extra;
    if (first && !first->code.isEmpty())
        extra << "code "_L1 + first->code;
    if (const QString field = fieldPointer(); !field.isEmpty())
        extra << "field "_L1 + field;
    if (m_httpStatus)
        extra << "HTTP "_L1 + QString::number(m_httpStatus);
    if (!m_requestId.isEmpty())
        extra << "request "_L1 + m_requestId;
    if (!extra.isEmpty())
        text += " ("_L1 + extra.join(", "_L1) + u')';
    return text;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::None:
        return u"none"_s;
    case K::Network:
        return u"network"_s;
    case K::Timeout:
        return u"timeout"_s;
    case K::Tls:
        return u"tls"_s;
    case K::Unauthorized:
        return u"unauthorized"_s;
    case K::Forbidden:
        return u"forbidden"_s;
    case K::NotFound:
        return u"not_found"_s;
    case K::Validation:
        return u"validation"_s;
    case K::Conflict:
        return u"conflict"_s;
    case K::RateLimited:
        return u"rate_limited"_s;
    case K::Server:
        return u"server"_s;
    case K::BadResponse:
        return u"bad_response"_s;
    case K::Cancelled:
        return u"cancelled"_s;
    case K::Configuration:
        return u"configuration"_s;
    }
    return {};
}

} // namespace telnyx

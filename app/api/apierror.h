#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace telnyx {

// One entry of the Telnyx `errors[]` envelope (telnyx-api.md §4.1).
struct ApiErrorEntry
{
    QString code; // digits, kept as text ("10009"); numbers are accepted and converted
    QString title;
    QString detail;
    QString pointer;   // source.pointer, a JSON pointer into the request body ("/email")
    QString parameter; // source.parameter, a query parameter
    QString url;       // meta.url
};

// Every failure of a call, from any layer, in one shape: what kind it is (so the UI can offer the
// right action), what Telnyx said, the request id for support, and a message a person can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,       // no connection, DNS, refused, reset
        Timeout,       // no data within the transfer timeout
        Tls,           // certificate or handshake problem
        Unauthorized,  // 401: key rejected (or not a manager account on managed-account endpoints)
        Forbidden,     // 403
        NotFound,      // 404
        Validation,    // 400, 422: the request was refused as it stands
        Conflict,      // 409 and other 4xx
        RateLimited,   // 429 after the retries ran out
        Server,        // 5xx
        BadResponse,   // 2xx with a body we cannot read (not JSON, wrong types, cut short)
        Cancelled,     // the caller cancelled
        Configuration, // refused before sending: an insecure or malformed base URL, no key
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail = {});

    // Maps a finished HTTP exchange. `networkError` is QNetworkReply::error(); `timedOut` tells a
    // transfer timeout apart from a cancel, since Qt reports both as OperationCanceledError.
    static ApiError fromReply(QNetworkReply::NetworkError networkError, int httpStatus,
                              const QByteArray &body, bool timedOut = false);
    // Parses a Telnyx error envelope; returns an empty list when the body is not one.
    static QList<ApiErrorEntry> parseEntries(const QByteArray &body);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    const QList<ApiErrorEntry> &entries() const { return m_entries; }
    QString requestId() const { return m_requestId; }
    QString detail() const { return m_detail; }

    void setRequestId(const QString &id) { m_requestId = id; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setEntries(const QList<ApiErrorEntry> &entries) { m_entries = entries; }

    // The first source.pointer / parameter the server named, for putting the error on a field.
    QString fieldPointer() const;
    // A short title ("Key rejected") and a full sentence with what to do, both translated.
    QString title() const;
    QString message() const;
    // One line for logs and the command line: "Title: detail (code 10015, field /email)".
    QString summary() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QList<ApiErrorEntry> m_entries;
    QString m_requestId;
    QString m_detail; // network error text or what was wrong with the body
};

QString apiErrorKindName(ApiError::Kind kind); // stable, untranslated ("rate_limited")

} // namespace telnyx

Q_DECLARE_METATYPE(telnyx::ApiError)

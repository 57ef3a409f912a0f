#include "api/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace telnyx {

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

milliseconds RetryPolicy::backoff(int retriesSoFar) const
{
    const double exponent = std::min(retriesSoFar, 20);
    const double raw = static_cast<double>(baseDelay.count()) * std::pow(2.0, exponent);
    const double capped = std::min(raw, static_cast<double>(maxBackoff.count()));
    const double jitter = 1.0 - std::clamp(m_random(), 0.0, 1.0) * 0.25;
    return milliseconds(static_cast<qint64>(capped * jitter));
}

std::optional<QDateTime> RetryPolicy::parseHttpDate(const QByteArray &value)
{
    // Qt 6.4's RFC2822Date parser refuses the "GMT" zone of HTTP dates, so parse the IMF-fixdate
    // form explicitly in the C locale (day and month names are English by definition).
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(" GMT"_L1))
        text.chop(4);
    QDateTime parsed = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return milliseconds(static_cast<qint64>(std::min(seconds, 1.0e7) * 1000.0));
    }
    if (const auto date = parseHttpDate(trimmed))
        return milliseconds(std::max<qint64>(0, now.msecsTo(*date)));
    return std::nullopt;
}

std::optional<milliseconds> RetryPolicy::serverDelay(const RetryHints &hints,
                                                     const QDateTime &now) const
{
    bool ok = false;
    const double ms = hints.retryAfterMs.trimmed().toDouble(&ok);
    if (ok && std::isfinite(ms) && ms >= 0)
        return milliseconds(static_cast<qint64>(std::min(ms, 1.0e10)));
    if (const auto d = parseRetryAfter(hints.retryAfter, now))
        return d;
    const double reset = hints.rateLimitReset.trimmed().toDouble(&ok);
    if (ok && std::isfinite(reset) && reset >= 0)
        return milliseconds(static_cast<qint64>(std::min(reset, 1.0e7) * 1000.0));
    return std::nullopt;
}

RetryDecision RetryPolicy::decide(int retriesSoFar, const ApiError &error, Repeatable repeatable,
                                  bool requestSent, const RetryHints &hints,
                                  const QDateTime &now) const
{
    using K = ApiError::Kind;
    if (retriesSoFar >= maxRetries)
        return {};
    const K kind = error.kind();

    if (kind == K::RateLimited) {
        // A 429 means the request was not processed, so even a create may be sent again.
        const auto delay = serverDelay(hints, now);
        if (!delay)
            return {true, backoff(retriesSoFar)};
        if (*delay > maxServerDelay)
            return {};
        return {true, *delay};
    }

    const bool transient = kind == K::Server || kind == K::Timeout || kind == K::Network;
    if (!transient)
        return {};
    // The server cannot have acted on a request that never left: safe for anything.
    if (!requestSent && kind == K::Network)
        return {true, backoff(retriesSoFar)};
    if (repeatable == Repeatable::No)
        return {};
    // 501 and 505 will not change by asking again.
    if (error.httpStatus() == 501 || error.httpStatus() == 505)
        return {};
    return {true, backoff(retriesSoFar)};
}

} // namespace telnyx

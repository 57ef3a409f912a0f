#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace telnyx {

// Whether a request may be sent again after its outcome became unknown (5xx, timeout, reset).
// GETs may; the PATCHes and enable/disable set absolute state, so repeating them is harmless too.
// Creating an account may not: the first attempt may have succeeded (telnyx-api.md §0.10).
enum class Repeatable { Yes, No };

// The headers that steer a retry, copied out of the reply.
struct RetryHints
{
    QByteArray retryAfterMs;   // retry-after-ms (the official SDK honours it first)
    QByteArray retryAfter;     // Retry-After: seconds or an HTTP-date
    QByteArray rateLimitReset; // x-ratelimit-reset: seconds until the window resets
};

struct RetryDecision
{
    bool retry = false;
    std::chrono::milliseconds delay{0};
};

// Decides whether and when to retry, as a pure function of the attempt, the error, the hints and
// the time, so tests can drive it with a fixed clock and a fixed random source.
class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    RetryPolicy();

    int maxRetries = 3;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxBackoff{8000};
    // A server asking for a longer pause than this is not waited for silently: the error is shown.
    std::chrono::milliseconds maxServerDelay{60000};

    void setRandom(Random random) { m_random = std::move(random); }

    // `retriesSoFar` is 0 before the first retry. `requestSent` is false when the connection was
    // refused or the host not found, i.e. the server cannot have acted on the request.
    RetryDecision decide(int retriesSoFar, const ApiError &error, Repeatable repeatable,
                         bool requestSent, const RetryHints &hints, const QDateTime &now) const;

    // Capped exponential backoff with up to 25 % jitter taken off, as the official SDK does.
    std::chrono::milliseconds backoff(int retriesSoFar) const;

    // Retry-After as delay-seconds or an HTTP-date (RFC 9110), relative to `now`.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
    static std::optional<QDateTime> parseHttpDate(const QByteArray &value);

private:
    std::optional<std::chrono::milliseconds> serverDelay(const RetryHints &hints,
                                                         const QDateTime &now) const;
    Random m_random;
};

} // namespace telnyx

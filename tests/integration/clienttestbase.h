#pragma once

// Shared by the client integration tests: a client pointed at a sandbox and a way to wait for one
// callback without sleeping.

#include "api/telnyxclient.h"
#include "sandboxprocess.h"

#include <QTest>

#include <optional>

// Collects the single outcome of a call and counts how often the callback ran.
template <typename T> struct Outcome
{
    std::optional<telnyx::Result<T>> result;
    int calls = 0;

    telnyx::Callback<T> callback()
    {
        return [this](const telnyx::Result<T> &r) {
            ++calls;
            result = r;
        };
    }
    bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, timeoutMs);
    }
    const T &value() const { return result->value(); }
    const telnyx::ApiError &error() const { return result->error(); }
    bool ok() const { return result && result->ok(); }
};

inline void pointAt(telnyx::TelnyxClient &client, const SandboxProcess &sandbox)
{
    QString why;
    const bool ok = client.setBaseUrl(sandbox.baseUrl(), &why);
    QVERIFY2(ok, qPrintable(why));
    client.setApiKey(SandboxProcess::apiKey());
    // Fast retries keep the fault tests short; the delays themselves are unit-tested.
    client.retryPolicy().baseDelay = std::chrono::milliseconds(20);
}

#define START_SANDBOX(var, ...)                                                                    \
    SandboxProcess var(QStringList{__VA_ARGS__});                                                  \
    do {                                                                                           \
        const QString problem_ = var.start();                                                      \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

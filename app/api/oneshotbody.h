#pragma once

#include <QByteArray>
#include <QIODevice>

namespace telnyx {

// A request body that can be read exactly once.
//
// QNAM silently re-sends a request whose connection closes while it waits for the answer
// (QHttpNetworkConnectionChannel's reconnect attempts), POST included. For a create that is a
// duplicate account. Qt can only re-send a body it can rewind, so a sequential, unbuffered body
// turns that hidden retry into an error the client handles (look the account up, then decide).
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace telnyx

#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal. A POSIX signal handler may only do
// async-signal-safe things, so it writes one byte into a socket pair and the event loop picks
// it up through a QSocketNotifier (the "self-pipe" pattern from the Qt docs).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void onSignal(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

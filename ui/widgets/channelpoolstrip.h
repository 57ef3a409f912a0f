#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace telnyx {

struct ChannelPool;

// "Global outbound channels: 135 of 500 allocated", as a bar; the manager's pool at a glance.
class ChannelPoolStrip : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelPoolStrip)

public:
    explicit ChannelPoolStrip(QWidget *parent = nullptr);

    void setLoading();
    void setPool(const ChannelPool &pool);
    void setUnavailable(const QString &why);
    QString summary() const;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace telnyx

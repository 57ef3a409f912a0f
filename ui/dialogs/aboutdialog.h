#pragma once

#include <QDialog>

class QUrl;

namespace telnyx {

// Help ▸ About: version, licence, the API base URL this session talks to, and that this is an
// independent tool, not a Telnyx product.
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QUrl &baseUrl, QWidget *parent = nullptr);
};

} // namespace telnyx

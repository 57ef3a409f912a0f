#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace telnyx {

class ApiError;

// What the details dialogs share: a form of read-only values that is filled once the server
// has answered, a "Loading…" line meanwhile, and the error with "Try again" when it failed.
class RemoteDetailsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteDetailsDialog)

public:
    // Fetches what the dialog shows; "Try again" calls it too.
    virtual void load() = 0;
    QString valueOf(const QString &fieldName) const;

protected:
    explicit RemoteDetailsDialog(QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    QWidget *body() const { return m_body; }
    // A selectable plain-text value row, found later by `objectName`.
    QLabel *addValue(const QString &label, const QString &objectName);
    void setValue(const QString &objectName, const QString &text);
    void showLoading();
    void showBody();
    void showError(const ApiError &error);

private:
    QLabel *m_state;
    QPushButton *m_retry;
    QWidget *m_body;
    QFormLayout *m_form;
};

} // namespace telnyx

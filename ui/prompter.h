#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace telnyx {

// The seam for everything that would block on a person: confirmations and file choosers.
// The console uses the real dialogs; tests install answers so no modal box is ever left open.
class Prompter
{
public:
    virtual ~Prompter() = default;

    struct Confirmation
    {
        QString title;
        QString text;
        QString details;       // shown under the text
        QString acceptLabel;   // e.g. "Disable 3 accounts"
        QString checkboxLabel; // empty: no checkbox
        bool checkboxDefault = false;
        bool destructive = false;
    };
    struct Answer
    {
        bool accepted = false;
        bool checked = false;
    };

    // How to export the users' groups report.
    struct ReportExportChoice
    {
        bool asTelnyxSendsIt = false; // the server's CSV byte for byte, else spreadsheet-safe
        bool extraColumns = false;    // spreadsheet-safe only: group IDs, role, SSO bypass
    };

    virtual Answer confirm(QWidget *parent, const Confirmation &question) = 0;
    // nullopt: the person cancelled.
    virtual std::optional<ReportExportChoice> chooseReportExport(QWidget *parent) = 0;
    // Empty string: the person cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
};

// QMessageBox / QFileDialog.
class DialogPrompter : public Prompter
{
public:
    Answer confirm(QWidget *parent, const Confirmation &question) override;
    std::optional<ReportExportChoice> chooseReportExport(QWidget *parent) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
};

} // namespace telnyx

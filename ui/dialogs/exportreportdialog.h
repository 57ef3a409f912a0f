#pragma once

#include "prompter.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;

namespace telnyx {

// Asks how to export the users' groups report: spreadsheet-safe (the default) or exactly as
// Telnyx sends it, each said plainly so the choice is an informed one.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReportDialog)

public:
    explicit ExportReportDialog(QWidget *parent = nullptr);

    Prompter::ReportExportChoice choice() const;

private:
    QRadioButton *m_safe;
    QRadioButton *m_asTelnyx;
    QCheckBox *m_extra;
};

} // namespace telnyx

#include "exportreportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ExportReportDialog::ExportReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_safe(new QRadioButton(tr("&Spreadsheet-safe (recommended)"), this))
    , m_asTelnyx(new QRadioButton(tr("&As Telnyx sends it"), this))
    , m_extra(new QCheckBox(tr("Add &group IDs, role and SSO bypass columns"), this))
{
    setObjectName(u"exportReportDialog"_s);
    setWindowTitle(tr("Export users' groups report"));
    setMinimumWidth(460);
    m_safe->setObjectName(u"formatSafe"_s);
    m_asTelnyx->setObjectName(u"formatAsTelnyx"_s);
    m_extra->setObjectName(u"extraColumns"_s);
    m_safe->setChecked(true);
    connect(m_safe, &QRadioButton::toggled, m_extra, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_safe);
    layout->addWidget(explanation(
        tr("The same six columns as Telnyx's CSV, with a byte-order mark so spreadsheets read "
           "the characters right, and every cell that a spreadsheet would run as a formula "
           "(=, +, -, @…) made plain text with a leading apostrophe."),
        this));
    layout->addWidget(m_extra);
    layout->addSpacing(8);
    layout->addWidget(m_asTelnyx);
    layout->addWidget(explanation(
        tr("The server's own CSV, saved byte for byte, for tools that expect exactly that. "
           "Formula-like names are left as they are."),
        this));
    layout->addStretch(1);
    layout->addWidget(buttons);
}

Prompter::ReportExportChoice ExportReportDialog::choice() const
{
    return {m_asTelnyx->isChecked(), m_safe->isChecked() && m_extra->isChecked()};
}

} // namespace telnyx

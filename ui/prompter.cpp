#include "prompter.h"

#include "dialogs/exportreportdialog.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace telnyx {

Prompter::Answer DialogPrompter::confirm(QWidget *parent, const Confirmation &question)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.setIcon(question.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowTitle(question.title);
    box.setText(question.text);
    box.setInformativeText(question.details);
    QPushButton *accept = box.addButton(question.acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // The safe choice is the default for destructive actions: Enter must not disable accounts.
    box.setDefaultButton(question.destructive ? cancel : accept);
    QCheckBox *check = nullptr;
    if (!question.checkboxLabel.isEmpty()) {
        check = new QCheckBox(question.checkboxLabel, &box);
        check->setChecked(question.checkboxDefault);
        box.setCheckBox(check);
    }
    box.exec();
    return {box.clickedButton() == accept, check && check->isChecked()};
}

std::optional<Prompter::ReportExportChoice> DialogPrompter::chooseReportExport(QWidget *parent)
{
    ExportReportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &title,
                                     const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace telnyx

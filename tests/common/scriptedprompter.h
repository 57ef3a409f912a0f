#pragma once

// Answers the console's questions in tests, so no modal dialog is ever left open, and records
// what was asked.

#include "prompter.h"

#include <QList>

class ScriptedPrompter : public telnyx::Prompter
{
public:
    QList<Answer> answers;    // consumed in order; when empty, questions are declined
    QList<QString> fileNames; // consumed in order; when empty, the chooser is cancelled
    QList<Confirmation> asked;
    std::optional<ReportExportChoice> reportExport; // nullopt: the export dialog is cancelled

    Answer confirm(QWidget *, const Confirmation &question) override
    {
        asked.append(question);
        return answers.isEmpty() ? Answer{} : answers.takeFirst();
    }
    std::optional<ReportExportChoice> chooseReportExport(QWidget *) override
    {
        return reportExport;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileNames.isEmpty() ? QString() : fileNames.takeFirst();
    }
};

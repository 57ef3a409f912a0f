#include "remotedetailsdialog.h"

#include "api/apierror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

RemoteDetailsDialog::RemoteDetailsDialog(QWidget *parent)
    : QDialog(parent)
    , m_state(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout(m_body))
{
    m_state->setObjectName(u"detailsState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(u"detailsRetry"_s);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] { load(); });
    m_body->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body);
    layout->addWidget(buttons);
}

QLabel *RemoteDetailsDialog::addValue(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_body);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

void RemoteDetailsDialog::setValue(const QString &objectName, const QString &text)
{
    if (auto *label = m_body->findChild<QLabel *>(objectName))
        label->setText(text);
}

QString RemoteDetailsDialog::valueOf(const QString &fieldName) const
{
    const auto *label = m_body->findChild<QLabel *>(fieldName);
    return label ? label->text() : QString();
}

void RemoteDetailsDialog::showLoading()
{
    m_state->setText(tr("Loading…"));
    m_state->show();
    m_retry->hide();
}

void RemoteDetailsDialog::showBody()
{
    m_state->hide();
    m_body->show();
}

void RemoteDetailsDialog::showError(const ApiError &error)
{
    m_state->setText(error.title() + u"\n" + error.message());
    m_state->show();
    m_retry->show();
}

} // namespace telnyx

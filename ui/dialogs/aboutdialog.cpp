#include "aboutdialog.h"

#include "theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

AboutDialog::AboutDialog(const QUrl &baseUrl, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Telnyx Admin"));

    auto *icon = new QLabel(this);
    icon->setPixmap(theme::applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Telnyx Admin"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    name->setFont(big);

    auto *summary = new QLabel(tr("A desktop console for Telnyx account managers: managed "
                                  "accounts, organization users and their groups."),
                               this);
    summary->setWordWrap(true);

    auto value = [this](const QString &text, const QString &objectName) {
        auto *label = new QLabel(text, this);
        label->setObjectName(objectName);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    auto *facts = new QFormLayout;
    facts->addRow(tr("Version:"), value(QCoreApplication::applicationVersion(), u"version"_s));
    facts->addRow(tr("Licence:"), value(tr("MIT"), u"licence"_s));
    facts->addRow(tr("Telnyx API:"),
                  value(baseUrl.toDisplayString(QUrl::RemoveUserInfo), u"baseUrl"_s));
    facts->addRow(tr("Qt:"), value(QString::fromLatin1(qVersion()), u"qtVersion"_s));

    auto *independent = new QLabel(tr("An independent tool, not made or endorsed by Telnyx. "
                                      "“Telnyx” is a trademark of its owner."),
                                   this);
    independent->setObjectName(u"independentNote"_s);
    independent->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(summary);
    text->addLayout(facts);
    text->addWidget(independent);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace telnyx

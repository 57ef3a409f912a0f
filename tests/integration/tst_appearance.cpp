// Icons, palettes, the About dialog and the language setting: what makes the console readable
// on any desktop and in the person's language.
#include "api/telnyxclient.h"
#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "theme.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The mean lightness of an icon's opaque pixels: dark strokes for a light palette, light ones
// for a dark palette.
int strokeLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    return count ? int(sum / count) : -1;
}

QStringList menuTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    return texts;
}

} // namespace

class TstAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        theme::installIcons();
    }
    void cleanup() { theme::applyAppearance(theme::Appearance::System); }

    void projectIconsLoadAndFollowThePalette()
    {
        theme::applyAppearance(theme::Appearance::Light);
        QVERIFY(!theme::isDark(QApplication::palette()));
        QCOMPARE(theme::fallbackIconTheme(), u"telnyx-light"_s);
        // "telnyx-report" exists only in the project's own theme, whatever the desktop has.
        const int onLight = strokeLightness(theme::icon(u"telnyx-report"_s));
        QVERIFY2(onLight >= 0, "the project icon did not load (is the SVG icon engine there?)");
        QVERIFY2(onLight < 110, qPrintable(QString::number(onLight)));

        theme::applyAppearance(theme::Appearance::Dark);
        QVERIFY(theme::isDark(QApplication::palette()));
        QCOMPARE(theme::fallbackIconTheme(), u"telnyx-dark"_s);
        const int onDark = strokeLightness(theme::icon(u"telnyx-report"_s));
        QVERIFY2(onDark > 150, qPrintable(QString::number(onDark)));
    }

    void everyActionIconExists()
    {
        for (const QString &name : {u"view-refresh"_s,
                                    u"list-add"_s,
                                    u"document-properties"_s,
                                    u"telnyx-account-enable"_s,
                                    u"telnyx-account-disable"_s,
                                    u"telnyx-custom-pricing"_s,
                                    u"telnyx-channels"_s,
                                    u"edit-copy"_s,
                                    u"document-save-as"_s,
                                    u"edit-find"_s,
                                    u"telnyx-user-remove"_s,
                                    u"application-exit"_s,
                                    u"help-about"_s,
                                    u"process-stop"_s,
                                    u"dialog-password"_s,
                                    u"telnyx-accounts"_s,
                                    u"telnyx-users"_s,
                                    u"telnyx-report"_s,
                                    u"preferences-desktop-locale"_s,
                                    u"telnyx-appearance"_s})
            QVERIFY2(!theme::icon(name).pixmap(32, 32).isNull(), qPrintable(name));
        QVERIFY(!theme::applicationIcon().pixmap(256, 256).isNull());
    }

    void ownIconsFitTheBackgroundTheyAreDrawnOn()
    {
        // A selected row's highlight is dark in both palettes: its icon needs light strokes.
        const int onBlue =
            strokeLightness(theme::ownIconFor(u"telnyx-accounts"_s, QColor(48, 140, 198)));
        QVERIFY2(onBlue > 150, qPrintable(QString::number(onBlue)));
        const int onWhite = strokeLightness(theme::ownIconFor(u"telnyx-accounts"_s, Qt::white));
        QVERIFY2(onWhite >= 0 && onWhite < 110, qPrintable(QString::number(onWhite)));
        QVERIFY(theme::ownIconFor(u"no-such-icon"_s, Qt::white).isNull());
    }

    void toneColoursAreReadableOnBothPalettes()
    {
        for (auto appearance : {theme::Appearance::Light, theme::Appearance::Dark}) {
            theme::applyAppearance(appearance);
            const QPalette p = QApplication::palette();
            for (auto tone : {theme::Tone::Success, theme::Tone::Warning, theme::Tone::Danger,
                              theme::Tone::Info}) {
                const double ratio = contrast(theme::colour(tone, p), p.color(QPalette::Base));
                QVERIFY2(
                    ratio >= 4.5,
                    qPrintable(
                        u"tone %1 on %2: %3:1"_s.arg(int(tone)).arg(int(appearance)).arg(ratio)));
            }
        }
    }

    void appearanceChoiceIsSaved()
    {
        QSettings s(m_dir.filePath(u"appearance.ini"_s), QSettings::IniFormat);
        QCOMPARE(theme::savedAppearance(s), theme::Appearance::System);
        theme::saveAppearance(s, theme::Appearance::Dark);
        QCOMPARE(theme::savedAppearance(s), theme::Appearance::Dark);
        s.setValue("ui/appearance"_L1, u"purple"_s); // hand-edited: fall back to the system
        QCOMPARE(theme::savedAppearance(s), theme::Appearance::System);
    }

    void languageChoiceIsSavedAndValidated()
    {
        QSettings s(m_dir.filePath(u"language.ini"_s), QSettings::IniFormat);
        QCOMPARE(savedLanguage(s), QString());
        saveLanguage(s, u"pt_BR"_s);
        QCOMPARE(savedLanguage(s), u"pt_BR"_s);
        s.setValue("ui/language"_L1, u"xx"_s); // not shipped: follow the system
        QCOMPARE(savedLanguage(s), QString());
        saveLanguage(s, QString());
        QVERIFY(!s.contains("ui/language"_L1));
    }

    void chosenLanguageTranslatesTextsAndFormats()
    {
        const QLocale before;
        {
            QObject owner;
            installTranslations(&owner, u"de"_s);
            QCOMPARE(QCoreApplication::translate("telnyx::MainWindow", "&Refresh"),
                     u"&Aktualisieren"_s);
            QCOMPARE(QLocale().name(), u"de_DE"_s);
            QCOMPARE(QLocale().toString(1234567), u"1.234.567"_s);
        } // the translators go with their owner
        QCOMPARE(QCoreApplication::translate("telnyx::MainWindow", "&Refresh"), u"&Refresh"_s);
        QLocale::setDefault(before);
    }

    void everyShippedLanguageLoads()
    {
        for (const QString &language : shippedLanguages()) {
            QObject owner;
            installTranslations(&owner, language);
            // The plural forms come out right in every language, English included.
            const QString one =
                QCoreApplication::translate("telnyx::AccountsPage", "%Ln account(s)", nullptr, 1);
            QVERIFY2(!one.contains(u"(s)"_s), qPrintable(language + u": "_s + one));
        }
        QLocale::setDefault(QLocale::system());
    }

    void menusOfferLanguageAppearanceAndAbout()
    {
        QSettings s(m_dir.filePath(u"menus.ini"_s), QSettings::IniFormat);
        TelnyxClient client;
        ScriptedPrompter prompter;
        MainWindow window(&client, &s, &prompter);
        auto *languages = window.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(languages);
        // Each language in its own name, so anyone finds theirs.
        const QStringList texts = menuTexts(languages);
        QVERIFY2(texts.contains(u"Deutsch"_s), qPrintable(texts.join(u", "_s)));
        QVERIFY(texts.contains(u"Português (Brasil)"_s));
        auto *german = window.findChild<QAction *>(u"language_de"_s);
        QVERIFY(german);
        german->trigger();
        QCOMPARE(savedLanguage(s), u"de"_s);

        auto *dark = window.findChild<QAction *>(u"appearance_dark"_s);
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(theme::savedAppearance(s), theme::Appearance::Dark);
        QVERIFY(theme::isDark(QApplication::palette()));
        QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
        QVERIFY(!window.windowIcon().isNull());
    }

    void mainWindowFollowsAPaletteChangeFromOutside()
    {
        // A system theme switch changes the application palette without View > Appearance.
        QSettings s(m_dir.filePath(u"palette.ini"_s), QSettings::IniFormat);
        TelnyxClient client;
        ScriptedPrompter prompter;
        MainWindow window(&client, &s, &prompter);
        theme::applyAppearance(theme::Appearance::Light);
        QCOMPARE(theme::fallbackIconTheme(), u"telnyx-light"_s);
        QPalette dark = QApplication::palette();
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        QApplication::setPalette(dark);
        QTRY_COMPARE(theme::fallbackIconTheme(), u"telnyx-dark"_s);
    }

    void aboutSaysVersionApiAndIndependence()
    {
        TelnyxClient client;
        QVERIFY(client.setBaseUrl(QUrl(u"https://api.example.test/v2"_s)));
        client.setApiKey(u"KEY0SECRET_about_test"_s);
        AboutDialog dialog(client.baseUrl());
        auto text = [&](const QString &name) {
            auto *label = dialog.findChild<QLabel *>(name);
            return label ? label->text() : QString();
        };
        QCOMPARE(text(u"version"_s), QCoreApplication::applicationVersion());
        QCOMPARE(text(u"baseUrl"_s), u"https://api.example.test/v2"_s);
        QVERIFY(text(u"independentNote"_s).contains(u"independent"_s));
        for (QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(u"SECRET"_s));
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(TELNYX_ADMIN_VERSION));
    TstAppearance test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_appearance.moc"

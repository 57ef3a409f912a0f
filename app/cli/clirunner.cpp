#include "cli/clirunner.h"

#include "api/pager.h"
#include "export/csvexport.h"
#include "export/groupsreportcsv.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/profilestore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace telnyx::cli {

namespace {

const QStringList accountColumns{u"id"_s,
                                 u"organization_name"_s,
                                 u"email"_s,
                                 u"api_user"_s,
                                 u"created_at"_s,
                                 u"updated_at"_s,
                                 u"managed_account_allow_custom_pricing"_s,
                                 u"rollup_billing"_s};
const QStringList userColumns{u"id"_s,
                              u"email"_s,
                              u"user_status"_s,
                              u"record_type"_s,
                              u"created_at"_s,
                              u"last_sign_in_at"_s,
                              u"organization_user_bypasses_sso"_s};
const QLatin1StringView secretFields[] = {"api_key"_L1, "api_token"_L1};

// The keychain has no business answering slowly on a headless box; a script would rather fail
// in seconds than in the interactive default.
constexpr std::chrono::milliseconds keychainTimeout{5000};

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(new ProfileStore(&m_settings, this))
{}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (const QString key = qEnvironmentVariable("TELNYX_API_KEY"); !key.isEmpty()) {
        const QString name =
            m_options.profile.isEmpty() ? m_profiles->activeName() : m_options.profile;
        const auto profile = m_profiles->profile(name);
        connectAndRun(key, profile ? profile->baseUrl : QUrl());
        return;
    }
    resolveKey();
}

void CliRunner::resolveKey()
{
    const QString name = m_options.profile.isEmpty() ? m_profiles->activeName() : m_options.profile;
    const auto profile = name.isEmpty() ? std::nullopt : m_profiles->profile(name);
    // Without a profile there is nothing to look up: say so rather than wake the keychain.
    if (!profile) {
        if (!m_options.profile.isEmpty())
            fail(ExitKeychain, u"no profile named \"%1\": set TELNYX_API_KEY or add the profile "
                               "in the console"_s.arg(m_options.profile));
        else
            fail(ExitKeychain, u"no API key: set TELNYX_API_KEY or add a profile"_s);
        return;
    }
    m_keychain = new KeychainSecretStore(u"TelnyxAdmin"_s, this);
    m_keychain->setTimeout(keychainTimeout);
    const QUrl baseUrl = profile->baseUrl;
    m_keychain->read(SecretStore::apiKeyKey(profile->name), this,
                     [this, baseUrl, profileName = profile->name](const SecretStore::Outcome &o) {
                         if (o.status == SecretStore::Status::Ok && !o.secret.isEmpty()) {
                             connectAndRun(o.secret, baseUrl);
                             return;
                         }
                         fail(ExitKeychain, u"keychain: no API key for profile \"%1\": %2"_s.arg(
                                                profileName, SecretStore::userMessage(o.status)));
                     });
}

void CliRunner::connectAndRun(const QString &key, const QUrl &profileBaseUrl)
{
    QUrl baseUrl;
    if (!m_options.baseUrl.isEmpty())
        baseUrl = QUrl::fromUserInput(m_options.baseUrl);
    else if (const QString env = qEnvironmentVariable("TELNYX_BASE_URL"); !env.isEmpty())
        baseUrl = QUrl::fromUserInput(env);
    else if (profileBaseUrl.isValid() && !profileBaseUrl.isEmpty())
        baseUrl = profileBaseUrl;
    else
        baseUrl = TelnyxClient::defaultBaseUrl();
    QString whyNot;
    if (!m_client.setBaseUrl(baseUrl, &whyNot)) {
        fail(ExitUsage, u"invalid base URL: "_s + whyNot);
        return;
    }
    m_client.setApiKey(key);
    run();
}

void CliRunner::run()
{
    switch (m_options.command) {
    case Command::AccountsList: {
        const ManagedAccountQuery query = m_options.accountQuery;
        listAll(
            [query](int page) {
                return TelnyxClient::managedAccountsRequest(query, page, TelnyxClient::MaxPageSize);
            },
            accountColumns);
        break;
    }
    case Command::UsersList: {
        const UserQuery query = m_options.userQuery;
        listAll(
            [query](int page) {
                return TelnyxClient::usersRequest(query, page, TelnyxClient::MaxPageSize);
            },
            userColumns);
        break;
    }
    case Command::AccountsShow:
        showAccount();
        break;
    case Command::ReportGroups:
        reportGroups();
        break;
    }
}

void CliRunner::listAll(std::function<ApiRequest(int)> requestForPage, const QStringList &columns)
{
    // The raw objects, not the decoded structs: JSON output prints what the server sent.
    auto *pager = new Pager(&m_client, std::move(requestForPage), this);
    auto objects = std::make_shared<QJsonArray>();
    connect(pager, &Pager::pageReady, this, [objects](int, const RawPage &page) {
        for (const QJsonValue &row : page.data)
            objects->append(row);
    });
    connect(pager, &Pager::finished, this, [this, objects, columns](const ApiError &error) {
        if (error.isError()) {
            failApi(error);
            return;
        }
        printGrid(gridFromObjects(*objects, columns), *objects);
    });
    pager->start();
}

void CliRunner::showAccount()
{
    ApiRequest request;
    request.path =
        "managed_accounts/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(m_options.accountId));
    ApiCall *call = m_client.send(request);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->ok()) {
            failApi(call->error());
            return;
        }
        const Result<QJsonValue> data = decodeData(call->body());
        if (!data.ok() || !data.value().isObject()) {
            failApi(data.ok() ? ApiError(ApiError::Kind::BadResponse,
                                         u"The account is not a JSON object."_s)
                              : data.error());
            return;
        }
        QJsonObject account = data.value().toObject();
        const OutputFormat format = effectiveFormat();
        for (QLatin1StringView field : secretFields) {
            if (m_options.revealKeys || !account.contains(field))
                continue;
            // A table says the key exists; machine formats leave it out entirely.
            if (format == OutputFormat::Table)
                account.insert(field, u"(hidden; use --reveal-keys)"_s);
            else
                account.remove(field);
        }
        printGrid(format == OutputFormat::Table ? fieldValueGrid(account) : singleRowGrid(account),
                  account);
    });
}

void CliRunner::reportGroups()
{
    if (m_options.asTelnyx) {
        m_client.groupsReportCsv(this, [this](const Result<QByteArray> &r) {
            if (!r.ok()) {
                failApi(r.error());
                return;
            }
            if (m_options.outputFile.isEmpty()) {
                finish(writeStdout(r.value()) ? ExitOk : ExitUsage);
                return;
            }
            QString error;
            if (!CsvExport::writeBytesAtomically(m_options.outputFile, r.value(), &error)) {
                fail(ExitUsage, u"cannot write %1: %2"_s.arg(m_options.outputFile, error));
                return;
            }
            finish(ExitOk);
        });
        return;
    }
    m_client.groupsReport(this, [this](const Result<Page<OrganizationUser>> &r) {
        if (!r.ok()) {
            failApi(r.error());
            return;
        }
        const Page<OrganizationUser> &page = r.value();
        if (page.rejected > 0) {
            // A report that silently drops people is worse than none.
            failApi(ApiError(
                ApiError::Kind::BadResponse,
                u"%1 rows could not be read: %2"_s.arg(page.rejected).arg(page.firstProblem)));
            return;
        }
        if (m_options.outputFile.isEmpty()) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(&buffer);
            if (!writeGroupsReportCsv(page.items, writer, false) || !writer.finish()) {
                fail(ExitUsage, writer.errorString());
                return;
            }
            finish(writeStdout(buffer.data()) ? ExitOk : ExitUsage);
            return;
        }
        CsvExport out(m_options.outputFile);
        if (!out.open() || !writeGroupsReportCsv(page.items, out.writer(), false) ||
            !out.commit()) {
            fail(ExitUsage, u"cannot write %1: %2"_s.arg(m_options.outputFile, out.errorString()));
            return;
        }
        finish(ExitOk);
    });
}

OutputFormat CliRunner::effectiveFormat() const
{
    if (m_options.format)
        return *m_options.format;
    return isatty(STDOUT_FILENO) ? OutputFormat::Table : OutputFormat::Csv;
}

void CliRunner::printGrid(const Grid &grid, const QJsonValue &json)
{
    QByteArray bytes;
    switch (effectiveFormat()) {
    case OutputFormat::Table:
        bytes = renderTable(grid);
        break;
    case OutputFormat::Json:
        bytes = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented)
                               : QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented);
        break;
    case OutputFormat::Csv: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!writeCsv(&buffer, grid, &error)) {
            fail(ExitUsage, error);
            return;
        }
        break;
    }
    }
    finish(writeStdout(bytes) ? ExitOk : ExitUsage);
}

bool CliRunner::writeStdout(const QByteArray &bytes)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
        !out.flush()) {
        fail(ExitUsage, u"cannot write to standard output: "_s + out.errorString());
        return false;
    }
    return true;
}

void CliRunner::failApi(const ApiError &error)
{
    fail(exitCodeFor(error.kind()), errorLine(error).mid(7)); // fail() adds "error: " again
}

void CliRunner::fail(int code, const QString &message)
{
    if (m_finished)
        return;
    std::fputs(qUtf8Printable(u"error: "_s + message + u'\n'), stderr);
    std::fflush(stderr);
    finish(code);
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}

} // namespace telnyx::cli

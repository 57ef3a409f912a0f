#include "cli/clirunner.h"

#include "api/pager.h"
#include "export/csvexport.h"
#include "export/groupsreportcsv.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/profilestore.h"

#include <QBuffer>
#include <QFile>

#include <cstdio>
#include <memory>

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

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(new ProfileStore(&m_settings, this))
    , m_io(m_options.format, m_options.assumeYes)
    , m_profileCommands(m_options, m_io, &m_settings, m_profiles, &m_client)
{}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    // Asked before anything else: no keychain prompt, no request, until the person has agreed.
    if (m_options.command == Command::AccountsDisable &&
        !m_io.confirm(u"disable"_s, u"Disable %1 account(s)? [y/N] "_s.arg(m_options.ids.size())))
        return;
    if (m_options.command == Command::UsersRemove &&
        !m_io.confirm(u"remove"_s, u"Remove %1 user(s)? [y/N] "_s.arg(m_options.ids.size())))
        return;
    if (m_options.command == Command::AccountsCreate && m_options.passwordFromStdin &&
        !readPassword())
        return;
    // Profiles are managed, not used: no key to find, no request to send.
    if (ProfileCommands::handles(m_options.command)) {
        m_profileCommands.run();
        return;
    }
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
            m_io.fail(ExitKeychain,
                      u"no profile named \"%1\": set TELNYX_API_KEY or add the profile "
                      "in the console"_s.arg(m_options.profile));
        else
            m_io.fail(ExitKeychain, u"no API key: set TELNYX_API_KEY or add a profile"_s);
        return;
    }
    const QUrl baseUrl = profile->baseUrl;
    openKeychain(this)->read(
        SecretStore::apiKeyKey(profile->name), this,
        [this, baseUrl, profileName = profile->name](const SecretStore::Outcome &o) {
            if (o.status == SecretStore::Status::Ok && !o.secret.isEmpty()) {
                connectAndRun(o.secret, baseUrl);
                return;
            }
            m_io.fail(ExitKeychain, u"keychain: no API key for profile \"%1\": %2"_s.arg(
                                        profileName, keychainReason(o.status)));
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
        m_io.fail(ExitUsage, u"invalid base URL: "_s + whyNot);
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
    case Command::AccountsCreate:
        createAccount();
        break;
    case Command::AccountsPricing:
        setPricing();
        break;
    case Command::AccountsChannels:
        channels();
        break;
    case Command::AccountsEnable: {
        const bool all = m_options.reenableAllConnections;
        runBulk(u"enabled"_s,
                [this, all](const QString &id, QObject *context, BulkRun::Report report) {
                    return m_client.enableManagedAccount(
                        id, all, context, [report](const Result<ManagedAccountDetail> &r) {
                            report(r.ok(), {}, r.ok() ? ApiError() : r.error());
                        });
                });
        break;
    }
    case Command::AccountsDisable:
        runBulk(u"disabled"_s, [this](const QString &id, QObject *context, BulkRun::Report report) {
            return m_client.disableManagedAccount(
                id, context, [report](const Result<ManagedAccountDetail> &r) {
                    report(r.ok(), {}, r.ok() ? ApiError() : r.error());
                });
        });
        break;
    case Command::UsersRemove:
        runBulk(u"removed"_s, [this](const QString &id, QObject *context, BulkRun::Report report) {
            return m_client.removeUser(id, context, [report](const Result<UserRemoval> &r) {
                if (!r.ok()) {
                    report(false, {}, r.error());
                    return;
                }
                // Gone already is what was asked for: a success, said as such.
                report(true, r.value().alreadyGone ? u"already removed"_s : QString(), ApiError());
            });
        });
        break;
    case Command::ProfilesList:
    case Command::ProfilesAdd:
    case Command::ProfilesRemove:
    case Command::ProfilesUse:
        m_profileCommands.run(); // not reached: start() hands these over before any key lookup
        break;
    }
}

bool CliRunner::readPassword()
{
    // The first line only; the newline (and a CR before it) is not part of the password.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_io.fail(ExitUsage, u"cannot read the password from standard input"_s);
        return false;
    }
    QByteArray line = in.readLine();
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        m_io.fail(ExitUsage,
                  u"--password-stdin: no password on the first line of standard input"_s);
        return false;
    }
    m_options.newAccount.password = QString::fromUtf8(line);
    return true;
}

void CliRunner::createAccount()
{
    // Never repeated blindly: the client looks the account up by e-mail after a lost reply.
    m_client.createManagedAccount(m_options.newAccount, this,
                                  [this](const Result<CreatedAccount> &r) {
                                      m_options.newAccount.password.clear();
                                      if (!r.ok()) {
                                          m_io.failApi(r.error());
                                          return;
                                      }
                                      if (r.value().recoveredAfterLostReply) {
                                          std::fputs("note: the reply to the create was lost; the "
                                                     "account was found by its e-mail and was not "
                                                     "created twice\n",
                                                     stderr);
                                          std::fflush(stderr);
                                      }
                                      printAccount(r.value().detail);
                                  });
}

void CliRunner::setPricing()
{
    m_client.setCustomPricing(m_options.accountId, m_options.customPricing, this,
                              [this](const Result<ManagedAccountDetail> &r) {
                                  if (!r.ok()) {
                                      m_io.failApi(r.error());
                                      return;
                                  }
                                  printAccount(r.value());
                              });
}

void CliRunner::channels()
{
    if (!m_options.channelLimit) {
        m_client.channelPool(this, [this](const Result<ChannelPool> &r) {
            if (!r.ok()) {
                m_io.failApi(r.error());
                return;
            }
            const QJsonObject pool{{u"allocatable"_s, r.value().allocatable},
                                   {u"allocated"_s, r.value().totalAllocated}};
            m_io.printGrid(singleRowGrid(pool), pool);
        });
        return;
    }
    m_client.setChannelLimit(m_options.accountId, *m_options.channelLimit, this,
                             [this](const Result<AccountChannelLimit> &r) {
                                 if (!r.ok()) {
                                     m_io.failApi(r.error());
                                     return;
                                 }
                                 const AccountChannelLimit &l = r.value();
                                 QJsonObject object{{u"id"_s, l.id},
                                                    {u"email"_s, l.email},
                                                    {u"manager_account_id"_s, l.managerAccountId},
                                                    {u"record_type"_s, l.recordType}};
                                 object.insert(u"channel_limit"_s, l.channelLimit
                                                                       ? QJsonValue(*l.channelLimit)
                                                                       : QJsonValue());
                                 m_io.printGrid(singleRowGrid(object), object);
                             });
}

void CliRunner::runBulk(const QString &doneWord, BulkRun::Step step)
{
    auto *bulk = new BulkRun(m_options.ids, std::move(step), this);
    // Lines are the default even off a terminal (scripts already read "<id> disabled"); only an
    // explicit csv or json asks for one document at the end instead.
    const bool lines = !m_options.format || *m_options.format == OutputFormat::Table;
    // One line per ID as it ends, so a long run shows progress; failures keep the one-line form.
    if (lines) {
        connect(bulk, &BulkRun::itemFinished, this,
                [this, doneWord](int, const BulkRun::Outcome &outcome) {
                    const QString line =
                        outcome.ok ? QString(outcome.id + u' ' +
                                             (outcome.note.isEmpty() ? doneWord : outcome.note))
                                   : QString(outcome.id + u" failed: "_s +
                                             errorLine(outcome.error).mid(7));
                    m_io.writeStdout(line.toUtf8() + '\n');
                });
    }
    connect(bulk, &BulkRun::finished, this, [this, bulk, lines, doneWord] {
        if (!lines && !writeBulkOutcomes(bulk->outcomes(), doneWord))
            return; // fail() has said why
        for (const BulkRun::Outcome &outcome : bulk->outcomes()) {
            if (!outcome.ok) {
                m_io.finish(outcome.done ? exitCodeFor(outcome.error.kind()) : ExitNetwork);
                return;
            }
        }
        m_io.finish(ExitOk);
    });
    bulk->start();
}

bool CliRunner::writeBulkOutcomes(const QList<BulkRun::Outcome> &outcomes, const QString &doneWord)
{
    static const QStringList columns{u"id"_s,         u"ok"_s,          u"result"_s,
                                     u"error_code"_s, u"error_field"_s, u"error"_s};
    // Flat objects with the same members as the CSV columns: one description fits both.
    QJsonArray objects;
    for (const BulkRun::Outcome &outcome : outcomes) {
        QJsonObject object{{u"id"_s, outcome.id}, {u"ok"_s, outcome.ok}};
        auto textOrNull = [](const QString &text) {
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        };
        if (outcome.ok) {
            object.insert(u"result"_s, outcome.note.isEmpty() ? doneWord : outcome.note);
            for (const char *empty : {"error_code", "error_field", "error"})
                object.insert(QLatin1StringView(empty), QJsonValue());
        } else {
            // Not done: the run was stopped before this ID had its turn.
            object.insert(u"result"_s, outcome.done ? u"failed"_s : u"not attempted"_s);
            object.insert(u"error_code"_s, textOrNull(errorCode(outcome.error)));
            object.insert(u"error_field"_s, textOrNull(outcome.error.fieldPointer()));
            object.insert(u"error"_s,
                          outcome.done ? textOrNull(errorMessage(outcome.error)) : QJsonValue());
        }
        objects.append(object);
    }
    return m_io.writeGrid(gridFromObjects(objects, columns), objects);
}

void CliRunner::printAccount(const ManagedAccountDetail &detail)
{
    const ManagedAccount &a = detail.account;
    QJsonObject account{{u"id"_s, a.id},
                        {u"record_type"_s, a.recordType},
                        {u"email"_s, a.email},
                        {u"api_user"_s, a.apiUser},
                        {u"manager_account_id"_s, a.managerAccountId}};
    account.insert(u"organization_name"_s,
                   a.organizationName ? QJsonValue(*a.organizationName) : QJsonValue());
    account.insert(u"created_at"_s, a.createdAt.isValid()
                                        ? QJsonValue(a.createdAt.toString(Qt::ISODateWithMs))
                                        : QJsonValue());
    account.insert(u"updated_at"_s, a.updatedAt.isValid()
                                        ? QJsonValue(a.updatedAt.toString(Qt::ISODateWithMs))
                                        : QJsonValue());
    account.insert(u"managed_account_allow_custom_pricing"_s,
                   a.allowCustomPricing ? QJsonValue(*a.allowCustomPricing) : QJsonValue());
    account.insert(u"rollup_billing"_s,
                   a.rollupBilling ? QJsonValue(*a.rollupBilling) : QJsonValue());
    if (!detail.secrets.apiKey.isEmpty())
        account.insert(u"api_key"_s, detail.secrets.apiKey);
    if (!detail.secrets.apiToken.isEmpty())
        account.insert(u"api_token"_s, detail.secrets.apiToken);
    const OutputFormat format = m_io.effectiveFormat();
    for (QLatin1StringView field : secretFields) {
        if (m_options.revealKeys || !account.contains(field))
            continue;
        if (format == OutputFormat::Table)
            account.insert(field, u"(hidden; use --reveal-keys)"_s);
        else
            account.remove(field);
    }
    m_io.printGrid(format == OutputFormat::Table ? fieldValueGrid(account) : singleRowGrid(account),
                   account);
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
            m_io.failApi(error);
            return;
        }
        m_io.printGrid(gridFromObjects(*objects, columns), *objects);
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
            m_io.failApi(call->error());
            return;
        }
        const Result<QJsonValue> data = decodeData(call->body());
        if (!data.ok() || !data.value().isObject()) {
            m_io.failApi(data.ok() ? ApiError(ApiError::Kind::BadResponse,
                                              u"The account is not a JSON object."_s)
                                   : data.error());
            return;
        }
        QJsonObject account = data.value().toObject();
        const OutputFormat format = m_io.effectiveFormat();
        for (QLatin1StringView field : secretFields) {
            if (m_options.revealKeys || !account.contains(field))
                continue;
            // A table says the key exists; machine formats leave it out entirely.
            if (format == OutputFormat::Table)
                account.insert(field, u"(hidden; use --reveal-keys)"_s);
            else
                account.remove(field);
        }
        m_io.printGrid(format == OutputFormat::Table ? fieldValueGrid(account)
                                                     : singleRowGrid(account),
                       account);
    });
}

void CliRunner::reportGroups()
{
    if (m_options.asTelnyx) {
        m_client.groupsReportCsv(this, [this](const Result<QByteArray> &r) {
            if (!r.ok()) {
                m_io.failApi(r.error());
                return;
            }
            if (m_options.outputFile.isEmpty()) {
                m_io.finish(m_io.writeStdout(r.value()) ? ExitOk : ExitUsage);
                return;
            }
            QString error;
            if (!CsvExport::writeBytesAtomically(m_options.outputFile, r.value(), &error)) {
                m_io.fail(ExitUsage, u"cannot write %1: %2"_s.arg(m_options.outputFile, error));
                return;
            }
            m_io.finish(ExitOk);
        });
        return;
    }
    m_client.groupsReport(this, [this](const Result<Page<OrganizationUser>> &r) {
        if (!r.ok()) {
            m_io.failApi(r.error());
            return;
        }
        const Page<OrganizationUser> &page = r.value();
        if (page.rejected > 0) {
            // A report that silently drops people is worse than none.
            m_io.failApi(ApiError(
                ApiError::Kind::BadResponse,
                u"%1 rows could not be read: %2"_s.arg(page.rejected).arg(page.firstProblem)));
            return;
        }
        if (m_options.outputFile.isEmpty()) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(&buffer);
            if (!writeGroupsReportCsv(page.items, writer, false) || !writer.finish()) {
                m_io.fail(ExitUsage, writer.errorString());
                return;
            }
            m_io.finish(m_io.writeStdout(buffer.data()) ? ExitOk : ExitUsage);
            return;
        }
        CsvExport out(m_options.outputFile);
        if (!out.open() || !writeGroupsReportCsv(page.items, out.writer(), false) ||
            !out.commit()) {
            m_io.fail(ExitUsage,
                      u"cannot write %1: %2"_s.arg(m_options.outputFile, out.errorString()));
            return;
        }
        m_io.finish(ExitOk);
    });
}

} // namespace telnyx::cli

#include "api/channels.h"
#include "api/jsonreader.h"
#include "api/managedaccount.h"
#include "api/organizationuser.h"
#include "api/pagemeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringBuilder>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace telnyx;

namespace {

// Any JSON text, scalars included (QJsonDocument only takes arrays and objects at the top). An
// empty text stands for a member that is not there at all.
std::optional<QJsonValue> parseValue(const QByteArray &json)
{
    if (json.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson('[' + json + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1) {
        return std::nullopt;
    }
    return document.array().at(0);
}

// Picks a member out of an envelope ({"data": …, "meta": …}); an empty name means the whole value.
QJsonValue memberOf(const QJsonValue &value, const QString &member)
{
    return member.isEmpty() ? value : value.toObject().value(member);
}

QVariant variantOf(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant variantOf(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant variantOf(const std::optional<qint64> &value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

QStringList groupList(const QList<UserGroup> &groups)
{
    QStringList list;
    for (const UserGroup &group : groups)
        list.append(group.id % u'=' % group.name);
    return list;
}

QByteArray nested(int depth, const QByteArray &inner = {})
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// About a megabyte of text that is not all ASCII, so an encoding slip shows up as a mismatch.
QString hugeUnicode()
{
    return QString::fromUtf8("Kätzchen 日本語 🐱 ").repeated(1 << 15);
}

QByteArray hugeAscii()
{
    return QByteArray(1 << 20, 'x');
}

struct Outcome
{
    bool decoded = false;
    bool sameWithoutErrorSink = false;
    QString error;
};

template <typename T> Outcome decodeAs(const QJsonValue &value)
{
    Outcome outcome;
    outcome.decoded = T::fromJson(value, &outcome.error).has_value();
    outcome.sameWithoutErrorSink = T::fromJson(value, nullptr).has_value() == outcome.decoded;
    return outcome;
}

std::optional<Outcome> decodeKind(const QString &kind, const QJsonValue &value)
{
    if (kind == "ManagedAccount"_L1)
        return decodeAs<ManagedAccount>(value);
    if (kind == "ManagedAccountDetail"_L1)
        return decodeAs<ManagedAccountDetail>(value);
    if (kind == "ManagedAccountSecrets"_L1)
        return decodeAs<ManagedAccountSecrets>(value);
    if (kind == "ManagedAccountBalance"_L1)
        return decodeAs<ManagedAccountBalance>(value);
    if (kind == "OrganizationUser"_L1)
        return decodeAs<OrganizationUser>(value);
    if (kind == "UserGroup"_L1)
        return decodeAs<UserGroup>(value);
    if (kind == "PageMeta"_L1)
        return decodeAs<PageMeta>(value);
    if (kind == "ChannelPool"_L1)
        return decodeAs<ChannelPool>(value);
    if (kind == "AccountChannelLimit"_L1)
        return decodeAs<AccountChannelLimit>(value);
    return std::nullopt;
}

const QByteArray specAccount = R"json({
    "id": "f65ceda4-6522-4ad6-aede-98de83385123",
    "record_type": "managed_account",
    "email": "user@example.com",
    "api_key": "KEY01236170692E74656C6E79782E636F6D_YmFzZTY0c2VjcmV0",
    "api_token": "x6oexQNHTs-fZ7-QsDMOeg",
    "api_user": "managed_account@example.com",
    "manager_account_id": "f65ceda4-6522-4ad6-aede-98de83385123",
    "created_at": "2018-02-02T22:25:27.521Z",
    "updated_at": "2018-02-02T22:25:27Z",
    "organization_name": "Example Company LLC",
    "managed_account_allow_custom_pricing": false,
    "rollup_billing": true,
    "balance": {"available_credit": "400.00", "balance": "300.00", "credit_limit": "100.00",
                "currency": "USD", "record_type": "balance"}
})json";

const QByteArray specReportSubUser = R"json({
    "created_at": "2018-02-02T22:25:27.521Z", "email": "user@example.com",
    "groups": [{"id": "7b09cdc3-8948-47f0-aa62-74ac943d6c59", "name": "Engineering"},
               {"id": "8c09cdc3-8948-47f0-aa62-74ac943d6c60", "name": "Sales"}],
    "id": "6a09cdc3-8948-47f0-aa62-74ac943d6c58", "last_sign_in_at": "2018-02-02T22:25:27.521Z",
    "organization_user_bypasses_sso": false, "record_type": "organization_sub_user",
    "user_status": "enabled"})json";

const QByteArray specReportOwner = R"json({
    "created_at": "2018-01-01T00:00:00.000Z", "email": "owner@example.com", "groups": [],
    "id": "9d09cdc3-8948-47f0-aa62-74ac943d6c61", "last_sign_in_at": "2018-02-02T22:25:27.521Z",
    "organization_user_bypasses_sso": false, "record_type": "organization_owner",
    "user_status": "enabled"})json";

} // namespace

class TstDecoders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void managedAccount_data();
    void managedAccount();
    void secrets_data();
    void secrets();
    void organizationUser_data();
    void organizationUser();
    void channelPool_data();
    void channelPool();
    void channelLimit_data();
    void channelLimit();
    void pageMeta_data();
    void pageMeta();
    void rejects_data();
    void rejects();
    void errorMessageFormat();
    void readerInteger_data();
    void readerInteger();
    void readerStringOrNumber_data();
    void readerStringOrNumber();
    void readerKeepsFirstError();
    void parseTimestamp_data();
    void parseTimestamp();
    void accountStatusKeys();
    void userStatusKeys();
};

void TstDecoders::initTestCase()
{
    // A zone far from UTC (a POSIX rule, so no tzdata is needed) makes any timestamp that was left
    // in local time, or read as local time, come out hours off.
    qputenv("TZ", "XST-05:30");
    QCOMPARE(QDateTime(QDate(2018, 2, 2), QTime(12, 0)).offsetFromUtc(), 5 * 3600 + 30 * 60);
}

void TstDecoders::managedAccount_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("recordType");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("apiUser");
    QTest::addColumn<QString>("managerAccountId");
    QTest::addColumn<QVariant>("organizationName");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<QDateTime>("updatedAt");
    QTest::addColumn<QVariant>("allowCustomPricing");
    QTest::addColumn<QVariant>("rollupBilling");
    // Invalid: no balance; otherwise a list of balance, credit_limit, available_credit, currency.
    QTest::addColumn<QVariant>("balance");

    const QString uuid = u"f65ceda4-6522-4ad6-aede-98de83385123"_s;
    const QVariant noValue;

    QTest::newRow("spec single account with balance")
        << specAccount << uuid << u"managed_account"_s << u"user@example.com"_s
        << u"managed_account@example.com"_s << uuid << QVariant(u"Example Company LLC"_s)
        << utc(2018, 2, 2, 22, 25, 27, 521) << utc(2018, 2, 2, 22, 25, 27) << QVariant(false)
        << QVariant(true)
        << QVariant(QVariantList{u"300.00"_s, u"100.00"_s, u"400.00"_s, u"USD"_s});

    QTest::newRow("list item without email and api_user (older docs)")
        << QByteArray(R"({"id":"a1","record_type":"managed_account","manager_account_id":"m1",
                          "created_at":"2020-05-06T07:08:09.010Z",
                          "updated_at":"2020-05-06T07:08:09.010Z",
                          "managed_account_allow_custom_pricing":true})")
        << u"a1"_s << u"managed_account"_s << QString() << QString() << u"m1"_s << noValue
        << utc(2020, 5, 6, 7, 8, 9, 10) << utc(2020, 5, 6, 7, 8, 9, 10) << QVariant(true) << noValue
        << noValue;

    QTest::newRow("only id") << QByteArray(R"({"id":"only"})") << u"only"_s << QString()
                             << QString() << QString() << QString() << noValue << QDateTime()
                             << QDateTime() << noValue << noValue << noValue;

    QTest::newRow("nulls everywhere but id")
        << QByteArray(R"({"id":"n","record_type":null,"email":null,"api_user":null,
                          "manager_account_id":null,"organization_name":null,"created_at":null,
                          "updated_at":null,"managed_account_allow_custom_pricing":null,
                          "rollup_billing":null,"balance":null,"api_key":null})")
        << u"n"_s << QString() << QString() << QString() << QString() << noValue << QDateTime()
        << QDateTime() << noValue << noValue << noValue;

    QTest::newRow("balance members missing or null")
        << QByteArray(R"({"id":"b","balance":{"balance":"-12.50","credit_limit":null}})") << u"b"_s
        << QString() << QString() << QString() << QString() << noValue << QDateTime() << QDateTime()
        << noValue << noValue << QVariant(QVariantList{u"-12.50"_s, noValue, noValue, noValue});

    QTest::newRow("empty balance object")
        << QByteArray(R"({"id":"b","balance":{}})") << u"b"_s << QString() << QString() << QString()
        << QString() << noValue << QDateTime() << QDateTime() << noValue << noValue
        << QVariant(QVariantList{noValue, noValue, noValue, noValue});

    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"id":"u","status":"enabled","channel_limit":"x","new_field":{"a":[1,2]},
                          "balance":{"currency":"EUR","pending":12.5},"email":"e@x.io"})")
        << u"u"_s << QString() << u"e@x.io"_s << QString() << QString() << noValue << QDateTime()
        << QDateTime() << noValue << noValue
        << QVariant(QVariantList{noValue, noValue, noValue, u"EUR"_s});

    QTest::newRow("secrets of the wrong type are not read here")
        << QByteArray(R"({"id":"s","api_key":42,"api_token":{"nested":true}})") << u"s"_s
        << QString() << QString() << QString() << QString() << noValue << QDateTime() << QDateTime()
        << noValue << noValue << noValue;

    QTest::newRow("unparseable timestamps become invalid")
        << QByteArray(R"({"id":"t","created_at":"yesterday","updated_at":""})") << u"t"_s
        << QString() << QString() << QString() << QString() << noValue << QDateTime() << QDateTime()
        << noValue << noValue << noValue;

    QTest::newRow("timestamps with offsets")
        << QByteArray(R"({"id":"o","created_at":"2018-02-03T00:25:27+02:00",
                          "updated_at":"2018-02-02T17:55:27.250-04:30"})")
        << u"o"_s << QString() << QString() << QString() << QString() << noValue
        << utc(2018, 2, 2, 22, 25, 27) << utc(2018, 2, 2, 22, 25, 27, 250) << noValue << noValue
        << noValue;

    QTest::newRow("unicode preserved")
        << QByteArray(R"({"id":"ü","email":"jürgen@exämple.de",
                          "organization_name":"Kätzchen 日本語 🐱 \u00e9\ud83d\udc36"})")
        << QString::fromUtf8("ü") << QString() << QString::fromUtf8("jürgen@exämple.de")
        << QString() << QString() << QVariant(QString::fromUtf8("Kätzchen 日本語 🐱 é🐶"))
        << QDateTime() << QDateTime() << noValue << noValue << noValue;

    const QString huge = hugeUnicode();
    QTest::newRow("huge organization name (1 MB)")
        << QByteArray(R"({"id":"h","organization_name":")" + huge.toUtf8() + "\"}") << u"h"_s
        << QString() << QString() << QString() << QString() << QVariant(huge) << QDateTime()
        << QDateTime() << noValue << noValue << noValue;

    QTest::newRow("huge id (1 MB)")
        << QByteArray(R"({"id":")" + hugeAscii() + "\"}") << QString::fromLatin1(hugeAscii())
        << QString() << QString() << QString() << QString() << noValue << QDateTime() << QDateTime()
        << noValue << noValue << noValue;

    QTest::newRow("huge unparseable timestamp (1 MB)")
        << QByteArray(R"({"id":"ht","created_at":"2018-02-02T22:25:27Z)" + hugeAscii() + "\"}")
        << u"ht"_s << QString() << QString() << QString() << QString() << noValue << QDateTime()
        << QDateTime() << noValue << noValue << noValue;

    QTest::newRow("deeply nested unknown field")
        << QByteArray(R"({"id":"d","extra":)" + nested(900, "1") + "}") << u"d"_s << QString()
        << QString() << QString() << QString() << noValue << QDateTime() << QDateTime() << noValue
        << noValue << noValue;
}

void TstDecoders::managedAccount()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(QString, recordType);
    QFETCH(QString, email);
    QFETCH(QString, apiUser);
    QFETCH(QString, managerAccountId);
    QFETCH(QVariant, organizationName);
    QFETCH(QDateTime, createdAt);
    QFETCH(QDateTime, updatedAt);
    QFETCH(QVariant, allowCustomPricing);
    QFETCH(QVariant, rollupBilling);
    QFETCH(QVariant, balance);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value, "test data is not valid JSON");

    QString error;
    const std::optional<ManagedAccount> account = ManagedAccount::fromJson(*value, &error);
    QVERIFY2(account, qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(account->id, id);
    QCOMPARE(account->recordType, recordType);
    QCOMPARE(account->email, email);
    QCOMPARE(account->apiUser, apiUser);
    QCOMPARE(account->managerAccountId, managerAccountId);
    QCOMPARE(variantOf(account->organizationName), organizationName);
    QCOMPARE(account->createdAt.isValid(), createdAt.isValid());
    QCOMPARE(account->createdAt, createdAt);
    QCOMPARE(account->updatedAt.isValid(), updatedAt.isValid());
    QCOMPARE(account->updatedAt, updatedAt);
    if (createdAt.isValid())
        QCOMPARE(account->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(variantOf(account->allowCustomPricing), allowCustomPricing);
    QCOMPARE(variantOf(account->rollupBilling), rollupBilling);

    QCOMPARE(account->balance.has_value(), balance.isValid());
    if (account->balance) {
        const QVariantList expected = balance.toList();
        QCOMPARE(expected.size(), 4);
        QCOMPARE(variantOf(account->balance->balance), expected.at(0));
        QCOMPARE(variantOf(account->balance->creditLimit), expected.at(1));
        QCOMPARE(variantOf(account->balance->availableCredit), expected.at(2));
        QCOMPARE(variantOf(account->balance->currency), expected.at(3));
    }

    // The detail decoder must agree with the list decoder on everything that is not a secret.
    const std::optional<ManagedAccountDetail> detail =
        ManagedAccountDetail::fromJson(*value, &error);
    const bool secretsWellTyped = ManagedAccountSecrets::fromJson(*value, nullptr).has_value();
    QCOMPARE(detail.has_value(), secretsWellTyped);
    if (detail) {
        QCOMPARE(detail->account.id, account->id);
        QCOMPARE(detail->account.email, account->email);
        QCOMPARE(detail->account.createdAt, account->createdAt);
        QCOMPARE(detail->account.balance.has_value(), account->balance.has_value());
    }
}

void TstDecoders::secrets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("apiToken");

    QTest::newRow("spec single account")
        << specAccount << u"KEY01236170692E74656C6E79782E636F6D_YmFzZTY0c2VjcmV0"_s
        << u"x6oexQNHTs-fZ7-QsDMOeg"_s;
    QTest::newRow("list item has none")
        << QByteArray(R"({"id":"a","email":"a@b.c"})") << QString() << QString();
    QTest::newRow("null secrets") << QByteArray(R"({"id":"a","api_key":null,"api_token":null})")
                                  << QString() << QString();
    QTest::newRow("only the V2 key")
        << QByteArray(R"({"id":"a","api_key":"KEY_only"})") << u"KEY_only"_s << QString();
}

void TstDecoders::secrets()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, apiKey);
    QFETCH(QString, apiToken);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value, "test data is not valid JSON");

    QString error;
    const std::optional<ManagedAccountSecrets> secrets =
        ManagedAccountSecrets::fromJson(*value, &error);
    QVERIFY2(secrets, qPrintable(error));
    QCOMPARE(secrets->apiKey, apiKey);
    QCOMPARE(secrets->apiToken, apiToken);
    QCOMPARE(secrets->isEmpty(), apiKey.isEmpty() && apiToken.isEmpty());

    const std::optional<ManagedAccountDetail> detail =
        ManagedAccountDetail::fromJson(*value, &error);
    QVERIFY2(detail, qPrintable(error));
    QCOMPARE(detail->secrets.apiKey, apiKey);
    QCOMPARE(detail->secrets.apiToken, apiToken);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstDecoders::organizationUser_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("recordType");
    QTest::addColumn<QString>("email");
    QTest::addColumn<UserStatus>("status");
    QTest::addColumn<QString>("rawStatus");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<QDateTime>("lastSignInAt");
    QTest::addColumn<QVariant>("bypassesSso");
    QTest::addColumn<QVariant>("groups"); // invalid: absent; else "id=name" strings
    QTest::addColumn<bool>("isOwner");

    const QVariant noValue;

    QTest::newRow("spec report row with groups")
        << specReportSubUser << u"6a09cdc3-8948-47f0-aa62-74ac943d6c58"_s
        << u"organization_sub_user"_s << u"user@example.com"_s << UserStatus::Enabled
        << u"enabled"_s << utc(2018, 2, 2, 22, 25, 27, 521) << utc(2018, 2, 2, 22, 25, 27, 521)
        << QVariant(false)
        << QVariant(QStringList{u"7b09cdc3-8948-47f0-aa62-74ac943d6c59=Engineering"_s,
                                u"8c09cdc3-8948-47f0-aa62-74ac943d6c60=Sales"_s})
        << false;

    QTest::newRow("spec report owner with empty groups")
        << specReportOwner << u"9d09cdc3-8948-47f0-aa62-74ac943d6c61"_s << u"organization_owner"_s
        << u"owner@example.com"_s << UserStatus::Enabled << u"enabled"_s << utc(2018, 1, 1, 0, 0, 0)
        << utc(2018, 2, 2, 22, 25, 27, 521) << QVariant(false) << QVariant(QStringList()) << true;

    QTest::newRow("list user without groups, never signed in")
        << QByteArray(R"({"id":"u1","record_type":"organization_sub_user","email":"a@b.c",
                          "user_status":"disabled","created_at":"2024-03-04T05:06:07Z",
                          "last_sign_in_at":null,"organization_user_bypasses_sso":true})")
        << u"u1"_s << u"organization_sub_user"_s << u"a@b.c"_s << UserStatus::Disabled
        << u"disabled"_s << utc(2024, 3, 4, 5, 6, 7) << QDateTime() << QVariant(true) << noValue
        << false;

    QTest::newRow("blocked") << QByteArray(R"({"id":"u2","user_status":"blocked"})") << u"u2"_s
                             << QString() << QString() << UserStatus::Blocked << u"blocked"_s
                             << QDateTime() << QDateTime() << noValue << noValue << false;

    QTest::newRow("unknown status kept raw")
        << QByteArray(R"({"id":"u3","user_status":"suspended"})") << u"u3"_s << QString()
        << QString() << UserStatus::Unknown << u"suspended"_s << QDateTime() << QDateTime()
        << noValue << noValue << false;

    QTest::newRow("status spelled differently is not guessed")
        << QByteArray(R"({"id":"u4","user_status":"Enabled"})") << u"u4"_s << QString() << QString()
        << UserStatus::Unknown << u"Enabled"_s << QDateTime() << QDateTime() << noValue << noValue
        << false;

    QTest::newRow("only id") << QByteArray(R"({"id":"u5"})") << u"u5"_s << QString() << QString()
                             << UserStatus::Unknown << QString() << QDateTime() << QDateTime()
                             << noValue << noValue << false;

    QTest::newRow("nulls everywhere but id")
        << QByteArray(R"({"id":"u6","record_type":null,"email":null,"user_status":null,
                          "created_at":null,"last_sign_in_at":null,
                          "organization_user_bypasses_sso":null,"groups":null})")
        << u"u6"_s << QString() << QString() << UserStatus::Unknown << QString() << QDateTime()
        << QDateTime() << noValue << noValue << false;

    QTest::newRow("unknown fields ignored, also inside groups")
        << QByteArray(R"({"id":"u7","mfa":{"enabled":true},"tags":[1,"x",null],
                          "groups":[{"id":"g","name":"Admins","members":42}]})")
        << u"u7"_s << QString() << QString() << UserStatus::Unknown << QString() << QDateTime()
        << QDateTime() << noValue << QVariant(QStringList{u"g=Admins"_s}) << false;

    QTest::newRow("unicode preserved")
        << QByteArray(R"({"id":"u8","email":"zoë@例え.jp",
                          "groups":[{"id":"g1","name":"Ingeniería 工程 \ud83d\ude80"}]})")
        << u"u8"_s << QString() << QString::fromUtf8("zoë@例え.jp") << UserStatus::Unknown
        << QString() << QDateTime() << QDateTime() << noValue
        << QVariant(QStringList{QString::fromUtf8("g1=Ingeniería 工程 🚀")}) << false;

    const QString huge = hugeUnicode();
    QTest::newRow("huge group name (1 MB)")
        << QByteArray(R"({"id":"u9","groups":[{"id":"g","name":")" + huge.toUtf8() + "\"}]}")
        << u"u9"_s << QString() << QString() << UserStatus::Unknown << QString() << QDateTime()
        << QDateTime() << noValue << QVariant(QStringList{u"g="_s + huge}) << false;

    QTest::newRow("deeply nested unknown field")
        << QByteArray(R"({"id":"u10","extra":)" + nested(900) + "}") << u"u10"_s << QString()
        << QString() << UserStatus::Unknown << QString() << QDateTime() << QDateTime() << noValue
        << noValue << false;
}

void TstDecoders::organizationUser()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(QString, recordType);
    QFETCH(QString, email);
    QFETCH(UserStatus, status);
    QFETCH(QString, rawStatus);
    QFETCH(QDateTime, createdAt);
    QFETCH(QDateTime, lastSignInAt);
    QFETCH(QVariant, bypassesSso);
    QFETCH(QVariant, groups);
    QFETCH(bool, isOwner);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value, "test data is not valid JSON");

    QString error;
    const std::optional<OrganizationUser> user = OrganizationUser::fromJson(*value, &error);
    QVERIFY2(user, qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(user->id, id);
    QCOMPARE(user->recordType, recordType);
    QCOMPARE(user->email, email);
    QCOMPARE(user->status, status);
    QCOMPARE(user->rawStatus, rawStatus);
    QCOMPARE(user->createdAt.isValid(), createdAt.isValid());
    QCOMPARE(user->createdAt, createdAt);
    QCOMPARE(user->lastSignInAt.isValid(), lastSignInAt.isValid());
    QCOMPARE(user->lastSignInAt, lastSignInAt);
    QCOMPARE(variantOf(user->bypassesSso), bypassesSso);
    QCOMPARE(user->groups.has_value(), groups.isValid());
    if (user->groups)
        QCOMPARE(groupList(*user->groups), groups.toStringList());
    QCOMPARE(user->isOwner(), isOwner);
}

void TstDecoders::channelPool_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("allocatable");
    QTest::addColumn<qint64>("totalAllocated");
    QTest::addColumn<QVariant>("allowCustomPricing");
    QTest::addColumn<QString>("recordType");
    QTest::addColumn<bool>("featureEnabled");

    QTest::newRow("spec example") << QByteArray(R"({"allocatable_global_outbound_channels": 500,
                          "record_type": "allocatable_global_outbound_channels",
                          "total_global_channels_allocated": 135})")
                                  << qint64(500) << qint64(135) << QVariant()
                                  << u"allocatable_global_outbound_channels"_s << true;
    QTest::newRow("feature off") << QByteArray(R"({"allocatable_global_outbound_channels":0,
                          "total_global_channels_allocated":0,
                          "managed_account_allow_custom_pricing":true})")
                                 << qint64(0) << qint64(0) << QVariant(true) << QString() << false;
    QTest::newRow("empty object") << QByteArray("{}") << qint64(0) << qint64(0) << QVariant()
                                  << QString() << false;
    QTest::newRow("nulls") << QByteArray(R"({"allocatable_global_outbound_channels":null,
                                             "total_global_channels_allocated":null,
                                             "managed_account_allow_custom_pricing":null,
                                             "record_type":null})")
                           << qint64(0) << qint64(0) << QVariant() << QString() << false;
    QTest::newRow("integral numbers written as decimals")
        << QByteArray(R"({"allocatable_global_outbound_channels":5.0e2,
                          "total_global_channels_allocated":1.0})")
        << qint64(500) << qint64(1) << QVariant() << QString() << true;
    QTest::newRow("only allocated")
        << QByteArray(R"({"total_global_channels_allocated":7,"future":{"x":1}})") << qint64(0)
        << qint64(7) << QVariant() << QString() << true;
    QTest::newRow("largest exact integer")
        << QByteArray(R"({"allocatable_global_outbound_channels":9007199254740992})")
        << qint64(9007199254740992) << qint64(0) << QVariant() << QString() << true;
}

void TstDecoders::channelPool()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, allocatable);
    QFETCH(qint64, totalAllocated);
    QFETCH(QVariant, allowCustomPricing);
    QFETCH(QString, recordType);
    QFETCH(bool, featureEnabled);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value, "test data is not valid JSON");
    QString error;
    const std::optional<ChannelPool> pool = ChannelPool::fromJson(*value, &error);
    QVERIFY2(pool, qPrintable(error));
    QCOMPARE(pool->allocatable, allocatable);
    QCOMPARE(pool->totalAllocated, totalAllocated);
    QCOMPARE(variantOf(pool->allowCustomPricing), allowCustomPricing);
    QCOMPARE(pool->recordType, recordType);
    QCOMPARE(pool->featureEnabled(), featureEnabled);
}

void TstDecoders::channelLimit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QVariant>("channelLimit");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("managerAccountId");
    QTest::addColumn<QString>("recordType");

    QTest::newRow("spec fields") << QByteArray(R"({"channel_limit":30,"email":"user@example.com",
                          "id":"f65ceda4-6522-4ad6-aede-98de83385123",
                          "manager_account_id":"f65ceda4-6522-4ad6-aede-98de83385124",
                          "record_type":"managed_account_global_outbound_settings"})")
                                 << QVariant(qlonglong(30))
                                 << u"f65ceda4-6522-4ad6-aede-98de83385123"_s
                                 << u"user@example.com"_s
                                 << u"f65ceda4-6522-4ad6-aede-98de83385124"_s
                                 << u"managed_account_global_outbound_settings"_s;
    QTest::newRow("zero channels")
        << QByteArray(R"({"channel_limit":0,"id":"a"})") << QVariant(qlonglong(0)) << u"a"_s
        << QString() << QString() << QString();
    QTest::newRow("missing limit") << QByteArray(R"({"id":"a","extra":[{}]})") << QVariant()
                                   << u"a"_s << QString() << QString() << QString();
    QTest::newRow("null limit") << QByteArray(R"({"channel_limit":null})") << QVariant()
                                << QString() << QString() << QString() << QString();
}

void TstDecoders::channelLimit()
{
    QFETCH(QByteArray, json);
    QFETCH(QVariant, channelLimit);
    QFETCH(QString, id);
    QFETCH(QString, email);
    QFETCH(QString, managerAccountId);
    QFETCH(QString, recordType);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value, "test data is not valid JSON");
    QString error;
    const std::optional<AccountChannelLimit> limit = AccountChannelLimit::fromJson(*value, &error);
    QVERIFY2(limit, qPrintable(error));
    QCOMPARE(variantOf(limit->channelLimit), channelLimit);
    QCOMPARE(limit->id, id);
    QCOMPARE(limit->email, email);
    QCOMPARE(limit->managerAccountId, managerAccountId);
    QCOMPARE(limit->recordType, recordType);
}

void TstDecoders::pageMeta_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("pageNumber");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("totalPages");
    QTest::addColumn<qint64>("totalResults");

    QTest::newRow("spec example") << QByteArray(
                                         R"({"page_number": 2, "page_size": 25, "total_pages": 3,
                          "total_results": 55})")
                                  << QString() << true << 2 << 25 << 3 << qint64(55);
    QTest::newRow("list envelope") << QByteArray(R"({"data":[{"id":"a"}],
                                       "meta":{"page_number":1,"page_size":250,"total_pages":1,
                                               "total_results":1}})")
                                   << u"meta"_s << true << 1 << 250 << 1 << qint64(1);
    QTest::newRow("report envelope without meta")
        << QByteArray(R"({"data":[]})") << u"meta"_s << false << 1 << 0 << 1 << qint64(-1);
    QTest::newRow("meta null") << QByteArray(R"({"data":[],"meta":null})") << u"meta"_s << false
                               << 1 << 0 << 1 << qint64(-1);
    QTest::newRow("empty meta") << QByteArray("{}") << QString() << true << 1 << 0 << 1
                                << qint64(-1);
    QTest::newRow("empty list") << QByteArray(R"({"page_number":1,"page_size":20,
                                                  "total_pages":0,"total_results":0})")
                                << QString() << true << 1 << 20 << 0 << qint64(0);
    QTest::newRow("members null") << QByteArray(
                                         R"({"page_number":null,"page_size":null,"total_pages":null,
                          "total_results":null})")
                                  << QString() << true << 1 << 0 << 1 << qint64(-1);
    QTest::newRow("integral decimals and unknown fields")
        << QByteArray(R"({"page_number":3.0,"page_size":2.5e1,"total_pages":4,"cursor":"abc"})")
        << QString() << true << 3 << 25 << 4 << qint64(-1);
    QTest::newRow("past the last page") << QByteArray(R"({"page_number":9,"total_pages":3})")
                                        << QString() << true << 9 << 0 << 3 << qint64(-1);
}

void TstDecoders::pageMeta()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, member);
    QFETCH(bool, present);
    QFETCH(int, pageNumber);
    QFETCH(int, pageSize);
    QFETCH(int, totalPages);
    QFETCH(qint64, totalResults);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value, "test data is not valid JSON");
    QString error;
    const std::optional<PageMeta> meta = PageMeta::fromJson(memberOf(*value, member), &error);
    QVERIFY2(meta, qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(meta->present, present);
    QCOMPARE(meta->pageNumber, pageNumber);
    QCOMPARE(meta->pageSize, pageSize);
    QCOMPARE(meta->totalPages, totalPages);
    QCOMPARE(meta->totalResults, totalResults);
}

void TstDecoders::rejects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QStringList>("mentions");   // every one must appear in the error
    QTest::addColumn<QString>("mustNotMention"); // a value that must stay out of the error

    const auto row = [](const char *name, const char *kind, const QByteArray &json,
                        const QStringList &mentions, const QString &mustNotMention = {},
                        const QString &member = {}) {
        QTest::newRow(name) << QString::fromLatin1(kind) << json << member << mentions
                            << mustNotMention;
    };
    const QString account = u"managed account"_s;
    const QString user = u"organization user"_s;

    // Managed account: shape and required id.
    row("account: array instead of object", "ManagedAccount", R"([{"id":"a"}])",
        {account, u"array"_s});
    row("account: \"data\":\"oops\"", "ManagedAccount", R"({"data":"oops"})",
        {account, u"string"_s}, {}, u"data"_s);
    row("account: data missing from envelope", "ManagedAccount", R"({"errors":[]})",
        {account, u"undefined"_s}, {}, u"data"_s);
    row("account: null", "ManagedAccount", "null", {account, u"null"_s});
    row("account: number", "ManagedAccount", "42", {account});
    row("account: id 42", "ManagedAccount", R"({"id":42})", {u"\"id\""_s, u"number"_s});
    row("account: id missing", "ManagedAccount", R"({"email":"a@b.c"})", {u"\"id\""_s});
    row("account: id null", "ManagedAccount", R"({"id":null})", {u"\"id\""_s});
    row("account: id empty", "ManagedAccount", R"({"id":""})", {u"\"id\""_s});
    row("account: id object", "ManagedAccount", R"({"id":{"value":"a"}})", {u"\"id\""_s});
    // Wrong types of optional fields.
    row("account: record_type number", "ManagedAccount", R"({"id":"a","record_type":1})",
        {u"\"record_type\""_s});
    row("account: email bool", "ManagedAccount", R"({"id":"a","email":true})",
        {u"\"email\""_s, u"boolean"_s});
    row("account: api_user array", "ManagedAccount", R"({"id":"a","api_user":[]})",
        {u"\"api_user\""_s});
    row("account: manager_account_id number", "ManagedAccount",
        R"({"id":"a","manager_account_id":7})", {u"\"manager_account_id\""_s});
    row("account: organization_name number", "ManagedAccount",
        R"({"id":"a","organization_name":5})", {u"\"organization_name\""_s});
    row("account: created_at epoch number", "ManagedAccount",
        R"({"id":"a","created_at":1517610327})", {u"\"created_at\""_s, u"number"_s});
    row("account: updated_at object", "ManagedAccount", R"({"id":"a","updated_at":{}})",
        {u"\"updated_at\""_s});
    row("account: allow_custom_pricing string", "ManagedAccount",
        R"({"id":"a","managed_account_allow_custom_pricing":"true"})",
        {u"\"managed_account_allow_custom_pricing\""_s});
    row("account: rollup_billing number", "ManagedAccount", R"({"id":"a","rollup_billing":0})",
        {u"\"rollup_billing\""_s});
    row("account: balance string", "ManagedAccount", R"({"id":"a","balance":"300.00"})",
        {u"\"balance\""_s, u"object"_s});
    row("account: balance array", "ManagedAccount", R"({"id":"a","balance":[]})",
        {u"\"balance\""_s});
    row("account: money as a number", "ManagedAccount",
        R"({"id":"a","balance":{"balance":300.5,"currency":"USD"}})",
        {u"balance"_s, u"\"balance\""_s, u"number"_s}, u"300.5"_s);
    row("account: credit_limit number", "ManagedAccount",
        R"({"id":"a","balance":{"credit_limit":100}})", {u"balance"_s, u"\"credit_limit\""_s});
    row("account: available_credit object", "ManagedAccount",
        R"({"id":"a","balance":{"available_credit":{}}})",
        {u"balance"_s, u"\"available_credit\""_s});
    row("account: currency number", "ManagedAccount", R"({"id":"a","balance":{"currency":840}})",
        {u"balance"_s, u"\"currency\""_s});
    row("account: huge string where an object belongs", "ManagedAccount",
        R"({"id":"a","balance":")" + hugeAscii() + "\"}", {u"\"balance\""_s}, u"xxxxxxxx"_s);
    row("account: timestamp array of huge strings", "ManagedAccount",
        R"({"id":"a","created_at":[")" + hugeAscii() + "\"]}", {u"\"created_at\""_s},
        u"xxxxxxxx"_s);

    // Secrets: only the decoders that read them can trip over them, and never echo them.
    row("detail: api_key number", "ManagedAccountDetail", R"({"id":"a","api_key":424242})",
        {account, u"\"api_key\""_s, u"number"_s}, u"424242"_s);
    row("detail: api_token object", "ManagedAccountDetail",
        R"({"id":"a","api_key":"KEYsecret","api_token":{"v":"tok_secret"}})", {u"\"api_token\""_s},
        u"secret"_s);
    row("detail: account part broken", "ManagedAccountDetail", R"({"id":7,"api_key":"KEYsecret"})",
        {u"\"id\""_s}, u"KEYsecret"_s);
    row("detail: array", "ManagedAccountDetail", R"([])", {account});
    row("secrets: api_key array", "ManagedAccountSecrets", R"({"api_key":["KEYsecret"]})",
        {u"\"api_key\""_s}, u"KEYsecret"_s);
    row("secrets: string", "ManagedAccountSecrets", R"("KEYsecret")", {account}, u"KEYsecret"_s);
    row("balance: money as a number", "ManagedAccountBalance", R"({"balance":300})",
        {u"\"balance\""_s, u"number"_s});
    row("balance: array", "ManagedAccountBalance", R"([{"balance":"1.00"}])",
        {u"balance"_s, u"array"_s});

    // Organization users.
    row("user: array instead of object", "OrganizationUser", R"([{"id":"u"}])", {user, u"array"_s});
    row("user: \"data\":\"oops\"", "OrganizationUser", R"({"data":"oops"})", {user}, {}, u"data"_s);
    row("user: id 42", "OrganizationUser", R"({"id":42})", {user, u"\"id\""_s});
    row("user: id missing", "OrganizationUser", R"({"email":"a@b.c"})", {u"\"id\""_s});
    row("user: id empty", "OrganizationUser", R"({"id":""})", {u"\"id\""_s});
    row("user: groups \"Admins\"", "OrganizationUser", R"({"id":"u","groups":"Admins"})",
        {u"\"groups\""_s, u"string"_s});
    row("user: groups object", "OrganizationUser", R"({"id":"u","groups":{"id":"g"}})",
        {u"\"groups\""_s});
    row("user: group is a number", "OrganizationUser", R"({"id":"u","groups":[42]})",
        {u"groups[0]"_s, u"number"_s});
    row("user: second group lacks name", "OrganizationUser",
        R"({"id":"u","groups":[{"id":"g1","name":"A"},{"id":"g2"}]})",
        {u"groups[1]"_s, u"\"name\""_s});
    row("user: group id number", "OrganizationUser", R"({"id":"u","groups":[{"id":1,"name":"A"}]})",
        {u"groups[0]"_s, u"\"id\""_s});
    row("user: group name null", "OrganizationUser",
        R"({"id":"u","groups":[{"id":"g","name":null}]})", {u"\"name\""_s});
    row("user: group deeply nested array", "OrganizationUser",
        R"({"id":"u","groups":[)" + nested(900) + "]}", {u"groups[0]"_s, u"array"_s});
    row("user: user_status number", "OrganizationUser", R"({"id":"u","user_status":1})",
        {u"\"user_status\""_s});
    row("user: user_status array", "OrganizationUser", R"({"id":"u","user_status":["enabled"]})",
        {u"\"user_status\""_s});
    row("user: last_sign_in_at zero", "OrganizationUser", R"({"id":"u","last_sign_in_at":0})",
        {u"\"last_sign_in_at\""_s});
    row("user: created_at bool", "OrganizationUser", R"({"id":"u","created_at":false})",
        {u"\"created_at\""_s});
    row("user: email number", "OrganizationUser", R"({"id":"u","email":1})", {u"\"email\""_s});
    row("user: record_type array", "OrganizationUser", R"({"id":"u","record_type":[]})",
        {u"\"record_type\""_s});
    row("user: bypasses_sso string", "OrganizationUser",
        R"({"id":"u","organization_user_bypasses_sso":"false"})",
        {u"\"organization_user_bypasses_sso\""_s});
    row("group: not an object", "UserGroup", R"("Admins")", {u"user group"_s});
    row("group: id empty", "UserGroup", R"({"id":"","name":"A"})", {u"\"id\""_s});
    row("group: name missing", "UserGroup", R"({"id":"g"})", {u"\"name\""_s});

    // Page meta.
    row("meta: string", "PageMeta", R"({"data":[],"meta":"oops"})", {u"meta"_s, u"string"_s}, {},
        u"meta"_s);
    row("meta: array", "PageMeta", R"([1,2])", {u"meta"_s, u"array"_s});
    row("meta: page_number string", "PageMeta", R"({"page_number":"2"})", {u"\"page_number\""_s});
    row("meta: page_number zero", "PageMeta", R"({"page_number":0})", {u"\"page_number\""_s});
    row("meta: page_number fractional", "PageMeta", R"({"page_number":1.5})",
        {u"\"page_number\""_s});
    row("meta: page_number beyond int", "PageMeta", R"({"page_number":1e10})",
        {u"\"page_number\""_s});
    row("meta: page_number bool", "PageMeta", R"({"page_number":true})", {u"\"page_number\""_s});
    row("meta: page_size negative", "PageMeta", R"({"page_size":-1})", {u"\"page_size\""_s});
    row("meta: total_pages negative", "PageMeta", R"({"total_pages":-1})", {u"\"total_pages\""_s});
    row("meta: total_pages fractional", "PageMeta", R"({"total_pages":2.5})",
        {u"\"total_pages\""_s});
    row("meta: total_results string", "PageMeta", R"({"total_results":"55"})",
        {u"\"total_results\""_s});
    row("meta: total_results negative", "PageMeta", R"({"total_results":-3})",
        {u"\"total_results\""_s});
    row("meta: total_results beyond 2^53", "PageMeta", R"({"total_results":1e300})",
        {u"\"total_results\""_s});

    // Channels.
    row("pool: array", "ChannelPool", R"([])", {u"channel pool"_s});
    row("pool: allocatable string", "ChannelPool",
        R"({"allocatable_global_outbound_channels":"500"})",
        {u"\"allocatable_global_outbound_channels\""_s});
    row("pool: allocatable negative", "ChannelPool",
        R"({"allocatable_global_outbound_channels":-1})",
        {u"\"allocatable_global_outbound_channels\""_s});
    row("pool: allocatable fractional", "ChannelPool",
        R"({"allocatable_global_outbound_channels":1.5})",
        {u"\"allocatable_global_outbound_channels\""_s});
    row("pool: allocatable just beyond 2^53", "ChannelPool",
        R"({"allocatable_global_outbound_channels":9007199254740993})",
        {u"\"allocatable_global_outbound_channels\""_s});
    row("pool: total bool", "ChannelPool", R"({"total_global_channels_allocated":true})",
        {u"\"total_global_channels_allocated\""_s});
    row("pool: custom pricing string", "ChannelPool",
        R"({"managed_account_allow_custom_pricing":"no"})",
        {u"\"managed_account_allow_custom_pricing\""_s});
    row("pool: record_type number", "ChannelPool", R"({"record_type":5})", {u"\"record_type\""_s});
    row("limit: string", "AccountChannelLimit", R"("30")", {u"channel limit"_s});
    row("limit: channel_limit string", "AccountChannelLimit", R"({"channel_limit":"10"})",
        {u"\"channel_limit\""_s});
    row("limit: channel_limit negative", "AccountChannelLimit", R"({"channel_limit":-1})",
        {u"\"channel_limit\""_s});
    row("limit: channel_limit fractional", "AccountChannelLimit", R"({"channel_limit":2.5})",
        {u"\"channel_limit\""_s});
    row("limit: id number", "AccountChannelLimit", R"({"id":5})", {u"\"id\""_s});
    row("limit: email array", "AccountChannelLimit", R"({"email":[]})", {u"\"email\""_s});
    row("limit: manager_account_id object", "AccountChannelLimit", R"({"manager_account_id":{}})",
        {u"\"manager_account_id\""_s});
    row("limit: record_type bool", "AccountChannelLimit", R"({"record_type":false})",
        {u"\"record_type\""_s});
}

void TstDecoders::rejects()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, member);
    QFETCH(QStringList, mentions);
    QFETCH(QString, mustNotMention);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value, "test data is not valid JSON");

    const std::optional<Outcome> outcome = decodeKind(kind, memberOf(*value, member));
    QVERIFY2(outcome, qPrintable(u"unknown kind "_s + kind));
    QVERIFY2(!outcome->decoded, "decoded although the row is malformed");
    QVERIFY2(outcome->sameWithoutErrorSink, "result differs when no error string is passed");
    QVERIFY2(!outcome->error.isEmpty(), "rejected without an error message");
    for (const QString &mention : mentions)
        QVERIFY2(outcome->error.contains(mention),
                 qPrintable(u"error \""_s % outcome->error % u"\" does not mention "_s % mention));
    QVERIFY2(outcome->error.size() < 300, qPrintable(outcome->error.left(300)));
    if (!mustNotMention.isEmpty())
        QVERIFY2(!outcome->error.contains(mustNotMention), qPrintable(outcome->error));
}

void TstDecoders::errorMessageFormat()
{
    QString error;
    QVERIFY(
        !ManagedAccount::fromJson(QJsonObject{{u"id"_s, u"a"_s}, {u"created_at"_s, 1}}, &error));
    QCOMPARE(error, u"managed account: \"created_at\" must be a string, got number"_s);

    QVERIFY(!OrganizationUser::fromJson(
        QJsonObject{{u"id"_s, u"u"_s},
                    {u"groups"_s, QJsonArray{QJsonObject{{u"id"_s, u"g"_s}, {u"name"_s, 3}}}}},
        &error));
    QCOMPARE(error, u"organization user: groups[0]: \"name\" must be a string, got number"_s);

    QVERIFY(!ManagedAccount::fromJson(QJsonObject{{u"id"_s, QJsonValue::Null}}, &error));
    QCOMPARE(error, u"managed account: \"id\" is required"_s);

    QVERIFY(!ManagedAccount::fromJson(QJsonValue(QJsonValue::Undefined), &error));
    QCOMPARE(error, u"managed account: expected an object, got undefined"_s);
}

void TstDecoders::readerInteger_data()
{
    QTest::addColumn<QByteArray>("json"); // the object holding "n"
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("zero") << QByteArray(R"({"n":0})") << true << QVariant(qlonglong(0));
    QTest::newRow("positive") << QByteArray(R"({"n":42})") << true << QVariant(qlonglong(42));
    QTest::newRow("negative") << QByteArray(R"({"n":-5})") << true << QVariant(qlonglong(-5));
    QTest::newRow("integral decimal")
        << QByteArray(R"({"n":1.0})") << true << QVariant(qlonglong(1));
    QTest::newRow("exponent") << QByteArray(R"({"n":1e3})") << true << QVariant(qlonglong(1000));
    QTest::newRow("2^53") << QByteArray(R"({"n":9007199254740992})") << true
                          << QVariant(qlonglong(9007199254740992));
    QTest::newRow("-2^53") << QByteArray(R"({"n":-9007199254740992})") << true
                           << QVariant(qlonglong(-9007199254740992));
    QTest::newRow("missing") << QByteArray("{}") << true << QVariant();
    QTest::newRow("null") << QByteArray(R"({"n":null})") << true << QVariant();
    QTest::newRow("2^53 + 1") << QByteArray(R"({"n":9007199254740993})") << false << QVariant();
    QTest::newRow("2^53 + 2") << QByteArray(R"({"n":9007199254740994})") << false << QVariant();
    QTest::newRow("huge exponent") << QByteArray(R"({"n":1e300})") << false << QVariant();
    QTest::newRow("fraction") << QByteArray(R"({"n":1.5})") << false << QVariant();
    QTest::newRow("tiny fraction") << QByteArray(R"({"n":1e-9})") << false << QVariant();
    QTest::newRow("digit string") << QByteArray(R"({"n":"42"})") << false << QVariant();
    QTest::newRow("bool") << QByteArray(R"({"n":true})") << false << QVariant();
    QTest::newRow("array") << QByteArray(R"({"n":[1]})") << false << QVariant();
}

void TstDecoders::readerInteger()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QVariant, expected);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value && value->isObject(), "test data is not a JSON object");
    JsonReader reader(value->toObject(), u"thing"_s);
    const std::optional<qint64> integer = reader.optionalInteger("n"_L1);
    QCOMPARE(reader.ok(), ok);
    QCOMPARE(variantOf(integer), expected);
    if (!ok) {
        QVERIFY2(reader.error().startsWith(u"thing: \"n\""_s), qPrintable(reader.error()));
    } else {
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    }
}

void TstDecoders::readerStringOrNumber_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("digit string") << QByteArray(R"({"code":"10009"})") << true
                                  << QVariant(u"10009"_s);
    QTest::newRow("other string kept as is")
        << QByteArray(R"({"code":"E-42 ü"})") << true << QVariant(QString::fromUtf8("E-42 ü"));
    QTest::newRow("empty string") << QByteArray(R"({"code":""})") << true << QVariant(QString());
    QTest::newRow("number") << QByteArray(R"({"code":10009})") << true << QVariant(u"10009"_s);
    QTest::newRow("number with exponent")
        << QByteArray(R"({"code":1.0015e4})") << true << QVariant(u"10015"_s);
    QTest::newRow("integral decimal")
        << QByteArray(R"({"code":10011.0})") << true << QVariant(u"10011"_s);
    QTest::newRow("large number") << QByteArray(R"({"code":9007199254740992})") << true
                                  << QVariant(u"9007199254740992"_s);
    QTest::newRow("negative number") << QByteArray(R"({"code":-3})") << true << QVariant(u"-3"_s);
    QTest::newRow("missing") << QByteArray(R"({"title":"x"})") << true << QVariant();
    QTest::newRow("null") << QByteArray(R"({"code":null})") << true << QVariant();
    QTest::newRow("fraction") << QByteArray(R"({"code":100.5})") << false << QVariant();
    QTest::newRow("too large") << QByteArray(R"({"code":1e20})") << false << QVariant();
    QTest::newRow("bool") << QByteArray(R"({"code":true})") << false << QVariant();
    QTest::newRow("object") << QByteArray(R"({"code":{"n":1}})") << false << QVariant();
    QTest::newRow("array") << QByteArray(R"({"code":["10009"]})") << false << QVariant();
}

void TstDecoders::readerStringOrNumber()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QVariant, expected);

    const std::optional<QJsonValue> value = parseValue(json);
    QVERIFY2(value && value->isObject(), "test data is not a JSON object");
    JsonReader reader(value->toObject(), u"error"_s);
    const std::optional<QString> code = reader.optionalStringOrNumber("code"_L1);
    QCOMPARE(reader.ok(), ok);
    QCOMPARE(variantOf(code), expected);
    if (!ok)
        QVERIFY2(reader.error().contains(u"\"code\""_s), qPrintable(reader.error()));
}

void TstDecoders::readerKeepsFirstError()
{
    JsonReader reader(QJsonObject{{u"a"_s, 1}, {u"b"_s, true}, {u"c"_s, u"x"_s}}, u"ctx"_s);
    QVERIFY(reader.ok());
    QCOMPARE(reader.requiredString("missing"_L1), QString());
    QCOMPARE(reader.optionalString("a"_L1), std::nullopt);
    QCOMPARE(reader.optionalBool("c"_L1), std::nullopt);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error(), u"ctx: \"missing\" is required"_s);

    JsonReader types(QJsonObject{{u"o"_s, QJsonObject{{u"k"_s, 1}}},
                                 {u"l"_s, QJsonArray{1, 2}},
                                 {u"b"_s, false},
                                 {u"t"_s, u"2018-02-02T22:25:27Z"_s}},
                     u"ctx"_s);
    QCOMPARE(types.optionalObject("o"_L1).value_or(QJsonObject()).value(u"k"_s).toInt(), 1);
    QCOMPARE(types.optionalArray("l"_L1).value_or(QJsonArray()).size(), 2);
    QCOMPARE(types.optionalBool("b"_L1), std::optional<bool>(false));
    QCOMPARE(types.optionalTimestamp("t"_L1), utc(2018, 2, 2, 22, 25, 27));
    QVERIFY2(types.ok(), qPrintable(types.error()));
    QCOMPARE(types.optionalArray("o"_L1), std::nullopt);
    QCOMPARE(types.error(), u"ctx: \"o\" must be an array, got object"_s);

    JsonReader timestamps(QJsonObject{{u"t"_s, 1517610327}}, u"ctx"_s);
    QVERIFY(!timestamps.optionalTimestamp("t"_L1).isValid());
    QCOMPARE(timestamps.error(), u"ctx: \"t\" must be a string, got number"_s);
}

void TstDecoders::parseTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("with ms, Z") << u"2018-02-02T22:25:27.521Z"_s
                                << utc(2018, 2, 2, 22, 25, 27, 521);
    QTest::newRow("without ms, Z") << u"2018-02-02T22:25:27Z"_s << utc(2018, 2, 2, 22, 25, 27);
    QTest::newRow("positive offset")
        << u"2018-02-03T00:25:27+02:00"_s << utc(2018, 2, 2, 22, 25, 27);
    QTest::newRow("negative offset with ms")
        << u"2018-02-02T17:55:27.007-04:30"_s << utc(2018, 2, 2, 22, 25, 27, 7);
    QTest::newRow("offset crossing a year")
        << u"2019-01-01T01:30:00+05:00"_s << utc(2018, 12, 31, 20, 30, 0);
    QTest::newRow("no zone means UTC") << u"2018-02-02T22:25:27"_s << utc(2018, 2, 2, 22, 25, 27);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("impossible date") << u"2018-02-30T22:25:27Z"_s << QDateTime();
    QTest::newRow("impossible time") << u"2018-02-02T25:25:27Z"_s << QDateTime();
    QTest::newRow("epoch digits") << u"1517610327"_s << QDateTime();
    QTest::newRow("huge") << QString(1 << 20, u'9') << QDateTime();
    QTest::newRow("valid prefix then junk")
        << (u"2018-02-02T22:25:27Z"_s + QString(1 << 20, u'x')) << QDateTime();
}

void TstDecoders::parseTimestamp()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = telnyx::parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
    }
}

void TstDecoders::accountStatusKeys()
{
    const QList<std::pair<AccountStatus, QString>> known{
        {AccountStatus::Enabled, u"enabled"_s},
        {AccountStatus::Disabled, u"disabled"_s},
        {AccountStatus::Blocked, u"blocked"_s},
        {AccountStatus::Cancelled, u"cancelled"_s},
    };
    for (const auto &[status, key] : known) {
        QCOMPARE(accountStatusKey(status), key);
        QCOMPARE(accountStatusFromKey(key), std::optional<AccountStatus>(status));
    }
    QCOMPARE(accountStatusKey(AccountStatus::Unknown), u"unknown"_s);
    QCOMPARE(accountStatusFromKey(u"unknown"_s), std::nullopt);
    QCOMPARE(accountStatusFromKey(u"active"_s), std::nullopt);
    QCOMPARE(accountStatusFromKey(u"all"_s), std::nullopt);
    QCOMPARE(accountStatusFromKey(u"Enabled"_s), std::nullopt);
    QCOMPARE(accountStatusFromKey(QString()), std::nullopt);
}

void TstDecoders::userStatusKeys()
{
    const QList<std::pair<UserStatus, QString>> known{
        {UserStatus::Enabled, u"enabled"_s},
        {UserStatus::Disabled, u"disabled"_s},
        {UserStatus::Blocked, u"blocked"_s},
    };
    for (const auto &[status, key] : known) {
        QCOMPARE(userStatusKey(status), key);
        QCOMPARE(userStatusFromKey(key), std::optional<UserStatus>(status));
    }
    QCOMPARE(userStatusKey(UserStatus::Unknown), QString());
    QCOMPARE(userStatusFromKey(QString()), std::nullopt);
    QCOMPARE(userStatusFromKey(u"unknown"_s), std::nullopt);
    QCOMPARE(userStatusFromKey(u"cancelled"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TstDecoders)
#include "tst_decoders.moc"

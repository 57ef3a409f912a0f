#include "seeddata.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {

constexpr quint64 OrganizationStream = 0;
constexpr quint64 AccountsStream = 1;
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

const QLatin1String Base62("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

struct NamedEmail
{
    const char *name; // UTF-8
    const char *email;
};

// Organisation names that break naive code: Unicode, RTL, emoji, commas, quotes, spreadsheet
// formula prefixes (= + - @ TAB), HTML, printf patterns, a newline, a very long name.
// They go to the newest accounts, so they show up on the first page of the default sort.
const NamedEmail SpecialAccounts[] = {
    {"Müller & Söhne GmbH", "jürgen.müller@example.de"},
    {"Société Générale d'Électricité", "facturation@sge.example.fr"},
    {"東京テレコム株式会社", "東京.info@example.jp"},
    {"Zażółć Sp. z o.o.", "zażółć@example.pl"},
    {"Acme, Inc.", "billing+acme@acme.example"},
    {"The \"Best\" Calls", "best.calls@example.com"},
    {"=HYPERLINK(\"http://example.com\",\"x\")", "=sum@formula.example"},
    {"+1 312 555 0100 Ltd", "+13125550100@sms.example"},
    {"-5 Corp", "-5@corp.example"},
    {"@risk Telecom", "risk@risk.example"},
    {"\tTabbed Networks", "tab@tabbed.example"},
    {"Ünïcödé 📞 Calls 🎉", "emoji.calls@example.com"},
    {"<b>Bold</b> & <script>alert(1)</script> Ltd", "html@markup.example"},
    {"O'Brien Communications", "o'brien@example.ie"},
    {"שלום טלקום בע\"מ", "shalom@example.co.il"},
    {"%s %n %d Printf Telecom", "printf@example.com"},
    {"Line One\nLine Two AG", "multi.line@example.ch"},
    {"Über-Long Name International Holdings Telecommunications and Voice over IP Services "
     "Worldwide, Limited Liability Company (Formerly Known As Something Else Entirely), Division "
     "of Operations",
     "long.name@example.com"},
    {"Ωmega Σύστημα Α.Ε.", "ωmega@example.gr"},
    {"Café ☕ Voice S.A.R.L.", "café@example.fr"},
};

const char *const NamePrefixes[] = {
    "Nordic",   "Pacific", "Blue Ridge", "Apex",     "Summit",    "Harbor",    "Lumen",
    "Vertex",   "Coastal", "Metro",      "Silver",   "Granite",   "Evergreen", "Northwind",
    "Keystone", "Aurora",  "Meridian",   "Sterling", "Crescent",  "Beacon",    "Björk",
    "Ñandú",    "Łódź",    "Østfold",    "Kraków",   "São Paulo", "Zürich",    "Malmö",
};
const char *const NameCores[] = {"Telecom", "Voice",     "Networks", "Communications", "Calls",
                                 "Connect", "Messaging", "Dialers",  "Telephony",      "Signal"};
const char *const NameSuffixes[] = {"LLC",     "Inc.", "GmbH", "Ltd",    "S.A.", "B.V.",
                                    "Pty Ltd", "AB",   "Oy",   "S.r.l.", "K.K.", "Sp. z o.o."};
const char *const Domains[] = {"example.com", "example.org",      "example.net", "example.de",
                               "example.fr",  "customer.example", "voip.example"};

const char *const GroupNames[] = {"Admins",          "Billing", "Engineering",
                                  "Support, Tier 2", "Sales",   "Ops \"On-Call\""};
enum GroupIndex { Admins, Billing, Engineering, SupportTier2, Sales };

// E-mail addresses that are legal but awkward: formula prefixes, a quoted local part with a
// comma, non-Latin local parts.
const char *const SpecialUserEmails[] = {
    "=1+2@formula.example",     "+15551234567@sms.example", "-minus@example.com",
    "\"john,doe\"@example.com", "zoë.åkerlund@example.se",  "владимир@example.ru",
    "田中.花子@example.jp",     "o'connor@example.ie",
};
const char *const FirstNames[] = {"anna", "ben",   "chloé", "dmitri", "eva",   "farah", "gus",
                                  "hana", "iñigo", "jan",   "kofi",   "lukas", "mei",   "noor",
                                  "olek", "priya", "quinn", "rosa",   "søren", "tomás"};
const char *const LastNames[] = {"smith", "garcía", "nguyen", "kowalski", "okafor", "müller",
                                 "rossi", "tanaka", "dubois", "jensen",   "silva",  "cohen"};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Lower-case ASCII letters and dots only, for generated e-mail local parts.
QString slug(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
        else if (c == u' ' && !out.endsWith(u'.'))
            out.append(u'.');
    }
    return out.isEmpty() ? QStringLiteral("org") : out;
}

} // namespace

qint64 SeedData::referenceTimeMs()
{
    return QDateTime(QDate(2026, 9, 30), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString SeedData::apiKey(SeededRandom &random)
{
    return QStringLiteral("KEY0") + random.token(28, QLatin1String("0123456789ABCDEF")) + u'_' +
           random.token(22, Base62);
}

QString SeedData::apiToken(SeededRandom &random)
{
    return random.token(22, QLatin1String("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrst"
                                          "uvwxyz-_"));
}

void SeedData::populate(SandboxStore &store, const SeedOptions &options)
{
    populateOrganization(store, options);
    populateAccounts(store, options);
}

void SeedData::populateOrganization(SandboxStore &store, const SeedOptions &options)
{
    SeededRandom random(options.seed, OrganizationStream);
    const qint64 reference = referenceTimeMs();

    for (const char *name : GroupNames)
        store.m_groups.append(Group{random.uuid(), utf8(name)});

    // The organization owner is the manager account itself.
    User owner;
    owner.id = random.uuid();
    owner.email = QStringLiteral("ops.manager@reseller.example");
    owner.owner = true;
    owner.createdAtMs = reference - 4 * 365 * DayMs;
    owner.lastSignInAtMs = reference - 2 * 60 * 60 * 1000;
    store.m_managerId = owner.id;
    store.m_managerEmail = owner.email;

    QList<qint64> created;
    created.reserve(options.users);
    for (int i = 0; i < options.users; ++i)
        created.append(owner.createdAtMs + DayMs +
                       qint64(random.below(quint64(4 * 365 - 2) * DayMs)));
    std::sort(created.begin(), created.end());

    store.m_users.reserve(options.users + 1);
    store.m_users.append(owner);
    const int specialEmails = int(std::size(SpecialUserEmails));
    for (int i = 0; i < options.users; ++i) {
        User user;
        user.id = random.uuid();
        user.createdAtMs = created[i];
        if (i < specialEmails) {
            user.email = utf8(SpecialUserEmails[i]);
        } else {
            user.email = utf8(random.pick(FirstNames)) + u'.' + utf8(random.pick(LastNames)) +
                         QString::number(i) + QStringLiteral("@reseller.example");
        }
        if (!random.percent(15))
            user.lastSignInAtMs = random.between(user.createdAtMs, reference);
        const quint64 statusRoll = random.below(100);
        user.status = statusRoll < 8    ? UserStatus::Disabled
                      : statusRoll < 12 ? UserStatus::Blocked
                                        : UserStatus::Enabled;
        user.bypassesSso = random.percent(10);
        const quint64 groupRoll = random.below(100);
        const int groupCount = groupRoll < 20 ? 0 : groupRoll < 70 ? 1 : groupRoll < 95 ? 2 : 3;
        while (user.groups.size() < groupCount) {
            const int group = int(random.below(quint64(store.m_groups.size())));
            if (!user.groups.contains(group))
                user.groups.append(group);
        }
        std::sort(user.groups.begin(), user.groups.end());
        store.m_users.append(user);
    }

    // Guarantee the awkward cases on the first page whatever the seed: the spec's example
    // (Engineering + Sales), a user who never signed in and has no group, a disabled user in the
    // group whose name contains a comma, a blocked user, and one in three groups.
    auto force = [&](int index, auto &&apply) {
        if (index < store.m_users.size())
            apply(store.m_users[index]);
    };
    force(1, [](User &u) { u.groups = {Engineering, Sales}; });
    force(2, [](User &u) {
        u.lastSignInAtMs.reset();
        u.groups.clear();
    });
    force(3, [](User &u) {
        u.status = UserStatus::Disabled;
        u.groups = {SupportTier2};
    });
    force(4, [](User &u) { u.status = UserStatus::Blocked; });
    force(5, [](User &u) {
        u.status = UserStatus::Enabled;
        u.groups = {Admins, Billing, SupportTier2};
    });
    for (User &user : store.m_users)
        user.emailFolded = user.email.toCaseFolded();
}

void SeedData::populateAccounts(SandboxStore &store, const SeedOptions &options)
{
    SeededRandom random(options.seed, AccountsStream);
    const qint64 reference = referenceTimeMs();
    const qint64 span = 3 * 365 * DayMs;
    const int count = options.accounts;

    // A pool of 500 like the spec's example, growing for big data sets so seeded limits fit.
    store.m_allocatableChannels = std::max(500, count * 5);
    const int seededBudget = store.m_allocatableChannels * 6 / 10;
    int allocated = 0;

    QList<qint64> created;
    created.reserve(count);
    for (int i = 0; i < count; ++i)
        created.append(reference - qint64(random.below(quint64(span))));
    std::sort(created.begin(), created.end());

    const int specials = int(std::size(SpecialAccounts));
    store.m_accounts.reserve(count);
    for (int i = 0; i < count; ++i) {
        Account account;
        const int newest = count - 1 - i; // 0 for the most recent account
        account.id = random.uuid();
        account.createdAtMs = created[i];
        const qint64 age = reference - account.createdAtMs;
        account.updatedAtMs =
            account.createdAtMs + qint64(random.below(quint64(std::min(age, 200 * DayMs)) + 1));
        if (newest < specials) {
            account.organizationName = utf8(SpecialAccounts[newest].name);
            account.email = utf8(SpecialAccounts[newest].email);
        } else {
            const QString prefix = utf8(random.pick(NamePrefixes));
            const QString core = utf8(random.pick(NameCores));
            account.organizationName =
                prefix + u' ' + core + u' ' + utf8(random.pick(NameSuffixes));
            const QString local = slug(prefix + u' ' + core) + u'.' + QString::number(i);
            account.email = (random.percent(10) ? QStringLiteral("ops+") + local : local) + u'@' +
                            utf8(random.pick(Domains));
        }
        account.emailFolded = account.email.toCaseFolded();
        account.nameFolded = account.organizationName.toCaseFolded();
        account.apiKey = apiKey(random);
        account.apiToken = apiToken(random);
        account.balanceCents = random.between(-5000, 500000);
        static constexpr qint64 creditLimits[] = {0, 0, 5000, 10000, 50000, 100000};
        account.creditLimitCents = random.pick(creditLimits);
        static const char *const currencies[] = {"EUR", "GBP", "CAD"};
        account.currency = random.percent(85) ? QStringLiteral("USD")
                                              : QString::fromLatin1(random.pick(currencies));
        account.allowCustomPricing = random.percent(20);
        account.rollupBilling = random.percent(25);
        const quint64 stateRoll = random.below(100);
        account.state = stateRoll < 5    ? AccountState::Disabled
                        : stateRoll < 10 ? AccountState::Blocked
                        : stateRoll < 15 ? AccountState::Cancelled
                                         : AccountState::Enabled;
        // At least one account in each hidden state near the top of the default listing.
        if (count >= 20) {
            if (newest == 3)
                account.state = AccountState::Disabled;
            else if (newest == 7)
                account.state = AccountState::Blocked;
            else if (newest == 11)
                account.state = AccountState::Cancelled;
            else if (newest < 12)
                account.state = AccountState::Enabled;
        }
        static constexpr int limits[] = {2, 5, 10, 20, 25, 50};
        const bool wantsChannels = random.percent(35);
        const int limit = random.pick(limits);
        if (wantsChannels && account.state != AccountState::Cancelled &&
            allocated + limit <= seededBudget) {
            account.channelLimit = limit;
            allocated += limit;
        }
        store.m_accounts.append(account);
    }
}

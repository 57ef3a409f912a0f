#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace telnyx {

QString SecretStore::userMessage(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("The keychain did what was asked.");
    case Status::NotFound:
        return tr("No API key is saved for this profile yet. Enter the key to save it.");
    case Status::Locked:
        return tr("Your keyring is locked. Unlock it (for example by signing in to the desktop "
                  "session or with your keyring manager) and try again.");
    case Status::NoBackend:
        return tr("No keychain service is running. Install and start GNOME Keyring or KWallet, "
                  "or use the key for this session only.");
    case Status::AccessDenied:
        return tr("Access to the keychain was refused. Allow Telnyx Admin to use the keychain "
                  "when you are asked, or use the key for this session only.");
    case Status::TimedOut:
        return tr("The keychain did not answer within 10 seconds. It may be waiting for an "
                  "unlock prompt or be stuck: answer the prompt or restart your keyring service, "
                  "then try again, or use the key for this session only.");
    case Status::Failed:
        break;
    }
    return tr("The keychain reported an error. Try again; if it keeps failing, use the key for "
              "this session only.");
}

QString SecretStore::apiKeyKey(const QString &profile)
{
    // Reverse-domain prefix: Windows Credential Manager keys on this string alone (it ignores
    // the service), so it must not collide with any other application's entries.
    return u"" TELNYX_APP_ID "/api-key/"_s + profile;
}

} // namespace telnyx

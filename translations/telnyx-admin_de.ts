<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>No API key is set. Add a key for this profile.</source>
        <translation>Kein API-Schlüssel festgelegt. Fügen Sie für dieses Profil einen Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>The server answered with an error page instead of data.</source>
        <translation>Der Server hat statt Daten eine Fehlerseite zurückgegeben.</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Unerwarteter HTTP-Status %1.</translation>
    </message>
    <message>
        <source>Cannot reach Telnyx</source>
        <translation>Telnyx ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Telnyx did not answer in time</source>
        <translation>Telnyx hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Telnyx server error</source>
        <translation>Telnyx-Serverfehler</translation>
    </message>
    <message>
        <source>Unreadable answer from Telnyx</source>
        <translation>Unlesbare Antwort von Telnyx</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>A request the person stopped (not an account status)</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Connection settings refused</source>
        <translation>Verbindungseinstellungen abgelehnt</translation>
    </message>
    <message>
        <source>Check your network connection and the API base URL, then try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und die API-Basis-URL und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The request took too long. Try again; if it keeps happening, Telnyx may be slow or unreachable.</source>
        <translation>Die Anfrage hat zu lange gedauert. Versuchen Sie es erneut; tritt das weiterhin auf, ist Telnyx möglicherweise langsam oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the API base URL and your system&apos;s date and certificates.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden. Prüfen Sie die API-Basis-URL sowie Datum und Zertifikate Ihres Systems.</translation>
    </message>
    <message>
        <source>Telnyx did not accept the API key. Check that the key is complete and still active, or enter a new one. On managed-account pages this also means the account is not enabled as a manager account.</source>
        <translation>Telnyx hat den API-Schlüssel nicht akzeptiert. Prüfen Sie, ob der Schlüssel vollständig und noch aktiv ist, oder geben Sie einen neuen ein. Auf den Seiten für verwaltete Konten bedeutet dies auch, dass das Konto nicht als Manager-Konto freigeschaltet ist.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this. Managed accounts must be enabled for your account by Telnyx, and some actions need the organization owner.</source>
        <translation>Dieser API-Schlüssel ist dafür nicht berechtigt. Verwaltete Konten müssen von Telnyx für Ihr Konto freigeschaltet werden, und einige Aktionen erfordern den Eigentümer der Organisation.</translation>
    </message>
    <message>
        <source>It may have been removed or cancelled. Refresh the list.</source>
        <translation>Es wurde möglicherweise entfernt oder gekündigt. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation>Korrigieren Sie den markierten Wert und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Telnyx is limiting requests from this key. Wait a minute and try again.</source>
        <translation>Telnyx begrenzt die Anfragen mit diesem Schlüssel. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Telnyx had a problem handling the request. Try again in a moment.</source>
        <translation>Bei Telnyx ist beim Verarbeiten der Anfrage ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The answer could not be read. Try again; if it persists, check the API base URL.</source>
        <translation>Die Antwort konnte nicht gelesen werden. Versuchen Sie es erneut; besteht das Problem weiterhin, prüfen Sie die API-Basis-URL.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>(Request ID %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the export was not open.</source>
        <translation>der Export war nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The output no longer exists.</source>
        <translation>Die Ausgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Could not write the data (is the disk full?).</source>
        <translation>Die Daten konnten nicht geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>PreferencesMenus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect after restarting Telnyx Admin</source>
        <translation>Wirksam nach einem Neustart von Telnyx Admin</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <extracomment>Appearance that follows the desktop&apos;s colours</extracomment>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Telnyx account managers.

API keys are kept in the system keychain, one per profile. TELNYX_API_KEY and TELNYX_BASE_URL work as in the official Telnyx SDKs: used for this run only, never stored.</source>
        <translation>Desktop-Konsole für Telnyx-Account-Manager.

API-Schlüssel werden im System-Schlüsselbund aufbewahrt, einer pro Profil. TELNYX_API_KEY und TELNYX_BASE_URL funktionieren wie in den offiziellen Telnyx-SDKs: Sie gelten nur für diesen Aufruf und werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Telnyx API base URL for this run (default %1).</source>
        <translation>Telnyx-API-Basis-URL für diesen Aufruf (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>telnyx::AboutDialog</name>
    <message>
        <source>About Telnyx Admin</source>
        <translation>Über Telnyx Admin</translation>
    </message>
    <message>
        <source>Telnyx Admin</source>
        <translation>Telnyx Admin</translation>
    </message>
    <message>
        <source>A desktop console for Telnyx account managers: managed accounts, organization users and their groups.</source>
        <translation>Eine Desktop-Konsole für Telnyx-Account-Manager: verwaltete Konten, Organisationsbenutzer und ihre Gruppen.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Telnyx API:</source>
        <translation>Telnyx-API:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>An independent tool, not made or endorsed by Telnyx. “Telnyx” is a trademark of its owner.</source>
        <translation>Ein unabhängiges Werkzeug, weder von Telnyx entwickelt noch von Telnyx empfohlen. „Telnyx“ ist eine Marke ihres Inhabers.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountDetailsDialog</name>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API token (V1)</source>
        <translation>API-Token (V1)</translation>
    </message>
    <message>
        <source>Managed account</source>
        <translation>Verwaltetes Konto</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Kreditlimit:</translation>
    </message>
    <message>
        <source>Available credit:</source>
        <translation>Verfügbarer Kredit:</translation>
    </message>
    <message>
        <source>Custom pricing:</source>
        <translation>Individuelle Preise:</translation>
    </message>
    <message>
        <source>Rollup billing:</source>
        <translation>Sammelabrechnung:</translation>
    </message>
    <message>
        <source>API user:</source>
        <translation>API-Benutzer:</translation>
    </message>
    <message>
        <source>Manager account ID:</source>
        <translation>Manager-Konto-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>API token (V1):</source>
        <translation>API-Token (V1):</translation>
    </message>
    <message>
        <source>Managed account: %1</source>
        <translation>Verwaltetes Konto: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountsPage</name>
    <message>
        <source>Statuses unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>The status listings could not be read, so statuses show as unknown. %1</source>
        <translation>Die Statuslisten konnten nicht gelesen werden, daher wird der Status als unbekannt angezeigt. %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Some accounts could not be read</source>
        <translation>Einige Konten konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n von Telnyx gesendetes Konto konnte nicht gelesen werden und wird nicht angezeigt: %1</numerusform>
            <numerusform>%n von Telnyx gesendete Konten konnten nicht gelesen werden und werden nicht angezeigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>Create a managed account (Ctrl+N)</source>
        <translation>Verwaltetes Konto erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Balance, keys and settings of the account (Enter)</source>
        <translation>Guthaben, Schlüssel und Einstellungen des Kontos (Eingabetaste)</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>Deakt&amp;ivieren…</translation>
    </message>
    <message>
        <source>Stop the selected accounts from using Telnyx services</source>
        <translation>Den ausgewählten Konten die Nutzung der Telnyx-Dienste entziehen</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Let the selected accounts use Telnyx services again</source>
        <translation>Den ausgewählten Konten die Nutzung der Telnyx-Dienste wieder erlauben</translation>
    </message>
    <message>
        <source>Allow custom &amp;pricing</source>
        <translation>Individuelle &amp;Preise erlauben</translation>
    </message>
    <message>
        <source>C&amp;hannel limit…</source>
        <translation>Kanal&amp;limit…</translation>
    </message>
    <message>
        <source>Allocate global outbound channels from your pool</source>
        <translation>Globale ausgehende Kanäle aus Ihrem Pool zuweisen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport view as CSV…</source>
        <translation>Ansicht als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the accounts shown, as filtered and sorted</source>
        <translation>Die angezeigten Konten speichern, so wie sie gefiltert und sortiert sind</translation>
    </message>
    <message>
        <source>Managed accounts</source>
        <translation>Verwaltete Konten</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln account(s) so far</source>
        <translation>
            <numerusform>Wird geladen… bisher %Ln Konto</numerusform>
            <numerusform>Wird geladen… bisher %Ln Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Konto angezeigt</numerusform>
            <numerusform>%1 von %Ln Konten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Search organization, email or ID (Ctrl+F)</source>
        <translation>Organisation, E-Mail oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on account status; also lower-cased into &quot;No %1 accounts.&quot;</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Include cancelled accounts</source>
        <translation>Gekündigte Konten einbeziehen</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>API-Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>Bisher %n Konto geladen; die Liste ist möglicherweise unvollständig.</numerusform>
            <numerusform>Bisher %n Konten geladen; die Liste ist möglicherweise unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Managed accounts not available</source>
        <translation>Verwaltete Konten nicht verfügbar</translation>
    </message>
    <message>
        <source>Telnyx refused the list of managed accounts. Either the API key is wrong or revoked, or this account is not a manager account: Telnyx must enable managed accounts for it (a limited-release feature that needs L2 verification). %1</source>
        <translation>Telnyx hat die Liste der verwalteten Konten verweigert. Entweder ist der API-Schlüssel falsch oder widerrufen, oder dieses Konto ist kein Manager-Konto: Telnyx muss verwaltete Konten dafür freischalten (eine nur eingeschränkt verfügbare Funktion, die eine L2-Verifizierung erfordert). %1</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>API-Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not connected yet.
Add a profile with your Telnyx API key: File → Profiles → Add profile.</source>
        <translation>Noch nicht verbunden.
Fügen Sie ein Profil mit Ihrem Telnyx-API-Schlüssel hinzu: Datei → Profile → Profil hinzufügen.</translation>
    </message>
    <message>
        <source>Nothing to show: the accounts could not be loaded (see above).</source>
        <translation>Nichts anzuzeigen: Die Konten konnten nicht geladen werden (siehe oben).</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;.</source>
        <translation>Kein Konto entspricht „%1“.</translation>
    </message>
    <message>
        <source>No %1 accounts.</source>
        <translation>Keine Konten mit dem Status „%1“.</translation>
    </message>
    <message>
        <source>No managed accounts yet.
Create the first one with New account (Ctrl+N).</source>
        <translation>Noch keine verwalteten Konten.
Erstellen Sie das erste mit „Neues Konto“ (Strg+N).</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;isable %n account(s)…</source>
        <translation>
            <numerusform>%n Konto deakt&amp;ivieren…</numerusform>
            <numerusform>%n Konten deakt&amp;ivieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n account(s)…</source>
        <translation>
            <numerusform>%n Konto &amp;aktivieren…</numerusform>
            <numerusform>%n Konten &amp;aktivieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation>Konto erstellt.</translation>
    </message>
    <message>
        <source>Enable accounts</source>
        <translation>Konten aktivieren</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)?</source>
        <translation>
            <numerusform>%n Konto aktivieren?</numerusform>
            <numerusform>%n Konten aktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>The account and its sub-users can use Telnyx services and sign in to the portal again.</source>
        <translation>Das Konto und seine Unterbenutzer können die Telnyx-Dienste wieder nutzen und sich wieder im Portal anmelden.</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)</source>
        <translation>
            <numerusform>%n Konto aktivieren</numerusform>
            <numerusform>%n Konten aktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-enable all connections (those that fail validation stay disabled)</source>
        <translation>Alle Verbindungen wieder aktivieren (Verbindungen, die die Prüfung nicht bestehen, bleiben deaktiviert)</translation>
    </message>
    <message>
        <source>Disable accounts</source>
        <translation>Konten deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)?</source>
        <translation>
            <numerusform>%n Konto deaktivieren?</numerusform>
            <numerusform>%n Konten deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>A disabled account cannot use Telnyx services: no calls or messages are sent or received, and the account and its sub-users can no longer sign in to the portal. Calls in progress are not cut off.</source>
        <translation>Ein deaktiviertes Konto kann die Telnyx-Dienste nicht nutzen: Es werden keine Anrufe oder Nachrichten gesendet oder empfangen, und das Konto und seine Unterbenutzer können sich nicht mehr im Portal anmelden. Laufende Anrufe werden nicht unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)</source>
        <translation>
            <numerusform>%n Konto deaktivieren</numerusform>
            <numerusform>%n Konten deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n account(s)</source>
        <translation>
            <numerusform>%n Konto wird aktiviert</numerusform>
            <numerusform>%n Konten werden aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Enabled</source>
        <translation>✓ Aktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n Konto aktiviert.</numerusform>
            <numerusform>%n Konten aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n account(s)</source>
        <translation>
            <numerusform>%n Konto wird deaktiviert</numerusform>
            <numerusform>%n Konten werden deaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Disabled</source>
        <translation>✓ Deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n Konto deaktiviert.</numerusform>
            <numerusform>%n Konten deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Individuelle Preise</translation>
    </message>
    <message>
        <source>Allow custom pricing for %1?</source>
        <translation>Individuelle Preise für %1 erlauben?</translation>
    </message>
    <message>
        <source>Stop custom pricing for %1?</source>
        <translation>Individuelle Preise für %1 beenden?</translation>
    </message>
    <message>
        <source>Pricing changes can take some time to apply.</source>
        <translation>Es kann einige Zeit dauern, bis Preisänderungen wirksam werden.</translation>
    </message>
    <message>
        <source>Allow custom pricing</source>
        <translation>Individuelle Preise erlauben</translation>
    </message>
    <message>
        <source>Stop custom pricing</source>
        <translation>Individuelle Preise beenden</translation>
    </message>
    <message>
        <source>Custom pricing updated; it may take some time to apply.</source>
        <translation>Individuelle Preise aktualisiert; es kann einige Zeit dauern, bis die Änderung wirksam wird.</translation>
    </message>
    <message>
        <source>Custom pricing not changed</source>
        <translation>Individuelle Preise nicht geändert</translation>
    </message>
    <message>
        <source>Channel limit set.</source>
        <translation>Kanallimit festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export accounts as CSV</source>
        <translation>Konten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen geeignet (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n Konto nach %1 exportiert.</numerusform>
            <numerusform>%n Konten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>In %1 wurde nichts geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>telnyx::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>API-Schlüssel ändern…</translation>
    </message>
</context>
<context>
    <name>telnyx::BulkRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the reasons are listed below.</source>
        <translation>
            <numerusform>%n fehlgeschlagen; die Gründe stehen unten.</numerusform>
            <numerusform>%n fehlgeschlagen; die Gründe stehen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted (cancelled).</source>
        <translation>
            <numerusform>%n nicht versucht (abgebrochen).</numerusform>
            <numerusform>%n nicht versucht (abgebrochen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done.</source>
        <translation>
            <numerusform>%1 von %n erledigt.</numerusform>
            <numerusform>%1 von %n erledigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelLimitDialog</name>
    <message>
        <source>Channel limit: %1</source>
        <translation>Kanallimit: %1</translation>
    </message>
    <message>
        <source>Global outbound channels for this account</source>
        <translation>Globale ausgehende Kanäle für dieses Konto</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Limit festlegen</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>Reading the channel pool…</source>
        <translation>Kanalpool wird gelesen…</translation>
    </message>
    <message>
        <source>The channel pool could not be read: %1</source>
        <translation>Der Kanalpool konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Global outbound channels are not enabled for this manager account (the pool is 0). Ask Telnyx to enable the feature.</source>
        <translation>Globale ausgehende Kanäle sind für dieses Manager-Konto nicht freigeschaltet (der Pool ist 0). Bitten Sie Telnyx, die Funktion freizuschalten.</translation>
    </message>
    <message>
        <source>Pool: %1 channels allocatable, %2 allocated to other accounts, so at most %3 for this one.</source>
        <translation>Pool: %1 Kanäle zuweisbar, %2 anderen Konten zugewiesen, also höchstens %3 für dieses Konto.</translation>
    </message>
    <message>
        <source>The API does not report this account&apos;s current limit, so its own channels are counted as allocated elsewhere.</source>
        <translation>Die API meldet das aktuelle Limit dieses Kontos nicht, daher werden seine eigenen Kanäle als anderweitig zugewiesen gezählt.</translation>
    </message>
    <message>
        <source>0 means this account has no usable channels: it cannot make outbound calls.</source>
        <translation>0 bedeutet, dass dieses Konto keine nutzbaren Kanäle hat: Es kann keine ausgehenden Anrufe tätigen.</translation>
    </message>
    <message numerus="yes">
        <source>This account may hold up to %n simultaneous outbound call(s).</source>
        <translation>
            <numerusform>Dieses Konto kann bis zu %n gleichzeitigen ausgehenden Anruf führen.</numerusform>
            <numerusform>Dieses Konto kann bis zu %n gleichzeitige ausgehende Anrufe führen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelPoolStrip</name>
    <message>
        <source>Global outbound channels allocated</source>
        <translation>Zugewiesene globale ausgehende Kanäle</translation>
    </message>
    <message>
        <source>Global outbound channels: —</source>
        <translation>Globale ausgehende Kanäle: —</translation>
    </message>
    <message>
        <source>Global outbound channels: loading…</source>
        <translation>Globale ausgehende Kanäle: wird geladen…</translation>
    </message>
    <message>
        <source>Global outbound channels: feature not enabled for this account</source>
        <translation>Globale ausgehende Kanäle: Funktion für dieses Konto nicht freigeschaltet</translation>
    </message>
    <message>
        <source>Global outbound channels: %1 of %2 allocated (%3 free)</source>
        <translation>Globale ausgehende Kanäle: %1 von %2 zugewiesen (%3 frei)</translation>
    </message>
    <message>
        <source>Global outbound channels: unavailable (%1)</source>
        <translation>Globale ausgehende Kanäle: nicht verfügbar (%1)</translation>
    </message>
</context>
<context>
    <name>telnyx::ConnectDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>&amp;Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Connect to Telnyx</source>
        <translation>Mit Telnyx verbinden</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>The suggested name of the first profile; it is saved as typed</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>KEY0…, from Mission Control Portal → API Keys</source>
        <translation>KEY0…, aus Mission Control Portal → API Keys</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>&amp;Profilname:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key is stored in your system&apos;s keychain, never in a file.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Fügen Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✓ Key accepted; organization users are readable.</source>
        <translation>✓ Schlüssel akzeptiert; Organisationsbenutzer sind lesbar.</translation>
    </message>
    <message>
        <source>✗ Key rejected: %1</source>
        <translation>✗ Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>✓ Key accepted, but organization users are not readable with it.</source>
        <translation>✓ Schlüssel akzeptiert, aber Organisationsbenutzer sind damit nicht lesbar.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ Manager account: managed accounts are available.</source>
        <translation>✓ Manager-Konto: Verwaltete Konten sind verfügbar.</translation>
    </message>
    <message>
        <source>✗ Managed accounts are not available: Telnyx must enable this account as a manager account.</source>
        <translation>✗ Verwaltete Konten sind nicht verfügbar: Telnyx muss dieses Konto als Manager-Konto freischalten.</translation>
    </message>
    <message>
        <source>? Managed accounts could not be checked: %1</source>
        <translation>? Verwaltete Konten konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden. %1</translation>
    </message>
</context>
<context>
    <name>telnyx::ConsolePage</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
</context>
<context>
    <name>telnyx::CreateAccountDialog</name>
    <message>
        <source>Allow custom pricing</source>
        <translation>Individuelle Preise erlauben</translation>
    </message>
    <message>
        <source>Rollup billing (one shared balance)</source>
        <translation>Sammelabrechnung (ein gemeinsames Guthaben)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>New managed account</source>
        <translation>Neues verwaltetes Konto</translation>
    </message>
    <message>
        <source>Shown as the account&apos;s organization name</source>
        <translation>Wird als Organisationsname des Kontos angezeigt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Without an email, Telnyx derives one from the manager account&apos;s email.</source>
        <translation>Ohne E-Mail-Adresse leitet Telnyx eine aus der E-Mail-Adresse des Manager-Kontos ab.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Without a password the account cannot sign in to the portal directly; a password reset can enable it later.</source>
        <translation>Ohne Passwort kann sich das Konto nicht direkt im Portal anmelden; durch Zurücksetzen des Passworts lässt sich das später ermöglichen.</translation>
    </message>
    <message>
        <source>Rollup billing cannot be changed after the account is created, except by Telnyx support.</source>
        <translation>Die Sammelabrechnung kann nach dem Erstellen des Kontos nur noch vom Telnyx-Support geändert werden.</translation>
    </message>
    <message>
        <source>API key of the new account:</source>
        <translation>API-Schlüssel des neuen Kontos:</translation>
    </message>
    <message>
        <source>Copy it now if you need it; it can also be revealed later from the account&apos;s details.</source>
        <translation>Kopieren Sie ihn jetzt, falls Sie ihn benötigen; er kann auch später in den Details des Kontos angezeigt werden.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Enter the business name.</source>
        <translation>Geben Sie den Firmennamen ein.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Dies sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 (%2) wurde erstellt.</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the account was found: it was created once.</source>
        <translation>Die Antwort auf die Anfrage ging verloren, aber das Konto wurde gefunden: Es wurde genau einmal erstellt.</translation>
    </message>
</context>
<context>
    <name>telnyx::ExportReportDialog</name>
    <message>
        <source>&amp;Spreadsheet-safe (recommended)</source>
        <translation>Für &amp;Tabellenkalkulationen geeignet (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;As Telnyx sends it</source>
        <translation>&amp;Wie von Telnyx geliefert</translation>
    </message>
    <message>
        <source>Add &amp;group IDs, role and SSO bypass columns</source>
        <translation>Spalten für &amp;Gruppen-IDs, Rolle und SSO-Umgehung hinzufügen</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Gruppenbericht der Benutzer exportieren</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>The same six columns as Telnyx&apos;s CSV, with a byte-order mark so spreadsheets read the characters right, and every cell that a spreadsheet would run as a formula (=, +, -, @…) made plain text with a leading apostrophe.</source>
        <translation>Dieselben sechs Spalten wie die CSV-Datei von Telnyx, mit Byte-Order-Mark, damit Tabellenkalkulationen die Zeichen richtig lesen. Jede Zelle, die eine Tabellenkalkulation als Formel ausführen würde (=, +, -, @…), wird durch einen vorangestellten Apostroph zu reinem Text.</translation>
    </message>
    <message>
        <source>The server&apos;s own CSV, saved byte for byte, for tools that expect exactly that. Formula-like names are left as they are.</source>
        <translation>Die CSV-Datei des Servers, Byte für Byte gespeichert, für Werkzeuge, die genau diese erwarten. Namen, die wie Formeln aussehen, bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>telnyx::GroupsReportPage</name>
    <message>
        <source>Export &amp;groups report…</source>
        <translation>&amp;Gruppenbericht exportieren…</translation>
    </message>
    <message>
        <source>Save the users&apos; groups report as CSV (Ctrl+E)</source>
        <translation>Gruppenbericht der Benutzer als CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>The report could not be loaded.</source>
        <translation>Der Bericht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Some users could not be read</source>
        <translation>Einige Benutzer konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n von Telnyx gesendeter Benutzer konnte nicht gelesen werden und wird nicht angezeigt: %1</numerusform>
            <numerusform>%n von Telnyx gesendete Benutzer konnten nicht gelesen werden und werden nicht angezeigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups report</source>
        <translation>Gruppenbericht</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>E-Mail, Gruppen oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Bericht durchsuchen</translation>
    </message>
    <message>
        <source>Users and their groups</source>
        <translation>Benutzer und ihre Gruppen</translation>
    </message>
    <message>
        <source>All users (%1)</source>
        <translation>Alle Benutzer (%1)</translation>
    </message>
    <message>
        <source>No group (%1)</source>
        <translation>Keine Gruppe (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s); group ID %1</source>
        <translation>
            <numerusform>%n Mitglied; Gruppen-ID %1</numerusform>
            <numerusform>%n Mitglieder; Gruppen-ID %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Bericht wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer angezeigt</numerusform>
            <numerusform>%1 von %Ln Benutzern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV as Telnyx sends it (*.csv)</source>
        <translation>CSV, wie von Telnyx geliefert (*.csv)</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen geeignet (*.csv)</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Gruppenbericht der Benutzer exportieren</translation>
    </message>
    <message>
        <source>Groups report saved to %1.</source>
        <translation>Gruppenbericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>In %1 wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>telnyx::KeychainSecretStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>der macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>telnyx::MainWindow</name>
    <message>
        <source>Telnyx Admin</source>
        <translation>Telnyx Admin</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load this page again (F5); stops a load in progress</source>
        <translation>Diese Seite neu laden (F5); bricht einen laufenden Ladevorgang ab</translation>
    </message>
    <message>
        <source>Use another API &amp;key…</source>
        <translation>Anderen API-&amp;Schlüssel verwenden…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Welcome. Connect with a Telnyx API key to start.</source>
        <translation>Willkommen. Verbinden Sie sich mit einem Telnyx-API-Schlüssel, um zu beginnen.</translation>
    </message>
    <message>
        <source>No API key is saved for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The key of profile &quot;%1&quot; could not be read</source>
        <translation>Der Schlüssel des Profils „%1“ konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Telnyx Admin — %1</source>
        <translation>Telnyx Admin — %1</translation>
    </message>
    <message>
        <source>Key from TELNYX_API_KEY (not stored)</source>
        <translation>Schlüssel aus TELNYX_API_KEY (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Key in the system keychain</source>
        <translation>Schlüssel im System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>(profiles are not available)</source>
        <translation>(Profile sind nicht verfügbar)</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>API-Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>Profil ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The key itself stays valid at Telnyx; revoke it in the portal if it should not be used any more.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht. Der Schlüssel selbst bleibt bei Telnyx gültig; widerrufen Sie ihn im Portal, wenn er nicht mehr verwendet werden soll.</translation>
    </message>
    <message>
        <source>Enter the API key to use. It replaces the saved one.</source>
        <translation>Geben Sie den zu verwendenden API-Schlüssel ein. Er ersetzt den gespeicherten.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Telnyx API key for this session (kept in memory only, never saved):</source>
        <translation>Telnyx-API-Schlüssel für diese Sitzung (nur im Arbeitsspeicher gehalten, nie gespeichert):</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Telnyx Admin</source>
        <translation>&amp;Über Telnyx Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::ManagedAccountsModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Status of a managed account (an account is enabled)</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a managed account: closed for good, not a cancelled operation</extracomment>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The API has no status field; it is read from the status listings, which have not said anything about this account.</source>
        <translation>Die API hat kein Statusfeld; der Status wird aus den Statuslisten gelesen, die zu diesem Konto nichts angegeben haben.</translation>
    </message>
    <message>
        <source>The API does not report an account&apos;s channel limit; it is known only after this console has set it.</source>
        <translation>Die API meldet das Kanallimit eines Kontos nicht; es ist erst bekannt, nachdem diese Konsole es festgelegt hat.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Individuelle Preise</translation>
    </message>
    <message>
        <source>Rollup billing</source>
        <translation>Sammelabrechnung</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the account was created</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Manager account ID</source>
        <translation>Manager-Konto-ID</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>API-Benutzer</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>telnyx::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>telnyx::ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation>Verwenden Sie höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>Verwenden Sie nur druckbare Zeichen.</translation>
    </message>
</context>
<context>
    <name>telnyx::RemoteDetailsDialog</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>telnyx::SecretField</name>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
        <translation>In die Zwischenablage kopieren; sie wird nach 30 Sekunden wieder geleert</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>telnyx::SecretStore</name>
    <message>
        <source>The keychain did what was asked.</source>
        <translation>Der Schlüsselbund hat die Anfrage ausgeführt.</translation>
    </message>
    <message>
        <source>No API key is saved for this profile yet. Enter the key to save it.</source>
        <translation>Für dieses Profil ist noch kein API-Schlüssel gespeichert. Geben Sie den Schlüssel ein, um ihn zu speichern.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by signing in to the desktop session or with your keyring manager) and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung oder mit Ihrer Schlüsselbundverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain service is running. Install and start GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation>Es läuft kein Schlüsselbunddienst. Installieren und starten Sie GNOME Keyring oder KWallet, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Telnyx Admin to use the keychain when you are asked, or use the key for this session only.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Telnyx Admin den Zugriff auf den Schlüsselbund, wenn Sie gefragt werden, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain did not answer within 10 seconds. It may be waiting for an unlock prompt or be stuck: answer the prompt or restart your keyring service, then try again, or use the key for this session only.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von 10 Sekunden geantwortet. Möglicherweise wartet er auf eine Entsperrabfrage oder hängt: Beantworten Sie die Abfrage oder starten Sie Ihren Schlüsselbunddienst neu und versuchen Sie es dann erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, use the key for this session only.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut; schlägt es weiterhin fehl, verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>telnyx::TelnyxClient</name>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-Basis-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API base URL uses http:// to %1. The API key would travel unencrypted, so only https:// is allowed (http:// only to this computer).</source>
        <translation>Die API-Basis-URL verwendet http:// zu %1. Der API-Schlüssel würde unverschlüsselt übertragen, daher ist nur https:// erlaubt (http:// nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The account may or may not have been created</source>
        <translation>Unklar, ob das Konto erstellt wurde</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the account has no email to look it up by. Refresh the list and check before creating it again.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ging verloren, und das Konto hat keine E-Mail-Adresse, über die es sich suchen ließe. Aktualisieren Sie die Liste und prüfen Sie sie, bevor Sie das Konto erneut erstellen.</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>Das Konto wurde nicht erstellt</translation>
    </message>
    <message>
        <source>The answer to the create request was lost, and no account with this email exists. It is safe to try again.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ging verloren, und es gibt kein Konto mit dieser E-Mail-Adresse. Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the check for it failed too. Refresh the list before creating it again.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ging verloren, und auch die Überprüfung ist fehlgeschlagen. Aktualisieren Sie die Liste, bevor Sie das Konto erneut erstellen.</translation>
    </message>
</context>
<context>
    <name>telnyx::UserDetailsDialog</name>
    <message>
        <source>Organization user</source>
        <translation>Organisationsbenutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <source>Organization user: %1</source>
        <translation>Organisationsbenutzer: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::UserOperations</name>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>Der Eigentümer der Organisation kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>Bereits entfernt</translation>
    </message>
</context>
<context>
    <name>telnyx::UsersModel</name>
    <message>
        <source>Enabled</source>
        <extracomment>Status of an organization user (a person is enabled)</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Role of a user: the owner of the organization</extracomment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Hat sich noch nie angemeldet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>SSO bypass</source>
        <translation>SSO-Umgehung</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the user was created</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>telnyx::UsersPage</name>
    <message>
        <source>Some users could not be read</source>
        <translation>Einige Benutzer konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n von Telnyx gesendeter Benutzer konnte nicht gelesen werden und wird nicht angezeigt: %1</numerusform>
            <numerusform>%n von Telnyx gesendete Benutzer konnten nicht gelesen werden und werden nicht angezeigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>The user and their groups (Enter)</source>
        <translation>Der Benutzer und seine Gruppen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>Benutzer &amp;entfernen…</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>E-Mail, Gruppen oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on user status</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Email contains… (Enter asks Telnyx)</source>
        <translation>E-Mail enthält… (Eingabetaste fragt Telnyx ab)</translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation>E-Mail-Filter</translation>
    </message>
    <message>
        <source>Organization users</source>
        <translation>Organisationsbenutzer</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln user(s) so far</source>
        <translation>
            <numerusform>Wird geladen… bisher %Ln Benutzer</numerusform>
            <numerusform>Wird geladen… bisher %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer angezeigt</numerusform>
            <numerusform>%1 von %Ln Benutzern angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n user(s)…</source>
        <translation>
            <numerusform>%n Benutzer &amp;entfernen…</numerusform>
            <numerusform>%n Benutzer &amp;entfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>Der Eigentümer der Organisation kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Remove the selected users from the organization</source>
        <translation>Die ausgewählten Benutzer aus der Organisation entfernen</translation>
    </message>
    <message>
        <source>Nothing to show: the users could not be loaded (see above).</source>
        <translation>Nichts anzuzeigen: Die Benutzer konnten nicht geladen werden (siehe oben).</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer entspricht „%1“.</translation>
    </message>
    <message>
        <source>No user matches these filters.</source>
        <translation>Kein Benutzer entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>This organization has no users besides its owner.
Invite people from the Telnyx portal; they appear here once they join.</source>
        <translation>Diese Organisation hat außer ihrem Eigentümer keine Benutzer.
Laden Sie Personen über das Telnyx-Portal ein; sie erscheinen hier, sobald sie beitreten.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>Bisher %n Benutzer geladen; die Liste ist möglicherweise unvollständig.</numerusform>
            <numerusform>Bisher %n Benutzer geladen; die Liste ist möglicherweise unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the organization?</source>
        <translation>%1 aus der Organisation entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the organization?</source>
        <translation>
            <numerusform>%n Benutzer aus der Organisation entfernen?</numerusform>
            <numerusform>%n Benutzer aus der Organisation entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A removed user can no longer sign in to this organization or act for it, and loses its groups. To give access again, invite them again from the Telnyx portal.</source>
        <translation>Ein entfernter Benutzer kann sich nicht mehr bei dieser Organisation anmelden oder für sie handeln und verliert seine Gruppen. Um ihm wieder Zugriff zu geben, laden Sie ihn erneut über das Telnyx-Portal ein.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer entfernen</numerusform>
            <numerusform>%n Benutzer entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer wird entfernt</numerusform>
            <numerusform>%n Benutzer werden entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>✓ Removed</source>
        <translation>✓ Entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed.</source>
        <translation>
            <numerusform>%n Benutzer entfernt.</numerusform>
            <numerusform>%n Benutzer entfernt.</numerusform>
        </translation>
    </message>
</context>
</TS>

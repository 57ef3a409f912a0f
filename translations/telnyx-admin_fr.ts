<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>No API key is set. Add a key for this profile.</source>
        <translation>Aucune clé d&apos;API n&apos;est définie. Ajoutez une clé pour ce profil.</translation>
    </message>
    <message>
        <source>The server answered with an error page instead of data.</source>
        <translation>Le serveur a répondu par une page d&apos;erreur au lieu de données.</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Statut HTTP %1 inattendu.</translation>
    </message>
    <message>
        <source>Cannot reach Telnyx</source>
        <translation>Impossible de joindre Telnyx</translation>
    </message>
    <message>
        <source>Telnyx did not answer in time</source>
        <translation>Telnyx n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clé d&apos;API refusée</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Requête refusée</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Telnyx server error</source>
        <translation>Erreur du serveur Telnyx</translation>
    </message>
    <message>
        <source>Unreadable answer from Telnyx</source>
        <translation>Réponse illisible de Telnyx</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>A request the person stopped (not an account status)</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Connection settings refused</source>
        <translation>Paramètres de connexion refusés</translation>
    </message>
    <message>
        <source>Check your network connection and the API base URL, then try again.</source>
        <translation>Vérifiez votre connexion réseau et l&apos;URL de base de l&apos;API, puis réessayez.</translation>
    </message>
    <message>
        <source>The request took too long. Try again; if it keeps happening, Telnyx may be slow or unreachable.</source>
        <translation>La requête a pris trop de temps. Réessayez&#xa0;; si le problème persiste, Telnyx est peut-être lent ou injoignable.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the API base URL and your system&apos;s date and certificates.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié. Vérifiez l&apos;URL de base de l&apos;API ainsi que la date et les certificats de votre système.</translation>
    </message>
    <message>
        <source>Telnyx did not accept the API key. Check that the key is complete and still active, or enter a new one. On managed-account pages this also means the account is not enabled as a manager account.</source>
        <translation>Telnyx n&apos;a pas accepté la clé d&apos;API. Vérifiez que la clé est complète et toujours active, ou saisissez-en une nouvelle. Sur les pages des comptes gérés, cela signifie aussi que le compte n&apos;est pas activé en tant que compte gestionnaire.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this. Managed accounts must be enabled for your account by Telnyx, and some actions need the organization owner.</source>
        <translation>Cette clé d&apos;API n&apos;est pas autorisée à effectuer cette action. Les comptes gérés doivent être activés pour votre compte par Telnyx, et certaines actions sont réservées au propriétaire de l&apos;organisation.</translation>
    </message>
    <message>
        <source>It may have been removed or cancelled. Refresh the list.</source>
        <translation>L&apos;élément a peut-être été supprimé ou résilié. Actualisez la liste.</translation>
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation>Corrigez la valeur mise en évidence et réessayez.</translation>
    </message>
    <message>
        <source>Telnyx is limiting requests from this key. Wait a minute and try again.</source>
        <translation>Telnyx limite les requêtes de cette clé. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Telnyx had a problem handling the request. Try again in a moment.</source>
        <translation>Telnyx a rencontré un problème lors du traitement de la requête. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The answer could not be read. Try again; if it persists, check the API base URL.</source>
        <translation>La réponse n&apos;a pas pu être lue. Réessayez&#xa0;; si le problème persiste, vérifiez l&apos;URL de base de l&apos;API.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>(Request ID %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the export was not open.</source>
        <translation>l&apos;export n&apos;était pas ouvert.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file.</source>
        <translation>Impossible d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <source>The output no longer exists.</source>
        <translation>La sortie n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>La sortie n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>Could not write the data (is the disk full?).</source>
        <translation>Impossible d&apos;écrire les données (le disque est-il plein&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>PreferencesMenus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect after restarting Telnyx Admin</source>
        <translation>Prend effet au prochain démarrage de Telnyx Admin</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <extracomment>Appearance that follows the desktop&apos;s colours</extracomment>
        <translation>Couleurs du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Telnyx account managers.

API keys are kept in the system keychain, one per profile. TELNYX_API_KEY and TELNYX_BASE_URL work as in the official Telnyx SDKs: used for this run only, never stored.</source>
        <translation>Console de bureau pour les gestionnaires de comptes Telnyx.

Les clés d&apos;API sont conservées dans le trousseau du système, une par profil. TELNYX_API_KEY et TELNYX_BASE_URL fonctionnent comme dans les SDK officiels de Telnyx&#xa0;: utilisées pour cette exécution uniquement, jamais stockées.</translation>
    </message>
    <message>
        <source>Telnyx API base URL for this run (default %1).</source>
        <translation>URL de base de l&apos;API Telnyx pour cette exécution (par défaut %1).</translation>
    </message>
</context>
<context>
    <name>telnyx::AboutDialog</name>
    <message>
        <source>About Telnyx Admin</source>
        <translation>À propos de Telnyx Admin</translation>
    </message>
    <message>
        <source>Telnyx Admin</source>
        <translation>Telnyx Admin</translation>
    </message>
    <message>
        <source>A desktop console for Telnyx account managers: managed accounts, organization users and their groups.</source>
        <translation>Une console de bureau pour les gestionnaires de comptes Telnyx&#xa0;: comptes gérés, utilisateurs de l&apos;organisation et leurs groupes.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Telnyx API:</source>
        <translation>API Telnyx&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>An independent tool, not made or endorsed by Telnyx. “Telnyx” is a trademark of its owner.</source>
        <translation>Un outil indépendant, ni conçu ni approuvé par Telnyx. «&#xa0;Telnyx&#xa0;» est une marque de son propriétaire.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountDetailsDialog</name>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>API token (V1)</source>
        <translation>Jeton d&apos;API (V1)</translation>
    </message>
    <message>
        <source>Managed account</source>
        <translation>Compte géré</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Limite de crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Available credit:</source>
        <translation>Crédit disponible&#xa0;:</translation>
    </message>
    <message>
        <source>Custom pricing:</source>
        <translation>Tarification personnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>Rollup billing:</source>
        <translation>Facturation regroupée&#xa0;:</translation>
    </message>
    <message>
        <source>API user:</source>
        <translation>Utilisateur API&#xa0;:</translation>
    </message>
    <message>
        <source>Manager account ID:</source>
        <translation>ID du compte gestionnaire&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour le&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API token (V1):</source>
        <translation>Jeton d&apos;API (V1)&#xa0;:</translation>
    </message>
    <message>
        <source>Managed account: %1</source>
        <translation>Compte géré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountsPage</name>
    <message>
        <source>Statuses unknown</source>
        <translation>Statuts inconnus</translation>
    </message>
    <message>
        <source>The status listings could not be read, so statuses show as unknown. %1</source>
        <translation>Les listes de statuts n&apos;ont pas pu être lues&#xa0;; les statuts s&apos;affichent donc comme inconnus. %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Some accounts could not be read</source>
        <translation>Certains comptes n&apos;ont pas pu être lus</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n compte envoyé par Telnyx n&apos;a pas pu être lu et n&apos;est pas affiché&#xa0;: %1</numerusform>
            <numerusform>%n comptes envoyés par Telnyx n&apos;ont pas pu être lus et ne sont pas affichés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>Create a managed account (Ctrl+N)</source>
        <translation>Créer un compte géré (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Balance, keys and settings of the account (Enter)</source>
        <translation>Solde, clés et paramètres du compte (Entrée)</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>Dé&amp;sactiver…</translation>
    </message>
    <message>
        <source>Stop the selected accounts from using Telnyx services</source>
        <translation>Empêcher les comptes sélectionnés d&apos;utiliser les services Telnyx</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <source>Let the selected accounts use Telnyx services again</source>
        <translation>Permettre à nouveau aux comptes sélectionnés d&apos;utiliser les services Telnyx</translation>
    </message>
    <message>
        <source>Allow custom &amp;pricing</source>
        <translation>Autoriser la &amp;tarification personnalisée</translation>
    </message>
    <message>
        <source>C&amp;hannel limit…</source>
        <translation>&amp;Limite de canaux…</translation>
    </message>
    <message>
        <source>Allocate global outbound channels from your pool</source>
        <translation>Attribuer des canaux sortants globaux depuis votre réserve</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>E&amp;xport view as CSV…</source>
        <translation>E&amp;xporter la vue en CSV…</translation>
    </message>
    <message>
        <source>Save the accounts shown, as filtered and sorted</source>
        <translation>Enregistrer les comptes affichés, filtrés et triés comme à l&apos;écran</translation>
    </message>
    <message>
        <source>Managed accounts</source>
        <translation>Comptes gérés</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln account(s) so far</source>
        <translation>
            <numerusform>Chargement… %Ln compte jusqu&apos;ici</numerusform>
            <numerusform>Chargement… %Ln comptes jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %Ln compte</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search organization, email or ID (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: organisation, e-mail ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on account status; also lower-cased into &quot;No %1 accounts.&quot;</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Include cancelled accounts</source>
        <translation>Inclure les comptes résiliés</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>Saisir la clé d&apos;API…</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>aucune clé d&apos;API</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n compte chargé jusqu&apos;ici&#xa0;; la liste est peut-être incomplète.</numerusform>
            <numerusform>%n comptes chargés jusqu&apos;ici&#xa0;; la liste est peut-être incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Tout charger</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clé d&apos;API refusée</translation>
    </message>
    <message>
        <source>Managed accounts not available</source>
        <translation>Comptes gérés indisponibles</translation>
    </message>
    <message>
        <source>Telnyx refused the list of managed accounts. Either the API key is wrong or revoked, or this account is not a manager account: Telnyx must enable managed accounts for it (a limited-release feature that needs L2 verification). %1</source>
        <translation>Telnyx a refusé la liste des comptes gérés. Soit la clé d&apos;API est incorrecte ou révoquée, soit ce compte n&apos;est pas un compte gestionnaire&#xa0;: Telnyx doit y activer les comptes gérés (une fonctionnalité en diffusion limitée qui nécessite la vérification L2). %1</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Changer de clé d&apos;API…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Not connected yet.
Add a profile with your Telnyx API key: File → Profiles → Add profile.</source>
        <translation>Pas encore connecté.
Ajoutez un profil avec votre clé d&apos;API Telnyx&#xa0;: Fichier → Profils → Ajouter un profil.</translation>
    </message>
    <message>
        <source>Nothing to show: the accounts could not be loaded (see above).</source>
        <translation>Rien à afficher&#xa0;: les comptes n&apos;ont pas pu être chargés (voir ci-dessus).</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;.</source>
        <translation>Aucun compte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No %1 accounts.</source>
        <translation>Aucun compte %1.</translation>
    </message>
    <message>
        <source>No managed accounts yet.
Create the first one with New account (Ctrl+N).</source>
        <translation>Aucun compte géré pour l&apos;instant.
Créez le premier avec Nouveau compte (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;isable %n account(s)…</source>
        <translation>
            <numerusform>Dé&amp;sactiver %n compte…</numerusform>
            <numerusform>Dé&amp;sactiver %n comptes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n account(s)…</source>
        <translation>
            <numerusform>&amp;Activer %n compte…</numerusform>
            <numerusform>&amp;Activer %n comptes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation>Compte créé.</translation>
    </message>
    <message>
        <source>Enable accounts</source>
        <translation>Activer des comptes</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>Activer %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)?</source>
        <translation>
            <numerusform>Activer %n compte&#xa0;?</numerusform>
            <numerusform>Activer %n comptes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The account and its sub-users can use Telnyx services and sign in to the portal again.</source>
        <translation>Le compte et ses sous-utilisateurs pourront de nouveau utiliser les services Telnyx et se connecter au portail.</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)</source>
        <translation>
            <numerusform>Activer %n compte</numerusform>
            <numerusform>Activer %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-enable all connections (those that fail validation stay disabled)</source>
        <translation>Réactiver toutes les connexions (celles qui échouent à la validation restent désactivées)</translation>
    </message>
    <message>
        <source>Disable accounts</source>
        <translation>Désactiver des comptes</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Désactiver %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)?</source>
        <translation>
            <numerusform>Désactiver %n compte&#xa0;?</numerusform>
            <numerusform>Désactiver %n comptes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A disabled account cannot use Telnyx services: no calls or messages are sent or received, and the account and its sub-users can no longer sign in to the portal. Calls in progress are not cut off.</source>
        <translation>Un compte désactivé ne peut pas utiliser les services Telnyx&#xa0;: aucun appel ni message n&apos;est envoyé ou reçu, et le compte et ses sous-utilisateurs ne peuvent plus se connecter au portail. Les appels en cours ne sont pas coupés.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)</source>
        <translation>
            <numerusform>Désactiver %n compte</numerusform>
            <numerusform>Désactiver %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n account(s)</source>
        <translation>
            <numerusform>Activation de %n compte</numerusform>
            <numerusform>Activation de %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Enabled</source>
        <translation>✓ Activé</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n compte activé.</numerusform>
            <numerusform>%n comptes activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n account(s)</source>
        <translation>
            <numerusform>Désactivation de %n compte</numerusform>
            <numerusform>Désactivation de %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Disabled</source>
        <translation>✓ Désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n compte désactivé.</numerusform>
            <numerusform>%n comptes désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Tarification personnalisée</translation>
    </message>
    <message>
        <source>Allow custom pricing for %1?</source>
        <translation>Autoriser la tarification personnalisée pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>Stop custom pricing for %1?</source>
        <translation>Arrêter la tarification personnalisée pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>Pricing changes can take some time to apply.</source>
        <translation>Les changements de tarification peuvent mettre un certain temps à s&apos;appliquer.</translation>
    </message>
    <message>
        <source>Allow custom pricing</source>
        <translation>Autoriser la tarification personnalisée</translation>
    </message>
    <message>
        <source>Stop custom pricing</source>
        <translation>Arrêter la tarification personnalisée</translation>
    </message>
    <message>
        <source>Custom pricing updated; it may take some time to apply.</source>
        <translation>Tarification personnalisée mise à jour&#xa0;; l&apos;application peut prendre un certain temps.</translation>
    </message>
    <message>
        <source>Custom pricing not changed</source>
        <translation>Tarification personnalisée inchangée</translation>
    </message>
    <message>
        <source>Channel limit set.</source>
        <translation>Limite de canaux définie.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export accounts as CSV</source>
        <translation>Exporter les comptes en CSV</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV sécurisé pour tableur (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n compte exporté vers %1.</numerusform>
            <numerusform>%n comptes exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Rien n&apos;a été écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>telnyx::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Changer de clé d&apos;API…</translation>
    </message>
</context>
<context>
    <name>telnyx::BulkRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ Échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the reasons are listed below.</source>
        <translation>
            <numerusform>%n a échoué&#xa0;; la raison est indiquée ci-dessous.</numerusform>
            <numerusform>%n ont échoué&#xa0;; les raisons sont indiquées ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted (cancelled).</source>
        <translation>
            <numerusform>%n non tenté (annulé).</numerusform>
            <numerusform>%n non tentés (annulés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Non tenté</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Terminé&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelLimitDialog</name>
    <message>
        <source>Channel limit: %1</source>
        <translation>Limite de canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Global outbound channels for this account</source>
        <translation>Canaux sortants globaux de ce compte</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Définir la limite</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Canaux&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the channel pool…</source>
        <translation>Lecture de la réserve de canaux…</translation>
    </message>
    <message>
        <source>The channel pool could not be read: %1</source>
        <translation>La réserve de canaux n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Global outbound channels are not enabled for this manager account (the pool is 0). Ask Telnyx to enable the feature.</source>
        <translation>Les canaux sortants globaux ne sont pas activés pour ce compte gestionnaire (la réserve est à 0). Demandez à Telnyx d&apos;activer la fonctionnalité.</translation>
    </message>
    <message>
        <source>Pool: %1 channels allocatable, %2 allocated to other accounts, so at most %3 for this one.</source>
        <translation>Réserve&#xa0;: %1 canaux attribuables, %2 attribués à d&apos;autres comptes, donc au plus %3 pour celui-ci.</translation>
    </message>
    <message>
        <source>The API does not report this account&apos;s current limit, so its own channels are counted as allocated elsewhere.</source>
        <translation>L&apos;API ne communique pas la limite actuelle de ce compte&#xa0;; ses propres canaux sont donc comptés comme attribués ailleurs.</translation>
    </message>
    <message>
        <source>0 means this account has no usable channels: it cannot make outbound calls.</source>
        <translation>0 signifie que ce compte n&apos;a aucun canal utilisable&#xa0;: il ne peut pas passer d&apos;appels sortants.</translation>
    </message>
    <message numerus="yes">
        <source>This account may hold up to %n simultaneous outbound call(s).</source>
        <translation>
            <numerusform>Ce compte peut avoir jusqu&apos;à %n appel sortant simultané.</numerusform>
            <numerusform>Ce compte peut avoir jusqu&apos;à %n appels sortants simultanés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelPoolStrip</name>
    <message>
        <source>Global outbound channels allocated</source>
        <translation>Canaux sortants globaux attribués</translation>
    </message>
    <message>
        <source>Global outbound channels: —</source>
        <translation>Canaux sortants globaux&#xa0;: —</translation>
    </message>
    <message>
        <source>Global outbound channels: loading…</source>
        <translation>Canaux sortants globaux&#xa0;: chargement…</translation>
    </message>
    <message>
        <source>Global outbound channels: feature not enabled for this account</source>
        <translation>Canaux sortants globaux&#xa0;: fonctionnalité non activée pour ce compte</translation>
    </message>
    <message>
        <source>Global outbound channels: %1 of %2 allocated (%3 free)</source>
        <translation>Canaux sortants globaux&#xa0;: %1 sur %2 attribués (%3 libres)</translation>
    </message>
    <message>
        <source>Global outbound channels: unavailable (%1)</source>
        <translation>Canaux sortants globaux&#xa0;: indisponibles (%1)</translation>
    </message>
</context>
<context>
    <name>telnyx::ConnectDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation>&amp;Enregistrer et se connecter</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Utiliser pour cette &amp;session uniquement</translation>
    </message>
    <message>
        <source>Connect to Telnyx</source>
        <translation>Se connecter à Telnyx</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>Clé d&apos;API pour %1</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>The suggested name of the first profile; it is saved as typed</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>KEY0…, from Mission Control Portal → API Keys</source>
        <translation>KEY0…, depuis Mission Control Portal → API Keys</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;URL de base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>Nom du &amp;profil&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>The key is stored in your system&apos;s keychain, never in a file.</source>
        <translation>La clé est stockée dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Collez la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>✓ Key accepted; organization users are readable.</source>
        <translation>✓ Clé acceptée&#xa0;; les utilisateurs de l&apos;organisation sont lisibles.</translation>
    </message>
    <message>
        <source>✗ Key rejected: %1</source>
        <translation>✗ Clé refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Key accepted, but organization users are not readable with it.</source>
        <translation>✓ Clé acceptée, mais elle ne permet pas de lire les utilisateurs de l&apos;organisation.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✓ Manager account: managed accounts are available.</source>
        <translation>✓ Compte gestionnaire&#xa0;: les comptes gérés sont disponibles.</translation>
    </message>
    <message>
        <source>✗ Managed accounts are not available: Telnyx must enable this account as a manager account.</source>
        <translation>✗ Les comptes gérés ne sont pas disponibles&#xa0;: Telnyx doit activer ce compte en tant que compte gestionnaire.</translation>
    </message>
    <message>
        <source>? Managed accounts could not be checked: %1</source>
        <translation>? Impossible de vérifier les comptes gérés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. %1</source>
        <translation>La clé n&apos;a pas pu être enregistrée dans le trousseau. %1</translation>
    </message>
</context>
<context>
    <name>telnyx::ConsolePage</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
</context>
<context>
    <name>telnyx::CreateAccountDialog</name>
    <message>
        <source>Allow custom pricing</source>
        <translation>Autoriser la tarification personnalisée</translation>
    </message>
    <message>
        <source>Rollup billing (one shared balance)</source>
        <translation>Facturation regroupée (un seul solde partagé)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>New managed account</source>
        <translation>Nouveau compte géré</translation>
    </message>
    <message>
        <source>Shown as the account&apos;s organization name</source>
        <translation>Affiché comme nom d&apos;organisation du compte</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Without an email, Telnyx derives one from the manager account&apos;s email.</source>
        <translation>Sans e-mail, Telnyx en crée un à partir de l&apos;e-mail du compte gestionnaire.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Without a password the account cannot sign in to the portal directly; a password reset can enable it later.</source>
        <translation>Sans mot de passe, le compte ne peut pas se connecter directement au portail&#xa0;; une réinitialisation du mot de passe pourra le permettre plus tard.</translation>
    </message>
    <message>
        <source>Rollup billing cannot be changed after the account is created, except by Telnyx support.</source>
        <translation>La facturation regroupée ne peut plus être modifiée une fois le compte créé, sauf par le support Telnyx.</translation>
    </message>
    <message>
        <source>API key of the new account:</source>
        <translation>Clé d&apos;API du nouveau compte&#xa0;:</translation>
    </message>
    <message>
        <source>Copy it now if you need it; it can also be revealed later from the account&apos;s details.</source>
        <translation>Copiez-la maintenant si vous en avez besoin&#xa0;; elle peut aussi être affichée plus tard dans les détails du compte.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Enter the business name.</source>
        <translation>Saisissez la raison sociale.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Cette adresse e-mail ne semble pas valide.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>Compte %1 (%2) créé.</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the account was found: it was created once.</source>
        <translation>La réponse à la requête a été perdue, mais le compte a été retrouvé&#xa0;: il n&apos;a été créé qu&apos;une seule fois.</translation>
    </message>
</context>
<context>
    <name>telnyx::ExportReportDialog</name>
    <message>
        <source>&amp;Spreadsheet-safe (recommended)</source>
        <translation>&amp;Sécurisé pour tableur (recommandé)</translation>
    </message>
    <message>
        <source>&amp;As Telnyx sends it</source>
        <translation>&amp;Tel que Telnyx l&apos;envoie</translation>
    </message>
    <message>
        <source>Add &amp;group IDs, role and SSO bypass columns</source>
        <translation>Ajouter les colonnes ID des &amp;groupes, rôle et contournement SSO</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Exporter le rapport des groupes des utilisateurs</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>The same six columns as Telnyx&apos;s CSV, with a byte-order mark so spreadsheets read the characters right, and every cell that a spreadsheet would run as a formula (=, +, -, @…) made plain text with a leading apostrophe.</source>
        <translation>Les six mêmes colonnes que le CSV de Telnyx, avec une marque d&apos;ordre des octets pour que les tableurs lisent correctement les caractères, et toute cellule qu&apos;un tableur exécuterait comme une formule (=, +, -, @…) convertie en texte brut par une apostrophe initiale.</translation>
    </message>
    <message>
        <source>The server&apos;s own CSV, saved byte for byte, for tools that expect exactly that. Formula-like names are left as they are.</source>
        <translation>Le CSV du serveur lui-même, enregistré octet pour octet, pour les outils qui attendent exactement ce format. Les noms qui ressemblent à des formules sont laissés tels quels.</translation>
    </message>
</context>
<context>
    <name>telnyx::GroupsReportPage</name>
    <message>
        <source>Export &amp;groups report…</source>
        <translation>Exporter le rapport des &amp;groupes…</translation>
    </message>
    <message>
        <source>Save the users&apos; groups report as CSV (Ctrl+E)</source>
        <translation>Enregistrer le rapport des groupes des utilisateurs en CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>The report could not be loaded.</source>
        <translation>Le rapport n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Some users could not be read</source>
        <translation>Certains utilisateurs n&apos;ont pas pu être lus</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n utilisateur envoyé par Telnyx n&apos;a pas pu être lu et n&apos;est pas affiché&#xa0;: %1</numerusform>
            <numerusform>%n utilisateurs envoyés par Telnyx n&apos;ont pas pu être lus et ne sont pas affichés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups report</source>
        <translation>Rapport des groupes</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: e-mail, groupes ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Rechercher dans le rapport</translation>
    </message>
    <message>
        <source>Users and their groups</source>
        <translation>Utilisateurs et leurs groupes</translation>
    </message>
    <message>
        <source>All users (%1)</source>
        <translation>Tous les utilisateurs (%1)</translation>
    </message>
    <message>
        <source>No group (%1)</source>
        <translation>Sans groupe (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s); group ID %1</source>
        <translation>
            <numerusform>%n membre&#xa0;; ID du groupe %1</numerusform>
            <numerusform>%n membres&#xa0;; ID du groupe %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Chargement du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %Ln utilisateur</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV as Telnyx sends it (*.csv)</source>
        <translation>CSV tel que Telnyx l&apos;envoie (*.csv)</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV sécurisé pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Exporter le rapport des groupes des utilisateurs</translation>
    </message>
    <message>
        <source>Groups report saved to %1.</source>
        <translation>Rapport des groupes enregistré dans %1.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Rien n&apos;a été écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>telnyx::KeychainSecretStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>le Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>le trousseau macOS</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load this page again (F5); stops a load in progress</source>
        <translation>Recharger cette page (F5)&#xa0;; arrête un chargement en cours</translation>
    </message>
    <message>
        <source>Use another API &amp;key…</source>
        <translation>Utiliser une autre &amp;clé d&apos;API…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Arrêter le chargement (Échap)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Welcome. Connect with a Telnyx API key to start.</source>
        <translation>Bienvenue. Connectez-vous avec une clé d&apos;API Telnyx pour commencer.</translation>
    </message>
    <message>
        <source>No API key is saved for the profile &quot;%1&quot;.</source>
        <translation>Aucune clé d&apos;API n&apos;est enregistrée pour le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key of profile &quot;%1&quot; could not be read</source>
        <translation>La clé du profil «&#xa0;%1&#xa0;» n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Telnyx Admin — %1</source>
        <translation>Telnyx Admin — %1</translation>
    </message>
    <message>
        <source>Key from TELNYX_API_KEY (not stored)</source>
        <translation>Clé issue de TELNYX_API_KEY (non stockée)</translation>
    </message>
    <message>
        <source>Key in the system keychain</source>
        <translation>Clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Key for this session only</source>
        <translation>Clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>(profiles are not available)</source>
        <translation>(profils indisponibles)</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>&amp;Remplacer la clé d&apos;API…</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The key itself stays valid at Telnyx; revoke it in the portal if it should not be used any more.</source>
        <translation>Sa clé d&apos;API est supprimée du trousseau. La clé elle-même reste valide chez Telnyx&#xa0;; révoquez-la dans le portail si elle ne doit plus être utilisée.</translation>
    </message>
    <message>
        <source>Enter the API key to use. It replaces the saved one.</source>
        <translation>Saisissez la clé d&apos;API à utiliser. Elle remplace celle qui est enregistrée.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Telnyx API key for this session (kept in memory only, never saved):</source>
        <translation>Clé d&apos;API Telnyx pour cette session (conservée uniquement en mémoire, jamais enregistrée)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Telnyx Admin</source>
        <translation>À &amp;propos de Telnyx Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::ManagedAccountsModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Status of a managed account (an account is enabled)</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a managed account: closed for good, not a cancelled operation</extracomment>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The API has no status field; it is read from the status listings, which have not said anything about this account.</source>
        <translation>L&apos;API n&apos;a pas de champ de statut&#xa0;; il est lu dans les listes de statuts, qui n&apos;indiquent rien pour ce compte.</translation>
    </message>
    <message>
        <source>The API does not report an account&apos;s channel limit; it is known only after this console has set it.</source>
        <translation>L&apos;API ne communique pas la limite de canaux d&apos;un compte&#xa0;; elle n&apos;est connue qu&apos;une fois définie par cette console.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Tarification personnalisée</translation>
    </message>
    <message>
        <source>Rollup billing</source>
        <translation>Facturation regroupée</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the account was created</extracomment>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Manager account ID</source>
        <translation>ID du compte gestionnaire</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Utilisateur API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
</context>
<context>
    <name>telnyx::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>telnyx::ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>Saisissez un nom de profil.</translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation>Utilisez au plus 64 caractères.</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>Utilisez uniquement des caractères imprimables.</translation>
    </message>
</context>
<context>
    <name>telnyx::RemoteDetailsDialog</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>telnyx::SecretField</name>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1&#xa0;: afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
        <translation>Copier dans le presse-papiers&#xa0;; il est vidé au bout de 30 secondes</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1&#xa0;: copier</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>telnyx::SecretStore</name>
    <message>
        <source>The keychain did what was asked.</source>
        <translation>Le trousseau a effectué l&apos;opération demandée.</translation>
    </message>
    <message>
        <source>No API key is saved for this profile yet. Enter the key to save it.</source>
        <translation>Aucune clé d&apos;API n&apos;est encore enregistrée pour ce profil. Saisissez la clé pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by signing in to the desktop session or with your keyring manager) and try again.</source>
        <translation>Votre trousseau est verrouillé. Déverrouillez-le (par exemple en ouvrant votre session de bureau ou avec votre gestionnaire de trousseau), puis réessayez.</translation>
    </message>
    <message>
        <source>No keychain service is running. Install and start GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation>Aucun service de trousseau n&apos;est en cours d&apos;exécution. Installez et démarrez GNOME Keyring ou KWallet, ou utilisez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Telnyx Admin to use the keychain when you are asked, or use the key for this session only.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Telnyx Admin à utiliser le trousseau lorsque cela vous est demandé, ou utilisez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain did not answer within 10 seconds. It may be waiting for an unlock prompt or be stuck: answer the prompt or restart your keyring service, then try again, or use the key for this session only.</source>
        <translation>Le trousseau n&apos;a pas répondu dans les 10 secondes. Il attend peut-être une demande de déverrouillage ou il est bloqué&#xa0;: répondez à la demande ou redémarrez votre service de trousseau, puis réessayez, ou utilisez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, use the key for this session only.</source>
        <translation>Le trousseau a signalé une erreur. Réessayez&#xa0;; si l&apos;échec persiste, utilisez la clé pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>telnyx::TelnyxClient</name>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL de base de l&apos;API «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API base URL uses http:// to %1. The API key would travel unencrypted, so only https:// is allowed (http:// only to this computer).</source>
        <translation>L&apos;URL de base de l&apos;API utilise http:// vers %1. La clé d&apos;API circulerait sans chiffrement&#xa0;; seul https:// est donc autorisé (http:// uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>L&apos;URL de base de l&apos;API doit commencer par https://.</translation>
    </message>
    <message>
        <source>The account may or may not have been created</source>
        <translation>Impossible de savoir si le compte a été créé</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the account has no email to look it up by. Refresh the list and check before creating it again.</source>
        <translation>La réponse à la demande de création a été perdue et le compte n&apos;a pas d&apos;e-mail permettant de le retrouver. Actualisez la liste et vérifiez avant de le créer à nouveau.</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>Le compte n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>The answer to the create request was lost, and no account with this email exists. It is safe to try again.</source>
        <translation>La réponse à la demande de création a été perdue, et aucun compte n&apos;existe avec cet e-mail. Vous pouvez réessayer sans risque.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the check for it failed too. Refresh the list before creating it again.</source>
        <translation>La réponse à la demande de création a été perdue et la vérification a également échoué. Actualisez la liste avant de le créer à nouveau.</translation>
    </message>
</context>
<context>
    <name>telnyx::UserDetailsDialog</name>
    <message>
        <source>Organization user</source>
        <translation>Utilisateur de l&apos;organisation</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>Organization user: %1</source>
        <translation>Utilisateur de l&apos;organisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::UserOperations</name>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>Le propriétaire de l&apos;organisation ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>Déjà retiré</translation>
    </message>
</context>
<context>
    <name>telnyx::UsersModel</name>
    <message>
        <source>Enabled</source>
        <extracomment>Status of an organization user (a person is enabled)</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Role of a user: the owner of the organization</extracomment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Ne s&apos;est jamais connecté</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>SSO bypass</source>
        <translation>Contournement SSO</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the user was created</extracomment>
        <translation>Créé le</translation>
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
        <translation>Certains utilisateurs n&apos;ont pas pu être lus</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n utilisateur envoyé par Telnyx n&apos;a pas pu être lu et n&apos;est pas affiché&#xa0;: %1</numerusform>
            <numerusform>%n utilisateurs envoyés par Telnyx n&apos;ont pas pu être lus et ne sont pas affichés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>The user and their groups (Enter)</source>
        <translation>L&apos;utilisateur et ses groupes (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>&amp;Retirer l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: e-mail, groupes ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on user status</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Email contains… (Enter asks Telnyx)</source>
        <translation>L&apos;e-mail contient… (Entrée interroge Telnyx)</translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation>Filtre d&apos;e-mail</translation>
    </message>
    <message>
        <source>Organization users</source>
        <translation>Utilisateurs de l&apos;organisation</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln user(s) so far</source>
        <translation>
            <numerusform>Chargement… %Ln utilisateur jusqu&apos;ici</numerusform>
            <numerusform>Chargement… %Ln utilisateurs jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %Ln utilisateur</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n user(s)…</source>
        <translation>
            <numerusform>&amp;Retirer %n utilisateur…</numerusform>
            <numerusform>&amp;Retirer %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>Le propriétaire de l&apos;organisation ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Remove the selected users from the organization</source>
        <translation>Retirer de l&apos;organisation les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Nothing to show: the users could not be loaded (see above).</source>
        <translation>Rien à afficher&#xa0;: les utilisateurs n&apos;ont pas pu être chargés (voir ci-dessus).</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No user matches these filters.</source>
        <translation>Aucun utilisateur ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>This organization has no users besides its owner.
Invite people from the Telnyx portal; they appear here once they join.</source>
        <translation>Cette organisation n&apos;a aucun utilisateur en dehors de son propriétaire.
Invitez des personnes depuis le portail Telnyx&#xa0;; elles apparaîtront ici une fois inscrites.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n utilisateur chargé jusqu&apos;ici&#xa0;; la liste est peut-être incomplète.</numerusform>
            <numerusform>%n utilisateurs chargés jusqu&apos;ici&#xa0;; la liste est peut-être incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Tout charger</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Retirer des utilisateurs</translation>
    </message>
    <message>
        <source>Remove %1 from the organization?</source>
        <translation>Retirer %1 de l&apos;organisation&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the organization?</source>
        <translation>
            <numerusform>Retirer %n utilisateur de l&apos;organisation&#xa0;?</numerusform>
            <numerusform>Retirer %n utilisateurs de l&apos;organisation&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A removed user can no longer sign in to this organization or act for it, and loses its groups. To give access again, invite them again from the Telnyx portal.</source>
        <translation>Un utilisateur retiré ne peut plus se connecter à cette organisation ni agir en son nom, et perd ses groupes. Pour lui redonner l&apos;accès, invitez-le de nouveau depuis le portail Telnyx.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s)</source>
        <translation>
            <numerusform>Retirer %n utilisateur</numerusform>
            <numerusform>Retirer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n user(s)</source>
        <translation>
            <numerusform>Retrait de %n utilisateur</numerusform>
            <numerusform>Retrait de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>✓ Removed</source>
        <translation>✓ Retiré</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed.</source>
        <translation>
            <numerusform>%n utilisateur retiré.</numerusform>
            <numerusform>%n utilisateurs retirés.</numerusform>
        </translation>
    </message>
</context>
</TS>

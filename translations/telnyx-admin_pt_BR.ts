<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
    <message>
        <source>No API key is set. Add a key for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer from Telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and the API base URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long. Try again; if it keeps happening, Telnyx may be slow or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the API base URL and your system&apos;s date and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx did not accept the API key. Check that the key is complete and still active, or enter a new one. On managed-account pages this also means the account is not enabled as a manager account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do this. Managed accounts must be enabled for your account by Telnyx, and some actions need the organization owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed or cancelled. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx is limiting requests from this key. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx had a problem handling the request. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read. Try again; if it persists, check the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Request ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the data (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Telnyx account managers.

API keys are kept in the system keychain, one per profile. TELNYX_API_KEY and TELNYX_BASE_URL work as in the official Telnyx SDKs: used for this run only, never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx API base URL for this run (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::AccountDetailsDialog</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (V1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom pricing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollup billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (V1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed account: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::AccountsPage</name>
    <message>
        <source>Statuses unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status listings could not be read, so statuses show as unknown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some accounts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a managed account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance, keys and settings of the account (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected accounts from using Telnyx services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected accounts use Telnyx services again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow custom &amp;pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate global outbound channels from your pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport view as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the accounts shown, as filtered and sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln account(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search organization, email or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include cancelled accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded so far; the list may be incomplete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed accounts not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx refused the list of managed accounts. Either the API key is wrong or revoked, or this account is not a manager account: Telnyx must enable managed accounts for it (a limited-release feature that needs L2 verification). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet.
Add a profile with your Telnyx API key: File → Profiles → Add profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: the accounts could not be loaded (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No managed accounts yet.
Create the first one with New account (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>D&amp;isable %n account(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n account(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The account and its sub-users can use Telnyx services and sign in to the portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re-enable all connections (those that fail validation stay disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A disabled account cannot use Telnyx services: no calls or messages are sent or received, and the account and its sub-users can no longer sign in to the portal. Calls in progress are not cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow custom pricing for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop custom pricing for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing changes can take some time to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow custom pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop custom pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom pricing updated; it may take some time to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom pricing not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel limit set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export accounts as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::BulkRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the reasons are listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted (cancelled).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelLimitDialog</name>
    <message>
        <source>Channel limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global outbound channels for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the channel pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel pool could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global outbound channels are not enabled for this manager account (the pool is 0). Ask Telnyx to enable the feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool: %1 channels allocatable, %2 allocated to other accounts, so at most %3 for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not report this account&apos;s current limit, so its own channels are counted as allocated elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means this account has no usable channels: it cannot make outbound calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account may hold up to %n simultaneous outbound call(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelPoolStrip</name>
    <message>
        <source>Global outbound channels allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global outbound channels: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global outbound channels: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global outbound channels: feature not enabled for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global outbound channels: %1 of %2 allocated (%3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global outbound channels: unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::ConnectDialog</name>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY0…, from Mission Control Portal → API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Key accepted; organization users are readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Key rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Key accepted, but organization users are not readable with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Manager account: managed accounts are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Managed accounts are not available: Telnyx must enable this account as a manager account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Managed accounts could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::CreateAccountDialog</name>
    <message>
        <source>Allow custom pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollup billing (one shared balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New managed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the account&apos;s organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an email, Telnyx derives one from the manager account&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password the account cannot sign in to the portal directly; a password reset can enable it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollup billing cannot be changed after the account is created, except by Telnyx support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key of the new account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it now if you need it; it can also be revealed later from the account&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the business name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the account was found: it was created once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::ExportReportDialog</name>
    <message>
        <source>&amp;Spreadsheet-safe (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As Telnyx sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group IDs, role and SSO bypass columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same six columns as Telnyx&apos;s CSV, with a byte-order mark so spreadsheets read the characters right, and every cell that a spreadsheet would run as a formula (=, +, -, @…) made plain text with a leading apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own CSV, saved byte for byte, for tools that expect exactly that. Formula-like names are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::GroupsReportPage</name>
    <message>
        <source>Export &amp;groups report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the users&apos; groups report as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some users could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Groups report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and their groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s); group ID %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV as Telnyx sends it (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::KeychainSecretStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::MainWindow</name>
    <message>
        <source>Telnyx Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this page again (F5); stops a load in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Connect with a Telnyx API key to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of profile &quot;%1&quot; could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx Admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from TELNYX_API_KEY (not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(profiles are not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The key itself stays valid at Telnyx; revoke it in the portal if it should not be used any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key to use. It replaces the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx API key for this session (kept in memory only, never saved):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::ManagedAccountsModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no status field; it is read from the status listings, which have not said anything about this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not report an account&apos;s channel limit; it is known only after this console has set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollup billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::RemoteDetailsDialog</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::SecretField</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::SecretStore</name>
    <message>
        <source>The keychain did what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for this profile yet. Enter the key to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by signing in to the desktop session or with your keyring manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running. Install and start GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Telnyx Admin to use the keychain when you are asked, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within 10 seconds. It may be waiting for an unlock prompt or be stuck: answer the prompt or restart your keyring service, then try again, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::TelnyxClient</name>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL uses http:// to %1. The API key would travel unencrypted, so only https:// is allowed (http:// only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may or may not have been created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the account has no email to look it up by. Refresh the list and check before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the create request was lost, and no account with this email exists. It is safe to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the check for it failed too. Refresh the list before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::UserDetailsDialog</name>
    <message>
        <source>Organization user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization user: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::UserOperations</name>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::UsersModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>telnyx::UsersPage</name>
    <message>
        <source>Some users could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user and their groups (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email contains… (Enter asks Telnyx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln user(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n user(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected users from the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: the users could not be loaded (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no users besides its owner.
Invite people from the Telnyx portal; they appear here once they join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded so far; the list may be incomplete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the organization?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A removed user can no longer sign in to this organization or act for it, and loses its groups. To give access again, invite them again from the Telnyx portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

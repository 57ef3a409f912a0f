<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>No API key is set. Add a key for this profile.</source>
        <translation>No hay ninguna clave de API configurada. Agregue una clave para este perfil.</translation>
    </message>
    <message>
        <source>The server answered with an error page instead of data.</source>
        <translation>El servidor respondió con una página de error en lugar de datos.</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Estado HTTP inesperado: %1.</translation>
    </message>
    <message>
        <source>Cannot reach Telnyx</source>
        <translation>No se puede conectar con Telnyx</translation>
    </message>
    <message>
        <source>Telnyx did not answer in time</source>
        <translation>Telnyx no respondió a tiempo</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Error en la conexión segura</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Telnyx server error</source>
        <translation>Error del servidor de Telnyx</translation>
    </message>
    <message>
        <source>Unreadable answer from Telnyx</source>
        <translation>Respuesta ilegible de Telnyx</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>A request the person stopped (not an account status)</extracomment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Connection settings refused</source>
        <translation>Configuración de conexión rechazada</translation>
    </message>
    <message>
        <source>Check your network connection and the API base URL, then try again.</source>
        <translation>Compruebe la conexión de red y la URL base de la API, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The request took too long. Try again; if it keeps happening, Telnyx may be slow or unreachable.</source>
        <translation>La solicitud tardó demasiado. Vuelva a intentarlo; si sigue ocurriendo, es posible que Telnyx esté lento o no sea accesible.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the API base URL and your system&apos;s date and certificates.</source>
        <translation>No se pudo verificar el certificado del servidor. Compruebe la URL base de la API, así como la fecha y los certificados del sistema.</translation>
    </message>
    <message>
        <source>Telnyx did not accept the API key. Check that the key is complete and still active, or enter a new one. On managed-account pages this also means the account is not enabled as a manager account.</source>
        <translation>Telnyx no aceptó la clave de API. Compruebe que la clave esté completa y siga activa, o introduzca una nueva. En las páginas de cuentas administradas, esto también significa que la cuenta no está habilitada como cuenta administradora.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this. Managed accounts must be enabled for your account by Telnyx, and some actions need the organization owner.</source>
        <translation>Esta clave de API no tiene permiso para hacer esto. Telnyx debe habilitar las cuentas administradas para su cuenta, y algunas acciones requieren al propietario de la organización.</translation>
    </message>
    <message>
        <source>It may have been removed or cancelled. Refresh the list.</source>
        <translation>Es posible que se haya eliminado o cancelado. Actualice la lista.</translation>
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation>Corrija el valor resaltado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Telnyx is limiting requests from this key. Wait a minute and try again.</source>
        <translation>Telnyx está limitando las solicitudes de esta clave. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Telnyx had a problem handling the request. Try again in a moment.</source>
        <translation>Telnyx tuvo un problema al procesar la solicitud. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The answer could not be read. Try again; if it persists, check the API base URL.</source>
        <translation>No se pudo leer la respuesta. Vuelva a intentarlo; si el problema persiste, compruebe la URL base de la API.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>(Request ID %1)</source>
        <translation>(ID de solicitud: %1)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>the export was not open.</source>
        <translation>la exportación no estaba abierta.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>The output no longer exists.</source>
        <translation>La salida ya no existe.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>La salida no está abierta para escritura.</translation>
    </message>
    <message>
        <source>Could not write the data (is the disk full?).</source>
        <translation>No se pudieron escribir los datos (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>PreferencesMenus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Takes effect after restarting Telnyx Admin</source>
        <translation>Se aplica al reiniciar Telnyx Admin</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <extracomment>Appearance that follows the desktop&apos;s colours</extracomment>
        <translation>Colores del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Telnyx account managers.

API keys are kept in the system keychain, one per profile. TELNYX_API_KEY and TELNYX_BASE_URL work as in the official Telnyx SDKs: used for this run only, never stored.</source>
        <translation>Consola de escritorio para gestores de cuentas de Telnyx.

Las claves de API se guardan en el llavero del sistema, una por perfil. TELNYX_API_KEY y TELNYX_BASE_URL funcionan como en los SDK oficiales de Telnyx: se usan solo en esta ejecución y nunca se almacenan.</translation>
    </message>
    <message>
        <source>Telnyx API base URL for this run (default %1).</source>
        <translation>URL base de la API de Telnyx para esta ejecución (predeterminada: %1).</translation>
    </message>
</context>
<context>
    <name>telnyx::AboutDialog</name>
    <message>
        <source>About Telnyx Admin</source>
        <translation>Acerca de Telnyx Admin</translation>
    </message>
    <message>
        <source>Telnyx Admin</source>
        <translation>Telnyx Admin</translation>
    </message>
    <message>
        <source>A desktop console for Telnyx account managers: managed accounts, organization users and their groups.</source>
        <translation>Una consola de escritorio para gestores de cuentas de Telnyx: cuentas administradas, usuarios de la organización y sus grupos.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Telnyx API:</source>
        <translation>API de Telnyx:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>An independent tool, not made or endorsed by Telnyx. “Telnyx” is a trademark of its owner.</source>
        <translation>Una herramienta independiente, no creada ni respaldada por Telnyx. «Telnyx» es una marca de su titular.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountDetailsDialog</name>
    <message>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API token (V1)</source>
        <translation>Token de API (V1)</translation>
    </message>
    <message>
        <source>Managed account</source>
        <translation>Cuenta administrada</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Límite de crédito:</translation>
    </message>
    <message>
        <source>Available credit:</source>
        <translation>Crédito disponible:</translation>
    </message>
    <message>
        <source>Custom pricing:</source>
        <translation>Precios personalizados:</translation>
    </message>
    <message>
        <source>Rollup billing:</source>
        <translation>Facturación consolidada:</translation>
    </message>
    <message>
        <source>API user:</source>
        <translation>Usuario de API:</translation>
    </message>
    <message>
        <source>Manager account ID:</source>
        <translation>ID de la cuenta administradora:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creación:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualización:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>API token (V1):</source>
        <translation>Token de API (V1):</translation>
    </message>
    <message>
        <source>Managed account: %1</source>
        <translation>Cuenta administrada: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountsPage</name>
    <message>
        <source>Statuses unknown</source>
        <translation>Estados desconocidos</translation>
    </message>
    <message>
        <source>The status listings could not be read, so statuses show as unknown. %1</source>
        <translation>No se pudieron leer las listas de estados, por lo que los estados aparecen como desconocidos. %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Some accounts could not be read</source>
        <translation>No se pudieron leer algunas cuentas</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>No se pudo leer %n cuenta enviada por Telnyx y no se muestra: %1</numerusform>
            <numerusform>No se pudieron leer %n cuentas enviadas por Telnyx y no se muestran: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <source>Create a managed account (Ctrl+N)</source>
        <translation>Crear una cuenta administrada (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Balance, keys and settings of the account (Enter)</source>
        <translation>Saldo, claves y configuración de la cuenta (Intro)</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>De&amp;shabilitar…</translation>
    </message>
    <message>
        <source>Stop the selected accounts from using Telnyx services</source>
        <translation>Impedir que las cuentas seleccionadas usen los servicios de Telnyx</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Habilitar…</translation>
    </message>
    <message>
        <source>Let the selected accounts use Telnyx services again</source>
        <translation>Permitir que las cuentas seleccionadas vuelvan a usar los servicios de Telnyx</translation>
    </message>
    <message>
        <source>Allow custom &amp;pricing</source>
        <translation>Permitir &amp;precios personalizados</translation>
    </message>
    <message>
        <source>C&amp;hannel limit…</source>
        <translation>&amp;Límite de canales…</translation>
    </message>
    <message>
        <source>Allocate global outbound channels from your pool</source>
        <translation>Asignar canales salientes globales de su reserva</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>E&amp;xport view as CSV…</source>
        <translation>E&amp;xportar vista como CSV…</translation>
    </message>
    <message>
        <source>Save the accounts shown, as filtered and sorted</source>
        <translation>Guardar las cuentas mostradas, con el filtro y el orden actuales</translation>
    </message>
    <message>
        <source>Managed accounts</source>
        <translation>Cuentas administradas</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln account(s) so far</source>
        <translation>
            <numerusform>Cargando… %Ln cuenta hasta ahora</numerusform>
            <numerusform>Cargando… %Ln cuentas hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln cuenta visible</numerusform>
            <numerusform>%1 de %Ln cuentas visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Search organization, email or ID (Ctrl+F)</source>
        <translation>Buscar organización, correo electrónico o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on account status; also lower-cased into &quot;No %1 accounts.&quot;</extracomment>
        <translation>Habilitadas</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitadas</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Include cancelled accounts</source>
        <translation>Incluir cuentas canceladas</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>Introducir clave de API…</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>sin clave de API</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n cuenta cargada hasta ahora; la lista puede estar incompleta.</numerusform>
            <numerusform>%n cuentas cargadas hasta ahora; la lista puede estar incompleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message>
        <source>Managed accounts not available</source>
        <translation>Cuentas administradas no disponibles</translation>
    </message>
    <message>
        <source>Telnyx refused the list of managed accounts. Either the API key is wrong or revoked, or this account is not a manager account: Telnyx must enable managed accounts for it (a limited-release feature that needs L2 verification). %1</source>
        <translation>Telnyx rechazó la lista de cuentas administradas. O bien la clave de API es incorrecta o se revocó, o bien esta cuenta no es una cuenta administradora: Telnyx debe habilitarle las cuentas administradas (una función de disponibilidad limitada que requiere la verificación L2). %1</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Cambiar clave de API…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Not connected yet.
Add a profile with your Telnyx API key: File → Profiles → Add profile.</source>
        <translation>Todavía no hay conexión.
Agregue un perfil con su clave de API de Telnyx: Archivo → Perfiles → Agregar perfil.</translation>
    </message>
    <message>
        <source>Nothing to show: the accounts could not be loaded (see above).</source>
        <translation>No hay nada que mostrar: no se pudieron cargar las cuentas (vea arriba).</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;.</source>
        <translation>Ninguna cuenta coincide con «%1».</translation>
    </message>
    <message>
        <source>No %1 accounts.</source>
        <translation>No hay cuentas %1.</translation>
    </message>
    <message>
        <source>No managed accounts yet.
Create the first one with New account (Ctrl+N).</source>
        <translation>Todavía no hay cuentas administradas.
Cree la primera con Nueva cuenta (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;isable %n account(s)…</source>
        <translation>
            <numerusform>De&amp;shabilitar %n cuenta…</numerusform>
            <numerusform>De&amp;shabilitar %n cuentas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n account(s)…</source>
        <translation>
            <numerusform>&amp;Habilitar %n cuenta…</numerusform>
            <numerusform>&amp;Habilitar %n cuentas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation>Cuenta creada.</translation>
    </message>
    <message>
        <source>Enable accounts</source>
        <translation>Habilitar cuentas</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>¿Habilitar %1?</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)?</source>
        <translation>
            <numerusform>¿Habilitar %n cuenta?</numerusform>
            <numerusform>¿Habilitar %n cuentas?</numerusform>
        </translation>
    </message>
    <message>
        <source>The account and its sub-users can use Telnyx services and sign in to the portal again.</source>
        <translation>La cuenta y sus subusuarios podrán volver a usar los servicios de Telnyx e iniciar sesión en el portal.</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)</source>
        <translation>
            <numerusform>Habilitar %n cuenta</numerusform>
            <numerusform>Habilitar %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-enable all connections (those that fail validation stay disabled)</source>
        <translation>Volver a habilitar todas las conexiones (las que no superen la validación seguirán deshabilitadas)</translation>
    </message>
    <message>
        <source>Disable accounts</source>
        <translation>Deshabilitar cuentas</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>¿Deshabilitar %1?</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)?</source>
        <translation>
            <numerusform>¿Deshabilitar %n cuenta?</numerusform>
            <numerusform>¿Deshabilitar %n cuentas?</numerusform>
        </translation>
    </message>
    <message>
        <source>A disabled account cannot use Telnyx services: no calls or messages are sent or received, and the account and its sub-users can no longer sign in to the portal. Calls in progress are not cut off.</source>
        <translation>Una cuenta deshabilitada no puede usar los servicios de Telnyx: no se envían ni se reciben llamadas ni mensajes, y ni la cuenta ni sus subusuarios pueden volver a iniciar sesión en el portal. Las llamadas en curso no se cortan.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)</source>
        <translation>
            <numerusform>Deshabilitar %n cuenta</numerusform>
            <numerusform>Deshabilitar %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n account(s)</source>
        <translation>
            <numerusform>Habilitando %n cuenta</numerusform>
            <numerusform>Habilitando %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Enabled</source>
        <translation>✓ Habilitada</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n cuenta habilitada.</numerusform>
            <numerusform>%n cuentas habilitadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n account(s)</source>
        <translation>
            <numerusform>Deshabilitando %n cuenta</numerusform>
            <numerusform>Deshabilitando %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Disabled</source>
        <translation>✓ Deshabilitada</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n cuenta deshabilitada.</numerusform>
            <numerusform>%n cuentas deshabilitadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Precios personalizados</translation>
    </message>
    <message>
        <source>Allow custom pricing for %1?</source>
        <translation>¿Permitir precios personalizados para %1?</translation>
    </message>
    <message>
        <source>Stop custom pricing for %1?</source>
        <translation>¿Desactivar los precios personalizados para %1?</translation>
    </message>
    <message>
        <source>Pricing changes can take some time to apply.</source>
        <translation>Los cambios de precios pueden tardar un tiempo en aplicarse.</translation>
    </message>
    <message>
        <source>Allow custom pricing</source>
        <translation>Permitir precios personalizados</translation>
    </message>
    <message>
        <source>Stop custom pricing</source>
        <translation>Desactivar precios personalizados</translation>
    </message>
    <message>
        <source>Custom pricing updated; it may take some time to apply.</source>
        <translation>Precios personalizados actualizados; el cambio puede tardar un tiempo en aplicarse.</translation>
    </message>
    <message>
        <source>Custom pricing not changed</source>
        <translation>No se cambiaron los precios personalizados</translation>
    </message>
    <message>
        <source>Channel limit set.</source>
        <translation>Límite de canales establecido.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Se copió %n fila.</numerusform>
            <numerusform>Se copiaron %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export accounts as CSV</source>
        <translation>Exportar cuentas como CSV</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV, seguro para hojas de cálculo (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n cuenta a %1.</numerusform>
            <numerusform>Se exportaron %n cuentas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>No se escribió nada en %1: %2</translation>
    </message>
</context>
<context>
    <name>telnyx::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Cambiar clave de API…</translation>
    </message>
</context>
<context>
    <name>telnyx::BulkRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ Falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the reasons are listed below.</source>
        <translation>
            <numerusform>%n falló; el motivo se indica abajo.</numerusform>
            <numerusform>%n fallaron; los motivos se indican abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted (cancelled).</source>
        <translation>
            <numerusform>%n sin intentar (cancelado).</numerusform>
            <numerusform>%n sin intentar (cancelados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Sin intentar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done.</source>
        <translation>
            <numerusform>%1 de %n completado.</numerusform>
            <numerusform>%1 de %n completados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelLimitDialog</name>
    <message>
        <source>Channel limit: %1</source>
        <translation>Límite de canales: %1</translation>
    </message>
    <message>
        <source>Global outbound channels for this account</source>
        <translation>Canales salientes globales de esta cuenta</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Establecer límite</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Canales:</translation>
    </message>
    <message>
        <source>Reading the channel pool…</source>
        <translation>Leyendo la reserva de canales…</translation>
    </message>
    <message>
        <source>The channel pool could not be read: %1</source>
        <translation>No se pudo leer la reserva de canales: %1</translation>
    </message>
    <message>
        <source>Global outbound channels are not enabled for this manager account (the pool is 0). Ask Telnyx to enable the feature.</source>
        <translation>Los canales salientes globales no están habilitados para esta cuenta administradora (la reserva es 0). Solicite a Telnyx que habilite la función.</translation>
    </message>
    <message>
        <source>Pool: %1 channels allocatable, %2 allocated to other accounts, so at most %3 for this one.</source>
        <translation>Reserva: %1 canales asignables, %2 asignados a otras cuentas; por tanto, como máximo %3 para esta.</translation>
    </message>
    <message>
        <source>The API does not report this account&apos;s current limit, so its own channels are counted as allocated elsewhere.</source>
        <translation>La API no informa del límite actual de esta cuenta, por lo que sus propios canales se cuentan como asignados a otras cuentas.</translation>
    </message>
    <message>
        <source>0 means this account has no usable channels: it cannot make outbound calls.</source>
        <translation>0 significa que esta cuenta no tiene canales utilizables: no puede realizar llamadas salientes.</translation>
    </message>
    <message numerus="yes">
        <source>This account may hold up to %n simultaneous outbound call(s).</source>
        <translation>
            <numerusform>Esta cuenta puede mantener hasta %n llamada saliente simultánea.</numerusform>
            <numerusform>Esta cuenta puede mantener hasta %n llamadas salientes simultáneas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelPoolStrip</name>
    <message>
        <source>Global outbound channels allocated</source>
        <translation>Canales salientes globales asignados</translation>
    </message>
    <message>
        <source>Global outbound channels: —</source>
        <translation>Canales salientes globales: —</translation>
    </message>
    <message>
        <source>Global outbound channels: loading…</source>
        <translation>Canales salientes globales: cargando…</translation>
    </message>
    <message>
        <source>Global outbound channels: feature not enabled for this account</source>
        <translation>Canales salientes globales: función no habilitada para esta cuenta</translation>
    </message>
    <message>
        <source>Global outbound channels: %1 of %2 allocated (%3 free)</source>
        <translation>Canales salientes globales: %1 de %2 asignados (%3 libres)</translation>
    </message>
    <message>
        <source>Global outbound channels: unavailable (%1)</source>
        <translation>Canales salientes globales: no disponibles (%1)</translation>
    </message>
</context>
<context>
    <name>telnyx::ConnectDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation>&amp;Guardar y conectar</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Usar solo en esta &amp;sesión</translation>
    </message>
    <message>
        <source>Connect to Telnyx</source>
        <translation>Conectar con Telnyx</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>Clave de API de %1</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>The suggested name of the first profile; it is saved as typed</extracomment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>KEY0…, from Mission Control Portal → API Keys</source>
        <translation>KEY0…, de Mission Control Portal → API Keys</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;URL base de la API:</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar clave</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>The key is stored in your system&apos;s keychain, never in a file.</source>
        <translation>La clave se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Pegue la clave de API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>✓ Key accepted; organization users are readable.</source>
        <translation>✓ Clave aceptada; se pueden leer los usuarios de la organización.</translation>
    </message>
    <message>
        <source>✗ Key rejected: %1</source>
        <translation>✗ Clave rechazada: %1</translation>
    </message>
    <message>
        <source>✓ Key accepted, but organization users are not readable with it.</source>
        <translation>✓ Clave aceptada, pero no permite leer los usuarios de la organización.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ Manager account: managed accounts are available.</source>
        <translation>✓ Cuenta administradora: las cuentas administradas están disponibles.</translation>
    </message>
    <message>
        <source>✗ Managed accounts are not available: Telnyx must enable this account as a manager account.</source>
        <translation>✗ Las cuentas administradas no están disponibles: Telnyx debe habilitar esta cuenta como cuenta administradora.</translation>
    </message>
    <message>
        <source>? Managed accounts could not be checked: %1</source>
        <translation>? No se pudieron comprobar las cuentas administradas: %1</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. %1</source>
        <translation>No se pudo guardar la clave en el llavero. %1</translation>
    </message>
</context>
<context>
    <name>telnyx::ConsolePage</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
</context>
<context>
    <name>telnyx::CreateAccountDialog</name>
    <message>
        <source>Allow custom pricing</source>
        <translation>Permitir precios personalizados</translation>
    </message>
    <message>
        <source>Rollup billing (one shared balance)</source>
        <translation>Facturación consolidada (un saldo compartido)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>New managed account</source>
        <translation>Nueva cuenta administrada</translation>
    </message>
    <message>
        <source>Shown as the account&apos;s organization name</source>
        <translation>Se muestra como nombre de la organización de la cuenta</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Without an email, Telnyx derives one from the manager account&apos;s email.</source>
        <translation>Sin correo electrónico, Telnyx genera uno a partir del correo de la cuenta administradora.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Without a password the account cannot sign in to the portal directly; a password reset can enable it later.</source>
        <translation>Sin contraseña, la cuenta no puede iniciar sesión directamente en el portal; un restablecimiento de contraseña puede permitirlo más adelante.</translation>
    </message>
    <message>
        <source>Rollup billing cannot be changed after the account is created, except by Telnyx support.</source>
        <translation>La facturación consolidada no se puede cambiar después de crear la cuenta, salvo a través del soporte de Telnyx.</translation>
    </message>
    <message>
        <source>API key of the new account:</source>
        <translation>Clave de API de la nueva cuenta:</translation>
    </message>
    <message>
        <source>Copy it now if you need it; it can also be revealed later from the account&apos;s details.</source>
        <translation>Cópiela ahora si la necesita; también se puede mostrar más adelante en los detalles de la cuenta.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Enter the business name.</source>
        <translation>Introduzca el nombre de la empresa.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>Se creó %1 (%2).</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the account was found: it was created once.</source>
        <translation>Se perdió la respuesta a la solicitud, pero se encontró la cuenta: se creó una sola vez.</translation>
    </message>
</context>
<context>
    <name>telnyx::ExportReportDialog</name>
    <message>
        <source>&amp;Spreadsheet-safe (recommended)</source>
        <translation>&amp;Seguro para hojas de cálculo (recomendado)</translation>
    </message>
    <message>
        <source>&amp;As Telnyx sends it</source>
        <translation>&amp;Tal como lo envía Telnyx</translation>
    </message>
    <message>
        <source>Add &amp;group IDs, role and SSO bypass columns</source>
        <translation>Agregar columnas de ID de &amp;grupo, rol y omisión de SSO</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Exportar informe de grupos de usuarios</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>The same six columns as Telnyx&apos;s CSV, with a byte-order mark so spreadsheets read the characters right, and every cell that a spreadsheet would run as a formula (=, +, -, @…) made plain text with a leading apostrophe.</source>
        <translation>Las mismas seis columnas que el CSV de Telnyx, con una marca de orden de bytes para que las hojas de cálculo lean bien los caracteres, y con cada celda que una hoja de cálculo ejecutaría como fórmula (=, +, -, @…) convertida en texto sin formato mediante un apóstrofo inicial.</translation>
    </message>
    <message>
        <source>The server&apos;s own CSV, saved byte for byte, for tools that expect exactly that. Formula-like names are left as they are.</source>
        <translation>El CSV original del servidor, guardado byte a byte, para herramientas que esperan exactamente eso. Los nombres que parecen fórmulas se dejan tal cual.</translation>
    </message>
</context>
<context>
    <name>telnyx::GroupsReportPage</name>
    <message>
        <source>Export &amp;groups report…</source>
        <translation>Exportar informe de &amp;grupos…</translation>
    </message>
    <message>
        <source>Save the users&apos; groups report as CSV (Ctrl+E)</source>
        <translation>Guardar el informe de grupos de usuarios como CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>The report could not be loaded.</source>
        <translation>No se pudo cargar el informe.</translation>
    </message>
    <message>
        <source>Some users could not be read</source>
        <translation>No se pudieron leer algunos usuarios</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>No se pudo leer %n usuario enviado por Telnyx y no se muestra: %1</numerusform>
            <numerusform>No se pudieron leer %n usuarios enviados por Telnyx y no se muestran: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups report</source>
        <translation>Informe de grupos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>Buscar correo electrónico, grupos o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Buscar en el informe</translation>
    </message>
    <message>
        <source>Users and their groups</source>
        <translation>Usuarios y sus grupos</translation>
    </message>
    <message>
        <source>All users (%1)</source>
        <translation>Todos los usuarios (%1)</translation>
    </message>
    <message>
        <source>No group (%1)</source>
        <translation>Sin grupo (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s); group ID %1</source>
        <translation>
            <numerusform>%n miembro; ID de grupo: %1</numerusform>
            <numerusform>%n miembros; ID de grupo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Cargando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln usuario visible</numerusform>
            <numerusform>%1 de %Ln usuarios visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV as Telnyx sends it (*.csv)</source>
        <translation>CSV tal como lo envía Telnyx (*.csv)</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV, seguro para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Exportar informe de grupos de usuarios</translation>
    </message>
    <message>
        <source>Groups report saved to %1.</source>
        <translation>Informe de grupos guardado en %1.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>No se escribió nada en %1: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>telnyx::KeychainSecretStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>el Llavero de macOS</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load this page again (F5); stops a load in progress</source>
        <translation>Volver a cargar esta página (F5); detiene una carga en curso</translation>
    </message>
    <message>
        <source>Use another API &amp;key…</source>
        <translation>Usar otra &amp;clave de API…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Detener la carga (Esc)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Welcome. Connect with a Telnyx API key to start.</source>
        <translation>Le damos la bienvenida. Conéctese con una clave de API de Telnyx para empezar.</translation>
    </message>
    <message>
        <source>No API key is saved for the profile &quot;%1&quot;.</source>
        <translation>No hay ninguna clave de API guardada para el perfil «%1».</translation>
    </message>
    <message>
        <source>The key of profile &quot;%1&quot; could not be read</source>
        <translation>No se pudo leer la clave del perfil «%1»</translation>
    </message>
    <message>
        <source>Telnyx Admin — %1</source>
        <translation>Telnyx Admin — %1</translation>
    </message>
    <message>
        <source>Key from TELNYX_API_KEY (not stored)</source>
        <translation>Clave de TELNYX_API_KEY (no almacenada)</translation>
    </message>
    <message>
        <source>Key in the system keychain</source>
        <translation>Clave en el llavero del sistema</translation>
    </message>
    <message>
        <source>Key for this session only</source>
        <translation>Clave solo para esta sesión</translation>
    </message>
    <message>
        <source>(profiles are not available)</source>
        <translation>(los perfiles no están disponibles)</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Agregar perfil…</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>&amp;Reemplazar clave de API…</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>&amp;Eliminar perfil…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil «%1»?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The key itself stays valid at Telnyx; revoke it in the portal if it should not be used any more.</source>
        <translation>Su clave de API se elimina del llavero. La clave en sí sigue siendo válida en Telnyx; revóquela en el portal si ya no se debe usar.</translation>
    </message>
    <message>
        <source>Enter the API key to use. It replaces the saved one.</source>
        <translation>Introduzca la clave de API que desea usar. Reemplazará la guardada.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Telnyx API key for this session (kept in memory only, never saved):</source>
        <translation>Clave de API de Telnyx para esta sesión (solo se conserva en memoria, nunca se guarda):</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Telnyx Admin</source>
        <translation>&amp;Acerca de Telnyx Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::ManagedAccountsModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Status of a managed account (an account is enabled)</extracomment>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a managed account: closed for good, not a cancelled operation</extracomment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>The API has no status field; it is read from the status listings, which have not said anything about this account.</source>
        <translation>La API no tiene un campo de estado; se obtiene de las listas de estados, que no han indicado nada sobre esta cuenta.</translation>
    </message>
    <message>
        <source>The API does not report an account&apos;s channel limit; it is known only after this console has set it.</source>
        <translation>La API no informa del límite de canales de una cuenta; solo se conoce después de que esta consola lo haya establecido.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Precios personalizados</translation>
    </message>
    <message>
        <source>Rollup billing</source>
        <translation>Facturación consolidada</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the account was created</extracomment>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Manager account ID</source>
        <translation>ID de cuenta administradora</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Usuario de API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>telnyx::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>memoria (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>telnyx::ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>Introduzca un nombre de perfil.</translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation>Use 64 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>Use solo caracteres imprimibles.</translation>
    </message>
</context>
<context>
    <name>telnyx::RemoteDetailsDialog</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>telnyx::SecretField</name>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
        <translation>Copiar al portapapeles; se vacía de nuevo al cabo de 30 segundos</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>telnyx::SecretStore</name>
    <message>
        <source>The keychain did what was asked.</source>
        <translation>El llavero completó la operación solicitada.</translation>
    </message>
    <message>
        <source>No API key is saved for this profile yet. Enter the key to save it.</source>
        <translation>Todavía no hay ninguna clave de API guardada para este perfil. Introduzca la clave para guardarla.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by signing in to the desktop session or with your keyring manager) and try again.</source>
        <translation>El llavero está bloqueado. Desbloquéelo (por ejemplo, iniciando sesión en el escritorio o con su gestor de llaveros) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No keychain service is running. Install and start GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation>No se está ejecutando ningún servicio de llavero. Instale e inicie GNOME Keyring o KWallet, o use la clave solo para esta sesión.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Telnyx Admin to use the keychain when you are asked, or use the key for this session only.</source>
        <translation>Se denegó el acceso al llavero. Permita que Telnyx Admin use el llavero cuando se le solicite, o use la clave solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain did not answer within 10 seconds. It may be waiting for an unlock prompt or be stuck: answer the prompt or restart your keyring service, then try again, or use the key for this session only.</source>
        <translation>El llavero no respondió en 10 segundos. Es posible que esté esperando una solicitud de desbloqueo o que se haya quedado atascado: responda a la solicitud o reinicie el servicio de llavero y vuelva a intentarlo, o use la clave solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, use the key for this session only.</source>
        <translation>El llavero informó de un error. Vuelva a intentarlo; si sigue fallando, use la clave solo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>telnyx::TelnyxClient</name>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>La URL base de la API «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The API base URL uses http:// to %1. The API key would travel unencrypted, so only https:// is allowed (http:// only to this computer).</source>
        <translation>La URL base de la API usa http:// hacia %1. La clave de API viajaría sin cifrar, por lo que solo se permite https:// (http:// solo hacia este equipo).</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>La URL base de la API debe empezar por https://.</translation>
    </message>
    <message>
        <source>The account may or may not have been created</source>
        <translation>No se sabe si la cuenta se ha creado</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the account has no email to look it up by. Refresh the list and check before creating it again.</source>
        <translation>Se perdió la respuesta a la solicitud de creación y la cuenta no tiene correo electrónico con el que buscarla. Actualice la lista y compruébelo antes de volver a crearla.</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>No se creó la cuenta</translation>
    </message>
    <message>
        <source>The answer to the create request was lost, and no account with this email exists. It is safe to try again.</source>
        <translation>Se perdió la respuesta a la solicitud de creación y no existe ninguna cuenta con este correo electrónico. Puede volver a intentarlo sin riesgo.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the check for it failed too. Refresh the list before creating it again.</source>
        <translation>Se perdió la respuesta a la solicitud de creación y también falló su comprobación. Actualice la lista antes de volver a crearla.</translation>
    </message>
</context>
<context>
    <name>telnyx::UserDetailsDialog</name>
    <message>
        <source>Organization user</source>
        <translation>Usuario de la organización</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <source>Organization user: %1</source>
        <translation>Usuario de la organización: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::UserOperations</name>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>No se puede eliminar al propietario de la organización.</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>Ya eliminado</translation>
    </message>
</context>
<context>
    <name>telnyx::UsersModel</name>
    <message>
        <source>Enabled</source>
        <extracomment>Status of an organization user (a person is enabled)</extracomment>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Role of a user: the owner of the organization</extracomment>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Nunca ha iniciado sesión</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>SSO bypass</source>
        <translation>Omisión de SSO</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the user was created</extracomment>
        <translation>Creación</translation>
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
        <translation>No se pudieron leer algunos usuarios</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>No se pudo leer %n usuario enviado por Telnyx y no se muestra: %1</numerusform>
            <numerusform>No se pudieron leer %n usuarios enviados por Telnyx y no se muestran: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>The user and their groups (Enter)</source>
        <translation>El usuario y sus grupos (Intro)</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>&amp;Eliminar usuario…</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>Buscar correo electrónico, grupos o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on user status</extracomment>
        <translation>Habilitados</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitados</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueados</translation>
    </message>
    <message>
        <source>Email contains… (Enter asks Telnyx)</source>
        <translation>El correo contiene… (Intro consulta a Telnyx)</translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation>Filtro de correo electrónico</translation>
    </message>
    <message>
        <source>Organization users</source>
        <translation>Usuarios de la organización</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln user(s) so far</source>
        <translation>
            <numerusform>Cargando… %Ln usuario hasta ahora</numerusform>
            <numerusform>Cargando… %Ln usuarios hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln usuario visible</numerusform>
            <numerusform>%1 de %Ln usuarios visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n user(s)…</source>
        <translation>
            <numerusform>&amp;Eliminar %n usuario…</numerusform>
            <numerusform>&amp;Eliminar %n usuarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>No se puede eliminar al propietario de la organización.</translation>
    </message>
    <message>
        <source>Remove the selected users from the organization</source>
        <translation>Eliminar de la organización a los usuarios seleccionados</translation>
    </message>
    <message>
        <source>Nothing to show: the users could not be loaded (see above).</source>
        <translation>No hay nada que mostrar: no se pudieron cargar los usuarios (vea arriba).</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Ningún usuario coincide con «%1».</translation>
    </message>
    <message>
        <source>No user matches these filters.</source>
        <translation>Ningún usuario coincide con estos filtros.</translation>
    </message>
    <message>
        <source>This organization has no users besides its owner.
Invite people from the Telnyx portal; they appear here once they join.</source>
        <translation>Esta organización no tiene usuarios aparte de su propietario.
Invite a otras personas desde el portal de Telnyx; aparecerán aquí cuando se unan.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n usuario cargado hasta ahora; la lista puede estar incompleta.</numerusform>
            <numerusform>%n usuarios cargados hasta ahora; la lista puede estar incompleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Eliminar usuarios</translation>
    </message>
    <message>
        <source>Remove %1 from the organization?</source>
        <translation>¿Eliminar a %1 de la organización?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the organization?</source>
        <translation>
            <numerusform>¿Eliminar %n usuario de la organización?</numerusform>
            <numerusform>¿Eliminar %n usuarios de la organización?</numerusform>
        </translation>
    </message>
    <message>
        <source>A removed user can no longer sign in to this organization or act for it, and loses its groups. To give access again, invite them again from the Telnyx portal.</source>
        <translation>Un usuario eliminado ya no puede iniciar sesión en esta organización ni actuar en su nombre, y pierde sus grupos. Para volver a darle acceso, invítelo de nuevo desde el portal de Telnyx.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s)</source>
        <translation>
            <numerusform>Eliminar %n usuario</numerusform>
            <numerusform>Eliminar %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n user(s)</source>
        <translation>
            <numerusform>Eliminando %n usuario</numerusform>
            <numerusform>Eliminando %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>✓ Removed</source>
        <translation>✓ Eliminado</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed.</source>
        <translation>
            <numerusform>%n usuario eliminado.</numerusform>
            <numerusform>%n usuarios eliminados.</numerusform>
        </translation>
    </message>
</context>
</TS>

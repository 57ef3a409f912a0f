<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
    <message>
        <source>No API key is set. Add a key for this profile.</source>
        <translation>Nenhuma chave de API definida. Adicione uma chave para este perfil.</translation>
    </message>
    <message>
        <source>The server answered with an error page instead of data.</source>
        <translation>O servidor respondeu com uma página de erro em vez de dados.</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Status HTTP inesperado: %1.</translation>
    </message>
    <message>
        <source>Cannot reach Telnyx</source>
        <translation>Não foi possível acessar a Telnyx</translation>
    </message>
    <message>
        <source>Telnyx did not answer in time</source>
        <translation>A Telnyx não respondeu a tempo</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falha na conexão segura</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Chave de API recusada</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitação recusada</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Solicitações em excesso</translation>
    </message>
    <message>
        <source>Telnyx server error</source>
        <translation>Erro no servidor da Telnyx</translation>
    </message>
    <message>
        <source>Unreadable answer from Telnyx</source>
        <translation>Resposta ilegível da Telnyx</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>A request the person stopped (not an account status)</extracomment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Connection settings refused</source>
        <translation>Configurações de conexão recusadas</translation>
    </message>
    <message>
        <source>Check your network connection and the API base URL, then try again.</source>
        <translation>Verifique sua conexão de rede e a URL base da API e tente novamente.</translation>
    </message>
    <message>
        <source>The request took too long. Try again; if it keeps happening, Telnyx may be slow or unreachable.</source>
        <translation>A solicitação demorou demais. Tente novamente; se continuar acontecendo, a Telnyx pode estar lenta ou inacessível.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the API base URL and your system&apos;s date and certificates.</source>
        <translation>Não foi possível verificar o certificado do servidor. Verifique a URL base da API, além da data e dos certificados do seu sistema.</translation>
    </message>
    <message>
        <source>Telnyx did not accept the API key. Check that the key is complete and still active, or enter a new one. On managed-account pages this also means the account is not enabled as a manager account.</source>
        <translation>A Telnyx não aceitou a chave de API. Verifique se a chave está completa e ainda ativa ou insira uma nova. Nas páginas de contas gerenciadas, isso também significa que a conta não está habilitada como conta gerenciadora.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this. Managed accounts must be enabled for your account by Telnyx, and some actions need the organization owner.</source>
        <translation>Esta chave de API não tem permissão para fazer isso. As contas gerenciadas precisam ser habilitadas para a sua conta pela Telnyx, e algumas ações exigem o proprietário da organização.</translation>
    </message>
    <message>
        <source>It may have been removed or cancelled. Refresh the list.</source>
        <translation>O item pode ter sido removido ou cancelado. Atualize a lista.</translation>
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation>Corrija o valor destacado e tente novamente.</translation>
    </message>
    <message>
        <source>Telnyx is limiting requests from this key. Wait a minute and try again.</source>
        <translation>A Telnyx está limitando as solicitações desta chave. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>Telnyx had a problem handling the request. Try again in a moment.</source>
        <translation>A Telnyx teve um problema ao processar a solicitação. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The answer could not be read. Try again; if it persists, check the API base URL.</source>
        <translation>Não foi possível ler a resposta. Tente novamente; se o problema persistir, verifique a URL base da API.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>(Request ID %1)</source>
        <translation>(ID da solicitação: %1)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>the export was not open.</source>
        <translation>a exportação não estava aberta.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file.</source>
        <translation>Não foi possível gravar o arquivo.</translation>
    </message>
    <message>
        <source>The output no longer exists.</source>
        <translation>A saída não existe mais.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>A saída não está aberta para gravação.</translation>
    </message>
    <message>
        <source>Could not write the data (is the disk full?).</source>
        <translation>Não foi possível gravar os dados (o disco está cheio?).</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Takes effect after restarting Telnyx Admin</source>
        <translation>Vale a partir da próxima vez que o Telnyx Admin for aberto</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;parência</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <extracomment>Appearance that follows the desktop&apos;s colours</extracomment>
        <translation>Cores do &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colunas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Telnyx account managers.

API keys are kept in the system keychain, one per profile. TELNYX_API_KEY and TELNYX_BASE_URL work as in the official Telnyx SDKs: used for this run only, never stored.</source>
        <translation>Console de desktop para gerentes de conta da Telnyx.

As chaves de API ficam no chaveiro do sistema, uma por perfil. TELNYX_API_KEY e TELNYX_BASE_URL funcionam como nos SDKs oficiais da Telnyx: valem apenas para esta execução e nunca são armazenadas.</translation>
    </message>
    <message>
        <source>Telnyx API base URL for this run (default %1).</source>
        <translation>URL base da API da Telnyx para esta execução (padrão: %1).</translation>
    </message>
</context>
<context>
    <name>telnyx::AboutDialog</name>
    <message>
        <source>About Telnyx Admin</source>
        <translation>Sobre o Telnyx Admin</translation>
    </message>
    <message>
        <source>Telnyx Admin</source>
        <translation>Telnyx Admin</translation>
    </message>
    <message>
        <source>A desktop console for Telnyx account managers: managed accounts, organization users and their groups.</source>
        <translation>Um console de desktop para gerentes de contas da Telnyx: contas gerenciadas, usuários da organização e seus grupos.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Telnyx API:</source>
        <translation>API da Telnyx:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>An independent tool, not made or endorsed by Telnyx. “Telnyx” is a trademark of its owner.</source>
        <translation>Uma ferramenta independente, não criada nem endossada pela Telnyx. “Telnyx” é uma marca registrada de seu titular.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountDetailsDialog</name>
    <message>
        <source>not reported</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>API token (V1)</source>
        <translation>Token de API (V1)</translation>
    </message>
    <message>
        <source>Managed account</source>
        <translation>Conta gerenciada</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
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
        <translation>Limite de crédito:</translation>
    </message>
    <message>
        <source>Available credit:</source>
        <translation>Crédito disponível:</translation>
    </message>
    <message>
        <source>Custom pricing:</source>
        <translation>Preços personalizados:</translation>
    </message>
    <message>
        <source>Rollup billing:</source>
        <translation>Faturamento consolidado:</translation>
    </message>
    <message>
        <source>API user:</source>
        <translation>Usuário da API:</translation>
    </message>
    <message>
        <source>Manager account ID:</source>
        <translation>ID da conta gerenciadora:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criada em:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizada em:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Chave de API:</translation>
    </message>
    <message>
        <source>API token (V1):</source>
        <translation>Token de API (V1):</translation>
    </message>
    <message>
        <source>Managed account: %1</source>
        <translation>Conta gerenciada: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::AccountsPage</name>
    <message>
        <source>Statuses unknown</source>
        <translation>Status desconhecidos</translation>
    </message>
    <message>
        <source>The status listings could not be read, so statuses show as unknown. %1</source>
        <translation>Não foi possível ler as listagens de status, por isso os status aparecem como desconhecidos. %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Some accounts could not be read</source>
        <translation>Não foi possível ler algumas contas</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>Não foi possível ler %n conta enviada pela Telnyx; ela não é exibida: %1</numerusform>
            <numerusform>Não foi possível ler %n contas enviadas pela Telnyx; elas não são exibidas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nova conta…</translation>
    </message>
    <message>
        <source>Create a managed account (Ctrl+N)</source>
        <translation>Criar uma conta gerenciada (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalhes…</translation>
    </message>
    <message>
        <source>Balance, keys and settings of the account (Enter)</source>
        <translation>Saldo, chaves e configurações da conta (Enter)</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>Desat&amp;ivar…</translation>
    </message>
    <message>
        <source>Stop the selected accounts from using Telnyx services</source>
        <translation>Impedir que as contas selecionadas usem os serviços da Telnyx</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Ativar…</translation>
    </message>
    <message>
        <source>Let the selected accounts use Telnyx services again</source>
        <translation>Permitir que as contas selecionadas voltem a usar os serviços da Telnyx</translation>
    </message>
    <message>
        <source>Allow custom &amp;pricing</source>
        <translation>Permitir &amp;preços personalizados</translation>
    </message>
    <message>
        <source>C&amp;hannel limit…</source>
        <translation>&amp;Limite de canais…</translation>
    </message>
    <message>
        <source>Allocate global outbound channels from your pool</source>
        <translation>Alocar canais de saída globais do seu pool</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>E&amp;xport view as CSV…</source>
        <translation>E&amp;xportar visualização como CSV…</translation>
    </message>
    <message>
        <source>Save the accounts shown, as filtered and sorted</source>
        <translation>Salvar as contas exibidas, com o filtro e a ordenação atuais</translation>
    </message>
    <message>
        <source>Managed accounts</source>
        <translation>Contas gerenciadas</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln account(s) so far</source>
        <translation>
            <numerusform>Carregando… %Ln conta até agora</numerusform>
            <numerusform>Carregando… %Ln contas até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln conta</numerusform>
            <numerusform>%Ln contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln conta exibida</numerusform>
            <numerusform>%1 de %Ln contas exibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Search organization, email or ID (Ctrl+F)</source>
        <translation>Pesquisar organização, e-mail ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Pesquisar contas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on account status; also lower-cased into &quot;No %1 accounts.&quot;</extracomment>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Include cancelled accounts</source>
        <translation>Incluir contas canceladas</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>Inserir chave de API…</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>sem chave de API</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n conta carregada até agora; a lista pode estar incompleta.</numerusform>
            <numerusform>%n contas carregadas até agora; a lista pode estar incompleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Carregar tudo</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Chave de API recusada</translation>
    </message>
    <message>
        <source>Managed accounts not available</source>
        <translation>Contas gerenciadas indisponíveis</translation>
    </message>
    <message>
        <source>Telnyx refused the list of managed accounts. Either the API key is wrong or revoked, or this account is not a manager account: Telnyx must enable managed accounts for it (a limited-release feature that needs L2 verification). %1</source>
        <translation>A Telnyx recusou a lista de contas gerenciadas. Ou a chave de API está errada ou foi revogada, ou esta conta não é uma conta gerenciadora: a Telnyx precisa habilitar as contas gerenciadas para ela (um recurso de lançamento limitado que exige verificação L2). %1</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Alterar chave de API…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Not connected yet.
Add a profile with your Telnyx API key: File → Profiles → Add profile.</source>
        <translation>Ainda não conectado.
Adicione um perfil com sua chave de API da Telnyx: Arquivo → Perfis → Adicionar perfil.</translation>
    </message>
    <message>
        <source>Nothing to show: the accounts could not be loaded (see above).</source>
        <translation>Nada a exibir: não foi possível carregar as contas (veja acima).</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;.</source>
        <translation>Nenhuma conta corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No %1 accounts.</source>
        <translation>Nenhuma conta %1.</translation>
    </message>
    <message>
        <source>No managed accounts yet.
Create the first one with New account (Ctrl+N).</source>
        <translation>Ainda não há contas gerenciadas.
Crie a primeira com Nova conta (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;isable %n account(s)…</source>
        <translation>
            <numerusform>Desat&amp;ivar %n conta…</numerusform>
            <numerusform>Desat&amp;ivar %n contas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n account(s)…</source>
        <translation>
            <numerusform>&amp;Ativar %n conta…</numerusform>
            <numerusform>&amp;Ativar %n contas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation>Conta criada.</translation>
    </message>
    <message>
        <source>Enable accounts</source>
        <translation>Ativar contas</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>Ativar %1?</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)?</source>
        <translation>
            <numerusform>Ativar %n conta?</numerusform>
            <numerusform>Ativar %n contas?</numerusform>
        </translation>
    </message>
    <message>
        <source>The account and its sub-users can use Telnyx services and sign in to the portal again.</source>
        <translation>A conta e seus subusuários poderão voltar a usar os serviços da Telnyx e a entrar no portal.</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)</source>
        <translation>
            <numerusform>Ativar %n conta</numerusform>
            <numerusform>Ativar %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-enable all connections (those that fail validation stay disabled)</source>
        <translation>Reativar todas as conexões (as que não passarem na validação continuarão desativadas)</translation>
    </message>
    <message>
        <source>Disable accounts</source>
        <translation>Desativar contas</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Desativar %1?</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)?</source>
        <translation>
            <numerusform>Desativar %n conta?</numerusform>
            <numerusform>Desativar %n contas?</numerusform>
        </translation>
    </message>
    <message>
        <source>A disabled account cannot use Telnyx services: no calls or messages are sent or received, and the account and its sub-users can no longer sign in to the portal. Calls in progress are not cut off.</source>
        <translation>Uma conta desativada não pode usar os serviços da Telnyx: nenhuma chamada ou mensagem é enviada ou recebida, e a conta e seus subusuários não podem mais entrar no portal. As chamadas em andamento não são interrompidas.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)</source>
        <translation>
            <numerusform>Desativar %n conta</numerusform>
            <numerusform>Desativar %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n account(s)</source>
        <translation>
            <numerusform>Ativando %n conta</numerusform>
            <numerusform>Ativando %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Enabled</source>
        <translation>✓ Ativada</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n conta ativada.</numerusform>
            <numerusform>%n contas ativadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n account(s)</source>
        <translation>
            <numerusform>Desativando %n conta</numerusform>
            <numerusform>Desativando %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Disabled</source>
        <translation>✓ Desativada</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n conta desativada.</numerusform>
            <numerusform>%n contas desativadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Preços personalizados</translation>
    </message>
    <message>
        <source>Allow custom pricing for %1?</source>
        <translation>Permitir preços personalizados para %1?</translation>
    </message>
    <message>
        <source>Stop custom pricing for %1?</source>
        <translation>Desativar os preços personalizados para %1?</translation>
    </message>
    <message>
        <source>Pricing changes can take some time to apply.</source>
        <translation>As alterações de preço podem levar algum tempo para entrar em vigor.</translation>
    </message>
    <message>
        <source>Allow custom pricing</source>
        <translation>Permitir preços personalizados</translation>
    </message>
    <message>
        <source>Stop custom pricing</source>
        <translation>Desativar preços personalizados</translation>
    </message>
    <message>
        <source>Custom pricing updated; it may take some time to apply.</source>
        <translation>Preços personalizados atualizados; pode levar algum tempo para entrarem em vigor.</translation>
    </message>
    <message>
        <source>Custom pricing not changed</source>
        <translation>Preços personalizados não alterados</translation>
    </message>
    <message>
        <source>Channel limit set.</source>
        <translation>Limite de canais definido.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n linha copiada.</numerusform>
            <numerusform>%n linhas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export accounts as CSV</source>
        <translation>Exportar contas como CSV</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV, seguro para planilhas (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n conta exportada para %1.</numerusform>
            <numerusform>%n contas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Nada foi gravado em %1: %2</translation>
    </message>
</context>
<context>
    <name>telnyx::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Alterar chave de API…</translation>
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
        <translation>Tentar novamente as falhas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ Falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the reasons are listed below.</source>
        <translation>
            <numerusform>%n falhou; o motivo está indicado abaixo.</numerusform>
            <numerusform>%n falharam; os motivos estão listados abaixo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted (cancelled).</source>
        <translation>
            <numerusform>%n não foi tentado (operação cancelada).</numerusform>
            <numerusform>%n não foram tentados (operação cancelada).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Não tentado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done.</source>
        <translation>
            <numerusform>%1 de %n concluído.</numerusform>
            <numerusform>%1 de %n concluídos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelLimitDialog</name>
    <message>
        <source>Channel limit: %1</source>
        <translation>Limite de canais: %1</translation>
    </message>
    <message>
        <source>Global outbound channels for this account</source>
        <translation>Canais de saída globais desta conta</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Definir limite</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Canais:</translation>
    </message>
    <message>
        <source>Reading the channel pool…</source>
        <translation>Lendo o pool de canais…</translation>
    </message>
    <message>
        <source>The channel pool could not be read: %1</source>
        <translation>Não foi possível ler o pool de canais: %1</translation>
    </message>
    <message>
        <source>Global outbound channels are not enabled for this manager account (the pool is 0). Ask Telnyx to enable the feature.</source>
        <translation>Os canais de saída globais não estão habilitados para esta conta gerenciadora (o pool é 0). Peça à Telnyx para habilitar o recurso.</translation>
    </message>
    <message>
        <source>Pool: %1 channels allocatable, %2 allocated to other accounts, so at most %3 for this one.</source>
        <translation>Pool: %1 canais alocáveis, %2 alocados a outras contas; portanto, no máximo %3 para esta.</translation>
    </message>
    <message>
        <source>The API does not report this account&apos;s current limit, so its own channels are counted as allocated elsewhere.</source>
        <translation>A API não informa o limite atual desta conta, por isso os canais dela são contados como alocados em outro lugar.</translation>
    </message>
    <message>
        <source>0 means this account has no usable channels: it cannot make outbound calls.</source>
        <translation>0 significa que esta conta não tem canais utilizáveis: ela não pode fazer chamadas de saída.</translation>
    </message>
    <message numerus="yes">
        <source>This account may hold up to %n simultaneous outbound call(s).</source>
        <translation>
            <numerusform>Esta conta pode manter até %n chamada de saída simultânea.</numerusform>
            <numerusform>Esta conta pode manter até %n chamadas de saída simultâneas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelPoolStrip</name>
    <message>
        <source>Global outbound channels allocated</source>
        <translation>Canais de saída globais alocados</translation>
    </message>
    <message>
        <source>Global outbound channels: —</source>
        <translation>Canais de saída globais: —</translation>
    </message>
    <message>
        <source>Global outbound channels: loading…</source>
        <translation>Canais de saída globais: carregando…</translation>
    </message>
    <message>
        <source>Global outbound channels: feature not enabled for this account</source>
        <translation>Canais de saída globais: recurso não habilitado para esta conta</translation>
    </message>
    <message>
        <source>Global outbound channels: %1 of %2 allocated (%3 free)</source>
        <translation>Canais de saída globais: %1 de %2 alocados (%3 livres)</translation>
    </message>
    <message>
        <source>Global outbound channels: unavailable (%1)</source>
        <translation>Canais de saída globais: indisponível (%1)</translation>
    </message>
</context>
<context>
    <name>telnyx::ConnectDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation>&amp;Salvar e conectar</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Usar s&amp;omente nesta sessão</translation>
    </message>
    <message>
        <source>Connect to Telnyx</source>
        <translation>Conectar à Telnyx</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>Chave de API de %1</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>The suggested name of the first profile; it is saved as typed</extracomment>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>KEY0…, from Mission Control Portal → API Keys</source>
        <translation>KEY0…, do Mission Control Portal → API Keys</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;URL base da API:</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar chave</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>&amp;Nome do perfil:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>The key is stored in your system&apos;s keychain, never in a file.</source>
        <translation>A chave é armazenada no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Cole a chave de API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>✓ Key accepted; organization users are readable.</source>
        <translation>✓ Chave aceita; os usuários da organização podem ser lidos.</translation>
    </message>
    <message>
        <source>✗ Key rejected: %1</source>
        <translation>✗ Chave recusada: %1</translation>
    </message>
    <message>
        <source>✓ Key accepted, but organization users are not readable with it.</source>
        <translation>✓ Chave aceita, mas ela não permite ler os usuários da organização.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ Manager account: managed accounts are available.</source>
        <translation>✓ Conta gerenciadora: as contas gerenciadas estão disponíveis.</translation>
    </message>
    <message>
        <source>✗ Managed accounts are not available: Telnyx must enable this account as a manager account.</source>
        <translation>✗ As contas gerenciadas não estão disponíveis: a Telnyx precisa habilitar esta conta como conta gerenciadora.</translation>
    </message>
    <message>
        <source>? Managed accounts could not be checked: %1</source>
        <translation>? Não foi possível verificar as contas gerenciadas: %1</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. %1</source>
        <translation>Não foi possível salvar a chave no chaveiro. %1</translation>
    </message>
</context>
<context>
    <name>telnyx::ConsolePage</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
</context>
<context>
    <name>telnyx::CreateAccountDialog</name>
    <message>
        <source>Allow custom pricing</source>
        <translation>Permitir preços personalizados</translation>
    </message>
    <message>
        <source>Rollup billing (one shared balance)</source>
        <translation>Faturamento consolidado (um saldo compartilhado)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>New managed account</source>
        <translation>Nova conta gerenciada</translation>
    </message>
    <message>
        <source>Shown as the account&apos;s organization name</source>
        <translation>Exibido como o nome da organização da conta</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>&amp;Nome da empresa:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Without an email, Telnyx derives one from the manager account&apos;s email.</source>
        <translation>Sem um e-mail, a Telnyx gera um a partir do e-mail da conta gerenciadora.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Without a password the account cannot sign in to the portal directly; a password reset can enable it later.</source>
        <translation>Sem senha, a conta não pode entrar diretamente no portal; uma redefinição de senha pode permitir isso depois.</translation>
    </message>
    <message>
        <source>Rollup billing cannot be changed after the account is created, except by Telnyx support.</source>
        <translation>O faturamento consolidado não pode ser alterado depois que a conta é criada, exceto pelo suporte da Telnyx.</translation>
    </message>
    <message>
        <source>API key of the new account:</source>
        <translation>Chave de API da nova conta:</translation>
    </message>
    <message>
        <source>Copy it now if you need it; it can also be revealed later from the account&apos;s details.</source>
        <translation>Copie-a agora se precisar dela; ela também pode ser revelada depois nos detalhes da conta.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Enter the business name.</source>
        <translation>Insira o nome da empresa.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Isto não parece um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>Conta %1 (%2) criada.</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the account was found: it was created once.</source>
        <translation>A resposta à solicitação se perdeu, mas a conta foi encontrada: ela foi criada uma única vez.</translation>
    </message>
</context>
<context>
    <name>telnyx::ExportReportDialog</name>
    <message>
        <source>&amp;Spreadsheet-safe (recommended)</source>
        <translation>&amp;Seguro para planilhas (recomendado)</translation>
    </message>
    <message>
        <source>&amp;As Telnyx sends it</source>
        <translation>&amp;Exatamente como a Telnyx envia</translation>
    </message>
    <message>
        <source>Add &amp;group IDs, role and SSO bypass columns</source>
        <translation>Incluir colunas de IDs de &amp;grupo, função e bypass de SSO</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Exportar relatório de grupos dos usuários</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <source>The same six columns as Telnyx&apos;s CSV, with a byte-order mark so spreadsheets read the characters right, and every cell that a spreadsheet would run as a formula (=, +, -, @…) made plain text with a leading apostrophe.</source>
        <translation>As mesmas seis colunas do CSV da Telnyx, com uma marca de ordem de bytes (BOM) para que as planilhas leiam os caracteres corretamente, e toda célula que uma planilha executaria como fórmula (=, +, -, @…) convertida em texto simples com um apóstrofo inicial.</translation>
    </message>
    <message>
        <source>The server&apos;s own CSV, saved byte for byte, for tools that expect exactly that. Formula-like names are left as they are.</source>
        <translation>O CSV do próprio servidor, salvo byte a byte, para ferramentas que esperam exatamente isso. Nomes que parecem fórmulas são mantidos como estão.</translation>
    </message>
</context>
<context>
    <name>telnyx::GroupsReportPage</name>
    <message>
        <source>Export &amp;groups report…</source>
        <translation>Exportar relatório de &amp;grupos…</translation>
    </message>
    <message>
        <source>Save the users&apos; groups report as CSV (Ctrl+E)</source>
        <translation>Salvar o relatório de grupos dos usuários como CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>The report could not be loaded.</source>
        <translation>Não foi possível carregar o relatório.</translation>
    </message>
    <message>
        <source>Some users could not be read</source>
        <translation>Não foi possível ler alguns usuários</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>Não foi possível ler %n usuário enviado pela Telnyx; ele não é exibido: %1</numerusform>
            <numerusform>Não foi possível ler %n usuários enviados pela Telnyx; eles não são exibidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups report</source>
        <translation>Relatório de grupos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>Pesquisar e-mail, grupos ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Pesquisar no relatório</translation>
    </message>
    <message>
        <source>Users and their groups</source>
        <translation>Usuários e seus grupos</translation>
    </message>
    <message>
        <source>All users (%1)</source>
        <translation>Todos os usuários (%1)</translation>
    </message>
    <message>
        <source>No group (%1)</source>
        <translation>Sem grupo (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s); group ID %1</source>
        <translation>
            <numerusform>%n membro; ID do grupo: %1</numerusform>
            <numerusform>%n membros; ID do grupo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Carregando o relatório…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuário</numerusform>
            <numerusform>%Ln usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln usuário exibido</numerusform>
            <numerusform>%1 de %Ln usuários exibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV as Telnyx sends it (*.csv)</source>
        <translation>CSV como a Telnyx envia (*.csv)</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV, seguro para planilhas (*.csv)</translation>
    </message>
    <message>
        <source>Export users&apos; groups report</source>
        <translation>Exportar relatório de grupos dos usuários</translation>
    </message>
    <message>
        <source>Groups report saved to %1.</source>
        <translation>Relatório de grupos salvo em %1.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Nada foi gravado em %1: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>telnyx::KeychainSecretStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>as Chaves do macOS</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>o chaveiro do sistema</translation>
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
        <translation>&amp;Contas</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuários</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Relatório</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Load this page again (F5); stops a load in progress</source>
        <translation>Recarregar esta página (F5); interrompe um carregamento em andamento</translation>
    </message>
    <message>
        <source>Use another API &amp;key…</source>
        <translation>Usar outra &amp;chave de API…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progresso do carregamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Interromper o carregamento (Esc)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Welcome. Connect with a Telnyx API key to start.</source>
        <translation>Boas-vindas! Conecte-se com uma chave de API da Telnyx para começar.</translation>
    </message>
    <message>
        <source>No API key is saved for the profile &quot;%1&quot;.</source>
        <translation>Nenhuma chave de API salva para o perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key of profile &quot;%1&quot; could not be read</source>
        <translation>Não foi possível ler a chave do perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Telnyx Admin — %1</source>
        <translation>Telnyx Admin — %1</translation>
    </message>
    <message>
        <source>Key from TELNYX_API_KEY (not stored)</source>
        <translation>Chave de TELNYX_API_KEY (não armazenada)</translation>
    </message>
    <message>
        <source>Key in the system keychain</source>
        <translation>Chave no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Key for this session only</source>
        <translation>Chave somente para esta sessão</translation>
    </message>
    <message>
        <source>(profiles are not available)</source>
        <translation>(perfis indisponíveis)</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Adicionar perfil…</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>&amp;Substituir chave de API…</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>Re&amp;mover perfil…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Remover o perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The key itself stays valid at Telnyx; revoke it in the portal if it should not be used any more.</source>
        <translation>A chave de API do perfil é excluída do chaveiro. A chave em si continua válida na Telnyx; revogue-a no portal se ela não deve mais ser usada.</translation>
    </message>
    <message>
        <source>Enter the API key to use. It replaces the saved one.</source>
        <translation>Insira a chave de API a ser usada. Ela substitui a chave salva.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Telnyx API key for this session (kept in memory only, never saved):</source>
        <translation>Chave de API da Telnyx para esta sessão (mantida apenas na memória, nunca salva):</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Telnyx Admin</source>
        <translation>&amp;Sobre o Telnyx Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>telnyx::ManagedAccountsModel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Status of a managed account (an account is enabled)</extracomment>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativada</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>The API has no status field; it is read from the status listings, which have not said anything about this account.</source>
        <translation>A API não tem campo de status; ele é lido das listagens de status, que não informaram nada sobre esta conta.</translation>
    </message>
    <message>
        <source>The API does not report an account&apos;s channel limit; it is known only after this console has set it.</source>
        <translation>A API não informa o limite de canais de uma conta; ele só é conhecido depois que este console o define.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Custom pricing</source>
        <translation>Preços personalizados</translation>
    </message>
    <message>
        <source>Rollup billing</source>
        <translation>Faturamento consolidado</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the account was created</extracomment>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada em</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Manager account ID</source>
        <translation>ID da conta gerenciadora</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Usuário da API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
</context>
<context>
    <name>telnyx::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>memória (somente nesta sessão)</translation>
    </message>
</context>
<context>
    <name>telnyx::ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>Insira um nome de perfil.</translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation>Use no máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>Use apenas caracteres imprimíveis.</translation>
    </message>
</context>
<context>
    <name>telnyx::RemoteDetailsDialog</name>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
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
        <translation>Copiar para a área de transferência; ela é limpa novamente após 30 segundos</translation>
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
        <translation>indisponível</translation>
    </message>
</context>
<context>
    <name>telnyx::SecretStore</name>
    <message>
        <source>The keychain did what was asked.</source>
        <translation>O chaveiro executou o que foi solicitado.</translation>
    </message>
    <message>
        <source>No API key is saved for this profile yet. Enter the key to save it.</source>
        <translation>Ainda não há chave de API salva para este perfil. Insira a chave para salvá-la.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by signing in to the desktop session or with your keyring manager) and try again.</source>
        <translation>Seu chaveiro está bloqueado. Desbloqueie-o (por exemplo, entrando na sessão da área de trabalho ou pelo gerenciador de chaveiro) e tente novamente.</translation>
    </message>
    <message>
        <source>No keychain service is running. Install and start GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation>Nenhum serviço de chaveiro está em execução. Instale e inicie o GNOME Keyring ou o KWallet, ou use a chave somente nesta sessão.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Telnyx Admin to use the keychain when you are asked, or use the key for this session only.</source>
        <translation>O acesso ao chaveiro foi recusado. Permita que o Telnyx Admin use o chaveiro quando solicitado ou use a chave somente nesta sessão.</translation>
    </message>
    <message>
        <source>The keychain did not answer within 10 seconds. It may be waiting for an unlock prompt or be stuck: answer the prompt or restart your keyring service, then try again, or use the key for this session only.</source>
        <translation>O chaveiro não respondeu em 10 segundos. Ele pode estar aguardando um pedido de desbloqueio ou estar travado: responda ao pedido ou reinicie o serviço de chaveiro e tente novamente, ou use a chave somente nesta sessão.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, use the key for this session only.</source>
        <translation>O chaveiro informou um erro. Tente novamente; se continuar falhando, use a chave somente nesta sessão.</translation>
    </message>
</context>
<context>
    <name>telnyx::TelnyxClient</name>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>A URL base da API &quot;%1&quot; não é uma URL válida.</translation>
    </message>
    <message>
        <source>The API base URL uses http:// to %1. The API key would travel unencrypted, so only https:// is allowed (http:// only to this computer).</source>
        <translation>A URL base da API usa http:// para %1. A chave de API trafegaria sem criptografia; por isso, só https:// é permitido (http:// apenas para este computador).</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>A URL base da API deve começar com https://.</translation>
    </message>
    <message>
        <source>The account may or may not have been created</source>
        <translation>A conta pode ou não ter sido criada</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the account has no email to look it up by. Refresh the list and check before creating it again.</source>
        <translation>A resposta à solicitação de criação se perdeu e a conta não tem e-mail pelo qual possa ser localizada. Atualize a lista e verifique antes de criá-la novamente.</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>A conta não foi criada</translation>
    </message>
    <message>
        <source>The answer to the create request was lost, and no account with this email exists. It is safe to try again.</source>
        <translation>A resposta à solicitação de criação se perdeu, e não existe nenhuma conta com este e-mail. É seguro tentar novamente.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost and the check for it failed too. Refresh the list before creating it again.</source>
        <translation>A resposta à solicitação de criação se perdeu e a verificação também falhou. Atualize a lista antes de criá-la novamente.</translation>
    </message>
</context>
<context>
    <name>telnyx::UserDetailsDialog</name>
    <message>
        <source>Organization user</source>
        <translation>Usuário da organização</translation>
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
        <translation>(sem grupo)</translation>
    </message>
    <message>
        <source>Organization user: %1</source>
        <translation>Usuário da organização: %1</translation>
    </message>
</context>
<context>
    <name>telnyx::UserOperations</name>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>O proprietário da organização não pode ser removido.</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>Já removido</translation>
    </message>
</context>
<context>
    <name>telnyx::UsersModel</name>
    <message>
        <source>Enabled</source>
        <extracomment>Status of an organization user (a person is enabled)</extracomment>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Role of a user: the owner of the organization</extracomment>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Nunca acessou</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>há %n mês</numerusform>
            <numerusform>há %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>há %n ano</numerusform>
            <numerusform>há %n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último acesso</translation>
    </message>
    <message>
        <source>SSO bypass</source>
        <translation>Bypass de SSO</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the user was created</extracomment>
        <translation>Criado em</translation>
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
        <translation>Não foi possível ler alguns usuários</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>Não foi possível ler %n usuário enviado pela Telnyx; ele não é exibido: %1</numerusform>
            <numerusform>Não foi possível ler %n usuários enviados pela Telnyx; eles não são exibidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalhes…</translation>
    </message>
    <message>
        <source>The user and their groups (Enter)</source>
        <translation>O usuário e seus grupos (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>&amp;Remover usuário…</translation>
    </message>
    <message>
        <source>Search email, groups or ID (Ctrl+F)</source>
        <translation>Pesquisar e-mail, grupos ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Pesquisar usuários</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Filter on user status</extracomment>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Email contains… (Enter asks Telnyx)</source>
        <translation>E-mail contém… (Enter consulta a Telnyx)</translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation>Filtro de e-mail</translation>
    </message>
    <message>
        <source>Organization users</source>
        <translation>Usuários da organização</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln user(s) so far</source>
        <translation>
            <numerusform>Carregando… %Ln usuário até agora</numerusform>
            <numerusform>Carregando… %Ln usuários até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuário</numerusform>
            <numerusform>%Ln usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln usuário exibido</numerusform>
            <numerusform>%1 de %Ln usuários exibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n user(s)…</source>
        <translation>
            <numerusform>&amp;Remover %n usuário…</numerusform>
            <numerusform>&amp;Remover %n usuários…</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization owner cannot be removed.</source>
        <translation>O proprietário da organização não pode ser removido.</translation>
    </message>
    <message>
        <source>Remove the selected users from the organization</source>
        <translation>Remover os usuários selecionados da organização</translation>
    </message>
    <message>
        <source>Nothing to show: the users could not be loaded (see above).</source>
        <translation>Nada a exibir: não foi possível carregar os usuários (veja acima).</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Nenhum usuário corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No user matches these filters.</source>
        <translation>Nenhum usuário corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>This organization has no users besides its owner.
Invite people from the Telnyx portal; they appear here once they join.</source>
        <translation>Esta organização não tem usuários além do proprietário.
Convide pessoas pelo portal da Telnyx; elas aparecem aqui assim que entrarem.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n usuário carregado até agora; a lista pode estar incompleta.</numerusform>
            <numerusform>%n usuários carregados até agora; a lista pode estar incompleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Carregar tudo</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Remover usuários</translation>
    </message>
    <message>
        <source>Remove %1 from the organization?</source>
        <translation>Remover %1 da organização?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the organization?</source>
        <translation>
            <numerusform>Remover %n usuário da organização?</numerusform>
            <numerusform>Remover %n usuários da organização?</numerusform>
        </translation>
    </message>
    <message>
        <source>A removed user can no longer sign in to this organization or act for it, and loses its groups. To give access again, invite them again from the Telnyx portal.</source>
        <translation>Um usuário removido não pode mais entrar nesta organização nem agir em nome dela, e perde seus grupos. Para conceder acesso novamente, convide-o de novo pelo portal da Telnyx.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s)</source>
        <translation>
            <numerusform>Remover %n usuário</numerusform>
            <numerusform>Remover %n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n user(s)</source>
        <translation>
            <numerusform>Removendo %n usuário</numerusform>
            <numerusform>Removendo %n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>✓ Removed</source>
        <translation>✓ Removido</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed.</source>
        <translation>
            <numerusform>%n usuário removido.</numerusform>
            <numerusform>%n usuários removidos.</numerusform>
        </translation>
    </message>
</context>
</TS>

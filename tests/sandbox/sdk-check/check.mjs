// Manual check: the official Telnyx Node SDK (npm "telnyx") against telnyx-sandbox.
// Proves the sandbox accepts exactly what the SDK sends (paths, bracketed queries, bodies or
// their absence) and that the SDK can read every answer. See README.md for how to run it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import Telnyx from 'telnyx';

const sandboxPath = process.env.SANDBOX ?? new URL('../../../build/bin/telnyx-sandbox', import.meta.url).pathname;
const apiKey = 'KEY0SANDBOX_demo';

function startSandbox(args) {
  const child = spawn(sandboxPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /^listening on (http:\/\/\S+\/v2)$/.exec(line);
      if (!match) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ child, baseURL: match[1], root: match[1].replace(/\/v2$/, '') });
    });
  });
}

// Every request the SDK makes, as sent on the wire.
const wire = [];
const loggingFetch = async (url, init = {}) => {
  const body = init.body === undefined ? '(no body)' : String(init.body);
  const headers = new Headers(init.headers);
  wire.push(`${init.method ?? 'GET'} ${decodeURIComponent(new URL(url).pathname)}${new URL(url).search} ` +
            `ct=${headers.get('content-type') ?? '-'} accept=${headers.get('accept')} body=${body}`);
  return fetch(url, init);
};

let failures = 0;
async function step(name, fn) {
  try {
    const note = await fn();
    console.log(`ok   ${name}${note ? ` — ${note}` : ''}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${error.stack ?? error}`);
  }
}

const { child, baseURL, root } = await startSandbox(['--accounts', '60', '--users', '40']);
const stats = async () => (await fetch(`${root}/_sandbox/stats`)).json();
const injectFault = (fault) =>
  fetch(`${root}/_sandbox/faults`, { method: 'POST', body: JSON.stringify(fault) });
const client = new Telnyx({ apiKey, baseURL, fetch: loggingFetch });

try {
  let created;
  let userId;

  await step('managedAccounts.list auto-paging (page[size]=25)', async () => {
    const ids = new Set();
    for await (const account of client.managedAccounts.list({ 'page[size]': 25 })) {
      assert.equal(account.record_type, 'managed_account');
      assert.equal(account.api_key, undefined, 'list items must not carry api_key');
      ids.add(account.id);
    }
    const page = await client.managedAccounts.list({ 'page[size]': 1 });
    assert.equal(ids.size, page.meta.total_results);
    return `${ids.size} accounts over ${Math.ceil(ids.size / 25)} pages`;
  });

  await step('managedAccounts.list filters, status, sort', async () => {
    const plus = await client.managedAccounts.list({ filter: { email: { eq: 'billing+acme@acme.example' } } });
    assert.equal(plus.data.length, 1, 'a + in filter[email][eq] must survive encoding');
    const name = await client.managedAccounts.list({ filter: { organization_name: { contains: 'müller & s' } } });
    assert.equal(name.data[0].organization_name, 'Müller & Söhne GmbH');
    const disabled = await client.managedAccounts.list({ filter: { status: { eq: 'disabled' } } });
    assert.ok(disabled.data.length > 0);
    const cancelled = await client.managedAccounts.list({ filter: { status: { eq: 'cancelled' } }, include_cancelled_accounts: true });
    assert.ok(cancelled.data.length > 0);
    const byEmail = await client.managedAccounts.list({ sort: '-email', 'page[size]': 3 });
    assert.ok(byEmail.data[0].email >= byEmail.data[1].email);
    return `disabled=${disabled.meta.total_results} cancelled=${cancelled.meta.total_results}`;
  });

  await step('managedAccounts.create (200, full ManagedAccount)', async () => {
    created = (await client.managedAccounts.create({
      business_name: 'SDK Check, "Quoted" Ltd', email: 'sdk-check+1@example.com',
      password: 'correct horse battery', managed_account_allow_custom_pricing: false, rollup_billing: true,
    })).data;
    assert.match(created.api_key, /^KEY0[0-9A-F]{28}_[0-9A-Za-z]{22}$/);
    assert.equal(created.balance.record_type, 'balance');
    return created.id;
  });

  await step('managedAccounts.create validation → UnprocessableEntityError', async () => {
    await assert.rejects(client.managedAccounts.create({ business_name: '', email: 'nope' }), (error) => {
      assert.ok(error instanceof Telnyx.UnprocessableEntityError);
      assert.deepEqual(error.error.errors.map((e) => e.source.pointer), ['/business_name', '/email']);
      return true;
    });
  });

  await step('managedAccounts.retrieve / update', async () => {
    assert.equal((await client.managedAccounts.retrieve(created.id)).data.email, 'sdk-check+1@example.com');
    const updated = (await client.managedAccounts.update(created.id, { managed_account_allow_custom_pricing: true })).data;
    assert.equal(updated.managed_account_allow_custom_pricing, true);
  });

  await step('actions.disable (no body) / actions.enable ({} and reenable_all_connections)', async () => {
    await client.managedAccounts.actions.disable(created.id);
    const hidden = await (await fetch(`${root}/_sandbox/accounts/${created.id}`)).json();
    assert.equal(hidden.data.status, 'disabled');
    await client.managedAccounts.actions.enable(created.id);
    await client.managedAccounts.actions.enable(created.id, { reenable_all_connections: true });
    const again = await (await fetch(`${root}/_sandbox/accounts/${created.id}`)).json();
    assert.equal(again.data.status, 'enabled');
  });

  await step('getAllocatableGlobalOutboundChannels / updateGlobalChannelLimit', async () => {
    const before = (await client.managedAccounts.getAllocatableGlobalOutboundChannels()).data;
    const limit = (await client.managedAccounts.updateGlobalChannelLimit(created.id, { channel_limit: 7 })).data;
    assert.equal(limit.record_type, 'managed_account_global_outbound_settings');
    const after = (await client.managedAccounts.getAllocatableGlobalOutboundChannels()).data;
    assert.equal(after.total_global_channels_allocated, before.total_global_channels_allocated + 7);
    await assert.rejects(client.managedAccounts.updateGlobalChannelLimit(created.id, { channel_limit: 1e6 }),
      (error) => error.status === 422 && error.error.errors[0].code === '10033');
    return `${after.total_global_channels_allocated}/${after.allocatable_global_outbound_channels} allocated`;
  });

  await step('organizations.users.list include_groups (auto-paging)', async () => {
    let count = 0;
    for await (const user of client.organizations.users.list({ include_groups: true, 'page[size]': 15 })) {
      assert.ok(Array.isArray(user.groups));
      assert.notEqual(user.record_type, 'organization_owner');
      userId ??= user.id;
      count++;
    }
    const filtered = await client.organizations.users.list({ 'filter[user_status]': 'blocked', 'filter[email]': 'JOHN,DOE' });
    assert.equal(filtered.data.length, 1);
    return `${count} users`;
  });

  await step('organizations.users.retrieve include_groups', async () => {
    const user = (await client.organizations.users.retrieve(userId, { include_groups: true })).data;
    assert.ok(Array.isArray(user.groups));
  });

  await step('organizations.users.getGroupsReport JSON and CSV', async () => {
    const json = await client.organizations.users.getGroupsReport();
    assert.ok(json.data.some((u) => u.record_type === 'organization_owner'));
    const csv = await client.organizations.users.getGroupsReport({ Accept: 'text/csv' });
    assert.equal(typeof csv, 'string');
    assert.ok(csv.startsWith('id,email,user_status,created_at,last_sign_in_at,groups\r\n'));
    assert.ok(csv.includes('"Support, Tier 2"'));
    return `${json.data.length} JSON rows, ${csv.split('\r\n').length - 2} CSV rows`;
  });

  await step('organizations.users.actions.remove, then 404 and owner 403', async () => {
    const removed = (await client.organizations.users.actions.remove(userId)).data;
    assert.equal(removed.id, userId);
    await assert.rejects(client.organizations.users.retrieve(userId), Telnyx.NotFoundError);
    const owner = (await client.organizations.users.getGroupsReport()).data.find((u) => u.record_type === 'organization_owner');
    await assert.rejects(client.organizations.users.actions.remove(owner.id), Telnyx.PermissionDeniedError);
  });

  await step('wrong API key → AuthenticationError', async () => {
    const bad = new Telnyx({ apiKey: 'KEY0WRONG_secret', baseURL });
    await assert.rejects(bad.managedAccounts.list(), Telnyx.AuthenticationError);
  });

  await step('429 with Retry-After: 1 is retried by the SDK', async () => {
    const before = (await stats()).requests_total;
    await injectFault({ kind: '429', path: '/v2/managed_accounts/allocatable', count: 1 });
    const started = Date.now();
    await client.managedAccounts.getAllocatableGlobalOutboundChannels();
    const waited = Date.now() - started;
    assert.equal((await stats()).requests_total - before, 2);
    assert.ok(waited >= 900, `waited ${waited} ms`);
    return `succeeded after one retry, ${waited} ms`;
  });

  await step('SDK retries a create answered 500 → a second account (the duplicate hazard)', async () => {
    const before = (await stats()).creates;
    await injectFault({ kind: '500', path: '/v2/managed_accounts', method: 'POST', count: 1 });
    const account = (await client.managedAccounts.create({ business_name: 'Retried Create' })).data;
    const creates = (await stats()).creates - before;
    const twins = await client.managedAccounts.list({ filter: { organization_name: { eq: 'Retried Create' } } });
    assert.equal(creates, 2);
    assert.equal(twins.meta.total_results, 2);
    return `SDK reported one account (${account.email}); the sandbox holds ${creates}`;
  });
} finally {
  child.kill('SIGTERM');
}

console.log('\nWhat the SDK sent:');
for (const line of wire) console.log(`  ${line}`);
console.log(failures ? `\n${failures} check(s) failed` : '\nall checks passed');
process.exit(failures ? 1 : 0);

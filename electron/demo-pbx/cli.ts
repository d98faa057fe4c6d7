import { parseArgs } from 'node:util';
import { startDemoPbx } from './index';

// `npx tsx electron/demo-pbx/cli.ts [--port N] [--lively] [--password P] [--users 2000] [--phonebook 100000] [--latency-ms 100]`: a local demo PBX. Printing
// the password is deliberate: it exists only for this process and only on the loopback interface.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      lively: { type: 'boolean', default: false },
      hostile: { type: 'boolean', default: false },
      password: { type: 'string' },
      user: { type: 'string' },
      instance: { type: 'string' },
      seed: { type: 'string' },
      'mean-interval-ms': { type: 'string' },
      users: { type: 'string' },
      phonebook: { type: 'string' },
      'latency-ms': { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, not ${values.port}`);
  const meanIntervalMs =
    values['mean-interval-ms'] === undefined ? undefined : Number(values['mean-interval-ms']);
  const pbx = await startDemoPbx({
    port,
    ...(values.password !== undefined ? { apiPassword: values.password } : {}),
    ...(values.user !== undefined ? { apiUser: values.user } : {}),
    ...(values.instance !== undefined ? { instance: values.instance } : {}),
    ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
    lively: values.lively ? (meanIntervalMs ? { meanIntervalMs } : true) : false,
    hostile: values.hostile,
    ...(values.users !== undefined ? { userCount: Number(values.users) } : {}),
    ...(values.phonebook !== undefined ? { globalPhonebookSize: Number(values.phonebook) } : {}),
    ...(values['latency-ms'] !== undefined ? { roundTripMs: Number(values['latency-ms']) } : {}),
  });
  process.stdout.write(
    [
      'pascom demo PBX running',
      `  server address: ${pbx.baseUrl}`,
      `  REST root:      ${pbx.baseUrl}/services/`,
      `  API user:       ${pbx.apiUser}`,
      `  API password:   ${pbx.apiPassword}`,
      `  agent:          ${pbx.agent}`,
      `  users:          ${pbx.sim.userCount}`,
      `  simulator:      ${pbx.origin}/_sim/  (POST /_sim/startInboundCall {"from":"+49891234567","to":"tsander"})`,
      `  sim token:      ${pbx.simToken}  (send it as the x-sim-token header)`,
      `  lively mode:    ${values.lively ? 'on' : 'off'}`,
      `  hostile mode:   ${values.hostile ? 'on (bad records and answers among the good ones)' : 'off'}`,
      `  round trip:     ${values['latency-ms'] ?? 0} ms added to every REST answer`,
      'Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    pbx.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `demo PBX failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

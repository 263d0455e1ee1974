'use strict';
// One benchmark measurement in a fresh process (scripts/bench.js starts it), so its peak RSS
// (process.resourceUsage().maxRSS) is this measurement's alone: `who` is ours, dry (our node with
// Dry Run: the engine floor), tuned or default (n8n's HTTP Request workflows). Prints one JSON line.
const { runWorkflow, loadPackage, captureLogs } = require('../devkit/engine');
const { adapters } = require('../devkit/vendors');

const LATENCY_MS = 25;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
/** An item the vendor refused: an error item, or Tencent's HTTP 200 answer with ActionStatus FAIL. */
const refused = (item) => Boolean(item.json.error) || item.json.ActionStatus === 'FAIL';

async function measure({ vendorName, opName, items: count, targets, who }) {
	await loadPackage();
	const logLines = captureLogs(); // n8n would log every throttled request of the default workflow
	setInterval(() => logLines.splice(0), 5000).unref();
	const vendor = adapters.find((v) => v.name === vendorName);
	const op = Object.values(vendor.operations).find((o) => o.bench === opName);
	const fake = await vendor.startFake({ latencyMs: LATENCY_MS });
	try {
		op.prepare(fake, count);
		op.benchPrepare?.(fake, count, targets ?? 1);
		const itemsOf = (n) => (targets ? op.benchItems(n, targets) : op.items(n));
		// One target: the node names it once (one group, one operator), as a user would. Spread: each item names its own.
		const workflow = targets > 1 && op.benchWorkflow ? op.benchWorkflow : op.workflow;
		const make = {
			ours: () => workflow({}),
			dry: () => workflow({ dryRun: true }),
			tuned: (creds) => vendor.baseline(fake, creds, opName, { tuned: true }),
			default: (creds) => vendor.baseline(fake, creds, opName, { tuned: false }),
		}[who];
		// Warm up (JIT, module loading) so the measurement does not pay it.
		const warm = vendor.newCredentials(fake);
		await runWorkflow(make(warm.credentials), {
			credentials: warm.credentials,
			items: itemsOf(Math.min(20, count)),
		});
		const items = itemsOf(count);
		fake.reset();
		await pause(1100); // the vendor's one-second windows start empty
		const throttled0 = fake.rate?.rejected ?? 0;
		const { credentials } = vendor.newCredentials(fake);
		const cpu0 = process.cpuUsage();
		const t0 = process.hrtime.bigint();
		const result = await runWorkflow(make(credentials), { credentials, items });
		const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
		const cpu = process.cpuUsage(cpu0);
		const out = result.output('Vendor');
		// A failed run (the node stopped at a throttled call) produced no item at all.
		const failed = Array.isArray(out) ? out.filter(refused).length : count;
		return {
			requests: vendor.businessCalls(fake),
			tokenFetches: vendor.tokenCalls(fake),
			connections: fake.connections,
			throttled: (fake.rate?.rejected ?? 0) - throttled0,
			wallMs: Math.round(wallMs),
			itemsPerSecond: round(((count - failed) / wallMs) * 1000, 1),
			cpuMsPerItem: round((cpu.user + cpu.system) / 1000 / count, 3),
			peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
			failedItems: failed,
			status: result.status,
		};
	} finally {
		await fake.stop();
	}
}

measure(JSON.parse(process.argv[2]))
	.then((m) => {
		process.stdout.write(`\nRESULT ${JSON.stringify(m)}\n`);
		process.exit(0);
	})
	.catch((error) => {
		console.error(error);
		process.exit(1);
	});

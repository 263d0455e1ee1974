'use strict';
// The operation registry: one module per vendor (dingtalk.js, tencent.js, huawei.js) listing the
// fake, credentials, faults and EVERY operation of its node, so vendor-neutral tests (fault
// matrix, request counts, secret scan) and the benchmark drive each the same way.

/** Start → (Get token → wait) + items → HTTP Request per item, n8n's usual pattern. */
function baselineWorkflow({ token, call, batch, qs }) {
	const http = (id, name, x, params, extra = {}) => ({
		id,
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [x, 0],
		parameters: params,
		...extra,
	});
	const nodes = [
		{
			id: 'b0',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'b4',
			name: 'Items',
			type: 'n8n-nodes-base.merge',
			typeVersion: 3.2,
			position: [400, 0],
			parameters: {
				mode: 'chooseBranch',
				chooseBranchMode: 'waitForAll',
				output: 'specifiedInput',
				useDataOfInput: 1,
			},
		},
		http('b5', 'Vendor', 600, {
			method: 'POST',
			url: call.url,
			sendQuery: Boolean(qs),
			queryParameters: { parameters: qs ?? [] },
			sendHeaders: Boolean(call.headers),
			headerParameters: { parameters: call.headers ?? [] },
			sendBody: true,
			specifyBody: 'json',
			jsonBody: call.body,
			// No `batch`: the node's defaults, every item's request at once.
			options: batch ? { batching: { batch } } : {},
		}),
	];
	const connections = {
		Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
		Items: { main: [[{ node: 'Vendor', type: 'main', index: 0 }]] },
	};
	if (token) {
		nodes.push(
			http(
				'b1',
				'Get token',
				200,
				{
					method: 'POST',
					url: token.url,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: token.body,
					sendHeaders: Boolean(token.headers),
					headerParameters: { parameters: token.headers ?? [] },
					options: {},
				},
				{ executeOnce: true },
			),
		);
		connections.Start.main[0].push({ node: 'Get token', type: 'main', index: 0 });
		connections['Get token'] = { main: [[{ node: 'Items', type: 'main', index: 1 }]] };
	} else {
		connections.Start.main[0].push({ node: 'Items', type: 'main', index: 1 });
	}
	return { nodes, connections };
}

/**
 * How the registry-driven suites (faults, counts, hardening) run every entry: the fake's rate limit
 * lifted together with the node's pace (Calls Per Second at its maximum) and retries after a minimal
 * backoff, so no test waits in real time at a vendor's rate. Pacing is not what they test: it has
 * its own tests (test/core/pacer.test.ts, adaptivePacing, the vendors' pacing tests). A test's own
 * options still win. An API the node paces below Calls Per Second keeps its pace: see `virtualClock`.
 */
const UNPACED = { callsPerSecond: 1000, retryDelayMs: 1 };

/** The same registry entry, run unpaced (see UNPACED); new entries get it without doing anything. */
function unpaced(vendor) {
	const operations = Object.fromEntries(
		Object.entries(vendor.operations).map(([name, op]) => [
			name,
			{ ...op, workflow: (options = {}) => op.workflow({ ...UNPACED, ...options }) },
		]),
	);
	return {
		...vendor,
		operations,
		startFake: async (options = {}) => await vendor.startFake({ qps: 0, ...options }),
	};
}

/**
 * A virtual clock SPEEDUP times faster, for waits the node takes from the vendor whatever its
 * Options say: an API the vendor limits more tightly (`pacedPerSecond` on a registry entry:
 * Tencent's group list at 1 call/s) and the pause a throttling answer asks for (DingTalk's 1 s
 * window). Only Date and timers are virtual; I/O and sockets are not. Each turn of the event loop
 * moves the clock on by at most SPEEDUP ms, so a stalled loop stalls it too, and an answer still
 * has many turns to arrive within a client timeout. Returns what stops it.
 */
const SPEEDUP = 10;
function virtualClock() {
	const realSetInterval = setInterval;
	const realClearInterval = clearInterval;
	jest.useFakeTimers({
		doNotFake: [
			'nextTick',
			'setImmediate',
			'clearImmediate',
			'queueMicrotask',
			'hrtime',
			'performance',
		],
		now: Date.now(),
	});
	const driver = realSetInterval(() => jest.advanceTimersByTime(SPEEDUP), 1);
	return () => {
		realClearInterval(driver);
		jest.useRealTimers();
	};
}

/** The virtual clock for an entry the node paces on its own (`pacedPerSecond`); else nothing. */
const startVirtualClock = (op) => (op.pacedPerSecond ? virtualClock() : () => {});

/** The same for every test of a describe block: call it before the block's other hooks. */
function useVirtualClock(op) {
	let stop = () => {};
	beforeAll(() => {
		stop = startVirtualClock(op);
	});
	afterAll(() => stop());
}

const adapters = ['dingtalk', 'tencent', 'huawei'].map((file) => require(`./${file}`));

/** `adapters`: as the vendor paces (the benchmark); `testAdapters`: unpaced, for the registry-driven suites. */
module.exports = {
	baselineWorkflow,
	adapters,
	testAdapters: adapters.map(unpaced),
	UNPACED,
	virtualClock,
	startVirtualClock,
	useVirtualClock,
};

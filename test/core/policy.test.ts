import type { INode } from 'n8n-workflow';

import type { HttpAnswer, Verdict } from '../../nodes/core';
import { mayHaveArrived, sendWithPolicy, wasNotSent } from '../../nodes/core';

const node = {
	name: 'Vendor',
	type: 'x',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as unknown as INode;
const ok: HttpAnswer = { statusCode: 200, headers: {}, body: {}, json: true };
const retry = { maxRetries: 3, baseDelayMs: 10, maxWaitMs: 60000 };
const failure = { code: 'X', message: 'x' };

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
	const outcome = promise.then(
		(value) => ({ value }),
		(error: unknown) => ({ error }),
	);
	await jest.runAllTimersAsync();
	return await outcome;
}

function plan(verdicts: Verdict[], extra: object = {}) {
	let calls = 0;
	const p = {
		vendor: 'V',
		node,
		itemIndex: 0,
		idempotent: true,
		retry,
		send: async () => {
			calls++;
			return ok;
		},
		judge: () => verdicts[Math.min(calls - 1, verdicts.length - 1)],
		...extra,
	};
	return { p, calls: () => calls };
}

test('a throttled call is retried until it passes', async () => {
	const { p, calls } = plan([
		{ kind: 'throttled', failure },
		{ kind: 'throttled', failure },
		{ kind: 'ok' },
	]);
	expect((await settle(sendWithPolicy(p))).value).toBe(ok);
	expect(calls()).toBe(3);
});

test('retries are bounded: after maxRetries the item fails and says so', async () => {
	const { p, calls } = plan([{ kind: 'transient', failure }]);
	const { error } = await settle(sendWithPolicy(p));
	expect(calls()).toBe(4);
	expect((error as Error).message).toBe('V error X: x');
	expect((error as { description: string }).description).toMatch(/Gave up after 4 attempts/);
	expect(mayHaveArrived(error)).toBe(true);
});

test('a Retry-After longer than the cap fails at once with a clear error instead of waiting', async () => {
	const { p, calls } = plan([{ kind: 'throttled', failure, waitMs: 3600000 }]);
	const { error } = await settle(sendWithPolicy(p));
	expect(calls()).toBe(1);
	expect((error as { description: string }).description).toMatch(
		/asked to wait 3600 s, longer than the 60 s/,
	);
});

test('a transient failure of a non-idempotent call is not resent', async () => {
	const { p, calls } = plan([{ kind: 'transient', failure }, { kind: 'ok' }], {
		idempotent: false,
	});
	const { error } = await settle(sendWithPolicy(p));
	expect(calls()).toBe(1);
	expect(mayHaveArrived(error)).toBe(true);
});

test('reauth renews once, and a renewal is not counted as a retry', async () => {
	let renewals = 0;
	const { p, calls } = plan(
		[
			{ kind: 'reauth', failure },
			{ kind: 'reauth', failure },
		],
		{
			renewAuth: async () => {
				renewals++;
			},
			retry: { ...retry, maxRetries: 0 },
		},
	);
	const { error } = await settle(sendWithPolicy(p));
	expect(renewals).toBe(1);
	expect(calls()).toBe(2);
	expect(error).toBeDefined();
});

test('a stopped run sends nothing and says the call was not sent', async () => {
	const { p, calls } = plan([{ kind: 'ok' }], { stopped: () => true });
	const { error } = await settle(sendWithPolicy(p));
	expect(calls()).toBe(0);
	expect(wasNotSent(error)).toBe(true);
	expect((error as Error).message).toMatch(/NOT_SENT/);
});

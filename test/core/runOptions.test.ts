/* eslint-disable @typescript-eslint/no-require-imports */
import type { IExecuteFunctions } from 'n8n-workflow';

import { BOUNDS, readRunOptions } from '../../nodes/core';

// Options arrive through getNodeParameter; an expression can yield anything.
const withOptions = (options: unknown) =>
	({ getNodeParameter: () => options }) as unknown as IExecuteFunctions;

test('values from expressions are clamped to the bounds the UI enforces', () => {
	const o = readRunOptions(
		withOptions({
			concurrency: 100000,
			callsPerSecond: 1e9,
			maxRetries: 1e6,
			retryDelayMs: -5,
			timeoutMs: 1,
		}),
	);
	expect(o.concurrency).toBe(BOUNDS.concurrency[1]);
	expect(o.callsPerSecond).toBe(BOUNDS.callsPerSecond[1]);
	expect(o.retry.maxRetries).toBe(BOUNDS.maxRetries[1]);
	expect(o.retry.baseDelayMs).toBe(0);
	expect(o.timeoutMs).toBe(BOUNDS.timeoutMs[0]);
});

test('garbage falls back to the defaults', () => {
	const o = readRunOptions(
		withOptions({ concurrency: 'lots', maxRetries: null, timeoutMs: Number.NaN }),
	);
	expect(o).toMatchObject({
		concurrency: 8,
		callsPerSecond: 0,
		timeoutMs: 30000,
		retry: { maxRetries: 3, baseDelayMs: 1000 },
	});
	expect(readRunOptions(withOptions(undefined)).concurrency).toBe(8);
});

test('Dry Run is off unless it is exactly true (an expression yielding "true" text does not silently preview)', () => {
	expect(readRunOptions(withOptions({})).dryRun).toBe(false);
	expect(readRunOptions(withOptions({ dryRun: 'false' })).dryRun).toBe(false);
	expect(readRunOptions(withOptions({ dryRun: true })).dryRun).toBe(true);
	expect(readRunOptions().dryRun).toBe(false);
});

test.each([
	[
		'DingTalk',
		() => [
			new (require('../../nodes/DingTalk/DingTalk.node').DingTalk)(),
			require('../../nodes/DingTalk/transport').dingTalk,
		],
	],
	[
		'Tencent',
		() => [
			new (require('../../nodes/TencentCloudChat/TencentCloudChat.node').TencentCloudChat)(),
			require('../../nodes/TencentCloudChat/transport').tencent,
		],
	],
	[
		'Huawei',
		() => [
			new (require('../../nodes/HuaweiCloudMeeting/HuaweiCloudMeeting.node').HuaweiCloudMeeting)(),
			require('../../nodes/HuaweiCloudMeeting/transport').huawei,
		],
	],
])(
	'%s: the Calls Per Second help names the pace the transport uses when it is 0',
	(_name, load) => {
		const [node, transport] = load();
		const options = node.description.properties.find((p: { name: string }) => p.name === 'options');
		const help = options.options.find((o: { name: string }) => o.name === 'callsPerSecond')
			.description as string;
		expect(help).toContain(
			`${transport.spec.vendor}'s own limit as this node knows it: ${transport.spec.callsPerSecond} calls per second`,
		);
	},
);

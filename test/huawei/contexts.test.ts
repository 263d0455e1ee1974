// The kernel outside a workflow run: a Huawei call from the contexts triggers use (the hook that
// registers a webhook, an active trigger) is sent, judged and scrubbed like an operation's.
import * as path from 'node:path';

import { PACKAGE_DIR } from '../../devkit/engine';
import { nodeContext } from '../../devkit/contexts';
import { accountCredential, fake, findSecrets, useFake } from './setup';

useFake();

describe('the kernel serves every n8n context a node calls from (hook: webhook registration; trigger)', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { huawei } = require(
		path.join(PACKAGE_DIR, 'dist/nodes/HuaweiCloudMeeting/transport/index.js'),
	);
	const listOne = {
		method: 'GET',
		path: '/v1/usg/dcs/corp/vmr',
		api: 'corp/vmr',
		qs: { offset: 0, limit: 1 },
		idempotent: true,
	};

	test.each(['hook', 'trigger'])(
		'a call from a %s context goes out with a token and is judged',
		async (kind) => {
			const { credentials } = accountCredential();
			const { ctx } = await nodeContext(kind, 'huaweiCloudMeetingTrigger', credentials);
			const result = await huawei.request(ctx, 0, listOne);
			expect(result.body).toHaveProperty('count');
			expect(fake.tokenCalls()).toHaveLength(1);
			fake.inject({
				kind: 'status',
				status: 200,
				body: { error_code: 'MMC.111070001', error_msg: 'Refused in a 200' },
				path: /corp\/vmr/,
			});
			await expect(huawei.request(ctx, 0, listOne)).rejects.toThrow(
				'Huawei Cloud Meeting error MMC.111070001: Refused in a 200',
			);
		},
	);

	test('an answer that is an array reaches the caller as `data` (and as an object with numeric keys in `body`)', async () => {
		const { credentials } = accountCredential();
		const { ctx } = await nodeContext('hook', 'huaweiCloudMeetingTrigger', credentials);
		fake.inject({
			kind: 'status',
			status: 200,
			body: [{ conferenceID: '1' }, { conferenceID: '2' }],
			path: /corp\/vmr/,
		});
		const result = await huawei.request(ctx, 0, listOne);
		expect(result.data).toEqual([{ conferenceID: '1' }, { conferenceID: '2' }]);
		expect(result.body).toEqual({ 0: { conferenceID: '1' }, 1: { conferenceID: '2' } });
	});

	test('an error thrown to a hook is scrubbed in every field, the echoed token and password included', async () => {
		const { credentials } = accountCredential();
		const { password } = credentials['cred-1'].data;
		const { ctx } = await nodeContext('hook', 'huaweiCloudMeetingTrigger', credentials);
		fake.inject({
			kind: 'status',
			status: 400,
			body: (r: { headers: Record<string, string> }) => ({
				error_code: 'ECHO.1',
				error_msg: `token ${r.headers['x-access-token']} pw ${encodeURIComponent(password)}`,
			}),
			path: /corp\/vmr/,
		});
		const error = await huawei.request(ctx, 0, listOne).catch((e: unknown) => e);
		const token = fake.calls('/v1/usg/dcs/corp/vmr')[0].headers['x-access-token'];
		expect(error.message).toMatch(
			/^Huawei Cloud Meeting error ECHO\.1: token \[redacted\] pw \[redacted\]/,
		);
		expect(findSecrets([error], [password, token])).toEqual([]);
	});
});

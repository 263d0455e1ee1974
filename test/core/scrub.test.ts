import { NodeApiError } from 'n8n-workflow';

import { Scrubber, scrubbed, secretForms } from '../../nodes/core/scrub';

describe('Scrubber', () => {
	const secret = 'Sup3r/Secret+Value=';

	test('knows the raw, base64 and base64url forms', () => {
		const b64 = Buffer.from(secret).toString('base64').replace(/=+$/, '');
		expect(secretForms(secret)).toEqual([
			...new Set([secret, b64, b64.replace(/\+/g, '-').replace(/\//g, '_')]),
		]);
	});

	test('cuts every form out of text and nested values, and leaves clean values untouched', () => {
		const s = new Scrubber();
		s.add(secret, 'short');
		const b64 = Buffer.from(secret).toString('base64');
		expect(s.text(`a ${secret} b ${b64} c ${encodeURIComponent(secret)}`)).toBe(
			'a [redacted] b [redacted] c [redacted]',
		);
		const clean = { a: 1, b: ['x'] };
		expect(s.value(clean)).toBe(clean);
		expect(
			s.value({ echo: { query: `usersig=${encodeURIComponent(secret)}` }, list: [secret] }),
		).toEqual({ echo: { query: 'usersig=[redacted]' }, list: ['[redacted]'] });
		// Too short to tell apart from ordinary words: not a secret form.
		expect(s.text('short')).toBe('short');
	});

	// A Tencent UserSig holds `*`, `-` and `_`; encoders differ on which of them they percent-encode.
	const userSig = 'eJwtzM0*Kg-AN_x8xCx*QZ_abc';
	test.each([
		['raw', userSig],
		['* as %2A', userSig.replace(/\*/g, '%2A')],
		['* as %2a', userSig.replace(/\*/g, '%2a')],
		[
			'every non-alphanumeric encoded',
			userSig.replace(/[^A-Za-z0-9]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
		],
		['some encoded, some raw', userSig.replace('*', '%2A').replace('_', '%5f')],
		['JSON \\u escapes', userSig.replace(/\*/g, '\\u002a')],
		['base64', Buffer.from(userSig).toString('base64')],
		['base64url', Buffer.from(userSig).toString('base64url')],
		['percent-encoded base64', encodeURIComponent(Buffer.from(userSig).toString('base64'))],
	])('finds a secret written %s', (_name, written) => {
		const s = new Scrubber();
		s.add(userSig);
		expect(s.text(`usersig=${written}&x=1`)).toBe('usersig=[redacted]&x=1');
	});

	test('a space travels as +, %20 or raw; quotes and backslashes JSON-escaped', () => {
		const s = new Scrubber();
		const phrase = 'my "pass" \\ word';
		s.add(phrase);
		for (const written of [
			phrase,
			encodeURIComponent(phrase),
			new URLSearchParams({ p: phrase }).toString().slice(2),
			JSON.stringify(phrase).slice(1, -1),
		]) {
			expect(s.text(`[${written}]`)).toBe('[[redacted]]');
		}
	});

	test('many long secrets keep the pattern small and fast', () => {
		const s = new Scrubber();
		const secrets = Array.from({ length: 200 }, (_, i) => `${'x'.repeat(40)}*/+= -_${i}`);
		s.add(...secrets);
		const text = `${'clean text '.repeat(10000)}${secrets[199]}`;
		const started = Date.now();
		expect(s.text(text).endsWith('[redacted]')).toBe(true);
		expect(Date.now() - started).toBeLessThan(2000);
	});
});

describe('scrubbed(error)', () => {
	const node = {
		id: '1',
		name: 'Vendor',
		type: 'x',
		typeVersion: 1,
		position: [0, 0] as [number, number],
		parameters: { chairPassword: 'chair-secret-1' },
	};

	test('cuts secrets out of every field: message, stack, description, errorResponse, context, messages, cause, node parameters', () => {
		const s = new Scrubber();
		s.add('tok-abcdef*123', 'chair-secret-1');
		const echoed = 'echo tok-abcdef%2a123';
		const cause = new Error(`inner ${echoed}`);
		const error = new NodeApiError(
			node,
			{ vendorMessage: echoed, nested: { deep: [echoed] } },
			{ message: echoed, description: echoed, itemIndex: 0 },
		);
		Object.assign(error, { cause, messages: [echoed] });
		error.context.request = { header: 'tok-abcdef*123' };
		const out = scrubbed(error, s) as NodeApiError;
		expect(out).toBe(error);
		const everything = JSON.stringify({
			...out,
			message: out.message,
			stack: out.stack,
			cause: { message: cause.message, stack: cause.stack },
		});
		expect(everything).not.toMatch(/tok-abcdef|chair-secret-1/);
		expect(everything).toMatch(/\[redacted\]/);
	});

	test('a cyclic cause does not hang', () => {
		const s = new Scrubber();
		s.add('cyclic-secret-1');
		const a: Record<string, unknown> = { text: 'cyclic-secret-1' };
		a.self = a;
		const error = Object.assign(new Error('cyclic-secret-1'), { errorResponse: a });
		scrubbed(error, s);
		expect(error.message).toBe('[redacted]');
		expect((error as unknown as { errorResponse: { text: string } }).errorResponse.text).toBe(
			'[redacted]',
		);
	});
});

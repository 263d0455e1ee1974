import { Scrubber, secretForms } from '../../nodes/core/scrub';

describe('Scrubber', () => {
	const secret = 'Sup3r/Secret+Value=';

	test('knows the raw, base64, base64url and percent-encoded forms', () => {
		const forms = secretForms(secret);
		expect(forms).toEqual(expect.arrayContaining([secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]));
	});

	test('cuts every form out of text and nested values, and leaves clean values untouched', () => {
		const s = new Scrubber();
		s.add(secret, 'short');
		const b64 = Buffer.from(secret).toString('base64');
		expect(s.text(`a ${secret} b ${b64} c ${encodeURIComponent(secret)}`)).toBe('a [redacted] b [redacted] c [redacted]');
		const clean = { a: 1, b: ['x'] };
		expect(s.value(clean)).toBe(clean);
		expect(s.value({ echo: { query: `usersig=${encodeURIComponent(secret)}` }, list: [secret] })).toEqual({ echo: { query: 'usersig=[redacted]' }, list: ['[redacted]'] });
		// Too short to tell apart from ordinary words: not a secret form.
		expect(s.text('short')).toBe('short');
	});
});

import type { IDataObject } from 'n8n-workflow';

/** Shorter values are too common to be told apart from ordinary text. */
const MIN_SECRET_LENGTH = 6;

/** How deep a value or an error's causes are walked; deeper parts are dropped, never shown unscrubbed. */
const MAX_DEPTH = 16;

/** The texts a secret travels as: raw, base64 and base64url (padding matched separately). */
export function secretForms(secret: string): string[] {
	const b64 = Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, '');
	const forms = new Set([secret, b64, b64.replace(/\+/g, '-').replace(/\//g, '_')]);
	return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A hex byte as a pattern matching either case: 2A → 2[Aa]. */
const hexPattern = (value: number, width: number) =>
	value
		.toString(16)
		.toUpperCase()
		.padStart(width, '0')
		.replace(/[A-F]/g, (c) => `[${c}${c.toLowerCase()}]`);

/**
 * One character of a secret form and every way it is written in what vendors and gateways echo:
 * raw, percent-encoded (its UTF-8 bytes, hex in either case; a space also as `+`) and JSON-escaped
 * (`\"`, `\/`, `\u002a`). Letters and digits travel as themselves.
 */
function charPattern(ch: string): string {
	if (/^[A-Za-z0-9]$/.test(ch)) return ch;
	const alternatives = new Set([
		escapeRegex(ch),
		[...Buffer.from(ch, 'utf8')].map((b) => `%${hexPattern(b, 2)}`).join(''),
	]);
	if (ch === ' ') alternatives.add('\\+');
	const json = JSON.stringify(ch).slice(1, -1);
	if (json !== ch) alternatives.add(escapeRegex(json));
	if (ch === '/') alternatives.add('\\\\\\/');
	const code = ch.codePointAt(0) ?? 0;
	if (code < 0x10000) alternatives.add(`\\\\u${hexPattern(code, 4)}`);
	return `(?:${[...alternatives].join('|')})`;
}

/** A form as a pattern: each character as `charPattern`; base64 forms take their padding along. */
function formPattern(form: string, base64: boolean): string {
	const body = [...form].map(charPattern).join('');
	return base64 ? `${body}(?:=|%3[Dd]|\\\\u003[Dd]){0,2}` : body;
}

/**
 * Everything secret one node run has handled (credential secrets, tokens, signatures), in every
 * form, cut out of whatever the run reports: output items, errors in every field, picker results.
 */
export class Scrubber {
	/** Pattern per secret form, with the form's length (longest are tried first). */
	private readonly patterns = new Map<string, number>();

	/** Secrets already added: the same token is added on every call, its forms computed once. */
	private readonly seen = new Set<string>();

	private pattern: RegExp | undefined;

	add(...secrets: unknown[]): void {
		for (const secret of secrets) {
			if (typeof secret !== 'string' && typeof secret !== 'number') continue;
			const text = String(secret);
			if (text.length < MIN_SECRET_LENGTH || this.seen.has(text)) continue;
			this.seen.add(text);
			secretForms(text).forEach((form, i) => {
				const pattern = formPattern(form, i > 0);
				if (!this.patterns.has(pattern)) {
					this.patterns.set(pattern, form.length);
					this.pattern = undefined;
				}
			});
		}
	}

	/** True when the text holds any known secret form. */
	found(text: string): boolean {
		return this.regex()?.test(text) ?? false;
	}

	text(value: string): string {
		const re = this.regex();
		if (!re || !re.test(value)) return value;
		return value.replace(re, '[redacted]');
	}

	/** A deep copy with every string scrubbed; the same object back when nothing secret is inside. */
	value<T>(value: T): T {
		if (this.patterns.size === 0 || value === undefined || value === null) return value;
		if (typeof value === 'string') return this.text(value) as unknown as T;
		if (typeof value !== 'object') return value;
		// One serialisation answers "is anything in here?" for the common, clean case.
		let serialised: string | undefined;
		try {
			serialised = JSON.stringify(value);
		} catch {
			// cyclic: walk it
		}
		if (serialised !== undefined && !this.found(serialised)) return value;
		return this.deep(value, 0, new WeakSet()) as T;
	}

	private deep(value: unknown, depth: number, seen: WeakSet<object>): unknown {
		if (typeof value === 'string') return this.text(value);
		if (!value || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
		if (depth > MAX_DEPTH || seen.has(value)) return undefined;
		seen.add(value);
		if (Array.isArray(value)) return value.map((v) => this.deep(v, depth + 1, seen));
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.deep(v, depth + 1, seen);
		return out;
	}

	private regex(): RegExp | undefined {
		if (this.patterns.size === 0) return undefined;
		if (!this.pattern) {
			// Longest first, so a secret's base64 is cut whole, not its raw prefix.
			const alternatives = [...this.patterns]
				.sort((a, b) => b[1] - a[1])
				.map(([pattern]) => pattern);
			this.pattern = new RegExp(alternatives.join('|'), 'g');
		}
		this.pattern.lastIndex = 0;
		return this.pattern;
	}
}

/**
 * The error as the user will see it and n8n will store it, with every secret the run handled cut
 * out of every field: message, stack, description, errorResponse, context, messages, cause (and
 * its causes). Scrubbed in place, so what the kernel knows about the error object still holds.
 */
export function scrubbed(error: unknown, scrubber: Scrubber, depth = 0): unknown {
	if (!(error instanceof Error)) return scrubber.value(error);
	const e = error as Error & Record<string, unknown> & { node?: { parameters?: IDataObject } };
	for (const key of Object.getOwnPropertyNames(e)) {
		const value = e[key];
		let clean: unknown = value;
		if (key === 'node') {
			// n8n keeps the node with a failed run: a password parameter (a chair password) would show there.
			if (e.node?.parameters) clean = { ...e.node, parameters: scrubber.value(e.node.parameters) };
		} else if (value instanceof Error) {
			clean = depth < MAX_DEPTH ? scrubbed(value, scrubber, depth + 1) : undefined;
		} else if (typeof value === 'string' || (value && typeof value === 'object')) {
			clean = scrubber.value(value);
		}
		if (clean === value) continue;
		try {
			e[key] = clean;
		} catch {
			// A read-only field: remove it rather than keep a secret.
			delete e[key];
		}
	}
	return e;
}

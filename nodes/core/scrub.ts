import type { IDataObject } from 'n8n-workflow';

/** Shorter values are too common to be told apart from ordinary text. */
const MIN_SECRET_LENGTH = 6;

/** The forms a secret takes on the wire: raw, base64 (and URL-safe), percent-encoded. */
export function secretForms(secret: string): string[] {
	const b64 = Buffer.from(secret, 'utf8').toString('base64');
	const forms = new Set([
		secret,
		b64,
		b64.replace(/=+$/, ''),
		b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
		encodeURIComponent(secret),
		encodeURIComponent(b64),
		JSON.stringify(secret).slice(1, -1),
	]);
	return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/**
 * Everything secret one node run has handled (credential secrets, tokens, signatures), in every
 * form, cut out of whatever the run reports: output items, error messages, descriptions, context.
 */
export class Scrubber {
	private readonly forms = new Set<string>();

	/** Secrets already added: the same token is added on every call, its forms computed once. */
	private readonly seen = new Set<string>();

	private pattern: RegExp | undefined;

	add(...secrets: unknown[]): void {
		for (const secret of secrets) {
			if (typeof secret !== 'string' && typeof secret !== 'number') continue;
			const text = String(secret);
			if (text.length < MIN_SECRET_LENGTH || this.seen.has(text)) continue;
			this.seen.add(text);
			for (const form of secretForms(text)) {
				if (!this.forms.has(form)) {
					this.forms.add(form);
					this.pattern = undefined;
				}
			}
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
		if (this.forms.size === 0 || value === undefined || value === null) return value;
		if (typeof value === 'string') return this.text(value) as unknown as T;
		if (typeof value !== 'object') return value;
		// One serialisation answers "is anything in here?" for the common, clean case.
		if (!this.found(JSON.stringify(value))) return value;
		return this.deep(value) as T;
	}

	private deep(value: unknown, depth = 0): unknown {
		if (typeof value === 'string') return this.text(value);
		if (!value || typeof value !== 'object' || depth > 64) return value;
		if (Array.isArray(value)) return value.map((v) => this.deep(v, depth + 1));
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.deep(v, depth + 1);
		return out;
	}

	private regex(): RegExp | undefined {
		if (this.forms.size === 0) return undefined;
		if (!this.pattern) {
			// Longest first, so a secret's base64 is cut whole, not its raw prefix.
			const alternatives = [...this.forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
			this.pattern = new RegExp(alternatives.join('|'), 'g');
		}
		this.pattern.lastIndex = 0;
		return this.pattern;
	}
}

/** The error as the user will see it, with every secret the run handled cut out. */
export function scrubbed(error: unknown, scrubber: Scrubber): unknown {
	if (!(error instanceof Error)) return error;
	const e = error as Error & { description?: string | null; context?: IDataObject; node?: { parameters?: IDataObject } };
	e.message = scrubber.text(e.message);
	if (typeof e.description === 'string') e.description = scrubber.text(e.description);
	if (e.context) Object.assign(e.context, scrubber.value({ ...e.context }));
	// n8n keeps the node with a failed run: a password parameter (a chair password) would show there.
	if (e.node?.parameters) e.node = { ...e.node, parameters: scrubber.value(e.node.parameters) };
	return e;
}

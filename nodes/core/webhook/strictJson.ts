/**
 * A strict JSON parser for signed deliveries. JSON.parse keeps the last of two equal keys (also when
 * one is spelled with an escape, `"event\u0049nfo"`), so a receiver that verifies one copy can hand
 * the workflow another. This parser refuses duplicate keys after unescaping, `__proto__` keys, text
 * after the value and nesting deeper than MAX_DEPTH, and records where each top-level member's value
 * lies in the text (what a vendor signed may be a member's exact text).
 */
export class StrictJsonError extends Error {}

const MAX_DEPTH = 64;

export interface StrictJson {
	value: unknown;
	/** [start, end) of each top-level member's value in the text, when the text is an object. */
	spans: Map<string, [number, number]>;
}

const ESCAPES: Record<string, string> = {
	'"': '"',
	'\\': '\\',
	'/': '/',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t',
};
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Parser {
	i = 0;
	readonly spans = new Map<string, [number, number]>();

	constructor(private readonly s: string) {}

	fail(what: string): never {
		throw new StrictJsonError(`${what} at position ${this.i}`);
	}

	ws(): void {
		const s = this.s;
		let c = s.charCodeAt(this.i);
		while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++this.i);
	}

	value(depth: number): unknown {
		this.ws();
		const c = this.s[this.i];
		if (c === '{') return this.object(depth + 1);
		if (c === '[') return this.array(depth + 1);
		if (c === '"') return this.string();
		if (c === 't' || c === 'f' || c === 'n') {
			for (const [word, value] of [
				['true', true],
				['false', false],
				['null', null],
			] as const) {
				if (this.s.startsWith(word, this.i)) {
					this.i += word.length;
					return value;
				}
			}
			this.fail('unexpected literal');
		}
		NUMBER.lastIndex = this.i;
		const m = NUMBER.exec(this.s);
		if (!m) this.fail(c === undefined ? 'unexpected end' : 'unexpected character');
		this.i += m[0].length;
		return Number(m[0]);
	}

	object(depth: number): Record<string, unknown> {
		if (depth > MAX_DEPTH) this.fail('nesting too deep');
		const out: Record<string, unknown> = {};
		this.i++;
		this.ws();
		if (this.s[this.i] === '}') {
			this.i++;
			return out;
		}
		for (;;) {
			this.ws();
			if (this.s[this.i] !== '"') this.fail('expected a key');
			const key = this.string();
			if (key === '__proto__') this.fail('key "__proto__"');
			if (Object.prototype.hasOwnProperty.call(out, key))
				this.fail(`duplicate key "${key.slice(0, 40)}"`);
			this.ws();
			if (this.s[this.i] !== ':') this.fail('expected ":"');
			this.i++;
			this.ws();
			const start = this.i;
			out[key] = this.value(depth);
			if (depth === 1) this.spans.set(key, [start, this.i]);
			this.ws();
			const c = this.s[this.i++];
			if (c === '}') return out;
			if (c !== ',') this.fail('expected "," or "}"');
		}
	}

	array(depth: number): unknown[] {
		if (depth > MAX_DEPTH) this.fail('nesting too deep');
		const out: unknown[] = [];
		this.i++;
		this.ws();
		if (this.s[this.i] === ']') {
			this.i++;
			return out;
		}
		for (;;) {
			out.push(this.value(depth));
			this.ws();
			const c = this.s[this.i++];
			if (c === ']') return out;
			if (c !== ',') this.fail('expected "," or "]"');
		}
	}

	string(): string {
		const s = this.s;
		let i = ++this.i;
		let out = '';
		let from = i;
		for (;;) {
			const c = s.charCodeAt(i);
			if (c === 34) break; // "
			if (Number.isNaN(c)) {
				this.i = i;
				this.fail('unterminated string');
			}
			if (c < 32) {
				this.i = i;
				this.fail('control character in a string');
			}
			if (c === 92) {
				// backslash
				out += s.slice(from, i);
				const e = s[i + 1];
				if (e === 'u') {
					const hex = s.slice(i + 2, i + 6);
					if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
						this.i = i;
						this.fail('bad \\u escape');
					}
					out += String.fromCharCode(parseInt(hex, 16));
					i += 6;
				} else if (e !== undefined && e in ESCAPES) {
					out += ESCAPES[e];
					i += 2;
				} else {
					this.i = i;
					this.fail('bad escape');
				}
				from = i;
				continue;
			}
			i++;
		}
		out += s.slice(from, i);
		this.i = i + 1;
		return out;
	}
}

/** Parses `text` strictly (see above); throws StrictJsonError saying what and where. */
export function parseStrictJson(text: string): StrictJson {
	const parser = new Parser(text);
	// A leading byte-order mark is not JSON (RFC 8259 lets a parser ignore it; vendors send none).
	const value = parser.value(0);
	parser.ws();
	if (parser.i !== text.length) parser.fail('text after the JSON value');
	return { value, spans: parser.spans };
}

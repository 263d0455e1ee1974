import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { check } from './fields';

/** The offset of `timeZone` from UTC at the instant `utcMs`, in ms (Intl only, no dependency). */
function offsetMs(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
	);
	return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** ISO 8601 date and time, "T" or a space between, optional seconds, fraction and zone ("Z", "+08:00", "+0800"). */
const ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Epoch numbers are milliseconds. Below 10^11 ms (before March 1973) a number is far more likely
 * seconds (DingTalk's own answers mix both), above 10^14 ms (year 5138) microseconds: both are
 * refused rather than guessed, so a date is never sent as 1970 or as a far future.
 */
export const EPOCH_MS_RANGE = [1e11, 1e14] as const;

export type TimeReading = { ms: number } | { problem: string };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function fromNumber(n: number): TimeReading {
	if (!Number.isFinite(n) || n <= 0)
		return { problem: 'must be a date and time, got a number that is no time' };
	if (n < EPOCH_MS_RANGE[0]) {
		return {
			problem: `is ambiguous: a number here is milliseconds since 1970, and ${n} would be ${new Date(n).toISOString()}; for seconds multiply by 1000 (or give an ISO date such as 2030-06-01T09:30:00)`,
		};
	}
	if (n > EPOCH_MS_RANGE[1])
		return {
			problem: `is too large for milliseconds since 1970 (${n}); give milliseconds or an ISO date such as 2030-06-01T09:30:00`,
		};
	return { ms: Math.round(n) };
}

function fromText(text: string, timeZone: string): TimeReading {
	if (/^\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text));
	const m = ISO.exec(text);
	if (!m)
		return {
			problem: `must be a date and time (ISO 8601, e.g. 2030-06-01T09:30:00), got "${text}"`,
		};
	const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
	const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
	// Date.UTC rolls impossible dates over (Feb 30 → Mar 2, hour 25 → next day): refuse them instead.
	const bad =
		month < 1 || month > 12
			? `month ${mo}`
			: day < 1 || day > daysIn(year, month)
				? `day ${d} of ${y}-${mo}`
				: hour > 23
					? `hour ${h}`
					: minute > 59
						? `minute ${mi}`
						: second > 59
							? `second ${s}`
							: undefined;
	if (bad) return { problem: `is not a real date and time (${bad}), got "${text}"` };
	const wall = Date.UTC(
		year,
		month - 1,
		day,
		hour,
		minute,
		second,
		Number(frac.slice(0, 3).padEnd(3, '0')),
	);
	if (zone) {
		const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
		if (!z) return { ms: wall }; // "Z"
		if (+z[2] > 23 || +z[3] > 59)
			return { problem: `is not a real offset (${zone}), got "${text}"` };
		return { ms: wall - (z[1] === '-' ? -1 : 1) * (+z[2] * 60 + +z[3]) * 60000 };
	}
	// No zone (what the editor's picker stores): wall time in the workflow's timezone.
	let utc = wall - offsetMs(wall, timeZone);
	const again = wall - offsetMs(utc, timeZone); // across a DST change the offset differs
	if (again !== utc) utc = again;
	return { ms: utc };
}

/**
 * A date and time as n8n gives it, as ms since the epoch, or why it is not one: the one parser
 * every vendor uses. Accepted: ISO text with "Z" or an offset (that instant), ISO text without
 * (what the editor's picker stores: read in `timeZone`, the workflow's timezone), Luxon DateTimes
 * (`$now`, `$today`: n8n hands them over as objects or as their ISO text, depending on version),
 * Dates, and numbers or digit strings of milliseconds since the epoch.
 */
export function readTime(value: unknown, timeZone: string): TimeReading {
	if (typeof value === 'number') return fromNumber(value);
	if (value instanceof Date) return fromNumber(value.getTime());
	if (value && typeof value === 'object') {
		const luxon = value as { toMillis?: unknown; isValid?: unknown; invalidReason?: unknown };
		if (typeof luxon.toMillis === 'function') {
			if (luxon.isValid === false)
				return {
					problem: `is an invalid date and time (${String(luxon.invalidReason ?? 'invalid')})`,
				};
			return fromNumber((luxon.toMillis as () => number).call(value));
		}
	}
	if (typeof value !== 'string')
		return { problem: `must be a date and time, got ${value === null ? 'null' : typeof value}` };
	return fromText(value.trim(), timeZone);
}

/** `readTime`'s instant, or undefined when the value is no date and time. */
export function toEpochMs(value: unknown, timeZone: string): number | undefined {
	const reading = readTime(value, timeZone);
	return 'ms' in reading ? reading.ms : undefined;
}

/** What every date field's hint says about the forms it takes. */
export const TIME_HINT =
	"An ISO date and time (read in the workflow's timezone unless it names one), an expression such as {{ $now.plus({ hours: 1 }) }}, or a number of milliseconds since 1970 (not seconds).";

/** A dateTime parameter declared once; `read` gives ms epoch (undefined when optional and empty). */
export function defineTime(property: Omit<INodeProperties, 'type' | 'default'>, required: boolean) {
	const field = { name: property.name, label: property.displayName };
	return {
		...field,
		property: { hint: TIME_HINT, ...property, type: 'dateTime', default: '' } as INodeProperties,
		read(ctx: IExecuteFunctions, i: number): number | undefined {
			const raw = ctx.getNodeParameter(property.name, i, '') as unknown;
			if (raw === '' || raw === null || raw === undefined) {
				if (required)
					check(ctx.getNode(), i, field, z.string().min(1, 'a date and time is required'), '');
				return undefined;
			}
			const reading = readTime(raw, ctx.getTimezone());
			if ('ms' in reading) return reading.ms;
			return check(
				ctx.getNode(),
				i,
				field,
				z.never({ invalid_type_error: reading.problem, required_error: reading.problem }),
				raw,
			);
		},
	};
}

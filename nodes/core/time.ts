import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { check } from './fields';

/** The offset of `timeZone` from UTC at the instant `utcMs`, in ms (Intl only, no dependency). */
function offsetMs(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
/** Text that names its own offset ("…Z", "…+08:00", from expressions such as $now). */
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date and time as n8n's dateTime field gives it, as ms since the epoch: the one parser every
 * vendor uses. A value with "Z" or an offset is that instant; one without (what the editor's
 * picker stores) is read in `timeZone`, the workflow's timezone. Numbers and texts of 12 or more
 * digits are ms epochs; Luxon DateTimes (from expressions) and Dates are taken as they are.
 */
export function toEpochMs(value: unknown, timeZone: string): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
	if (value && typeof value === 'object' && typeof (value as { toMillis?: unknown }).toMillis === 'function') {
		return (value as { toMillis(): number }).toMillis();
	}
	if (value instanceof Date) return value.getTime();
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d{12,}$/.test(text)) return Number(text);
	const local = LOCAL.exec(text);
	if (local) {
		const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = local;
		const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(ms.padEnd(3, '0')));
		let utc = wall - offsetMs(wall, timeZone);
		const again = wall - offsetMs(utc, timeZone); // across a DST change the offset differs
		if (again !== utc) utc = again;
		return Number.isFinite(utc) ? utc : undefined;
	}
	const parsed = Date.parse(text);
	return Number.isFinite(parsed) && (/\d{4}-\d{2}-\d{2}T/.test(text) || HAS_ZONE.test(text)) ? parsed : undefined;
}

/** A dateTime parameter declared once; `read` gives ms epoch (undefined when optional and empty). */
export function defineTime(property: Omit<INodeProperties, 'type' | 'default'>, required: boolean) {
	const field = { name: property.name, label: property.displayName };
	return {
		...field,
		property: { ...property, type: 'dateTime', default: '' } as INodeProperties,
		read(ctx: IExecuteFunctions, i: number): number | undefined {
			const raw = ctx.getNodeParameter(property.name, i, '') as unknown;
			if (raw === '' || raw === null || raw === undefined) {
				if (required) check(ctx.getNode(), i, field, z.string().min(1, 'a date and time is required'), '');
				return undefined;
			}
			const ms = toEpochMs(raw, ctx.getTimezone());
			const bad = `must be a date and time (ISO 8601, e.g. 2025-06-01T09:30:00), got "${String(raw)}"`;
			return check(ctx.getNode(), i, field, z.number({ invalid_type_error: bad, required_error: bad }), ms);
		},
	};
}

/**
 * n8n's dateTime fields hold ISO text: with an offset ("…Z", "…+08:00", from expressions such as
 * $now) or without one (the date picker), which means wall time in the workflow's timezone.
 */
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Minutes the zone is ahead of UTC at `utcMs`. */
function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
			.formatToParts(new Date(utcMs))
			.map((p) => [p.type, p.value]),
	);
	const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
	return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** Epoch ms of an n8n dateTime value, or undefined when it is not a date. */
export function toEpochMs(value: string, timeZone: string): number | undefined {
	const text = value.trim();
	if (HAS_ZONE.test(text)) {
		const ms = Date.parse(text);
		return Number.isNaN(ms) ? undefined : ms;
	}
	const m = text.match(WALL);
	if (!m) return undefined;
	const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
	if (Number.isNaN(wall)) return undefined;
	// Two passes settle the offset around daylight-saving changes.
	let utc = wall - zoneOffsetMinutes(timeZone, wall) * 60000;
	utc = wall - zoneOffsetMinutes(timeZone, utc) * 60000;
	return utc;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Huawei's meeting time format: UTC "yyyy-MM-dd HH:mm". */
export function huaweiUtcMinute(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

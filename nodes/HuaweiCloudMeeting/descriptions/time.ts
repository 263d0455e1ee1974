const pad = (n: number) => String(n).padStart(2, '0');

/** Huawei's meeting time format: UTC "yyyy-MM-dd HH:mm". */
export function huaweiUtcMinute(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

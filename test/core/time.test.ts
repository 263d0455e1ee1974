import { toEpochMs } from '../../nodes/core';

const at = (iso: string) => Date.parse(iso);

test('wall time without an offset is read in the workflow timezone, across daylight-saving changes', () => {
	expect(toEpochMs('2030-03-01T09:30:00', 'Asia/Shanghai')).toBe(at('2030-03-01T01:30:00Z'));
	expect(toEpochMs('2030-03-01 09:30', 'Asia/Shanghai')).toBe(at('2030-03-01T01:30:00Z'));
	expect(toEpochMs('2030-03-01T09:30:00.250', 'UTC')).toBe(at('2030-03-01T09:30:00.250Z'));
	// Berlin: UTC+1 in winter, UTC+2 in summer.
	expect(toEpochMs('2030-01-15T12:00:00', 'Europe/Berlin')).toBe(at('2030-01-15T11:00:00Z'));
	expect(toEpochMs('2030-07-15T12:00:00', 'Europe/Berlin')).toBe(at('2030-07-15T10:00:00Z'));
});

test('a value that names its offset is that instant, with or without the "T"', () => {
	expect(toEpochMs('2030-03-01T09:30:00+02:00', 'Asia/Shanghai')).toBe(at('2030-03-01T07:30:00Z'));
	expect(toEpochMs('2030-03-01T09:30:00Z', 'Asia/Shanghai')).toBe(at('2030-03-01T09:30:00Z'));
	expect(toEpochMs('2030-03-01 09:30:00+02:00', 'UTC')).toBe(at('2030-03-01T07:30:00Z'));
});

test('epochs and date objects are taken as they are; anything else is no date', () => {
	expect(toEpochMs(1900000000000, 'UTC')).toBe(1900000000000);
	expect(toEpochMs('1900000000000', 'UTC')).toBe(1900000000000);
	expect(toEpochMs(new Date(1900000000000), 'UTC')).toBe(1900000000000);
	expect(toEpochMs({ toMillis: () => 5 }, 'UTC')).toBe(5);
	for (const bad of ['next tuesday', '', 'March 1 2030', -1, null]) expect(toEpochMs(bad, 'UTC')).toBeUndefined();
});

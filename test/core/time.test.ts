import { DateTime } from 'luxon';

import { readTime, toEpochMs } from '../../nodes/core';

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
	for (const bad of ['next tuesday', '', 'March 1 2030', -1, null])
		expect(toEpochMs(bad, 'UTC')).toBeUndefined();
});

test('a Luxon DateTime (what $now gives) and its ISO text are the same instant; an invalid one is refused', () => {
	const now = DateTime.fromISO('2030-03-01T09:30:00.123', { zone: 'Asia/Shanghai' });
	expect(toEpochMs(now, 'UTC')).toBe(at('2030-03-01T01:30:00.123Z'));
	expect(toEpochMs(now.toISO(), 'UTC')).toBe(at('2030-03-01T01:30:00.123Z'));
	expect(toEpochMs(now.setZone('UTC').toISO(), 'Asia/Shanghai')).toBe(
		at('2030-03-01T01:30:00.123Z'),
	);
	expect(readTime(DateTime.fromISO('2030-02-30'), 'UTC')).toEqual({
		problem: expect.stringMatching(/invalid date and time/),
	});
});

test('impossible dates are refused, never rolled over', () => {
	for (const [text, why] of [
		['2030-02-30T10:00:00', 'day 30 of 2030-02'],
		['2031-02-29', 'day 29 of 2031-02'],
		['2030-13-01T10:00:00Z', 'month 13'],
		['2030-00-10T10:00:00', 'month 00'],
		['2030-03-01T25:00:00', 'hour 25'],
		['2030-03-01T24:00:00+02:00', 'hour 24'],
		['2030-03-01T10:60:00', 'minute 60'],
		['2030-03-01T10:00:61', 'second 61'],
	]) {
		expect(readTime(text, 'UTC')).toEqual({
			problem: `is not a real date and time (${why}), got "${text}"`,
		});
	}
	expect(toEpochMs('2032-02-29T10:00:00Z', 'UTC')).toBe(at('2032-02-29T10:00:00Z'));
	expect(readTime('2030-03-01T10:00:00+25:00', 'UTC')).toEqual({
		problem: expect.stringMatching(/not a real offset/),
	});
});

test('numbers are milliseconds; seconds and microseconds are refused as ambiguous, not guessed', () => {
	expect(readTime(1900000000, 'UTC')).toEqual({
		problem: expect.stringMatching(
			/^is ambiguous: a number here is milliseconds since 1970, and 1900000000 would be 1970-01-22T.*for seconds multiply by 1000/,
		),
	});
	expect(readTime('1900000000', 'UTC')).toEqual(readTime(1900000000, 'UTC'));
	expect(readTime(1900000000000000, 'UTC')).toEqual({
		problem: expect.stringMatching(/too large for milliseconds/),
	});
	expect(readTime(new Date(1900000000000), 'UTC')).toEqual({ ms: 1900000000000 });
	expect(readTime({ toMillis: () => 5 }, 'UTC')).toEqual({
		problem: expect.stringMatching(/ambiguous/),
	});
});

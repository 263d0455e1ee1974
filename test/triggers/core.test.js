'use strict';
// The shared trigger machinery (nodes/core/webhook), from the built package.
const path = require('node:path');
const dist = path.join(
	process.env.MEETING_ADMIN_PACKAGE_DIR || path.join(__dirname, '..', '..'),
	'dist',
	'nodes',
	'core',
	'webhook',
);
const { DedupeStore, safeEqual, isFresh, toMillis, flattenOnce, eventItem } = require(dist);

test('de-duplication forgets after its time window', () => {
	const store = new DedupeStore(1000, 100);
	expect(store.firstSeen('a', 0)).toBe(true);
	expect(store.firstSeen('a', 999)).toBe(false);
	expect(store.firstSeen('a', 2000)).toBe(true);
});

test('de-duplication stays bounded in size, dropping the oldest ids first', () => {
	const store = new DedupeStore(60000, 100);
	for (let i = 0; i < 10000; i++) store.firstSeen(`id-${i}`, 1);
	expect(store.size).toBe(100);
	expect(store.firstSeen('id-9999', 2)).toBe(false);
	expect(store.firstSeen('id-0', 2)).toBe(true);
});

test('safeEqual: equal, unequal, different lengths, case-insensitive hex', () => {
	expect(safeEqual('abc', 'abc')).toBe(true);
	expect(safeEqual('abc', 'abd')).toBe(false);
	expect(safeEqual('abc', 'abcd')).toBe(false);
	expect(safeEqual('ABCDEF', 'abcdef', true)).toBe(true);
	expect(safeEqual('ABCDEF', 'abcdef')).toBe(false);
});

test('replay window: both directions, seconds or milliseconds, 0 = off', () => {
	const now = 1_700_000_000_000;
	expect(isFresh(toMillis(1_700_000_030), 60, now)).toBe(true);
	expect(isFresh(toMillis(String(now - 61_000)), 60, now)).toBe(false);
	expect(isFresh(now + 61_000, 60, now)).toBe(false);
	expect(isFresh(0, 0, now)).toBe(true);
	expect(isFresh(toMillis('garbage'), 60, now)).toBe(false);
});

test('items: event, time and ids first, nested objects lifted (colliding keys prefixed), raw last', () => {
	expect(flattenOnce({ id: 0, a: { id: 2, b: 3 }, list: [1] })).toEqual({
		id: 0,
		list: [1],
		a_id: 2,
		b: 3,
	});
	const item = eventItem({
		event: 'e',
		timeMs: 0,
		ids: { id: 1 },
		fields: flattenOnce({ a: { c: 2, b: 3 }, list: [1] }),
		raw: { x: 1 },
	});
	expect(Object.keys(item.json)).toEqual(['event', 'time', 'id', 'list', 'c', 'b', 'raw']);
	expect(item.json.time).toBe('1970-01-01T00:00:00.000Z');
});

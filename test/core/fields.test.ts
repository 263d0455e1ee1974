import type { IExecuteFunctions, INode } from 'n8n-workflow';
import { z } from 'zod';

import { check, defineCollection, defineField, idList, pathId } from '../../nodes/core';

const node = { name: 'Vendor' } as unknown as INode;
const field = { name: 'ids', label: 'IDs' };
const message = (fn: () => unknown) => {
	try {
		fn();
	} catch (error) {
		return (error as Error).message;
	}
	return 'no error';
};

test('an error names the field, the item, the entry of a list or the key of an object, and the rule', () => {
	expect(message(() => check(node, 2, field, idList({ noun: 'ID', maxTotal: 2 }), 'a,b,c'))).toBe(
		'IDs in item 3: at most 2 IDs per item are accepted',
	);
	expect(
		message(() =>
			check(node, 0, field, idList({ noun: 'ID', maxIdLength: 3 }), ['a', ' ', 'long']),
		),
	).toBe('IDs (entry 2) in item 1: an ID is longer than 3 characters');
	expect(
		message(() =>
			check(node, 1, field, z.object({ invitee: z.array(z.string().min(1, 'is empty')) }), {
				invitee: ['x', ''],
			}),
		),
	).toBe('IDs (invitee.1) in item 2: is empty');
});

test.each(['..', '.', 'a/b', 'a\\b', 'x?y', 'x#y', '%2e%2e', 'a\nb'])(
	'a path id %j that could change the path is refused',
	(id) => {
		expect(message(() => check(node, 0, field, pathId(), id))).toMatch(/must not contain/);
	},
);

describe('defineCollection', () => {
	// A collection only asks the context for the node and its own parameter.
	const ctxWith = (value: unknown) =>
		({ getNode: () => node, getNodeParameter: () => value }) as unknown as IExecuteFunctions;
	const text = defineField(
		{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		z.string().max(3, 'is too long'),
	);
	const where = defineField(
		{ displayName: 'Where', name: 'where', type: 'string', default: '' },
		z.string(),
	);
	const count = defineField(
		{ displayName: 'Count', name: 'count', type: 'number', default: 0 },
		z.number().transform((n) => (n === 0 ? undefined : n)),
	);
	const fields = { Title: text, 'place.name': where, Count: count };

	test('declares each option once: the property lists them, the body uses their keys (dotted keys nest)', () => {
		const c = defineCollection({ displayName: 'Extra', name: 'extra' }, fields);
		expect(c.property).toMatchObject({ type: 'collection', default: {}, name: 'extra' });
		expect(c.property.options).toEqual([text.property, where.property, count.property]);
		expect(c.read(ctxWith({ title: 'abc', where: 'HQ', count: 2, stranger: 1 }), 0)).toEqual({
			Title: 'abc',
			place: { name: 'HQ' },
			Count: 2,
		});
	});

	test('an entry whose rule gives nothing is left out; empty entries are sent unless empty means unset', () => {
		const sent = defineCollection({ displayName: 'Extra', name: 'extra' }, fields);
		expect(sent.read(ctxWith({ title: '', count: 0 }), 0)).toEqual({ Title: '' });
		const unset = defineCollection({ displayName: 'Extra', name: 'extra' }, fields, {
			emptyIsUnset: true,
		});
		expect(unset.read(ctxWith({ title: '', where: null }), 0)).toEqual({});
	});

	test("a refused entry names the collection, the option and the item, or is told the vendor's way", () => {
		const c = defineCollection({ displayName: 'Extra', name: 'extra' }, fields);
		expect(message(() => c.read(ctxWith({ title: 'abcd' }), 3))).toBe(
			'Extra › Title in item 4: is too long',
		);
		const own = defineCollection({ displayName: 'Extra', name: 'extra' }, fields, {
			refuse: (_ctx, i, field, problem) => {
				throw new Error(`${field.name}: ${problem} (${i})`);
			},
		});
		expect(message(() => own.read(ctxWith({ title: 'abcd' }), 1))).toBe('title: is too long (1)');
	});
});

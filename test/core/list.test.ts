import type { INode } from 'n8n-workflow';

import { z } from 'zod';

import {
	check,
	idList,
	isListSchema,
	noteDuplicates,
	parseList,
	readList,
	requiredText,
	withDuplicatesDropped,
} from '../../nodes/core';

const node = { name: 'Vendor' } as unknown as INode;
const field = { name: 'accounts', label: 'Accounts' };

describe('a list reads the way a spreadsheet user expects', () => {
	test('blank lines, empty cells and doubled commas are ignored; surrounding spaces trimmed', () => {
		expect(parseList(' alice \n\n  bob\r\n\n,, carol ,\n')).toEqual(['alice', 'bob', 'carol']);
		expect(parseList(['alice', '', '  ', null, undefined, ' bob '])).toEqual(['alice', 'bob']);
	});

	test('a pasted spreadsheet row (tab-separated) is a list too', () => {
		expect(parseList('alice\tbob\t\tcarol')).toEqual(['alice', 'bob', 'carol']);
	});

	test('an id given twice is kept once, first place wins; each duplicate reported once', () => {
		expect(readList('bob, alice, bob\nalice\nbob')).toEqual({
			values: ['bob', 'alice'],
			duplicates: ['bob', 'alice'],
		});
		expect(readList([7, '7', 8])).toEqual({ values: [7, 8], duplicates: ['7'] });
		expect(readList('a, b')).toEqual({ values: ['a', 'b'], duplicates: [] });
	});

	test('what is not text or a number is left for the schema to refuse', () => {
		const object = { id: 'a' };
		expect(parseList([object, object])).toEqual([object, object]);
		expect(parseList(undefined)).toEqual([]);
		expect(parseList(42)).toEqual(['42']);
	});

	test('through a field: the blank line in a pasted column no longer rejects the item', () => {
		expect(check(node, 0, field, idList({ noun: 'account' }), 'alice\n\nbob\nalice\n')).toEqual([
			'alice',
			'bob',
		]);
		// A rule that still fails names the entry among the ones that count (blanks skipped).
		expect(() =>
			check(node, 0, field, idList({ noun: 'account', maxIdLength: 3 }), 'abc\n\n\nabcd'),
		).toThrow(/^Accounts \(entry 2\) in item/);
	});
});

describe('dropped duplicates are reported once in the item that had them', () => {
	test('recorded per run and item, added to the first output only', () => {
		const run = {};
		noteDuplicates(run, 1, 'a, b, a, a');
		noteDuplicates(run, 1, ['c', 'c', 'a', 'a']);
		expect(withDuplicatesDropped(run, 1, [{ done: 1 }, { done: 2 }])).toEqual([
			{ done: 1, duplicatesDropped: ['a', 'c'] },
			{ done: 2 },
		]);
		expect(withDuplicatesDropped(run, 0, [{ done: 0 }])).toEqual([{ done: 0 }]);
		expect(withDuplicatesDropped({}, 1, [{ done: 1 }])).toEqual([{ done: 1 }]);
	});

	test('a list field is told from other fields by its rule', () => {
		expect(isListSchema(idList())).toBe(true);
		expect(isListSchema(z.preprocess(parseList, z.array(z.number())))).toBe(true);
		expect(isListSchema(requiredText())).toBe(false);
		expect(isListSchema(z.preprocess(String, z.string()))).toBe(false);
	});

	test('a list without repeats leaves no note', () => {
		const run = {};
		expect(noteDuplicates(run, 0, 'a\nb')).toBe('a\nb');
		expect(withDuplicatesDropped(run, 0, [{ ok: true }])).toEqual([{ ok: true }]);
	});
});

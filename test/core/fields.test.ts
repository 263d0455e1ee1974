import type { INode } from 'n8n-workflow';
import { z } from 'zod';

import { check, idList, pathId } from '../../nodes/core';

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
	expect(message(() => check(node, 2, field, idList({ noun: 'ID', maxTotal: 2 }), 'a,b,c'))).toBe('IDs in item 2: at most 2 IDs per item are accepted');
	expect(message(() => check(node, 0, field, idList({ noun: 'ID' }), ['a', ' ']))).toBe('IDs (entry 2) in item 0: an ID is empty');
	expect(message(() => check(node, 1, field, z.object({ invitee: z.array(z.string().min(1, 'is empty')) }), { invitee: ['x', ''] }))).toBe('IDs (invitee.1) in item 1: is empty');
});

test.each(['..', '.', 'a/b', 'a\\b', 'x?y', 'x#y', '%2e%2e', 'a\nb'])('a path id %j that could change the path is refused', (id) => {
	expect(message(() => check(node, 0, field, pathId(), id))).toMatch(/must not contain/);
});

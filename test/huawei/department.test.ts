// Departments: create, list, update, delete through n8n's engine against the fake's directory
// tree, the "From list" picker, and the refusals made before anything is sent.
import {
	accountCredential,
	byId,
	fake,
	huaweiNode,
	pickerContext,
	runWorkflow,
	useFake,
} from './setup';

useFake();

const dept = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('department', operation, params);
const DEPT = /^\/v1\/usg\/dcs\/(corp|member)\/dept/;
const codesOf = (result: any) => result.output('Vendor').map((o: any) => o.json.deptCode);

describe('Department: a workflow sees what it created, changed and deleted', () => {
	test('create → listed under its parent → update → picker → delete → gone', async () => {
		const { credentials } = accountCredential();
		const created = await runWorkflow(
			dept('create', { deptName: 'Sales', additionalFields: { note: 'EMEA', sortLevel: 5 } }),
			{ credentials },
		);
		expect(created.status).toBe('success');
		const [{ json: made }] = created.output('Vendor');
		expect(fake.calls('/v1/usg/dcs/corp/dept')[0]).toMatchObject({
			method: 'POST',
			body: { deptName: 'Sales', parentDeptCode: '1', note: 'EMEA', sortLevel: 5 },
		});
		expect(made).toMatchObject({ deptName: 'Sales', parentDeptCode: '1' });
		expect(made.deptCode).toBe(fake.departments.get(made.deptCode).deptCode);

		// A sub-department under the new one, picked By Code.
		const child = await runWorkflow(
			dept('create', { deptName: 'Sales North', parentDeptCode: byId(made.deptCode) }),
			{ credentials },
		);
		const childCode = child.output('Vendor')[0].json.deptCode;

		const roots = await runWorkflow(dept('getAll', { returnAll: true }), { credentials });
		expect(codesOf(roots)).toContain(made.deptCode);
		expect(codesOf(roots)).not.toContain(childCode);
		const under = await runWorkflow(
			dept('getAll', { returnAll: true, parentDeptCode: byId(made.deptCode) }),
			{ credentials },
		);
		expect(codesOf(under)).toEqual([childCode]);
		expect(fake.calls(/^\/v1\/usg\/dcs\/member\/dept\//).at(-1).path).toBe(
			`/v1/usg/dcs/member/dept/${made.deptCode}`,
		);

		const renamed = await runWorkflow(
			dept('update', {
				deptCode: byId(childCode),
				updateFields: { deptName: 'Sales Nord', parentDeptCode: '1', outPermission: 'ONLY_SELF' },
			}),
			{ credentials },
		);
		expect(renamed.status).toBe('success');
		expect(fake.calls(`/v1/usg/dcs/corp/dept/${childCode}`)[0]).toMatchObject({
			method: 'PUT',
			body: { deptName: 'Sales Nord', parentDeptCode: '1', outPermission: 'ONLY_SELF' },
		});
		const byName = await runWorkflow(dept('getAll', { returnAll: true, deptName: 'Nord' }), {
			credentials,
		});
		expect(byName.output('Vendor').map((o: any) => o.json)).toEqual([
			expect.objectContaining({ deptCode: childCode, parentDeptCode: '1', deptName: 'Sales Nord' }),
		]);
		expect(fake.calls('/v1/usg/dcs/member/dept')[0].query).toEqual({ deptName: 'Nord' });

		const { ctx, methods } = await pickerContext(credentials['cred-1'].data);
		const listed = await methods.listSearch.searchDepartments.call(ctx);
		expect(listed.results.map((r: any) => r.value)).toEqual(
			expect.arrayContaining(['1', made.deptCode, childCode]),
		);
		const found = await methods.listSearch.searchDepartments.call(ctx, 'Nord');
		expect(found.results).toEqual([{ name: `Root/Sales Nord (${childCode})`, value: childCode }]);

		const deleted = await runWorkflow(dept('delete', { deptCode: byId(childCode) }), {
			credentials,
		});
		expect(deleted.output('Vendor')[0].json).toMatchObject({ success: true, deptCode: childCode });
		const after = await runWorkflow(dept('getAll', { returnAll: true }), { credentials });
		expect(codesOf(after)).not.toContain(childCode);
		expect(fake.departments.has(childCode)).toBe(false);
	});

	test('Limit caps the listing; a department with users is refused by Huawei and stays', async () => {
		const { credentials } = accountCredential();
		const codes = [];
		for (const name of ['A', 'B', 'C'])
			codes.push(
				(await runWorkflow(dept('create', { deptName: `Lim ${name}` }), { credentials })).output(
					'Vendor',
				)[0].json.deptCode,
			);
		const two = await runWorkflow(dept('getAll', { returnAll: false, limit: 2 }), { credentials });
		expect(two.output('Vendor')).toHaveLength(2);

		fake.addUser('staff@corp', { password: 'pw-staff-1', admin: false, deptCode: codes[0] });
		const refused = await runWorkflow(dept('delete', { deptCode: byId(codes[0]) }), {
			credentials,
		});
		expect(refused.nodeError('Vendor').message).toBe(
			`Huawei Cloud Meeting error USG.000010306: department ${codes[0]} has users`,
		);
		expect(fake.departments.has(codes[0])).toBe(true);
	});
});

describe('Department: must-not-repeat calls and strict answers', () => {
	test('a delete that meets a connection reset is reported, never resent', async () => {
		const { credentials } = accountCredential();
		const code = (await runWorkflow(dept('create', { deptName: 'Once' }), { credentials })).output(
			'Vendor',
		)[0].json.deptCode;
		fake.inject({ kind: 'reset', path: /^\/v1\/usg\/dcs\/corp\/dept\// });
		const result = await runWorkflow(dept('delete', { deptCode: byId(code) }), { credentials });
		expect(result.status).toBe('error');
		expect(fake.calls(`/v1/usg/dcs/corp/dept/${code}`)).toHaveLength(1);
	});

	test('a create answer without the new code is an error, not an empty success', async () => {
		const { credentials } = accountCredential();
		fake.inject({ kind: 'status', status: 200, path: /^\/v1\/usg\/dcs\/corp\/dept$/, body: {} });
		const result = await runWorkflow(dept('create', { deptName: 'Lost' }), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(
			/did not answer with the new department code/,
		);
		expect(fake.calls('/v1/usg/dcs/corp/dept')).toHaveLength(1);
	});

	test('a listing without childDepts on a department that is not a leaf is an error', async () => {
		const { credentials } = accountCredential();
		fake.inject({
			kind: 'status',
			status: 200,
			path: /^\/v1\/usg\/dcs\/member\/dept\/1$/,
			body: { deptCode: '1', isLeafNode: false },
		});
		const result = await runWorkflow(dept('getAll', { returnAll: true }), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(/no "childDepts" list/);
	});
});

describe('Department: bad input is refused before anything is sent', () => {
	test.each([
		['a blank name', 'create', { deptName: '={{ "  " }}' }, /^Name in item 1: a name is required/],
		[
			'a name over 128 characters',
			'create',
			{ deptName: 'x'.repeat(129) },
			/^Name in item 1: is longer than 128 characters/,
		],
		[
			'Sort Level 0',
			'create',
			{ deptName: 'Ok', additionalFields: { sortLevel: 0 } },
			/^Additional Fields › sortLevel: must be 1 to 10000 \(item 1\)/,
		],
		[
			'the root department',
			'delete',
			{ deptCode: byId('1') },
			/^Department › the root department \(1\) cannot be deleted \(item 1\)/,
		],
		[
			'a code with a slash',
			'delete',
			{ deptCode: byId('1/../2') },
			/^Department in item 1: must not contain "\/"/,
		],
		[
			'an update with nothing to change',
			'update',
			{ deptCode: byId('7'), updateFields: {} },
			/^Update Fields › add at least one field to change \(item 1\)/,
		],
		[
			'a department as its own parent',
			'update',
			{ deptCode: byId('7'), updateFields: { parentDeptCode: '7' } },
			/^Update Fields › parentDeptCode: a department cannot be its own parent/,
		],
	])('%s', async (_what, operation, params, message) => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(dept(operation, params), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.calls(DEPT)).toHaveLength(0);
	});
});

'use strict';
// Departments of the corporate directory: AddDepartment, UpdateDepartment, DeleteDepartment
// (/v1/usg/dcs/corp/dept), ShowDeptAndChildDept and SearchDepartmentByName (/v1/usg/dcs/member/dept),
// as SDK 3.1 MeetingClient.ts documents them: at most 10 levels, 100 sub-departments each, 10000 in
// all; the root (1) cannot be deleted. What Huawei does with a department that still has
// sub-departments or users is UNCONFIRMED: here it refuses (error codes made up, like the others).
const DEPT = /^\/v1\/usg\/dcs\/corp\/dept\/([^/]+)$/;
const SHOW = /^\/v1\/usg\/dcs\/member\/dept\/([^/]+)$/;
const MAX_LEVELS = 10;
const MAX_CHILDREN = 100;
const MAX_DEPTS = 10000;
const DTO = [
	'deptCode',
	'deptName',
	'parentDeptCode',
	'note',
	'inPermission',
	'outPermission',
	'designatedOutDeptCodes',
	'sortLevel',
];
const MOD_DTO = DTO.filter((k) => k !== 'deptCode');
const IN = ['UNLIMITED', 'OPEN', 'CLOSE', 'DESIGNATED_DEPARTMENT'];
const OUT = ['UNLIMITED', 'ONLY_SELF', 'SELF_AND_CHILD_DEPARTMENT', 'DESIGNATED_DEPARTMENT'];

/** fake.departments, made on first use: deptCode -> department; the root is always there. */
function departments(fake) {
	if (!fake.departments) {
		fake.departments = new Map([
			['1', { deptCode: '1', deptName: 'Root', parentDeptCode: '', sortLevel: 1 }],
		]);
		fake.nextDeptCode = 1000;
	}
	return fake.departments;
}

const childrenOf = (fake, code) =>
	[...departments(fake).values()]
		.filter((d) => d.parentDeptCode === code)
		.sort((a, b) => (a.sortLevel ?? 10000) - (b.sortLevel ?? 10000));

/** The chain of codes from the root down to `code`. */
function pathOf(fake, code) {
	const chain = [];
	for (let d = departments(fake).get(code); d; d = departments(fake).get(d.parentDeptCode))
		chain.unshift(d);
	return chain;
}

/** QueryDeptResultDTO. */
function view(fake, d) {
	const chain = pathOf(fake, d.deptCode);
	return {
		corpId: 'corp-fake',
		deptCode: d.deptCode,
		deptName: d.deptName,
		deptLevel: chain.length,
		deptNamePath: chain.map((c) => c.deptName).join('/'),
		deptCodePath: chain.map((c) => c.deptCode).join('/'),
		parentDeptCode: d.parentDeptCode,
		isLeafNode: childrenOf(fake, d.deptCode).length === 0,
		note: d.note ?? '',
		inPermission: d.inPermission ?? 'UNLIMITED',
		outPermission: d.outPermission ?? 'UNLIMITED',
		designatedOutDeptCodes: [],
		sortLevel: d.sortLevel ?? 10000,
	};
}

/** A DeptDTO / ModDeptDTO body: known keys only, Huawei's types and limits. */
function checkBody(fake, r, allowed) {
	if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
		return fake.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
	const b = r.body;
	if (!b || typeof b !== 'object' || Array.isArray(b))
		return fake.err(r, 400, 'USG.000000001', 'body must be a JSON object');
	const unknown = Object.keys(b).find((k) => !allowed.includes(k));
	if (unknown) return fake.err(r, 400, 'USG.000000001', `unknown field ${unknown}`);
	const text = { deptCode: 32, deptName: 128, parentDeptCode: 32, note: 128 };
	for (const [k, max] of Object.entries(text))
		if (b[k] !== undefined && (typeof b[k] !== 'string' || b[k].length > max))
			return fake.err(r, 400, 'USG.000000001', `${k} must be text of at most ${max} characters`);
	if (b.inPermission !== undefined && !IN.includes(b.inPermission))
		return fake.err(r, 400, 'USG.000000001', 'inPermission is not one of Huawei’s values');
	if (b.outPermission !== undefined && !OUT.includes(b.outPermission))
		return fake.err(r, 400, 'USG.000000001', 'outPermission is not one of Huawei’s values');
	if (
		b.sortLevel !== undefined &&
		(!Number.isInteger(b.sortLevel) || b.sortLevel < 1 || b.sortLevel > 10000)
	)
		return fake.err(r, 400, 'USG.000000001', 'sortLevel must be 1..10000');
	return undefined;
}

/** Whether `code` may go under `parent`: it exists, depth and width hold, no cycle. */
function placeProblem(fake, code, parent) {
	if (!departments(fake).has(parent)) return `parent department ${parent} does not exist`;
	if (code && pathOf(fake, parent).some((d) => d.deptCode === code))
		return 'a department cannot move under itself';
	if (pathOf(fake, parent).length >= MAX_LEVELS) return `at most ${MAX_LEVELS} levels`;
	if (childrenOf(fake, parent).filter((d) => d.deptCode !== code).length >= MAX_CHILDREN)
		return `at most ${MAX_CHILDREN} sub-departments per department`;
	return undefined;
}

function add(fake, r) {
	const bad = checkBody(fake, r, DTO);
	if (bad) return bad;
	const b = r.body;
	if (typeof b.deptName !== 'string' || b.deptName.trim() === '')
		return fake.err(r, 400, 'USG.000000001', 'deptName is required');
	const all = departments(fake);
	if (all.size >= MAX_DEPTS)
		return fake.err(r, 400, 'USG.000010300', `at most ${MAX_DEPTS} departments`);
	const parent = b.parentDeptCode || '1';
	const problem = placeProblem(fake, undefined, parent);
	if (problem) return fake.err(r, 400, 'USG.000010301', problem);
	if (b.deptCode && all.has(b.deptCode))
		return fake.err(r, 400, 'USG.000010302', `department code ${b.deptCode} is taken`);
	const deptCode = b.deptCode || String(fake.nextDeptCode++);
	all.set(deptCode, { ...b, deptCode, parentDeptCode: parent });
	return fake.ok(r, { value: deptCode });
}

function update(fake, r, code) {
	const dept = departments(fake).get(code);
	if (!dept) return fake.err(r, 400, 'USG.000010303', `department ${code} does not exist`);
	const bad = checkBody(fake, r, MOD_DTO);
	if (bad) return bad;
	const b = r.body;
	if (b.deptName !== undefined && b.deptName.trim() === '')
		return fake.err(r, 400, 'USG.000000001', 'deptName must not be empty');
	if (b.parentDeptCode !== undefined && b.parentDeptCode !== dept.parentDeptCode) {
		if (code === '1') return fake.err(r, 400, 'USG.000010301', 'the root department cannot move');
		const problem = placeProblem(fake, code, b.parentDeptCode);
		if (problem) return fake.err(r, 400, 'USG.000010301', problem);
	}
	Object.assign(dept, b);
	return fake.empty(r);
}

function remove(fake, r, code) {
	if (code === '1')
		return fake.err(r, 400, 'USG.000010304', 'the root department cannot be deleted');
	// autoCreate (fault and count suites, which repeat runs): an unknown department comes into being first.
	if (fake.autoCreate && !departments(fake).has(code))
		addDepartment(fake, { deptCode: code, deptName: code });
	if (!departments(fake).has(code))
		return fake.err(r, 400, 'USG.000010303', `department ${code} does not exist`);
	if (childrenOf(fake, code).length)
		return fake.err(r, 400, 'USG.000010305', `department ${code} has sub-departments`);
	if ([...fake.users.values()].some((u) => u.deptCode === code))
		return fake.err(r, 400, 'USG.000010306', `department ${code} has users`);
	departments(fake).delete(code);
	return fake.empty(r);
}

function show(fake, r, code) {
	const dept = departments(fake).get(code);
	if (!dept) return fake.err(r, 400, 'USG.000010303', `department ${code} does not exist`);
	return fake.ok(r, {
		...view(fake, dept),
		childDepts: childrenOf(fake, code).map((d) => view(fake, d)),
	});
}

function searchByName(fake, r) {
	const name = r.query.deptName;
	if (typeof name !== 'string' || name.length < 1 || name.length > 128)
		return fake.err(r, 400, 'USG.000000001', 'deptName must be 1-128 characters');
	const found = [...departments(fake).values()].filter((d) => d.deptName.includes(name));
	return fake.ok(
		r,
		found.map((d) => view(fake, d)),
	);
}

/** Every department API, or undefined when the request is for another one. */
function handleDepartments(fake, r) {
	if (r.method === 'POST' && r.path === '/v1/usg/dcs/corp/dept') return add(fake, r);
	if (r.method === 'GET' && r.path === '/v1/usg/dcs/member/dept') return searchByName(fake, r);
	const m = r.path.match(DEPT);
	if (m && r.method === 'PUT') return update(fake, r, decodeURIComponent(m[1]));
	if (m && r.method === 'DELETE') return remove(fake, r, decodeURIComponent(m[1]));
	const s = r.path.match(SHOW);
	if (s && r.method === 'GET') return show(fake, r, decodeURIComponent(s[1]));
	return undefined;
}

/** A department made directly (tests, registry): returns its code. */
function addDepartment(fake, { deptName, parentDeptCode = '1', deptCode } = {}) {
	departments(fake);
	const code = deptCode ?? String(fake.nextDeptCode++);
	departments(fake).set(code, { deptCode: code, deptName, parentDeptCode });
	return code;
}

module.exports = { handleDepartments, addDepartment, departments };

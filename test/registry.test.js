'use strict';
// The operation registry (devkit/vendors) lists EVERY operation each action node offers, so the
// fault matrix, the request counts and the secret scan cover a new operation the day it lands.
const path = require('node:path');
const { loadPackage, PACKAGE_DIR } = require('../devkit/engine');
const { adapters } = require('../devkit/vendors');

const routers = {
	DingTalk: 'dist/nodes/DingTalk/actions/router.js',
	'Tencent Cloud Chat': 'dist/nodes/TencentCloudChat/actions/router.js',
	'Huawei Cloud Meeting': 'dist/nodes/HuaweiCloudMeeting/actions/router.js',
};

beforeAll(async () => loadPackage());

test.each(adapters.map((a) => [a.name, a]))(
	"%s: the registry holds exactly the node's operations",
	(name, vendor) => {
		const { operations } = require(path.join(PACKAGE_DIR, routers[name]));
		const offered = Object.entries(operations).flatMap(([resource, ops]) =>
			Object.keys(ops).map((op) => `${resource}.${op}`),
		);
		expect(Object.keys(vendor.operations).sort()).toEqual(offered.sort());
	},
);

test.each(adapters.map((a) => [a.name, a]))(
	"%s: the registry holds exactly the node's pickers, and the node tests the credential",
	async (_name, vendor) => {
		const { loader } = await loadPackage();
		const { methods, description } = loader.nodeTypes[vendor.nodeType].type;
		const offered = ['listSearch', 'loadOptions'].flatMap((kind) =>
			Object.keys(methods?.[kind] ?? {}).map((name) => `${kind}.${name}`),
		);
		expect(Object.keys(vendor.pickers).sort()).toEqual(offered.sort());
		const [{ testedBy }] = description.credentials;
		expect(typeof methods.credentialTest[testedBy]).toBe('function');
	},
);

'use strict';
// Our nodes as AI Agent tools: an agent picks an operation from its texts alone, so every
// operation that must not repeat (the registry's idempotent: false) or destroys something (its
// destructive: true) says it cannot be undone, in the editor's description and in the tool
// description n8n builds for the agent from the `action` text (devkit/toolDescriptions.js).
const { loadPackage } = require('../devkit/engine');
const {
	WARNING,
	warnedOperations,
	toolDescription,
	missingWarnings,
} = require('../devkit/toolDescriptions');

let types;
beforeAll(async () => {
	const { loader } = await loadPackage();
	types = Object.fromEntries(
		Object.entries(loader.nodeTypes).map(([name, { type }]) => [name, type.description]),
	);
});

/** The Operation option of `resource` on a node type description. */
function option(description, resource, operation) {
	const prop = description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
	);
	return prop?.options.find((o) => o.value === operation);
}

test('the registry names operations that must warn, on every vendor', () => {
	const byNode = new Set(warnedOperations().map((w) => w.nodeType));
	expect([...byNode].sort()).toEqual(['dingTalk', 'huaweiCloudMeeting', 'tencentCloudChat']);
});

test('each such operation says in the editor that it cannot be undone', () => {
	const silent = warnedOperations().filter(
		(w) => !WARNING.test(option(types[w.nodeType], w.resource, w.operation)?.description ?? ''),
	);
	expect(silent.map((w) => `${w.nodeType} ${w.resource}.${w.operation}`)).toEqual([]);
});

test("each such operation's tool description, as the AI Agent reads it, says it cannot be undone", () => {
	expect(missingWarnings((nodeType) => types[nodeType])).toEqual([]);
});

test('operations safe to repeat and not destructive do not cry wolf', () => {
	const warned = new Set(
		warnedOperations().map((w) => `${w.nodeType} ${w.resource}.${w.operation}`),
	);
	const loud = [];
	for (const [nodeType, description] of Object.entries(types)) {
		if (!description.usableAsTool) continue;
		for (const prop of description.properties.filter((p) => p.name === 'operation')) {
			for (const resource of prop.displayOptions.show.resource) {
				for (const o of prop.options) {
					if (
						!warned.has(`${nodeType} ${resource}.${o.value}`) &&
						WARNING.test(`${o.description} ${toolDescription(description, resource, o.value)}`)
					)
						loud.push(`${nodeType} ${resource}.${o.value}`);
				}
			}
		}
	}
	expect(loud).toEqual([]);
});

test("every operation's tool description names the vendor's node and stays short enough for an agent's tool list", () => {
	for (const [nodeType, description] of Object.entries(types)) {
		if (!description.usableAsTool) continue;
		for (const prop of description.properties.filter((p) => p.name === 'operation')) {
			for (const resource of prop.displayOptions.show.resource) {
				for (const o of prop.options) {
					const text = toolDescription(description, resource, o.value);
					expect([
						nodeType,
						o.value,
						text.endsWith(` in ${description.defaults.name}`),
						text.length <= 200,
					]).toEqual([nodeType, o.value, true, true]);
				}
			}
		}
	}
});

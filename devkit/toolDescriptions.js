'use strict';
// What n8n's AI Agent reads about our nodes used as tools. n8n (2.41) makes a tool variant
// `<node>Tool` of every `usableAsTool` node, and with "Tool Description: Set Automatically" (the
// default) describes the tool as `<action of the chosen operation> in <node's default name>`
// (n8n-workflow NodeHelpers.getToolDescriptionForNode → makeDescription): the operation's
// `action` text is all the agent learns. Shared by test/toolDescriptions.test.js and the e2e,
// which computes it from the node types the real n8n serves.
const { NodeHelpers } = require('n8n-workflow');
const { adapters } = require('./vendors');

/** The words a destructive or must-not-repeat operation's texts must carry. */
const WARNING = /cannot be undone/i;

/** Registry operations that must warn: every one that must not repeat, and the destructive ones. */
function warnedOperations() {
	return adapters.flatMap((a) =>
		Object.entries(a.operations)
			.filter(([, op]) => !op.idempotent || op.destructive)
			.map(([key, op]) => {
				const [resource, operation] = key.split('.');
				return {
					nodeType: a.nodeType,
					resource,
					operation,
					why: op.idempotent ? 'destructive' : 'must not repeat',
				};
			}),
	);
}

/** The tool description n8n gives the agent for this resource + operation of a node type description. */
function toolDescription(typeDescription, resource, operation) {
	return NodeHelpers.getToolDescriptionForNode(
		{ parameters: { descriptionType: 'auto', resource, operation } },
		{ description: typeDescription },
	);
}

/**
 * The warned operations whose tool description, computed from `describe(nodeType)` (a node type
 * description, or undefined when it is not there), lacks the warning: [{ name, text }].
 */
function missingWarnings(describe) {
	return warnedOperations()
		.map((w) => {
			const description = describe(w.nodeType);
			const text = Array.isArray(description?.properties)
				? toolDescription(description, w.resource, w.operation)
				: '(node type not found)';
			return { name: `${w.nodeType} ${w.resource}.${w.operation} (${w.why})`, text };
		})
		.filter((m) => !WARNING.test(m.text));
}

module.exports = { WARNING, warnedOperations, toolDescription, missingWarnings };

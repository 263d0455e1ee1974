'use strict';
// The operation registry: one module per vendor (dingtalk.js, tencent.js, huawei.js) listing the
// fake, credentials, faults and EVERY operation of its node, so vendor-neutral tests (fault
// matrix, request counts, secret scan) and the benchmark drive each the same way.

/** Start → (Get token → wait) + items → HTTP Request per item, n8n's usual pattern. */
function baselineWorkflow({ token, call, batch, qs }) {
	const http = (id, name, x, params, extra = {}) => ({ id, name, type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, position: [x, 0], parameters: params, ...extra });
	const nodes = [
		{ id: 'b0', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{ id: 'b4', name: 'Items', type: 'n8n-nodes-base.merge', typeVersion: 3.2, position: [400, 0], parameters: { mode: 'chooseBranch', chooseBranchMode: 'waitForAll', output: 'specifiedInput', useDataOfInput: 1 } },
		http('b5', 'Vendor', 600, {
			method: 'POST', url: call.url,
			sendQuery: Boolean(qs), queryParameters: { parameters: qs ?? [] },
			sendHeaders: Boolean(call.headers), headerParameters: { parameters: call.headers ?? [] },
			sendBody: true, specifyBody: 'json', jsonBody: call.body,
			// No `batch`: the node's defaults, every item's request at once.
			options: batch ? { batching: { batch } } : {},
		}),
	];
	const connections = { Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] }, Items: { main: [[{ node: 'Vendor', type: 'main', index: 0 }]] } };
	if (token) {
		nodes.push(http('b1', 'Get token', 200, { method: 'POST', url: token.url, sendBody: true, specifyBody: 'json', jsonBody: token.body, sendHeaders: Boolean(token.headers), headerParameters: { parameters: token.headers ?? [] }, options: {} }, { executeOnce: true }));
		connections.Start.main[0].push({ node: 'Get token', type: 'main', index: 0 });
		connections['Get token'] = { main: [[{ node: 'Items', type: 'main', index: 1 }]] };
	} else {
		connections.Start.main[0].push({ node: 'Items', type: 'main', index: 1 });
	}
	return { nodes, connections };
}

module.exports = { baselineWorkflow };
module.exports.adapters = ['dingtalk', 'tencent', 'huawei'].map((file) => require(`./${file}`));

'use strict';
const http = require('node:http');
// Workflows the trigger tests serve: the trigger followed by n8n's own nodes.
const PKG = 'n8n-nodes-meeting-admin';

function trigger(type, credentialType, parameters, name = 'Trigger') {
	return {
		id: 't1',
		name,
		type: `${PKG}.${type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		webhookId: `hook-${type}`,
		credentials: { [credentialType]: { id: 'cred-1', name: 'test credential' } },
	};
}

/** trigger -> nodes[0] -> nodes[1] ... */
function chain(triggerNode, ...nodes) {
	const all = [
		triggerNode,
		...nodes.map((n, i) => ({ id: `n${i}`, position: [200 * (i + 1), 0], ...n })),
	];
	const connections = {};
	for (let i = 0; i + 1 < all.length; i++)
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id: `wf-${triggerNode.type.split('.')[1]}`,
		name: 'trigger test',
		nodes: all,
		connections,
	};
}

const noOp = (name = 'Done') => ({
	name,
	type: 'n8n-nodes-base.noOp',
	typeVersion: 1,
	parameters: {},
});
const setJson = (name, expression) => ({
	name,
	type: 'n8n-nodes-base.set',
	typeVersion: 3.4,
	parameters: { mode: 'raw', jsonOutput: expression, options: {} },
});
/** An HTTP Request node calling a local endpoint that answers after `ms` (a slow workflow step). */
const slowCall = (name, baseUrl, ms) => ({
	name,
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	parameters: { url: `${baseUrl}/?ms=${ms}`, options: {} },
});

async function slowServer() {
	const server = http.createServer((req, res) => {
		const ms = Number(new URL(req.url, 'http://x').searchParams.get('ms') ?? 0);
		setTimeout(() => res.end(JSON.stringify({ slept: ms })), ms);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		stop: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
	};
}

module.exports = { trigger, chain, noOp, setJson, slowCall, slowServer };

/** A node that fails the run (n8n's Stop and Error). */
const failing = (name = 'Fail') => ({
	name,
	type: 'n8n-nodes-base.stopAndError',
	typeVersion: 1,
	parameters: { errorMessage: 'the deciding step failed' },
});
module.exports.failing = failing;

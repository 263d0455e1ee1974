'use strict';
// Ports and the environment of an `n8n` command for an instance (a temp N8N_USER_FOLDER) on the
// n8n line in use (n8n-install.js).
const net = require('node:net');
const { lineEnv } = require('./n8n-install');

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

function portIsFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** Environment for any `n8n` command of this instance; each command gets its own task-broker port. */
async function n8nEnv(instance, extra = {}) {
	const queued = (extra.EXECUTIONS_MODE ?? instance.env?.EXECUTIONS_MODE) === 'queue';
	return lineEnv({
		N8N_USER_FOLDER: instance.userFolder,
		N8N_ENCRYPTION_KEY: instance.encryptionKey,
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_NO_COLOR: '1',
		NO_COLOR: '1',
		// Binary data on disk, as n8n advises for a single process (queue mode keeps n8n's default):
		// with n8n 1.x's in-memory default, `n8n execute --rawOutput` prints a downloaded recording as
		// megabytes of base64 and can exit before stdout drains (one e2e run got it cut off).
		...(queued ? {} : { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' }),
		// Settings every process of this instance shares (queue mode: database, Redis).
		...(instance.env ?? {}),
		...extra,
	});
}

module.exports = { freePort, portIsFree, n8nEnv };

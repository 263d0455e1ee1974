'use strict';
// `npm run n8n`, `demo`, `screenshot` and `e2e` load the built package: build first when dist/ is
// missing, lacks a file package.json's n8n section lists, or is older than a source file (a clone
// that was never built otherwise starts an n8n where none of our node types load). A fresh dist/
// costs one walk over the sources.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const SOURCES = ['nodes', 'credentials', 'tsconfig.json', 'gulpfile.js'];

/**
 * Newest modification time (ms) under `target` (a file or a folder, walked), 0 when absent.
 * tsc's build info is skipped: `tsc --noEmit` rewrites it without building anything.
 */
function newest(target) {
	if (target.endsWith('.tsbuildinfo')) return 0;
	let stat;
	try {
		stat = fs.statSync(target);
	} catch {
		return 0;
	}
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = stat.mtimeMs;
	for (const entry of fs.readdirSync(target)) max = Math.max(max, newest(path.join(target, entry)));
	return max;
}

/** Why dist/ needs a build, or undefined when it is current. */
function staleness(root = ROOT) {
	const dist = path.join(root, 'dist');
	if (!fs.existsSync(dist)) return 'dist/ is missing';
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const missing = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])].filter(
		(f) => !fs.existsSync(path.join(root, f)),
	);
	if (missing.length) return `dist/ lacks ${missing.join(', ')}`;
	const source = Math.max(...SOURCES.map((s) => newest(path.join(root, s))));
	if (source > newest(dist)) return 'a source file is newer than dist/';
	return undefined;
}

/** Runs `npm run build` when dist/ is missing or stale; returns the reason it built, or undefined. */
function ensureBuilt({ log = console.log } = {}) {
	const reason = staleness();
	if (!reason) return undefined;
	log(`${reason}: npm run build…`);
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0)
		throw new Error(
			`npm run build failed (${result.status ?? result.signal}); fix the errors above and run again`,
		);
	// tsc leaves outputs whose content did not change untouched: mark dist/ itself as built now.
	const now = new Date();
	fs.utimesSync(DIST, now, now);
	return reason;
}

module.exports = { ensureBuilt, staleness };

if (require.main === module) ensureBuilt();

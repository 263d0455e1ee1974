#!/usr/bin/env node
'use strict';
// Reviewer gate (npm run scan): the lint gate of n8n's verification scanner, offline.
// `@n8n/scan-community-package` lints a package's attested source and its published tarball; the
// full scanner needs GitHub and npm provenance, which CI cannot reach, so this runs the same
// `analyzePackage` on (1) this checkout's source with the scanner's SOURCE_FILE_PATTERNS and (2) the
// tarball `npm pack` produces, extracted, with the patterns the scanner uses for it. Also fails when
// the tarball holds anything but dist/, README.md, LICENSE, package.json, and when a file outside the
// kernel (nodes/core/) and the token issuers (credentials/common/) calls an n8n HTTP helper: every
// outbound call goes through the kernel, and when a tracked source file (.ts, .js, .mjs) runs past
// 300 lines: files stay small enough to read in one sitting. Run `npm run build` first.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const lib = require('./lib/real-n8n');

/** n8n's HTTP helpers; only the kernel and the token issuers may call them. */
const HTTP_HELPER =
	/\bhelpers\.(httpRequest|httpRequestWithAuthentication|requestWithAuthentication|requestWithAuthenticationPaginated|requestOAuth1|requestOAuth2|request)\b/;
const MAY_CALL_HTTP = /^(nodes\/core|credentials\/common)\//;

/** Source files (nodes/, credentials/) outside the kernel that call an n8n HTTP helper, with the line. */
function httpHelperCallsOutsideKernel() {
	const found = [];
	const walk = (dir) => {
		for (const entry of fs.readdirSync(path.join(lib.ROOT, dir), { withFileTypes: true })) {
			const rel = `${dir}/${entry.name}`;
			if (entry.isDirectory()) walk(rel);
			else if (rel.endsWith('.ts') && !MAY_CALL_HTTP.test(rel)) {
				fs.readFileSync(path.join(lib.ROOT, rel), 'utf8')
					.split('\n')
					.forEach((line, i) => {
						if (HTTP_HELPER.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
					});
			}
		}
	};
	walk('nodes');
	walk('credentials');
	return found;
}

const MAX_LINES = 300;

/** Tracked source files longer than MAX_LINES, with their length. */
function longFiles() {
	const { execFileSync } = require('node:child_process');
	const tracked = execFileSync('git', ['ls-files', '-z', '*.ts', '*.js', '*.mjs'], {
		cwd: lib.ROOT,
		encoding: 'utf8',
	});
	return tracked
		.split('\0')
		.filter(Boolean)
		.map((rel) => [rel, fs.readFileSync(path.join(lib.ROOT, rel), 'utf8').split('\n').length - 1])
		.filter(([, lines]) => lines > MAX_LINES)
		.map(([rel, lines]) => `${rel}: ${lines} lines`);
}

async function main() {
	const scanner = await import('@n8n/scan-community-package/scanner/scanner.mjs');
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-admin-scan-'));
	let failed = 0;
	const outside = httpHelperCallsOutsideKernel();
	if (outside.length) {
		failed++;
		console.log(
			`✗ n8n HTTP helpers called outside nodes/core/ and credentials/common/:\n  ${outside.join('\n  ')}`,
		);
	} else {
		console.log(
			'✓ every outbound call goes through the kernel (no n8n HTTP helper outside nodes/core/, credentials/common/)',
		);
	}
	const long = longFiles();
	if (long.length) {
		failed++;
		console.log(`✗ source files over ${MAX_LINES} lines:\n  ${long.join('\n  ')}`);
	} else {
		console.log(`✓ every source file is at most ${MAX_LINES} lines`);
	}
	try {
		const packed = await lib.packPackage(tmp);
		const extracted = path.join(tmp, 'package');
		await lib.run('tar', ['-xzf', packed.tarball, '-C', tmp]);
		console.log(`Packed ${path.basename(packed.tarball)}: ${packed.files.length} files`);
		if (packed.unexpected.length) {
			failed++;
			console.log(
				`✗ tarball holds files outside dist/, README.md, LICENSE, package.json:\n  ${packed.unexpected.join('\n  ')}`,
			);
		} else {
			console.log('✓ tarball holds only dist/, README.md, LICENSE, package.json');
		}
		const targets = [
			['source (nodes/, credentials/, package.json)', lib.ROOT, scanner.SOURCE_FILE_PATTERNS],
			['packed tarball (dist/**/*.js, package.json)', extracted, ['**/*.js', 'package.json']],
		];
		for (const [label, dir, patterns] of targets) {
			const t = Date.now();
			const result = await scanner.analyzePackage(dir, patterns);
			const took = lib.seconds(Date.now() - t);
			if (result.passed) {
				console.log(
					`✓ analyzePackage: ${label} — no findings${result.message ? ` (${result.message})` : ''} [${took}]`,
				);
			} else {
				failed++;
				console.log(`✗ analyzePackage: ${label} — ${result.message} [${took}]`);
				if (result.details) console.log(result.details);
			}
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	console.log(failed ? `\nscan: ${failed} check(s) failed` : '\nscan: passed');
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
